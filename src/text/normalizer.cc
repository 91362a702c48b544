#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace dupalign {

ByteSpan NormalizedText::ToSource(size_t begin, size_t end) const {
  if (source_offset.empty()) return {};
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  if (begin == end) return {source_offset[begin], source_offset[begin]};
  // Bytes produced by one source character share its offset; step past them
  // so the span ends where that character ends in the original.
  size_t last = source_offset[end - 1];
  size_t k = end;
  while (k < text.size() && source_offset[k] == last) ++k;
  return {source_offset[begin], source_offset[k]};
}

namespace {

// Characters that render as nothing but split words when left in: soft
// hyphen, zero-width space, word joiner, byte order mark.
bool IsInvisible(UChar32 c) {
  return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Appends normalised segments to the output while folding white space.
class Builder {
 public:
  explicit Builder(NormalizedText* out) : out_(out) {}

  // Appends the normalised form of the source bytes [begin, end).
  void Append(const icu::UnicodeString& normalized, size_t begin, size_t end) {
    for (int32_t i = 0; i < normalized.length();) {
      UChar32 c = normalized.char32At(i);
      i += U16_LENGTH(c);
      Add(c, begin, end);
    }
  }

  // Appends one normalised character of the source bytes [begin, end).
  void Add(UChar32 c, size_t begin, size_t end) {
    if (IsInvisible(c)) return;
    if (u_isUWhiteSpace(c)) {
      if (!pending_space_) space_source_ = begin;
      pending_space_ = true;
      return;
    }
    if (pending_space_ && !out_->text.empty()) Emit(" ", space_source_);
    pending_space_ = false;
    char utf8[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(utf8, len, c);
    Emit(std::string_view(utf8, len), begin);
    source_end_ = end;
  }

  void Finish() { out_->source_offset.push_back(source_end_); }

 private:
  void Emit(std::string_view bytes, size_t source) {
    out_->text.append(bytes);
    out_->source_offset.insert(out_->source_offset.end(), bytes.size(), source);
  }

  NormalizedText* out_;
  bool pending_space_ = false;
  size_t space_source_ = 0;
  size_t source_end_ = 0;
};

}  // namespace

NormalizedText Normalizer::Normalize(std::string_view original) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  // Without ICU's data there is nothing to normalise with; fold space only.
  if (U_FAILURE(status)) nfkc = nullptr;
  NormalizedText result;
  result.text.reserve(original.size());
  result.source_offset.reserve(original.size() + 1);
  Builder builder(&result);

  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  icu::UnicodeString segment;
  size_t segment_begin = 0;
  auto flush = [&](size_t segment_end) {
    if (segment.isEmpty()) return;
    // A lone ASCII character is its own NFKC form; most segments are one.
    if (segment.length() == 1 && segment.charAt(0) < 0x80) {
      builder.Add(segment.charAt(0), segment_begin, segment_end);
      segment.remove();
      return;
    }
    UErrorCode norm_status = U_ZERO_ERROR;
    bool inert = nfkc == nullptr || (segment.countChar32() == 1 && nfkc->isInert(segment.char32At(0)));
    icu::UnicodeString normalized = inert ? segment : nfkc->normalize(segment, norm_status);
    builder.Append(U_SUCCESS(norm_status) ? normalized : segment, segment_begin, segment_end);
    segment.remove();
  };
  // A segment runs from one character with a normalisation boundary before it
  // to the next; NFKC of the whole text is the concatenation of NFKC of its
  // segments, so every output byte can be charged to one segment.
  for (int32_t i = 0; i < length;) {
    size_t start = static_cast<size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (nfkc == nullptr || nfkc->hasBoundaryBefore(c)) {
      flush(start);
      segment_begin = start;
    }
    segment.append(c);
  }
  flush(original.size());
  builder.Finish();
  return result;
}

}  // namespace dupalign

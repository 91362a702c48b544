#include "text/word_tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/rbbi.h>
#include <unicode/unistr.h>

#include <cstring>
#include <mutex>
#include <utility>

namespace dupalign {

struct WordTokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;
  const icu::Normalizer2* nfkc = nullptr;
  icu::Locale locale;
  // Whether ASCII letters lower-case to ASCII as in the C locale: not so in
  // Turkish and Azeri (dotless i), nor, to be safe, Lithuanian.
  bool plain_ascii_case = true;
  bool language_neutral = false;
  // Clones of the prototype not in use by any call: cloning one per call
  // costs as much as tokenising a sentence.
  std::mutex mu;
  std::vector<std::unique_ptr<icu::BreakIterator>> idle;
};

// One call's break iterator, taken from the idle clones and returned to them.
class WordTokenizer::Lease {
 public:
  explicit Lease(Impl* impl) : impl_(impl) {
    {
      std::lock_guard<std::mutex> lock(impl_->mu);
      if (!impl_->idle.empty()) {
        it_ = std::move(impl_->idle.back());
        impl_->idle.pop_back();
      }
    }
    if (it_ == nullptr) it_.reset(impl_->prototype->clone());
  }
  ~Lease() {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->idle.push_back(std::move(it_));
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  icu::BreakIterator* get() const { return it_.get(); }

 private:
  Impl* impl_;
  std::unique_ptr<icu::BreakIterator> it_;
};

namespace {

// Whether two break iterators run the same compiled rules.
bool SameRules(const icu::BreakIterator& a, const icu::BreakIterator& b) {
  const auto* ra = dynamic_cast<const icu::RuleBasedBreakIterator*>(&a);
  const auto* rb = dynamic_cast<const icu::RuleBasedBreakIterator*>(&b);
  if (ra == nullptr || rb == nullptr) return false;
  uint32_t size_a = 0, size_b = 0;
  const uint8_t* rules_a = const_cast<icu::RuleBasedBreakIterator*>(ra)->getBinaryRules(size_a);
  const uint8_t* rules_b = const_cast<icu::RuleBasedBreakIterator*>(rb)->getBinaryRules(size_b);
  return rules_a != nullptr && rules_b != nullptr && size_a == size_b &&
         std::memcmp(rules_a, rules_b, size_a) == 0;
}

// Byte offset of each UTF-16 index, so tokens can point back into the input.
std::vector<size_t> Utf16ToByteOffsets(std::string_view utf8, const icu::UnicodeString& u16) {
  std::vector<size_t> offsets(u16.length() + 1, utf8.size());
  size_t byte = 0;
  int32_t unit = 0;
  while (byte < utf8.size() && unit < u16.length()) {
    offsets[unit] = byte;
    unsigned char lead = static_cast<unsigned char>(utf8[byte]);
    size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (len == 4 && unit + 1 < u16.length()) offsets[unit + 1] = byte;
    unit += (len == 4) ? 2 : 1;
    byte += len;
  }
  return offsets;
}

bool IsAscii(const icu::UnicodeString& u16, int32_t begin, int32_t end) {
  for (int32_t i = begin; i < end; ++i) {
    if (u16.charAt(i) >= 0x80) return false;
  }
  return true;
}

}  // namespace

WordTokenizer::WordTokenizer(const std::string& lang) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->locale = icu::Locale(lang == "und" ? "" : lang.c_str());
  impl_->prototype.reset(icu::BreakIterator::createWordInstance(impl_->locale, status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    impl_->prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }
  status = U_ZERO_ERROR;
  impl_->nfkc = icu::Normalizer2::getNFKCInstance(status);
  const std::string_view language = impl_->locale.getLanguage();
  impl_->plain_ascii_case = language != "tr" && language != "az" && language != "lt";
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> root(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  impl_->language_neutral = impl_->plain_ascii_case && U_SUCCESS(status) &&
                            impl_->prototype != nullptr && SameRules(*impl_->prototype, *root);
}

bool WordTokenizer::IsLanguageNeutral() const { return impl_->language_neutral; }

WordTokenizer::~WordTokenizer() = default;

std::vector<WordToken> WordTokenizer::Tokenize(std::string_view utf8) const {
  std::vector<WordToken> tokens;
  icu::UnicodeString u16 =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::vector<size_t> byte_of = Utf16ToByteOffsets(utf8, u16);
  const Lease lease(impl_.get());
  icu::BreakIterator* it = lease.get();
  it->setText(u16);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    if (it->getRuleStatus() == UBRK_WORD_NONE) continue;
    WordToken token;
    token.begin = byte_of[start];
    token.end = byte_of[end];
    if (impl_->plain_ascii_case && IsAscii(u16, start, end)) {
      // ASCII is its own NFKC form, so only the case changes. The word is
      // read from the UTF-16 text, as in the general case below.
      for (int32_t k = start; k < end; ++k) {
        const char c = static_cast<char>(u16.charAt(k));
        token.word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
    } else {
      icu::UnicodeString piece(u16, start, end - start);
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString normalized = impl_->nfkc->normalize(piece, status);
      if (U_FAILURE(status)) normalized = piece;
      normalized.toLower(impl_->locale);
      normalized.toUTF8String(token.word);
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::vector<std::string> WordTokenizer::Words(std::string_view utf8) const {
  std::vector<std::string> words;
  for (auto& token : Tokenize(utf8)) words.push_back(std::move(token.word));
  return words;
}

std::vector<std::vector<std::string>> WordTokenizer::WordsOfEach(
    const std::vector<std::string>& texts) const {
  std::vector<std::vector<std::string>> words;
  words.reserve(texts.size());
  for (const std::string& text : texts) words.push_back(Words(text));
  return words;
}

}  // namespace dupalign

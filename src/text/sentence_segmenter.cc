#include "text/sentence_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <initializer_list>
#include <set>

namespace dupalign {

namespace {

// Abbreviations after which a period does not end a sentence in news text.
// ICU matches a suppression as a suffix of the text before the break, not as
// a whole word, so lower-case entries that end ordinary words ("ca." ends
// "Africa.", "tel." ends "hotel.") are left out, and entries that often end
// a sentence ("dll.", "m.m.", "Inc.") are left out too. ICU suppresses an
// entry with an inner period ("bl.a.", "U.S.") only when the underlying
// break falls after its first period, so those are checked here instead, as
// whole white-space-delimited tokens.
struct Abbreviations {
  const char* lang;
  std::initializer_list<const char*> words;
};

const Abbreviations kAbbreviations[] = {
    {"vi", {"TP.", "Tp.", "GS.", "TS.", "PGS.", "ThS.", "BS.", "KS.", "GS.TS.", "PGS.TS.",
            "TS.BS.", "ThS.BS.", "BSCKII.", "NXB.", "Q.", "TT."}},
    {"sv", {"bl.a.", "t.ex.", "d.v.s.", "dvs.", "p.g.a.", "s.k.", "f.d.", "t.o.m.", "fr.o.m.",
            "jfr.", "resp.", "nr.", "Nr.", "kl.", "St.", "Dr.", "Prof."}},
    {"id", {"Tn.", "Ny.", "Nn.", "Sdr.", "Bpk.", "Yth.", "dr.", "Dr.", "drg.", "Prof.", "Ir.",
            "H.", "Hj.", "No.", "Jl.", "Kab.", "Kec.", "Kel.", "Prov.", "a.n.", "u.p.", "S.H.",
            "M.Si."}},
    {"en", {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gov.", "Sen.", "Rep.", "Gen.", "Col.", "Lt.",
            "Capt.", "Sgt.", "St.", "No.", "Nos.", "U.S.", "U.K.", "U.N.", "e.g.", "i.e.", "vs.",
            "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}},
};

bool HasOwnList(const std::string& lang) {
  for (const auto& list : kAbbreviations) {
    if (lang == list.lang) return true;
  }
  return false;
}

bool HasInnerPeriod(std::string_view word) {
  size_t dot = word.find('.');
  return dot != std::string_view::npos && dot + 1 < word.size();
}

// The abbreviations that apply to lang: its own list, or every list.
std::vector<std::string_view> AbbreviationsFor(const std::string& lang) {
  std::vector<std::string_view> words;
  bool every_list = !HasOwnList(lang);
  for (const auto& list : kAbbreviations) {
    if (!every_list && lang != list.lang) continue;
    words.insert(words.end(), list.words.begin(), list.words.end());
  }
  return words;
}

// ICU ships suppressions for a few locales (en, de, ...); start from those
// when present so ours only add to them.
std::unique_ptr<icu::FilteredBreakIteratorBuilder> NewBuilder(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_SUCCESS(status) && builder != nullptr) return builder;
  status = U_ZERO_ERROR;
  builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  return U_SUCCESS(status) ? std::move(builder) : nullptr;
}

std::unique_ptr<icu::BreakIterator> NewSentenceIterator(const std::string& lang) {
  icu::Locale locale(lang == "und" ? "" : lang.c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> plain(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || plain == nullptr) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder = NewBuilder(locale);
  if (builder == nullptr) return plain;
  for (std::string_view word : AbbreviationsFor(lang)) {
    if (HasInnerPeriod(word)) continue;
    status = U_ZERO_ERROR;  // adding a duplicate fails harmlessly
    builder->suppressBreakAfter(
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), status);
  }
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(plain.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

// Narrows [begin, end) of utf8 past white space at both ends.
ByteSpan Trim(std::string_view utf8, size_t begin, size_t end) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  auto b = static_cast<int32_t>(begin);
  auto e = static_cast<int32_t>(end);
  while (b < e) {
    int32_t next = b;
    UChar32 c;
    U8_NEXT(bytes, next, e, c);
    if (c < 0 || !u_isUWhiteSpace(c)) break;
    b = next;
  }
  while (e > b) {
    int32_t prev = e;
    UChar32 c;
    U8_PREV(bytes, b, prev, c);
    if (c < 0 || !u_isUWhiteSpace(c)) break;
    e = prev;
  }
  return {static_cast<size_t>(b), static_cast<size_t>(e)};
}

// The white-space-delimited token that ends utf8[0, end), without opening
// brackets or quotes.
std::string_view LastToken(std::string_view utf8, size_t end) {
  ByteSpan trimmed = Trim(utf8, 0, end);
  size_t begin = utf8.find_last_of(" \t\n\r([\"'", trimmed.end == 0 ? 0 : trimmed.end - 1);
  begin = begin == std::string_view::npos || begin >= trimmed.end ? 0 : begin + 1;
  return utf8.substr(begin, trimmed.end - begin);
}

}  // namespace

struct SentenceSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;  // null when ICU data is missing
  std::set<std::string_view> inner_period_abbreviations;
};

SentenceSegmenter::SentenceSegmenter(const std::string& lang) : impl_(std::make_unique<Impl>()) {
  impl_->prototype = NewSentenceIterator(lang);
  if (impl_->prototype == nullptr) impl_->prototype = NewSentenceIterator("und");
  for (std::string_view word : AbbreviationsFor(lang)) {
    if (HasInnerPeriod(word)) impl_->inner_period_abbreviations.insert(word);
  }
}

SentenceSegmenter::~SentenceSegmenter() = default;

std::vector<ByteSpan> SentenceSegmenter::Split(std::string_view utf8) const {
  std::vector<ByteSpan> sentences;
  auto add = [&](size_t begin, size_t end) {
    ByteSpan span = Trim(utf8, begin, end);
    if (span.size() > 0) sentences.push_back(span);
  };
  if (impl_->prototype == nullptr) {
    add(0, utf8.size());
    return sentences;
  }
  // Iterating a UTF-8 UText makes break positions byte offsets directly.
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  std::unique_ptr<icu::BreakIterator> it(impl_->prototype->clone());
  it->setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    add(0, utf8.size());
    return sentences;
  }
  size_t start = static_cast<size_t>(it->first());
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
    auto stop = static_cast<size_t>(end);
    if (stop < utf8.size() && impl_->inner_period_abbreviations.count(LastToken(utf8, stop))) {
      continue;
    }
    add(start, stop);
    start = stop;
  }
  it.reset();  // the iterator refers to the UText until destroyed
  utext_close(text);
  return sentences;
}

}  // namespace dupalign

#include "similarity/anchor_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <set>

namespace dupalign {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

bool IsCapitalised(std::string_view word) {
  UChar32 c = FirstCodePoint(word);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// Capitalisation after a colon or an opening quote is orthographic, as at
// the start of a sentence, and says nothing about the word being a name.
bool StartsClause(std::string_view gap) {
  for (std::string_view mark : {":", "\"", "\u201C", "\u201E", "\u00AB", "\u2018"}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// The word without a clitic: Swedish "JICA:s", English "Japan's".
std::string_view StripClitic(std::string_view word) {
  size_t colon = word.find(':');
  if (colon != std::string_view::npos) word = word.substr(0, colon);
  for (std::string_view possessive : {"'s", "\u2019s"}) {
    if (word.size() > possessive.size() && word.ends_with(possessive)) {
      word.remove_suffix(possessive.size());
    }
  }
  return word;
}

std::string_view StripPunctuation(std::string_view token) {
  constexpr std::string_view kOpen = "([{\"'";
  constexpr std::string_view kClose = ".,;:!?)]}\"'";
  while (!token.empty() && kOpen.find(token.front()) != std::string_view::npos) {
    token.remove_prefix(1);
  }
  while (!token.empty() && kClose.find(token.back()) != std::string_view::npos) {
    token.remove_suffix(1);
  }
  // Typographic quotes are three bytes each.
  for (std::string_view quote : {"\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB"}) {
    if (token.starts_with(quote)) token.remove_prefix(quote.size());
    if (token.ends_with(quote)) token.remove_suffix(quote.size());
  }
  return token;
}

bool IsUrl(std::string_view token) {
  return token.starts_with("http://") || token.starts_with("https://") ||
         token.starts_with("www.");
}

bool IsCode(std::string_view token) {
  bool digit = false, upper = false, separator = false;
  for (char c : token) {
    digit |= IsDigit(c);
    upper |= (c >= 'A' && c <= 'Z');
    separator |= (c == '-' || c == '/');
  }
  // Upper-case letters outside ASCII ("NĐ-CP") count as well.
  if (!upper) {
    for (int32_t i = 0; i < static_cast<int32_t>(token.size());) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(token.data()), i,
              static_cast<int32_t>(token.size()), c);
      upper |= c >= 0 && u_isupper(c);
    }
  }
  return digit && upper && separator;
}

size_t DigitsAt(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size() && IsDigit(s[end])) ++end;
  return end - pos;
}

// Whether the digits at pos continue a chain such as "12.4.2024" after its
// separator; such parts are plain integers, never groups or decimals.
bool ContinuesChain(std::string_view s, size_t pos) {
  return pos >= 2 && (s[pos - 1] == '.' || s[pos - 1] == ',') && IsDigit(s[pos - 2]);
}

// Reads the number starting at *pos and advances *pos past it. Returns the
// normalised form (see Anchors::numbers).
std::string ParseNumber(std::string_view s, size_t* pos) {
  size_t i = *pos;
  size_t first = DigitsAt(s, i);
  std::string integer(s.substr(i, first));
  bool chained = ContinuesChain(s, i);
  i += first;
  std::string fraction;
  char thousands = 0;
  while (!chained && i + 1 < s.size() && (s[i] == '.' || s[i] == ',' || s[i] == ' ')) {
    char sep = s[i];
    size_t n = DigitsAt(s, i + 1);
    if (n == 0) break;
    bool group = n == 3 && (thousands == 0 ? integer.size() <= 3 : sep == thousands);
    if (group) {
      thousands = sep;
      integer.append(s.substr(i + 1, n));
      i += 1 + n;
      continue;
    }
    // A decimal part, unless more separated digits follow ("12.4.2024" is a
    // date, read as separate numbers).
    size_t after = i + 1 + n;
    bool more = after + 1 < s.size() && (s[after] == '.' || s[after] == ',') &&
                IsDigit(s[after + 1]);
    if (sep != ' ' && sep != thousands && !more) {
      fraction = std::string(s.substr(i + 1, n));
      i = after;
    }
    break;
  }
  *pos = i;
  size_t zeros = 0;
  while (zeros + 1 < integer.size() && integer[zeros] == '0') ++zeros;
  integer.erase(0, zeros);
  return fraction.empty() ? integer : integer + "." + fraction;
}

bool Covered(const std::vector<ByteSpan>& spans, size_t pos) {
  for (const ByteSpan& span : spans) {
    if (pos >= span.begin && pos < span.end) return true;
  }
  return false;
}

void SortUnique(std::vector<std::string>* values) {
  std::sort(values->begin(), values->end());
  values->erase(std::unique(values->begin(), values->end()), values->end());
}

}  // namespace

struct AnchorExtractor::Word {
  std::string folded;  // filled for capitalised words only
  bool capitalised = false;
  bool initial = false;     // first word of the sentence or of a quoted/colon clause
  bool follows_space = false;  // only white space separates it from the previous word
};

AnchorExtractor::AnchorExtractor() = default;

std::string AnchorExtractor::NormalizeUrl(std::string_view url) {
  while (!url.empty() && url.front() == ' ') url.remove_prefix(1);
  while (!url.empty() && url.back() == ' ') url.remove_suffix(1);
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find('#'));
  size_t host_end = std::min(url.find_first_of("/?"), url.size());
  std::string host(url.substr(0, host_end));
  std::transform(host.begin(), host.end(), host.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  if (host.starts_with("www.")) host.erase(0, 4);
  std::string_view rest = url.substr(host_end);
  while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  return host + std::string(rest);
}

std::vector<std::vector<AnchorExtractor::Word>> AnchorExtractor::SentenceWords(
    const Document& doc, const SentenceTokens& tokens) const {
  std::vector<std::vector<Word>> sentences;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    std::string_view text = doc.sentences[i].text;
    std::vector<Word> words;
    size_t previous_end = 0;
    for (const WordToken& token : tokens[i]) {
      std::string_view original = StripClitic(text.substr(token.begin, token.end - token.begin));
      std::string_view gap = text.substr(previous_end, token.begin - previous_end);
      Word word;
      word.capitalised = IsCapitalised(original);
      // Only capitalised words can be names; folding is the costly part.
      if (word.capitalised) word.folded = folder_.Fold(original);
      word.initial = words.empty() || StartsClause(gap);
      word.follows_space =
          !words.empty() && !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos;
      words.push_back(std::move(word));
      previous_end = token.end;
    }
    sentences.push_back(std::move(words));
  }
  return sentences;
}

void AnchorExtractor::AddNames(const Document& doc, const SentenceTokens& tokens,
                               Anchors* anchors) const {
  std::vector<std::vector<Word>> sentences = SentenceWords(doc, tokens);
  // Words seen capitalised where capitals are not required: these are names
  // wherever they appear, sentence starts included.
  std::set<std::string> names_mid_sentence;
  for (const auto& words : sentences) {
    for (const Word& word : words) {
      if (word.capitalised && !word.initial) names_mid_sentence.insert(word.folded);
    }
  }
  // Vietnamese writes names syllable by syllable ("Việt Nam", "Hà Nội")
  // where other languages join them ("Vietnam", "Hanoi").
  bool syllabic = doc.lang == "vi";
  auto emit = [&](const std::vector<const Word*>& run) {
    std::string spaced, joined;
    for (size_t length = 1; length <= std::min(run.size(), kMaxNameWords); ++length) {
      const std::string& word = run[run.size() - length]->folded;
      spaced = length == 1 ? word : word + ' ' + spaced;
      joined = word + joined;
      if (length == 1 && spaced.size() < kMinSingleNameChars) continue;
      anchors->names.push_back(spaced);
      if (syllabic && length > 1) anchors->names.push_back(joined);
    }
  };
  for (const auto& words : sentences) {
    std::vector<const Word*> run;
    for (const Word& word : words) {
      bool name = word.capitalised &&
                  (!word.initial || names_mid_sentence.count(word.folded) > 0);
      if (!name || !word.follows_space) {
        emit(run);
        run.clear();
      }
      if (name) run.push_back(&word);
    }
    emit(run);
  }
}

void AnchorExtractor::AddCodesAndNumbers(const Sentence& sentence, Anchors* anchors) const {
  std::string_view text = sentence.text;
  std::vector<ByteSpan> covered;  // codes and URLs, whose digits are not numbers
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find(' ', begin), text.size());
    std::string_view token = StripPunctuation(text.substr(begin, end - begin));
    if (IsUrl(token)) {
      anchors->urls.push_back(NormalizeUrl(token));
      covered.push_back({begin, end});
    } else if (IsCode(token)) {
      anchors->codes.push_back(folder_.Fold(token));
      covered.push_back({begin, end});
    }
    begin = end + 1;
  }
  for (size_t i = 0; i < text.size();) {
    bool starts = IsDigit(text[i]) && (i == 0 || !IsAsciiAlnum(text[i - 1]));
    if (!starts || Covered(covered, i)) {
      ++i;
      continue;
    }
    std::string number = ParseNumber(text, &i);
    size_t digits = number.size() - (number.find('.') == std::string::npos ? 0 : 1);
    if (digits >= 2) anchors->numbers.push_back(std::move(number));
    while (i < text.size() && IsDigit(text[i])) ++i;
  }
}

Anchors AnchorExtractor::Extract(const Document& doc) const {
  return Extract(doc, AnchorTokens(doc));
}

Anchors AnchorExtractor::Extract(const Document& doc, const SentenceTokens& tokens) const {
  Anchors anchors;
  AddNames(doc, tokens, &anchors);
  for (const Sentence& sentence : doc.sentences) AddCodesAndNumbers(sentence, &anchors);
  for (const std::string& url : doc.source_urls) anchors.source_urls.push_back(NormalizeUrl(url));
  anchors.urls.insert(anchors.urls.end(), anchors.source_urls.begin(), anchors.source_urls.end());
  SortUnique(&anchors.names);
  SortUnique(&anchors.numbers);
  SortUnique(&anchors.codes);
  SortUnique(&anchors.urls);
  SortUnique(&anchors.source_urls);
  return anchors;
}

namespace {

const AnchorExtractor& SharedExtractor() {
  // Never destroyed, so worker threads may still use it during static teardown.
  static const AnchorExtractor* const extractor = new AnchorExtractor();
  return *extractor;
}

}  // namespace

Anchors ExtractAnchors(const Document& doc) { return SharedExtractor().Extract(doc); }

Anchors ExtractAnchors(const Document& doc, const SentenceTokens& tokens) {
  return SharedExtractor().Extract(doc, tokens);
}

std::vector<WordToken> AnchorTokens(const Sentence& sentence) {
  if (!sentence.words.empty() && sentence.word_spans.size() == sentence.words.size()) {
    std::vector<WordToken> tokens(sentence.words.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      tokens[i] = {sentence.word_spans[i].begin, sentence.word_spans[i].end, sentence.words[i]};
    }
    return tokens;
  }
  // Never destroyed, like the extractor.
  static const WordTokenizer* const tokenizer = new WordTokenizer("und");
  return tokenizer->Tokenize(sentence.text);
}

SentenceTokens AnchorTokens(const Document& doc) {
  SentenceTokens tokens;
  tokens.reserve(doc.sentences.size());
  for (const Sentence& sentence : doc.sentences) tokens.push_back(AnchorTokens(sentence));
  return tokens;
}

}  // namespace dupalign

#include "ingest/date_extractor.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "ingest/line_utils.h"

namespace dupalign {

namespace {

// Words that announce a day ("ngày 9/5", "tanggal 15", "den 14"): only after
// one is a year-less "9/5" read as a date, since "3/9" alone is often a ratio.
constexpr std::array<std::string_view, 4> kDayCues = {"ngày", "tanggal", "den", "on"};
// Words that may sit between a month and its year ("tháng 11 năm 2025").
constexpr std::array<std::string_view, 2> kYearConnectors = {"năm", "tahun"};

bool IsWordChar(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

std::string_view StripLeadingZeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// A year of 0 (unknown) allows 29 February.
bool IsValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year != 0 && (year < 1900 || year > 2100)) return false;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  return !(month == 2 && day == 29 && year != 0 && !IsLeap(year));
}

bool IsBlank(std::string_view sep) { return !sep.empty() && TrimSpaces(sep).empty(); }

}  // namespace

DateExtractor::DateExtractor() {
  for (const char* locale : {"vi", "sv", "id", "en"}) AddMonthNames(locale);
}

void DateExtractor::AddMonthNames(const char* locale) {
  UErrorCode err = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(locale), err);
  if (U_FAILURE(err)) return;
  using Syms = icu::DateFormatSymbols;
  for (auto context : {Syms::FORMAT, Syms::STANDALONE}) {
    for (auto width : {Syms::WIDE, Syms::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t m = 0; m < count && m < 12; ++m) {
        std::string utf8;
        names[m].toUTF8String(utf8);
        std::vector<std::string> seq;
        for (const Token& t : Tokenize(utf8)) seq.push_back(t.lower);
        if (seq.empty()) continue;
        longest_month_ = std::max(longest_month_, seq.size());
        months_.emplace(std::move(seq), m + 1);
      }
    }
  }
}

std::vector<DateExtractor::Token> DateExtractor::Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    bool digit = IsAsciiDigit(c);
    if (!digit && !IsWordChar(c)) continue;
    Token t{static_cast<size_t>(start), 0, "", digit, !digit && u_isupper(c)};
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      U8_NEXT(s, next, length, c);
      if (digit ? !IsAsciiDigit(c) : !IsWordChar(c)) break;
      end = next;
    }
    t.end = static_cast<size_t>(end);
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    t.lower = digit ? std::string(word) : LowerUtf8(word);
    tokens.push_back(std::move(t));
    i = end;
  }
  return tokens;
}

size_t DateExtractor::MatchMonth(const std::vector<Token>& t, size_t i, int* month) const {
  const size_t longest = std::min(longest_month_, t.size() - i);
  std::vector<std::string> seq;
  seq.reserve(longest);
  for (size_t k = i; k < i + longest; ++k) {
    seq.emplace_back(t[k].digits ? StripLeadingZeros(t[k].lower) : t[k].lower);
  }
  // The longest name first: a name may begin with a shorter one.
  for (size_t len = longest; len > 0; --len) {
    auto it = months_.find(std::span<const std::string>(seq.data(), len));
    if (it != months_.end()) {
      *month = it->second;
      return len;
    }
  }
  return 0;
}

namespace {

std::string_view Between(std::string_view text, size_t end, size_t begin) {
  return text.substr(end, begin - end);
}

}  // namespace

bool DateExtractor::MatchNumeric(std::string_view text, const std::vector<Token>& t, size_t i,
                                 DateMention* m, size_t* next) const {
  auto sep = [&](size_t k) { return Between(text, t[k].end, t[k + 1].begin); };
  auto digits = [&](size_t k, size_t min_len, size_t max_len) {
    return k < t.size() && t[k].digits && t[k].lower.size() >= min_len && t[k].lower.size() <= max_len;
  };
  auto is_date_sep = [](std::string_view s) { return s == "/" || s == "-" || s == "."; };
  // Part of a longer number or code such as "1.200" or "02/2025/NĐ-CP".
  if (i > 0 && t[i - 1].digits && (is_date_sep(sep(i - 1)) || sep(i - 1) == ",")) return false;
  size_t last;
  if (digits(i, 4, 4) && digits(i + 2, 1, 2) && digits(i + 1, 1, 2) && sep(i) == "-" && sep(i + 1) == "-") {
    *m = {{}, ToInt(t[i].lower), ToInt(t[i + 1].lower), ToInt(t[i + 2].lower), true, ""};
    last = i + 2;
  } else if (digits(i, 1, 2) && digits(i + 1, 1, 2) && digits(i + 2, 4, 4) && is_date_sep(sep(i)) &&
             sep(i + 1) == sep(i)) {
    *m = {{}, ToInt(t[i + 2].lower), ToInt(t[i + 1].lower), ToInt(t[i].lower), true, ""};
    last = i + 2;
  } else if (digits(i, 1, 2) && digits(i + 1, 1, 2) && sep(i) == "/" && i > 0 &&
             Contains(kDayCues, t[i - 1].lower) && IsBlank(sep(i - 1))) {
    *m = {{}, 0, ToInt(t[i + 1].lower), ToInt(t[i].lower), false, ""};
    last = i + 1;
  } else {
    return false;
  }
  if (last + 1 < t.size() && t[last + 1].digits && is_date_sep(sep(last))) return false;
  m->span = {t[i].begin, t[last].end};
  *next = last + 1;
  return true;
}

bool DateExtractor::MatchDayFirst(std::string_view text, const std::vector<Token>& t, size_t i,
                                  DateMention* m, size_t* next) const {
  if (!t[i].digits || t[i].lower.size() > 2 || i + 1 >= t.size()) return false;
  std::string_view gap = Between(text, t[i].end, t[i + 1].begin);
  if (!IsBlank(gap) && gap != ". ") return false;
  int month = 0;
  size_t len = MatchMonth(t, i + 1, &month);
  if (len == 0) return false;
  *m = {{}, 0, month, ToInt(t[i].lower), false, ""};
  size_t last = i + len;
  size_t k = last + 1;
  if (k < t.size() && Contains(kYearConnectors, t[k].lower)) ++k;
  if (k < t.size() && t[k].digits && t[k].lower.size() == 4 &&
      TrimSpaces(Between(text, t[k - 1].end, t[k].begin)).size() <= 1) {
    m->year = ToInt(t[k].lower);
    m->year_given = true;
    last = k;
  }
  m->span = {t[i].begin, t[last].end};
  *next = last + 1;
  return true;
}

bool DateExtractor::MatchMonthFirst(std::string_view text, const std::vector<Token>& t, size_t i,
                                    DateMention* m, size_t* next) const {
  int month = 0;
  size_t len = MatchMonth(t, i, &month);
  size_t d = i + len;
  // Only capitalised names ("November 14"): a lower-case "may 5" is a verb.
  if (len == 0 || !t[i].capitalised || d >= t.size()) return false;
  for (size_t k = i; k < d; ++k) {
    if (t[k].digits) return false;
  }
  if (!t[d].digits || t[d].lower.size() > 2 || !IsBlank(Between(text, t[d - 1].end, t[d].begin))) return false;
  *m = {{}, 0, month, ToInt(t[d].lower), false, ""};
  size_t last = d;
  if (d + 1 < t.size() && t[d + 1].digits && t[d + 1].lower.size() == 4 &&
      TrimSpaces(Between(text, t[d].end, t[d + 1].begin)).size() <= 1) {
    m->year = ToInt(t[d + 1].lower);
    m->year_given = true;
    last = d + 1;
  }
  m->span = {t[i].begin, t[last].end};
  *next = last + 1;
  return true;
}

std::vector<DateMention> DateExtractor::Find(std::string_view text, int reference_year) const {
  std::vector<DateMention> found;
  // Every pattern has a day in ASCII digits; most lines have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return found;
  }
  std::vector<Token> tokens = Tokenize(text);
  size_t i = 0;
  while (i < tokens.size()) {
    DateMention m;
    size_t next = i + 1;
    bool matched = MatchNumeric(text, tokens, i, &m, &next) || MatchDayFirst(text, tokens, i, &m, &next) ||
                   MatchMonthFirst(text, tokens, i, &m, &next);
    if (matched && IsValidDate(m.year, m.month, m.day)) {
      if (!m.year_given && reference_year > 0 && IsValidDate(reference_year, m.month, m.day)) {
        m.year = reference_year;
      }
      m.iso = ToIso(m.year, m.month, m.day);
      found.push_back(std::move(m));
      i = next;
    } else {
      ++i;
    }
  }
  return found;
}

std::string DateExtractor::ToIso(int year, int month, int day) {
  char buf[32];
  if (year > 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof(buf), "--%02d-%02d", month, day);
  }
  return buf;
}

int DateExtractor::YearOf(std::string_view iso) {
  if (iso.size() < 4 || iso.starts_with("--")) return 0;
  for (size_t k = 0; k < 4; ++k) {
    if (iso[k] < '0' || iso[k] > '9') return 0;
  }
  return ToInt(iso.substr(0, 4));
}

}  // namespace dupalign

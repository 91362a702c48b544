// DateExtractor: finds calendar dates in Vietnamese, Swedish, Indonesian and
// English text ("12/04/2024", "ngày 14 tháng 11 năm 2025", "den 14 november",
// "November 14, 2025", "2025-01-06") and writes them as ISO 8601. Month names
// come from ICU/CLDR (wide and abbreviated, format and stand-alone). Numeric
// dates are read day/month/year. Construct once and share: Find is const and
// thread-safe.
#ifndef DUPALIGN_INGEST_DATE_EXTRACTOR_H_
#define DUPALIGN_INGEST_DATE_EXTRACTOR_H_

#include <algorithm>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {

struct DateMention {
  ByteSpan span;   // bytes of the date in the searched text
  int year = 0;    // 0 when the text gives no year and no reference year applies
  int month = 0;
  int day = 0;
  bool year_given = false;  // the text itself names the year
  std::string iso;          // "2025-11-14" or "--11-14"
};

class DateExtractor {
 public:
  // Loads month names for vi, sv, id and en from ICU.
  DateExtractor();

  // Every date in `text`, in order. A date without a year takes
  // `reference_year` when it is > 0.
  std::vector<DateMention> Find(std::string_view text, int reference_year = 0) const;

  // "2025-11-14" for a full date, "--11-14" when year is 0.
  static std::string ToIso(int year, int month, int day);

  // The year of an ISO date written by ToIso, or 0.
  static int YearOf(std::string_view iso);

 private:
  // A run of letters or of ASCII digits in the searched text.
  struct Token {
    size_t begin = 0;
    size_t end = 0;
    std::string lower;
    bool digits = false;
    bool capitalised = false;
  };

  static std::vector<Token> Tokenize(std::string_view text);
  void AddMonthNames(const char* locale);
  size_t MatchMonth(const std::vector<Token>& tokens, size_t i, int* month) const;
  bool MatchNumeric(std::string_view text, const std::vector<Token>& t, size_t i, DateMention* m,
                    size_t* next) const;
  bool MatchDayFirst(std::string_view text, const std::vector<Token>& t, size_t i, DateMention* m,
                     size_t* next) const;
  bool MatchMonthFirst(std::string_view text, const std::vector<Token>& t, size_t i, DateMention* m,
                       size_t* next) const;

  // Orders token sequences as std::less does, and also finds a key by a
  // span of tokens, so a lookup copies nothing.
  struct TokenSequenceLess {
    using is_transparent = void;
    bool operator()(std::span<const std::string> a, std::span<const std::string> b) const {
      return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
    }
  };

  // Lower-cased month names as token sequences ("tháng 11" is two tokens).
  std::map<std::vector<std::string>, int, TokenSequenceLess> months_;
  size_t longest_month_ = 1;
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_DATE_EXTRACTOR_H_

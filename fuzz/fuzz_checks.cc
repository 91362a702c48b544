#include "fuzz_checks.h"

#include <cstdio>
#include <cstdlib>

#include "ingest/utf8_decoder.h"

namespace dupalign {
namespace fuzz {

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

void Check(bool ok, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

void CheckUtf8(std::string_view s, const std::string& what) {
  size_t bad = Utf8Decoder::FindInvalid(s);
  Check(bad == std::string_view::npos, what + " is not valid UTF-8 (byte " + std::to_string(bad) + ")");
}

void CheckSpan(const ByteSpan& span, size_t limit, bool non_empty, const std::string& what) {
  std::string where = what + " [" + std::to_string(span.begin) + ", " + std::to_string(span.end) + ")";
  Check(span.begin <= span.end, where + " is reversed");
  Check(span.end <= limit, where + " ends past " + std::to_string(limit));
  if (non_empty) Check(span.begin < span.end, where + " is empty");
}

void CheckOrderedSpans(const std::vector<ByteSpan>& spans, size_t limit, const std::string& what) {
  size_t previous_end = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    std::string item = what + " " + std::to_string(i);
    CheckSpan(spans[i], limit, /*non_empty=*/true, item);
    Check(spans[i].begin >= previous_end, item + " overlaps or precedes the one before");
    previous_end = spans[i].end;
  }
}

void CheckOnCharBoundaries(std::string_view text, const ByteSpan& span, const std::string& what) {
  Check(span.begin >= text.size() || !IsContinuationByte(text[span.begin]),
        what + " starts inside a character");
  Check(span.end >= text.size() || !IsContinuationByte(text[span.end]), what + " ends inside a character");
}

void CheckIsoDate(std::string_view iso, bool allow_no_year, const std::string& what) {
  std::string where = what + " '" + std::string(iso) + "'";
  Check(iso.size() == 10 || (allow_no_year && iso.size() == 7), where + " has the wrong length");
  std::string_view year = iso.substr(0, iso.size() - 6);
  Check(year == "-" ? allow_no_year : IsDigits(year), where + " has a bad year");
  std::string_view month_day = iso.substr(iso.size() - 6);
  Check(month_day[0] == '-' && month_day[3] == '-', where + " is not dash-separated");
  Check(IsDigits(month_day.substr(1, 2)) && IsDigits(month_day.substr(4, 2)), where + " has non-digits");
  int month = std::stoi(std::string(month_day.substr(1, 2)));
  int day = std::stoi(std::string(month_day.substr(4, 2)));
  Check(month >= 1 && month <= 12 && day >= 1 && day <= 31, where + " has no such month/day");
}

void CheckSortedUnique(const std::vector<std::string>& list, const std::string& what) {
  for (size_t i = 1; i < list.size(); ++i) {
    Check(list[i - 1] < list[i], what + " is not sorted and unique at " + std::to_string(i));
  }
}

}  // namespace fuzz
}  // namespace dupalign

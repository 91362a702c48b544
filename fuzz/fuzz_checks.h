// Invariant checks shared by the libFuzzer targets in fuzz/. A failed check
// prints what was broken and aborts, so libFuzzer saves the input as a crash
// like any sanitizer report. Only the fuzz targets include this.
#ifndef DUPALIGN_FUZZ_FUZZ_CHECKS_H_
#define DUPALIGN_FUZZ_FUZZ_CHECKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {
namespace fuzz {

// Aborts with "invariant broken: <what>" unless `ok`.
void Check(bool ok, const std::string& what);

// `s` is well-formed UTF-8.
void CheckUtf8(std::string_view s, const std::string& what);

// begin <= end <= limit (begin < end when `non_empty`).
void CheckSpan(const ByteSpan& span, size_t limit, bool non_empty, const std::string& what);

// Every span is within [0, limit), non-empty, and each starts at or after
// the end of the previous one.
void CheckOrderedSpans(const std::vector<ByteSpan>& spans, size_t limit, const std::string& what);

// A span of `text` neither starts nor ends inside a UTF-8 sequence.
void CheckOnCharBoundaries(std::string_view text, const ByteSpan& span, const std::string& what);

// "YYYY-MM-DD", or "--MM-DD" when `allow_no_year`, with a real month and day.
void CheckIsoDate(std::string_view iso, bool allow_no_year, const std::string& what);

// Sorted with no duplicates.
void CheckSortedUnique(const std::vector<std::string>& list, const std::string& what);

}  // namespace fuzz
}  // namespace dupalign

#endif  // DUPALIGN_FUZZ_FUZZ_CHECKS_H_

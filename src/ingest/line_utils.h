// Small string helpers shared by the ingest classes that look at lines of
// page text (furniture filter, metadata and date extraction). Internal to
// src/ingest; other stages should not depend on them.
#ifndef DUPALIGN_INGEST_LINE_UTILS_H_
#define DUPALIGN_INGEST_LINE_UTILS_H_

#include <string>
#include <string_view>

#include "dupalign/document.h"

namespace dupalign {

// Strips ASCII whitespace and U+00A0 from both ends.
std::string_view TrimSpaces(std::string_view s);

// Unicode lower-casing (root locale) of UTF-8 text.
std::string LowerUtf8(std::string_view s);

// Number of whitespace-separated words.
size_t CountWords(std::string_view s);

// Number of code points in valid UTF-8.
size_t CountCodePoints(std::string_view s);

inline std::string_view SpanText(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.size());
}

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_LINE_UTILS_H_

// FurnitureFilter: splits page text into paragraphs and separates the main
// text from page furniture (site banners, related-article lists and their
// headers, comment counters, empty widgets, byline/date lines, source
// citations, repeated photo captions). Nothing is dropped silently: every
// furniture block comes back with its reason. The rules are structural
// (short lines, timestamps, position, repetition) plus small multilingual
// lists of widget headings for vi, sv, id and en. Used by the document
// builder; const and thread-safe.
#ifndef DUPALIGN_INGEST_FURNITURE_FILTER_H_
#define DUPALIGN_INGEST_FURNITURE_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"
#include "ingest/date_extractor.h"

namespace dupalign {

struct FilterResult {
  // What Document::paragraphs gets: the main text, or every unit when
  // furniture is kept.
  std::vector<ByteSpan> paragraphs;
  // The units judged main text (metadata is read from these).
  std::vector<ByteSpan> main;
  // Furniture taken out; empty when furniture is kept.
  std::vector<RemovedBlock> removed;
  std::vector<std::string> source_urls;  // URLs of source citation lines
  std::string published;                 // ISO date of the first byline/date line
};

class FurnitureFilter {
 public:
  // `dates` must outlive the filter.
  FurnitureFilter(const DateExtractor* dates, bool keep_furniture);

  // A unit is a non-blank line; with `join_wrapped_lines` (Markdown) it is a
  // block of consecutive non-blank lines, headings and list items apart.
  FilterResult Apply(std::string_view text, bool join_wrapped_lines) const;

  // Splits `text` into trimmed units as Apply does.
  static std::vector<ByteSpan> SplitUnits(std::string_view text, bool join_wrapped_lines);

 private:
  std::string LineReason(std::string_view line, size_t index) const;
  bool IsByline(std::string_view line, size_t index, std::string* iso) const;
  bool IsTimestampLed(std::string_view line) const;
  void MarkRelatedBlocks(std::string_view text, const std::vector<ByteSpan>& units,
                         std::vector<std::string>* reasons) const;
  static void MarkBanner(std::string_view text, const std::vector<ByteSpan>& units,
                         std::vector<std::string>* reasons);
  static void MarkRepeats(std::string_view text, const std::vector<ByteSpan>& units,
                          std::vector<std::string>* reasons);
  FilterResult Collect(std::string_view text, const std::vector<ByteSpan>& units,
                       const std::vector<std::string>& reasons) const;

  const DateExtractor* dates_;
  bool keep_furniture_;
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_FURNITURE_FILTER_H_

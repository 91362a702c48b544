// MetadataExtractor: reads a document's title, dates and event date from the
// paragraphs the furniture filter judged main text. The title is the first
// main line when it looks like a headline (one short line followed by more
// text); dates are every date mentioned, in order; the event date is the
// first date of the lead. Missing years come from Document::published, so
// the caller sets that first. Used by the document builder; const.
#ifndef DUPALIGN_INGEST_METADATA_EXTRACTOR_H_
#define DUPALIGN_INGEST_METADATA_EXTRACTOR_H_

#include <string>
#include <vector>

#include "dupalign/document.h"
#include "ingest/date_extractor.h"

namespace dupalign {

class MetadataExtractor {
 public:
  // `dates` must outlive the extractor.
  explicit MetadataExtractor(const DateExtractor* dates);

  // Fills doc->title (unless already set), doc->dates and doc->event_date
  // from the `main` spans of doc->text.
  void Extract(const std::vector<ByteSpan>& main, Document* doc) const;

  // The headline of `main`, or "" when the first line does not look like one.
  std::string Headline(const std::string& text, const std::vector<ByteSpan>& main) const;

 private:
  const DateExtractor* dates_;
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_METADATA_EXTRACTOR_H_

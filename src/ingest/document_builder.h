// DocumentBuilder: turns the decoded content of one input (a file body or a
// JSONL "text" field) into the ingest part of a Document: plain text
// (extracted from HTML when needed), paragraphs, removed furniture, URL,
// source URLs, title and dates. The corpus reader owns one per run; Build is
// const and thread-safe.
#ifndef DUPALIGN_INGEST_DOCUMENT_BUILDER_H_
#define DUPALIGN_INGEST_DOCUMENT_BUILDER_H_

#include <string>

#include "dupalign/document.h"
#include "ingest/date_extractor.h"
#include "ingest/furniture_filter.h"
#include "ingest/html_text_extractor.h"
#include "ingest/metadata_extractor.h"

namespace dupalign {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(bool keep_furniture);
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // doc->format must be set and `content` be valid UTF-8. Metadata already in
  // *doc (title, url, declared_lang, a raw published date from JSONL) wins
  // over what the text yields. Sets doc->status to "empty" when no text is
  // left.
  void Build(std::string content, Document* doc) const;

 private:
  std::string NormaliseDate(const std::string& raw) const;

  DateExtractor dates_;
  HtmlTextExtractor html_;
  FurnitureFilter filter_;
  MetadataExtractor metadata_;
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_DOCUMENT_BUILDER_H_

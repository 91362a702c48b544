#include "ingest/document_builder.h"

#include "ingest/line_utils.h"

namespace dupalign {

DocumentBuilder::DocumentBuilder(bool keep_furniture)
    : filter_(&dates_, keep_furniture), metadata_(&dates_) {}

// A full ISO date from a metadata value such as "2025-11-14T08:00:00+07:00"
// or "14/11/2025"; "" when it holds no dated year.
std::string DocumentBuilder::NormaliseDate(const std::string& raw) const {
  for (const DateMention& m : dates_.Find(raw)) {
    if (m.year_given) return m.iso;
  }
  return "";
}

void DocumentBuilder::Build(std::string content, Document* doc) const {
  std::string html_title;
  std::string declared_published = doc->published;
  if (doc->format == "html") {
    HtmlText page = html_.Extract(content);
    doc->text = std::move(page.text);
    if (doc->url.empty()) doc->url = page.url;
    if (doc->declared_lang.empty()) doc->declared_lang = page.lang;
    if (declared_published.empty()) declared_published = page.published;
    html_title = page.title;
  } else {
    doc->text = std::move(content);
  }
  if (TrimSpaces(doc->text).empty()) {
    doc->status = doc->format == "html" ? "empty (no text in the HTML)" : "empty";
    return;
  }
  FilterResult filtered = filter_.Apply(doc->text, doc->format == "md");
  doc->paragraphs = std::move(filtered.paragraphs);
  doc->removed = std::move(filtered.removed);
  doc->source_urls = std::move(filtered.source_urls);
  doc->published = NormaliseDate(declared_published);
  if (doc->published.empty()) doc->published = filtered.published;
  metadata_.Extract(filtered.main, doc);
  if (doc->title.empty()) doc->title = html_title;
}

}  // namespace dupalign

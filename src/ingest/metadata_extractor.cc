#include "ingest/metadata_extractor.h"

#include <set>

#include "ingest/line_utils.h"

namespace dupalign {

namespace {

constexpr size_t kMaxTitleChars = 200;
// The lead: how many paragraphs after the title may name the event date.
constexpr size_t kLeadParagraphs = 3;

}  // namespace

MetadataExtractor::MetadataExtractor(const DateExtractor* dates) : dates_(dates) {}

std::string MetadataExtractor::Headline(const std::string& text, const std::vector<ByteSpan>& main) const {
  if (main.size() < 2) return "";
  std::string_view first = SpanText(text, main[0]);
  while (first.starts_with("#")) first.remove_prefix(1);  // a Markdown heading
  first = TrimSpaces(first);
  bool one_line = first.find('\n') == std::string_view::npos;
  if (first.empty() || !one_line || CountCodePoints(first) > kMaxTitleChars) return "";
  return std::string(first);
}

void MetadataExtractor::Extract(const std::vector<ByteSpan>& main, Document* doc) const {
  int reference_year = DateExtractor::YearOf(doc->published);
  std::string headline = Headline(doc->text, main);
  if (doc->title.empty()) doc->title = headline;
  std::set<std::string> seen;
  for (const ByteSpan& span : main) {
    for (DateMention& m : dates_->Find(SpanText(doc->text, span), reference_year)) {
      if (seen.insert(m.iso).second) doc->dates.push_back(std::move(m.iso));
    }
  }
  size_t lead_begin = headline.empty() ? 0 : 1;
  for (size_t i = lead_begin; i < main.size() && i < lead_begin + kLeadParagraphs; ++i) {
    std::vector<DateMention> found = dates_->Find(SpanText(doc->text, main[i]), reference_year);
    if (!found.empty()) {
      doc->event_date = found[0].iso;
      return;
    }
  }
}

}  // namespace dupalign

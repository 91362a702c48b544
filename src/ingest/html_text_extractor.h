// HtmlTextExtractor: a small, forgiving tag scanner that turns an HTML page
// into plain text, one block element per line, with entities decoded, and
// collects the page metadata ingest needs (<title>, og:url / canonical link,
// article:published_time, <html lang>). Script, style and navigation chrome
// (nav, aside, and header/footer outside the article) are dropped; figure
// captions are kept as their own lines and their spans reported. Used by the
// document builder; stateless and thread-safe.
#ifndef DUPALIGN_INGEST_HTML_TEXT_EXTRACTOR_H_
#define DUPALIGN_INGEST_HTML_TEXT_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {

struct HtmlText {
  std::string text;                // plain text, one block per line
  std::string title;               // content of <title>
  std::string url;                 // og:url, else <link rel="canonical">
  std::string published;           // raw article:published_time value
  std::string lang;                // <html lang="...">
  std::vector<ByteSpan> captions;  // <figcaption> lines in `text`
};

class HtmlTextExtractor {
 public:
  HtmlText Extract(std::string_view html) const;

  // Decodes character references (&amp; &#233; &#xE9; and common named
  // ones); unknown references are kept as written.
  static std::string DecodeEntities(std::string_view s);
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_HTML_TEXT_EXTRACTOR_H_

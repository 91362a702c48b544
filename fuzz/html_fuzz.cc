// Fuzzes HTML stripping alone: HtmlTextExtractor::Extract and DecodeEntities
// on arbitrary bytes. The output must be one non-blank, trimmed line per
// block; captions must be whole lines of it; and valid UTF-8 in must give
// valid UTF-8 out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "ingest/html_text_extractor.h"
#include "ingest/utf8_decoder.h"

namespace dupalign {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

void CheckLines(std::string_view text) {
  fuzz::Check(text.empty() || text.back() == '\n', "extracted text does not end with a newline");
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    std::string_view line = text.substr(begin, end - begin);
    std::string where = "line at byte " + std::to_string(begin);
    fuzz::Check(!line.empty(), where + " is blank");
    fuzz::Check(!IsAsciiSpace(line.front()) && !IsAsciiSpace(line.back()), where + " is not trimmed");
    begin = end + 1;
  }
}

void CheckCaptions(const HtmlText& page) {
  fuzz::CheckOrderedSpans(page.captions, page.text.size(), "caption");
  for (const ByteSpan& caption : page.captions) {
    bool starts_line = caption.begin == 0 || page.text[caption.begin - 1] == '\n';
    bool ends_line = caption.end == page.text.size() || page.text[caption.end] == '\n';
    fuzz::Check(starts_line && ends_line, "caption is not a whole line");
  }
}

void CheckEntities(std::string_view input, bool valid_utf8) {
  std::string decoded = HtmlTextExtractor::DecodeEntities(input);
  // Every reference is at least as long as the UTF-8 it stands for.
  fuzz::Check(decoded.size() <= input.size(), "DecodeEntities grew the text");
  if (input.find('&') == std::string_view::npos) fuzz::Check(decoded == input, "DecodeEntities changed plain text");
  if (valid_utf8) fuzz::CheckUtf8(decoded, "DecodeEntities output");
}

}  // namespace
}  // namespace dupalign

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dupalign;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  bool valid_utf8 = Utf8Decoder::FindInvalid(input) == std::string_view::npos;
  static const HtmlTextExtractor extractor;
  HtmlText page = extractor.Extract(input);
  CheckLines(page.text);
  CheckCaptions(page);
  fuzz::Check(page.title.find('\n') == std::string::npos, "title spans several lines");
  if (valid_utf8) {
    fuzz::CheckUtf8(page.text, "extracted text");
    fuzz::CheckUtf8(page.title, "title");
  }
  CheckEntities(input, valid_utf8);
  return 0;
}

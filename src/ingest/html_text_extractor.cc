#include "ingest/html_text_extractor.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <utility>

#include "ingest/line_utils.h"

namespace dupalign {

namespace {

struct NamedEntity {
  std::string_view name;
  UChar32 code;
};

// Common references in news pages; Latin-1 letters are listed in lower case
// and their capitals derived (À..Þ sit 0x20 below à..þ).
constexpr std::array<NamedEntity, 58> kEntities = {{
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"ndash", 0x2013},   {"mdash", 0x2014},   {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},   {"ldquo", 0x201C},   {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"laquo", 0xAB},    {"raquo", 0xBB},     {"copy", 0xA9},      {"reg", 0xAE},      {"trade", 0x2122},
    {"deg", 0xB0},      {"middot", 0xB7},    {"bull", 0x2022},    {"euro", 0x20AC},   {"times", 0xD7},
    {"ensp", 0x2002},   {"emsp", 0x2003},    {"thinsp", 0x2009},  {"agrave", 0xE0},   {"aacute", 0xE1},
    {"acirc", 0xE2},    {"atilde", 0xE3},    {"auml", 0xE4},      {"aring", 0xE5},    {"aelig", 0xE6},
    {"ccedil", 0xE7},   {"egrave", 0xE8},    {"eacute", 0xE9},    {"ecirc", 0xEA},    {"euml", 0xEB},
    {"igrave", 0xEC},   {"iacute", 0xED},    {"icirc", 0xEE},     {"iuml", 0xEF},     {"ntilde", 0xF1},
    {"ograve", 0xF2},   {"oacute", 0xF3},    {"ocirc", 0xF4},     {"otilde", 0xF5},   {"ouml", 0xF6},
    {"oslash", 0xF8},   {"ugrave", 0xF9},    {"uacute", 0xFA},    {"ucirc", 0xFB},    {"uuml", 0xFC},
    {"yacute", 0xFD},   {"szlig", 0xDF},     {"shy", 0xAD},
}};

void AppendCodePoint(UChar32 c, std::string* out) {
  if (c <= 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c == 0xAD) return;  // a soft hyphen only marks where a word may break
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->append(reinterpret_cast<const char*>(buf), len);
}

UChar32 LookupNamed(std::string_view name) {
  bool capital = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  std::string lower(name);
  if (capital) lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  for (const NamedEntity& e : kEntities) {
    if (e.name == name) return e.code;
    if (capital && e.name == lower && e.code >= 0xE0 && e.code <= 0xFE) return e.code - 0x20;
  }
  return -1;
}

// Code point of the reference body between '&' and ';', or -1.
UChar32 DecodeReference(std::string_view body) {
  if (body.empty()) return -1;
  if (body[0] != '#') return LookupNamed(body);
  bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return -1;
  // Accumulate in 64 bits: eight hex digits overflow a 32-bit code point.
  int64_t value = 0;
  for (char c : digits) {
    int d = (c >= '0' && c <= '9') ? c - '0'
            : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                            : -1;
    if (d < 0) return -1;
    value = value * (hex ? 16 : 10) + d;
  }
  return value > 0x10FFFF ? -1 : static_cast<UChar32>(value);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Tag {
  std::string name;  // lower case
  std::vector<std::pair<std::string, std::string>> attrs;
  bool closing = false;
  bool self_closing = false;

  std::string Attr(std::string_view key) const {
    for (const auto& [k, v] : attrs) {
      if (k == key) return v;
    }
    return "";
  }
};

// Parses the tag starting at html[pos] == '<' (a letter or '/' follows).
// Returns the position after '>', or html.size() for an unterminated tag.
size_t ParseTag(std::string_view html, size_t pos, Tag* tag) {
  size_t i = pos + 1;
  if (html[i] == '/') {
    tag->closing = true;
    ++i;
  }
  size_t name_begin = i;
  while (i < html.size() && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  tag->name = AsciiLower(html.substr(name_begin, i - name_begin));
  while (i < html.size() && html[i] != '>') {
    if (IsSpace(html[i]) || html[i] == '/') {
      tag->self_closing = html[i] == '/';
      ++i;
      continue;
    }
    size_t key_begin = i;
    while (i < html.size() && !IsSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
    std::string key = AsciiLower(html.substr(key_begin, i - key_begin));
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      char quote = i < html.size() && (html[i] == '"' || html[i] == '\'') ? html[i] : 0;
      size_t value_begin = quote ? ++i : i;
      while (i < html.size() && (quote ? html[i] != quote : !IsSpace(html[i]) && html[i] != '>')) ++i;
      value = HtmlTextExtractor::DecodeEntities(html.substr(value_begin, i - value_begin));
      if (quote && i < html.size()) ++i;
    }
    tag->self_closing = false;
    tag->attrs.emplace_back(std::move(key), std::move(value));
  }
  return std::min(i + 1, html.size());
}

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is raw text, never markup.
constexpr std::array<std::string_view, 5> kRawText = {"script", "style", "title", "textarea", "noscript"};
// Page chrome whose text is never article content.
constexpr std::array<std::string_view, 8> kChrome = {"nav",    "aside",  "form", "select",
                                                     "button", "iframe", "svg",  "template"};
constexpr std::array<std::string_view, 35> kBlocks = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div",
    "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"};

// Accumulates the text lines of a page while the scanner walks its tags.
class PageBuilder {
 public:
  void AddText(std::string_view decoded) {
    if (!skip_.empty()) return;
    for (size_t k = 0; k < decoded.size(); ++k) {
      if (IsSpace(decoded[k]) || decoded.substr(k, 2) == "\xC2\xA0") {
        if (!IsSpace(decoded[k])) ++k;  // the second byte of U+00A0
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !line_.empty()) line_ += ' ';
      pending_space_ = false;
      line_ += decoded[k];
    }
  }

  void StartTag(const Tag& tag) {
    if (tag.name == "article" || tag.name == "main") ++article_depth_;
    if (IsChrome(tag.name) && !tag.self_closing) {
      skip_.push_back(tag.name);
      return;
    }
    if (OneOf(kBlocks, tag.name)) Break();
    if (tag.name == "figcaption" && skip_.empty()) {
      caption_begin_ = out_.text.size();
      caption_open_ = true;
    }
    CollectMetadata(tag);
  }

  void EndTag(const Tag& tag) {
    auto open = std::find(skip_.rbegin(), skip_.rend(), tag.name);
    if (open != skip_.rend()) {
      skip_.erase(std::next(open).base(), skip_.end());
      return;
    }
    if ((tag.name == "article" || tag.name == "main") && article_depth_ > 0) --article_depth_;
    if (OneOf(kBlocks, tag.name)) Break();
    // A closing tag without its opening one marks no caption.
    if (tag.name == "figcaption" && caption_open_ && skip_.empty() &&
        out_.text.size() > caption_begin_) {
      out_.captions.push_back({caption_begin_, out_.text.size() - 1});
    }
    if (tag.name == "figcaption") caption_open_ = false;
  }

  void SetTitle(std::string_view raw) {
    if (!out_.title.empty()) return;
    std::string decoded = HtmlTextExtractor::DecodeEntities(raw);
    for (char& c : decoded) {
      if (IsSpace(c)) c = ' ';
    }
    out_.title = std::string(TrimSpaces(decoded));
  }

  HtmlText Finish() {
    Break();
    return std::move(out_);
  }

 private:
  // Header and footer are chrome around the page but hold the headline and
  // byline inside an <article>.
  bool IsChrome(const std::string& name) const {
    return OneOf(kChrome, name) || ((name == "header" || name == "footer") && article_depth_ == 0);
  }

  void Break() {
    std::string_view trimmed = TrimSpaces(line_);
    if (!trimmed.empty()) {
      out_.text.append(trimmed);
      out_.text += '\n';
    }
    line_.clear();
    pending_space_ = false;
  }

  void CollectMetadata(const Tag& tag) {
    if (tag.name == "html" && out_.lang.empty()) out_.lang = tag.Attr("lang");
    if (tag.name == "link" && AsciiLower(tag.Attr("rel")) == "canonical" && canonical_.empty()) {
      canonical_ = tag.Attr("href");
      if (out_.url.empty()) out_.url = canonical_;
    }
    if (tag.name != "meta") return;
    std::string property = AsciiLower(tag.Attr("property").empty() ? tag.Attr("name") : tag.Attr("property"));
    if (property == "og:url") out_.url = tag.Attr("content");
    if (property == "article:published_time" && out_.published.empty()) out_.published = tag.Attr("content");
  }

  HtmlText out_;
  std::string line_;
  std::string canonical_;
  bool pending_space_ = false;
  int article_depth_ = 0;
  size_t caption_begin_ = 0;
  bool caption_open_ = false;
  std::vector<std::string> skip_;  // open chrome elements, innermost last
};

// End of the raw text of element `name` opened before `pos`: the position
// of its closing tag, or html.size().
size_t FindRawTextEnd(std::string_view html, size_t pos, std::string_view name) {
  for (size_t i = html.find("</", pos); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (AsciiLower(html.substr(i + 2, name.size())) == name) return i;
  }
  return html.size();
}

size_t SkipPast(std::string_view html, size_t pos, std::string_view terminator) {
  size_t end = html.find(terminator, pos);
  return end == std::string_view::npos ? html.size() : end + terminator.size();
}

bool StartsTag(std::string_view html, size_t i) {
  if (i + 1 >= html.size()) return false;
  char c = html[i + 1];
  if (c == '/') return i + 2 < html.size() && ((html[i + 2] | 0x20) >= 'a' && (html[i + 2] | 0x20) <= 'z');
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Handles the markup starting at html[i] == '<'; returns where to go on.
size_t ScanMarkup(std::string_view html, size_t i, PageBuilder* page) {
  if (html.substr(i, 4) == "<!--") return SkipPast(html, i + 4, "-->");
  if (html.substr(i, 2) == "<!" || html.substr(i, 2) == "<?") return SkipPast(html, i + 2, ">");
  Tag tag;
  size_t next = ParseTag(html, i, &tag);
  if (tag.closing) {
    page->EndTag(tag);
    return next;
  }
  page->StartTag(tag);
  if (!OneOf(kRawText, tag.name) || tag.self_closing) return next;
  size_t raw_end = FindRawTextEnd(html, next, tag.name);
  if (tag.name == "title") page->SetTitle(html.substr(next, raw_end - next));
  Tag end_tag;
  end_tag.name = tag.name;
  end_tag.closing = true;
  page->EndTag(end_tag);
  return raw_end >= html.size() ? html.size() : SkipPast(html, raw_end, ">");
}

}  // namespace

std::string HtmlTextExtractor::DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(s.substr(i, amp - i));
    size_t semi = s.find(';', amp + 1);
    UChar32 code = semi != std::string_view::npos && semi - amp <= 33
                       ? DecodeReference(s.substr(amp + 1, semi - amp - 1))
                       : -1;
    if (code < 0) {
      out += '&';
      i = amp + 1;
      continue;
    }
    AppendCodePoint(code, &out);
    i = semi + 1;
  }
  out.append(s.substr(std::min(i, s.size())));
  return out;
}

HtmlText HtmlTextExtractor::Extract(std::string_view html) const {
  PageBuilder page;
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<' && (StartsTag(html, i) || html.substr(i, 2) == "<!" || html.substr(i, 2) == "<?")) {
      i = ScanMarkup(html, i, &page);
      continue;
    }
    size_t next = html.find('<', i + 1);
    if (next == std::string_view::npos) next = html.size();
    page.AddText(DecodeEntities(html.substr(i, next - i)));
    i = next;
  }
  return page.Finish();
}

}  // namespace dupalign

#include "ingest/furniture_filter.h"

#include <xxhash.h>

#include <unordered_set>

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include "ingest/line_utils.h"

namespace dupalign {

namespace {

// Headings of related-article, same-category and similar widgets, lower
// case, without a trailing colon. "Asset Publisher" / "Xuất bản thông tin"
// are the default widget titles of the Liferay portals many ministries use.
constexpr std::array<std::string_view, 38> kListHeaders = {
    // vi
    "tin liên quan", "tin cùng chuyên mục", "bài liên quan", "tin khác", "xem thêm", "đọc thêm",
    "tin mới", "tin mới nhất", "tin nổi bật", "xuất bản thông tin",
    // sv
    "i samma ämne", "i samma kategori", "av samma författare", "relaterade artiklar", "läs också",
    "läs mer", "mest läst", "senaste nytt",
    // id
    "berita terkait", "baca juga", "artikel terkait", "berita lainnya", "terpopuler",
    "dalam topik yang sama", "dalam kategori yang sama", "oleh penulis yang sama",
    // en
    "related articles", "related news", "related stories", "related posts", "read more", "read also",
    "see also", "more news", "latest news", "most read", "in the same category", "asset publisher"};

constexpr std::array<std::string_view, 5> kEmptyWidgets = {"no data", "không có dữ liệu", "ingen data",
                                                           "tidak ada data", "no results"};

constexpr std::array<std::string_view, 6> kSourceLabels = {"nguồn", "källa", "källor",
                                                           "sumber", "source", "sources"};

constexpr size_t kBannerMaxWords = 12;
constexpr size_t kShortLineWords = 25;      // a related-list headline, not prose
constexpr size_t kCaptionMaxWords = 40;     // longer repeats are whole paragraphs
constexpr size_t kBylineHeadUnits = 6;      // a named byline sits near the top
constexpr size_t kBylineMaxNameWords = 10;
constexpr size_t kTimestampLeadWords = 4;   // "Thứ Năm, ngày" before the date

// Whether the line, trimmed, without a trailing colon and lower-cased, is
// one of `headings`. Most lines are paragraphs of prose, and lower-casing
// them whole cost more than the rest of the furniture filter. In UTF-8 a
// character's lower case takes at least a third of its bytes (the Kelvin
// sign's three become "k"), so a line over three times the longest heading
// cannot be one and is not lower-cased.
template <size_t N>
bool IsHeadingIn(const std::array<std::string_view, N>& headings, std::string_view line) {
  std::string_view t = TrimSpaces(line);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  size_t longest = 0;
  for (std::string_view heading : headings) longest = std::max(longest, heading.size());
  if (t.size() > 3 * longest) return false;
  return std::find(headings.begin(), headings.end(), LowerUtf8(t)) != headings.end();
}

bool IsListHeader(std::string_view line) { return IsHeadingIn(kListHeaders, line); }

bool IsBullet(std::string_view line) {
  static constexpr std::array<std::string_view, 5> kBullets = {"- ", "* ", "+ ", "\xE2\x80\xA2 ",
                                                               "\xE2\x80\x93 "};
  for (std::string_view b : kBullets) {
    if (line.starts_with(b)) return true;
  }
  return false;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool EndsSentence(std::string_view s) {
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

bool HasDomain(std::string_view line) {
  static const std::regex kDomain("[A-Za-z0-9-]+\\.[a-z]{2,6}(?![A-Za-z0-9])");
  return std::regex_search(line.begin(), line.end(), kDomain);
}

// "Kommentar (0)", "Bình luận (12)".
bool IsCommentCounter(std::string_view line) {
  if (!line.ends_with(")")) return false;
  size_t open = line.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view count = line.substr(open + 1, line.size() - open - 2);
  std::string_view label = TrimSpaces(line.substr(0, open));
  bool numeric = !count.empty() && count.size() <= 6 &&
                 std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
  return numeric && !label.empty() && CountWords(label) <= 3 && !HasDigit(label);
}

// "(Vietnam+)": a short parenthesised agency credit on a line of its own.
bool IsSourceCredit(std::string_view line) {
  return line.size() > 2 && line.front() == '(' && line.back() == ')' && CountWords(line) <= 4 &&
         line.find_first_of("()", 1) == line.size() - 1;
}

bool IsSourceCitation(std::string_view line) {
  if (CountWords(line) > kShortLineWords) return false;  // before lower-casing a whole paragraph
  std::string lower = LowerUtf8(line);
  for (std::string_view label : kSourceLabels) {
    if (!std::string_view(lower).starts_with(label)) continue;
    std::string_view rest = TrimSpaces(std::string_view(lower).substr(label.size()));
    if (rest.starts_with(":")) return true;
  }
  return false;
}

std::vector<std::string> FindUrls(std::string_view line) {
  static const std::regex kUrl("https?://[^\\s<>\"']+");
  std::vector<std::string> urls;
  for (auto it = std::cregex_iterator(line.data(), line.data() + line.size(), kUrl);
       it != std::cregex_iterator(); ++it) {
    std::string url = it->str();
    while (!url.empty() && std::string_view(".,;:)").find(url.back()) != std::string_view::npos) url.pop_back();
    urls.push_back(std::move(url));
  }
  return urls;
}

// What is left of a date line once times, AM/PM and separators go.
std::string StripTimeAndSeparators(std::string s) {
  static const std::regex kTime("\\d{1,2}:\\d{2}(:\\d{2})?|\\b(AM|PM|am|pm|GMT[+-]?\\d*)\\b|[|,()\\-]");
  return std::string(TrimSpaces(std::regex_replace(s, kTime, " ")));
}

// Key under which repeated captions compare equal: digits dropped
// ("... - Ảnh 1." and "... - Ảnh 10."), spaces collapsed.
std::string RepeatKey(std::string_view line) {
  std::string key;
  for (char c : line) {
    if (c >= '0' && c <= '9') continue;
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += c;
  }
  return std::string(TrimSpaces(key));
}

bool IsStructuralMarkdown(std::string_view line) {
  if (line.starts_with("#") || line.starts_with(">") || line.starts_with("|") || IsBullet(line)) return true;
  size_t d = 0;
  while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
  return d > 0 && d < line.size() && (line[d] == '.' || line[d] == ')');
}

}  // namespace

FurnitureFilter::FurnitureFilter(const DateExtractor* dates, bool keep_furniture)
    : dates_(dates), keep_furniture_(keep_furniture) {}

std::vector<ByteSpan> FurnitureFilter::SplitUnits(std::string_view text, bool join_wrapped_lines) {
  std::vector<ByteSpan> units;
  bool open = false;  // the last unit may still grow
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view raw = text.substr(begin, end - begin);
    std::string_view line = TrimSpaces(raw);
    if (line.empty()) {
      open = false;
    } else {
      size_t b = static_cast<size_t>(line.data() - text.data());
      bool joins = join_wrapped_lines && open && !IsStructuralMarkdown(line) &&
                   text[units.back().begin] != '#';
      if (joins) {
        units.back().end = b + line.size();
      } else {
        units.push_back({b, b + line.size()});
      }
      open = join_wrapped_lines && !IsStructuralMarkdown(line);
    }
    begin = end + 1;
  }
  return units;
}

bool FurnitureFilter::IsByline(std::string_view line, size_t index, std::string* iso) const {
  std::vector<DateMention> found = dates_->Find(line);
  auto full = std::find_if(found.begin(), found.end(), [](const DateMention& m) { return m.year_given; });
  if (full == found.end()) return false;
  std::string rest;
  size_t pos = 0;
  for (const DateMention& m : found) {
    rest.append(line.substr(pos, m.span.begin - pos)).append(" ");
    pos = m.span.end;
  }
  std::string after = StripTimeAndSeparators(std::string(line.substr(pos)));
  std::string name = StripTimeAndSeparators(rest + after);
  bool date_at_edge = after.empty() || TrimSpaces(StripTimeAndSeparators(rest)).empty();
  bool named = index > 0 && index < kBylineHeadUnits && date_at_edge && CountWords(name) <= kBylineMaxNameWords &&
               !HasDigit(name) && !EndsSentence(name);
  if (!name.empty() && !named) return false;
  *iso = full->iso;
  return true;
}

bool FurnitureFilter::IsTimestampLed(std::string_view line) const {
  std::vector<DateMention> found = dates_->Find(line);
  if (found.empty() || CountWords(line.substr(0, found[0].span.begin)) > kTimestampLeadWords) return false;
  static const std::regex kLeadingTime("^\\s*\\d{1,2}:\\d{2}");
  std::string_view after = line.substr(found[0].span.end);
  return std::regex_search(after.begin(), after.end(), kLeadingTime);
}

std::string FurnitureFilter::LineReason(std::string_view line, size_t index) const {
  std::string iso;
  if (IsCommentCounter(line)) return "comment-counter";
  if (IsHeadingIn(kEmptyWidgets, line)) return "empty-widget";
  if (IsSourceCitation(line)) return "source-citation";
  if (IsSourceCredit(line)) return "source-credit";
  if (IsByline(line, index, &iso)) return "byline";
  return "";
}

void FurnitureFilter::MarkBanner(std::string_view text, const std::vector<ByteSpan>& units,
                                 std::vector<std::string>* reasons) {
  for (size_t i = 0; i < std::min<size_t>(2, units.size()) && units.size() > 1; ++i) {
    std::string_view line = SpanText(text, units[i]);
    if ((*reasons)[i].empty() && CountWords(line) <= kBannerMaxWords && HasDomain(line) && !EndsSentence(line)) {
      (*reasons)[i] = "site-banner";
      return;
    }
  }
}

// A list heading starts a block that runs while the lines look like list
// entries: bullets, timestamped teasers and the headlines above them, other
// headings and short lines. The first line of prose ends it.
void FurnitureFilter::MarkRelatedBlocks(std::string_view text, const std::vector<ByteSpan>& units,
                                        std::vector<std::string>* reasons) const {
  auto line = [&](size_t k) { return SpanText(text, units[k]); };
  for (size_t i = 0; i < units.size(); ++i) {
    if (!(*reasons)[i].empty() || !IsListHeader(line(i))) continue;
    (*reasons)[i] = "related-articles";
    size_t j = i + 1;
    for (; j < units.size(); ++j) {
      if (!(*reasons)[j].empty()) continue;
      std::string_view l = line(j);
      bool entry = IsListHeader(l) || IsBullet(l) || CountWords(l) <= kShortLineWords || IsTimestampLed(l) ||
                   (j + 1 < units.size() && IsTimestampLed(line(j + 1)));
      if (!entry) break;
      (*reasons)[j] = "related-articles";
    }
    i = j;
  }
}

void FurnitureFilter::MarkRepeats(std::string_view text, const std::vector<ByteSpan>& units,
                                  std::vector<std::string>* reasons) {
  // 64-bit hashes instead of copies of every line: a 100 MB page otherwise
  // keeps two extra copies of itself here.
  std::unordered_set<uint64_t> exact;
  std::unordered_set<uint64_t> without_digits;
  auto hash = [](std::string_view s) { return XXH3_64bits(s.data(), s.size()); };
  for (size_t i = 0; i < units.size(); ++i) {
    if (!(*reasons)[i].empty()) continue;
    std::string_view line = SpanText(text, units[i]);
    std::string key = RepeatKey(line);
    // Digit-free keys of very short lines ("Điều 1." / "Điều 2.") would
    // collide by accident, so they need a few words.
    bool by_digits = CountWords(key) >= 3 && without_digits.count(hash(key)) > 0;
    if (exact.count(hash(line)) > 0 || by_digits) {
      (*reasons)[i] = CountWords(line) <= kCaptionMaxWords ? "repeated-photo-caption" : "repeated-paragraph";
      continue;
    }
    exact.insert(hash(line));
    without_digits.insert(hash(key));
  }
}

FilterResult FurnitureFilter::Collect(std::string_view text, const std::vector<ByteSpan>& units,
                                      const std::vector<std::string>& reasons) const {
  FilterResult result;
  for (size_t i = 0; i < units.size(); ++i) {
    std::string_view line = SpanText(text, units[i]);
    if (reasons[i] == "source-citation") {
      for (std::string& url : FindUrls(line)) result.source_urls.push_back(std::move(url));
    }
    std::string iso;
    if (reasons[i] == "byline" && result.published.empty() && IsByline(line, i, &iso)) result.published = iso;
    if (keep_furniture_ || reasons[i].empty()) result.paragraphs.push_back(units[i]);
    if (reasons[i].empty()) {
      result.main.push_back(units[i]);
    } else if (!keep_furniture_) {
      bool extends = !result.removed.empty() && result.removed.back().reason == reasons[i] &&
                     (result.main.empty() || result.main.back().end < result.removed.back().span.begin);
      if (extends) {
        result.removed.back().span.end = units[i].end;
      } else {
        result.removed.push_back({units[i], reasons[i]});
      }
    }
  }
  return result;
}

FilterResult FurnitureFilter::Apply(std::string_view text, bool join_wrapped_lines) const {
  std::vector<ByteSpan> units = SplitUnits(text, join_wrapped_lines);
  std::vector<std::string> reasons(units.size());
  for (size_t i = 0; i < units.size(); ++i) reasons[i] = LineReason(SpanText(text, units[i]), i);
  MarkBanner(text, units, &reasons);
  MarkRelatedBlocks(text, units, &reasons);
  MarkRepeats(text, units, &reasons);
  return Collect(text, units, reasons);
}

}  // namespace dupalign

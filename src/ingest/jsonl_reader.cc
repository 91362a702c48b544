#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "ingest/line_utils.h"
#include "ingest/utf8_decoder.h"
#include "util/parallel.h"

namespace dupalign {

namespace {

// A string field, or "" when absent; numbers are accepted for "id".
std::string Field(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  return "";
}

JsonlRecord ParseLine(std::string_view line, size_t line_no, size_t line_offset) {
  JsonlRecord rec;
  rec.line = line_no;
  std::string where = "line " + std::to_string(line_no) + ": ";
  size_t bad = Utf8Decoder::FindInvalid(line);
  if (bad != std::string_view::npos) {
    rec.status = where + "invalid UTF-8 at byte " + std::to_string(line_offset + bad);
    return rec;
  }
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    rec.status = where + "invalid JSON: " + e.what();
    return rec;
  }
  if (!obj.is_object()) {
    rec.status = where + "not a JSON object";
    return rec;
  }
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) {
    rec.status = where + "missing string field \"text\"";
    return rec;
  }
  rec.text = text->get<std::string>();
  rec.id = Field(obj, "id");
  rec.lang = Field(obj, "lang");
  rec.url = Field(obj, "url");
  rec.date = Field(obj, "date");
  rec.title = Field(obj, "title");
  return rec;
}

}  // namespace

std::vector<JsonlRecord> JsonlReader::Parse(std::string_view content, size_t byte_base,
                                            int threads) {
  struct Line {
    size_t begin;
    size_t end;
    size_t number;
  };
  std::vector<Line> lines;
  size_t begin = 0;
  size_t line_no = 0;
  while (begin < content.size()) {
    size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    ++line_no;
    if (!TrimSpaces(content.substr(begin, end - begin)).empty()) {
      lines.push_back({begin, end, line_no});
    }
    begin = end + 1;
  }
  // Parsing is most of an ingest of one large JSONL file.
  std::vector<JsonlRecord> records(lines.size());
  ParallelFor(lines.size(), threads, [&](size_t i) {
    const Line& line = lines[i];
    records[i] = ParseLine(content.substr(line.begin, line.end - line.begin), line.number,
                           byte_base + line.begin);
  });
  return records;
}

}  // namespace dupalign

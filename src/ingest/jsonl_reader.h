// JsonlReader: splits a JSON Lines file into records, one per non-blank
// line. A bad line (invalid UTF-8, malformed JSON, missing "text") becomes a
// record whose status names the line and the problem, so the other lines
// still come through. Used by the corpus reader; stateless.
#ifndef DUPALIGN_INGEST_JSONL_READER_H_
#define DUPALIGN_INGEST_JSONL_READER_H_

#include <string>
#include <string_view>
#include <vector>

namespace dupalign {

struct JsonlRecord {
  size_t line = 0;  // 1-based line number in the file
  std::string status = "ok";
  std::string id;  // empty when the record has none
  std::string text;
  std::string lang;
  std::string url;
  std::string date;
  std::string title;
};

class JsonlReader {
 public:
  // `content` is the file after BOM handling; `byte_base` is the file offset
  // of content[0], so invalid UTF-8 is reported at its offset in the file.
  // Lines are parsed on up to `threads` threads; records stay in file order.
  static std::vector<JsonlRecord> Parse(std::string_view content, size_t byte_base = 0,
                                        int threads = 1);
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_JSONL_READER_H_

// Fuzzes JSONL parsing alone: JsonlReader::Parse on arbitrary bytes. Records
// must come in line order, one per non-blank line at most; a usable record
// holds valid UTF-8; a rejected one names its line, and an "invalid UTF-8 at
// byte N" status must point at a byte that really starts a bad sequence.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "ingest/jsonl_reader.h"
#include "ingest/utf8_decoder.h"

namespace dupalign {
namespace {

constexpr std::string_view kBadUtf8 = "invalid UTF-8 at byte ";

// `status` is "line N: invalid UTF-8 at byte M" (a JSON error message may
// quote the same words from the line itself, so only the prefix counts).
void CheckBadByteOffset(const std::string& status, size_t prefix_size, std::string_view content,
                        size_t byte_base) {
  if (status.compare(prefix_size, kBadUtf8.size(), kBadUtf8) != 0) return;
  size_t offset = std::stoull(status.substr(prefix_size + kBadUtf8.size()));
  fuzz::Check(offset >= byte_base && offset - byte_base < content.size(),
              "bad-byte offset outside the content: " + status);
  fuzz::Check(Utf8Decoder::FindInvalid(content.substr(offset - byte_base)) == 0,
              "reported bad byte is not an ill-formed sequence: " + status);
}

void CheckRecord(const JsonlRecord& rec, std::string_view content, size_t byte_base) {
  std::string where = "record of line " + std::to_string(rec.line);
  if (rec.status == "ok") {
    for (const std::string* field : {&rec.text, &rec.id, &rec.lang, &rec.url, &rec.date, &rec.title}) {
      fuzz::CheckUtf8(*field, where + " field");
    }
    return;
  }
  std::string prefix = "line " + std::to_string(rec.line) + ": ";
  fuzz::Check(rec.status.starts_with(prefix) && rec.status.size() > prefix.size(),
              where + " status does not name its line: " + rec.status);
  CheckBadByteOffset(rec.status, prefix.size(), content, byte_base);
}

}  // namespace
}  // namespace dupalign

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dupalign;
  // The first byte picks the file offset of the content (a BOM in front).
  if (size == 0) return 0;
  size_t byte_base = data[0] % 4;
  std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<JsonlRecord> records = JsonlReader::Parse(content, byte_base);
  size_t lines = 1;
  for (char c : content) lines += c == '\n';
  size_t previous_line = 0;
  for (const JsonlRecord& rec : records) {
    fuzz::Check(rec.line > previous_line && rec.line <= lines,
                "record line numbers out of order or range: " + std::to_string(rec.line));
    previous_line = rec.line;
    CheckRecord(rec, content, byte_base);
  }
  return 0;
}

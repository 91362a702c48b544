// Fuzzes the ingest of one file's bytes through the building blocks the
// corpus reader chains: Utf8Decoder (UTF-8, UTF-16 with BOM, binary
// detection), JsonlReader for .jsonl, then DocumentBuilder (HTML extractor,
// furniture filter, metadata and dates). The first input byte picks the
// format and whether furniture is kept; the rest is the file.
//
// Invariants: a rejection names the problem (and a reported byte offset
// points at the bad byte); decoded text is valid UTF-8; a usable document has
// non-empty text, ordered paragraphs on character boundaries, furniture
// disjoint from them, and ISO dates.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"
#include "fuzz_checks.h"
#include "ingest/document_builder.h"
#include "ingest/jsonl_reader.h"
#include "ingest/utf8_decoder.h"

namespace dupalign {
namespace {

constexpr const char* kFormats[] = {"txt", "html", "md", "jsonl"};

// Decode's messages that carry an offset into the file bytes must point at
// the byte they blame.
void CheckDecodeError(const Status& s, std::string_view bytes) {
  const std::string& msg = s.message();
  fuzz::Check(!msg.empty(), "decode failure without a message");
  bool nul = msg.starts_with("binary data (NUL byte at byte ");
  bool bad_utf8 = msg.starts_with("invalid UTF-8 at byte ");
  if (!nul && !bad_utf8) return;
  size_t offset = std::stoull(msg.substr(msg.rfind(' ') + 1));
  fuzz::Check(offset < bytes.size(), "reported offset past the file: " + msg);
  if (nul) fuzz::Check(bytes[offset] == '\0', "reported NUL byte is not NUL: " + msg);
  if (bad_utf8) fuzz::Check(Utf8Decoder::FindInvalid(bytes.substr(offset)) == 0, "reported bad byte is fine: " + msg);
}

void CheckDocument(const Document& doc, bool keep_furniture) {
  if (!doc.ok()) {
    fuzz::Check(!doc.status.empty(), "rejected document without a status");
    return;
  }
  fuzz::Check(!doc.text.empty(), "usable document with empty text");
  fuzz::CheckUtf8(doc.text, "document text");
  // A usable document may still have no paragraphs when every line was
  // judged furniture (see fuzz/README.md).
  fuzz::CheckOrderedSpans(doc.paragraphs, doc.text.size(), "paragraph");
  for (const ByteSpan& p : doc.paragraphs) fuzz::CheckOnCharBoundaries(doc.text, p, "paragraph");
  if (keep_furniture) fuzz::Check(doc.removed.empty(), "furniture removed although kept");
  for (const RemovedBlock& block : doc.removed) {
    fuzz::CheckSpan(block.span, doc.text.size(), /*non_empty=*/true, "removed block");
    fuzz::CheckOnCharBoundaries(doc.text, block.span, "removed block");
    fuzz::Check(!block.reason.empty(), "removed block without a reason");
    for (const ByteSpan& p : doc.paragraphs) {
      fuzz::Check(block.span.end <= p.begin || p.end <= block.span.begin,
                  "removed block '" + block.reason + "' overlaps a paragraph");
    }
  }
  fuzz::CheckUtf8(doc.title, "title");
  if (!doc.published.empty()) fuzz::CheckIsoDate(doc.published, /*allow_no_year=*/false, "published");
  if (!doc.event_date.empty()) fuzz::CheckIsoDate(doc.event_date, /*allow_no_year=*/true, "event_date");
  for (const std::string& date : doc.dates) fuzz::CheckIsoDate(date, /*allow_no_year=*/true, "date");
}

const DocumentBuilder& Builder(bool keep_furniture) {
  // Building one loads ICU month names: far too slow to do per input.
  static const DocumentBuilder filtering(false);
  static const DocumentBuilder keeping(true);
  return keep_furniture ? keeping : filtering;
}

void IngestJsonl(std::string_view bytes, bool keep_furniture) {
  std::string content;
  Status s = Utf8Decoder::Decode(bytes, &content, /*validate=*/false);
  if (!s.ok()) {
    CheckDecodeError(s, bytes);
    return;
  }
  for (JsonlRecord& rec : JsonlReader::Parse(content, Utf8Decoder::Utf8BomLength(bytes))) {
    if (rec.status != "ok") continue;
    Document doc;
    doc.format = "jsonl";
    doc.title = rec.title;
    doc.published = rec.date;
    Builder(keep_furniture).Build(std::move(rec.text), &doc);
    CheckDocument(doc, keep_furniture);
  }
}

}  // namespace
}  // namespace dupalign

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dupalign;
  if (size == 0) return 0;
  std::string format = kFormats[data[0] % 4];
  bool keep_furniture = (data[0] & 4) != 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (format == "jsonl") {
    IngestJsonl(bytes, keep_furniture);
    return 0;
  }
  std::string content;
  Status s = Utf8Decoder::Decode(bytes, &content);
  if (!s.ok()) {
    CheckDecodeError(s, bytes);
    return 0;
  }
  fuzz::CheckUtf8(content, "decoded content");
  Document doc;
  doc.format = format;
  Builder(keep_furniture).Build(std::move(content), &doc);
  CheckDocument(doc, keep_furniture);
  return 0;
}

// Document and Sentence: the records that flow through the pipeline
// (ingest -> text -> embed -> similarity -> cluster -> align -> report).
// Ingest creates a Document and fills its identity, text and metadata; the text
// stage adds sentences; later stages only read them. Byte offsets always refer
// to Document::text, so any stage can show the original span of a sentence.
#ifndef DUPALIGN_DOCUMENT_H_
#define DUPALIGN_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dupalign {

// Half-open byte range [begin, end) in Document::text.
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const ByteSpan&) const = default;
};

// Half-open byte range of a word in its Sentence::text; 32 bits, since a
// corpus holds tens of millions of words.
struct WordSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const WordSpan&) const = default;
};

// A block of page furniture taken out of the main text, and why.
struct RemovedBlock {
  ByteSpan span;
  std::string reason;  // e.g. "related-articles", "photo-caption", "comment-counter"
};

// One sentence of the main text after normalisation and segmentation.
struct Sentence {
  size_t paragraph = 0;            // index into Document::paragraphs
  ByteSpan span;                   // original bytes in Document::text
  std::string text;                // NFKC-normalised sentence text
  std::vector<std::string> words;  // lower-cased word tokens, no punctuation
  // Where each of `words` lies in `text`, kept when the language splits and
  // lower-cases words as the language-neutral rules do
  // (WordTokenizer::IsLanguageNeutral), so a stage that reads words with
  // their original spelling need not tokenise again; empty otherwise.
  std::vector<WordSpan> word_spans;
};

struct Document {
  // Identity and provenance.
  size_t input_index = 0;  // position in input order
  std::string id;          // file name without extension, or JSONL "id"
  std::string path;        // file path; "path:line" for JSONL records
  std::string format;      // "txt", "html", "md" or "jsonl"
  std::string status = "ok";  // "ok", or why the document was skipped

  // Plain UTF-8 text all offsets refer to: the file bytes for .txt/.md/.jsonl,
  // the text extracted from the markup for .html.
  std::string text;

  // Metadata. Dates are ISO 8601 ("2025-11-14"); a date whose year is unknown
  // is written "--11-14". `dates` lists every date the main text mentions, in
  // order of first mention; `published` comes from a byline or date line;
  // `event_date` is the date of the reported event when the lead names one
  // (year taken from `published` when the lead omits it).
  std::string declared_lang;  // from JSONL "lang", may be empty
  std::string lang = "und";   // ISO 639-1 code or "und"
  double lang_confidence = 0.0;
  std::string title;
  std::string url;
  std::vector<std::string> dates;
  std::string published;
  std::string event_date;
  std::vector<std::string> source_urls;  // cited sources ("Källa:", "Sumber:", ...)

  // Main text as paragraphs, and what was removed as page furniture.
  std::vector<ByteSpan> paragraphs;
  std::vector<RemovedBlock> removed;

  // Filled by the text stage.
  std::vector<Sentence> sentences;

  bool ok() const { return status == "ok"; }
};

}  // namespace dupalign

#endif  // DUPALIGN_DOCUMENT_H_

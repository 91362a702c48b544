// ReadCorpus: the entry point of the ingest stage. Expands files and
// directories into Document records (identity, text, paragraphs, furniture,
// metadata) in a deterministic order. Called by the pipeline and tools; later
// stages only read what it fills.
#ifndef DUPALIGN_INGEST_CORPUS_READER_H_
#define DUPALIGN_INGEST_CORPUS_READER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dupalign/document.h"
#include "dupalign/status.h"

namespace dupalign {

struct IngestOptions {
  size_t max_document_bytes = 256u << 20;  // a file, or one JSONL record's text
  // A JSONL file holds a whole corpus, so it has its own, larger limit; it is
  // read whole, and about three times its size is in memory while it is parsed.
  size_t max_jsonl_file_bytes = size_t{16} << 30;
  bool keep_furniture = false;  // keep every line as a paragraph, remove nothing
  int threads = 1;              // documents are built in parallel once read
};

// Expands files and directories (recursively, entries sorted by path so runs
// are deterministic) into documents in input order. Inside directories only
// .txt, .html/.htm, .md and .jsonl files are read; a file named explicitly is
// read as text whatever its extension.
// Never drops a document: a file that cannot be used still yields a Document
// whose status says why, and a spdlog warning names the file and the problem.
// *docs is replaced. Returns non-ok only when `paths` is empty.
Status ReadCorpus(const std::vector<std::string>& paths, const IngestOptions& options,
                  std::vector<Document>* docs);

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_CORPUS_READER_H_

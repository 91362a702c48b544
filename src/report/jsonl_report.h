// Machine-readable outputs of an analysis: documents.jsonl (one object per
// input document, input order, with its status) and clusters.jsonl (one
// object per cluster with members, relations, scores and evidence). Called by
// the analyze tool; the schema is documented in docs/jsonl-schema.md.
#ifndef DUPALIGN_REPORT_JSONL_REPORT_H_
#define DUPALIGN_REPORT_JSONL_REPORT_H_

#include <string>

#include "pipeline/analysis.h"

namespace dupalign {

// Every line carries "type": "document" or "type": "cluster" so that one
// search index can hold both files. With `with_vectors`, each document that
// has a profile also carries its unit-length document vector, rounded to six
// decimals; skipped documents never do. Lines are made on `threads` threads
// and come out in the same order whatever their number.
std::string DocumentsJsonl(const Analysis& analysis, bool with_vectors = false, int threads = 1);
std::string ClustersJsonl(const Analysis& analysis, int threads = 1);
// Every scored candidate pair with its evidence: why documents were or were
// not grouped.
std::string PairsJsonl(const Analysis& analysis);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_JSONL_REPORT_H_

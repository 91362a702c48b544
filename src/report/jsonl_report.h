// Machine-readable outputs of an analysis: documents.jsonl (one object per
// input document, input order, with its status) and clusters.jsonl (one
// object per cluster with members, relations, scores and evidence). Called by
// the analyze tool; the schema is documented in docs/jsonl-schema.md.
#ifndef DUPALIGN_REPORT_JSONL_REPORT_H_
#define DUPALIGN_REPORT_JSONL_REPORT_H_

#include <string>

#include "pipeline/analysis.h"

namespace dupalign {

std::string DocumentsJsonl(const Analysis& analysis);
std::string ClustersJsonl(const Analysis& analysis);
// Every scored candidate pair with its evidence: why documents were or were
// not grouped.
std::string PairsJsonl(const Analysis& analysis);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_JSONL_REPORT_H_

// ReportScope: the part of an analysis the human reports (report.md,
// report.html and the analysis.json they are rebuilt from) show. A corpus of
// 100k documents has tens of thousands of clusters, more than anyone reads
// and more than a browser opens; the reports then show the largest clusters
// and every skipped document, and say so, while documents.jsonl and
// clusters.jsonl keep everything. Called by the analyze command.
#ifndef DUPALIGN_REPORT_REPORT_SCOPE_H_
#define DUPALIGN_REPORT_REPORT_SCOPE_H_

#include <cstddef>

#include "pipeline/analysis.h"

namespace dupalign {

struct ReportLimits {
  size_t max_clusters = 200;
};

// The whole analysis when it has at most limits.max_clusters clusters.
// Otherwise the largest clusters (ties: earlier first) with the alignments
// of their representative against each other member, their documents and
// every skipped document, with indices renumbered and the run's totals kept.
Analysis ScopeForReport(const Analysis& full, const ReportLimits& limits = {});

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_REPORT_SCOPE_H_

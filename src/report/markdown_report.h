// The human-readable Markdown report of an analysis: run summary, documents
// with their status, and per cluster its members and evidence, an aligned
// summary side by side, and a coverage audit of every pair of versions.
// Called by the analyze tool.
#ifndef DUPALIGN_REPORT_MARKDOWN_REPORT_H_
#define DUPALIGN_REPORT_MARKDOWN_REPORT_H_

#include <string>

#include "pipeline/analysis.h"

namespace dupalign {

std::string MarkdownReport(const Analysis& analysis);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_MARKDOWN_REPORT_H_

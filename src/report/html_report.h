// The self-contained HTML report of an analysis: no network, no scripts or
// fonts from elsewhere. A cluster overview, a document-similarity heatmap
// drawn as SVG with clusters outlined, and per cluster the versions side by
// side, one aligned bead per row, with untranslated and added sentences
// highlighted and removed page furniture folded away. Called by the analyze
// and report tools.
#ifndef DUPALIGN_REPORT_HTML_REPORT_H_
#define DUPALIGN_REPORT_HTML_REPORT_H_

#include <string>

#include "pipeline/analysis.h"

namespace dupalign {

// Above this many analysed documents the heatmap (and the similarity matrix
// kept for it in analysis.json) is left out: both grow with the square.
constexpr size_t kHeatmapMaxDocuments = 200;

std::string HtmlReport(const Analysis& analysis);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_HTML_REPORT_H_

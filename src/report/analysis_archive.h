// AnalysisArchive: the whole of an Analysis that the human reports need,
// as one JSON file (DIR/analysis.json), so `dupalign report --from DIR`
// rebuilds report.md and report.html byte for byte without loading a model
// or recomputing anything. Written by the analyze tool, read by the report
// tool. Floats are stored with round-trip precision.
#ifndef DUPALIGN_REPORT_ANALYSIS_ARCHIVE_H_
#define DUPALIGN_REPORT_ANALYSIS_ARCHIVE_H_

#include <string>

#include "dupalign/status.h"
#include "pipeline/analysis.h"

namespace dupalign {

std::string SerializeAnalysis(const Analysis& analysis);

// `source` names the file in error messages.
Status DeserializeAnalysis(const std::string& json_text, const std::string& source,
                           Analysis* analysis);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_ANALYSIS_ARCHIVE_H_

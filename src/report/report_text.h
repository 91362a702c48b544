// Text helpers shared by the report writers (Markdown, HTML): how a bead's
// sentences read as one cell.
#ifndef DUPALIGN_REPORT_REPORT_TEXT_H_
#define DUPALIGN_REPORT_REPORT_TEXT_H_

#include <string>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {

// The normalised texts of the given sentences of `doc`, joined by spaces.
std::string SentencesText(const Document& doc, const std::vector<size_t>& indices);

}  // namespace dupalign

#endif  // DUPALIGN_REPORT_REPORT_TEXT_H_

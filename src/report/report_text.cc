#include "report/report_text.h"

namespace dupalign {

std::string SentencesText(const Document& doc, const std::vector<size_t>& indices) {
  std::string text;
  for (size_t i : indices) {
    if (!text.empty()) text += ' ';
    text += doc.sentences[i].text;
  }
  return text;
}

}  // namespace dupalign

#include "text/language_identifier.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <sstream>
#include <utility>
#include <vector>

#include <fasttext/fasttext.h>

#include "text/fasttext_model_file.h"

namespace dupalign {
namespace {

constexpr std::string_view kLabelPrefix = "__label__";
constexpr int kSupervisedModel = 3;

bool HasLetter(const std::string& word) {
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(word.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(word.data(), i, length, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace

LanguageIdentifier::LanguageIdentifier() : tokenizer_("und") {}

LanguageIdentifier::~LanguageIdentifier() = default;

Status LanguageIdentifier::Load(const std::string& path,
                                std::unique_ptr<LanguageIdentifier>* identifier) {
  FastTextModelFile::Summary summary;
  Status status = FastTextModelFile::Check(path, &summary);
  if (!status.ok()) return status;
  if (summary.model != kSupervisedModel || summary.nlabels == 0) {
    return Status::InvalidArgument(path +
                                   ": not a language identifier (a fastText supervised model "
                                   "with __label__xx labels)");
  }
  std::unique_ptr<LanguageIdentifier> loaded(new LanguageIdentifier());
  status = FastTextModelFile::Load(path, &loaded->model_, &summary);
  if (!status.ok()) return status;
  *identifier = std::move(loaded);
  return Status::OK();
}

LanguagePrediction LanguageIdentifier::Identify(std::string_view text) const {
  // The tokenizer yields words without spaces or newlines, so the joined
  // words are the single line fastText's predictLine reads.
  const std::vector<std::string> words = tokenizer_.Words(text);
  std::string line;
  bool letters = false;
  for (const std::string& word : words) {
    if (!line.empty()) line += ' ';
    line += word;
    letters = letters || HasLetter(word);
  }
  LanguagePrediction prediction{"und", 0.0f};
  if (!letters) return prediction;
  std::istringstream in(line + "\n");
  std::vector<std::pair<fasttext::real, std::string>> labels;
  model_->predictLine(in, labels, 1, 0.0);
  if (labels.empty()) return prediction;
  prediction.confidence = labels[0].first;
  if (prediction.confidence < threshold_) return prediction;
  std::string_view label = labels[0].second;
  if (label.substr(0, kLabelPrefix.size()) == kLabelPrefix) {
    label.remove_prefix(kLabelPrefix.size());
  }
  prediction.lang = std::string(label);
  return prediction;
}

}  // namespace dupalign

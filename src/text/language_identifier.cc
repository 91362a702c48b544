#include "text/language_identifier.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <exception>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

#include <fasttext/densematrix.h>
#include <fasttext/fasttext.h>
#include <fasttext/vector.h>

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

// Identification adds one input row per word and character n-gram, and a
// quantised model decodes each row from its codes at every use: a tenth of
// a whole run. The rows are decoded once here instead. A decoded row holds
// exactly what decoding adds to the sum, so predictions do not change.
// False, with the model untouched, where fastText cannot export the output
// matrix (a model quantised with -qout): it then runs as loaded, slower.
bool DecodeInputRows(int64_t rows, fasttext::FastText* model) {
  try {
    const int dim = model->getDimension();
    auto output = std::make_shared<fasttext::DenseMatrix>(*model->getOutputMatrix());
    auto input = std::make_shared<fasttext::DenseMatrix>(rows, dim);
    fasttext::Vector row(dim);
    for (int64_t i = 0; i < rows; ++i) {
      model->getInputVector(row, static_cast<int32_t>(i));
      for (int j = 0; j < dim; ++j) input->at(i, j) = row[j];
    }
    model->setMatrices(input, output);
  } catch (const std::exception&) {
    return false;
  }
  return true;
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
  if (summary.quantized) DecodeInputRows(summary.input_rows, loaded->model_.get());
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

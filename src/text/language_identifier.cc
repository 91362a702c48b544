#include "text/language_identifier.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <fasttext/args.h>
#include <fasttext/densematrix.h>
#include <fasttext/dictionary.h>
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
bool DecodeInputRows(int64_t rows, fasttext::FastText* model,
                     std::shared_ptr<const fasttext::DenseMatrix>* decoded_input,
                     std::shared_ptr<const fasttext::DenseMatrix>* decoded_output) {
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
    *decoded_input = input;
    *decoded_output = output;
  } catch (const std::exception&) {
    return false;
  }
  return true;
}

}  // namespace

// A softmax classifier's prediction from per-word sums of input rows.
// predictLine adds one row per word and per character n-gram of each word
// (about twenty for an eight-letter word), each a scattered read of the
// input matrix, and that was about a twentieth of a whole run. Here each
// vocabulary word's rows are summed once at load, so a known word costs one
// read; unknown words still add their n-gram rows. The hidden vector, the
// label scores and the softmax are fastText's (Model::computeHidden,
// SoftmaxLoss::computeOutput). The sums group the additions differently,
// so probabilities may differ from predictLine's in the last bits (a test
// compares the two).
class LanguageIdentifier::WordSums {
 public:
  // Null unless the model is a softmax classifier over single words.
  static std::unique_ptr<WordSums> Build(const fasttext::FastText& model,
                                         std::shared_ptr<const fasttext::DenseMatrix> input,
                                         std::shared_ptr<const fasttext::DenseMatrix> output) {
    const fasttext::Args args = model.getArgs();
    if (args.loss != fasttext::loss_name::softmax || args.wordNgrams > 1) return nullptr;
    if (input == nullptr || output == nullptr) return nullptr;
    std::unique_ptr<WordSums> sums(new WordSums());
    sums->label_prefix_ = args.label;
    sums->dim_ = static_cast<int>(input->size(1));
    sums->dict_ = model.getDictionary();
    sums->input_ = std::move(input);
    sums->output_ = std::move(output);
    const int32_t words = sums->dict_->nwords();
    sums->sums_.assign(static_cast<size_t>(words) * sums->dim_, 0.0f);
    for (int32_t w = 0; w < words; ++w) {
      const std::vector<int32_t>& ids = sums->dict_->getSubwords(w);
      sums->AddRows(ids, &sums->sums_[static_cast<size_t>(w) * sums->dim_]);
      sums->counts_.push_back(static_cast<int32_t>(ids.size()));
      sums->index_.emplace(sums->dict_->getWord(w), w);
    }
    const auto eos = sums->index_.find(fasttext::Dictionary::EOS);
    sums->eos_ = eos == sums->index_.end() ? -1 : eos->second;
    return sums;
  }

  // The best label and its probability, as predictLine gives them for the
  // words joined by spaces on one line.
  std::pair<std::string, float> Predict(const std::vector<std::string>& words) const {
    std::vector<float> sum(dim_, 0.0f);
    int64_t count = 0;
    for (const std::string& word : words) {
      // fastText reads such a word as a label, not as input.
      if (word.compare(0, label_prefix_.size(), label_prefix_) == 0) continue;
      const auto known = index_.find(word);
      if (known != index_.end()) {
        count += AddWord(known->second, sum.data());
      } else {
        const std::vector<int32_t> ids = dict_->getSubwords(word);
        AddRows(ids, sum.data());
        count += static_cast<int64_t>(ids.size());
      }
    }
    if (eos_ >= 0) count += AddWord(eos_, sum.data());  // the line's end, as fastText reads it
    if (count == 0) return {"", 0.0f};
    return Best(sum, count);
  }

 private:
  WordSums() = default;

  void AddRows(const std::vector<int32_t>& ids, float* sum) const {
    for (int32_t id : ids) {
      for (int j = 0; j < dim_; ++j) sum[j] += input_->at(id, j);
    }
  }

  int32_t AddWord(int32_t word, float* sum) const {
    const float* row = &sums_[static_cast<size_t>(word) * dim_];
    for (int j = 0; j < dim_; ++j) sum[j] += row[j];
    return counts_[word];
  }

  std::pair<std::string, float> Best(std::vector<float> hidden, int64_t count) const {
    const auto scale = static_cast<fasttext::real>(1.0 / static_cast<double>(count));
    for (float& h : hidden) h *= scale;
    const int64_t labels = output_->size(0);
    std::vector<float> scores(labels);
    for (int64_t i = 0; i < labels; ++i) {
      float dot = 0.0f;
      for (int j = 0; j < dim_; ++j) dot += output_->at(i, j) * hidden[j];
      scores[i] = dot;
    }
    const float max = *std::max_element(scores.begin(), scores.end());
    float z = 0.0f;
    for (float& score : scores) {
      score = static_cast<float>(std::exp(static_cast<double>(score - max)));  // as fastText's exp
      z += score;
    }
    const int64_t best = std::max_element(scores.begin(), scores.end()) - scores.begin();
    // predictLine reports exp(log(p + 1e-5)), fastText's guarded log, taken
    // in double and stored as float.
    const auto log_p = static_cast<float>(std::log(static_cast<double>(scores[best] / z) + 1e-5));
    const float probability = std::exp(log_p);
    return {dict_->getLabel(static_cast<int32_t>(best)), probability};
  }

  int dim_ = 0;
  std::string label_prefix_;  // the model's label prefix, "__label__" by default
  std::shared_ptr<const fasttext::Dictionary> dict_;
  std::shared_ptr<const fasttext::DenseMatrix> input_, output_;
  absl::flat_hash_map<std::string, int32_t> index_;  // vocabulary word -> its row of sums_
  std::vector<float> sums_;                          // dim_ floats per vocabulary word
  std::vector<int32_t> counts_;                      // input rows summed per word
  int32_t eos_ = -1;
};

LanguageIdentifier::LanguageIdentifier() : tokenizer_("und") {}

std::pair<std::string, float> LanguageIdentifier::PredictLine(
    const std::vector<std::string>& words) const {
  // The tokenizer yields words without spaces or newlines, so the joined
  // words are the single line fastText's predictLine reads.
  std::string line;
  for (const std::string& word : words) {
    if (!line.empty()) line += ' ';
    line += word;
  }
  std::istringstream in(line + "\n");
  std::vector<std::pair<fasttext::real, std::string>> labels;
  model_->predictLine(in, labels, 1, 0.0);
  if (labels.empty()) return {"", 0.0f};
  return {labels[0].second, labels[0].first};
}

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
  std::shared_ptr<const fasttext::DenseMatrix> input, output;
  bool dense = !summary.quantized;
  if (summary.quantized) {
    dense = DecodeInputRows(summary.input_rows, loaded->model_.get(), &input, &output);
  } else {
    input = loaded->model_->getInputMatrix();
    output = loaded->model_->getOutputMatrix();
  }
  if (dense) loaded->word_sums_ = WordSums::Build(*loaded->model_, input, output);
  *identifier = std::move(loaded);
  return Status::OK();
}

LanguagePrediction LanguageIdentifier::Identify(std::string_view text) const {
  const std::vector<std::string> words = tokenizer_.Words(text);
  LanguagePrediction prediction{"und", 0.0f};
  if (std::none_of(words.begin(), words.end(), HasLetter)) return prediction;
  const std::pair<std::string, float> best =
      word_sums_ != nullptr && use_word_sums_ ? word_sums_->Predict(words) : PredictLine(words);
  if (best.first.empty()) return prediction;
  prediction.confidence = best.second;
  if (prediction.confidence < threshold_) return prediction;
  std::string_view label = best.first;
  if (label.substr(0, kLabelPrefix.size()) == kLabelPrefix) {
    label.remove_prefix(kLabelPrefix.size());
  }
  prediction.lang = std::string(label);
  return prediction;
}

}  // namespace dupalign

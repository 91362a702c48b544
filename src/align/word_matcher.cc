#include "align/word_matcher.h"

#include "embed/sentence_embedder.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace dupalign {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The k largest values seen so far in each of several sequences, kept in
// descending order in one flat array; most values are below the k-th and
// cost one comparison.
class TopValues {
 public:
  TopValues(size_t sequences, size_t k)
      : k_(k), values_(sequences * k, -std::numeric_limits<float>::infinity()) {}

  void Add(size_t sequence, float value) {
    float* top = values_.data() + sequence * k_;
    if (value <= top[k_ - 1]) return;
    size_t i = k_ - 1;
    for (; i > 0 && top[i - 1] < value; --i) top[i] = top[i - 1];
    top[i] = value;
  }

  float Mean(size_t sequence) const {
    const float* top = values_.data() + sequence * k_;
    float sum = 0.0f;
    for (size_t i = 0; i < k_; ++i) sum += top[i];
    return sum / static_cast<float>(k_);
  }

 private:
  size_t k_;
  std::vector<float> values_;
};

// Each word's hubness: the mean of its `neighbours` best plain cosines with
// the other side's words, rows and columns in one pass over the matrix.
void Hubness(const RowMatrix& cosines, size_t neighbours, std::vector<float>* row_hub,
             std::vector<float>* col_hub) {
  const auto rows = static_cast<size_t>(cosines.rows());
  const auto cols = static_cast<size_t>(cosines.cols());
  TopValues row_top(rows, std::max<size_t>(1, std::min(neighbours, cols)));
  TopValues col_top(cols, std::max<size_t>(1, std::min(neighbours, rows)));
  for (size_t r = 0; r < rows; ++r) {
    const float* row = cosines.data() + r * cols;
    for (size_t c = 0; c < cols; ++c) {
      row_top.Add(r, row[c]);
      col_top.Add(c, row[c]);
    }
  }
  row_hub->resize(rows);
  col_hub->resize(cols);
  for (size_t r = 0; r < rows; ++r) (*row_hub)[r] = row_top.Mean(r);
  for (size_t c = 0; c < cols; ++c) (*col_hub)[c] = col_top.Mean(c);
}

}  // namespace

WordMatcher::WordMatcher(SentenceWords source, SentenceWords target, size_t neighbours)
    : source_(std::move(source)), target_(std::move(target)) {
  if (source_.offset.empty() || target_.offset.empty()) return;
  RowMatrix csls = source_.rows * target_.rows.transpose();
  // Hubness comes from the plain cosines, before any of them is corrected.
  std::vector<float> source_hub, target_hub;
  Hubness(csls, neighbours, &source_hub, &target_hub);
  const size_t source_sentences = source_.offset.size() - 1;
  const size_t target_sentences = target_.offset.size() - 1;
  const float none = -std::numeric_limits<float>::infinity();
  best_in_target_.setConstant(csls.rows(), static_cast<Eigen::Index>(target_sentences), none);
  best_in_source_.setConstant(csls.cols(), static_cast<Eigen::Index>(source_sentences), none);
  for (size_t s = 0; s < source_sentences; ++s) {
    for (size_t r = source_.offset[s]; r < source_.offset[s + 1]; ++r) {
      const float* cosines = csls.data() + r * static_cast<size_t>(csls.cols());
      for (size_t t = 0; t < target_sentences; ++t) {
        float best = none;
        for (size_t c = target_.offset[t]; c < target_.offset[t + 1]; ++c) {
          const float score = cosines[c] - 0.5f * (source_hub[r] + target_hub[c]);
          best = std::max(best, score);
          float& column_best = best_in_source_(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(s));
          column_best = std::max(column_best, score);
        }
        best_in_target_(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(t)) = best;
      }
    }
  }
}

size_t WordMatcher::Pairs(const SentenceWords& source, const SentenceWords& target) {
  return static_cast<size_t>(source.rows.rows()) * static_cast<size_t>(target.rows.rows());
}

double WordMatcher::Similarity(size_t s0, size_t s1, size_t t0, size_t t1) const {
  if (source_.offset.empty() || target_.offset.empty()) return 0.0;
  const auto a_begin = static_cast<Eigen::Index>(source_.offset[s0]);
  const auto a_count = static_cast<Eigen::Index>(source_.offset[s1]) - a_begin;
  const auto b_begin = static_cast<Eigen::Index>(target_.offset[t0]);
  const auto b_count = static_cast<Eigen::Index>(target_.offset[t1]) - b_begin;
  if (a_count == 0 || b_count == 0) return 0.0;
  // A word's best match in a span of sentences is the best of its best
  // matches in each sentence of the span.
  const auto t_begin = static_cast<Eigen::Index>(t0), t_count = static_cast<Eigen::Index>(t1 - t0);
  const auto s_begin = static_cast<Eigen::Index>(s0), s_count = static_cast<Eigen::Index>(s1 - s0);
  double source_sum = 0.0;
  double target_sum = 0.0;
  for (Eigen::Index r = a_begin; r < a_begin + a_count; ++r) {
    source_sum += best_in_target_.row(r).segment(t_begin, t_count).maxCoeff();
  }
  for (Eigen::Index c = b_begin; c < b_begin + b_count; ++c) {
    target_sum += best_in_source_.row(c).segment(s_begin, s_count).maxCoeff();
  }
  return 0.5 * (source_sum / static_cast<double>(a_count) +
                target_sum / static_cast<double>(b_count));
}

SentenceWords EmbedSentenceWords(const std::vector<std::vector<std::string>>& sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder) {
  std::vector<std::string> words;
  std::vector<size_t> owner;
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (const std::string& word : sentences[i]) {
      words.push_back(word);
      owner.push_back(i);
    }
  }
  const Eigen::MatrixXf rows = embedder.EmbedWords(words, lang);
  SentenceWords result;
  result.offset.assign(sentences.size() + 1, 0);
  std::vector<Eigen::Index> kept;
  for (size_t k = 0; k < words.size(); ++k) {
    if (rows.row(static_cast<Eigen::Index>(k)).squaredNorm() == 0.0f) continue;
    kept.push_back(static_cast<Eigen::Index>(k));
    ++result.offset[owner[k] + 1];
  }
  for (size_t i = 0; i < sentences.size(); ++i) result.offset[i + 1] += result.offset[i];
  result.rows.resize(static_cast<Eigen::Index>(kept.size()), rows.cols());
  for (size_t r = 0; r < kept.size(); ++r) {
    result.rows.row(static_cast<Eigen::Index>(r)) = rows.row(kept[r]);
  }
  return result;
}

}  // namespace dupalign

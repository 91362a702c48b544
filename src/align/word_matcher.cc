#include "align/word_matcher.h"

#include "embed/sentence_embedder.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace dupalign {
namespace {

// Mean of the `k` largest values of a row or column of similarities.
template <typename Vector>
float TopMean(const Vector& values, size_t k, std::vector<float>* scratch) {
  scratch->assign(values.begin(), values.end());
  k = std::min(k, scratch->size());
  if (k == 0) return 0.0f;
  std::nth_element(scratch->begin(), scratch->begin() + static_cast<long>(k - 1), scratch->end(),
                   std::greater<float>());
  float sum = 0.0f;
  for (size_t t = 0; t < k; ++t) sum += (*scratch)[t];
  return sum / static_cast<float>(k);
}

}  // namespace

WordMatcher::WordMatcher(SentenceWords source, SentenceWords target, size_t neighbours)
    : source_(std::move(source)), target_(std::move(target)) {
  csls_ = source_.rows * target_.rows.transpose();
  // Hubness comes from the plain cosines, before any of them is corrected.
  std::vector<float> scratch;
  std::vector<float> source_hub(static_cast<size_t>(csls_.rows()));
  std::vector<float> target_hub(static_cast<size_t>(csls_.cols()));
  for (Eigen::Index r = 0; r < csls_.rows(); ++r) {
    source_hub[static_cast<size_t>(r)] = TopMean(csls_.row(r), neighbours, &scratch);
  }
  for (Eigen::Index c = 0; c < csls_.cols(); ++c) {
    target_hub[static_cast<size_t>(c)] = TopMean(csls_.col(c), neighbours, &scratch);
  }
  for (Eigen::Index r = 0; r < csls_.rows(); ++r) {
    for (Eigen::Index c = 0; c < csls_.cols(); ++c) {
      csls_(r, c) -= 0.5f * (source_hub[static_cast<size_t>(r)] + target_hub[static_cast<size_t>(c)]);
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
  const auto csls = csls_.block(a_begin, b_begin, a_count, b_count);
  double source_sum = 0.0;
  double target_sum = 0.0;
  for (Eigen::Index r = 0; r < a_count; ++r) source_sum += csls.row(r).maxCoeff();
  for (Eigen::Index c = 0; c < b_count; ++c) target_sum += csls.col(c).maxCoeff();
  return 0.5 * (source_sum / static_cast<double>(a_count) +
                target_sum / static_cast<double>(b_count));
}

SentenceWords EmbedSentenceWords(const std::vector<std::vector<std::string>>& sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder) {
  std::vector<std::vector<std::string>> words;
  std::vector<size_t> owner;
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (const std::string& word : sentences[i]) {
      words.push_back({word});
      owner.push_back(i);
    }
  }
  const Eigen::MatrixXf rows = embedder.EmbedSentences(words, lang);
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

#include "align/word_matcher.h"

#include "embed/sentence_embedder.h"
#include "util/row_products.h"
#include "util/row_top_means.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/hash/hash.h>

namespace dupalign {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Contiguous floats as an Eigen array, so element-wise work is vectorised;
// its max() keeps std::max's result for every pair of values.
using Values = Eigen::Map<Eigen::ArrayXf>;
using ConstValues = Eigen::Map<const Eigen::ArrayXf>;

// Distinct words' vectors differ in their first coordinates, so hashing
// four of them is enough; equal hashes still compare whole rows.
struct RowPrefixHash {
  size_t operator()(std::string_view row) const {
    return absl::Hash<std::string_view>()(row.substr(0, 4 * sizeof(float)));
  }
};

// Rows id[0], id[1], ... of m.
RowMatrix GatherRows(const RowMatrix& m, const std::vector<Eigen::Index>& id) {
  RowMatrix gathered(static_cast<Eigen::Index>(id.size()), m.cols());
  for (size_t r = 0; r < id.size(); ++r) gathered.row(static_cast<Eigen::Index>(r)) = m.row(id[r]);
  return gathered;
}

// Columns id[0], id[1], ... of m.
RowMatrix GatherColumns(const RowMatrix& m, const std::vector<Eigen::Index>& id) {
  RowMatrix gathered(m.rows(), static_cast<Eigen::Index>(id.size()));
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    const float* from = m.row(r).data();
    float* to = gathered.row(r).data();
    for (size_t c = 0; c < id.size(); ++c) to[c] = from[id[c]];
  }
  return gathered;
}

std::vector<float> Gather(const std::vector<float>& values, const std::vector<Eigen::Index>& id) {
  std::vector<float> gathered;
  gathered.reserve(id.size());
  for (Eigen::Index i : id) gathered.push_back(values[static_cast<size_t>(i)]);
  return gathered;
}

// Every distinct source word's plain cosines with every target word, and
// each word's hubness: the mean of its `neighbours` best cosines with the
// other side's words. Source row r is distinct word source_id[r].
struct WordScores {
  RowMatrix cosines;
  std::vector<Eigen::Index> source_id;
  std::vector<float> source_hub;  // per distinct source word
  std::vector<float> target_hub;  // per target word
};

// A product depends only on its two rows (see row_products.h), so each pair
// of distinct words is multiplied once and copied to its repeats: the seed
// pages use each distinct word 2.5 to 5 times (function words far more). A
// repeated word's cosines, hubness and CSLS scores are its first
// occurrence's, so source words stay distinct throughout, and a target
// word's hubness is ranked over every source word against the distinct
// target words.
WordScores ScoreWords(const DistinctWords& s, const DistinctWords& t, size_t neighbours) {
  const size_t k = std::max<size_t>(1, neighbours);
  RowMatrix products = RowProducts(s.rows, t.rows);
  WordScores scores;
  scores.target_hub = Gather(static_cast<size_t>(s.rows.rows()) < s.id.size()
                                 ? ColumnTopMeans(GatherRows(products, s.id), k)
                                 : ColumnTopMeans(products, k),
                             t.id);
  scores.cosines = static_cast<size_t>(t.rows.rows()) < t.id.size()
                       ? GatherColumns(products, t.id)
                       : std::move(products);
  scores.source_hub = RowTopMeans(scores.cosines, k);
  scores.source_id = s.id;
  return scores;
}

// Cosines become CSLS scores in place: each less the mean of its two
// words' hubness.
void ToCsls(WordScores* scores) {
  const auto all = scores->cosines.cols();
  for (Eigen::Index d = 0; d < scores->cosines.rows(); ++d) {
    Values(scores->cosines.row(d).data(), all) -=
        0.5f * (scores->source_hub[static_cast<size_t>(d)] +
                ConstValues(scores->target_hub.data(), all));
  }
}

// Entry (t, r): the best of row r's scores within columns offset[t] ..
// offset[t + 1] - 1, the words of target sentence t.
RowMatrix BestInEachSentence(const RowMatrix& scores, const std::vector<size_t>& offset) {
  RowMatrix best(static_cast<Eigen::Index>(offset.size() - 1), scores.rows());
  for (Eigen::Index r = 0; r < scores.rows(); ++r) {
    const float* row = scores.row(r).data();
    for (size_t t = 0; t + 1 < offset.size(); ++t) {
      float value = -std::numeric_limits<float>::infinity();
      for (size_t c = offset[t]; c < offset[t + 1]; ++c) value = std::max(value, row[c]);
      best(static_cast<Eigen::Index>(t), r) = value;
    }
  }
  return best;
}

}  // namespace

DistinctWords Deduplicate(const SentenceWords& words) {
  const RowMatrix& rows = words.rows;
  DistinctWords result;
  result.offset = words.offset;
  result.weight = words.weight;
  const size_t bytes = static_cast<size_t>(rows.cols()) * sizeof(float);
  absl::flat_hash_map<std::string_view, Eigen::Index, RowPrefixHash> first;
  first.reserve(static_cast<size_t>(rows.rows()));
  std::vector<Eigen::Index> kept;
  kept.reserve(static_cast<size_t>(rows.rows()));
  result.id.reserve(static_cast<size_t>(rows.rows()));
  for (Eigen::Index r = 0; r < rows.rows(); ++r) {
    std::string_view key(reinterpret_cast<const char*>(rows.row(r).data()), bytes);
    auto [it, added] = first.emplace(key, static_cast<Eigen::Index>(kept.size()));
    if (added) kept.push_back(r);
    result.id.push_back(it->second);
  }
  result.rows.resize(static_cast<Eigen::Index>(kept.size()), rows.cols());
  for (size_t k = 0; k < kept.size(); ++k) {
    result.rows.row(static_cast<Eigen::Index>(k)) = rows.row(kept[k]);
  }
  return result;
}

WordMatcher::WordMatcher(const SentenceWords& source, const SentenceWords& target,
                         size_t neighbours)
    : WordMatcher(Deduplicate(source), Deduplicate(target), neighbours) {}

WordMatcher::WordMatcher(const DistinctWords& source, const DistinctWords& target,
                         size_t neighbours)
    : source_{source.offset, source.weight}, target_{target.offset, target.weight} {
  if (source_.offset.empty() || target_.offset.empty()) return;
  // Hubness comes from the plain cosines, before any of them is corrected.
  WordScores scores = ScoreWords(source, target, neighbours);
  ToCsls(&scores);
  const RowMatrix& csls = scores.cosines;
  const RowMatrix best_of_distinct = BestInEachSentence(csls, target_.offset);
  const auto source_words = static_cast<Eigen::Index>(scores.source_id.size());
  best_in_target_.resize(best_of_distinct.rows(), source_words);
  for (Eigen::Index r = 0; r < source_words; ++r) {
    best_in_target_.col(r) = best_of_distinct.col(scores.source_id[static_cast<size_t>(r)]);
  }
  const auto all = csls.cols();
  best_in_source_.setConstant(static_cast<Eigen::Index>(source_.offset.size() - 1), all,
                              -std::numeric_limits<float>::infinity());
  for (size_t s = 0; s + 1 < source_.offset.size(); ++s) {
    Values column_best(best_in_source_.row(static_cast<Eigen::Index>(s)).data(), all);
    for (size_t r = source_.offset[s]; r < source_.offset[s + 1]; ++r) {
      column_best = column_best.max(ConstValues(csls.row(scores.source_id[r]).data(), all));
    }
  }
}

size_t WordMatcher::Pairs(const SentenceWords& source, const SentenceWords& target) {
  return static_cast<size_t>(source.rows.rows()) * static_cast<size_t>(target.rows.rows());
}

double WordMatcher::Similarity(size_t s0, size_t s1, size_t t0, size_t t1) const {
  if (source_.offset.empty() || target_.offset.empty()) return 0.0;
  if (source_.offset[s1] == source_.offset[s0] || target_.offset[t1] == target_.offset[t0]) {
    return 0.0;
  }
  return 0.5 * (SpanMean(best_in_target_, source_, s0, s1, t0, t1) +
                SpanMean(best_in_source_, target_, t0, t1, s0, s1));
}

// A word's best match in a span of sentences is the best of its best matches
// in each sentence of the span; the words are summed in order.
double WordMatcher::SpanMean(const RowMatrix& best, const Side& side, size_t s0, size_t s1,
                             size_t sentence_begin, size_t sentence_end) {
  const size_t word_begin = side.offset[s0];
  const size_t words = side.offset[s1] - word_begin;
  const auto stride = static_cast<size_t>(best.cols());
  const float* first = best.data() + sentence_begin * stride + word_begin;
  const size_t span = sentence_end - sentence_begin;
  const float* weight = side.weight.empty() ? nullptr : side.weight.data() + word_begin;
  double sum = 0.0, total = 0.0;
  for (size_t w = 0; w < words; ++w) {
    float value = first[w];
    for (size_t k = 1; k < span; ++k) value = std::max(value, first[k * stride + w]);
    const double word_weight = weight == nullptr ? 1.0 : weight[w];
    sum += word_weight * value;
    total += word_weight;
  }
  return sum / total;
}

SentenceWords EmbedSentenceWords(std::span<const std::span<const std::string>> sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder,
                                 WordReading reading, WordWeighting weighting) {
  std::vector<size_t> owner;
  for (size_t i = 0; i < sentences.size(); ++i) owner.insert(owner.end(), sentences[i].size(), i);
  // Row-major, so each word's row is read and copied contiguously.
  const RowMatrix rows = reading == WordReading::kInContext
                             ? embedder.EmbedWordsInContext(sentences, lang)
                             : RowMatrix(embedder.EmbedWords(sentences, lang));
  const std::vector<float> weights = weighting == WordWeighting::kSif
                                         ? embedder.WordWeights(sentences, lang)
                                         : std::vector<float>();
  SentenceWords result;
  result.offset.assign(sentences.size() + 1, 0);
  std::vector<Eigen::Index> kept;
  for (size_t k = 0; k < owner.size(); ++k) {
    if (rows.row(static_cast<Eigen::Index>(k)).squaredNorm() == 0.0f) continue;
    kept.push_back(static_cast<Eigen::Index>(k));
    ++result.offset[owner[k] + 1];
    if (!weights.empty()) result.weight.push_back(weights[k]);
  }
  for (size_t i = 0; i < sentences.size(); ++i) result.offset[i + 1] += result.offset[i];
  result.rows.resize(static_cast<Eigen::Index>(kept.size()), rows.cols());
  for (size_t r = 0; r < kept.size(); ++r) {
    result.rows.row(static_cast<Eigen::Index>(r)) = rows.row(kept[r]);
  }
  return result;
}

SentenceWords EmbedSentenceWords(const std::vector<std::vector<std::string>>& sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder,
                                 WordReading reading, WordWeighting weighting) {
  const std::vector<std::span<const std::string>> runs(sentences.begin(), sentences.end());
  return EmbedSentenceWords(runs, lang, embedder, reading, weighting);
}

}  // namespace dupalign

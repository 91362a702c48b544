#include "cluster/link_model.h"

#include "util/parallel.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace dupalign {
namespace {

// Fitted by scripts/eval/fit_link_model.py on FLORES cluster-bench dev and
// bench/make_corpus.py 2000 --seed 1 (intercept first, then the features),
// with models/dupalign-embed.bin of 46044747 bytes (2026-11-23 13:17); refit
// when the embedding model changes.
constexpr std::array<double, LinkModel::kFeatures + 1> kCoefficients = {
    -5.5827, -16.8293, -5.1743, 1.3709, 3.3756, -2.5018,
    5.9268,  59.9737,  5.1346,  9.3091, 30.4902};

constexpr double kSourceCitedProbability = 0.9;

// Mean of the best kBackgroundNeighbours values; a document with fewer
// candidates repeats its weakest, so a lone candidate is its own background
// rather than being compared with nothing.
double TopMean(std::vector<double> values) {
  std::sort(values.begin(), values.end(), std::greater<>());
  const size_t k = LinkModel::kBackgroundNeighbours;
  if (values.size() > k) values.resize(k);
  double sum = 0.0;
  for (double v : values) sum += v;
  sum += values.back() * static_cast<double>(k - values.size());
  return sum / static_cast<double>(k);
}

}  // namespace

LinkModel::LinkModel(const std::vector<DocumentProfile>& profiles, const PairEvidenceMap& evidence)
    : profiles_(profiles) {
  struct Values {
    std::vector<double> cosine, sentence_match, ordered_similarity;
  };
  std::map<std::pair<size_t, std::string>, Values> values;
  for (const auto& [pair, e] : evidence) {
    for (auto [doc, other] : {pair, std::make_pair(pair.second, pair.first)}) {
      Values& v = values[{doc, profiles[other].lang}];
      v.cosine.push_back(e.cosine);
      v.sentence_match.push_back(e.sentence_match);
      v.ordered_similarity.push_back(e.ordered_similarity);
    }
  }
  for (auto& [key, v] : values) {
    background_[key] = {TopMean(std::move(v.cosine)), TopMean(std::move(v.sentence_match)),
                        TopMean(std::move(v.ordered_similarity))};
  }
}

const LinkModel::Background& LinkModel::BackgroundOf(size_t doc, const std::string& lang) const {
  static const Background kNone;
  auto it = background_.find({doc, lang});
  return it == background_.end() ? kNone : it->second;
}

LinkModel::Features LinkModel::Describe(size_t a, size_t b, const PairEvidence& e) const {
  const Background& ba = BackgroundOf(a, profiles_[b].lang);
  const Background& bb = BackgroundOf(b, profiles_[a].lang);
  auto rise = [](double value, double x, double y) { return value - 0.5 * (x + y); };
  return {e.cosine,
          std::clamp(e.margin - 0.5, 0.0, 1.0),
          e.sentence_match,
          e.anchor_overlap,
          std::max({e.jaccard, e.containment_ab, e.containment_ba}),
          profiles_[a].lang == profiles_[b].lang ? 0.0 : 1.0,
          rise(e.cosine, ba.cosine, bb.cosine),
          rise(e.sentence_match, ba.sentence_match, bb.sentence_match),
          e.ordered_similarity,
          rise(e.ordered_similarity, ba.ordered_similarity, bb.ordered_similarity)};
}

double LinkModel::Probability(size_t a, size_t b, const PairEvidence& e) const {
  const Features x = Describe(a, b, e);
  double z = kCoefficients[0];
  for (size_t i = 0; i < kFeatures; ++i) z += kCoefficients[i + 1] * x[i];
  const double p = 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
  return e.same_source ? std::max(p, kSourceCitedProbability) : p;
}

void CalibrateEvidence(const std::vector<DocumentProfile>& profiles, PairEvidenceMap* evidence,
                       int threads) {
  const LinkModel model(profiles, *evidence);
  std::vector<PairEvidenceMap::value_type*> entries;
  entries.reserve(evidence->size());
  for (auto& entry : *evidence) entries.push_back(&entry);
  // All probabilities first: the model reads the raw scores' neighbourhood.
  std::vector<double> probability(entries.size());
  ParallelFor(entries.size(), threads, [&](size_t k) {
    const auto& [pair, e] = *entries[k];
    probability[k] = model.Probability(pair.first, pair.second, e);
  });
  for (size_t k = 0; k < entries.size(); ++k) entries[k]->second.score = probability[k];
}

}  // namespace dupalign

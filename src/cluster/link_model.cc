#include "cluster/link_model.h"

#include "util/parallel.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace dupalign {
namespace {

// Fitted by scripts/eval/fit_link_model.py on FLORES cluster-bench dev and
// bench/make_corpus.py 2000 --seed 1 and --seed 3 (intercept first, then the
// features), with models/dupalign-embed.bin of 46044747 bytes (2026-11-23
// 13:17); refit when the embedding model or the evidence changes.
constexpr std::array<double, LinkModel::kFeatures + 1> kCoefficients = {
    0.6811, -7.0460, -1.8079, -1.7772, 2.3549, 1.7841,  4.1617,   29.6758,
    7.6234, 1.3081,  24.0915, 4.3222,  -5.1641, 5.3652, 127.5495};

constexpr double kSourceCitedProbability = 0.9;

// Shorter texts count as this long: the fit saw no 1-sentence texts and few
// of 2, and the length term must not extrapolate to them
// (fit_link_model.py's MIN_SENTENCES).
constexpr double kMinSentences = 3.0;

// The best kBackgroundNeighbours values seen, strongest first, kept as they
// arrive so no candidate list is ever stored.
class TopValues {
 public:
  void Add(double value) {
    constexpr size_t k = LinkModel::kBackgroundNeighbours;
    if (size_ == k && value <= values_[k - 1]) return;
    size_t i = size_ < k ? size_++ : k - 1;
    for (; i > 0 && values_[i - 1] < value; --i) values_[i] = values_[i - 1];
    values_[i] = value;
  }

  // Mean of the kept values; a document with fewer candidates repeats its
  // weakest, so a lone candidate is its own background rather than being
  // compared with nothing.
  double Mean() const {
    if (size_ == 0) return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < size_; ++i) sum += values_[i];
    const size_t k = LinkModel::kBackgroundNeighbours;
    sum += values_[size_ - 1] * static_cast<double>(k - size_);
    return sum / static_cast<double>(k);
  }

 private:
  std::array<double, LinkModel::kBackgroundNeighbours> values_{};
  size_t size_ = 0;
};

// Each document's language as an index into the corpus's sorted languages,
// whose number goes to `count`.
std::vector<uint32_t> InternLanguages(const std::vector<DocumentProfile>& profiles,
                                      size_t* count) {
  std::vector<std::string> names;
  for (const DocumentProfile& p : profiles) names.push_back(p.lang);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  *count = names.size();
  std::vector<uint32_t> index;
  index.reserve(profiles.size());
  for (const DocumentProfile& p : profiles) {
    index.push_back(static_cast<uint32_t>(
        std::lower_bound(names.begin(), names.end(), p.lang) - names.begin()));
  }
  return index;
}

}  // namespace

LinkModel::LinkModel(const std::vector<DocumentProfile>& profiles, const PairEvidenceMap& evidence) {
  language_ = InternLanguages(profiles, &languages_);
  for (const DocumentProfile& p : profiles) {
    length_.push_back(
        std::log(1.0 + std::max(kMinSentences, static_cast<double>(p.sentences.rows()))));
  }
  struct Tops {
    TopValues cosine, sentence_match, ordered_similarity, word_match;
  };
  std::vector<Tops> tops(profiles.size() * languages_);
  for (const auto& [pair, e] : evidence) {
    for (auto [doc, other] : {pair, std::make_pair(pair.second, pair.first)}) {
      Tops& t = tops[doc * languages_ + language_[other]];
      t.cosine.Add(e.cosine);
      t.sentence_match.Add(e.sentence_match);
      t.ordered_similarity.Add(e.ordered_similarity);
      t.word_match.Add(e.word_match);
    }
  }
  background_.reserve(tops.size());
  for (const Tops& t : tops) {
    background_.push_back({t.cosine.Mean(), t.sentence_match.Mean(), t.ordered_similarity.Mean(),
                           t.word_match.Mean()});
  }
}

LinkModel::Features LinkModel::Describe(size_t a, size_t b, const PairEvidence& e) const {
  const Background& ba = BackgroundOf(a, language_[b]);
  const Background& bb = BackgroundOf(b, language_[a]);
  auto rise = [](double value, double x, double y) { return value - 0.5 * (x + y); };
  const double length = std::min(length_[a], length_[b]);
  return {e.cosine,
          std::clamp(e.margin - 0.5, 0.0, 1.0),
          e.sentence_match,
          e.anchor_overlap,
          std::max({e.jaccard, e.containment_ab, e.containment_ba}),
          language_[a] == language_[b] ? 0.0 : 1.0,
          rise(e.cosine, ba.cosine, bb.cosine),
          rise(e.sentence_match, ba.sentence_match, bb.sentence_match),
          e.ordered_similarity,
          rise(e.ordered_similarity, ba.ordered_similarity, bb.ordered_similarity),
          e.ordered_similarity * length,
          length,
          e.word_match,
          rise(e.word_match, ba.word_match, bb.word_match)};
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
  // In place: the model keeps its own copy of what it reads, and never
  // reads a pair's score.
  ParallelFor(entries.size(), threads, [&](size_t k) {
    auto& [pair, e] = *entries[k];
    e.score = model.Probability(pair.first, pair.second, e);
  });
}

}  // namespace dupalign

#include "similarity/document_profile.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <set>
#include <span>

namespace dupalign {
namespace {

// Every anchor kind in one namespace, so "57" the number and "57" in a code
// do not collide.
std::vector<std::string> TaggedAnchors(const Anchors& anchors) {
  std::vector<std::string> tagged;
  for (const auto& s : anchors.names) tagged.push_back("name:" + s);
  for (const auto& s : anchors.numbers) tagged.push_back("number:" + s);
  for (const auto& s : anchors.codes) tagged.push_back("code:" + s);
  for (const auto& s : anchors.urls) tagged.push_back("url:" + s);
  return tagged;
}

// Both inputs sorted and unique.
std::vector<std::string> Intersect(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return shared;
}

// "--11-14" (year unknown) is compatible with any year's 11-14.
bool DatesCompatible(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto month_day = [](const std::string& d) { return d.size() >= 5 ? d.substr(d.size() - 5) : d; };
  const bool a_partial = a.rfind("--", 0) == 0;
  const bool b_partial = b.rfind("--", 0) == 0;
  return (a_partial || b_partial) && month_day(a) == month_day(b);
}

std::vector<std::string> SharedDates(const std::vector<std::string>& a,
                                     const std::vector<std::string>& b) {
  std::set<std::string> shared;
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (DatesCompatible(x, y)) shared.insert(x.rfind("--", 0) == 0 ? y : x);
    }
  }
  return {shared.begin(), shared.end()};
}

// Pairs that are each other's best, ties going to the first index. The
// matrix is column-major, so both maxima come from passes down columns: a
// column's best row i is a mutual pair when the column is the first where
// row i reaches its maximum.
double SentenceMatch(const Eigen::MatrixXf& sim, double min_cosine) {
  if (sim.rows() == 0 || sim.cols() == 0) return 0.0;
  const Eigen::VectorXf row_best = sim.rowwise().maxCoeff();
  int mutual = 0;
  for (Eigen::Index j = 0; j < sim.cols(); ++j) {
    Eigen::Index i = 0;
    const float best = sim.col(j).maxCoeff(&i);
    if (best != row_best(i) || best < min_cosine) continue;
    Eigen::Index first = 0;
    while (sim(i, first) != best) ++first;
    mutual += first == j;
  }
  // One extra sentence in the denominator: two one-sentence texts that
  // happen to match are weak evidence.
  return static_cast<double>(mutual) / (std::min(sim.rows(), sim.cols()) + 1.0);
}

// The best order-preserving chain of sentence pairs (dynamic programming
// over the similarity matrix), each pair gaining its rise above the floor.
double OrderedSimilarity(const Eigen::MatrixXf& sim, double floor) {
  const Eigen::Index n = sim.rows(), m = sim.cols();
  if (n == 0 || m == 0) return 0.0;
  // Gains of every pair at once, so the recurrence below is additions and
  // comparisons only.
  const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> gains =
      ((sim.cast<double>().array() - floor) / (1.0 - floor)).max(0.0).matrix();
  std::vector<double> previous(m + 1, 0.0), current(m + 1, 0.0);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < m; ++j) {
      current[j + 1] = std::max(std::max(current[j], previous[j + 1]), previous[j] + gains(i, j));
    }
    std::swap(previous, current);
  }
  // As in SentenceMatch, one extra sentence keeps one-line texts from full
  // agreement.
  return previous[m] / (std::min(n, m) + 1.0);
}

void CompareDates(const DocumentProfile& a, const DocumentProfile& b, PairEvidence* e) {
  e->shared_dates = SharedDates(a.dates, b.dates);
  if (a.event_date.empty() || b.event_date.empty()) {
    e->date_note = "event date known for " +
                   std::string(a.event_date.empty() && b.event_date.empty() ? "neither"
                                                                             : "one side only");
    return;
  }
  if (DatesCompatible(a.event_date, b.event_date)) {
    e->date_note = "same event date " + a.event_date;
  } else {
    e->date_conflict = true;
    e->date_note = "event dates differ: " + a.event_date + " vs " + b.event_date;
  }
}

// The profile's own weights when AnchorWeights::Apply filled them, else
// looked up into `scratch`.
std::span<const double> KeyWeights(const DocumentProfile& p, const AnchorWeights& weights,
                                   std::vector<double>* scratch) {
  if (p.anchor_key_weights.size() == p.anchor_keys.size()) return p.anchor_key_weights;
  scratch->clear();
  for (const auto& key : p.anchor_keys) scratch->push_back(weights.Weight(key));
  return *scratch;
}

void CompareAnchors(const DocumentProfile& a, const DocumentProfile& b,
                    const AnchorWeights& weights, PairEvidence* e) {
  e->shared_names = Intersect(a.anchors.names, b.anchors.names);
  e->shared_numbers = Intersect(a.anchors.numbers, b.anchors.numbers);
  e->shared_codes = Intersect(a.anchors.codes, b.anchors.codes);
  e->shared_urls = Intersect(a.anchors.urls, b.anchors.urls);
  e->same_source = !Intersect(a.anchors.source_urls, b.anchors.urls).empty() ||
                   !Intersect(b.anchors.source_urls, a.anchors.urls).empty();
  std::vector<double> scratch_a, scratch_b;
  const std::span<const double> weights_a = KeyWeights(a, weights, &scratch_a);
  const std::span<const double> weights_b = KeyWeights(b, weights, &scratch_b);
  double shared = 0.0;
  for (size_t i = 0, j = 0; i < a.anchor_keys.size() && j < b.anchor_keys.size();) {
    const int order = a.anchor_keys[i].compare(b.anchor_keys[j]);
    if (order == 0) shared += weights_a[i];
    i += order <= 0;
    j += order >= 0;
  }
  const double total_a = std::accumulate(weights_a.begin(), weights_a.end(), 0.0);
  const double total_b = std::accumulate(weights_b.begin(), weights_b.end(), 0.0);
  const size_t count = a.anchor_keys.size() + b.anchor_keys.size();
  // Two short texts sharing their only name prove little: the prior of two
  // average anchors keeps small sets from reaching full overlap.
  const double prior = count ? 2.0 * (total_a + total_b) / count : 1.0;
  e->anchor_overlap = shared / (std::min(total_a, total_b) + prior);
}

}  // namespace

void IndexAnchors(DocumentProfile* profile) {
  profile->anchor_keys = TaggedAnchors(profile->anchors);
  std::sort(profile->anchor_keys.begin(), profile->anchor_keys.end());
  profile->anchor_keys.erase(std::unique(profile->anchor_keys.begin(), profile->anchor_keys.end()),
                             profile->anchor_keys.end());
}

AnchorWeights::AnchorWeights(const std::vector<const std::vector<std::string>*>& corpus)
    : documents_(static_cast<int>(corpus.size())) {
  for (const auto* keys : corpus) {
    for (const auto& s : *keys) ++document_frequency_[s];
  }
}

double AnchorWeights::Weight(const std::string& anchor) const {
  // Two documents sharing an anchor is the signal itself, so frequencies up to
  // two weigh the same; only anchors spread wider lose weight.
  auto it = document_frequency_.find(anchor);
  const int df = std::max(2, it == document_frequency_.end() ? 1 : it->second);
  return std::log((documents_ + 1.0) / df) + 1e-3;
}

void AnchorWeights::Apply(DocumentProfile* profile) const {
  profile->anchor_key_weights.clear();
  for (const auto& key : profile->anchor_keys) profile->anchor_key_weights.push_back(Weight(key));
}

PairEvidence CompareProfiles(const DocumentProfile& a, const DocumentProfile& b,
                             const AnchorWeights& weights, const EvidenceOptions& options) {
  PairEvidence e;
  if (a.vector.size() > 0 && a.vector.size() == b.vector.size()) {
    e.cosine = a.vector.dot(b.vector);
    const double neighbours = 0.5 * (a.neighbour_similarity + b.neighbour_similarity);
    e.margin = neighbours > 1e-6 ? e.cosine / neighbours : 0.0;
  }
  if (a.sentences.cols() == b.sentences.cols()) {
    const Eigen::MatrixXf sim = a.sentences.Similarity(b.sentences);
    e.sentence_match = SentenceMatch(sim, options.sentence_match_min_cosine);
    e.ordered_similarity = OrderedSimilarity(sim, options.ordered_floor_cosine);
  }
  e.exact = a.sketch.word_count > 0 && a.sketch.content_hash == b.sketch.content_hash;
  e.jaccard = EstimatedJaccard(a.sketch, b.sketch);
  const Containments containment = MutualContainment(a.sketch, b.sketch);
  e.containment_ab = containment.a_in_b;
  e.containment_ba = containment.b_in_a;
  CompareAnchors(a, b, weights, &e);
  CompareDates(a, b, &e);
  const double lexical = std::max({e.jaccard, e.containment_ab, e.containment_ba});
  // Weights chosen on the dev half of the FLORES clustering benchmark
  // (scripts/eval/make_cluster_benchmark.py); the margin counts from 0.5,
  // below which a pair is no closer than the documents' usual neighbours.
  const double margin = std::clamp(e.margin - 0.5, 0.0, 1.0);
  const double semantic = 0.4 * e.anchor_overlap + 0.2 * e.sentence_match +
                          0.2 * std::max(0.0, e.cosine) + 0.2 * margin;
  e.score = std::max(lexical, semantic);
  if (e.same_source) e.score = std::max(e.score, 0.9);
  return e;
}

}  // namespace dupalign

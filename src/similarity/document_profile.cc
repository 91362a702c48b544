#include "similarity/document_profile.h"

#include <algorithm>
#include <cmath>
#include <set>

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

std::vector<std::string> Intersect(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  std::set<std::string> right(b.begin(), b.end());
  std::set<std::string> shared;
  for (const auto& s : a) {
    if (right.count(s)) shared.insert(s);
  }
  return {shared.begin(), shared.end()};
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

double SentenceMatch(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b, double min_cosine) {
  if (a.rows() == 0 || b.rows() == 0) return 0.0;
  const Eigen::MatrixXf sim = a * b.transpose();
  int mutual = 0;
  for (Eigen::Index i = 0; i < sim.rows(); ++i) {
    Eigen::Index j = 0;
    const float best = sim.row(i).maxCoeff(&j);
    Eigen::Index back = 0;
    sim.col(j).maxCoeff(&back);
    if (back == i && best >= min_cosine) ++mutual;
  }
  return static_cast<double>(mutual) / std::min(a.rows(), b.rows());
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

void CompareAnchors(const DocumentProfile& a, const DocumentProfile& b,
                    const AnchorWeights& weights, PairEvidence* e) {
  e->shared_names = Intersect(a.anchors.names, b.anchors.names);
  e->shared_numbers = Intersect(a.anchors.numbers, b.anchors.numbers);
  e->shared_codes = Intersect(a.anchors.codes, b.anchors.codes);
  e->shared_urls = Intersect(a.anchors.urls, b.anchors.urls);
  const auto ta = TaggedAnchors(a.anchors);
  const auto tb = TaggedAnchors(b.anchors);
  auto total = [&](const std::vector<std::string>& v) {
    double sum = 0;
    for (const auto& s : v) sum += weights.Weight(s);
    return sum;
  };
  const double shared = total(Intersect(ta, tb));
  const double smaller = std::min(total(ta), total(tb));
  e->anchor_overlap = smaller > 0 ? shared / smaller : 0.0;
}

}  // namespace

AnchorWeights::AnchorWeights(const std::vector<const Anchors*>& corpus)
    : documents_(static_cast<int>(corpus.size())) {
  for (const Anchors* anchors : corpus) {
    auto tagged = TaggedAnchors(*anchors);
    std::set<std::string> unique(tagged.begin(), tagged.end());
    for (const auto& s : unique) ++document_frequency_[s];
  }
}

double AnchorWeights::Weight(const std::string& anchor) const {
  // Two documents sharing an anchor is the signal itself, so frequencies up to
  // two weigh the same; only anchors spread wider lose weight.
  auto it = document_frequency_.find(anchor);
  const int df = std::max(2, it == document_frequency_.end() ? 1 : it->second);
  return std::log((documents_ + 1.0) / df) + 1e-3;
}

PairEvidence CompareProfiles(const DocumentProfile& a, const DocumentProfile& b,
                             const AnchorWeights& weights, const EvidenceOptions& options) {
  PairEvidence e;
  if (a.vector.size() > 0 && a.vector.size() == b.vector.size()) {
    e.cosine = a.vector.dot(b.vector);
  }
  if (a.sentences.cols() == b.sentences.cols()) {
    e.sentence_match = SentenceMatch(a.sentences, b.sentences, options.sentence_match_min_cosine);
  }
  e.exact = a.sketch.word_count > 0 && a.sketch.content_hash == b.sketch.content_hash;
  e.jaccard = EstimatedJaccard(a.sketch, b.sketch);
  e.containment_ab = Containment(a.sketch, b.sketch);
  e.containment_ba = Containment(b.sketch, a.sketch);
  CompareAnchors(a, b, weights, &e);
  CompareDates(a, b, &e);
  const double lexical = std::max({e.jaccard, e.containment_ab, e.containment_ba});
  const double semantic =
      0.4 * e.anchor_overlap + 0.35 * e.sentence_match + 0.25 * std::max(0.0, e.cosine);
  e.score = std::max(lexical, semantic);
  if (!e.shared_urls.empty()) e.score = std::max(e.score, 0.9);
  return e;
}

}  // namespace dupalign

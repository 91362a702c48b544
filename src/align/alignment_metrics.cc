#include "align/alignment_metrics.h"

#include <map>
#include <set>
#include <utility>

namespace dupalign {
namespace {

using BeadKey = std::pair<std::vector<size_t>, std::vector<size_t>>;

std::set<BeadKey> UniqueBeads(const std::vector<AlignmentBead>& beads) {
  std::set<BeadKey> keys;
  for (const AlignmentBead& bead : beads) {
    if (!bead.source.empty() || !bead.target.empty()) keys.emplace(bead.source, bead.target);
  }
  return keys;
}

std::vector<AlignmentBead> WithoutGaps(const std::vector<AlignmentBead>& beads) {
  std::vector<AlignmentBead> kept;
  for (const AlignmentBead& bead : beads) {
    if (!bead.source.empty() && !bead.target.empty()) kept.push_back(bead);
  }
  return kept;
}

double Ratio(size_t hits, size_t misses) {
  return hits + misses == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(hits + misses);
}

double F1(double precision, double recall) {
  return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

}  // namespace

AlignmentMetrics::Counts AlignmentMetrics::Compare(
    const std::vector<AlignmentBead>& reference, const std::vector<AlignmentBead>& candidates) {
  std::set<BeadKey> reference_keys = UniqueBeads(reference);
  // For each source sentence, the target sentences the reference pairs it with.
  std::map<size_t, std::set<size_t>> partners;
  for (const auto& [source, target] : reference_keys) {
    for (size_t s : source) partners[s].insert(target.begin(), target.end());
  }
  Counts counts;
  for (const BeadKey& candidate : UniqueBeads(candidates)) {
    if (reference_keys.count(candidate) > 0) {
      ++counts.strict_hits;
      ++counts.lax_hits;
      continue;
    }
    ++counts.strict_misses;
    bool overlaps = false;
    for (size_t s : candidate.first) {
      auto it = partners.find(s);
      if (it == partners.end()) continue;
      for (size_t t : candidate.second) overlaps = overlaps || it->second.count(t) > 0;
    }
    ++(overlaps ? counts.lax_hits : counts.lax_misses);
  }
  return counts;
}

void AlignmentMetrics::Add(const std::vector<AlignmentBead>& gold,
                           const std::vector<AlignmentBead>& predicted) {
  auto add = [](Counts* total, const Counts& more) {
    total->strict_hits += more.strict_hits;
    total->strict_misses += more.strict_misses;
    total->lax_hits += more.lax_hits;
    total->lax_misses += more.lax_misses;
  };
  add(&precision_, Compare(gold, predicted));
  // Recall is precision with the roles swapped and insertions/deletions removed.
  add(&recall_, Compare(WithoutGaps(predicted), WithoutGaps(gold)));
}

AlignmentScores AlignmentMetrics::Scores() const {
  AlignmentScores scores;
  scores.precision_strict = Ratio(precision_.strict_hits, precision_.strict_misses);
  scores.precision_lax = Ratio(precision_.lax_hits, precision_.lax_misses);
  scores.recall_strict = Ratio(recall_.strict_hits, recall_.strict_misses);
  scores.recall_lax = Ratio(recall_.lax_hits, recall_.lax_misses);
  scores.f1_strict = F1(scores.precision_strict, scores.recall_strict);
  scores.f1_lax = F1(scores.precision_lax, scores.recall_lax);
  return scores;
}

}  // namespace dupalign

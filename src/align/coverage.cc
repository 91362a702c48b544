#include "align/coverage.h"

#include <string>
#include <utility>

namespace dupalign {
namespace {

// Marks the sentences of one side that belong to a bead counted as covered.
Status MarkCovered(const std::vector<size_t>& indices, size_t count, const char* side,
                   std::vector<bool>* covered) {
  for (size_t index : indices) {
    if (index >= count) {
      return Status::InvalidArgument("coverage: " + std::string(side) + " sentence index " +
                                     std::to_string(index) + " out of range for " +
                                     std::to_string(count) + " sentences");
    }
    (*covered)[index] = true;
  }
  return Status::OK();
}

std::vector<SentenceRun> UncoveredRuns(const std::vector<bool>& covered) {
  std::vector<SentenceRun> runs;
  for (size_t i = 0; i < covered.size(); ++i) {
    if (covered[i]) continue;
    if (!runs.empty() && runs.back().end == i) {
      runs.back().end = i + 1;
    } else {
      runs.push_back(SentenceRun{i, i + 1});
    }
  }
  return runs;
}

// Share of the weight (characters, or one per sentence) that is covered.
double WeightedShare(const std::vector<bool>& covered, const std::vector<size_t>& lengths) {
  double total = 0.0;
  double hit = 0.0;
  for (size_t i = 0; i < covered.size(); ++i) {
    double weight = lengths.empty() ? 1.0 : static_cast<double>(lengths[i]);
    total += weight;
    if (covered[i]) hit += weight;
  }
  return total > 0.0 ? hit / total : 1.0;
}

size_t CountTrue(const std::vector<bool>& flags) {
  size_t count = 0;
  for (bool flag : flags) count += flag;
  return count;
}

}  // namespace

Status AlignmentCoverage::Compute(const std::vector<AlignmentBead>& beads,
                                  size_t source_sentences, size_t target_sentences,
                                  const std::vector<size_t>& source_lengths,
                                  const std::vector<size_t>& target_lengths,
                                  const CoverageOptions& options, AlignmentCoverage* coverage) {
  if ((!source_lengths.empty() && source_lengths.size() != source_sentences) ||
      (!target_lengths.empty() && target_lengths.size() != target_sentences)) {
    return Status::InvalidArgument("coverage: sentence lengths do not match sentence counts");
  }
  std::vector<bool> source_covered(source_sentences, false);
  std::vector<bool> target_covered(target_sentences, false);
  for (const AlignmentBead& bead : beads) {
    if (bead.source.empty() || bead.target.empty()) continue;
    bool one_to_one = bead.source.size() == 1 && bead.target.size() == 1;
    if (one_to_one && bead.similarity < options.min_similarity) continue;
    Status status = MarkCovered(bead.source, source_sentences, "source", &source_covered);
    if (status.ok()) {
      status = MarkCovered(bead.target, target_sentences, "target", &target_covered);
    }
    if (!status.ok()) return status;
  }
  AlignmentCoverage result;
  result.source_sentences = source_sentences;
  result.target_sentences = target_sentences;
  result.covered_source = CountTrue(source_covered);
  result.covered_target = CountTrue(target_covered);
  result.source_share = WeightedShare(source_covered, {});
  result.target_share = WeightedShare(target_covered, {});
  result.source_char_share = WeightedShare(source_covered, source_lengths);
  result.target_char_share = WeightedShare(target_covered, target_lengths);
  result.untranslated = UncoveredRuns(source_covered);
  result.added = UncoveredRuns(target_covered);
  *coverage = std::move(result);
  return Status::OK();
}

}  // namespace dupalign

// AlignmentCoverage: how much of one version of a document has a
// counterpart in another, computed from a sentence alignment. Reports the
// covered share of each side (by sentences and by characters) and the
// untranslated (source-only) and added (target-only) sentences grouped into
// consecutive runs. Called by the report stage after SentenceAligner.
#ifndef DUPALIGN_ALIGN_COVERAGE_H_
#define DUPALIGN_ALIGN_COVERAGE_H_

#include <cstddef>
#include <vector>

#include "align/sentence_aligner.h"
#include "dupalign/status.h"

namespace dupalign {

// Half-open range [begin, end) of sentence indices.
struct SentenceRun {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const SentenceRun&) const = default;
};

struct CoverageOptions {
  // A 1-1 bead whose cosine similarity is below this counts as not covered:
  // the DP pairs two unrelated sentences when that is cheaper than two gaps,
  // which says nothing about translation. Merged beads are kept, since the
  // DP only chooses them when they beat a 1-1 bead plus a gap.
  double min_similarity = 0.0;
};

struct AlignmentCoverage {
  size_t source_sentences = 0;
  size_t target_sentences = 0;
  size_t covered_source = 0;
  size_t covered_target = 0;
  double source_share = 0.0;       // covered_source / source_sentences (1 if none)
  double target_share = 0.0;
  double source_char_share = 0.0;  // weighted by characters (by sentences without lengths)
  double target_char_share = 0.0;
  std::vector<SentenceRun> untranslated;  // source sentences without counterpart
  std::vector<SentenceRun> added;         // target sentences without counterpart

  // Computes coverage of `beads` over documents with the given sentence
  // counts. Lengths are characters per sentence; leave a vector empty when
  // unknown (its character share then equals its sentence share). Fails when
  // a bead index is out of range or lengths do not match the counts.
  static Status Compute(const std::vector<AlignmentBead>& beads, size_t source_sentences,
                        size_t target_sentences, const std::vector<size_t>& source_lengths,
                        const std::vector<size_t>& target_lengths,
                        const CoverageOptions& options, AlignmentCoverage* coverage);
};

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_COVERAGE_H_

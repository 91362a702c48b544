// AlignmentMetrics: strict and lax precision, recall and F1 of predicted
// sentence beads against gold beads, defined as in Vecalign's score.py
// (after Sennrich & Volk 2011). Strict counts exact bead matches; lax also
// accepts a bead that shares a source sentence and a target sentence with
// some gold bead. Precision is over all predicted beads including gaps;
// recall is over gold beads without gaps, matched against predicted beads
// without gaps. Counts accumulate over documents, like score_multiple.
// Used by evaluation tools and tests.
#ifndef DUPALIGN_ALIGN_ALIGNMENT_METRICS_H_
#define DUPALIGN_ALIGN_ALIGNMENT_METRICS_H_

#include <cstddef>
#include <vector>

#include "align/sentence_aligner.h"

namespace dupalign {

struct AlignmentScores {
  double precision_strict = 0.0;
  double recall_strict = 0.0;
  double f1_strict = 0.0;
  double precision_lax = 0.0;
  double recall_lax = 0.0;
  double f1_lax = 0.0;
};

class AlignmentMetrics {
 public:
  // Adds one document pair. Only the index lists of the beads are used;
  // duplicate beads and beads empty on both sides are ignored.
  void Add(const std::vector<AlignmentBead>& gold, const std::vector<AlignmentBead>& predicted);

  // Scores over everything added so far; a ratio with a zero denominator is 0.
  AlignmentScores Scores() const;

 private:
  struct Counts {
    size_t strict_hits = 0;
    size_t strict_misses = 0;
    size_t lax_hits = 0;
    size_t lax_misses = 0;
  };
  static Counts Compare(const std::vector<AlignmentBead>& reference,
                        const std::vector<AlignmentBead>& candidates);

  Counts precision_;
  Counts recall_;
};

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_ALIGNMENT_METRICS_H_

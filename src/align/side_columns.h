// DropSharedZeroColumns: removes the embedding columns that are zero in every
// sentence and merged row of a set of alignment sides. Sentence vectors that
// carry hashed anchor counts (SentenceVectors::Dense) are mostly such columns:
// a few hundred buckets of which two documents use a few dozen. Dot products
// and norms are unchanged, so alignments are too, while the aligner's work
// shrinks with the width. Called by the pipeline for each cluster and by the
// align command before aligning.
#ifndef DUPALIGN_ALIGN_SIDE_COLUMNS_H_
#define DUPALIGN_ALIGN_SIDE_COLUMNS_H_

#include <vector>

#include "align/sentence_aligner.h"

namespace dupalign {

void DropSharedZeroColumns(const std::vector<AlignmentSide*>& sides);

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_SIDE_COLUMNS_H_

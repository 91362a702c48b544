// SentenceAligner: monotone sentence alignment of two versions of a document
// by dynamic programming over sentence embeddings, in the manner of Vecalign
// (Thompson & Koehn 2019). Beads are 1-1, 1-0, 0-1 and, up to max_merge
// sentences per side, 1-2, 2-1 and 2-2. The caller supplies the embeddings
// (the aligner does not depend on the embed stage), so it can be driven by
// any encoder or by constructed vectors in tests. Optional evidence: word
// vectors per sentence (word-level matching, WordMatcher), paragraph ids and
// sentence lengths (a Gale & Church style length prior). Long documents are
// aligned coarse-to-fine inside a band, with memory linear in their length.
// Thread-compatible: Align() is const and keeps no state between calls.
#ifndef DUPALIGN_ALIGN_SENTENCE_ALIGNER_H_
#define DUPALIGN_ALIGN_SENTENCE_ALIGNER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include <Eigen/Dense>

#include "align/word_matcher.h"
#include "dupalign/status.h"

namespace dupalign {

// One side of an alignment problem.
struct AlignmentSide {
  // n x d, one unit-length row per sentence; a zero row means "unknown".
  Eigen::MatrixXf sentences;
  // (n-1) x d, row i embeds sentences i and i+1 joined. May be empty: merges
  // are then scored from the normalised mean of the two sentence rows.
  Eigen::MatrixXf merged;
  // Paragraph id per sentence (a new paragraph starts where the id changes);
  // empty = no paragraph information.
  std::vector<size_t> paragraph;
  // Characters per sentence, for a length-ratio prior; empty = none.
  std::vector<size_t> lengths;
  // Word vectors per sentence, for word-level matching (used when both sides
  // have them and word_weight > 0); offset empty = none.
  SentenceWords words;
};

// One bead of the alignment. A side is empty for a gap (1-0 or 0-1).
struct AlignmentBead {
  std::vector<size_t> source;
  std::vector<size_t> target;
  // Normalised cost per sentence pair as Vecalign reports it (0 for gaps):
  // about 0 for a perfect match, about 1 for unrelated sentences.
  double cost = 0.0;
  // Cosine similarity of the two sides' embeddings (0 for gaps).
  double similarity = 0.0;
};

struct AlignerOptions {
  int max_merge = 2;             // 1: only 1-1 and gaps; 2: also 1-2, 2-1, 2-2
  // Cost of leaving one sentence unaligned; 0.7 was best on the dev half of
  // the FLORES alignment benchmark (docs/alignment-benchmark.md).
  double gap_penalty = 0.7;
  size_t exact_cells = 4'000'000;  // full DP when (n+1)*(m+1) is at most this
  size_t band = 16;              // half-width (in sentences) of the search band
  size_t norm_samples = 64;      // random other-side sentences per normaliser
  double paragraph_penalty = 0.2;  // added to a bead crossing aligned paragraphs
  // Weight of the length prior, a function of the deviation of the bead's
  // log length ratio from the document's. With length_sigma > 0 the prior is
  // Gaussian, 0.5 (deviation / length_sigma)^2, as in Gale & Church; with 0
  // it is linear in the deviation (0.5 was that form's best weight). 0.15 is
  // the spread of FLORES dev translations' deviations and 0.07 the weight
  // that was best with it on the dev half (docs/alignment-benchmark.md).
  double length_weight = 0.07;
  double length_sigma = 0.15;
  uint64_t seed = 1;             // for the normaliser samples
  // Share of the word-matching cost (WordMatcher) in a bead's cost; the rest
  // is the sentence-vector cost. Each part is normalised on its own and the
  // word cost is then rescaled per document so that the document's likely
  // translations are as far below unrelated pairs in both, so equal shares
  // are the neutral choice (0.4-0.6 all did about as well on the FLORES dev
  // half, docs/alignment-benchmark.md). Only acts when both sides carry words.
  double word_weight = 0.5;
  size_t word_neighbours = 10;   // nearest words that define a word's hubness
  // Word matching keeps a score per word pair; longer documents (more word
  // pairs than this, 16 MB of scores) are aligned with sentence vectors only.
  size_t word_pairs = 4'000'000;
};

class SentenceAligner {
 public:
  explicit SentenceAligner(AlignerOptions options = AlignerOptions());

  // Aligns source to target; beads cover every sentence of both sides once,
  // in order. Fails when the sides disagree on the embedding dimension or a
  // side's merged/paragraph/lengths fields do not match its sentence count.
  Status Align(const AlignmentSide& source, const AlignmentSide& target,
               std::vector<AlignmentBead>* beads) const;

  const AlignerOptions& options() const { return options_; }

 private:
  AlignerOptions options_;
};

// Convenience for one-off calls: SentenceAligner(options).Align(...).
Status AlignSentences(const AlignmentSide& source, const AlignmentSide& target,
                      const AlignerOptions& options, std::vector<AlignmentBead>* beads);

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_SENTENCE_ALIGNER_H_

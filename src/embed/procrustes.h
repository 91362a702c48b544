// Cross-lingual alignment of word vectors with a linear map (Mikolov et al.
// 2013; Xing et al. 2015; Conneau et al. 2018, MUSE): orthogonal Procrustes
// on a seed dictionary, then refinement that adds the mutual CSLS nearest
// neighbours of the frequent vocabularies and re-solves. The map W satisfies
// target ≈ W * source for column vectors, which is the "LANG:map=W.txt" format
// of EmbeddingSpace. Rows of every matrix here are word vectors. Used by
// `dupalign model align`; pure functions, thread-safe.
#ifndef DUPALIGN_EMBED_PROCRUSTES_H_
#define DUPALIGN_EMBED_PROCRUSTES_H_

#include <vector>

#include <Eigen/Dense>

#include "dupalign/status.h"

namespace dupalign {

// Orthogonal Procrustes: W = U V^T from the SVD of target^T * source, after
// each side's rows are L2-normalised, mean-centred and normalised again (as
// MUSE prepares embeddings). Row i of source and of target are a translation
// pair. Needs at least two pairs and equal row counts.
Status LearnOrthogonalMap(const Eigen::MatrixXf& source, const Eigen::MatrixXf& target,
                          Eigen::MatrixXf* map);

// Rows normalised, centred on their mean and normalised again; zero rows
// stay zero. The preparation under which maps are learned and evaluated.
Eigen::MatrixXf NormalizeAndCenter(const Eigen::MatrixXf& rows);

struct RefineOptions {
  int iterations = 5;
  int csls_k = 10;
  // Rows of each score block, so 20k x 20k vocabularies need
  // block_rows x 20k floats at a time rather than 20k x 20k.
  int block_rows = 1024;
};

struct RefineReport {
  std::vector<int> mutual_pairs;  // per iteration, before the seed is added
};

// Nearest neighbours both ways under CSLS(k) between mapped source rows and
// target rows, both unit rows (prepared with NormalizeAndCenter, then mapped).
// Scores are computed block_rows rows at a time, never as a full matrix.
struct CslsNeighbours {
  std::vector<int> source_to_target;
  std::vector<int> target_to_source;
};
CslsNeighbours MutualCslsSearch(const Eigen::MatrixXf& mapped_source,
                                const Eigen::MatrixXf& target, int k, int block_rows);

// Iterative refinement starting from *map: `source_vocab`/`target_vocab` are
// the frequent words of each model (most frequent first, any counts), the
// seed rows the training dictionary. Each iteration keeps the mutual CSLS
// nearest neighbours, appends the seed pairs and re-solves Procrustes.
Status RefineMap(const Eigen::MatrixXf& source_vocab, const Eigen::MatrixXf& target_vocab,
                 const Eigen::MatrixXf& seed_source, const Eigen::MatrixXf& seed_target,
                 const RefineOptions& options, Eigen::MatrixXf* map, RefineReport* report);

// Word-translation precision at 1 (MUSE's evaluation): query i is correct
// when the best target row is one of gold[i].
struct TranslationPrecision {
  double cosine = 0;
  double csls = 0;
};
// `queries` are raw source vectors; `target_vocab` the raw candidate target
// vectors; `source_vocab` the raw source words whose mapped vectors give the
// target side's CSLS density.
TranslationPrecision EvaluateTranslation(const Eigen::MatrixXf& map,
                                         const Eigen::MatrixXf& queries,
                                         const std::vector<std::vector<int>>& gold,
                                         const Eigen::MatrixXf& source_vocab,
                                         const Eigen::MatrixXf& target_vocab, int csls_k,
                                         int block_rows = 1024);

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_PROCRUSTES_H_

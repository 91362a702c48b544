// Document similarity matrices (Eigen) and the candidate pairs the pipeline
// compares in detail. Small corpora compare every pair; large ones only each
// document's nearest neighbours, so the evidence grows linearly.
#ifndef DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_
#define DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_

#include <Eigen/Core>
#include <utility>
#include <vector>

#include "similarity/document_profile.h"

namespace dupalign {

// Rows of `vectors` are unit length; the result is their cosine matrix.
Eigen::MatrixXf CosineMatrix(const Eigen::MatrixXf& vectors);

// Stacks the profiles' document vectors and returns their cosine matrix.
Eigen::MatrixXf DocumentSimilarityMatrix(const std::vector<DocumentProfile>& profiles);

// Per row, the mean of its `k` highest similarities to other rows: how
// similar a document is to its neighbourhood anyway (the margin's yardstick).
Eigen::VectorXf MeanNeighbourSimilarity(const Eigen::MatrixXf& similarity, size_t k = 4);

struct CandidateOptions {
  size_t all_pairs_up_to = 300;  // documents; above this, nearest neighbours only
  size_t neighbours = 20;
};

// Pairs (i, j), i < j, sorted, to score in detail.
std::vector<std::pair<size_t, size_t>> CandidatePairs(const Eigen::MatrixXf& similarity,
                                                      const CandidateOptions& options = {});

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_

// Retrieval between two sets of sentence vectors: cosine and CSLS scores
// (Conneau et al. 2018: 2 cos(a, b) - r_B(a) - r_A(b), where r is the mean
// cosine to the k nearest neighbours on the other side; it penalises "hub"
// vectors that are close to everything) and precision at 1 for line-parallel
// sets. Scores are dense matrices: fine for a few tens of thousands of rows.
// Used by `dupalign model eval` and by later stages that match sentences.
#ifndef DUPALIGN_EMBED_RETRIEVAL_H_
#define DUPALIGN_EMBED_RETRIEVAL_H_

#include <Eigen/Dense>

namespace dupalign {

// scores(i, j) = cos(a.row(i), b.row(j)); 0 where either row is zero.
Eigen::MatrixXf CosineScores(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b);

// Mean of the k largest values of each row (all of them when a row is shorter).
Eigen::VectorXf MeanTopK(const Eigen::MatrixXf& scores, int k);

// CSLS from a cosine matrix (rows: queries a, columns: candidates b).
Eigen::MatrixXf CslsFromCosine(const Eigen::MatrixXf& cosine, int k = 10);

// Share of rows i whose best-scoring column is i (the first on ties).
double PrecisionAtOne(const Eigen::MatrixXf& scores);

struct ParallelRetrieval {
  double cosine_a_to_b = 0;
  double cosine_b_to_a = 0;
  double csls_a_to_b = 0;
  double csls_b_to_a = 0;
};

// P@1 both ways for two matrices whose row i are translations of each other.
ParallelRetrieval EvaluateParallel(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b, int k = 10);
// The same from any similarity matrix whose diagonal holds the translations
// (the "cosine" fields then hold the raw scores' P@1; CSLS is applied to
// them as to cosines).
ParallelRetrieval EvaluateScores(const Eigen::MatrixXf& scores, int k = 10);

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_RETRIEVAL_H_

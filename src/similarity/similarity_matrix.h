// Dense document similarity (Eigen) for corpora small enough to hold an
// n x n matrix (the report's heatmap), and each document's neighbourhood
// similarity from its nearest neighbours (any corpus size). Called by the
// pipeline and the benchmarks.
#ifndef DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_
#define DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_

#include <Eigen/Core>
#include <vector>

#include "similarity/document_profile.h"
#include "similarity/neighbour_search.h"

namespace dupalign {

// Rows of `vectors` are unit length; the result is their cosine matrix.
Eigen::MatrixXf CosineMatrix(const Eigen::MatrixXf& vectors);

// The profiles' document vectors, one row each (zero rows where a profile
// has none).
RowVectors DocumentVectors(const std::vector<DocumentProfile>& profiles);

// Per document, the mean of its `k` highest similarities to other documents:
// how similar a document is to its neighbourhood anyway (the margin's
// yardstick).
Eigen::VectorXf MeanNeighbourSimilarity(const NeighbourLists& neighbours, size_t k = 4);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_SIMILARITY_MATRIX_H_

#include "similarity/similarity_matrix.h"

#include <algorithm>

namespace dupalign {

Eigen::MatrixXf CosineMatrix(const Eigen::MatrixXf& vectors) {
  Eigen::MatrixXf sim(vectors.rows(), vectors.rows());
  sim.noalias() = vectors * vectors.transpose();
  return sim;
}

RowVectors DocumentVectors(const std::vector<DocumentProfile>& profiles) {
  const Eigen::Index dim = profiles.empty() ? 0 : profiles.front().vector.size();
  RowVectors vectors = RowVectors::Zero(static_cast<Eigen::Index>(profiles.size()), dim);
  for (size_t i = 0; i < profiles.size(); ++i) {
    if (profiles[i].vector.size() == dim) {
      vectors.row(static_cast<Eigen::Index>(i)) = profiles[i].vector.transpose();
    }
  }
  return vectors;
}

Eigen::VectorXf MeanNeighbourSimilarity(const NeighbourLists& neighbours, size_t k) {
  Eigen::VectorXf mean = Eigen::VectorXf::Zero(static_cast<Eigen::Index>(neighbours.rows()));
  for (size_t i = 0; i < neighbours.rows(); ++i) {
    const size_t take = std::min(k, neighbours.size(i));
    if (take == 0) continue;
    float total = 0.0f;
    for (size_t r = 0; r < take; ++r) total += neighbours.score(i, r);
    mean(static_cast<Eigen::Index>(i)) = total / static_cast<float>(take);
  }
  return mean;
}

}  // namespace dupalign

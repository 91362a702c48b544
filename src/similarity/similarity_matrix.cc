#include "similarity/similarity_matrix.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>

namespace dupalign {

Eigen::MatrixXf CosineMatrix(const Eigen::MatrixXf& vectors) {
  Eigen::MatrixXf sim(vectors.rows(), vectors.rows());
  sim.noalias() = vectors * vectors.transpose();
  return sim;
}

Eigen::MatrixXf DocumentSimilarityMatrix(const std::vector<DocumentProfile>& profiles) {
  const Eigen::Index dim = profiles.empty() ? 0 : profiles.front().vector.size();
  Eigen::MatrixXf vectors = Eigen::MatrixXf::Zero(profiles.size(), dim);
  for (size_t i = 0; i < profiles.size(); ++i) {
    if (profiles[i].vector.size() == dim) vectors.row(i) = profiles[i].vector.transpose();
  }
  return CosineMatrix(vectors);
}

Eigen::VectorXf MeanNeighbourSimilarity(const Eigen::MatrixXf& similarity, size_t k) {
  const Eigen::Index n = similarity.rows();
  Eigen::VectorXf mean = Eigen::VectorXf::Zero(n);
  const size_t take = std::min<size_t>(k, n > 0 ? n - 1 : 0);
  if (take == 0) return mean;
  std::vector<float> row;
  for (Eigen::Index i = 0; i < n; ++i) {
    row.clear();
    for (Eigen::Index j = 0; j < n; ++j) {
      if (j != i) row.push_back(similarity(i, j));
    }
    std::partial_sort(row.begin(), row.begin() + take, row.end(), std::greater<float>());
    mean(i) = std::accumulate(row.begin(), row.begin() + take, 0.0f) / take;
  }
  return mean;
}

std::vector<std::pair<size_t, size_t>> CandidatePairs(const Eigen::MatrixXf& similarity,
                                                      const CandidateOptions& options) {
  const size_t n = static_cast<size_t>(similarity.rows());
  std::set<std::pair<size_t, size_t>> pairs;
  if (n <= options.all_pairs_up_to) {
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) pairs.insert({i, j});
    }
    return {pairs.begin(), pairs.end()};
  }
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) {
    std::iota(order.begin(), order.end(), 0);
    const size_t k = std::min(options.neighbours + 1, n);
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](size_t a, size_t b) {
      if (similarity(i, a) != similarity(i, b)) return similarity(i, a) > similarity(i, b);
      return a < b;
    });
    for (size_t r = 0; r < k; ++r) {
      if (order[r] != i) pairs.insert({std::min(i, order[r]), std::max(i, order[r])});
    }
  }
  return {pairs.begin(), pairs.end()};
}

}  // namespace dupalign

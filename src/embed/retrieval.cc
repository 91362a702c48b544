#include "embed/retrieval.h"

#include "util/row_top_means.h"
#include "util/unit_rows.h"

#include <vector>

namespace dupalign {
Eigen::MatrixXf CosineScores(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b) {
  return UnitRows(a) * UnitRows(b).transpose();
}

Eigen::VectorXf MeanTopK(const Eigen::MatrixXf& scores, int k) {
  if (k <= 0) return Eigen::VectorXf::Zero(scores.rows());
  const std::vector<float> means = RowTopMeans(scores, static_cast<size_t>(k));
  return Eigen::Map<const Eigen::VectorXf>(means.data(), static_cast<Eigen::Index>(means.size()));
}

Eigen::MatrixXf CslsFromCosine(const Eigen::MatrixXf& cosine, int k) {
  const Eigen::VectorXf query_density = MeanTopK(cosine, k);
  const Eigen::VectorXf candidate_density = MeanTopK(cosine.transpose(), k);
  Eigen::MatrixXf csls = 2 * cosine;
  csls.colwise() -= query_density;
  csls.rowwise() -= candidate_density.transpose();
  return csls;
}

double PrecisionAtOne(const Eigen::MatrixXf& scores) {
  if (scores.rows() == 0) return 0;
  int64_t correct = 0;
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    Eigen::Index best = 0;
    scores.row(i).maxCoeff(&best);
    if (best == i) ++correct;
  }
  return static_cast<double>(correct) / scores.rows();
}

ParallelRetrieval EvaluateScores(const Eigen::MatrixXf& scores, int k) {
  const Eigen::MatrixXf csls = CslsFromCosine(scores, k);
  ParallelRetrieval result;
  result.cosine_a_to_b = PrecisionAtOne(scores);
  result.cosine_b_to_a = PrecisionAtOne(scores.transpose());
  result.csls_a_to_b = PrecisionAtOne(csls);
  result.csls_b_to_a = PrecisionAtOne(csls.transpose());
  return result;
}

ParallelRetrieval EvaluateParallel(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b, int k) {
  return EvaluateScores(CosineScores(a, b), k);
}

}  // namespace dupalign

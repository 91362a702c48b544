#include "similarity/sentence_vectors.h"

#include <cmath>

#include "util/row_products.h"
#include "util/unit_rows.h"

namespace dupalign {

SentenceVectors::SentenceVectors(const Eigen::MatrixXf& semantic, const Eigen::MatrixXf& anchors,
                                 double anchor_weight)
    : SentenceVectors(semantic, Eigen::SparseMatrix<float, Eigen::RowMajor>(anchors.sparseView()),
                      anchor_weight) {}

// Squares are summed in column order, as a dense row's squaredNorm sums
// them, so the dense and sparse forms give the same floats.
SentenceVectors::SentenceVectors(const Eigen::MatrixXf& semantic,
                                 const Eigen::SparseMatrix<float, Eigen::RowMajor>& anchors,
                                 double anchor_weight) {
  const bool mixed = anchors.cols() > 0 && anchor_weight > 0.0;
  semantic_ = semantic * static_cast<float>(std::sqrt(1.0 - (mixed ? anchor_weight : 0.0)));
  if (mixed) {
    anchors_ = anchors * static_cast<float>(std::sqrt(anchor_weight));
    anchors_.prune(0.0f);
  }
  for (Eigen::Index i = 0; i < semantic_.rows(); ++i) {
    float squared = semantic_.row(i).squaredNorm();
    if (mixed) {
      float anchor_squared = 0.0f;
      for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(anchors_, i); it; ++it) {
        anchor_squared += it.value() * it.value();
      }
      squared += anchor_squared;
    }
    if (squared == 0.0f) continue;  // an unknown sentence stays a zero row
    const float norm = std::sqrt(squared);
    semantic_.row(i) /= norm;
    if (!mixed) continue;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(anchors_, i); it; ++it) {
      it.valueRef() /= norm;
    }
  }
}

Eigen::MatrixXf SentenceVectors::Dense() const {
  Eigen::MatrixXf dense(rows(), cols());
  dense.leftCols(semantic_.cols()) = semantic_;
  dense.rightCols(anchors_.cols()) = Eigen::MatrixXf(anchors_);
  return dense;
}

Eigen::MatrixXf SentenceVectors::AnchorRows() const {
  Eigen::MatrixXf rows(anchors_);
  NormalizeRows(&rows);
  return rows;
}

Eigen::MatrixXf SentenceVectors::Similarity(const SentenceVectors& other) const {
  Eigen::MatrixXf similarity = RowProducts(semantic_, other.semantic_);
  if (anchors_.cols() > 0 && anchors_.cols() == other.anchors_.cols()) {
    similarity += Eigen::MatrixXf(anchors_ * other.anchors_.transpose());
  }
  return similarity;
}

}  // namespace dupalign

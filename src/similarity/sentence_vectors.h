// SentenceVectors: a document's sentence vectors, each the unit-length
// concatenation of a dense semantic part (the embedding) and a sparse part of
// hashed anchor counts (names, numbers; SentenceAnchorFeatures). The sparse
// part is stored as such, so a profile keeps about 100 floats per sentence
// rather than 600 dense ones and comparing two documents multiplies the
// dense parts only. Built by the pipeline for each DocumentProfile; read by
// CompareProfiles and, through Dense(), by the aligner. Immutable and
// thread-safe after construction.
#ifndef DUPALIGN_SIMILARITY_SENTENCE_VECTORS_H_
#define DUPALIGN_SIMILARITY_SENTENCE_VECTORS_H_

#include <Eigen/Dense>
#include <Eigen/SparseCore>

namespace dupalign {

class SentenceVectors {
 public:
  SentenceVectors() = default;
  // `semantic`: n x d; `anchors`: n x k hashed counts, or no columns for
  // none. Each row mixes the two as MixAnchorFeatures does: the semantic part
  // weighs 1 - anchor_weight, the anchors anchor_weight, then unit length.
  SentenceVectors(const Eigen::MatrixXf& semantic, const Eigen::MatrixXf& anchors,
                  double anchor_weight);
  // The same with the anchor rows given sparse (n x k).
  SentenceVectors(const Eigen::MatrixXf& semantic,
                  const Eigen::SparseMatrix<float, Eigen::RowMajor>& anchors, double anchor_weight);

  Eigen::Index rows() const { return semantic_.rows(); }
  // Columns of the dense form: comparable vectors have as many.
  Eigen::Index cols() const { return semantic_.cols() + anchors_.cols(); }

  // The n x (d + k) rows themselves.
  Eigen::MatrixXf Dense() const;
  // The anchor part of each row back at unit length (the rows of
  // SentenceAnchorFeatures): n x k, zero rows for sentences without anchors.
  Eigen::MatrixXf AnchorRows() const;
  // Cosines of every sentence with every sentence of `other` (same cols()).
  Eigen::MatrixXf Similarity(const SentenceVectors& other) const;

 private:
  Eigen::MatrixXf semantic_;  // already scaled: each full row has unit length
  Eigen::SparseMatrix<float, Eigen::RowMajor> anchors_;
};

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_SENTENCE_VECTORS_H_

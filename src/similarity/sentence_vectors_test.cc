#include "similarity/sentence_vectors.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

Eigen::MatrixXf RandomRows(int rows, int cols, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  Eigen::MatrixXf m(rows, cols);
  for (int i = 0; i < rows; ++i) {
    for (int j = 0; j < cols; ++j) m(i, j) = normal(*rng);
  }
  return m;
}

// Hashed anchor counts: a few non-zero buckets per row, some rows empty.
Eigen::MatrixXf SparseCounts(int rows, int cols, std::mt19937* rng) {
  std::uniform_int_distribution<int> bucket(0, cols - 1);
  Eigen::MatrixXf m = Eigen::MatrixXf::Zero(rows, cols);
  for (int i = 0; i < rows; ++i) {
    for (int k = 0; k < i % 4; ++k) m(i, bucket(*rng)) += 1.0f;
  }
  return m;
}

TEST(SentenceVectorsTest, MixingWeighsBothSignals) {
  Eigen::MatrixXf semantic(2, 2), anchors(2, 2);
  semantic << 1, 0, 0, 1;  // orthogonal meaning
  anchors << 1, 0, 1, 0;   // identical anchors
  const SentenceVectors vectors(semantic, anchors, 0.25);
  const Eigen::MatrixXf dense = vectors.Dense();
  ASSERT_EQ(dense.cols(), 4);
  EXPECT_NEAR(dense.row(0).dot(dense.row(1)), 0.25f, 1e-6);
  EXPECT_NEAR(dense.row(0).norm(), 1.0f, 1e-6);
}

// The definition, on dense rows: scale both parts, then each row to unit
// length.
Eigen::MatrixXf MixedByDefinition(const Eigen::MatrixXf& semantic, const Eigen::MatrixXf& anchors,
                                  double weight) {
  Eigen::MatrixXf mixed(semantic.rows(), semantic.cols() + anchors.cols());
  mixed.leftCols(semantic.cols()) = semantic * static_cast<float>(std::sqrt(1.0 - weight));
  mixed.rightCols(anchors.cols()) = anchors * static_cast<float>(std::sqrt(weight));
  for (Eigen::Index i = 0; i < mixed.rows(); ++i) {
    const float squared = mixed.row(i).leftCols(semantic.cols()).squaredNorm() +
                          mixed.row(i).rightCols(anchors.cols()).squaredNorm();
    if (squared > 0.0f) mixed.row(i) /= std::sqrt(squared);
  }
  return mixed;
}

TEST(SentenceVectorsTest, SparseAnchorsGiveTheDefinitionsFloatsExactly) {
  std::mt19937 rng(11);
  const Eigen::MatrixXf semantic = RandomRows(9, 16, &rng);
  const Eigen::MatrixXf anchors = SparseCounts(9, 64, &rng);
  const Eigen::SparseMatrix<float, Eigen::RowMajor> sparse = anchors.sparseView();
  const Eigen::MatrixXf expected = MixedByDefinition(semantic, anchors, 0.2);
  EXPECT_EQ(SentenceVectors(semantic, sparse, 0.2).Dense(), expected);
  EXPECT_EQ(SentenceVectors(semantic, anchors, 0.2).Dense(), expected);
}

TEST(SentenceVectorsTest, SimilarityEqualsTheDenseRowsCosines) {
  std::mt19937 rng(7);
  const SentenceVectors a(RandomRows(9, 16, &rng), SparseCounts(9, 64, &rng), 0.2);
  const SentenceVectors b(RandomRows(6, 16, &rng), SparseCounts(6, 64, &rng), 0.2);
  const Eigen::MatrixXf expected = a.Dense() * b.Dense().transpose();
  const Eigen::MatrixXf similarity = a.Similarity(b);
  ASSERT_EQ(similarity.rows(), 9);
  ASSERT_EQ(similarity.cols(), 6);
  EXPECT_LT((similarity - expected).cwiseAbs().maxCoeff(), 1e-6f);
  for (Eigen::Index i = 0; i < 9; ++i) EXPECT_NEAR(a.Dense().row(i).norm(), 1.0f, 1e-5);
}

TEST(SentenceVectorsTest, AnchorRowsComeBackAtUnitLength) {
  std::mt19937 rng(8);
  const Eigen::MatrixXf counts = SparseCounts(8, 32, &rng);
  Eigen::MatrixXf unit = counts;
  for (Eigen::Index i = 0; i < unit.rows(); ++i) {
    if (unit.row(i).norm() > 0) unit.row(i).normalize();
  }
  const SentenceVectors vectors(RandomRows(8, 16, &rng), unit, 0.2);
  EXPECT_LT((vectors.AnchorRows() - unit).cwiseAbs().maxCoeff(), 1e-6f);
}

TEST(SentenceVectorsTest, UnknownSentenceStaysZeroAndNoAnchorsMeansSemanticOnly) {
  Eigen::MatrixXf semantic(2, 3);
  semantic << 0, 0, 0, 3, 4, 0;
  const SentenceVectors with_anchors(semantic, Eigen::MatrixXf::Zero(2, 8), 0.3);
  EXPECT_EQ(with_anchors.Dense().row(0).norm(), 0.0f);
  // A sentence without anchors is its unit semantic vector.
  EXPECT_NEAR(with_anchors.Dense()(1, 0), 0.6f, 1e-6);
  const SentenceVectors semantic_only(semantic, Eigen::MatrixXf(), 0.3);
  EXPECT_EQ(semantic_only.cols(), 3);
  EXPECT_NEAR(semantic_only.Similarity(semantic_only)(1, 1), 1.0f, 1e-6);
}

}  // namespace
}  // namespace dupalign

#include "align/side_columns.h"

#include <random>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

// Dense semantic columns beside mostly empty anchor buckets.
AlignmentSide Side(int sentences, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::uniform_int_distribution<int> bucket(8, 63);
  AlignmentSide side;
  side.sentences = Eigen::MatrixXf::Zero(sentences, 64);
  for (int i = 0; i < sentences; ++i) {
    for (int j = 0; j < 8; ++j) side.sentences(i, j) = normal(*rng);
    side.sentences(i, bucket(*rng)) = 1.0f;
  }
  side.merged = side.sentences.topRows(sentences - 1) + side.sentences.bottomRows(sentences - 1);
  return side;
}

TEST(DropSharedZeroColumnsTest, KeepsEveryDotProduct) {
  std::mt19937 rng(4);
  AlignmentSide a = Side(6, &rng), b = Side(5, &rng);
  const Eigen::MatrixXf before = a.sentences * b.sentences.transpose();
  const Eigen::MatrixXf merged_before = a.merged * b.sentences.transpose();
  DropSharedZeroColumns({&a, &b});
  EXPECT_LT(a.sentences.cols(), 64);
  EXPECT_GE(a.sentences.cols(), 9);
  EXPECT_EQ(a.sentences.cols(), b.sentences.cols());
  EXPECT_EQ(a.merged.cols(), a.sentences.cols());
  EXPECT_LT((a.sentences * b.sentences.transpose() - before).cwiseAbs().maxCoeff(), 1e-6f);
  EXPECT_LT((a.merged * b.sentences.transpose() - merged_before).cwiseAbs().maxCoeff(), 1e-6f);
}

TEST(DropSharedZeroColumnsTest, LeavesSidesOfDifferentWidthsAlone) {
  AlignmentSide a, b;
  a.sentences = Eigen::MatrixXf::Zero(2, 4);
  b.sentences = Eigen::MatrixXf::Zero(2, 5);
  DropSharedZeroColumns({&a, &b});
  EXPECT_EQ(a.sentences.cols(), 4);
  EXPECT_EQ(b.sentences.cols(), 5);
}

}  // namespace
}  // namespace dupalign

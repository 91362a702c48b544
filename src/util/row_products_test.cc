#include "util/row_products.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <vector>

namespace dupalign {
namespace {

RowMajorMatrix RandomRows(Eigen::Index rows, Eigen::Index cols, std::mt19937* rng) {
  std::normal_distribution<float> normal;
  RowMajorMatrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = normal(*rng);
  return m;
}

// Shapes around the kernels' blocks: 4 rows, 8/16/32 columns, and the
// empty and single-element edges.
const std::vector<std::array<Eigen::Index, 3>> kShapes = {
    {0, 5, 3},  {5, 0, 3},  {3, 4, 0},   {1, 1, 1},    {4, 32, 100}, {7, 33, 100},
    {9, 17, 5}, {3, 8, 64}, {64, 61, 100}, {13, 47, 300}, {5, 16, 1},   {130, 1, 7}};

TEST(RowProductsTest, MatchesEigenProduct) {
  std::mt19937 rng(3);
  for (const auto& [n, m, d] : kShapes) {
    const RowMajorMatrix a = RandomRows(n, d, &rng);
    const RowMajorMatrix b = RandomRows(m, d, &rng);
    const RowMajorMatrix expected = a * b.transpose();
    const RowMajorMatrix got = RowProducts(a, b);
    ASSERT_EQ(got.rows(), n);
    ASSERT_EQ(got.cols(), m);
    // Summation order differs from Eigen's, so only rounding may differ.
    EXPECT_TRUE(got.isApprox(expected, 1e-5f) || expected.norm() == 0.0f)
        << n << "x" << m << "x" << d;
    if (n * m > 0) {
      EXPECT_LE((got - expected).cwiseAbs().maxCoeff(), 1e-4f);
    }
  }
}

TEST(RowProductsTest, EveryKernelGivesThePortableResultBitForBit) {
  std::mt19937 rng(5);
  for (const auto& [n, m, d] : kShapes) {
    const RowMajorMatrix a = RandomRows(n, d, &rng);
    const RowMajorMatrix b = RandomRows(m, d, &rng);
    const RowMajorMatrix portable = RowProducts(a, b, ProductKernel::kPortable);
    for (ProductKernel kernel : {ProductKernel::kFastest, ProductKernel::kAvx}) {
      if (!ProductKernelAvailable(kernel)) continue;
      const RowMajorMatrix got = RowProducts(a, b, kernel);
      ASSERT_EQ(got.rows(), portable.rows());
      ASSERT_EQ(got.cols(), portable.cols());
      EXPECT_TRUE((got.array() == portable.array()).all())
          << "kernel " << static_cast<int>(kernel) << " on " << n << "x" << m << "x" << d;
    }
  }
}

TEST(RowProductsTest, ColumnMajorInputsGiveTheSameProducts) {
  std::mt19937 rng(7);
  for (const auto& [n, m, d] : kShapes) {
    const RowMajorMatrix a = RandomRows(n, d, &rng);
    const RowMajorMatrix b = RandomRows(m, d, &rng);
    const RowMajorMatrix by_rows = RowProducts(a, b);
    const Eigen::MatrixXf by_columns = RowProducts(Eigen::MatrixXf(a), Eigen::MatrixXf(b));
    ASSERT_EQ(by_columns.rows(), n);
    ASSERT_EQ(by_columns.cols(), m);
    // Same sums in the same order, whatever the storage.
    EXPECT_TRUE((by_columns.array() == Eigen::MatrixXf(by_rows).array()).all())
        << n << "x" << m << "x" << d;
  }
}

TEST(RowProductsTest, MatrixProductOfTheTransposeIsRowProducts) {
  std::mt19937 rng(9);
  for (const auto& [n, m, d] : kShapes) {
    const RowMajorMatrix a = RandomRows(n, d, &rng);
    const RowMajorMatrix b = RandomRows(m, d, &rng);
    const RowMajorMatrix b_transposed = b.transpose();
    EXPECT_TRUE((MatrixProduct(a, b_transposed).array() == RowProducts(a, b).array()).all())
        << n << "x" << m << "x" << d;
  }
}

TEST(RowProductsTest, KnownSmallProduct) {
  RowMajorMatrix a(2, 3);
  a << 1, 2, 3, -1, 0, 0.5f;
  RowMajorMatrix b(1, 3);
  b << 4, -5, 6;
  const RowMajorMatrix c = RowProducts(a, b);
  EXPECT_FLOAT_EQ(c(0, 0), 4 - 10 + 18);
  EXPECT_FLOAT_EQ(c(1, 0), -4 + 0 + 3);
}

}  // namespace
}  // namespace dupalign

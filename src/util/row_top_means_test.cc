#include "util/row_top_means.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <random>

namespace dupalign {
namespace {

// The definition: sort the row, largest first, and average the first k.
std::vector<float> Reference(const RowMajorMatrix& values, size_t k) {
  std::vector<float> means;
  for (Eigen::Index r = 0; r < values.rows(); ++r) {
    std::vector<float> row(values.row(r).begin(), values.row(r).end());
    std::sort(row.begin(), row.end(), std::greater<float>());
    const size_t kept = std::min(k, row.size());
    float sum = 0.0f;
    for (size_t i = 0; i < kept; ++i) sum += row[i];
    means.push_back(row.empty() ? 0.0f : sum / static_cast<float>(kept));
  }
  return means;
}

// Random values, some rounded to one decimal so that rows hold ties.
RowMajorMatrix RandomValues(Eigen::Index rows, Eigen::Index cols, std::mt19937* rng) {
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  RowMajorMatrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) {
    const float value = uniform(*rng);
    m.data()[i] = i % 3 == 0 ? std::round(value * 10.0f) / 10.0f : value;
  }
  return m;
}

TEST(RowTopMeansTest, EveryKernelMatchesTheDefinitionBitForBit) {
  std::mt19937 rng(11);
  const std::vector<std::array<Eigen::Index, 2>> shapes = {{1, 1},  {3, 5},   {4, 16}, {7, 17},
                                                           {9, 33}, {64, 61}, {5, 450}};
  for (const auto& [rows, cols] : shapes) {
    const RowMajorMatrix values = RandomValues(rows, cols, &rng);
    for (size_t k : {1, 3, 10, 16, 17, 40}) {
      const std::vector<float> expected = Reference(values, k);
      for (TopMeansKernel kernel :
           {TopMeansKernel::kFastest, TopMeansKernel::kPortable, TopMeansKernel::kAvx512}) {
        if (!TopMeansKernelAvailable(kernel)) continue;
        EXPECT_EQ(RowTopMeans(values, k, kernel), expected)
            << rows << "x" << cols << " k=" << k << " kernel " << static_cast<int>(kernel);
        const RowMajorMatrix transposed = values.transpose();
        EXPECT_EQ(ColumnTopMeans(transposed, k, kernel), expected)
            << rows << "x" << cols << " k=" << k << " kernel " << static_cast<int>(kernel);
      }
    }
  }
}

TEST(RowTopMeansTest, KnownRows) {
  RowMajorMatrix values(2, 5);
  values << 0.5f, -1.0f, 2.0f, 2.0f, 0.0f,  //
      -3.0f, -2.0f, -1.0f, -4.0f, -5.0f;
  EXPECT_EQ(RowTopMeans(values, 2), (std::vector<float>{2.0f, -1.5f}));
  EXPECT_EQ(RowTopMeans(values, 9), (std::vector<float>{3.5f / 5.0f, -3.0f}));
}

TEST(RowTopMeansTest, NoColumnsGiveZeros) {
  EXPECT_EQ(RowTopMeans(RowMajorMatrix(3, 0), 10), (std::vector<float>{0.0f, 0.0f, 0.0f}));
  EXPECT_EQ(ColumnTopMeans(RowMajorMatrix(0, 2), 10), (std::vector<float>{0.0f, 0.0f}));
  EXPECT_TRUE(RowTopMeans(RowMajorMatrix(0, 4), 10).empty());
}

}  // namespace
}  // namespace dupalign

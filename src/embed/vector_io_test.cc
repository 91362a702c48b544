#include "embed/vector_io.h"

#include <cstring>
#include <sstream>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(VectorIoTest, TextRowsHaveFiveDecimalsAndNoNegativeZero) {
  Eigen::MatrixXf rows(2, 3);
  rows << 0.5f, -0.123456f, 1.0f,
          -0.000001f, 0.0f, 2.25f;
  std::ostringstream out;
  WriteVectorsText(rows, &out);
  EXPECT_EQ(out.str(), "0.50000 -0.12346 1.00000\n0.00000 0.00000 2.25000\n");
}

TEST(VectorIoTest, BinaryRowsAreContiguousFloat32) {
  Eigen::MatrixXf rows(2, 3);
  rows << 1, 2, 3,
          4, 5, 6;
  std::ostringstream out;
  WriteVectorsBinary(rows, &out);
  const std::string bytes = out.str();
  ASSERT_EQ(bytes.size(), 6 * sizeof(float));
  float values[6];
  std::memcpy(values, bytes.data(), bytes.size());
  for (int i = 0; i < 6; ++i) EXPECT_EQ(values[i], static_cast<float>(i + 1));
}

}  // namespace
}  // namespace dupalign

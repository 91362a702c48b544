#include "similarity/dot_product.h"

#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(DotProductTest, FastAndPortablePathsAgreeBitForBit) {
  std::mt19937 random(3);
  std::normal_distribution<float> normal;
  for (size_t n : {0u, 1u, 7u, 8u, 9u, 100u, 300u, 1001u}) {
    std::vector<float> a(n), b(n);
    for (size_t i = 0; i < n; ++i) {
      a[i] = normal(random);
      b[i] = normal(random);
    }
    const float fast = DotProduct(a.data(), b.data(), n);
    EXPECT_EQ(fast, PortableDotProduct(a.data(), b.data(), n)) << "n = " << n;
    double exact = 0.0;
    for (size_t i = 0; i < n; ++i) exact += static_cast<double>(a[i]) * b[i];
    EXPECT_NEAR(fast, exact, 1e-4 * (1.0 + static_cast<double>(n))) << "n = " << n;
  }
}

TEST(DotProductTest, BytePathsAreExact) {
  std::mt19937 random(5);
  std::uniform_int_distribution<int> byte(-127, 127);
  for (size_t n : {0u, 1u, 15u, 16u, 17u, 100u, 128u, 1001u}) {
    std::vector<int8_t> a(n), b(n);
    int64_t exact = 0;
    for (size_t i = 0; i < n; ++i) {
      a[i] = static_cast<int8_t>(byte(random));
      b[i] = static_cast<int8_t>(byte(random));
      exact += int64_t{a[i]} * b[i];
    }
    EXPECT_EQ(ByteDotProduct(a.data(), b.data(), n), exact) << "n = " << n;
    EXPECT_EQ(PortableByteDotProduct(a.data(), b.data(), n), exact) << "n = " << n;
  }
  // The extremes: every product 127 * 127, or -127 * 127.
  std::vector<int8_t> high(1000, 127), low(1000, -127);
  EXPECT_EQ(ByteDotProduct(high.data(), high.data(), 1000), 127 * 127 * 1000);
  EXPECT_EQ(ByteDotProduct(high.data(), low.data(), 1000), -127 * 127 * 1000);
}

}  // namespace
}  // namespace dupalign

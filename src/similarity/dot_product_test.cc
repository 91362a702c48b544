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

}  // namespace
}  // namespace dupalign

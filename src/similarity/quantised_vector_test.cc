#include "similarity/quantised_vector.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

std::vector<float> RandomUnitVector(size_t dim, std::mt19937* random) {
  std::normal_distribution<float> normal;
  std::vector<float> v(dim);
  double norm = 0.0;
  for (float& x : v) {
    x = normal(*random);
    norm += double{x} * x;
  }
  for (float& x : v) x = static_cast<float>(x / std::sqrt(norm));
  return v;
}

// A quantised vector built from given codes and scale, for exact checks.
std::vector<char> FromCodes(const std::vector<int8_t>& codes, float scale) {
  std::vector<char> data(sizeof(float) + codes.size());
  std::memcpy(data.data(), &scale, sizeof(float));
  std::memcpy(data.data() + sizeof(float), codes.data(), codes.size());
  return data;
}

TEST(QuantisedVectorTest, CodesStayInRangeAndPadToSixteen) {
  std::mt19937 random(11);
  for (size_t dim : {1u, 15u, 16u, 100u, 300u}) {
    const std::vector<float> v = RandomUnitVector(dim, &random);
    const std::vector<char> q = Quantise(v.data(), dim);
    ASSERT_EQ(q.size(), QuantisedSize(dim));
    EXPECT_EQ(QuantisedCodes(dim) % 16, 0u);
    int largest = 0;
    for (size_t i = 0; i < QuantisedCodes(dim); ++i) {
      const int code = static_cast<int8_t>(q[sizeof(float) + i]);
      EXPECT_LE(std::abs(code), 127);
      if (i >= dim) {
        EXPECT_EQ(code, 0) << "padding at " << i;
      }
      largest = std::max(largest, std::abs(code));
    }
    EXPECT_EQ(largest, 127) << "the largest coordinate uses the whole range";
  }
}

TEST(QuantisedVectorTest, DistanceApproximatesCosineDistance) {
  std::mt19937 random(12);
  const size_t dim = 100;
  for (int trial = 0; trial < 50; ++trial) {
    const std::vector<float> a = RandomUnitVector(dim, &random);
    const std::vector<float> b = RandomUnitVector(dim, &random);
    double cosine = 0.0;
    for (size_t i = 0; i < dim; ++i) cosine += double{a[i]} * b[i];
    const std::vector<char> qa = Quantise(a.data(), dim), qb = Quantise(b.data(), dim);
    const size_t codes = QuantisedCodes(dim);
    EXPECT_NEAR(FastestQuantisedDistance()(qa.data(), qb.data(), &codes), 1.0 - cosine, 0.02);
  }
}

TEST(QuantisedVectorTest, FastAndPortablePathsAgreeExactly) {
  std::mt19937 random(13);
  std::uniform_int_distribution<int> code(-127, 127);
  for (size_t n : {0u, 16u, 32u, 48u, 112u, 128u, 1008u}) {
    std::vector<int8_t> x(n), y(n);
    int64_t exact = 0;
    for (size_t i = 0; i < n; ++i) {
      x[i] = static_cast<int8_t>(code(random));
      y[i] = static_cast<int8_t>(code(random));
      exact += int64_t{x[i]} * y[i];
    }
    const std::vector<char> a = FromCodes(x, 1.0f), b = FromCodes(y, 1.0f);
    const float fast = FastestQuantisedDistance()(a.data(), b.data(), &n);
    EXPECT_EQ(fast, PortableQuantisedDistance(a.data(), b.data(), &n)) << "n = " << n;
    EXPECT_EQ(fast, 1.0f - static_cast<float>(exact)) << "n = " << n;
  }
  // The extremes, where a saturating byte multiply would go wrong: every
  // product 127 * 127 or -127 * 127.
  const size_t n = 1008;
  const std::vector<char> high = FromCodes(std::vector<int8_t>(n, 127), 1.0f);
  const std::vector<char> low = FromCodes(std::vector<int8_t>(n, -127), 1.0f);
  EXPECT_EQ(FastestQuantisedDistance()(high.data(), high.data(), &n), 1.0f - 127.0f * 127.0f * n);
  EXPECT_EQ(FastestQuantisedDistance()(high.data(), low.data(), &n), 1.0f + 127.0f * 127.0f * n);
  EXPECT_EQ(FastestQuantisedDistance()(low.data(), low.data(), &n), 1.0f - 127.0f * 127.0f * n);
}

}  // namespace
}  // namespace dupalign

#include "similarity/dot_product.h"

#include <immintrin.h>

#include "util/cpu_features.h"

namespace dupalign {
namespace {

constexpr size_t kLanes = 8;

// The lanes' sums are combined pairwise in one fixed order, then the
// remaining products are added one by one.
float Finish(const float* lane, const float* a, const float* b, size_t from, size_t n) {
  float sum = ((lane[0] + lane[4]) + (lane[1] + lane[5])) + ((lane[2] + lane[6]) + (lane[3] + lane[7]));
  for (size_t i = from; i < n; ++i) sum += a[i] * b[i];
  return sum;
}

// Products are multiplied and added separately (no fused multiply-add), as
// the portable path does.
__attribute__((target("avx"))) float AvxDotProduct(const float* a, const float* b, size_t n) {
  __m256 sums = _mm256_setzero_ps();
  size_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    sums = _mm256_add_ps(sums, _mm256_mul_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i)));
  }
  alignas(32) float lane[kLanes];
  _mm256_store_ps(lane, sums);
  return Finish(lane, a, b, i, n);
}

}  // namespace

float PortableDotProduct(const float* a, const float* b, size_t n) {
  float lane[kLanes] = {};
  size_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    for (size_t j = 0; j < kLanes; ++j) lane[j] += a[i + j] * b[i + j];
  }
  return Finish(lane, a, b, i, n);
}

float DotProduct(const float* a, const float* b, size_t n) {
  return CpuHasAvx() ? AvxDotProduct(a, b, n) : PortableDotProduct(a, b, n);
}

}  // namespace dupalign

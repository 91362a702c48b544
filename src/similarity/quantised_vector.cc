#include "similarity/quantised_vector.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "util/cpu_features.h"

namespace dupalign {
namespace {

constexpr size_t kCodeBlock = 16;

const int8_t* Codes(const void* vector) { return static_cast<const int8_t*>(vector) + sizeof(float); }

// Shared by every path, so they round alike.
float DistanceFromDot(const void* a, const void* b, int32_t dot) {
  float scale_a, scale_b;
  std::memcpy(&scale_a, a, sizeof(float));
  std::memcpy(&scale_b, b, sizeof(float));
  return 1.0f - scale_a * scale_b * static_cast<float>(dot);
}

int32_t PortableDot(const int8_t* x, const int8_t* y, size_t n) {
  int32_t sum = 0;
  for (size_t i = 0; i < n; ++i) sum += int32_t{x[i]} * int32_t{y[i]};
  return sum;
}

// |x| times y with x's sign gives x * y; with codes in [-127, 127] the
// unsigned-by-signed byte multiply cannot saturate (two products add up to
// at most 2 * 127 * 127 < 2^15), so the sums are exact.
__attribute__((target("avx2"))) float Avx2Distance(const void* a, const void* b,
                                                    const void* codes) {
  const size_t n = *static_cast<const size_t*>(codes);
  const int8_t* x = Codes(a);
  const int8_t* y = Codes(b);
  const __m256i ones = _mm256_set1_epi16(1);
  __m256i sums = _mm256_setzero_si256();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i u = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + i));
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(y + i));
    const __m256i pairs = _mm256_maddubs_epi16(_mm256_abs_epi8(u), _mm256_sign_epi8(v, u));
    sums = _mm256_add_epi32(sums, _mm256_madd_epi16(pairs, ones));
  }
  __m128i sum = _mm_add_epi32(_mm256_castsi256_si128(sums), _mm256_extracti128_si256(sums, 1));
  if (i + 16 <= n) {
    const __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x + i));
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(y + i));
    const __m128i pairs = _mm_maddubs_epi16(_mm_abs_epi8(u), _mm_sign_epi8(v, u));
    sum = _mm_add_epi32(sum, _mm_madd_epi16(pairs, _mm256_castsi256_si128(ones)));
    i += 16;
  }
  sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0x4E));
  sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0xB1));
  const int32_t dot = _mm_cvtsi128_si32(sum) + PortableDot(x + i, y + i, n - i);
  return DistanceFromDot(a, b, dot);
}

}  // namespace

size_t QuantisedCodes(size_t dim) { return (dim + kCodeBlock - 1) / kCodeBlock * kCodeBlock; }

size_t QuantisedSize(size_t dim) { return sizeof(float) + QuantisedCodes(dim); }

std::vector<char> Quantise(const float* vector, size_t dim) {
  std::vector<char> data(QuantisedSize(dim), 0);
  float largest = 0.0f;
  for (size_t i = 0; i < dim; ++i) largest = std::max(largest, std::abs(vector[i]));
  const float scale = largest > 0.0f ? largest / 127.0f : 1.0f;
  std::memcpy(data.data(), &scale, sizeof(float));
  for (size_t i = 0; i < dim; ++i) {
    data[sizeof(float) + i] = static_cast<char>(std::lround(vector[i] / scale));
  }
  return data;
}

float PortableQuantisedDistance(const void* a, const void* b, const void* codes) {
  return DistanceFromDot(a, b, PortableDot(Codes(a), Codes(b), *static_cast<const size_t*>(codes)));
}

QuantisedDistance FastestQuantisedDistance() {
  return CpuHasAvx2() ? Avx2Distance : PortableQuantisedDistance;
}

}  // namespace dupalign

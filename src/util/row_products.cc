#include "util/row_products.h"

#include <immintrin.h>

#include <algorithm>
#include <cassert>
#include <vector>

#include "util/cpu_features.h"

namespace dupalign {
namespace {

// c(i, j) = sum over k of a(i, k) * b(j, k), with b read k-major: the
// vector kernels load b's values for consecutive j at one k. Strides let
// both storage orders of Eigen matrices be read in place.
struct Operands {
  const float* a;
  size_t a_row_stride;
  size_t a_k_stride;
  const float* b;  // b(j, k) = b[k * b_k_stride + j]
  size_t b_k_stride;
  float* c;  // c(i, j) = c[i * c_row_stride + j]
  size_t c_row_stride;
  size_t n;  // rows of a and c
  size_t m;  // rows of b, columns of c
  size_t d;  // the shared dimension
};

float A(const Operands& o, size_t i, size_t k) { return o.a[i * o.a_row_stride + k * o.a_k_stride]; }

// Runs over k in the inner loop of every row, so each sum is built in k
// order, as the vector kernel builds it lane by lane. For CPUs without AVX:
// several times slower than Eigen's SSE product, but with the same results
// as every other machine.
void PortableProducts(const Operands& o) {
  for (size_t i = 0; i < o.n; ++i) {
    float* row = o.c + i * o.c_row_stride;
    std::fill(row, row + o.m, 0.0f);
    for (size_t k = 0; k < o.d; ++k) {
      const float aik = A(o, i, k);
      const float* bk = o.b + k * o.b_k_stride;
      for (size_t j = 0; j < o.m; ++j) row[j] += aik * bk[j];
    }
  }
}

// kRows rows of c times kVectors vectors of 8 columns, the last vector
// masked to the columns that exist by the sign bits of `last`. -O2 leaves
// the small loops rolled, and the accumulators then live in memory:
// unrolled, they stay in registers, which doubles the rate. (An AVX-512
// twin was only 15% faster on 64 x 61 x 100.)
template <int kRows, int kVectors>
__attribute__((target("avx"))) inline void AvxBlock(const Operands& o, size_t i, size_t j,
                                                     __m256i last) {
  const __m256i full = _mm256_set1_epi32(-1);
  __m256 sum[kRows][kVectors];
#pragma GCC unroll 4
  for (int r = 0; r < kRows; ++r) {
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) sum[r][v] = _mm256_setzero_ps();
  }
  for (size_t k = 0; k < o.d; ++k) {
    const float* bk = o.b + k * o.b_k_stride + j;
    __m256 b[kVectors];
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) {
      b[v] = _mm256_maskload_ps(bk + 8 * v, v + 1 == kVectors ? last : full);
    }
#pragma GCC unroll 4
    for (int r = 0; r < kRows; ++r) {
      const __m256 a = _mm256_set1_ps(A(o, i + r, k));
#pragma GCC unroll 4
      for (int v = 0; v < kVectors; ++v) {
        sum[r][v] = _mm256_add_ps(sum[r][v], _mm256_mul_ps(a, b[v]));
      }
    }
  }
#pragma GCC unroll 4
  for (int r = 0; r < kRows; ++r) {
    float* out = o.c + (i + r) * o.c_row_stride + j;
#pragma GCC unroll 4
    for (int v = 0; v < kVectors; ++v) {
      _mm256_maskstore_ps(out + 8 * v, v + 1 == kVectors ? last : full, sum[r][v]);
    }
  }
}

template <int kRows>
__attribute__((target("avx"))) void AvxRows(const Operands& o, size_t i) {
  size_t j = 0;
  for (; j + 16 <= o.m; j += 16) AvxBlock<kRows, 2>(o, i, j, _mm256_set1_epi32(-1));
  for (; j < o.m; j += 8) {
    const int left = static_cast<int>(std::min<size_t>(8, o.m - j));
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    // A lane is loaded and stored when its mask's sign bit is set.
    const __m256i last = _mm256_castps_si256(_mm256_cmp_ps(
        _mm256_cvtepi32_ps(lanes), _mm256_set1_ps(static_cast<float>(left)), _CMP_LT_OQ));
    AvxBlock<kRows, 1>(o, i, j, last);
  }
}

__attribute__((target("avx"))) void AvxProducts(const Operands& o) {
  size_t i = 0;
  for (; i + 4 <= o.n; i += 4) AvxRows<4>(o, i);
  for (; i < o.n; ++i) AvxRows<1>(o, i);
}

ProductKernel Fastest() { return CpuHasAvx() ? ProductKernel::kAvx : ProductKernel::kPortable; }

void Run(const Operands& o, ProductKernel kernel) {
  if (kernel == ProductKernel::kFastest) kernel = Fastest();
  assert(ProductKernelAvailable(kernel));
  if (kernel == ProductKernel::kAvx) {
    AvxProducts(o);
  } else {
    PortableProducts(o);
  }
}

}  // namespace

bool ProductKernelAvailable(ProductKernel kernel) {
  return kernel != ProductKernel::kAvx || CpuHasAvx();
}

RowMajorMatrix MatrixProduct(const RowMajorMatrix& a, const RowMajorMatrix& b,
                             ProductKernel kernel) {
  assert(a.cols() == b.rows());
  RowMajorMatrix c(a.rows(), b.cols());
  Operands o{a.data(),    static_cast<size_t>(a.cols()), 1, b.data(),
             static_cast<size_t>(b.cols()), c.data(), static_cast<size_t>(c.cols()),
             static_cast<size_t>(a.rows()), static_cast<size_t>(b.cols()),
             static_cast<size_t>(a.cols())};
  Run(o, kernel);
  return c;
}

RowMajorMatrix RowProducts(const RowMajorMatrix& a, const RowMajorMatrix& b,
                           ProductKernel kernel) {
  assert(a.cols() == b.cols());
  // b's transpose, row-major, is b k-major.
  return MatrixProduct(a, b.transpose(), kernel);
}

Eigen::MatrixXf RowProducts(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b,
                            ProductKernel kernel) {
  assert(a.cols() == b.cols());
  // Column-major c = a * b^T is row-major b * a^T, and column-major a is
  // already k-major: the kernel reads both in place with a and b swapped.
  Eigen::MatrixXf c(a.rows(), b.rows());
  Operands o{b.data(),    1, static_cast<size_t>(b.rows()), a.data(),
             static_cast<size_t>(a.rows()), c.data(), static_cast<size_t>(a.rows()),
             static_cast<size_t>(b.rows()), static_cast<size_t>(a.rows()),
             static_cast<size_t>(a.cols())};
  Run(o, kernel);
  return c;
}

}  // namespace dupalign

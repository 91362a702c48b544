#include "util/row_top_means.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <limits>

#include "util/cpu_features.h"

namespace dupalign {
namespace {

constexpr float kNone = -std::numeric_limits<float>::infinity();
constexpr size_t kLanes = 16;

// Columns are ranked 16 at a time, one column per lane: lane l of top[i]
// holds its column's i-th largest value so far. A row's values sink
// through top[0], top[1], ... keeping the larger and passing on the
// smaller, which keeps every lane sorted; the k sums are then made from the
// largest down. No branch per value: one test per row skips rows that
// rank in no lane.
void PortableColumnBlock(const float* values, size_t rows, size_t stride, size_t width,
                         size_t k, float* means) {
  std::vector<std::array<float, kLanes>> top(k);
  for (auto& level : top) level.fill(kNone);
  for (size_t r = 0; r < rows; ++r) {
    std::array<float, kLanes> sinking;
    sinking.fill(kNone);
    std::copy(values + r * stride, values + r * stride + width, sinking.begin());
    bool ranks = false;
    for (size_t l = 0; l < kLanes; ++l) ranks = ranks || sinking[l] > top[k - 1][l];
    if (!ranks) continue;
    for (auto& level : top) {
      for (size_t l = 0; l < kLanes; ++l) {
        // As the vector max and min order their operands.
        const float larger = level[l] > sinking[l] ? level[l] : sinking[l];
        sinking[l] = level[l] < sinking[l] ? level[l] : sinking[l];
        level[l] = larger;
      }
    }
  }
  for (size_t l = 0; l < width; ++l) {
    float sum = 0.0f;
    for (size_t i = 0; i < k; ++i) sum += top[i][l];
    means[l] = sum / static_cast<float>(k);
  }
}

// GCC 12's AVX-512 headers start some intrinsics from an "undefined" register
// and then warn that it may be used uninitialised; it is not.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

constexpr size_t kMaxAvx512K = 16;

// PortableColumnBlock with the 16 lanes in one register per level.
__attribute__((target("avx512f"))) void Avx512ColumnBlock(const float* values, size_t rows,
                                                          size_t stride, size_t width, size_t k,
                                                          float* means) {
  const __m512 none = _mm512_set1_ps(kNone);
  const auto lanes = static_cast<__mmask16>((1u << width) - 1);
  __m512 top[kMaxAvx512K];
  for (size_t i = 0; i < k; ++i) top[i] = none;
  for (size_t r = 0; r < rows; ++r) {
    __m512 sinking = _mm512_mask_loadu_ps(none, lanes, values + r * stride);
    // Past the first rows most rows rank nowhere in any lane.
    if (_mm512_cmp_ps_mask(sinking, top[k - 1], _CMP_GT_OQ) == 0) continue;
    for (size_t i = 0; i < k; ++i) {
      const __m512 larger = _mm512_max_ps(top[i], sinking);
      sinking = _mm512_min_ps(top[i], sinking);
      top[i] = larger;
    }
  }
  alignas(64) float level[kMaxAvx512K][kLanes];
  for (size_t i = 0; i < k; ++i) _mm512_store_ps(level[i], top[i]);
  for (size_t l = 0; l < width; ++l) {
    float sum = 0.0f;
    for (size_t i = 0; i < k; ++i) sum += level[i][l];
    means[l] = sum / static_cast<float>(k);
  }
}

#pragma GCC diagnostic pop

}  // namespace

bool TopMeansKernelAvailable(TopMeansKernel kernel) {
  return kernel != TopMeansKernel::kAvx512 || CpuHasAvx512();
}

std::vector<float> ColumnTopMeans(const RowMajorMatrix& values, size_t k, TopMeansKernel kernel) {
  const auto rows = static_cast<size_t>(values.rows());
  const auto cols = static_cast<size_t>(values.cols());
  std::vector<float> means(cols, 0.0f);
  if (rows == 0) return means;
  k = std::min(k, rows);
  if (kernel == TopMeansKernel::kFastest) {
    kernel = CpuHasAvx512() ? TopMeansKernel::kAvx512 : TopMeansKernel::kPortable;
  }
  const bool vector = kernel == TopMeansKernel::kAvx512 && k <= kMaxAvx512K;
  for (size_t c = 0; c < cols; c += kLanes) {
    const size_t width = std::min(kLanes, cols - c);
    if (vector) {
      Avx512ColumnBlock(values.data() + c, rows, cols, width, k, means.data() + c);
    } else {
      PortableColumnBlock(values.data() + c, rows, cols, width, k, means.data() + c);
    }
  }
  return means;
}

std::vector<float> RowTopMeans(const RowMajorMatrix& values, size_t k, TopMeansKernel kernel) {
  return ColumnTopMeans(values.transpose(), k, kernel);
}

}  // namespace dupalign

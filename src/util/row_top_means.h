// RowTopMeans and ColumnTopMeans: each row's (column's) mean of its k
// largest values, the hubness term of CSLS (a word's mean similarity to its
// k nearest words on the other side). The word matcher needs both for every
// word-pair matrix, where ranking values one by one with branches cost more
// than the product itself. Columns are ranked 16 at a time without
// branches, in one AVX-512 register per rank where the CPU has it; every
// kernel sums the k values from the largest down, so the means are equal
// bit for bit. Thread-safe.
#ifndef DUPALIGN_UTIL_ROW_TOP_MEANS_H_
#define DUPALIGN_UTIL_ROW_TOP_MEANS_H_

#include <cstddef>
#include <vector>

#include <Eigen/Core>

#include "util/row_products.h"

namespace dupalign {

enum class TopMeansKernel { kFastest, kPortable, kAvx512 };

// Whether this CPU can run `kernel` (kFastest and kPortable always can).
bool TopMeansKernelAvailable(TopMeansKernel kernel);

// For every column of `values`, the mean of its min(k, rows) largest
// values; k must be at least 1. A matrix without rows gives zeros.
std::vector<float> ColumnTopMeans(const RowMajorMatrix& values, size_t k,
                                  TopMeansKernel kernel = TopMeansKernel::kFastest);
// The same for every row (ranked as the columns of the transpose).
std::vector<float> RowTopMeans(const RowMajorMatrix& values, size_t k,
                               TopMeansKernel kernel = TopMeansKernel::kFastest);

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_ROW_TOP_MEANS_H_

// RowProducts: every inner product between the rows of two float matrices,
// a * b^T, for the word matcher and the sentence-vector comparisons, which
// multiply many small matrices, and for the exact neighbour search. Eigen
// picks its SIMD code when it is compiled, so a portable -O2 build
// multiplies with SSE; this kernel uses AVX where the CPU has it, chosen at
// run time. Both paths sum each product over the shared dimension in the
// same order, with separate multiplies and adds, so results do not depend
// on the machine (CPUs without AVX get them from a scalar loop, several
// times slower than Eigen's SSE). They differ from Eigen's products in the
// last bits only. Thread-safe.
#ifndef DUPALIGN_UTIL_ROW_PRODUCTS_H_
#define DUPALIGN_UTIL_ROW_PRODUCTS_H_

#include <Eigen/Core>

namespace dupalign {

using RowMajorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

enum class ProductKernel { kFastest, kPortable, kAvx };

// Whether this CPU can run `kernel` (kFastest and kPortable always can).
bool ProductKernelAvailable(ProductKernel kernel);

// a * b; b has as many rows as a has columns. With b = c^T stored this way
// once, many products with c's rows need no transpose each.
RowMajorMatrix MatrixProduct(const RowMajorMatrix& a, const RowMajorMatrix& b,
                             ProductKernel kernel = ProductKernel::kFastest);
// a * b^T; a and b must have the same number of columns.
RowMajorMatrix RowProducts(const RowMajorMatrix& a, const RowMajorMatrix& b,
                           ProductKernel kernel = ProductKernel::kFastest);
Eigen::MatrixXf RowProducts(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b,
                            ProductKernel kernel = ProductKernel::kFastest);

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_ROW_PRODUCTS_H_

// DotProduct: the inner product of two float arrays, for the neighbour
// search's exact re-ranking of what its graph finds. This uses AVX where the
// CPU has it, chosen at run time, so a portable -O2 build gets it too. Both
// paths add the same products in the same order (eight running sums combined
// in a fixed order, then the rest), so neighbour lists do not depend on the
// machine.
#ifndef DUPALIGN_SIMILARITY_DOT_PRODUCT_H_
#define DUPALIGN_SIMILARITY_DOT_PRODUCT_H_

#include <cstddef>

namespace dupalign {

// <a, b> over n floats, by the fastest path this CPU has.
float DotProduct(const float* a, const float* b, size_t n);
// The same sums without SIMD intrinsics; equal to DotProduct bit for bit.
float PortableDotProduct(const float* a, const float* b, size_t n);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_DOT_PRODUCT_H_

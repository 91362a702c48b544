// DotProduct: the inner product of two float arrays, for the neighbour
// search (hnswlib's graph and the exact re-ranking of what it finds); its
// byte version scores the graph's quantised vectors. hnswlib picks its SIMD code when it is
// compiled, so a portable -O2 build gets SSE; this also uses AVX where the
// CPU has it, chosen at run time. Both paths add the same products in the
// same order (eight running sums combined in a fixed order, then the rest),
// so graphs and neighbour lists do not depend on the machine.
#ifndef DUPALIGN_SIMILARITY_DOT_PRODUCT_H_
#define DUPALIGN_SIMILARITY_DOT_PRODUCT_H_

#include <cstddef>
#include <cstdint>

namespace dupalign {

// <a, b> over n floats, by the fastest path this CPU has.
float DotProduct(const float* a, const float* b, size_t n);
// The same sums without SIMD intrinsics; equal to DotProduct bit for bit.
float PortableDotProduct(const float* a, const float* b, size_t n);

// <a, b> over n signed bytes. Integer sums are exact (n up to 2^17), so
// every path gives the same result.
int32_t ByteDotProduct(const int8_t* a, const int8_t* b, size_t n);
int32_t PortableByteDotProduct(const int8_t* a, const int8_t* b, size_t n);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_DOT_PRODUCT_H_

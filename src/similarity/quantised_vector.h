// A unit vector stored in bytes for the neighbour graph: a float scale, then
// each coordinate as round(x / scale) with scale = max |x| / 127, so every
// code lies in [-127, 127], zero-padded to a multiple of 16 codes. A distance
// then reads two or three cache lines instead of seven (dim 100) and its
// integer sums are exact on every CPU. Only the neighbour search (hnswlib's
// space) calls this.
#ifndef DUPALIGN_SIMILARITY_QUANTISED_VECTOR_H_
#define DUPALIGN_SIMILARITY_QUANTISED_VECTOR_H_

#include <cstddef>
#include <vector>

namespace dupalign {

// Codes stored for a vector of `dim` floats.
size_t QuantisedCodes(size_t dim);
// Bytes of one quantised vector: the scale, then the codes.
size_t QuantisedSize(size_t dim);
std::vector<char> Quantise(const float* vector, size_t dim);

// 1 - scale_a * scale_b * <codes_a, codes_b>, with `codes` pointing at the
// code count (a size_t): hnswlib's distance signature.
using QuantisedDistance = float (*)(const void* a, const void* b, const void* codes);
// The fastest path this CPU offers; every path returns the same float.
QuantisedDistance FastestQuantisedDistance();
float PortableQuantisedDistance(const void* a, const void* b, const void* codes);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_QUANTISED_VECTOR_H_

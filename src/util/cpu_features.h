// What vector instructions the running CPU offers, asked once per process.
// Kernels with a SIMD path (dot products, row products, MinHash minima) pick
// it at run time with these, so a portable -O2 build still uses AVX where
// the machine has it; each such kernel gives its portable path's results.
#ifndef DUPALIGN_UTIL_CPU_FEATURES_H_
#define DUPALIGN_UTIL_CPU_FEATURES_H_

namespace dupalign {

bool CpuHasAvx();
bool CpuHasAvx2();
// AVX-512 foundation and doubleword/quadword instructions.
bool CpuHasAvx512();

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_CPU_FEATURES_H_

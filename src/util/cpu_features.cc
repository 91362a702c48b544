#include "util/cpu_features.h"

namespace dupalign {

bool CpuHasAvx() {
  static const bool has = __builtin_cpu_supports("avx");
  return has;
}

bool CpuHasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

bool CpuHasAvx512() {
  static const bool has =
      __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
  return has;
}

}  // namespace dupalign

// StageClock: wall time, processor time and resident memory of the
// pipeline's stages, logged at info level so a user running a large corpus
// sees where time and memory go; processor time over wall time shows how
// many cores a stage kept busy. Used by the pipeline; cheap enough to leave
// on.
#ifndef DUPALIGN_UTIL_STAGE_CLOCK_H_
#define DUPALIGN_UTIL_STAGE_CLOCK_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace dupalign {

// Resident set size of this process now and at its peak, in bytes, from
// /proc/self/status; 0 where that file does not exist.
size_t CurrentRssBytes();
size_t PeakRssBytes();
// User plus system time of all of this process's threads so far, seconds.
double ProcessCpuSeconds();

class StageClock {
 public:
  StageClock();
  // Logs "<stage>: <detail>, <seconds> s (CPU <seconds> s), RSS <MB> MB
  // (peak <MB> MB)" for the time since the previous Lap (or construction),
  // then restarts the clock.
  void Lap(const std::string& stage, const std::string& detail = "");
  // The same for a step inside a stage, indented and at debug level
  // (`analyze --verbose`).
  void Step(const std::string& step);

 private:
  // Wall and processor seconds since the previous lap, as "<wall> s (CPU
  // <cpu> s)"; restarts the clock.
  std::string Restart();

  std::chrono::steady_clock::time_point start_;
  double cpu_start_;
};

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_STAGE_CLOCK_H_

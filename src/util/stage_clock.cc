#include "util/stage_clock.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <string_view>

namespace dupalign {
namespace {

// Reads a "VmRSS:   1234 kB"-style line of /proc/self/status.
size_t StatusKilobytes(std::string_view key) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.compare(0, key.size(), key) != 0) continue;
    return std::stoull(line.substr(key.size())) * 1024;
  }
  return 0;
}

}  // namespace

size_t CurrentRssBytes() { return StatusKilobytes("VmRSS:"); }
size_t PeakRssBytes() { return StatusKilobytes("VmHWM:"); }

StageClock::StageClock() : start_(std::chrono::steady_clock::now()) {}

void StageClock::Lap(const std::string& stage, const std::string& detail,
                     spdlog::level::level_enum level) {
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - start_).count();
  start_ = now;
  spdlog::log(level, "{}{}{}: {:.2f} s, RSS {} MB (peak {} MB)", stage,
              detail.empty() ? "" : ", ", detail, seconds, CurrentRssBytes() >> 20,
              PeakRssBytes() >> 20);
}

}  // namespace dupalign

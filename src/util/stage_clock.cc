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

double StageClock::Restart() {
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - start_).count();
  start_ = now;
  return seconds;
}

void StageClock::Lap(const std::string& stage, const std::string& detail) {
  const double seconds = Restart();
  spdlog::info("{}{}{}: {:.2f} s, RSS {} MB (peak {} MB)", stage, detail.empty() ? "" : ", ",
               detail, seconds, CurrentRssBytes() >> 20, PeakRssBytes() >> 20);
}

void StageClock::Step(const std::string& step) {
  const double seconds = Restart();
  spdlog::debug("  {}: {:.2f} s, RSS {} MB (peak {} MB)", step, seconds, CurrentRssBytes() >> 20,
                PeakRssBytes() >> 20);
}

}  // namespace dupalign

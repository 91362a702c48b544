#include "util/stage_clock.h"

#include <spdlog/spdlog.h>

#include <sys/resource.h>

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

double ProcessCpuSeconds() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0.0;
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

StageClock::StageClock()
    : start_(std::chrono::steady_clock::now()), cpu_start_(ProcessCpuSeconds()) {}

std::string StageClock::Restart() {
  const auto now = std::chrono::steady_clock::now();
  const double cpu = ProcessCpuSeconds();
  const std::string times = fmt::format("{:.2f} s (CPU {:.2f} s)",
                                        std::chrono::duration<double>(now - start_).count(),
                                        cpu - cpu_start_);
  start_ = now;
  cpu_start_ = cpu;
  return times;
}

void StageClock::Lap(const std::string& stage, const std::string& detail) {
  const std::string times = Restart();
  spdlog::info("{}{}{}: {}, RSS {} MB (peak {} MB)", stage, detail.empty() ? "" : ", ", detail,
               times, CurrentRssBytes() >> 20, PeakRssBytes() >> 20);
}

void StageClock::Step(const std::string& step) {
  const std::string times = Restart();
  spdlog::debug("  {}: {}, RSS {} MB (peak {} MB)", step, times, CurrentRssBytes() >> 20,
                PeakRssBytes() >> 20);
}

}  // namespace dupalign

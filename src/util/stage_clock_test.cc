#include "util/stage_clock.h"

#include <gtest/gtest.h>

#include <vector>

namespace dupalign {
namespace {

TEST(StageClockTest, ResidentMemoryGrowsWhenPagesAreTouched) {
  const size_t before = CurrentRssBytes();
  if (before == 0) GTEST_SKIP() << "/proc/self/status is not available here";
  std::vector<char> block(64 << 20, 1);
  const size_t after = CurrentRssBytes();
  EXPECT_GE(after, before + (32u << 20)) << "64 MB touched, RSS " << before << " -> " << after;
  EXPECT_GE(PeakRssBytes(), after);
  EXPECT_EQ(block[12345], 1);
}

TEST(StageClockTest, ProcessorTimeCountsWorkDone) {
  const double before = ProcessCpuSeconds();
  volatile double sink = 0.0;
  for (int i = 0; i < 50'000'000; ++i) sink = sink + i * 1e-9;
  const double after = ProcessCpuSeconds();
  EXPECT_GT(after, before) << "50 million additions took no processor time";
  EXPECT_GT(sink, 0.0);
}

}  // namespace
}  // namespace dupalign

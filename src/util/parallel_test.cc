#include "util/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

namespace dupalign {
namespace {

TEST(ParallelForTest, VisitsEveryIndexOnceWhateverTheThreadCount) {
  for (int threads : {0, 1, 2, 7}) {
    std::vector<std::atomic<int>> visits(1000);
    ParallelFor(visits.size(), threads, [&](size_t i) { ++visits[i]; });
    for (size_t i = 0; i < visits.size(); ++i) ASSERT_EQ(visits[i], 1) << "threads " << threads;
  }
}

TEST(ParallelForTest, ResultsWrittenByIndexAreIndependentOfThreads) {
  auto run = [](int threads) {
    std::vector<long> out(500);
    ParallelFor(out.size(), threads, [&](size_t i) { out[i] = static_cast<long>(i * i % 97); });
    return out;
  };
  EXPECT_EQ(run(1), run(3));
}

TEST(ParallelForTest, ZeroThreadsMeansOnePerCore) {
  EXPECT_EQ(WorkerThreads(3), 3);
  EXPECT_GE(WorkerThreads(0), 1);
  EXPECT_EQ(WorkerThreads(-1), WorkerThreads(0));
}

TEST(ParallelForTest, NothingToDo) {
  int calls = 0;
  ParallelFor(0, 4, [&](size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelConcatTest, PiecesComeOutInIndexOrderWhateverTheThreadCount) {
  auto piece = [](size_t i) { return std::to_string(i) + (i % 3 == 0 ? "\n" : ","); };
  std::string expected;
  for (size_t i = 0; i < 300; ++i) expected += piece(i);
  for (int threads : {1, 2, 5}) EXPECT_EQ(ParallelConcat(300, threads, piece), expected);
  EXPECT_EQ(ParallelConcat(0, 2, piece), "");
}

}  // namespace
}  // namespace dupalign

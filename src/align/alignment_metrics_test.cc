#include "align/alignment_metrics.h"

#include <utility>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

AlignmentBead Bead(std::vector<size_t> source, std::vector<size_t> target) {
  return AlignmentBead{std::move(source), std::move(target), 0.0, 0.0};
}

TEST(AlignmentMetricsTest, PerfectAlignmentScoresOne) {
  std::vector<AlignmentBead> gold = {Bead({0}, {0}), Bead({1, 2}, {1}), Bead({}, {2})};
  AlignmentMetrics metrics;
  metrics.Add(gold, gold);
  AlignmentScores scores = metrics.Scores();
  EXPECT_DOUBLE_EQ(scores.precision_strict, 1.0);
  EXPECT_DOUBLE_EQ(scores.recall_strict, 1.0);
  EXPECT_DOUBLE_EQ(scores.f1_lax, 1.0);
}

TEST(AlignmentMetricsTest, HandCheckedStrictAndLax) {
  std::vector<AlignmentBead> gold = {Bead({0}, {0}), Bead({1}, {1}), Bead({2}, {}),
                                     Bead({3}, {2, 3})};
  std::vector<AlignmentBead> predicted = {Bead({0}, {0}), Bead({1}, {}), Bead({}, {1}),
                                          Bead({2}, {2}), Bead({3}, {3})};
  AlignmentMetrics metrics;
  metrics.Add(gold, predicted);
  AlignmentScores scores = metrics.Scores();
  // Precision over 5 predicted beads: 1 exact; [3]:[3] overlaps gold [3]:[2, 3].
  EXPECT_DOUBLE_EQ(scores.precision_strict, 1.0 / 5.0);
  EXPECT_DOUBLE_EQ(scores.precision_lax, 2.0 / 5.0);
  // Recall over the 3 gold beads without gaps against predicted non-gaps.
  EXPECT_DOUBLE_EQ(scores.recall_strict, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(scores.recall_lax, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(scores.f1_strict, 0.25);
  EXPECT_DOUBLE_EQ(scores.f1_lax, 0.5);
}

TEST(AlignmentMetricsTest, AccumulatesOverDocumentsAndIgnoresDuplicates) {
  AlignmentMetrics metrics;
  metrics.Add({Bead({0}, {0})}, {Bead({0}, {0}), Bead({0}, {0}), Bead({}, {})});
  metrics.Add({Bead({0}, {0})}, {Bead({0}, {1})});
  AlignmentScores scores = metrics.Scores();
  EXPECT_DOUBLE_EQ(scores.precision_strict, 0.5);
  EXPECT_DOUBLE_EQ(scores.recall_strict, 0.5);
  EXPECT_DOUBLE_EQ(scores.precision_lax, 0.5);
}

TEST(AlignmentMetricsTest, EmptyInputsScoreZero) {
  AlignmentMetrics metrics;
  metrics.Add({}, {});
  AlignmentScores scores = metrics.Scores();
  EXPECT_EQ(scores.precision_strict, 0.0);
  EXPECT_EQ(scores.f1_lax, 0.0);
}

}  // namespace
}  // namespace dupalign

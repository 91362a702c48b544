#include "align/coverage.h"

#include <gmock/gmock.h>
#include <utility>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

using ::testing::ElementsAre;

AlignmentBead Bead(std::vector<size_t> source, std::vector<size_t> target,
                   double similarity = 0.9) {
  return AlignmentBead{std::move(source), std::move(target), 0.1, similarity};
}

TEST(AlignmentCoverageTest, CountsSharesAndGroupsGapRuns) {
  // Source 0..5, target 0..4: source 2 and 3 untranslated, target 4 added,
  // source 4 translated as target 2 and 3.
  std::vector<AlignmentBead> beads = {Bead({0}, {0}), Bead({1}, {1}), Bead({2}, {}),
                                      Bead({3}, {}),  Bead({4}, {2, 3}), Bead({5}, {}),
                                      Bead({}, {4})};
  AlignmentCoverage coverage;
  ASSERT_TRUE(AlignmentCoverage::Compute(beads, 6, 5, {10, 10, 30, 30, 10, 10}, {}, {},
                                         &coverage)
                  .ok());
  EXPECT_EQ(coverage.covered_source, 3u);
  EXPECT_EQ(coverage.covered_target, 4u);
  EXPECT_DOUBLE_EQ(coverage.source_share, 3.0 / 6.0);
  EXPECT_DOUBLE_EQ(coverage.target_share, 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(coverage.source_char_share, 30.0 / 100.0);
  EXPECT_DOUBLE_EQ(coverage.target_char_share, 4.0 / 5.0);  // no lengths: per sentence
  EXPECT_THAT(coverage.untranslated, ElementsAre(SentenceRun{2, 4}, SentenceRun{5, 6}));
  EXPECT_THAT(coverage.added, ElementsAre(SentenceRun{4, 5}));
}

TEST(AlignmentCoverageTest, LowSimilarityOneToOneIsNotCovered) {
  std::vector<AlignmentBead> beads = {Bead({0}, {0}, 0.8), Bead({1}, {1}, 0.05),
                                      Bead({2}, {2, 3}, 0.05)};
  CoverageOptions options;
  options.min_similarity = 0.3;
  AlignmentCoverage coverage;
  ASSERT_TRUE(AlignmentCoverage::Compute(beads, 3, 4, {}, {}, options, &coverage).ok());
  EXPECT_EQ(coverage.covered_source, 2u);
  EXPECT_THAT(coverage.untranslated, ElementsAre(SentenceRun{1, 2}));
  EXPECT_THAT(coverage.added, ElementsAre(SentenceRun{1, 2}));
}

TEST(AlignmentCoverageTest, EmptyDocumentsAreFullyCovered) {
  AlignmentCoverage coverage;
  ASSERT_TRUE(AlignmentCoverage::Compute({}, 0, 0, {}, {}, {}, &coverage).ok());
  EXPECT_EQ(coverage.source_share, 1.0);
  EXPECT_TRUE(coverage.untranslated.empty());
}

TEST(AlignmentCoverageTest, RejectsOutOfRangeIndices) {
  AlignmentCoverage coverage;
  Status status = AlignmentCoverage::Compute({Bead({3}, {0})}, 2, 1, {}, {}, {}, &coverage);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("out of range"), std::string::npos);
}

}  // namespace
}  // namespace dupalign

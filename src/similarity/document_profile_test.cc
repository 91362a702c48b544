#include "similarity/document_profile.h"

#include <cmath>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

DocumentProfile Profile(const std::string& lang, std::vector<std::string> names,
                        const std::string& event_date = "") {
  DocumentProfile p;
  p.lang = lang;
  p.anchors.names = std::move(names);
  p.event_date = event_date;
  IndexAnchors(&p);
  return p;
}

TEST(AnchorWeightsTest, WidelySharedAnchorsWeighLess) {
  std::vector<std::string> everywhere = {"name:dao hong lan"};
  std::vector<std::string> rare = {"name:dao hong lan", "name:kuroiwa yuji"};
  AnchorWeights weights({&everywhere, &everywhere, &everywhere, &rare, &rare});
  EXPECT_LT(weights.Weight("name:dao hong lan"), weights.Weight("name:kuroiwa yuji"));
  // Unknown and pairwise anchors weigh the same: sharing is the signal.
  EXPECT_DOUBLE_EQ(weights.Weight("name:unseen"), weights.Weight("name:kuroiwa yuji"));
}

TEST(CompareProfilesTest, SharedSpecificAnchorsBeatSharedActors) {
  auto sv = Profile("sv", {"dao hong lan", "ito naoki", "kanagawa", "kuroiwa yuji"});
  auto id = Profile("id", {"dao hong lan", "ito naoki", "kanagawa", "kuroiwa yuji", "jepang"});
  auto vi = Profile("vi", {"dao hong lan", "kanagawa", "norio aoki", "kawasaki", "eyemed"});
  AnchorWeights weights({&sv.anchor_keys, &id.anchor_keys, &vi.anchor_keys});
  const PairEvidence same = CompareProfiles(sv, id, weights);
  const PairEvidence topic = CompareProfiles(sv, vi, weights);
  EXPECT_GT(same.anchor_overlap, 0.6);
  EXPECT_LT(topic.anchor_overlap, 0.4);
  EXPECT_EQ(same.shared_names.size(), 4u);
  EXPECT_GT(same.score, topic.score);
}

TEST(CompareProfilesTest, AppliedWeightsGiveTheSameOverlap) {
  auto sv = Profile("sv", {"dao hong lan", "ito naoki", "kanagawa", "kuroiwa yuji"});
  auto vi = Profile("vi", {"dao hong lan", "kanagawa", "norio aoki", "kawasaki", "eyemed"});
  auto id = Profile("id", {"dao hong lan", "kanagawa"});
  AnchorWeights weights({&sv.anchor_keys, &vi.anchor_keys, &id.anchor_keys});
  const double looked_up = CompareProfiles(sv, vi, weights).anchor_overlap;
  weights.Apply(&sv);
  weights.Apply(&vi);
  ASSERT_EQ(sv.anchor_key_weights.size(), sv.anchor_keys.size());
  EXPECT_DOUBLE_EQ(CompareProfiles(sv, vi, weights).anchor_overlap, looked_up);
  EXPECT_GT(looked_up, 0.0);
}

TEST(CompareProfilesTest, EventDatesConflictOnlyWhenBothKnownAndDifferent) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto a = Profile("sv", {}, "2025-11-14");
  auto b = Profile("vi", {}, "2024-04-12");
  auto c = Profile("id", {}, "");
  auto d = Profile("en", {}, "--11-14");
  EXPECT_TRUE(CompareProfiles(a, b, weights).date_conflict);
  EXPECT_FALSE(CompareProfiles(a, c, weights).date_conflict);
  EXPECT_FALSE(CompareProfiles(a, d, weights).date_conflict);
}

TEST(CompareProfilesTest, SharedDatesAcceptYearlessMentions) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto a = Profile("sv", {});
  a.dates = {"2025-11-14", "2024-11-15"};
  auto b = Profile("id", {});
  b.dates = {"--11-14", "2025-09-09"};
  EXPECT_EQ(CompareProfiles(a, b, weights).shared_dates, std::vector<std::string>{"2025-11-14"});
}

TEST(CompareProfilesTest, SentenceMatchCountsMutualBestPairs) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto a = Profile("sv", {});
  auto b = Profile("id", {});
  a.sentences = SentenceVectors(Eigen::MatrixXf::Identity(4, 5), Eigen::MatrixXf(), 0.0);
  Eigen::MatrixXf rows = Eigen::MatrixXf::Zero(3, 5);
  rows(0, 0) = 1;  // matches a[0]
  rows(1, 1) = 1;  // matches a[1]
  rows(2, 2) = 0.2f;  // cosines 0.2 and 0.3 with a[2] and a[3]: too weak to count
  rows(2, 3) = 0.3f;
  rows(2, 4) = std::sqrt(1.0f - 0.2f * 0.2f - 0.3f * 0.3f);
  b.sentences = SentenceVectors(rows, Eigen::MatrixXf(), 0.0);
  EXPECT_NEAR(CompareProfiles(a, b, weights).sentence_match, 2.0 / 4.0, 1e-9);
}

// Rows i of a and b: unit vectors along axis order[i].
SentenceVectors Rows(const std::vector<int>& order, int dims) {
  Eigen::MatrixXf m = Eigen::MatrixXf::Zero(static_cast<Eigen::Index>(order.size()), dims);
  for (size_t i = 0; i < order.size(); ++i) m(static_cast<Eigen::Index>(i), order[i]) = 1;
  return SentenceVectors(m, Eigen::MatrixXf(), 0.0);
}

TEST(CompareProfilesTest, OrderedSimilarityRewardsSentencesInTheSameOrder) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto a = Profile("sv", {}), copy = Profile("id", {}), shuffled = Profile("id", {});
  a.sentences = Rows({0, 1, 2, 3}, 4);
  copy.sentences = Rows({0, 1, 2, 3}, 4);
  shuffled.sentences = Rows({3, 2, 1, 0}, 4);
  const PairEvidence in_order = CompareProfiles(a, copy, weights);
  const PairEvidence reversed = CompareProfiles(a, shuffled, weights);
  // Both match every sentence; only one keeps the order.
  EXPECT_DOUBLE_EQ(in_order.sentence_match, reversed.sentence_match);
  EXPECT_NEAR(in_order.ordered_similarity, 4.0 / 5.0, 1e-6);
  EXPECT_NEAR(reversed.ordered_similarity, 1.0 / 5.0, 1e-6);
}

TEST(CompareProfilesTest, OnlyACitedSourceUrlMakesTheSameSource) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto page = Profile("sv", {}), citing = Profile("id", {}), mentioning = Profile("id", {});
  page.anchors.urls = page.anchors.source_urls = {"example.vn/story"};
  citing.anchors.urls = {"example.vn/story"};
  page.anchors.urls.push_back("libreoffice.org");
  mentioning.anchors.urls = {"libreoffice.org"};
  const PairEvidence cited = CompareProfiles(page, citing, weights);
  const PairEvidence mentioned = CompareProfiles(page, mentioning, weights);
  EXPECT_TRUE(cited.same_source);
  EXPECT_GE(cited.score, 0.9);
  EXPECT_FALSE(mentioned.same_source);
  EXPECT_EQ(mentioned.shared_urls, std::vector<std::string>{"libreoffice.org"});
  EXPECT_LT(mentioned.score, 0.9);
}

TEST(CompareProfilesTest, IdenticalTextIsExact) {
  std::vector<std::string> none;
  AnchorWeights weights({&none});
  auto a = Profile("sv", {});
  auto b = Profile("sv", {});
  a.sketch = BuildShingleSketch({"ett", "två", "tre", "fyra"});
  b.sketch = a.sketch;
  const PairEvidence e = CompareProfiles(a, b, weights);
  EXPECT_TRUE(e.exact);
  EXPECT_DOUBLE_EQ(e.score, 1.0);
}

}  // namespace
}  // namespace dupalign

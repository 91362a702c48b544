#include "cluster/link_model.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

// Feature positions, as in fit_link_model.py's FEATURES.
constexpr size_t kCosine = 0, kCosineRise = 6, kOrderedRise = 9, kCrossLanguage = 5;

DocumentProfile Profile(const std::string& id, const std::string& lang) {
  DocumentProfile p;
  p.id = id;
  p.lang = lang;
  return p;
}

PairEvidence Evidence(double cosine, double sentence_match, double ordered) {
  PairEvidence e;
  e.cosine = cosine;
  e.margin = 1.0;
  e.sentence_match = sentence_match;
  e.ordered_similarity = ordered;
  return e;
}

// A Swedish document and six Indonesian ones: document 1 is its
// translation; the others are on its topic, weakly or (`crowded`) as
// strongly as the translation.
struct Corpus {
  std::vector<DocumentProfile> profiles;
  PairEvidenceMap evidence;
};

Corpus SwedishWithIndonesianCandidates(bool crowded) {
  Corpus c;
  c.profiles.push_back(Profile("sv", "sv"));
  for (int k = 1; k <= 6; ++k) c.profiles.push_back(Profile("id" + std::to_string(k), "id"));
  c.evidence[{0, 1}] = Evidence(0.6, 0.6, 0.5);
  for (size_t k = 2; k <= 6; ++k) {
    c.evidence[{0, k}] = crowded ? Evidence(0.6, 0.6, 0.5) : Evidence(0.3, 0.1, 0.1);
  }
  return c;
}

TEST(LinkModelTest, APairIsJudgedAgainstTheDocumentsOtherCandidates) {
  const Corpus standout = SwedishWithIndonesianCandidates(false);
  const Corpus crowded = SwedishWithIndonesianCandidates(true);
  const LinkModel in_standout(standout.profiles, standout.evidence);
  const LinkModel in_crowded(crowded.profiles, crowded.evidence);
  const PairEvidence& pair = standout.evidence.at({0, 1});
  ASSERT_EQ(pair.cosine, crowded.evidence.at({0, 1}).cosine);
  EXPECT_GT(in_standout.Describe(0, 1, pair)[kCosineRise], 0.0);
  EXPECT_GT(in_standout.Probability(0, 1, pair), in_crowded.Probability(0, 1, pair));
  EXPECT_GE(in_standout.Probability(0, 1, pair), ClusterOptions().link_score);
  EXPECT_LT(in_crowded.Probability(0, 1, pair), ClusterOptions().link_score);
}

TEST(LinkModelTest, ALoneCandidateIsItsOwnBackground) {
  std::vector<DocumentProfile> profiles = {Profile("a", "vi"), Profile("b", "en")};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.7, 0.5, 0.4);
  const LinkModel model(profiles, evidence);
  const LinkModel::Features x = model.Describe(0, 1, evidence.at({0, 1}));
  EXPECT_DOUBLE_EQ(x[kCosine], 0.7);
  EXPECT_DOUBLE_EQ(x[kCrossLanguage], 1.0);
  EXPECT_DOUBLE_EQ(x[kCosineRise], 0.0);
  EXPECT_DOUBLE_EQ(x[kOrderedRise], 0.0);
}

TEST(LinkModelTest, ACitedSourceOutweighsTheText) {
  std::vector<DocumentProfile> profiles = {Profile("a", "sv"), Profile("b", "id")};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.1, 0.0, 0.0);
  const LinkModel model(profiles, evidence);
  const double unrelated = model.Probability(0, 1, evidence.at({0, 1}));
  evidence[{0, 1}].same_source = true;
  EXPECT_LT(unrelated, 0.5);
  EXPECT_GE(model.Probability(0, 1, evidence.at({0, 1})), 0.9);
}

TEST(LinkModelTest, ClusteringLinksTheStandoutButNotTheCrowd) {
  const Corpus standout = SwedishWithIndonesianCandidates(false);
  const auto clusters = ClusterDocuments(standout.profiles, standout.evidence, ClusterOptions());
  ASSERT_EQ(clusters.size(), 6u);
  EXPECT_EQ(clusters[0].members.size(), 2u);
  // Calibrated scores are probabilities.
  EXPECT_GT(clusters[0].members[1].score, 0.0);
  EXPECT_LE(clusters[0].members[1].score, 1.0);
  PairEvidenceMap calibrated = standout.evidence;
  CalibrateEvidence(standout.profiles, &calibrated, /*threads=*/2);
  EXPECT_EQ(calibrated.size(), standout.evidence.size());
  EXPECT_GT(calibrated.at({0, 1}).score, calibrated.at({0, 2}).score);
}

}  // namespace
}  // namespace dupalign

#include "cluster/link_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dupalign {
namespace {

// Feature positions, as in fit_link_model.py's FEATURES.
constexpr size_t kCosine = 0, kCrossLanguage = 5, kCosineRise = 6, kSentenceRise = 7,
                 kOrderedRise = 9, kOrderedLength = 10, kLength = 11, kWordMatch = 12,
                 kWordRise = 13;

// A news article's length unless a test says otherwise.
constexpr Eigen::Index kSentences = 20;

DocumentProfile Profile(const std::string& id, const std::string& lang,
                        Eigen::Index sentences = kSentences) {
  DocumentProfile p;
  p.id = id;
  p.lang = lang;
  // Only the sentence count matters to the model.
  p.sentences = SentenceVectors(Eigen::MatrixXf::Ones(sentences, 2),
                                Eigen::MatrixXf(sentences, 0), 0.0);
  return p;
}

PairEvidence Evidence(double cosine, double sentence_match, double ordered,
                      double word_match = 0.0) {
  PairEvidence e;
  e.word_match = word_match;
  e.cosine = cosine;
  e.margin = 1.0;
  e.sentence_match = sentence_match;
  e.ordered_similarity = ordered;
  return e;
}

// A Swedish document and six Indonesian ones: document 1 is its
// translation; the others are on its topic, weakly or (`crowded`) as
// strongly as the translation. The texts are short (four sentences), where
// a chain of matching sentences is common by chance and only the background
// tells the translation apart.
struct Corpus {
  std::vector<DocumentProfile> profiles;
  PairEvidenceMap evidence;
};

Corpus SwedishWithIndonesianCandidates(bool crowded) {
  constexpr Eigen::Index kShort = 4;
  Corpus c;
  c.profiles.push_back(Profile("sv", "sv", kShort));
  for (int k = 1; k <= 6; ++k) {
    c.profiles.push_back(Profile("id" + std::to_string(k), "id", kShort));
  }
  c.evidence[{0, 1}] = Evidence(0.6, 0.6, 0.5, 0.3);
  for (size_t k = 2; k <= 6; ++k) {
    c.evidence[{0, k}] = crowded ? Evidence(0.6, 0.6, 0.5, 0.3) : Evidence(0.3, 0.1, 0.1, 0.1);
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

// Word matching, like the other evidence, counts by how far it rises above
// what both documents get from their other candidates in that language.
TEST(LinkModelTest, WordMatchIsJudgedAgainstTheBackground) {
  Corpus c = SwedishWithIndonesianCandidates(false);
  const LinkModel model(c.profiles, c.evidence);
  const LinkModel::Features x = model.Describe(0, 1, c.evidence.at({0, 1}));
  EXPECT_DOUBLE_EQ(x[kWordMatch], 0.3);
  // Document 0's Indonesian background: (0.3 + 4 x 0.1) / 5; document 1's
  // lone Swedish candidate is its own.
  EXPECT_NEAR(x[kWordRise], 0.3 - 0.5 * (0.14 + 0.3), 1e-12);
  PairEvidence stronger = c.evidence.at({0, 1});
  stronger.word_match = 0.4;
  EXPECT_GT(model.Probability(0, 1, stronger), model.Probability(0, 1, c.evidence.at({0, 1})));
}

TEST(LinkModelTest, ACitedSourceOutweighsTheText) {
  Corpus c = SwedishWithIndonesianCandidates(false);
  const LinkModel model(c.profiles, c.evidence);
  PairEvidence& weak = c.evidence.at({0, 2});
  const double unrelated = model.Probability(0, 2, weak);
  weak.same_source = true;
  EXPECT_LT(unrelated, 0.5);
  EXPECT_GE(model.Probability(0, 2, weak), 0.9);
}

TEST(LinkModelTest, TheBackgroundIsTheMeanOfTheBestFiveInTheOtherLanguage) {
  // Document 0 (vi) has seven English candidates and one Swedish one.
  std::vector<DocumentProfile> profiles = {Profile("vi", "vi")};
  PairEvidenceMap evidence;
  const double cosines[] = {0.9, 0.2, 0.8, 0.3, 0.7, 0.1, 0.6};
  for (size_t k = 1; k <= 7; ++k) {
    profiles.push_back(Profile("en" + std::to_string(k), "en"));
    evidence[{0, k}] = Evidence(cosines[k - 1], 0.0, 0.0);
  }
  profiles.push_back(Profile("sv", "sv"));
  evidence[{0, 8}] = Evidence(0.95, 0.0, 0.0);
  const LinkModel model(profiles, evidence);
  // Document 0's English background: (0.9 + 0.8 + 0.7 + 0.6 + 0.3) / 5 =
  // 0.66; document 1's lone Vietnamese candidate is its own background.
  const double background_0 = 0.66, background_1 = 0.9;
  EXPECT_NEAR(model.Describe(0, 1, evidence.at({0, 1}))[kCosineRise],
              0.9 - 0.5 * (background_0 + background_1), 1e-12);
  // The Swedish candidate is judged only against Swedish ones.
  EXPECT_NEAR(model.Describe(0, 8, evidence.at({0, 8}))[kCosineRise], 0.0, 1e-12);
}

TEST(LinkModelTest, TheOrderedChainIsWeighedByTheShorterTextsLength) {
  std::vector<DocumentProfile> profiles = {Profile("a", "en", 30), Profile("b", "vi", 4)};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.5, 0.5, 0.4);
  const LinkModel model(profiles, evidence);
  const LinkModel::Features x = model.Describe(0, 1, evidence.at({0, 1}));
  const double length = std::log(1.0 + 4.0);
  EXPECT_NEAR(x[kLength], length, 1e-12);
  EXPECT_NEAR(x[kOrderedLength], 0.4 * length, 1e-12);
  EXPECT_DOUBLE_EQ(x[kSentenceRise], 0.0);
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

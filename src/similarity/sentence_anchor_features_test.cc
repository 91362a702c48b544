#include "similarity/sentence_anchor_features.h"

#include <gmock/gmock.h>
#include <cmath>

#include <gtest/gtest.h>
#include <xxhash.h>

namespace dupalign {
namespace {

using ::testing::ElementsAre;

Sentence MakeSentence(const std::string& text) {
  Sentence s;
  s.text = text;
  return s;
}

TEST(SentenceAnchorFeaturesTest, TakesNamesAndNumbersButNotTheFirstWord) {
  EXPECT_THAT(SentenceAnchorTokens(MakeSentence("Herr Kuroiwa Yuji talade om 1 200 företag.")),
              ElementsAre("kuroiwa", "yuji", "1", "200"));
}

TEST(SentenceAnchorFeaturesTest, FoldsVietnameseNames) {
  EXPECT_THAT(SentenceAnchorTokens(MakeSentence("Bộ trưởng Đào Hồng Lan phát biểu")),
              ElementsAre("dao", "hong", "lan"));
}

TEST(SentenceAnchorFeaturesTest, TranslationsShareAnchorsAcrossLanguages) {
  Document doc;
  doc.sentences = {MakeSentence("Menteri Dao Hong Lan bertemu Kuroiwa Yuji pada 2025."),
                   MakeSentence("Ministern Dao Hong Lan mötte Kuroiwa Yuji 2025."),
                   MakeSentence("Vädret var fint i Stockholm.")};
  const Eigen::MatrixXf f = SentenceAnchorFeatures(doc);
  EXPECT_NEAR(f.row(0).norm(), 1.0f, 1e-5);
  EXPECT_GT(f.row(0).dot(f.row(1)), 0.9f);
  EXPECT_LT(f.row(0).dot(f.row(2)), 0.1f);
}

TEST(SentenceAnchorFeaturesTest, SharedTokensGiveTheSameFeatures) {
  Document doc;
  doc.sentences = {MakeSentence("Menteri Dao Hong Lan bertemu Kuroiwa Yuji pada 2025."),
                   MakeSentence("Vädret var fint i Stockholm.")};
  const Eigen::MatrixXf own = SentenceAnchorFeatures(doc);
  EXPECT_GT(own.row(0).norm(), 0.0f);
  EXPECT_EQ(SentenceAnchorFeatures(doc, AnchorTokens(doc)), own);
}

TEST(SentenceAnchorFeaturesTest, SparseFormHoldsTheDenseFloats) {
  Document doc;
  doc.sentences = {MakeSentence("Menteri Dao Hong Lan bertemu Kuroiwa Yuji pada 2025 dan 2025."),
                   MakeSentence("det var en gång"),
                   MakeSentence("Ministern Dao Hong Lan mötte Kuroiwa Yuji i Kanagawa 14.11.")};
  const SentenceTokens tokens = AnchorTokens(doc);
  // The definition: hashed counts, then each row to unit length.
  Eigen::MatrixXf counts = Eigen::MatrixXf::Zero(3, 64);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    for (const std::string& token : SentenceAnchorTokens(doc.sentences[i], tokens[i])) {
      counts(static_cast<Eigen::Index>(i), XXH3_64bits(token.data(), token.size()) % 64) += 1.0f;
    }
  }
  for (Eigen::Index i = 0; i < counts.rows(); ++i) {
    if (counts.row(i).norm() > 0) counts.row(i) /= counts.row(i).norm();
  }
  const Eigen::SparseMatrix<float, Eigen::RowMajor> sparse =
      SparseSentenceAnchorFeatures(doc, tokens, 64);
  EXPECT_EQ(Eigen::MatrixXf(sparse), counts);
  EXPECT_EQ(sparse.row(1).nonZeros(), 0);
  EXPECT_EQ(SentenceAnchorFeatures(doc, tokens, 64), counts);
}

TEST(SentenceAnchorFeaturesTest, SentenceWithoutAnchorsIsZero) {
  Document doc;
  doc.sentences = {MakeSentence("det var en gång")};
  EXPECT_EQ(SentenceAnchorFeatures(doc).row(0).norm(), 0.0f);
}

TEST(SentenceAnchorFeaturesTest, JoinedNeighboursCarryBothSentencesAnchors) {
  Eigen::MatrixXf anchors = Eigen::MatrixXf::Zero(3, 4);
  anchors(0, 0) = 1.0f;
  anchors(1, 1) = 1.0f;  // sentence 2 has no anchors
  const Eigen::MatrixXf joined = JoinedNeighbourAnchors(anchors);
  ASSERT_EQ(joined.rows(), 2);
  EXPECT_NEAR(joined(0, 0), std::sqrt(0.5f), 1e-6);
  EXPECT_NEAR(joined(0, 1), std::sqrt(0.5f), 1e-6);
  EXPECT_NEAR(joined(1, 1), 1.0f, 1e-6);
  EXPECT_EQ(JoinedNeighbourAnchors(anchors.topRows(1)).rows(), 0);
}

}  // namespace
}  // namespace dupalign

#include "align/word_matcher.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>
#include <span>
#include <vector>

#include <gtest/gtest.h>

#include "embed/embedding_space.h"
#include "embed/sentence_embedder.h"
#include "scratch_dir_test_base.h"

namespace dupalign {
namespace {

constexpr int kDim = 100;
using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

RowMatrix RandomUnitRows(int n, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  RowMatrix m(n, kDim);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < kDim; ++k) m(i, k) = normal(*rng);
    m.row(i).normalize();
  }
  return m;
}

// `sentences` sentences of `per_sentence` words each.
SentenceWords Words(const RowMatrix& rows, size_t per_sentence) {
  SentenceWords words;
  words.rows = rows;
  for (size_t k = 0; k <= static_cast<size_t>(rows.rows()); k += per_sentence) {
    words.offset.push_back(k);
  }
  return words;
}

TEST(WordMatcherTest, TranslationsScoreAboveUnrelatedSentences) {
  std::mt19937 rng(3);
  const RowMatrix source = RandomUnitRows(40, &rng);
  RowMatrix target = source + 0.5f * RandomUnitRows(40, &rng);
  target.rowwise().normalize();
  WordMatcher matcher(Words(source, 4), Words(target, 4));
  for (size_t s = 0; s < 10; ++s) {
    const double match = matcher.Similarity(s, s + 1, s, s + 1);
    const double other = matcher.Similarity(s, s + 1, (s + 5) % 10, (s + 5) % 10 + 1);
    EXPECT_GT(match, other + 0.3) << "sentence " << s;
  }
}

TEST(WordMatcherTest, MergedSpanMatchesItsTwoSentences) {
  std::mt19937 rng(5);
  const RowMatrix source = RandomUnitRows(30, &rng);
  WordMatcher matcher(Words(source, 3), Words(source, 3));
  // Two sentences joined on the target side: the merged span covers every
  // source word, the single sentence only half of them.
  EXPECT_GT(matcher.Similarity(2, 4, 2, 4), matcher.Similarity(2, 4, 2, 3) + 0.2);
  EXPECT_NEAR(matcher.Similarity(2, 4, 2, 4), matcher.Similarity(2, 3, 2, 3), 0.1);
}

// The definition, computed the slow way: CSLS of every word pair with each
// word's hubness the mean of its k best cosines, then each word's best
// match in the other span, averaged per side with the words' weights.
double ReferenceSimilarity(const SentenceWords& a, const SentenceWords& b, size_t k, size_t s0,
                           size_t s1, size_t t0, size_t t1) {
  const Eigen::MatrixXf cosines = a.rows * b.rows.transpose();
  auto top_mean = [k](std::vector<float> v) {
    std::sort(v.begin(), v.end(), std::greater<float>());
    const size_t n = std::min(k, v.size());
    return std::accumulate(v.begin(), v.begin() + static_cast<long>(n), 0.0) / n;
  };
  std::vector<double> hub_a, hub_b;
  for (Eigen::Index r = 0; r < cosines.rows(); ++r) {
    hub_a.push_back(top_mean({cosines.row(r).begin(), cosines.row(r).end()}));
  }
  for (Eigen::Index c = 0; c < cosines.cols(); ++c) {
    hub_b.push_back(top_mean({cosines.col(c).begin(), cosines.col(c).end()}));
  }
  auto csls = [&](size_t r, size_t c) { return cosines(r, c) - 0.5 * (hub_a[r] + hub_b[c]); };
  auto weight = [](const SentenceWords& side, size_t w) {
    return side.weight.empty() ? 1.0 : side.weight[w];
  };
  double sum_a = 0.0, sum_b = 0.0, total_a = 0.0, total_b = 0.0;
  for (size_t r = a.offset[s0]; r < a.offset[s1]; ++r) {
    double best = -1e9;
    for (size_t c = b.offset[t0]; c < b.offset[t1]; ++c) best = std::max(best, csls(r, c));
    sum_a += weight(a, r) * best;
    total_a += weight(a, r);
  }
  for (size_t c = b.offset[t0]; c < b.offset[t1]; ++c) {
    double best = -1e9;
    for (size_t r = a.offset[s0]; r < a.offset[s1]; ++r) best = std::max(best, csls(r, c));
    sum_b += weight(b, c) * best;
    total_b += weight(b, c);
  }
  return 0.5 * (sum_a / total_a + sum_b / total_b);
}

// Spans of `source_span` sentences from 0-6 against `target_span` from 0-3,
// with 4 neighbours, as the definition says.
void ExpectReferenceScores(const SentenceWords& source, const SentenceWords& target,
                           size_t source_span, size_t target_span) {
  const WordMatcher matcher(source, target, 4);
  for (size_t s0 = 0; s0 < 7; ++s0) {
    for (size_t t0 = 0; t0 < 4; ++t0) {
      EXPECT_NEAR(matcher.Similarity(s0, s0 + source_span, t0, t0 + target_span),
                  ReferenceSimilarity(source, target, 4, s0, s0 + source_span, t0,
                                      t0 + target_span),
                  1e-5)
          << "s0 " << s0 << " t0 " << t0;
    }
  }
}

TEST(WordMatcherTest, SpansScoreAsTheDefinitionSays) {
  std::mt19937 rng(11);
  const SentenceWords source = Words(RandomUnitRows(24, &rng), 3);
  const SentenceWords target = Words(RandomUnitRows(20, &rng), 4);
  for (size_t neighbours : {1, 4, 30}) {
    WordMatcher matcher(source, target, neighbours);
    for (size_t s0 = 0; s0 < 7; s0 += 2) {
      for (size_t t0 = 0; t0 < 4; ++t0) {
        for (size_t span : {1, 2}) {
          EXPECT_NEAR(matcher.Similarity(s0, s0 + span, t0, t0 + span),
                      ReferenceSimilarity(source, target, neighbours, s0, s0 + span, t0, t0 + span),
                      1e-5)
              << "neighbours " << neighbours << " s0 " << s0 << " t0 " << t0 << " span " << span;
        }
      }
    }
  }
}

// Repeated words share their products (see WordCosines); every occurrence
// must still count in the hubness and in the spans, as the definition says.
TEST(WordMatcherTest, RepeatedWordsScoreAsTheDefinitionSays) {
  std::mt19937 rng(17);
  const RowMatrix vocabulary = RandomUnitRows(6, &rng);
  std::uniform_int_distribution<int> pick(0, 5);
  RowMatrix source_rows(24, kDim), target_rows(20, kDim);
  for (Eigen::Index r = 0; r < source_rows.rows(); ++r) source_rows.row(r) = vocabulary.row(pick(rng));
  for (Eigen::Index r = 0; r < target_rows.rows(); ++r) target_rows.row(r) = vocabulary.row(pick(rng));
  const SentenceWords source = Words(source_rows, 3);
  const SentenceWords target = Words(target_rows, 4);
  ExpectReferenceScores(source, target, 2, 2);
}

// Repeats known in advance (as the pipeline's lead words know them) score
// exactly as repeats found by comparing rows.
TEST(WordMatcherTest, DistinctWordsGiveTheSameScores) {
  std::mt19937 rng(19);
  const RowMatrix vocabulary = RandomUnitRows(7, &rng);
  std::uniform_int_distribution<int> pick(0, 6);
  DistinctWords source, target;
  source.rows = vocabulary.topRows(5);
  target.rows = vocabulary.bottomRows(5);
  for (int w = 0; w < 18; ++w) source.id.push_back(w < 5 ? w : pick(rng) % 5);
  for (int w = 0; w < 15; ++w) target.id.push_back(w < 5 ? w : pick(rng) % 5);
  source.offset = {0, 6, 12, 18};
  target.offset = {0, 5, 10, 15};
  SentenceWords expanded_source, expanded_target;
  expanded_source.rows.resize(18, kDim);
  expanded_target.rows.resize(15, kDim);
  for (int w = 0; w < 18; ++w) expanded_source.rows.row(w) = source.rows.row(source.id[w]);
  for (int w = 0; w < 15; ++w) expanded_target.rows.row(w) = target.rows.row(target.id[w]);
  expanded_source.offset = source.offset;
  expanded_target.offset = target.offset;
  const WordMatcher known(source, target, 4), found(expanded_source, expanded_target, 4);
  for (size_t s0 = 0; s0 < 3; ++s0) {
    for (size_t t0 = 0; t0 < 3; ++t0) {
      EXPECT_EQ(known.Similarity(s0, s0 + 1, t0, t0 + 1), found.Similarity(s0, s0 + 1, t0, t0 + 1));
    }
  }
  EXPECT_EQ(known.Similarity(0, 3, 0, 3), found.Similarity(0, 3, 0, 3));
}

TEST(WordMatcherTest, WeightedSpansScoreAsTheDefinitionSays) {
  std::mt19937 rng(23);
  SentenceWords source = Words(RandomUnitRows(24, &rng), 3);
  SentenceWords target = Words(RandomUnitRows(20, &rng), 4);
  std::uniform_real_distribution<float> weight(0.05f, 1.0f);
  for (int w = 0; w < 24; ++w) source.weight.push_back(weight(rng));
  for (int w = 0; w < 20; ++w) target.weight.push_back(weight(rng));
  ExpectReferenceScores(source, target, 2, 1);
}

// Equal weights, whatever their value, score as no weights.
TEST(WordMatcherTest, EqualWeightsScoreAsNoWeights) {
  std::mt19937 rng(29);
  const SentenceWords source = Words(RandomUnitRows(12, &rng), 3);
  const SentenceWords target = Words(RandomUnitRows(12, &rng), 3);
  SentenceWords weighted_source = source, weighted_target = target;
  weighted_source.weight.assign(12, 0.25f);
  weighted_target.weight.assign(12, 0.25f);
  const WordMatcher plain(source, target), weighted(weighted_source, weighted_target);
  for (size_t s = 0; s < 4; ++s) {
    EXPECT_NEAR(plain.Similarity(s, s + 1, 0, 2), weighted.Similarity(s, s + 1, 0, 2), 1e-6);
  }
}

// A frequent word that has no counterpart barely lowers the score of a
// sentence whose rare words all match, once words are weighted.
TEST(WordMatcherTest, LightWordWithoutCounterpartCostsLittle) {
  std::mt19937 rng(31);
  const RowMatrix target_rows = RandomUnitRows(6, &rng);
  RowMatrix source_rows(3, kDim);
  source_rows.topRows(2) = target_rows.topRows(2);
  source_rows.row(2) = RandomUnitRows(1, &rng).row(0);  // matches nothing
  SentenceWords source = Words(source_rows, 3);
  const SentenceWords target = Words(target_rows, 2);
  const double uniform = WordMatcher(source, target, 2).Similarity(0, 1, 0, 1);
  source.weight = {1.0f, 1.0f, 0.05f};
  const double weighted = WordMatcher(source, target, 2).Similarity(0, 1, 0, 1);
  EXPECT_GT(weighted, uniform + 0.1);
}

TEST(WordMatcherTest, SentenceWithoutWordsScoresZero) {
  std::mt19937 rng(9);
  SentenceWords source = Words(RandomUnitRows(6, &rng), 3);
  source.offset = {0, 3, 3, 6};  // the middle sentence has no words
  WordMatcher matcher(source, source);
  EXPECT_EQ(matcher.Similarity(1, 2, 0, 1), 0.0);
  EXPECT_EQ(WordMatcher::Pairs(source, source), 36u);
}

// A hub word, close to every target word, must earn less than a word whose
// cosine to its counterpart is lower but which is close to nothing else.
TEST(WordMatcherTest, HubnessCorrectionPrefersDistinctiveMatches) {
  std::mt19937 rng(11);
  const RowMatrix target = RandomUnitRows(10, &rng);
  const Eigen::RowVectorXf hub = target.colwise().sum().normalized();
  const float hub_cos = hub.dot(target.row(3));
  // Orthogonal to every target word, so the distinctive word is close only
  // to target word 3.
  Eigen::RowVectorXf free = RandomUnitRows(1, &rng).row(0);
  for (int pass = 0; pass < 2; ++pass) {
    for (int k = 0; k < target.rows(); ++k) {
      free -= free.dot(target.row(k).normalized()) * target.row(k).normalized();
    }
  }
  free.normalize();
  const float cos = 0.9f * hub_cos;
  RowMatrix source(2, kDim);
  source.row(0) = hub;
  source.row(1) = cos * target.row(3) + std::sqrt(1.0f - cos * cos) * free;
  ASSERT_LT(source.row(1).dot(target.row(3)), hub_cos);
  WordMatcher matcher(Words(source, 1), Words(target, 1), 3);
  EXPECT_GT(matcher.Similarity(1, 2, 3, 4), matcher.Similarity(0, 1, 3, 4) + 0.02);
}

// A lexicon entry "bo truong" = "minister" changes the aligner's rows of the
// covered words and leaves the lead-word reading (kAlone) as EmbedWords.
class EmbedSentenceWordsTest : public testing::ScratchDirTestBase {};

TEST_F(EmbedSentenceWordsTest, OnlyTheInContextReadingUsesTheLexicon) {
  const std::string vec = Write("words.vec", "4 3\nbo 1 0 0\ntruong 1 0.2 0\nminister 0 0 1\nhouse 0 1 0\n");
  Write("words.vec.lexicon.vi", "bo truong\tminister\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(EmbeddingSpace::Load(vec, ModelLoadOptions(), &space).ok());
  SentenceEmbedderOptions options;
  options.remove_mean = false;
  options.remove_components = 0;
  const SentenceEmbedder embedder(std::move(space), options);
  const std::vector<std::vector<std::string>> sentences = {{"bo", "truong", "house"}};

  const SentenceWords alone = EmbedSentenceWords(sentences, "vi", embedder, WordReading::kAlone);
  const SentenceWords read = EmbedSentenceWords(sentences, "vi", embedder);
  const Eigen::MatrixXf plain = embedder.EmbedWords(sentences[0], "vi");
  ASSERT_EQ(alone.rows.rows(), 3);
  ASSERT_EQ(read.rows.rows(), 3);
  EXPECT_TRUE(alone.rows.isApprox(RowMatrix(plain)));
  EXPECT_GT(read.rows(0, 2), 0.3f) << "bo is pulled towards minister";
  EXPECT_GT(read.rows(1, 2), 0.3f) << "truong is pulled towards minister";
  EXPECT_TRUE(read.rows.row(2).isApprox(plain.row(2))) << "house is outside the entry";
}

TEST_F(EmbedSentenceWordsTest, SifWeightingKeepsAWeightPerKeptWord) {
  // "bo" is the most frequent word of the .vec (rank 1), "house" the rarest.
  const std::string vec = Write("words.vec", "3 2\nbo 1 0\ntruong 0 1\nhouse 1 1\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(EmbeddingSpace::Load(vec, ModelLoadOptions(), &space).ok());
  const SentenceEmbedder embedder(std::move(space));
  const std::vector<std::vector<std::string>> sentences = {{"bo", "unknown", "house"}, {"truong"}};

  const SentenceWords weighted = EmbedSentenceWords(sentences, "vi", embedder);
  ASSERT_EQ(weighted.rows.rows(), 3) << "the unknown word has no row";
  ASSERT_EQ(weighted.weight.size(), 3u);
  const std::vector<float> expected = embedder.WordWeights(
      std::vector<std::span<const std::string>>(sentences.begin(), sentences.end()), "vi");
  ASSERT_EQ(expected.size(), 4u);
  EXPECT_EQ(weighted.weight[0], expected[0]);
  EXPECT_EQ(weighted.weight[1], expected[2]);
  EXPECT_EQ(weighted.weight[2], expected[3]);
  EXPECT_LT(weighted.weight[0], weighted.weight[1]) << "the frequent word weighs less";
  const SentenceWords uniform = EmbedSentenceWords(sentences, "vi", embedder,
                                                   WordReading::kInContext, WordWeighting::kUniform);
  EXPECT_TRUE(uniform.weight.empty());
}

}  // namespace
}  // namespace dupalign

#include "embed/sentence_embedder.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

namespace fs = std::filesystem;

constexpr int kDim = 6;
constexpr int kWords = 1000;

// A .vec of kWords rows: "the" first (frequent), "zebra" last (rare), the
// rest "wN". Each word points mostly along one axis, so tests can tell which
// word dominates a sentence vector.
class SentenceEmbedderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dupalign_sentence_embedder_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    std::ofstream vec(Path());
    vec << kWords << ' ' << kDim << '\n';
    for (int i = 0; i < kWords; ++i) {
      std::string word = i == 0 ? "the" : i == kWords - 1 ? "zebra" : "w" + std::to_string(i);
      vec << word;
      for (int d = 0; d < kDim; ++d) {
        // Axis i % kDim carries the word; a small second component varies it.
        float value = d == i % kDim ? 1.0f : (d == (i / kDim) % kDim ? 0.3f : 0.0f);
        vec << ' ' << value;
      }
      vec << '\n';
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path() const { return (dir_ / "words.vec").string(); }

  std::unique_ptr<SentenceEmbedder> Embedder(const std::string& spec,
                                             SentenceEmbedderOptions options) {
    std::unique_ptr<EmbeddingSpace> space;
    Status status = EmbeddingSpace::Load(spec, ModelLoadOptions(), &space);
    EXPECT_TRUE(status.ok()) << status.ToString();
    if (!status.ok()) return nullptr;
    return std::make_unique<SentenceEmbedder>(std::move(space), options);
  }

  static SentenceEmbedderOptions NoRemoval() {
    SentenceEmbedderOptions options;
    options.remove_mean = false;
    options.remove_components = 0;
    return options;
  }

  // 60 sentences that share the rare "w990" (axis 0) and differ by their
  // second word.
  static std::vector<std::vector<std::string>> SharedWordBatch() {
    std::vector<std::vector<std::string>> sentences;
    for (int i = 0; i < 60; ++i) {
      sentences.push_back({"w990", "w" + std::to_string(100 + 5 * i)});
    }
    return sentences;
  }

  fs::path dir_;
};

float Cosine(const Eigen::VectorXf& a, const Eigen::VectorXf& b) {
  return a.dot(b) / (a.norm() * b.norm());
}

TEST_F(SentenceEmbedderTest, FrequentWordMovesTheVectorLessThanARareOne) {
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  // "w500" is on axis 2; "the" on axis 0 and "zebra" (999) on axis 3.
  const Eigen::VectorXf base = embedder->EmbedBag({"w500"}, "en");
  const Eigen::VectorXf with_the = embedder->EmbedBag({"w500", "the"}, "en");
  const Eigen::VectorXf with_zebra = embedder->EmbedBag({"w500", "zebra"}, "en");
  EXPECT_GT(Cosine(base, with_the), 0.99f);
  EXPECT_LT(Cosine(base, with_zebra), 0.9f);
  EXPECT_GT(Cosine(base, with_the), Cosine(base, with_zebra));
}

TEST_F(SentenceEmbedderTest, WordWeightsAreSifWeightsFromTheModel) {
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  const std::vector<std::string> words = {"the", "w500", "zebra"};
  const std::span<const std::string> run(words);
  const std::vector<float> weights = embedder->WordWeights({&run, 1}, "en");
  ASSERT_EQ(weights.size(), 3u);
  const double a = embedder->options().sif_a;
  const EmbeddingModel& model = *embedder->space().ForLanguage("en")->model;
  for (size_t k = 0; k < words.size(); ++k) {
    EXPECT_NEAR(weights[k], a / (a + model.WordProbability(words[k])), 1e-6) << words[k];
  }
  EXPECT_LT(weights[0], weights[1]);
  EXPECT_LT(weights[1], weights[2]);
}

// Below min_batch_for_estimate sentences nothing is centred: each row is
// the SIF-weighted mean of the sentence's word rows, at unit length.
TEST_F(SentenceEmbedderTest, SentencesInContextAreWeightedMeansOfTheirWordRows) {
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  const std::vector<std::vector<std::string>> sentences = {
      {"the", "w500", "zebra"}, {"nothing", "known"}, {"w7"}};
  const Eigen::MatrixXf rows = embedder->EmbedSentencesInContext(sentences, "en");
  ASSERT_EQ(rows.rows(), 3);
  const std::vector<std::span<const std::string>> runs(sentences.begin(), sentences.end());
  const Eigen::MatrixXf words = embedder->EmbedWords(runs, "en");
  const std::vector<float> weights = embedder->WordWeights(runs, "en");
  Eigen::VectorXf expected = Eigen::VectorXf::Zero(kDim);
  for (int k = 0; k < 3; ++k) expected += weights[k] * words.row(k).transpose();
  EXPECT_TRUE(rows.row(0).transpose().isApprox(expected.normalized(), 1e-5f));
  EXPECT_EQ(rows.row(1).squaredNorm(), 0.0f) << "no known word";
  EXPECT_TRUE(rows.row(2).transpose().isApprox(words.row(5).transpose(), 1e-5f));
}

// From min_batch_for_estimate sentences on, the batch's mean sentence is
// removed, so a word every sentence shares no longer makes them alike.
TEST_F(SentenceEmbedderTest, SentencesInContextLoseTheBatchMean) {
  SentenceEmbedderOptions options = NoRemoval();
  options.remove_mean = true;
  auto embedder = Embedder(Path(), options);
  ASSERT_NE(embedder, nullptr);
  const Eigen::MatrixXf rows = embedder->EmbedSentencesInContext(SharedWordBatch(), "en");
  ASSERT_EQ(rows.rows(), 60);
  const Eigen::VectorXf mean = rows.colwise().mean();
  EXPECT_LT(mean.norm(), 0.2f);
  EXPECT_NEAR(rows.row(7).norm(), 1.0f, 1e-5f);
}

// Once a corpus sample fixes the words' centring, a long input is read in
// chunks; a sentence's row must not depend on where the chunks fall.
TEST_F(SentenceEmbedderTest, SentencesInContextDoNotDependOnTheBatch) {
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  std::vector<std::vector<std::string>> sentences;
  for (int i = 0; i < 5000; ++i) {
    sentences.push_back({"w" + std::to_string(1 + i % 997), "w" + std::to_string(1 + (7 * i) % 997)});
  }
  embedder->SetCorpusSample("en", sentences);
  const Eigen::MatrixXf all = embedder->EmbedSentencesInContext(sentences, "en");
  const std::vector<std::vector<std::string>> tail(sentences.end() - 10, sentences.end());
  const Eigen::MatrixXf few = embedder->EmbedSentencesInContext(tail, "en");
  EXPECT_TRUE(all.bottomRows(10).isApprox(few, 1e-5f));
}

TEST_F(SentenceEmbedderTest, RowsAreUnitLengthAndUnknownSentencesAreZero) {
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  Eigen::MatrixXf rows = embedder->EmbedSentences({{"w3", "w4"}, {"nothing", "known"}, {}}, "en");
  ASSERT_EQ(rows.rows(), 3);
  ASSERT_EQ(rows.cols(), kDim);
  EXPECT_NEAR(rows.row(0).norm(), 1.0f, 1e-5);
  EXPECT_EQ(rows.row(1).norm(), 0.0f);
  EXPECT_EQ(rows.row(2).norm(), 0.0f);
}

TEST_F(SentenceEmbedderTest, BatchCommonComponentIsRemoved) {
  auto plain = Embedder(Path(), NoRemoval());
  auto removing = Embedder(Path(), SentenceEmbedderOptions());
  ASSERT_NE(plain, nullptr);
  ASSERT_NE(removing, nullptr);
  const auto batch = SharedWordBatch();
  const Eigen::MatrixXf before = plain->EmbedSentences(batch, "en");
  const Eigen::MatrixXf after = removing->EmbedSentences(batch, "en");
  const Eigen::VectorXf mean_before = before.colwise().mean();
  const Eigen::VectorXf mean_after = after.colwise().mean();
  // The shared word dominates every raw vector and is gone after removal.
  EXPECT_GT(mean_before.norm(), 0.5f);
  EXPECT_LT(mean_after.norm(), 0.1f);
  // Sentences with different second words are then further apart.
  EXPECT_LT(Cosine(after.row(0), after.row(1)), Cosine(before.row(0), before.row(1)));
}

TEST_F(SentenceEmbedderTest, SmallBatchWithoutStatsIsLeftAlone) {
  auto plain = Embedder(Path(), NoRemoval());
  auto removing = Embedder(Path(), SentenceEmbedderOptions());
  auto batch = SharedWordBatch();
  batch.resize(10);
  EXPECT_TRUE(plain->EmbedSentences(batch, "en").isApprox(removing->EmbedSentences(batch, "en")));
}

TEST_F(SentenceEmbedderTest, StatsFileIsUsedForSmallBatchesAndBags) {
  auto plain = Embedder(Path(), NoRemoval());
  const auto batch = SharedWordBatch();
  LanguageStats stats = EmbeddingStats::Estimate(plain->WeightedAverages(batch, "en"), "en",
                                                 SentenceEmbedderOptions().sif_a, 1);
  std::ofstream(Path() + ".stats") << "# written by the test\n" << EmbeddingStats::Format(stats);
  auto with_stats = Embedder(Path(), SentenceEmbedderOptions());
  ASSERT_NE(with_stats, nullptr);
  const Eigen::MatrixXf full = with_stats->EmbedSentences(batch, "en");
  // Two sentences alone are embedded as they were within the whole batch.
  const Eigen::MatrixXf pair = with_stats->EmbedSentences({batch[0], batch[1]}, "en");
  EXPECT_TRUE(pair.row(0).isApprox(full.row(0), 1e-4f));
  EXPECT_TRUE(pair.row(1).isApprox(full.row(1), 1e-4f));
  EXPECT_TRUE(with_stats->EmbedBag(batch[3], "en").transpose().isApprox(full.row(3), 1e-4f));
}

// Words read in place, a run per sentence, give exactly what the copied
// words give: neighbouring pairs as the joined sentences, a bag of runs as
// their concatenation, words of runs as the flat list.
TEST_F(SentenceEmbedderTest, WordRunsEmbedExactlyLikeCopiedWords) {
  auto embedder = Embedder(Path(), SentenceEmbedderOptions());
  ASSERT_NE(embedder, nullptr);
  const auto batch = SharedWordBatch();
  const std::vector<std::span<const std::string>> runs(batch.begin(), batch.end());
  std::vector<std::vector<std::string>> joined;
  std::vector<std::string> all;
  for (size_t i = 0; i < batch.size(); ++i) {
    all.insert(all.end(), batch[i].begin(), batch[i].end());
    if (i + 1 == batch.size()) continue;
    joined.push_back(batch[i]);
    joined.back().insert(joined.back().end(), batch[i + 1].begin(), batch[i + 1].end());
  }
  const Eigen::MatrixXf pairs = embedder->EmbedNeighbourPairs(runs, "en");
  ASSERT_EQ(pairs.rows(), static_cast<Eigen::Index>(batch.size() - 1));
  EXPECT_EQ(pairs, embedder->EmbedSentences(joined, "en"));
  EXPECT_EQ(embedder->EmbedSentences(runs, "en"), embedder->EmbedSentences(batch, "en"));
  EXPECT_EQ(embedder->EmbedBag(runs, "en"), embedder->EmbedBag(all, "en"));
  EXPECT_EQ(embedder->EmbedWords(runs, "en"), embedder->EmbedWords(all, "en"));
  EXPECT_EQ(embedder->EmbedNeighbourPairs(SentenceEmbedder::WordRuns(runs).first(1), "en").rows(), 0);
}

TEST_F(SentenceEmbedderTest, StatsFormatRoundTrips) {
  auto plain = Embedder(Path(), NoRemoval());
  LanguageStats stats =
      EmbeddingStats::Estimate(plain->WeightedAverages(SharedWordBatch(), "sv"), "sv", 1e-3, 2);
  ASSERT_EQ(stats.components.size(), 2u);
  EXPECT_NEAR(stats.components[0].norm(), 1.0f, 1e-5);
  const std::string path = (dir_ / "round.stats").string();
  std::ofstream(path) << EmbeddingStats::Format(stats);
  EmbeddingStats loaded;
  ASSERT_TRUE(EmbeddingStats::Load(path, kDim, &loaded).ok());
  const LanguageStats* back = loaded.ForLanguage("sv");
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->sentences, 60);
  EXPECT_TRUE(back->mean.isApprox(stats.mean, 1e-6f));
  EXPECT_TRUE(back->components[1].isApprox(stats.components[1], 1e-6f));
  EXPECT_EQ(loaded.ForLanguage("vi"), nullptr);
  EXPECT_FALSE(EmbeddingStats::Load(path, kDim + 1, &loaded).ok());
}

TEST_F(SentenceEmbedderTest, IdfLowersWordsSeenInEveryDocument) {
  auto embedder = Embedder(Path(), NoRemoval());
  const Eigen::VectorXf base = embedder->EmbedBag({"w500"}, "en");
  const Eigen::VectorXf before = embedder->EmbedBag({"w500", "w501"}, "en");
  embedder->SetDocumentFrequencies({{"w500", 1}, {"w501", 100}}, 100);
  const Eigen::VectorXf after = embedder->EmbedBag({"w500", "w501"}, "en");
  EXPECT_GT(Cosine(base, after), Cosine(base, before));
}

TEST_F(SentenceEmbedderTest, LanguageMapIsAppliedAfterAveraging) {
  // W swaps the first two axes: y = W x.
  std::ofstream map(dir_ / "swap.txt");
  for (int r = 0; r < kDim; ++r) {
    for (int c = 0; c < kDim; ++c) map << (c == (r < 2 ? 1 - r : r) ? 1 : 0) << ' ';
    map << '\n';
  }
  map.close();
  auto plain = Embedder(Path(), NoRemoval());
  auto mapped = Embedder("*=" + Path() + ",sv:map=" + (dir_ / "swap.txt").string(), NoRemoval());
  ASSERT_NE(mapped, nullptr);
  const Eigen::VectorXf x = plain->EmbedBag({"w6", "w13"}, "sv");
  const Eigen::VectorXf y = mapped->EmbedBag({"w6", "w13"}, "sv");
  EXPECT_FLOAT_EQ(y[0], x[1]);
  EXPECT_FLOAT_EQ(y[1], x[0]);
  EXPECT_FLOAT_EQ(y[2], x[2]);
  // Other languages use the catch-all model without the map.
  EXPECT_TRUE(mapped->EmbedBag({"w6", "w13"}, "en").isApprox(x));
}

TEST_F(SentenceEmbedderTest, EmbedTextsTokenisesLikeTheTokenizer) {
  auto embedder = Embedder(Path(), NoRemoval());
  const Eigen::MatrixXf from_text = embedder->EmbedTexts({"W3, w4!"}, "en");
  const Eigen::MatrixXf from_words = embedder->EmbedSentences({{"w3", "w4"}}, "en");
  EXPECT_TRUE(from_text.isApprox(from_words));
}

TEST_F(SentenceEmbedderTest, CachedWordsGiveTheSameVectors) {
  auto plain = Embedder(Path(), NoRemoval());
  auto cached = Embedder(Path(), NoRemoval());
  ASSERT_TRUE(plain && cached);
  const std::vector<std::vector<std::string>> sentences = {
      {"the", "w7", "zebra"}, {"w12", "unknownword", "w13"}, {"unknownword"}};
  for (auto* embedder : {plain.get(), cached.get()}) {
    embedder->SetDocumentFrequencies({{"the", 3}, {"w7", 1}}, 3);
  }
  cached->CacheWords("sv", {"the", "w7", "w12", "unknownword"});  // w13, zebra stay uncached
  const Eigen::MatrixXf a = plain->EmbedSentences(sentences, "sv");
  const Eigen::MatrixXf b = cached->EmbedSentences(sentences, "sv");
  ASSERT_EQ(a.rows(), 3);
  EXPECT_LT((a - b).cwiseAbs().maxCoeff(), 1e-6f);
  EXPECT_EQ(b.row(2).norm(), 0.0f) << "a sentence of unknown words stays a zero row";
}

TEST_F(SentenceEmbedderTest, LexiconPullsCoveredWordsTowardsTheirEnglishTranslations) {
  std::ofstream(dir_ / "words.vec.lexicon.vi") << "w7 w8\tw9\n";
  auto embedder = Embedder(Path(), NoRemoval());
  ASSERT_NE(embedder, nullptr);
  const std::vector<std::vector<std::string>> sentences = {{"w7", "w8", "w20"}, {"w7", "zz"}};
  const auto runs = std::vector<std::span<const std::string>>(sentences.begin(), sentences.end());
  const Eigen::MatrixXf plain = embedder->EmbedWords(runs, "vi");
  const Eigen::MatrixXf read = embedder->EmbedWordsInContext(runs, "vi");
  const Eigen::VectorXf english = embedder->EmbedWords({"w9"}, "en").row(0).transpose();
  ASSERT_EQ(read.rows(), 5);
  for (Eigen::Index covered : {0, 1}) {
    EXPECT_NEAR(read.row(covered).norm(), 1.0f, 1e-5f);
    EXPECT_GT(read.row(covered).dot(english), plain.row(covered).dot(english) + 0.1f);
  }
  // Outside the phrase, and "w7" alone, the words keep their own vectors.
  EXPECT_TRUE(read.row(2).isApprox(plain.row(2)));
  EXPECT_TRUE(read.row(3).isApprox(plain.row(3)));
  EXPECT_EQ(read.row(4).norm(), 0.0f) << "a word without a vector stays a zero row";
  // English, the pivot, is never pulled.
  EXPECT_TRUE(embedder->EmbedWordsInContext(runs, "en").isApprox(embedder->EmbedWords(runs, "en")));
}

}  // namespace
}  // namespace dupalign

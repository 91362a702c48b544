#include "align/sentence_aligner.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dupalign {
namespace {

constexpr int kDim = 100;

Eigen::MatrixXf RandomUnitRows(int n, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  Eigen::MatrixXf m(n, kDim);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < kDim; ++k) m(i, k) = normal(*rng);
    m.row(i).normalize();
  }
  return m;
}

// A "translation" of a row: the row plus noise of the given relative size.
Eigen::RowVectorXf Noisy(const Eigen::RowVectorXf& row, float noise, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, noise / std::sqrt(static_cast<float>(kDim)));
  Eigen::RowVectorXf out = row;
  for (int k = 0; k < kDim; ++k) out(k) += normal(*rng);
  return out.normalized();
}

// Builds a side whose merged rows are the normalised sums of neighbours, the
// way an encoder roughly embeds two sentences joined.
AlignmentSide SideFromRows(const std::vector<Eigen::RowVectorXf>& rows) {
  AlignmentSide side;
  side.sentences.resize(static_cast<Eigen::Index>(rows.size()), kDim);
  for (size_t i = 0; i < rows.size(); ++i) side.sentences.row(i) = rows[i];
  if (rows.size() > 1) {
    side.merged.resize(static_cast<Eigen::Index>(rows.size() - 1), kDim);
    for (size_t i = 0; i + 1 < rows.size(); ++i) {
      side.merged.row(i) = (rows[i] + rows[i + 1]).normalized();
    }
  }
  return side;
}

std::vector<Eigen::RowVectorXf> Rows(const Eigen::MatrixXf& m) {
  std::vector<Eigen::RowVectorXf> rows;
  for (int i = 0; i < m.rows(); ++i) rows.push_back(m.row(i));
  return rows;
}

std::vector<Eigen::RowVectorXf> NoisyCopy(const std::vector<Eigen::RowVectorXf>& rows,
                                          float noise, std::mt19937* rng) {
  std::vector<Eigen::RowVectorXf> out;
  for (const auto& row : rows) out.push_back(Noisy(row, noise, rng));
  return out;
}

// Synthetic rows make unrelated sentences orthogonal, so a wrong 1-1 bead
// costs about 1 where real embeddings give about 0.7-0.9. The defaults are
// tuned on real embeddings (a higher gap penalty); these tests keep the
// cheaper gap that suits orthogonal noise and check the DP's logic.
AlignerOptions SyntheticOptions() {
  AlignerOptions options;
  options.gap_penalty = 0.35;
  options.length_weight = 0.1;
  return options;
}

std::vector<AlignmentBead> AlignOrDie(const AlignmentSide& source, const AlignmentSide& target,
                                      AlignerOptions options = SyntheticOptions()) {
  std::vector<AlignmentBead> beads;
  Status status = SentenceAligner(options).Align(source, target, &beads);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return beads;
}

using Pairs = std::vector<std::pair<std::vector<size_t>, std::vector<size_t>>>;

Pairs Shape(const std::vector<AlignmentBead>& beads) {
  Pairs pairs;
  for (const auto& bead : beads) pairs.emplace_back(bead.source, bead.target);
  return pairs;
}

// The expected beads when target = source with source sentence `deleted`
// removed (or, with swap, source = target with one removed).
Pairs IdentityWithGap(size_t n, size_t deleted, bool gap_in_target) {
  Pairs pairs;
  size_t other = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i == deleted) {
      pairs.push_back(gap_in_target ? Pairs::value_type{{i}, {}} : Pairs::value_type{{}, {i}});
      continue;
    }
    pairs.push_back(gap_in_target ? Pairs::value_type{{i}, {other}}
                                  : Pairs::value_type{{other}, {i}});
    ++other;
  }
  return pairs;
}

TEST(SentenceAlignerTest, AlignsNoisyCopyOneToOne) {
  std::mt19937 rng(7);
  auto source = Rows(RandomUnitRows(30, &rng));
  auto beads = AlignOrDie(SideFromRows(source), SideFromRows(NoisyCopy(source, 0.3f, &rng)));
  ASSERT_EQ(beads.size(), 30u);
  for (size_t i = 0; i < beads.size(); ++i) {
    EXPECT_EQ(beads[i].source, std::vector<size_t>{i});
    EXPECT_EQ(beads[i].target, std::vector<size_t>{i});
    EXPECT_GT(beads[i].similarity, 0.8);
    EXPECT_LT(beads[i].cost, 0.2);
  }
}

// Every cosine of a copy is 1 up to rounding, so every bead costs nothing;
// the alignment must still pair sentence with sentence, not merge them.
TEST(SentenceAlignerTest, AlignsExactCopyOneToOne) {
  std::mt19937 rng(17);
  const auto rows = Rows(RandomUnitRows(40, &rng));
  const auto beads = AlignOrDie(SideFromRows(rows), SideFromRows(rows));
  ASSERT_EQ(beads.size(), 40u);
  for (size_t i = 0; i < beads.size(); ++i) {
    EXPECT_EQ(beads[i].source, std::vector<size_t>{i});
    EXPECT_EQ(beads[i].target, std::vector<size_t>{i});
    EXPECT_EQ(beads[i].similarity, 1.0);
  }
}

class DeletedSentenceTest : public ::testing::TestWithParam<size_t> {};

TEST_P(DeletedSentenceTest, LeavesDeletedSourceSentenceAsGap) {
  std::mt19937 rng(11);
  const size_t deleted = GetParam();
  auto source = Rows(RandomUnitRows(25, &rng));
  auto target = NoisyCopy(source, 0.3f, &rng);
  target.erase(target.begin() + static_cast<long>(deleted));
  auto beads = AlignOrDie(SideFromRows(source), SideFromRows(target));
  EXPECT_EQ(Shape(beads), IdentityWithGap(25, deleted, /*gap_in_target=*/true));
  for (const auto& bead : beads) {
    if (bead.target.empty()) {
      EXPECT_EQ(bead.cost, 0.0);
    }
  }
}

TEST_P(DeletedSentenceTest, LeavesAddedTargetSentenceAsGap) {
  std::mt19937 rng(13);
  const size_t added = GetParam();
  auto target = Rows(RandomUnitRows(25, &rng));
  auto source = NoisyCopy(target, 0.3f, &rng);
  source.erase(source.begin() + static_cast<long>(added));
  auto beads = AlignOrDie(SideFromRows(source), SideFromRows(target));
  EXPECT_EQ(Shape(beads), IdentityWithGap(25, added, /*gap_in_target=*/false));
}

INSTANTIATE_TEST_SUITE_P(StartMiddleEnd, DeletedSentenceTest, ::testing::Values(0, 12, 24));

TEST(SentenceAlignerTest, FindsOneToTwoAndTwoToOneMerges) {
  std::mt19937 rng(17);
  auto target = Rows(RandomUnitRows(20, &rng));
  // Source sentence 5 is one sentence translated as target sentences 5 and 6.
  std::vector<Eigen::RowVectorXf> source;
  for (size_t j = 0; j < target.size(); ++j) {
    if (j == 5) {
      source.push_back((target[5] + target[6]).normalized());
      ++j;
    } else {
      source.push_back(Noisy(target[j], 0.2f, &rng));
    }
  }
  auto one_to_two = AlignOrDie(SideFromRows(source), SideFromRows(target));
  ASSERT_EQ(one_to_two.size(), 19u);
  EXPECT_EQ(one_to_two[5].source, std::vector<size_t>{5});
  EXPECT_EQ(one_to_two[5].target, (std::vector<size_t>{5, 6}));
  EXPECT_EQ(one_to_two[6].target, std::vector<size_t>{7});

  auto two_to_one = AlignOrDie(SideFromRows(target), SideFromRows(source));
  ASSERT_EQ(two_to_one.size(), 19u);
  EXPECT_EQ(two_to_one[5].source, (std::vector<size_t>{5, 6}));
  EXPECT_EQ(two_to_one[5].target, std::vector<size_t>{5});
  EXPECT_NEAR(two_to_one[5].similarity, 1.0, 1e-5);
}

TEST(SentenceAlignerTest, ScoresMergesFromMeanWhenMergedRowsAreMissing) {
  std::mt19937 rng(19);
  auto target = Rows(RandomUnitRows(12, &rng));
  std::vector<Eigen::RowVectorXf> source(target.begin(), target.begin() + 3);
  source.push_back((target[3] + target[4]).normalized());
  source.insert(source.end(), target.begin() + 5, target.end());
  AlignmentSide target_side = SideFromRows(target);
  target_side.merged.resize(0, 0);
  auto beads = AlignOrDie(SideFromRows(source), target_side);
  ASSERT_EQ(beads.size(), 11u);
  EXPECT_EQ(beads[3].target, (std::vector<size_t>{3, 4}));
}

TEST(SentenceAlignerTest, EmptyDocumentsGiveOnlyGaps) {
  std::mt19937 rng(23);
  AlignmentSide empty;
  AlignmentSide three = SideFromRows(Rows(RandomUnitRows(3, &rng)));
  EXPECT_TRUE(AlignOrDie(empty, empty).empty());
  EXPECT_EQ(Shape(AlignOrDie(empty, three)),
            (Pairs{{{}, {0}}, {{}, {1}}, {{}, {2}}}));
  EXPECT_EQ(Shape(AlignOrDie(three, empty)),
            (Pairs{{{0}, {}}, {{1}, {}}, {{2}, {}}}));
}

TEST(SentenceAlignerTest, OneSentenceDocuments) {
  std::mt19937 rng(29);
  auto one = Rows(RandomUnitRows(1, &rng));
  auto beads = AlignOrDie(SideFromRows(one), SideFromRows(NoisyCopy(one, 0.3f, &rng)));
  EXPECT_EQ(Shape(beads), (Pairs{{{0}, {0}}}));
}

TEST(SentenceAlignerTest, ZeroRowsAreUnknownNotFatal) {
  std::mt19937 rng(31);
  auto source = Rows(RandomUnitRows(10, &rng));
  auto target = NoisyCopy(source, 0.3f, &rng);
  target[4].setZero();
  auto beads = AlignOrDie(SideFromRows(source), SideFromRows(target));
  size_t covered = 0;
  for (const auto& bead : beads) covered += bead.source.size();
  EXPECT_EQ(covered, 10u);
  EXPECT_EQ(beads.front().target, std::vector<size_t>{0});
  EXPECT_EQ(beads.back().source, std::vector<size_t>{9});
}

TEST(SentenceAlignerTest, RejectsMismatchedDimensionsAndFields) {
  std::mt19937 rng(37);
  AlignmentSide source = SideFromRows(Rows(RandomUnitRows(4, &rng)));
  AlignmentSide target;
  target.sentences = Eigen::MatrixXf::Ones(3, 50);
  std::vector<AlignmentBead> beads;
  Status status = SentenceAligner().Align(source, target, &beads);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("dimension"), std::string::npos);

  AlignmentSide bad_lengths = source;
  bad_lengths.lengths = {1, 2};
  status = SentenceAligner().Align(bad_lengths, source, &beads);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("source side"), std::string::npos);
}

// A long document: target has extra sentences inserted, all rows noisy.
struct LongPair {
  AlignmentSide source;
  AlignmentSide target;
  Pairs truth;
};

LongPair MakeLongPair(int n, int inserted, uint32_t seed) {
  std::mt19937 rng(seed);
  auto source = Rows(RandomUnitRows(n, &rng));
  std::vector<bool> insert_after(n, false);
  std::uniform_int_distribution<int> position(0, n - 1);
  for (int k = 0; k < inserted;) {
    int p = position(rng);
    if (!insert_after[p]) {
      insert_after[p] = true;
      ++k;
    }
  }
  LongPair pair;
  std::vector<Eigen::RowVectorXf> target;
  for (int i = 0; i < n; ++i) {
    pair.truth.push_back({{static_cast<size_t>(i)}, {target.size()}});
    target.push_back(Noisy(source[i], 0.4f, &rng));
    if (insert_after[i]) {
      pair.truth.push_back({{}, {target.size()}});
      target.push_back(RandomUnitRows(1, &rng).row(0));
    }
  }
  pair.source = SideFromRows(source);
  pair.target = SideFromRows(target);
  return pair;
}

TEST(SentenceAlignerTest, BandedMatchesExactOnLongDocument) {
  LongPair pair = MakeLongPair(3000, 100, 41);
  ASSERT_GT(3001u * 3101u, AlignerOptions().exact_cells);  // default path is banded
  auto banded = AlignOrDie(pair.source, pair.target);
  AlignerOptions exact_options = SyntheticOptions();
  exact_options.exact_cells = 3001 * 3101;
  auto exact = AlignOrDie(pair.source, pair.target, exact_options);
  EXPECT_EQ(Shape(banded), Shape(exact));
  // An inserted sentence next to a noisy pair is sometimes, and legitimately,
  // merged into its bead; nearly all beads must still be the true ones.
  Pairs found = Shape(banded);
  size_t correct = 0;
  for (const auto& bead : found) {
    correct += std::find(pair.truth.begin(), pair.truth.end(), bead) != pair.truth.end();
  }
  EXPECT_GE(correct, pair.truth.size() * 995 / 1000);
}

TEST(SentenceAlignerTest, CoarseToFineRecoversLargeInsertion) {
  // A block of 300 added sentences moves the path far off the diagonal.
  std::mt19937 rng(43);
  auto source = Rows(RandomUnitRows(2500, &rng));
  auto target = NoisyCopy(source, 0.4f, &rng);
  auto block = Rows(RandomUnitRows(300, &rng));
  target.insert(target.begin() + 400, block.begin(), block.end());
  AlignerOptions options = SyntheticOptions();
  options.exact_cells = 100'000;  // forces three coarse levels
  auto beads = AlignOrDie(SideFromRows(source), SideFromRows(target), options);
  size_t correct = 0;
  for (const auto& bead : beads) {
    if (bead.source.size() == 1 && bead.target.size() == 1) {
      size_t i = bead.source[0];
      correct += bead.target[0] == (i < 400 ? i : i + 300);
    }
  }
  EXPECT_EQ(correct, 2500u);
}

TEST(SentenceAlignerTest, IsDeterministicWithParagraphs) {
  std::mt19937 rng(47);
  auto source = Rows(RandomUnitRows(40, &rng));
  AlignmentSide s = SideFromRows(source);
  AlignmentSide t = SideFromRows(NoisyCopy(source, 0.5f, &rng));
  for (size_t i = 0; i < 40; ++i) {
    s.paragraph.push_back(i / 5);
    t.paragraph.push_back(i / 5);
    s.lengths.push_back(40 + i);
    t.lengths.push_back(50 + i);
  }
  auto first = AlignOrDie(s, t);
  auto second = AlignOrDie(s, t);
  ASSERT_EQ(first.size(), 40u);
  EXPECT_EQ(Shape(first), Shape(second));
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].target, std::vector<size_t>{i});
    EXPECT_EQ(first[i].cost, second[i].cost);
  }
}

TEST(SentenceAlignerTest, ParagraphPriorKeepsBeadsInsideAlignedParagraphs) {
  // Target sentence 3 ends paragraph 0; source sentences 3 (paragraph 0) and
  // 4 (paragraph 1) each carry half of it, sentence 4 slightly more. Without
  // the prior it pairs with source 4; with it, with source 3.
  std::mt19937 rng(53);
  auto base = Rows(RandomUnitRows(10, &rng));
  std::vector<Eigen::RowVectorXf> source = {base[0], base[1], base[2],
                                            (base[3] + 1.1f * base[8]).normalized(),
                                            (base[3] + 0.9f * base[9]).normalized(),
                                            base[5], base[6], base[7]};
  std::vector<Eigen::RowVectorXf> target = {base[0], base[1], base[2], base[3],
                                            base[5], base[6], base[7]};
  AlignmentSide s = SideFromRows(source);
  AlignmentSide t = SideFromRows(target);
  s.paragraph = {0, 0, 0, 0, 1, 1, 1, 1};
  t.paragraph = {0, 0, 0, 0, 1, 1, 1};
  AlignerOptions options;
  options.max_merge = 1;  // a 2-1 bead would otherwise take both halves
  auto partner_of_target_3 = [&](const AlignerOptions& o) {
    for (const auto& bead : AlignOrDie(s, t, o)) {
      if (bead.target == std::vector<size_t>{3}) return bead.source;
    }
    return std::vector<size_t>{};
  };
  EXPECT_EQ(partner_of_target_3(options), std::vector<size_t>{3});
  options.paragraph_penalty = 0.0;
  EXPECT_EQ(partner_of_target_3(options), std::vector<size_t>{4});
}

TEST(SentenceAlignerTest, LengthPriorIsGaussianOrLinearInTheRatioDeviation) {
  std::mt19937 rng(53);
  AlignmentSide source = SideFromRows(Rows(RandomUnitRows(2, &rng)));
  AlignmentSide target = source;  // identical vectors: only the prior costs
  source.lengths = {10, 10};
  target.lengths = {10, 40};
  const double expected = std::log1p(50.0) - std::log1p(20.0);
  const double deviation[2] = {std::abs(-expected),
                               std::abs(std::log1p(40.0) - std::log1p(10.0) - expected)};
  AlignerOptions options;
  options.max_merge = 1;
  options.gap_penalty = 10.0;  // forces two 1-1 beads
  options.length_weight = 0.2;
  options.length_sigma = 0.3;
  auto beads = AlignOrDie(source, target, options);
  ASSERT_EQ(beads.size(), 2u);
  for (size_t b = 0; b < 2; ++b) {
    const double z = deviation[b] / 0.3;
    EXPECT_NEAR(beads[b].cost, 0.2 * 0.5 * z * z, 1e-4) << "bead " << b;
  }
  options.length_sigma = 0.0;
  beads = AlignOrDie(source, target, options);
  ASSERT_EQ(beads.size(), 2u);
  for (size_t b = 0; b < 2; ++b) EXPECT_NEAR(beads[b].cost, 0.2 * deviation[b], 1e-4);
}

// Sentence vectors that say nothing (all equal) and distinct words per
// sentence: only word matching can find the alignment.
struct WordOnlyPair {
  AlignmentSide source;
  AlignmentSide target;
};

SentenceWords WordsOf(const std::vector<Eigen::MatrixXf>& sentences) {
  SentenceWords words;
  words.offset = {0};
  Eigen::Index total = 0;
  for (const auto& s : sentences) total += s.rows();
  words.rows.resize(total, kDim);
  for (const auto& s : sentences) {
    words.rows.middleRows(static_cast<Eigen::Index>(words.offset.back()), s.rows()) = s;
    words.offset.push_back(words.offset.back() + static_cast<size_t>(s.rows()));
  }
  return words;
}

WordOnlyPair MakeWordOnlyPair(size_t n, size_t deleted, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Eigen::MatrixXf> source_words, target_words;
  for (size_t i = 0; i < n; ++i) {
    Eigen::MatrixXf words = RandomUnitRows(5, &rng);
    source_words.push_back(words);
    if (i == deleted) continue;
    for (int k = 0; k < words.rows(); ++k) words.row(k) = Noisy(words.row(k), 0.3f, &rng);
    target_words.push_back(words);
  }
  WordOnlyPair pair;
  pair.source.sentences = Eigen::MatrixXf::Ones(static_cast<Eigen::Index>(n), kDim);
  pair.target.sentences = Eigen::MatrixXf::Ones(static_cast<Eigen::Index>(n - 1), kDim);
  pair.source.words = WordsOf(source_words);
  pair.target.words = WordsOf(target_words);
  return pair;
}

TEST(SentenceAlignerTest, WordMatchingAlignsWhenSentenceVectorsAreUninformative) {
  WordOnlyPair pair = MakeWordOnlyPair(20, 7, 41);
  AlignerOptions options = SyntheticOptions();
  options.word_weight = 1.0;
  EXPECT_EQ(Shape(AlignOrDie(pair.source, pair.target, options)), IdentityWithGap(20, 7, true));
  // Without words the same vectors cannot place the gap.
  options.word_weight = 0.0;
  EXPECT_NE(Shape(AlignOrDie(pair.source, pair.target, options)), IdentityWithGap(20, 7, true));
}

TEST(SentenceAlignerTest, WordMatchingIsSkippedBeyondItsMemoryLimit) {
  WordOnlyPair pair = MakeWordOnlyPair(20, 7, 43);
  AlignerOptions options = SyntheticOptions();
  options.word_weight = 1.0;
  options.word_pairs = 100 * 95 - 1;  // one pair fewer than the sides have
  AlignerOptions no_words = SyntheticOptions();
  no_words.word_weight = 0.0;
  EXPECT_EQ(Shape(AlignOrDie(pair.source, pair.target, options)),
            Shape(AlignOrDie(pair.source, pair.target, no_words)));
}

// Informative sentence vectors and weak word evidence: translations' words
// are so noisy that their word cost stays well above their vector cost.
WordOnlyPair MakeWeakWordPair(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Eigen::RowVectorXf> source_rows = Rows(RandomUnitRows(static_cast<int>(n), &rng));
  std::vector<Eigen::MatrixXf> source_words, target_words;
  for (size_t i = 0; i < n; ++i) {
    Eigen::MatrixXf words = RandomUnitRows(6, &rng);
    source_words.push_back(words);
    for (int k = 0; k < words.rows(); ++k) words.row(k) = Noisy(words.row(k), 3.0f, &rng);
    target_words.push_back(words);
  }
  WordOnlyPair pair;
  pair.source = SideFromRows(source_rows);
  pair.target = SideFromRows(NoisyCopy(source_rows, 0.5f, &rng));
  pair.source.words = WordsOf(source_words);
  pair.target.words = WordsOf(target_words);
  return pair;
}

double MedianCost(const std::vector<AlignmentBead>& beads) {
  std::vector<double> costs;
  for (const auto& bead : beads) costs.push_back(bead.cost);
  std::nth_element(costs.begin(), costs.begin() + static_cast<long>(costs.size() / 2), costs.end());
  return costs[costs.size() / 2];
}

TEST(SentenceAlignerTest, WordCostIsRescaledToTheSentenceVectorScale) {
  WordOnlyPair pair = MakeWeakWordPair(31, 53);
  AlignerOptions options = SyntheticOptions();
  options.max_merge = 1;
  options.word_weight = 0.0;
  const std::vector<AlignmentBead> vectors_only = AlignOrDie(pair.source, pair.target, options);
  options.word_weight = 1.0;
  const std::vector<AlignmentBead> words_only = AlignOrDie(pair.source, pair.target, options);
  Pairs identity;
  for (size_t i = 0; i < 31; ++i) identity.push_back({{i}, {i}});
  ASSERT_EQ(Shape(vectors_only), identity);
  ASSERT_EQ(Shape(words_only), identity);
  // The true pairs are each other's best partners (an odd number of them, so
  // the median is one pair), so their word costs are stretched until their
  // median equals that of their vector costs.
  EXPECT_NEAR(MedianCost(words_only), MedianCost(vectors_only), 1e-4);
  EXPECT_LT(MedianCost(vectors_only), 0.5);
}

TEST(SentenceAlignerTest, RejectsBadWordOffsetsAndWeights) {
  WordOnlyPair pair = MakeWordOnlyPair(6, 2, 47);
  std::vector<AlignmentBead> beads;
  AlignmentSide bad = pair.target;
  bad.words.offset.pop_back();
  Status status = SentenceAligner().Align(pair.source, bad, &beads);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("target side: word offsets"), std::string::npos);

  bad = pair.source;
  bad.words.weight.assign(static_cast<size_t>(bad.words.rows.rows()), 1.0f);
  bad.words.weight.back() = 0.0f;
  status = SentenceAligner().Align(bad, pair.target, &beads);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("source side: word weights"), std::string::npos);
  bad.words.weight.pop_back();
  status = SentenceAligner().Align(bad, pair.target, &beads);
  EXPECT_NE(status.message().find("source side: word weights"), std::string::npos);

  AlignerOptions options;
  options.word_weight = 1.5;
  status = SentenceAligner(options).Align(pair.source, pair.target, &beads);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("word_weight"), std::string::npos);
}

}  // namespace
}  // namespace dupalign

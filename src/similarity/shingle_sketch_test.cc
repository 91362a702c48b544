#include "similarity/shingle_sketch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <sstream>

namespace dupalign {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::vector<std::string> NumberedWords(int from, int to) {
  std::vector<std::string> words;
  for (int i = from; i < to; ++i) words.push_back("w" + std::to_string(i));
  return words;
}

TEST(ShingleSketchTest, IdenticalTextsShareHashAndSignature) {
  auto a = BuildShingleSketch(Words("the minister met the governor on friday"));
  auto b = BuildShingleSketch(Words("the minister met the governor on friday"));
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_DOUBLE_EQ(EstimatedJaccard(a, b), 1.0);
  EXPECT_DOUBLE_EQ(MutualContainment(a, b).a_in_b, 1.0);
}

TEST(ShingleSketchTest, WordBoundariesMatterForTheHash) {
  EXPECT_NE(BuildShingleSketch(Words("ab c")).content_hash,
            BuildShingleSketch(Words("a bc")).content_hash);
}

TEST(ShingleSketchTest, JaccardEstimateTracksTrueOverlap) {
  // 300 shared words out of 400 on each side: 3-gram Jaccard ~ 298/502.
  auto left = NumberedWords(0, 400);
  auto right = NumberedWords(100, 500);
  auto a = BuildShingleSketch(left, {3, 256});
  auto b = BuildShingleSketch(right, {3, 256});
  EXPECT_NEAR(EstimatedJaccard(a, b), 298.0 / 502.0, 0.08);
}

TEST(ShingleSketchTest, ContainmentDetectsACutDownCopy) {
  auto full = NumberedWords(0, 500);
  auto cut = NumberedWords(0, 200);
  auto a = BuildShingleSketch(cut);
  auto b = BuildShingleSketch(full);
  EXPECT_DOUBLE_EQ(MutualContainment(a, b).a_in_b, 1.0);
  EXPECT_LT(MutualContainment(a, b).b_in_a, 0.45);
  EXPECT_LT(EstimatedJaccard(a, b), 0.6);
}

TEST(ShingleSketchTest, UnrelatedTextsShareNothing) {
  auto a = BuildShingleSketch(NumberedWords(0, 300));
  auto b = BuildShingleSketch(NumberedWords(1000, 1300));
  EXPECT_LT(EstimatedJaccard(a, b), 0.05);
  EXPECT_DOUBLE_EQ(MutualContainment(a, b).a_in_b, 0.0);
}

TEST(ShingleSketchTest, EmptyInputIsSafe) {
  auto empty = BuildShingleSketch(std::vector<std::string>{});
  auto other = BuildShingleSketch(Words("a b c d"));
  EXPECT_EQ(empty.word_count, 0u);
  EXPECT_DOUBLE_EQ(MutualContainment(empty, other).a_in_b, 0.0);
  EXPECT_DOUBLE_EQ(EstimatedJaccard(empty, other), 0.0);
}

// The signature's definition, function k's hash of a shingle being the
// splitmix64 finaliser of shingle + golden * (k + 1), computed the slow way.
uint64_t ReferenceHash(uint64_t shingle, uint64_t k) {
  uint64_t x = shingle + 0x9e3779b97f4a7c15ULL * (k + 1);
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

TEST(ShingleSketchTest, SignatureIsEachFunctionsMinimumOverTheShingles) {
  // 13 functions: one block of eight plus a remainder on the vector path.
  for (int functions : {128, 13, 3}) {
    const ShingleSketch sketch = BuildShingleSketch(NumberedWords(0, 90), {3, functions});
    ASSERT_EQ(sketch.minhash.size(), static_cast<size_t>(functions));
    for (int k = 0; k < functions; ++k) {
      uint64_t lowest = ~0ULL;
      for (uint64_t shingle : sketch.shingles) {
        lowest = std::min(lowest, ReferenceHash(shingle, static_cast<uint64_t>(k)));
      }
      EXPECT_EQ(sketch.minhash[k], lowest) << functions << " functions, function " << k;
    }
  }
}

TEST(ShingleSketchTest, ContainmentCountsTheSharedShinglesExactly) {
  // Overlapping word ranges of many lengths, against std::set_intersection.
  for (int shift : {0, 1, 7, 50, 199, 400}) {
    const ShingleSketch a = BuildShingleSketch(NumberedWords(0, 200));
    const ShingleSketch b = BuildShingleSketch(NumberedWords(shift, shift + 120));
    std::vector<uint64_t> shared;
    std::set_intersection(a.shingles.begin(), a.shingles.end(), b.shingles.begin(),
                          b.shingles.end(), std::back_inserter(shared));
    const Containments c = MutualContainment(a, b);
    EXPECT_DOUBLE_EQ(c.a_in_b, static_cast<double>(shared.size()) / a.shingles.size()) << shift;
    EXPECT_DOUBLE_EQ(c.b_in_a, static_cast<double>(shared.size()) / b.shingles.size()) << shift;
  }
}

}  // namespace
}  // namespace dupalign

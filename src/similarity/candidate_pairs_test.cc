#include "similarity/candidate_pairs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace dupalign {
namespace {

std::vector<std::string> Words(int first, int count) {
  std::vector<std::string> words;
  for (int i = first; i < first + count; ++i) words.push_back("w" + std::to_string(i));
  return words;
}

// Documents with disjoint vocabularies, no neighbours listed, language "sv".
std::vector<DocumentProfile> DistinctProfiles(size_t n) {
  std::vector<DocumentProfile> profiles(n);
  for (size_t i = 0; i < n; ++i) {
    profiles[i].id = "d" + std::to_string(i);
    profiles[i].lang = "sv";
    profiles[i].sketch = BuildShingleSketch(Words(static_cast<int>(i) * 1000, 60));
  }
  return profiles;
}

bool Has(const std::vector<std::pair<size_t, size_t>>& pairs, size_t a, size_t b) {
  return std::find(pairs.begin(), pairs.end(), std::pair{a, b}) != pairs.end();
}

TEST(CandidatePairsTest, SmallCorporaCompareEveryPair) {
  const auto profiles = DistinctProfiles(5);
  const auto pairs = CandidatePairs(profiles, NeighbourLists(5, 0));
  EXPECT_EQ(pairs.size(), 10u);
  EXPECT_TRUE(Has(pairs, 0, 4));
}

TEST(CandidatePairsTest, LargeCorporaTakeNeighboursCopiesAndSharedSources) {
  auto profiles = DistinctProfiles(50);
  // d7 is d3 with a few words changed: a near copy the vectors missed.
  std::vector<std::string> copy = Words(3000, 60);
  copy[10] = "changed";
  profiles[7].sketch = BuildShingleSketch(copy);
  // d20 and d40 cite one source.
  profiles[20].anchors.urls = {"example.org/news/1"};
  profiles[40].anchors.urls = {"example.org/news/1"};
  NeighbourLists neighbours(50, 1);
  std::vector<std::pair<float, uint32_t>> row{{0.9f, 12}};
  neighbours.SetRow(11, &row);
  CandidateOptions options;
  options.all_pairs_up_to = 10;
  const auto pairs = CandidatePairs(profiles, neighbours, options);
  EXPECT_TRUE(Has(pairs, 11, 12)) << "nearest neighbour";
  EXPECT_TRUE(Has(pairs, 3, 7)) << "MinHash band collision";
  EXPECT_TRUE(Has(pairs, 20, 40)) << "shared source URL";
  EXPECT_TRUE(std::is_sorted(pairs.begin(), pairs.end()));
  EXPECT_EQ(std::adjacent_find(pairs.begin(), pairs.end()), pairs.end());
  EXPECT_LE(pairs.size(), 5u) << "disjoint documents must not become candidates";
}

TEST(CandidatePairsTest, CopiesInAnotherLanguageOrAHugeBucketAddNothing) {
  auto profiles = DistinctProfiles(40);
  profiles[5].sketch = profiles[4].sketch;
  profiles[5].lang = "id";  // same words, other language: not a copy
  for (size_t i = 10; i < 40; ++i) profiles[i].anchors.urls = {"site.example/boilerplate"};
  CandidateOptions options;
  options.all_pairs_up_to = 10;
  options.max_bucket = 20;
  const auto pairs = CandidatePairs(profiles, NeighbourLists(40, 0), options);
  EXPECT_FALSE(Has(pairs, 4, 5));
  EXPECT_TRUE(pairs.empty()) << pairs.size() << " pairs";
}

}  // namespace
}  // namespace dupalign

#include "similarity/neighbour_search.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <thread>

namespace dupalign {
namespace {

// Unit vectors around `centres` random topics, so neighbourhoods are real.
RowVectors TopicVectors(size_t n, size_t dim, size_t centres, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal;
  RowVectors topics(centres, dim), vectors(n, dim);
  for (Eigen::Index i = 0; i < topics.size(); ++i) topics.data()[i] = normal(rng);
  for (size_t i = 0; i < n; ++i) {
    for (size_t d = 0; d < dim; ++d) vectors(i, d) = topics(i % centres, d) + 0.7f * normal(rng);
    vectors.row(i).normalize();
  }
  return vectors;
}

TEST(NeighbourSearchTest, ExactListsMatchASortOfTheFullMatrix) {
  const RowVectors v = TopicVectors(300, 16, 10, 1);
  NeighbourSearchOptions options;
  options.neighbours = 5;
  const NeighbourLists lists = FindNeighbours(v, options);
  const Eigen::MatrixXf sim = v * v.transpose();
  for (size_t i = 0; i < 300; ++i) {
    std::vector<std::pair<float, int>> row;
    for (int j = 0; j < 300; ++j) {
      if (j != static_cast<int>(i)) row.push_back({-sim(i, j), j});
    }
    std::sort(row.begin(), row.end());
    ASSERT_EQ(lists.size(i), 5u);
    for (size_t r = 0; r < 5; ++r) {
      EXPECT_EQ(lists.id(i, r), static_cast<uint32_t>(row[r].second)) << "row " << i << " rank " << r;
      EXPECT_NEAR(lists.score(i, r), -row[r].first, 1e-5);
    }
  }
}

TEST(NeighbourSearchTest, TiesGoToTheLowerIndex) {
  RowVectors v = RowVectors::Zero(4, 2);
  v << 1, 0, 1, 0, 1, 0, 0, 1;  // rows 0, 1, 2 identical
  NeighbourSearchOptions options;
  options.neighbours = 2;
  const NeighbourLists lists = FindNeighbours(v, options);
  EXPECT_EQ(lists.id(2, 0), 0u);
  EXPECT_EQ(lists.id(2, 1), 1u);
  EXPECT_EQ(lists.id(0, 0), 1u);
}

TEST(NeighbourSearchTest, TiesGoToTheLowerIndexInLongColumnsToo) {
  // 200 rows, every third one identical: a row's 20 neighbours are the 20
  // lowest-indexed of its 66 twins, wherever the scan meets them.
  RowVectors v = TopicVectors(200, 8, 50, 3);
  for (Eigen::Index i = 0; i < 200; i += 3) v.row(i) = v.row(0);
  NeighbourSearchOptions options;
  options.neighbours = 20;
  const NeighbourLists lists = FindNeighbours(v, options);
  for (size_t i : {0u, 99u, 198u}) {
    std::vector<uint32_t> expected;
    for (uint32_t j = 0; expected.size() < 20; j += 3) {
      if (j != i) expected.push_back(j);
    }
    for (size_t r = 0; r < 20; ++r) EXPECT_EQ(lists.id(i, r), expected[r]) << "row " << i;
  }
}

TEST(NeighbourSearchTest, TinyCorporaHaveAtMostNMinusOneNeighbours) {
  RowVectors one = RowVectors::Ones(1, 3).normalized();
  EXPECT_EQ(FindNeighbours(one, {}).size(0), 0u);
  RowVectors three = TopicVectors(3, 4, 1, 2);
  const NeighbourLists lists = FindNeighbours(three, {});
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(lists.size(i), 2u);
}

TEST(NeighbourSearchTest, GraphSearchFindsNearlyAllExactNeighboursAndIsDeterministic) {
  const RowVectors v = TopicVectors(3000, 32, 60, 3);
  NeighbourSearchOptions exact;
  exact.neighbours = 10;
  NeighbourSearchOptions graph = exact;
  graph.exact_up_to = 100;  // force the HNSW path
  const NeighbourLists truth = FindNeighbours(v, exact);
  const NeighbourLists found = FindNeighbours(v, graph);
  graph.threads = 2;
  const NeighbourLists again = FindNeighbours(v, graph);
  size_t hits = 0;
  for (size_t i = 0; i < 3000; ++i) {
    std::set<uint32_t> expected;
    for (size_t r = 0; r < truth.size(i); ++r) expected.insert(truth.id(i, r));
    for (size_t r = 0; r < found.size(i); ++r) hits += expected.count(found.id(i, r));
    ASSERT_EQ(found.size(i), again.size(i));
    for (size_t r = 0; r < found.size(i); ++r) ASSERT_EQ(found.id(i, r), again.id(i, r));
  }
  const double recall = static_cast<double>(hits) / (3000.0 * 10.0);
  EXPECT_GE(recall, 0.95) << "HNSW recall@10 against exact search";
}

TEST(NeighbourSearchTest, GraphScoresAreTheFloatCosinesBestFirst) {
  const RowVectors v = TopicVectors(500, 100, 20, 4);
  NeighbourSearchOptions graph;
  graph.neighbours = 8;
  graph.exact_up_to = 100;
  const NeighbourLists found = FindNeighbours(v, graph);
  for (size_t i = 0; i < 500; ++i) {
    ASSERT_EQ(found.size(i), 8u);
    for (size_t r = 0; r < found.size(i); ++r) {
      const double cosine = v.row(i).dot(v.row(found.id(i, r)));
      // The byte codes only choose candidates; the score is the float product.
      EXPECT_NEAR(found.score(i, r), cosine, 1e-5) << "row " << i;
      if (r > 0) {
        EXPECT_GE(found.score(i, r - 1), found.score(i, r));
      }
    }
  }
}

void ExpectSameLists(const NeighbourLists& a, const NeighbourLists& b) {
  ASSERT_EQ(a.rows(), b.rows());
  for (size_t i = 0; i < a.rows(); ++i) {
    ASSERT_EQ(a.size(i), b.size(i)) << "row " << i;
    for (size_t r = 0; r < a.size(i); ++r) {
      ASSERT_EQ(a.id(i, r), b.id(i, r)) << "row " << i;
      ASSERT_EQ(a.score(i, r), b.score(i, r)) << "row " << i;
    }
  }
}

TEST(NeighbourSearchTest, IndexBuiltOnAnotherThreadGivesTheSameGraphLists) {
  const RowVectors v = TopicVectors(1500, 16, 30, 5);
  NeighbourSearchOptions graph;
  graph.neighbours = 8;
  graph.exact_up_to = 100;
  graph.threads = 2;
  NeighbourIndex index(v, graph);
  std::thread builder([&] { index.Build(); });
  builder.join();
  ExpectSameLists(index.Search(), FindNeighbours(v, graph));
}

TEST(NeighbourSearchTest, IndexSearchedWithoutBuildingIsExact) {
  const RowVectors v = TopicVectors(500, 16, 20, 6);
  NeighbourSearchOptions exact;
  exact.neighbours = 6;
  NeighbourSearchOptions graph = exact;
  graph.exact_up_to = 100;
  const NeighbourIndex unbuilt(v, graph);
  ExpectSameLists(unbuilt.Search(), FindNeighbours(v, exact));
}

}  // namespace
}  // namespace dupalign

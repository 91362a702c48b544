#include "similarity/neighbour_search.h"

#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

#include "similarity/dot_product.h"
#include "similarity/quantised_vector.h"
#include "util/parallel.h"
#include "util/row_products.h"

namespace dupalign {
namespace {

constexpr int kGroups = 8;

// hnswlib's view of the quantised document vectors.
class QuantisedSpace : public hnswlib::SpaceInterface<float> {
 public:
  explicit QuantisedSpace(size_t dim)
      : dim_(dim), codes_(QuantisedCodes(dim)), distance_(FastestQuantisedDistance()) {}
  size_t get_data_size() override { return QuantisedSize(dim_); }
  hnswlib::DISTFUNC<float> get_dist_func() override { return distance_; }
  void* get_dist_func_param() override { return &codes_; }

 private:
  size_t dim_;
  size_t codes_;
  QuantisedDistance distance_;
};

// A function object rather than a function, so heap operations inline it.
constexpr auto Better = [](const std::pair<float, uint32_t>& a, const std::pair<float, uint32_t>& b) {
  return a.first != b.first ? a.first > b.first : a.second < b.second;
};

// Keeps the k best (score, id) pairs offered, by Better, in a heap whose
// front is the weakest kept.
class BestK {
 public:
  explicit BestK(size_t k) : k_(k) {}
  void Clear() { heap_.clear(); }
  // Below this score an offer cannot enter.
  float Floor() const {
    return heap_.size() < k_ ? -std::numeric_limits<float>::infinity() : heap_.front().first;
  }
  void Offer(float score, uint32_t id) {
    const std::pair<float, uint32_t> candidate{score, id};
    if (heap_.size() < k_) {
      heap_.push_back(candidate);
      std::push_heap(heap_.begin(), heap_.end(), Better);
    } else if (Better(candidate, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), Better);
      heap_.back() = candidate;
      std::push_heap(heap_.begin(), heap_.end(), Better);
    }
  }
  std::vector<std::pair<float, uint32_t>>* items() { return &heap_; }

 private:
  size_t k_;
  std::vector<std::pair<float, uint32_t>> heap_;
};

// One column of similarities into `best`. The column is read as
// `stride` groups of kGroups values (value j belongs to group j % stride);
// their maxima come from one vectorised pass. The k + 1 largest maxima are
// k + 1 different values, so at least k values other than `self` reach the
// smallest of them: nothing below it can be among the k best, and neither
// can a group whose maximum is below it or below the k-th best so far.
// The order in which values are offered does not change the result.
void ScanColumn(const float* column, size_t rows, size_t self, size_t k, BestK* best,
                Eigen::ArrayXf* group_maxima) {
  const size_t stride = rows / kGroups;
  float bound = -std::numeric_limits<float>::infinity();
  if (stride > k) {
    const Eigen::Map<const Eigen::Array<float, Eigen::Dynamic, kGroups>> groups(
        column, static_cast<Eigen::Index>(stride), kGroups);
    *group_maxima = groups.rowwise().maxCoeff();
    Eigen::ArrayXf order = *group_maxima;
    std::nth_element(order.begin(), order.begin() + static_cast<Eigen::Index>(k), order.end(),
                     std::greater<float>());
    bound = order[static_cast<Eigen::Index>(k)];
  } else if (stride > 0) {
    group_maxima->setConstant(static_cast<Eigen::Index>(stride),
                              std::numeric_limits<float>::infinity());
  }
  auto floor = [&] { return std::max(bound, best->Floor()); };
  for (size_t i = 0; i < stride; ++i) {
    if ((*group_maxima)[static_cast<Eigen::Index>(i)] < floor()) continue;
    for (size_t g = 0; g < kGroups; ++g) {
      const size_t j = g * stride + i;
      if (j != self && column[j] >= floor()) best->Offer(column[j], static_cast<uint32_t>(j));
    }
  }
  for (size_t j = stride * kGroups; j < rows; ++j) {
    if (j != self && column[j] >= bound) best->Offer(column[j], static_cast<uint32_t>(j));
  }
}

// Rows [begin, end) against every row, one product per block;
// `transposed` is vectors^T, made once for all blocks.
void ExactBlock(const RowVectors& vectors, const RowMajorMatrix& transposed, size_t begin,
                size_t end, NeighbourLists* lists) {
  // Row r holds row begin + r's similarity to every row, contiguous.
  const RowMajorMatrix block = MatrixProduct(
      vectors.middleRows(static_cast<Eigen::Index>(begin), static_cast<Eigen::Index>(end - begin)),
      transposed);
  BestK best(lists->per_row());
  Eigen::ArrayXf group_maxima;
  for (size_t r = 0; r < end - begin; ++r) {
    best.Clear();
    ScanColumn(block.row(static_cast<Eigen::Index>(r)).data(), static_cast<size_t>(block.cols()),
               begin + r, lists->per_row(), &best, &group_maxima);
    lists->SetRow(begin + r, best.items());
  }
}

NeighbourLists ExactNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options,
                               size_t k) {
  const size_t n = static_cast<size_t>(vectors.rows());
  NeighbourLists lists(n, k);
  // 256 rows x n floats per block: 100 MB at n = 100k, whatever the corpus.
  const size_t block_rows = 256;
  const size_t blocks = (n + block_rows - 1) / block_rows;
  const RowMajorMatrix transposed = vectors.transpose();
  ParallelFor(blocks, options.threads, [&](size_t b) {
    ExactBlock(vectors, transposed, b * block_rows, std::min(n, (b + 1) * block_rows), &lists);
  });
  return lists;
}

// The graph's approximate best, a few more than wanted, re-scored with the
// float vectors, so scores and order are exact among what it found.
NeighbourLists SearchGraph(const hnswlib::HierarchicalNSW<float>& graph, const RowVectors& vectors,
                           int threads, size_t k, size_t rescored) {
  const size_t n = static_cast<size_t>(vectors.rows());
  const auto dim = static_cast<size_t>(vectors.cols());
  NeighbourLists lists(n, k);
  ParallelFor(n, threads, [&](size_t i) {
    const float* query = vectors.row(static_cast<Eigen::Index>(i)).data();
    auto found = graph.searchKnn(Quantise(query, dim).data(), std::max(k + 1, rescored));
    std::vector<std::pair<float, uint32_t>> candidates;
    for (; !found.empty(); found.pop()) {
      const size_t j = found.top().second;
      if (j == i) continue;
      const float* other = vectors.row(static_cast<Eigen::Index>(j)).data();
      candidates.push_back({DotProduct(query, other, dim), static_cast<uint32_t>(j)});
    }
    lists.SetRow(i, &candidates);
  });
  return lists;
}

}  // namespace

NeighbourLists::NeighbourLists(size_t rows, size_t per_row)
    : rows_(rows), per_row_(per_row), ids_(rows * per_row, 0), scores_(rows * per_row, 0.0f), counts_(rows, 0) {}

void NeighbourLists::SetRow(size_t row, std::vector<std::pair<float, uint32_t>>* candidates) {
  std::sort(candidates->begin(), candidates->end(), Better);
  const size_t count = std::min(per_row_, candidates->size());
  for (size_t r = 0; r < count; ++r) {
    ids_[row * per_row_ + r] = (*candidates)[r].second;
    scores_[row * per_row_ + r] = (*candidates)[r].first;
  }
  counts_[row] = static_cast<uint32_t>(count);
}

struct NeighbourIndex::Graph {
  explicit Graph(const RowVectors& vectors, const NeighbourSearchOptions& options)
      : space(static_cast<size_t>(vectors.cols())),
        hnsw(&space, static_cast<size_t>(vectors.rows()), options.hnsw_links,
             options.hnsw_build_breadth, /*random_seed=*/100) {}
  QuantisedSpace space;
  hnswlib::HierarchicalNSW<float> hnsw;
};

NeighbourIndex::NeighbourIndex(const RowVectors& vectors, const NeighbourSearchOptions& options)
    : vectors_(vectors), options_(options) {
  const size_t n = static_cast<size_t>(vectors.rows());
  k_ = n > 0 ? std::min(options.neighbours, n - 1) : 0;
}

NeighbourIndex::~NeighbourIndex() = default;

void NeighbourIndex::Build() {
  if (k_ == 0 || static_cast<size_t>(vectors_.rows()) <= options_.exact_up_to) return;
  graph_ = std::make_unique<Graph>(vectors_, options_);
  const auto dim = static_cast<size_t>(vectors_.cols());
  for (Eigen::Index i = 0; i < vectors_.rows(); ++i) {
    graph_->hnsw.addPoint(Quantise(vectors_.row(i).data(), dim).data(),
                          static_cast<size_t>(i));
  }
  graph_->hnsw.setEf(std::max({options_.hnsw_search_breadth, options_.hnsw_rescored, k_ + 1}));
}

NeighbourLists NeighbourIndex::Search() const {
  if (k_ == 0) return NeighbourLists(static_cast<size_t>(vectors_.rows()), 0);
  return graph_ ? SearchGraph(graph_->hnsw, vectors_, options_.threads, k_,
                              options_.hnsw_rescored)
                : ExactNeighbours(vectors_, options_, k_);
}

NeighbourLists FindNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options) {
  NeighbourIndex index(vectors, options);
  index.Build();
  return index.Search();
}

}  // namespace dupalign

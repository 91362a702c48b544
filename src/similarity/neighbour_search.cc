#include "similarity/neighbour_search.h"

#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <memory>

#include "util/parallel.h"

namespace dupalign {
namespace {

bool Better(const std::pair<float, uint32_t>& a, const std::pair<float, uint32_t>& b) {
  return a.first != b.first ? a.first > b.first : a.second < b.second;
}

// Rows [begin, end) against every row, one product per block; a bounded
// heap per row keeps the best candidates without sorting the whole row.
void ExactBlock(const RowVectors& vectors, size_t begin, size_t end, NeighbourLists* lists) {
  // Column r holds row begin + r's similarity to every row, contiguous.
  const Eigen::MatrixXf block =
      vectors * vectors.middleRows(static_cast<Eigen::Index>(begin),
                                   static_cast<Eigen::Index>(end - begin))
                    .transpose();
  std::vector<std::pair<float, uint32_t>> heap;
  const size_t k = lists->per_row();
  for (size_t r = 0; r < end - begin; ++r) {
    heap.clear();
    const size_t self = begin + r;
    const float* column = block.col(static_cast<Eigen::Index>(r)).data();
    for (size_t j = 0; j < static_cast<size_t>(block.rows()); ++j) {
      if (j == self) continue;
      if (heap.size() == k && column[j] < heap.front().first) continue;  // the usual case
      const std::pair<float, uint32_t> candidate{column[j], static_cast<uint32_t>(j)};
      if (heap.size() < k) {
        heap.push_back(candidate);
        std::push_heap(heap.begin(), heap.end(), Better);
      } else if (Better(candidate, heap.front())) {
        std::pop_heap(heap.begin(), heap.end(), Better);
        heap.back() = candidate;
        std::push_heap(heap.begin(), heap.end(), Better);
      }
    }
    lists->SetRow(self, &heap);
  }
}

NeighbourLists ExactNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options,
                               size_t k) {
  const size_t n = static_cast<size_t>(vectors.rows());
  NeighbourLists lists(n, k);
  // 256 rows x n floats per block: 100 MB at n = 100k, whatever the corpus.
  const size_t block_rows = 256;
  const size_t blocks = (n + block_rows - 1) / block_rows;
  ParallelFor(blocks, options.threads, [&](size_t b) {
    ExactBlock(vectors, b * block_rows, std::min(n, (b + 1) * block_rows), &lists);
  });
  return lists;
}

NeighbourLists GraphNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options,
                               size_t k) {
  const size_t n = static_cast<size_t>(vectors.rows());
  hnswlib::InnerProductSpace space(static_cast<size_t>(vectors.cols()));
  hnswlib::HierarchicalNSW<float> graph(&space, n, options.hnsw_links, options.hnsw_build_breadth,
                                        /*random_seed=*/100);
  for (size_t i = 0; i < n; ++i) graph.addPoint(vectors.row(static_cast<Eigen::Index>(i)).data(), i);
  graph.setEf(std::max(options.hnsw_search_breadth, k + 1));
  NeighbourLists lists(n, k);
  ParallelFor(n, options.threads, [&](size_t i) {
    auto found = graph.searchKnn(vectors.row(static_cast<Eigen::Index>(i)).data(), k + 1);
    std::vector<std::pair<float, uint32_t>> candidates;
    for (; !found.empty(); found.pop()) {
      if (found.top().second == i) continue;
      // hnswlib's inner-product distance is 1 - <a, b>.
      candidates.push_back({1.0f - found.top().first, static_cast<uint32_t>(found.top().second)});
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

NeighbourLists FindNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options) {
  const size_t n = static_cast<size_t>(vectors.rows());
  const size_t k = n > 0 ? std::min(options.neighbours, n - 1) : 0;
  if (k == 0) return NeighbourLists(n, 0);
  return n <= options.exact_up_to ? ExactNeighbours(vectors, options, k)
                                  : GraphNeighbours(vectors, options, k);
}

}  // namespace dupalign

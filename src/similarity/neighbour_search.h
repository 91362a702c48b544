// Nearest-neighbour search over unit document vectors: for each document,
// the k others with the highest cosine. Exact (blocked Eigen products, memory
// linear in n) up to a size, then approximate with an HNSW graph (hnswlib),
// so large corpora never build an n x n matrix. Used by the pipeline to pick
// candidate pairs and each document's neighbourhood similarity.
// The graph holds the vectors as bytes (a scale and one signed byte per
// coordinate), which makes its distances about twice as cheap; what it finds
// is re-scored with the float vectors. Deterministic: the graph is built by
// one thread in input order with a fixed seed, its distances are exact
// integer sums on every CPU, and only the read-only searches run in parallel. NeighbourIndex splits
// the two, so a caller can run the serial build beside other work.
#ifndef DUPALIGN_SIMILARITY_NEIGHBOUR_SEARCH_H_
#define DUPALIGN_SIMILARITY_NEIGHBOUR_SEARCH_H_

#include <Eigen/Core>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace dupalign {

using RowVectors = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct NeighbourSearchOptions {
  size_t neighbours = 20;
  size_t exact_up_to = 20000;  // documents; above this, HNSW
  int threads = 1;
  size_t hnsw_links = 16;            // hnswlib's M
  size_t hnsw_build_breadth = 100;   // ef_construction
  size_t hnsw_search_breadth = 120;  // ef at query time (at least `neighbours`)
  size_t hnsw_rescored = 30;         // graph candidates re-scored exactly per query
};

// Row i lists its neighbours best first; ties go to the lower index. A row
// has min(neighbours, n - 1) entries, or fewer when the graph found fewer.
class NeighbourLists {
 public:
  NeighbourLists(size_t rows, size_t per_row);
  size_t rows() const { return rows_; }
  size_t per_row() const { return per_row_; }
  size_t size(size_t row) const { return counts_[row]; }
  uint32_t id(size_t row, size_t rank) const { return ids_[row * per_row_ + rank]; }
  float score(size_t row, size_t rank) const { return scores_[row * per_row_ + rank]; }
  // Replaces row `row` with (score, id) candidates, keeping the best per_row().
  void SetRow(size_t row, std::vector<std::pair<float, uint32_t>>* candidates);

 private:
  size_t rows_, per_row_;
  std::vector<uint32_t> ids_;
  std::vector<float> scores_;
  std::vector<uint32_t> counts_;
};

// The search in two steps. Build() makes the graph of a large corpus on the
// calling thread (nothing to do for an exact search); Search() then answers
// every row's query on options.threads threads (an exact search when the
// graph was never built). `vectors` must outlive the index and stay unchanged.
class NeighbourIndex {
 public:
  NeighbourIndex(const RowVectors& vectors, const NeighbourSearchOptions& options);
  ~NeighbourIndex();
  NeighbourIndex(const NeighbourIndex&) = delete;
  NeighbourIndex& operator=(const NeighbourIndex&) = delete;

  void Build();
  NeighbourLists Search() const;

 private:
  struct Graph;
  const RowVectors& vectors_;
  NeighbourSearchOptions options_;
  size_t k_;
  std::unique_ptr<Graph> graph_;
};

// Build() and Search() in one call.
NeighbourLists FindNeighbours(const RowVectors& vectors, const NeighbourSearchOptions& options);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_NEIGHBOUR_SEARCH_H_

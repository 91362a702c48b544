// Document similarity throughput against Eigen's own GEMM on the same
// machine in the same run: the ratio of the two rates is what we report.
#include <benchmark/benchmark.h>

#include <Eigen/Core>
#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#include "similarity/neighbour_search.h"
#include "similarity/similarity_matrix.h"
#include "util/row_products.h"
#include "util/row_top_means.h"

namespace {

Eigen::MatrixXf UnitRows(Eigen::Index n, Eigen::Index d) {
  Eigen::MatrixXf m = Eigen::MatrixXf::Random(n, d);
  m.rowwise().normalize();
  return m;
}

void SetFlops(benchmark::State& state, double n, double d) {
  state.counters["GFLOP/s"] =
      benchmark::Counter(2.0 * n * n * d * state.iterations() / 1e9, benchmark::Counter::kIsRate);
}

void BM_CosineMatrix(benchmark::State& state) {
  const auto n = state.range(0), d = state.range(1);
  const Eigen::MatrixXf v = UnitRows(n, d);
  for (auto _ : state) {
    Eigen::MatrixXf sim = dupalign::CosineMatrix(v);
    benchmark::DoNotOptimize(sim.data());
  }
  SetFlops(state, n, d);
}

// The neighbour search on n unit rows, one thread; exact_up_to picks the
// path (exact blocked products, or the HNSW graph).
template <size_t kExactUpTo>
dupalign::NeighbourLists SearchNeighbours(const dupalign::RowVectors& v) {
  dupalign::NeighbourSearchOptions options;
  options.threads = 1;
  options.exact_up_to = kExactUpTo;
  return dupalign::FindNeighbours(v, options);
}

// What the pipeline runs from 301 to 20k documents: the exact top-20 search,
// the dense matrix's product in blocks reduced to lists at once.
void BM_ExactNeighbours(benchmark::State& state) {
  const dupalign::RowVectors v = UnitRows(state.range(0), state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(SearchNeighbours<SIZE_MAX>(v));
  SetFlops(state, state.range(0), state.range(1));
}

// Past 20k documents: the HNSW graph (build plus one search per document).
void BM_GraphNeighbours(benchmark::State& state) {
  const dupalign::RowVectors v = UnitRows(state.range(0), state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(SearchNeighbours<0>(v));
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(state.range(0) * state.iterations()), benchmark::Counter::kIsRate);
}

void BM_EigenGemmReference(benchmark::State& state) {
  const auto n = state.range(0), d = state.range(1);
  const Eigen::MatrixXf a = UnitRows(n, d);
  const Eigen::MatrixXf b = UnitRows(d, n);
  Eigen::MatrixXf c(n, n);
  for (auto _ : state) {
    c.noalias() = a * b;
    benchmark::DoNotOptimize(c.data());
  }
  SetFlops(state, n, d);
}

// The word matcher's products (a document's words against another's), by
// dupalign's run-time SIMD kernel and by Eigen's product as compiled.
void SetProductFlops(benchmark::State& state) {
  const double n = static_cast<double>(state.range(0)), d = static_cast<double>(state.range(1));
  state.counters["GFLOP/s"] = benchmark::Counter(2.0 * n * (n - 3) * d * state.iterations() / 1e9,
                                                 benchmark::Counter::kIsRate);
}

void BM_RowProducts(benchmark::State& state) {
  const dupalign::RowMajorMatrix a = UnitRows(state.range(0), state.range(1));
  const dupalign::RowMajorMatrix b = UnitRows(state.range(0) - 3, state.range(1));
  for (auto _ : state) benchmark::DoNotOptimize(dupalign::RowProducts(a, b).data());
  SetProductFlops(state);
}

void BM_EigenRowProducts(benchmark::State& state) {
  const dupalign::RowMajorMatrix a = UnitRows(state.range(0), state.range(1));
  const dupalign::RowMajorMatrix b = UnitRows(state.range(0) - 3, state.range(1));
  for (auto _ : state) {
    dupalign::RowMajorMatrix c = a * b.transpose();
    benchmark::DoNotOptimize(c.data());
  }
  SetProductFlops(state);
}

// The word matcher's hubness: each row's and each column's mean of its 10
// largest values, by dupalign's ranking kernel and by a plain nth_element
// per row and per column (what MeanTopK did before).
void BM_HubnessTopMeans(benchmark::State& state) {
  const dupalign::RowMajorMatrix v = UnitRows(state.range(0), state.range(0) - 3);
  for (auto _ : state) {
    benchmark::DoNotOptimize(dupalign::RowTopMeans(v, 10).data());
    benchmark::DoNotOptimize(dupalign::ColumnTopMeans(v, 10).data());
  }
}

std::vector<float> NthElementTopMeans(const dupalign::RowMajorMatrix& values, int k) {
  std::vector<float> means;
  std::vector<float> row;
  for (Eigen::Index r = 0; r < values.rows(); ++r) {
    row.assign(values.row(r).begin(), values.row(r).end());
    std::nth_element(row.begin(), row.begin() + (k - 1), row.end(), std::greater<float>());
    float sum = 0.0f;
    for (int i = 0; i < k; ++i) sum += row[static_cast<size_t>(i)];
    means.push_back(sum / static_cast<float>(k));
  }
  return means;
}

void BM_HubnessNthElement(benchmark::State& state) {
  const dupalign::RowMajorMatrix v = UnitRows(state.range(0), state.range(0) - 3);
  const dupalign::RowMajorMatrix transposed = v.transpose();
  for (auto _ : state) {
    benchmark::DoNotOptimize(NthElementTopMeans(v, 10).data());
    benchmark::DoNotOptimize(NthElementTopMeans(transposed, 10).data());
  }
}

BENCHMARK(BM_HubnessTopMeans)->Arg(64)->Arg(400)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HubnessNthElement)->Arg(64)->Arg(400)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RowProducts)->Args({64, 100})->Args({400, 100})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EigenRowProducts)->Args({64, 100})->Args({400, 100})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CosineMatrix)->Args({1000, 100})->Args({4000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EigenGemmReference)->Args({1000, 100})->Args({4000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExactNeighbours)->Args({4000, 100})->Args({20000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EigenGemmReference)->Args({20000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GraphNeighbours)->Args({20000, 100})->Args({100000, 100})->Unit(benchmark::kMillisecond);

}  // namespace

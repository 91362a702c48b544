// Document similarity throughput against Eigen's own GEMM on the same
// machine in the same run: the ratio of the two rates is what we report.
#include <benchmark/benchmark.h>

#include <Eigen/Core>

#include "similarity/neighbour_search.h"
#include "similarity/similarity_matrix.h"

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

// What the pipeline runs past 300 documents: the exact top-20 search, same
// product as the dense matrix but in blocks that are reduced to lists at once.
void BM_ExactNeighbours(benchmark::State& state) {
  const auto n = state.range(0), d = state.range(1);
  const dupalign::RowVectors v = UnitRows(n, d);
  dupalign::NeighbourSearchOptions options;
  options.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(dupalign::FindNeighbours(v, options));
  SetFlops(state, n, d);
}

// Past 20k documents: the HNSW graph (build plus one search per document).
void BM_GraphNeighbours(benchmark::State& state) {
  const auto n = state.range(0), d = state.range(1);
  const dupalign::RowVectors v = UnitRows(n, d);
  dupalign::NeighbourSearchOptions options;
  options.threads = 1;
  options.exact_up_to = 0;
  for (auto _ : state) benchmark::DoNotOptimize(dupalign::FindNeighbours(v, options));
  state.counters["documents/s"] =
      benchmark::Counter(static_cast<double>(n * state.iterations()), benchmark::Counter::kIsRate);
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

BENCHMARK(BM_CosineMatrix)->Args({1000, 100})->Args({4000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EigenGemmReference)->Args({1000, 100})->Args({4000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExactNeighbours)->Args({4000, 100})->Args({20000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EigenGemmReference)->Args({20000, 100})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GraphNeighbours)->Args({20000, 100})->Args({100000, 100})->Unit(benchmark::kMillisecond);

}  // namespace

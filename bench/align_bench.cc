// Benchmark of SentenceAligner on synthetic documents: n source sentences
// of dimension 100, the target a noisy copy with 1% of its sentences
// replaced by unrelated ones. Exercises the exact DP (n = 1000) and the
// coarse-to-fine banded DP (n = 10000).
#include <benchmark/benchmark.h>

#include <random>
#include <utility>
#include <vector>

#include "align/sentence_aligner.h"

namespace dupalign {
namespace {

constexpr int kDim = 100;

Eigen::MatrixXf UnitRows(int n, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, 1.0f);
  Eigen::MatrixXf m(n, kDim);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < kDim; ++k) m(i, k) = normal(*rng);
    m.row(i).normalize();
  }
  return m;
}

void AddMergedRows(AlignmentSide* side) {
  const Eigen::Index n = side->sentences.rows();
  side->merged = side->sentences.topRows(n - 1) + side->sentences.bottomRows(n - 1);
  side->merged.rowwise().normalize();
}

std::pair<AlignmentSide, AlignmentSide> SyntheticPair(int n) {
  std::mt19937 rng(static_cast<uint32_t>(n));
  AlignmentSide source;
  source.sentences = UnitRows(n, &rng);
  AlignmentSide target;
  target.sentences = source.sentences + 0.4f * UnitRows(n, &rng);
  Eigen::MatrixXf unrelated = UnitRows(n / 100, &rng);
  for (int k = 0; k < unrelated.rows(); ++k) target.sentences.row(k * 100 + 50) = unrelated.row(k);
  target.sentences.rowwise().normalize();
  AddMergedRows(&source);
  AddMergedRows(&target);
  return {source, target};
}

void BM_AlignSentences(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  auto [source, target] = SyntheticPair(n);
  SentenceAligner aligner;
  std::vector<AlignmentBead> beads;
  for (auto _ : state) {
    Status status = aligner.Align(source, target, &beads);
    if (!status.ok()) state.SkipWithError(status.ToString().c_str());
    benchmark::DoNotOptimize(beads.data());
  }
  size_t one_to_one = 0;
  for (const auto& bead : beads) one_to_one += bead.source.size() == 1 && bead.target.size() == 1;
  state.counters["beads"] = static_cast<double>(beads.size());
  state.counters["one_to_one"] = static_cast<double>(one_to_one);
}
BENCHMARK(BM_AlignSentences)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dupalign

BENCHMARK_MAIN();

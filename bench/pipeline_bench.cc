// Throughput of the pipeline's per-document stages on the seeds (the real
// raw pages, page furniture included): ingest plus segmentation in MB/s,
// sentence embedding with the default model in sentences/s, and the
// clustering of a kNN-shaped evidence graph in documents/s.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cluster/event_clusterer.h"
#include "embed/sentence_embedder.h"
#include "ingest/document_builder.h"
#include "text/document_segmenter.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;

struct SeedPage {
  std::string lang, text;
};

std::vector<SeedPage> SeedPages() {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"000_b57037d78f5ccce0.txt", "vi"}, {"001_d6bd63ed928e6a97.txt", "vi"},
      {"002_01c3f9666bdd31b4.txt", "sv"}, {"003_60bc8872dae23bee.txt", "vi"},
      {"004_ad59d5326f574b50.txt", "id"}};
  std::vector<SeedPage> pages;
  for (const auto& [name, lang] : files) {
    std::ifstream in(fs::path(DUPALIGN_SOURCE_DIR) / "seeds" / name);
    std::ostringstream text;
    text << in.rdbuf();
    pages.push_back({lang, text.str()});
  }
  return pages;
}

void BM_IngestAndSegment(benchmark::State& state) {
  const std::vector<SeedPage> pages = SeedPages();
  const DocumentBuilder builder(/*keep_furniture=*/false);
  const DocumentSegmenter segmenter;
  size_t bytes = 0;
  for (auto _ : state) {
    for (const SeedPage& page : pages) {
      Document doc;
      doc.format = "txt";
      doc.lang = page.lang;
      builder.Build(page.text, &doc);
      benchmark::DoNotOptimize(segmenter.Segment(&doc));
      bytes += page.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_EmbedSentences(benchmark::State& state) {
  std::unique_ptr<SentenceEmbedder> embedder;
  Status s = SentenceEmbedder::Load("", &embedder);
  if (!s.ok()) {
    state.SkipWithError(s.ToString().c_str());
    return;
  }
  std::vector<std::string> sentences;
  for (const SeedPage& page : SeedPages()) {
    if (page.lang != "sv") continue;
    std::istringstream lines(page.text);
    for (std::string line; std::getline(lines, line);) {
      if (line.size() > 40) sentences.push_back(line);
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(embedder->EmbedTexts(sentences, "sv"));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences.size() * state.iterations()), benchmark::Counter::kIsRate);
}

// n documents in groups of three, 20 candidate pairs each: the shape the
// neighbour search hands the clusterer.
void BM_ClusterDocuments(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<DocumentProfile> profiles(n);
  for (size_t i = 0; i < n; ++i) {
    profiles[i].id = "d" + std::to_string(i);
    profiles[i].lang = i % 2 ? "sv" : "id";
  }
  std::mt19937 rng(5);
  std::uniform_int_distribution<size_t> any(0, n - 1);
  PairEvidenceMap evidence;
  for (size_t i = 0; i < n; ++i) {
    for (int k = 0; k < 20; ++k) {
      const size_t j = k < 2 ? (i / 3) * 3 + static_cast<size_t>(k) : any(rng);
      if (j == i || j >= n) continue;
      PairEvidence e;
      e.score = k < 2 ? 0.6 : 0.1;
      evidence[{std::min(i, j), std::max(i, j)}] = e;
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(ClusterDocuments(profiles, evidence, {}));
  state.counters["documents/s"] = benchmark::Counter(static_cast<double>(n * state.iterations()),
                                                     benchmark::Counter::kIsRate);
}

BENCHMARK(BM_IngestAndSegment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EmbedSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClusterDocuments)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dupalign

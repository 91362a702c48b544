// `dupalign model info|eval|stats`: inspect, evaluate and prepare embedding
// models. `stats` prints the per-language common component of a model's
// sentence vectors in the "<model>.stats" format (embed/embedding_stats.h),
// so recipes append it with `>> MODEL.stats`. A missing or corrupt model
// exits with status 2 and a one-line error.
#include <spdlog/spdlog.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "embed/embedding_space.h"
#include "embed/model_paths.h"
#include "embed/retrieval.h"
#include "embed/sentence_embedder.h"
#include "tools/commands.h"

namespace dupalign {
namespace {

constexpr int kModelError = 2;

struct ModelSettings {
  std::string model;
  std::string lang;
  std::string lang_a;
  std::string lang_b;
  std::string path_a;
  std::string path_b;
  int csls_k = 10;
  SentenceEmbedderOptions embedder;
};

// Loads the spec (or the default model); logs and returns false on failure.
bool LoadEmbedder(const ModelSettings& settings, std::unique_ptr<SentenceEmbedder>* embedder) {
  Status status = SentenceEmbedder::Load(settings.model, settings.embedder, embedder);
  if (!status.ok()) spdlog::error("{}", status.ToString());
  return status.ok();
}

bool RequireLanguage(const SentenceEmbedder& embedder, const std::string& lang) {
  if (embedder.SupportsLanguage(lang)) return true;
  spdlog::error("model: the model spec has no vectors for language {}", lang);
  return false;
}

int RunInfo(const ModelSettings& settings) {
  std::unique_ptr<SentenceEmbedder> embedder;
  if (!LoadEmbedder(settings, &embedder)) return kModelError;
  const EmbeddingSpace& space = embedder->space();
  std::cout << "dim\t" << space.dim() << '\n';
  for (const std::string& lang : space.languages()) {
    const EmbeddingSpace::Entry* entry = space.ForLanguage(lang);
    std::cout << "language\t" << lang << '\t' << entry->model_path << "\tdim "
              << entry->model->dim() << "\tvocabulary " << entry->model->vocabulary_size()
              << "\tfrequencies " << (entry->model->has_counts() ? "counted" : "zipf") << "\tmap "
              << (entry->map ? std::to_string(entry->map->rows()) + "x" +
                                   std::to_string(entry->map->cols())
                             : std::string("none"))
              << "\tstats";
    std::vector<std::string> stats =
        entry->stats ? entry->stats->languages() : std::vector<std::string>();
    if (stats.empty()) std::cout << " none";
    for (const std::string& stats_lang : stats) std::cout << ' ' << stats_lang;
    std::cout << '\n';
  }
  return 0;
}

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) {
    spdlog::error("model eval: {}: cannot open", path);
    return false;
  }
  std::string line;
  while (std::getline(in, line)) lines->push_back(line);
  return true;
}

int RunEval(const ModelSettings& settings) {
  std::unique_ptr<SentenceEmbedder> embedder;
  if (!LoadEmbedder(settings, &embedder)) return kModelError;
  if (!RequireLanguage(*embedder, settings.lang_a) ||
      !RequireLanguage(*embedder, settings.lang_b)) {
    return kModelError;
  }
  std::vector<std::string> a, b;
  if (!ReadLines(settings.path_a, &a) || !ReadLines(settings.path_b, &b)) return 1;
  if (a.size() != b.size()) {
    spdlog::error("model eval: {} has {} lines but {} has {}: the files must be line-parallel",
                  settings.path_a, a.size(), settings.path_b, b.size());
    return 1;
  }
  const ParallelRetrieval result =
      EvaluateParallel(embedder->EmbedTexts(a, settings.lang_a),
                       embedder->EmbedTexts(b, settings.lang_b), settings.csls_k);
  const std::string ab = settings.lang_a + "->" + settings.lang_b;
  const std::string ba = settings.lang_b + "->" + settings.lang_a;
  std::printf("pairs\t%zu\n", a.size());
  std::printf("p@1\tcosine\t%s\t%.4f\n", ab.c_str(), result.cosine_a_to_b);
  std::printf("p@1\tcosine\t%s\t%.4f\n", ba.c_str(), result.cosine_b_to_a);
  std::printf("p@1\tcsls%d\t%s\t%.4f\n", settings.csls_k, ab.c_str(), result.csls_a_to_b);
  std::printf("p@1\tcsls%d\t%s\t%.4f\n", settings.csls_k, ba.c_str(), result.csls_b_to_a);
  return 0;
}

// Input is already tokenised (`dupalign tokenize`): words split on spaces.
std::vector<std::vector<std::string>> ReadTokenisedStdin() {
  std::vector<std::vector<std::string>> sentences;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream words(line);
    std::vector<std::string> sentence;
    for (std::string word; words >> word;) sentence.push_back(word);
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

int RunStats(const ModelSettings& settings) {
  std::unique_ptr<SentenceEmbedder> embedder;
  if (!LoadEmbedder(settings, &embedder)) return kModelError;
  if (!RequireLanguage(*embedder, settings.lang)) return kModelError;
  std::ios::sync_with_stdio(false);
  const Eigen::MatrixXf averages = embedder->WeightedAverages(ReadTokenisedStdin(), settings.lang);
  const SentenceEmbedderOptions& options = embedder->options();
  LanguageStats stats =
      EmbeddingStats::Estimate(averages, settings.lang, options.sif_a, options.remove_components);
  if (stats.sentences < static_cast<int64_t>(options.min_batch_for_estimate)) {
    spdlog::error("model stats: only {} sentences with known words; give at least {}",
                  stats.sentences, options.min_batch_for_estimate);
    return 1;
  }
  std::cout << EmbeddingStats::Format(stats);
  return std::cout.flush() ? 0 : 1;
}

void AddModelOption(CLI::App* cmd, ModelSettings* settings) {
  cmd->add_option("--model", settings->model,
                  "Model spec: PATH or vi=PATH,sv=PATH[,vi:map=W.txt] "
                  "(default: models/dupalign-embed.bin)");
}

// Sentence-vector settings, so evaluations can compare them.
void AddEmbedderOptions(CLI::App* cmd, ModelSettings* settings) {
  SentenceEmbedderOptions& options = settings->embedder;
  cmd->add_option("--sif-a", options.sif_a, "SIF parameter a in a/(a+p(w))")->capture_default_str();
  cmd->add_option("--components", options.remove_components,
                  "Principal directions removed per language")
      ->capture_default_str();
  cmd->add_flag("--keep-mean{false}", options.remove_mean, "Do not subtract the language mean");
}

}  // namespace

void AddModelCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("model", "Inspect, evaluate and prepare embedding models");
  cmd->require_subcommand(1);
  auto settings = std::make_shared<ModelSettings>();

  auto* info = cmd->add_subcommand("info", "Dimension, languages and vocabulary sizes");
  AddModelOption(info, settings.get());
  info->callback([settings, exit_code] { *exit_code = RunInfo(*settings); });

  auto* eval = cmd->add_subcommand("eval", "P@1 retrieval both ways on line-parallel files");
  AddModelOption(eval, settings.get());
  eval->add_option("--lang-a", settings->lang_a, "Language of A")->required();
  eval->add_option("--lang-b", settings->lang_b, "Language of B")->required();
  eval->add_option("--csls-k", settings->csls_k, "Neighbours for CSLS")->capture_default_str();
  AddEmbedderOptions(eval, settings.get());
  eval->add_option("A", settings->path_a, "Sentences, one per line")->required();
  eval->add_option("B", settings->path_b, "Their translations, line by line")->required();
  eval->callback([settings, exit_code] { *exit_code = RunEval(*settings); });

  auto* stats = cmd->add_subcommand(
      "stats", "Print the common component of tokenised stdin sentences (append to MODEL.stats)");
  AddModelOption(stats, settings.get());
  stats->add_option("--lang", settings->lang, "Language of the sentences")->required();
  AddEmbedderOptions(stats, settings.get());
  stats->callback([settings, exit_code] { *exit_code = RunStats(*settings); });
}

}  // namespace dupalign

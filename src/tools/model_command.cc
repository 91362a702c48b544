// `dupalign model info|eval|stats|align`: inspect, evaluate and prepare
// embedding models. `stats` prints the per-language common component of a
// model's sentence vectors in the "<model>.stats" format
// (embed/embedding_stats.h), so recipes append it with `>> MODEL.stats`.
// `align` learns the map W.txt that puts one language's word vectors into
// another's space (embed/procrustes.h). A missing or corrupt model exits with
// status 2 and a one-line error.
#include <spdlog/spdlog.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "align/word_matcher.h"
#include "embed/embedding_space.h"
#include "embed/model_paths.h"
#include "embed/procrustes.h"
#include "embed/retrieval.h"
#include "embed/sentence_embedder.h"
#include "text/word_tokenizer.h"
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
  bool word_matching = true;
  SentenceEmbedderOptions embedder;
};

struct AlignSettings {
  std::string source_model;
  std::string target_model;
  std::string dictionary;
  std::string out;
  std::string lang_source = "source";
  std::string lang_target = "target";
  int refine = 5;
  int vocabulary = 20000;
  int csls_k = 10;
  double holdout = 0.1;
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
  for (const std::string& lang : space.LexiconLanguages()) {
    const Lexicon* lexicon = space.LexiconFor(lang);
    std::cout << "lexicon\t" << lang << '\t' << lexicon->path() << "\tentries "
              << lexicon->entries() << '\n';
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

// Sentence-by-sentence word-matching similarity (align/word_matcher.h), the
// score the sentence aligner adds to sentence vectors. The caller has set
// each side's corpus sample. The matcher holds every word pair: refuses sets that would need more
// than about 4 GB.
bool WordMatchScores(const std::vector<std::vector<std::string>>& a,
                     const std::vector<std::vector<std::string>>& b, const ModelSettings& settings,
                     const SentenceEmbedder& embedder, Eigen::MatrixXf* scores) {
  const SentenceWords words_a = EmbedSentenceWords(a, settings.lang_a, embedder);
  const SentenceWords words_b = EmbedSentenceWords(b, settings.lang_b, embedder);
  constexpr size_t kMaxPairs = size_t{1} << 30;
  if (WordMatcher::Pairs(words_a, words_b) > kMaxPairs) {
    spdlog::error("model eval: {} and {}: too many words for word matching ({} x {}); "
                  "split the files or pass --no-word-matching",
                  settings.path_a, settings.path_b, words_a.rows.rows(), words_b.rows.rows());
    return false;
  }
  const WordMatcher matcher(words_a, words_b);
  scores->resize(static_cast<Eigen::Index>(a.size()), static_cast<Eigen::Index>(b.size()));
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      (*scores)(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          static_cast<float>(matcher.Similarity(i, i + 1, j, j + 1));
    }
  }
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
  const auto words_a = WordTokenizer(settings.lang_a).WordsOfEach(a);
  const auto words_b = WordTokenizer(settings.lang_b).WordsOfEach(b);
  // Words are centred with each side's own statistics, as `analyze` centres
  // a corpus's words; sentence vectors keep their per-batch estimate.
  embedder->SetCorpusSample(settings.lang_a, words_a);
  embedder->SetCorpusSample(settings.lang_b, words_b);
  const ParallelRetrieval result =
      EvaluateParallel(embedder->EmbedSentences(words_a, settings.lang_a),
                       embedder->EmbedSentences(words_b, settings.lang_b), settings.csls_k);
  const std::string ab = settings.lang_a + "->" + settings.lang_b;
  const std::string ba = settings.lang_b + "->" + settings.lang_a;
  std::printf("pairs\t%zu\n", a.size());
  std::printf("p@1\tcosine\t%s\t%.4f\n", ab.c_str(), result.cosine_a_to_b);
  std::printf("p@1\tcosine\t%s\t%.4f\n", ba.c_str(), result.cosine_b_to_a);
  std::printf("p@1\tcsls%d\t%s\t%.4f\n", settings.csls_k, ab.c_str(), result.csls_a_to_b);
  std::printf("p@1\tcsls%d\t%s\t%.4f\n", settings.csls_k, ba.c_str(), result.csls_b_to_a);
  const ParallelRetrieval in_context =
      EvaluateParallel(embedder->EmbedSentencesInContext(words_a, settings.lang_a),
                       embedder->EmbedSentencesInContext(words_b, settings.lang_b), settings.csls_k);
  std::printf("p@1\tcontext-csls%d\t%s\t%.4f\n", settings.csls_k, ab.c_str(), in_context.csls_a_to_b);
  std::printf("p@1\tcontext-csls%d\t%s\t%.4f\n", settings.csls_k, ba.c_str(), in_context.csls_b_to_a);
  if (settings.word_matching) {
    Eigen::MatrixXf scores;
    if (!WordMatchScores(words_a, words_b, settings, *embedder, &scores)) return 1;
    const ParallelRetrieval words = EvaluateScores(scores, settings.csls_k);
    std::printf("p@1\twords-csls%d\t%s\t%.4f\n", settings.csls_k, ab.c_str(), words.csls_a_to_b);
    std::printf("p@1\twords-csls%d\t%s\t%.4f\n", settings.csls_k, ba.c_str(), words.csls_b_to_a);
  }
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

// The dictionary's pairs whose words both models know, split into training
// and held-out pairs by a hash of the source word, so that every translation
// of a held-out word is held out and the split does not depend on file order.
struct AlignDictionary {
  std::vector<std::pair<std::string, std::string>> train;
  std::vector<std::pair<std::string, std::string>> heldout;
  int64_t skipped = 0;    // pairs with a word missing from a model
  int64_t malformed = 0;  // non-empty lines that are not one word pair
};

bool KnowsWord(const EmbeddingModel& model, const std::string& word, std::vector<float>* buffer) {
  buffer->resize(model.dim());
  return model.WordVector(word, buffer->data());
}

bool HeldOut(const std::string& source_word, double fraction) {
  const uint64_t hash = XXH3_64bits(source_word.data(), source_word.size());
  return static_cast<double>(hash % 1000000) < fraction * 1000000;
}

// "source target" (space or tab), or hunalign-style "target @ source".
// Multi-word entries are rejected: word vectors exist for single words only.
bool ParseDictionaryLine(const std::string& line, std::string* source, std::string* target) {
  const size_t at = line.find(" @ ");
  std::istringstream fields(at == std::string::npos ? line
                                                    : line.substr(at + 3) + ' ' + line.substr(0, at));
  std::string extra;
  return (fields >> *source >> *target) && !(fields >> extra);
}

bool ReadDictionary(const AlignSettings& settings, const EmbeddingModel& source,
                    const EmbeddingModel& target, AlignDictionary* dictionary) {
  std::ifstream in(settings.dictionary);
  if (!in) {
    spdlog::error("model align: {}: cannot open dictionary", settings.dictionary);
    return false;
  }
  std::vector<float> buffer;
  std::string line, source_word, target_word;
  while (std::getline(in, line)) {
    if (!ParseDictionaryLine(line, &source_word, &target_word)) {
      dictionary->malformed += line.find_first_not_of(" \t\r") != std::string::npos;
      continue;
    }
    if (!KnowsWord(source, source_word, &buffer) || !KnowsWord(target, target_word, &buffer)) {
      ++dictionary->skipped;
      continue;
    }
    auto& side = HeldOut(source_word, settings.holdout) ? dictionary->heldout : dictionary->train;
    side.emplace_back(source_word, target_word);
  }
  return true;
}

Eigen::MatrixXf WordMatrix(const EmbeddingModel& model, const std::vector<std::string>& words) {
  Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows(words.size(),
                                                                            model.dim());
  for (size_t i = 0; i < words.size(); ++i) model.WordVector(words[i], rows.row(i).data());
  return rows;
}

// The first `limit` words of a text .vec (most frequent first). fastText
// models do not expose their word list through EmbeddingModel, so for them
// the dictionary's own words stand in as the vocabulary.
std::vector<std::string> Vocabulary(const EmbeddingModel& model, size_t limit,
                                    const std::vector<std::string>& fallback) {
  std::vector<std::string> words;
  if (!model.has_counts()) {
    std::ifstream in(model.path());
    std::string line, word;
    std::getline(in, line);  // "count dim"
    while (words.size() < std::min(limit, model.vocabulary_size()) && std::getline(in, line)) {
      word = line.substr(0, line.find(' '));
      if (!word.empty()) words.push_back(word);
    }
  }
  if (words.empty()) {
    words = fallback;
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
  }
  return words;
}

std::vector<std::string> Column(const std::vector<std::pair<std::string, std::string>>& pairs,
                                bool target_side) {
  std::vector<std::string> words;
  for (const auto& pair : pairs) words.push_back(target_side ? pair.second : pair.first);
  return words;
}

// Held-out queries: each distinct source word with every gold translation,
// as rows of the candidate list (the target vocabulary plus gold words the
// vocabulary lacks, so every query can be answered).
struct HeldOutSet {
  std::vector<std::string> queries;
  std::vector<std::vector<int>> gold;
  std::vector<std::string> candidates;
  size_t vocabulary_size = 0;  // leading candidates that are the target vocabulary
};

HeldOutSet BuildHeldOut(const AlignDictionary& dictionary, std::vector<std::string> candidates) {
  HeldOutSet set;
  set.vocabulary_size = candidates.size();
  std::map<std::string, int> candidate_index, query_index;
  for (size_t i = 0; i < candidates.size(); ++i) candidate_index.emplace(candidates[i], i);
  for (const auto& [source_word, target_word] : dictionary.heldout) {
    auto [candidate, added] = candidate_index.emplace(target_word, candidates.size());
    if (added) candidates.push_back(target_word);
    auto [query, new_query] = query_index.emplace(source_word, set.queries.size());
    if (new_query) {
      set.queries.push_back(source_word);
      set.gold.emplace_back();
    }
    set.gold[query->second].push_back(candidate->second);
  }
  set.candidates = std::move(candidates);
  return set;
}

void PrintPrecision(const AlignSettings& settings, const char* stage,
                    const TranslationPrecision& precision) {
  const std::string direction = settings.lang_source + "->" + settings.lang_target;
  std::printf("p@1\tcosine\t%s\t%s\t%.4f\n", direction.c_str(), stage, precision.cosine);
  std::printf("p@1\tcsls%d\t%s\t%s\t%.4f\n", settings.csls_k, direction.c_str(), stage,
              precision.csls);
}

bool WriteMap(const AlignSettings& settings, const Eigen::MatrixXf& map, size_t pairs) {
  std::ofstream out(settings.out);
  out << "# dupalign model align: y = W x maps " << settings.lang_source << " ("
      << settings.source_model << ") into " << settings.lang_target << " ("
      << settings.target_model << "); " << pairs << " seed pairs, " << settings.refine
      << " refinement iterations\n";
  char number[32];
  for (Eigen::Index r = 0; r < map.rows(); ++r) {
    for (Eigen::Index c = 0; c < map.cols(); ++c) {
      std::snprintf(number, sizeof(number), "%.9g", map(r, c));
      out << (c ? " " : "") << number;
    }
    out << '\n';
  }
  out.close();
  if (!out) spdlog::error("model align: {}: cannot write the map", settings.out);
  return static_cast<bool>(out);
}

bool LoadWordModel(const std::string& path, std::unique_ptr<EmbeddingModel>* model) {
  Status status = EmbeddingModel::Load(path, ModelLoadOptions(), model);
  if (!status.ok()) spdlog::error("model align: {}", status.ToString());
  return status.ok();
}

int RunAlign(const AlignSettings& settings) {
  std::unique_ptr<EmbeddingModel> source, target;
  if (!LoadWordModel(settings.source_model, &source) ||
      !LoadWordModel(settings.target_model, &target)) {
    return kModelError;
  }
  AlignDictionary dictionary;
  if (!ReadDictionary(settings, *source, *target, &dictionary)) return 1;
  std::printf("pairs\ttrain\t%zu\theldout\t%zu\tskipped\t%lld\tmalformed\t%lld\n",
              dictionary.train.size(), dictionary.heldout.size(),
              static_cast<long long>(dictionary.skipped),
              static_cast<long long>(dictionary.malformed));
  const Eigen::MatrixXf seed_source = WordMatrix(*source, Column(dictionary.train, false));
  const Eigen::MatrixXf seed_target = WordMatrix(*target, Column(dictionary.train, true));
  Eigen::MatrixXf map;
  Status status = LearnOrthogonalMap(seed_source, seed_target, &map);
  if (!status.ok()) {
    spdlog::error("model align: {}: {}", settings.dictionary, status.ToString());
    return 1;
  }
  const size_t limit = static_cast<size_t>(std::max(settings.vocabulary, 1));
  const Eigen::MatrixXf source_vocab =
      WordMatrix(*source, Vocabulary(*source, limit, Column(dictionary.train, false)));
  const HeldOutSet heldout = BuildHeldOut(
      dictionary, Vocabulary(*target, limit, Column(dictionary.train, true)));
  const Eigen::MatrixXf queries = WordMatrix(*source, heldout.queries);
  const Eigen::MatrixXf candidates = WordMatrix(*target, heldout.candidates);
  auto evaluate = [&](const char* stage) {
    PrintPrecision(settings, stage,
                   EvaluateTranslation(map, queries, heldout.gold, source_vocab, candidates,
                                       settings.csls_k));
  };
  evaluate("procrustes");
  if (settings.refine > 0) {
    RefineOptions options;
    options.iterations = settings.refine;
    options.csls_k = settings.csls_k;
    RefineReport report;
    const Eigen::MatrixXf target_vocab = candidates.topRows(heldout.vocabulary_size);
    status = RefineMap(source_vocab, target_vocab, seed_source, seed_target, options, &map, &report);
    if (!status.ok()) {
      spdlog::error("model align: {}", status.ToString());
      return 1;
    }
    for (size_t i = 0; i < report.mutual_pairs.size(); ++i) {
      std::printf("refine\t%zu\tmutual_pairs\t%d\n", i + 1, report.mutual_pairs[i]);
    }
    evaluate("refined");
  }
  return WriteMap(settings, map, dictionary.train.size()) ? 0 : 1;
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

void AddAlignSubcommand(CLI::App* cmd, int* exit_code) {
  auto settings = std::make_shared<AlignSettings>();
  auto* align = cmd->add_subcommand(
      "align", "Learn W.txt mapping the source model's words into the target model's space");
  align->add_option("--source-model", settings->source_model, "Source .vec/.bin")->required();
  align->add_option("--target-model", settings->target_model, "Target .vec/.bin")->required();
  align->add_option("--dictionary", settings->dictionary,
                    "Seed pairs: \"source target\" or \"target @ source\" per line")
      ->required();
  align->add_option("--out", settings->out, "Map file for LANG:map=W.txt")->required();
  align->add_option("--refine", settings->refine, "CSLS refinement iterations (0: none)")
      ->capture_default_str();
  align->add_option("--vocabulary", settings->vocabulary,
                    "Most frequent words of each model used by refinement and evaluation")
      ->capture_default_str();
  align->add_option("--holdout", settings->holdout,
                    "Share of source words held out for P@1 (chosen by hash)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 0.9));
  align->add_option("--csls-k", settings->csls_k, "Neighbours for CSLS")->capture_default_str();
  align->add_option("--lang-source", settings->lang_source, "Source language code, for output");
  align->add_option("--lang-target", settings->lang_target, "Target language code, for output");
  align->callback([settings, exit_code] { *exit_code = RunAlign(*settings); });
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
  eval->add_flag("!--no-word-matching", settings->word_matching,
                 "Skip retrieval by word matching (it holds every word pair in memory)");
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

  AddAlignSubcommand(cmd, exit_code);
}

}  // namespace dupalign

// `dupalign embed --lang LANG [--model SPEC] [--binary] [--plain] < sentences.txt`:
// one sentence vector per input line, as text rows (like `fasttext
// print-sentence-vectors`) or raw float32 rows (LASER/Vecalign .emb). Lines
// are read in context with the model's lexicons
// (SentenceEmbedder::EmbedSentencesInContext), the better vectors for
// cross-lingual retrieval; --plain gives the vectors `analyze` compares
// documents' sentences with. A missing or corrupt model exits with status 2
// and a one-line error.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "embed/sentence_embedder.h"
#include "embed/vector_io.h"
#include "text/word_tokenizer.h"
#include "tools/commands.h"

namespace dupalign {
namespace {

constexpr int kModelError = 2;

struct EmbedSettings {
  std::string lang;
  std::string model;
  bool binary = false;
  bool plain = false;
};

// The input's words are centred with the input's own statistics, as
// `analyze` centres a corpus's words.
Eigen::MatrixXf InContext(const std::vector<std::string>& lines, const std::string& lang,
                          SentenceEmbedder* embedder) {
  const auto sentences = WordTokenizer(lang).WordsOfEach(lines);
  embedder->SetCorpusSample(lang, sentences);
  return embedder->EmbedSentencesInContext(sentences, lang);
}

int RunEmbed(const EmbedSettings& settings) {
  std::unique_ptr<SentenceEmbedder> embedder;
  Status status = SentenceEmbedder::Load(settings.model, &embedder);
  if (!status.ok()) {
    spdlog::error("{}", status.ToString());
    return kModelError;
  }
  if (!embedder->SupportsLanguage(settings.lang)) {
    spdlog::error("embed: the model spec has no vectors for language {}", settings.lang);
    return kModelError;
  }
  std::ios::sync_with_stdio(false);
  // The whole input is one batch, so the common component estimated from it
  // (when the model has no stats file) is the same for every line.
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(std::cin, line)) lines.push_back(std::move(line));
  const Eigen::MatrixXf vectors = settings.plain ? embedder->EmbedTexts(lines, settings.lang)
                                                 : InContext(lines, settings.lang, embedder.get());
  if (settings.binary) {
    WriteVectorsBinary(vectors, &std::cout);
  } else {
    WriteVectorsText(vectors, &std::cout);
  }
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

void AddEmbedCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("embed", "Print a sentence vector for every line of stdin");
  auto settings = std::make_shared<EmbedSettings>();
  cmd->add_option("--lang", settings->lang, "ISO 639-1 language of the input")->required();
  cmd->add_option("--model", settings->model,
                  "Model spec: PATH or vi=PATH,sv=PATH[,vi:map=W.txt] "
                  "(default: models/dupalign-embed.bin)");
  cmd->add_flag("--binary", settings->binary, "Write raw float32 rows instead of text");
  cmd->add_flag("--plain", settings->plain,
                "Average words in the model's own space, without the lexicons "
                "(the sentence vectors analyze uses)");
  cmd->callback([settings, exit_code] { *exit_code = RunEmbed(*settings); });
}

}  // namespace dupalign

// `dupalign analyze PATH... --out DIR`: the main job. Writes
// documents.jsonl, clusters.jsonl and report.md into DIR.
#include <spdlog/spdlog.h>

#include <iostream>
#include <sstream>

#include "pipeline/analysis.h"
#include "align/alignment_writer.h"
#include "report/analysis_archive.h"
#include "report/jsonl_report.h"
#include "report/report_scope.h"
#include "tools/commands.h"
#include "util/file_util.h"
#include "util/parallel.h"
#include "util/stage_clock.h"

namespace dupalign {
namespace {

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> texts;
  for (const Sentence& s : doc.sentences) texts.push_back(s.text);
  return texts;
}

// The TMX and TSV texts of one aligned pair, and their file names.
struct PairFiles {
  std::string names[2];
  std::string contents[2];
  Status status;
};

PairFiles FormatPair(const Analysis& analysis, const PairAlignment& pair, const std::string& dir) {
  const Document& a = analysis.documents[pair.source];
  const Document& b = analysis.documents[pair.target];
  const std::vector<std::string> a_texts = SentenceTexts(a), b_texts = SentenceTexts(b);
  PairFiles files;
  const std::pair<AlignmentFormat, const char*> formats[2] = {{AlignmentFormat::kTmx, ".tmx"},
                                                              {AlignmentFormat::kTsv, ".tsv"}};
  for (size_t f = 0; f < 2 && files.status.ok(); ++f) {
    std::ostringstream out;
    files.status = AlignmentWriter(formats[f].first, a.lang, b.lang)
                       .Write(pair.beads, a_texts, b_texts, &out);
    files.names[f] = dir + "/" + a.id + "__" + b.id + formats[f].second;
    files.contents[f] = out.str();
  }
  return files;
}

// One TMX and one TSV file per aligned pair, named after both documents.
// Texts are formatted in parallel, a batch at a time, and written by one
// thread: two threads creating files in one ext4 directory contend for its
// lock, which made the 59k files of a 100k-document run take 21 s instead
// of 4. The first failure in cluster order is reported.
Status WritePairFiles(const Analysis& analysis, const std::string& dir, int threads) {
  Status s = EnsureDirectory(dir);
  if (!s.ok()) return s;
  std::vector<const PairAlignment*> pairs;
  for (const ClusterReport& cluster : analysis.clusters) {
    for (const PairAlignment& pair : cluster.alignments) pairs.push_back(&pair);
  }
  constexpr size_t kBatch = 512;
  std::vector<PairFiles> batch;
  for (size_t begin = 0; begin < pairs.size(); begin += kBatch) {
    batch.assign(std::min(kBatch, pairs.size() - begin), PairFiles());
    ParallelFor(batch.size(), threads,
                [&](size_t k) { batch[k] = FormatPair(analysis, *pairs[begin + k], dir); });
    for (const PairFiles& files : batch) {
      for (size_t f = 0; f < 2 && files.status.ok(); ++f) {
        s = WriteFileAtomically(files.names[f], files.contents[f]);
        if (!s.ok()) return s;
      }
      if (!files.status.ok()) return files.status;
    }
  }
  return Status::OK();
}

Status WriteOutputs(const Analysis& analysis, const Args& args) {
  const std::string& dir = args.out_dir;
  StageClock clock;
  Status s = EnsureDirectory(dir);
  if (s.ok()) {
    s = WriteFileAtomically(dir + "/documents.jsonl",
                            DocumentsJsonl(analysis, args.with_vectors, args.threads));
  }
  if (s.ok()) s = WriteFileAtomically(dir + "/clusters.jsonl", ClustersJsonl(analysis, args.threads));
  clock.Step("documents.jsonl and clusters.jsonl");
  if (s.ok()) {
    const Analysis shown = ScopeForReport(analysis);
    s = WriteFileAtomically(dir + "/analysis.json", SerializeAnalysis(shown));
    if (s.ok()) s = WriteHumanReports(shown, dir);
  }
  clock.Step("human reports");
  if (s.ok()) s = WritePairFiles(analysis, dir + "/alignments", args.threads);
  clock.Step("alignment files");
  return s;
}

int RunAnalyze(const Args& args) {
  if (args.quiet) spdlog::set_level(spdlog::level::err);
  if (args.verbose && !args.quiet) spdlog::set_level(spdlog::level::debug);
  // Left to the operating system at exit: the analysis holds millions of
  // small allocations (words, sentences, pair evidence), and freeing them one
  // by one took about 0.16 s per 10,000 documents after the outputs were
  // already written.
  Analysis& analysis = *new Analysis();
  Status s = Analyze(args, &analysis);
  if (s.ok()) {
    StageClock clock;
    s = WriteOutputs(analysis, args);
    clock.Lap("outputs");
  }
  if (s.ok() && !args.pairs_out.empty()) {
    s = WriteFileAtomically(args.pairs_out, PairsJsonl(analysis));
  }
  if (!s.ok()) {
    std::cerr << "dupalign analyze: " << s.ToString() << "\n";
    return 2;
  }
  spdlog::info("{} documents, {} clusters ({} with several documents); outputs in {}",
               analysis.totals.documents, analysis.totals.clusters,
               analysis.totals.multi_document_clusters, args.out_dir);
  return 0;
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("analyze", "Find duplicates and translations, align and report");
  auto args = std::make_shared<Args>();
  cmd->add_option("paths", args->inputs, "Files or directories (.txt .html .htm .md .jsonl)")
      ->required();
  cmd->add_option("--out", args->out_dir, "Output directory")->capture_default_str();
  cmd->add_option("--pairs-out", args->pairs_out,
                  "Also write every scored document pair with its evidence (JSONL)");
  cmd->add_option("--model", args->embedding_model,
                  "Embedding model: a fastText .bin/.ftz or .vec, or lang=PATH,... per language");
  cmd->add_option("--lid-model", args->lid_model, "fastText language-identification model");
  cmd->add_option("--lang", args->lang, "Treat every document as this language (ISO 639-1)");
  cmd->add_option("--threads", args->threads,
                  "Worker threads (0: one per core); outputs are the same for any number")
      ->capture_default_str();
  cmd->add_option("--link-score", args->same_event_threshold,
                  "Evidence score needed to put two reports in one cluster")
      ->capture_default_str();
  cmd->add_option("--gap-penalty", args->gap_penalty,
                  "Aligner cost of a sentence without counterpart (higher: fewer gaps)")
      ->capture_default_str();
  cmd->add_option("--all-pairs-members", args->all_pairs_members,
                  "Largest cluster whose versions are all aligned pairwise; larger clusters "
                  "align the representative with each member")
      ->capture_default_str();
  cmd->add_option("--word-weight", args->word_weight,
                  "Share of the alignment cost from word-level matching (0: off, faster)")
      ->capture_default_str();
  cmd->add_option("--anchor-weight", args->anchor_weight,
                  "Share of sentence similarity from shared names and numbers")
      ->capture_default_str();
  cmd->add_flag("--keep-furniture", args->keep_furniture, "Do not remove page furniture");
  cmd->add_flag("--with-vectors", args->with_vectors,
                "Add each document's vector to documents.jsonl (see docs/jsonl-schema.md)");
  cmd->add_flag("--quiet", args->quiet, "Only print errors");
  cmd->add_flag("--verbose", args->verbose, "Also log the time of each step inside a stage");
  cmd->callback([args, exit_code] { *exit_code = RunAnalyze(*args); });
}

}  // namespace dupalign

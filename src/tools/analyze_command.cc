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

namespace dupalign {
namespace {

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> texts;
  for (const Sentence& s : doc.sentences) texts.push_back(s.text);
  return texts;
}

Status WritePairFile(const Analysis& analysis, const PairAlignment& pair, const std::string& dir) {
  const Document& a = analysis.documents[pair.source];
  const Document& b = analysis.documents[pair.target];
  const std::vector<std::string> a_texts = SentenceTexts(a), b_texts = SentenceTexts(b);
  Status s;
  for (const auto& [format, extension] :
       {std::pair{AlignmentFormat::kTmx, ".tmx"}, std::pair{AlignmentFormat::kTsv, ".tsv"}}) {
    std::ostringstream out;
    s = AlignmentWriter(format, a.lang, b.lang).Write(pair.beads, a_texts, b_texts, &out);
    if (s.ok()) s = WriteFileAtomically(dir + "/" + a.id + "__" + b.id + extension, out.str());
    if (!s.ok()) break;
  }
  return s;
}

// One TMX and one TSV file per aligned pair, named after both documents;
// written in parallel, the first failure in cluster order reported.
Status WritePairFiles(const Analysis& analysis, const std::string& dir, int threads) {
  Status s = EnsureDirectory(dir);
  if (!s.ok()) return s;
  std::vector<const PairAlignment*> pairs;
  for (const ClusterReport& cluster : analysis.clusters) {
    for (const PairAlignment& pair : cluster.alignments) pairs.push_back(&pair);
  }
  std::vector<Status> written(pairs.size());
  ParallelFor(pairs.size(), threads,
              [&](size_t k) { written[k] = WritePairFile(analysis, *pairs[k], dir); });
  for (const Status& w : written) {
    if (!w.ok()) return w;
  }
  return Status::OK();
}

Status WriteOutputs(const Analysis& analysis, const Args& args) {
  const std::string& dir = args.out_dir;
  Status s = EnsureDirectory(dir);
  if (s.ok()) {
    s = WriteFileAtomically(dir + "/documents.jsonl", DocumentsJsonl(analysis, args.with_vectors));
  }
  if (s.ok()) s = WriteFileAtomically(dir + "/clusters.jsonl", ClustersJsonl(analysis));
  if (s.ok()) {
    const Analysis shown = ScopeForReport(analysis);
    s = WriteFileAtomically(dir + "/analysis.json", SerializeAnalysis(shown));
    if (s.ok()) s = WriteHumanReports(shown, dir);
  }
  if (s.ok()) s = WritePairFiles(analysis, dir + "/alignments", args.threads);
  return s;
}

int RunAnalyze(const Args& args) {
  if (args.quiet) spdlog::set_level(spdlog::level::err);
  if (args.verbose && !args.quiet) spdlog::set_level(spdlog::level::debug);
  Analysis analysis;
  Status s = Analyze(args, &analysis);
  if (s.ok()) s = WriteOutputs(analysis, args);
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
  cmd->add_option("--threads", args->threads, "Worker threads")->capture_default_str();
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

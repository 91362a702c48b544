// `dupalign align A B`: sentence alignment of two versions of one document.
// Reads both files (presplit: one sentence per line; otherwise plain text
// split into paragraphs at line breaks and into sentences by the text
// stage), embeds every sentence and every pair of consecutive sentences,
// aligns them with SentenceAligner and prints the beads with
// AlignmentWriter. Languages the user leaves out come from the language
// identifier when its model is there.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <Eigen/Dense>
#include <spdlog/spdlog.h>

#include "align/alignment_writer.h"
#include "align/sentence_aligner.h"
#include "dupalign/document.h"
#include "dupalign/status.h"
#include "embed/model_paths.h"
#include "embed/sentence_embedder.h"
#include "ingest/line_utils.h"
#include "ingest/utf8_decoder.h"
#include "text/document_segmenter.h"
#include "text/language_identifier.h"
#include "tools/commands.h"
#include "util/file_util.h"

namespace dupalign {
namespace {

struct AlignSettings {
  std::string path_a;
  std::string path_b;
  std::string lang_a;
  std::string lang_b;
  bool presplit = false;
  std::string format = "vecalign";
  std::string model;
  std::string lid_model;
  std::string out;
  AlignerOptions aligner;
};

// The sentences of one input and the paragraph each belongs to.
struct SideText {
  std::vector<std::string> sentences;
  std::vector<size_t> paragraph;  // empty for presplit input
};

Status ReadText(const std::string& path, std::string* text) {
  std::string bytes;
  Status status = ReadWholeFile(path, &bytes);
  if (!status.ok()) return status;
  status = Utf8Decoder::Decode(bytes, text);
  if (!status.ok()) return Status::InvalidArgument(path + ": " + status.message());
  return Status::OK();
}

// Every line is a sentence, blank ones included, so that indices match the
// line numbers other tools and gold files use.
SideText SplitLines(const std::string& text) {
  SideText side;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    side.sentences.push_back(line);
  }
  return side;
}

// Each non-blank line is a paragraph: news text puts one paragraph per line
// and separates some with blank lines, so both cases end up the same.
std::vector<ByteSpan> LineParagraphs(const std::string& text) {
  std::vector<ByteSpan> paragraphs;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (!TrimSpaces(std::string_view(text).substr(begin, end - begin)).empty()) {
      paragraphs.push_back({begin, end});
    }
    begin = end + 1;
  }
  return paragraphs;
}

Status SegmentDocument(const std::string& path, const std::string& lang, std::string text,
                       SideText* side) {
  static const DocumentSegmenter* segmenter = new DocumentSegmenter();
  Document doc;
  doc.path = path;
  doc.lang = lang;
  doc.paragraphs = LineParagraphs(text);
  doc.text = std::move(text);
  Status status = segmenter->Segment(&doc);
  if (!status.ok()) return status;
  for (const Sentence& sentence : doc.sentences) {
    side->sentences.push_back(sentence.text);
    side->paragraph.push_back(sentence.paragraph);
  }
  return Status::OK();
}

Status SplitSide(const std::string& path, const std::string& lang, bool presplit,
                 std::string text, SideText* side) {
  if (presplit) {
    *side = SplitLines(text);
    return Status::OK();
  }
  return SegmentDocument(path, lang, std::move(text), side);
}

// The language of one file from the identifier; an empty file needs none.
Status IdentifyLanguage(const LanguageIdentifier& identifier, const std::string& path,
                        const std::string& text, const std::string& option, std::string* lang) {
  if (TrimSpaces(text).empty()) {
    *lang = "und";
    return Status::OK();
  }
  *lang = identifier.Identify(text).lang;
  if (*lang != "und") return Status::OK();
  return Status::InvalidArgument(path + ": cannot tell its language; give it with " + option);
}

// Fills the languages the user left out from the language identifier; with
// no identifier model, asks for them.
Status ResolveLanguages(const std::string& text_a, const std::string& text_b,
                        AlignSettings* settings) {
  if (!settings->lang_a.empty() && !settings->lang_b.empty()) return Status::OK();
  std::unique_ptr<LanguageIdentifier> identifier;
  Status status = LanguageIdentifier::Load(
      settings->lid_model.empty() ? DefaultLidModelPath() : settings->lid_model, &identifier);
  if (!status.ok()) {
    return Status::InvalidArgument(
        "align: give the languages of both files with --lang-a and --lang-b (ISO 639-1 codes "
        "such as vi, sv, id, en); no language identifier to guess them: " + status.message());
  }
  if (settings->lang_a.empty()) {
    status = IdentifyLanguage(*identifier, settings->path_a, text_a, "--lang-a", &settings->lang_a);
  }
  if (status.ok() && settings->lang_b.empty()) {
    status = IdentifyLanguage(*identifier, settings->path_b, text_b, "--lang-b", &settings->lang_b);
  }
  return status;
}

std::vector<std::string> JoinNeighbours(const std::vector<std::string>& sentences) {
  std::vector<std::string> joined;
  for (size_t i = 0; i + 1 < sentences.size(); ++i) {
    joined.push_back(sentences[i] + " " + sentences[i + 1]);
  }
  return joined;
}

std::vector<size_t> CharacterLengths(const std::vector<std::string>& sentences) {
  std::vector<size_t> lengths;
  for (const std::string& sentence : sentences) lengths.push_back(CountCodePoints(sentence));
  return lengths;
}

// Sentences and joined neighbours go through the embedder as one batch, so
// both get the same common component when it is estimated from the batch.
Status BuildSide(const SideText& text, const std::string& lang,
                 const SentenceEmbedder& embedder, AlignmentSide* side) {
  if (!text.sentences.empty() && !embedder.SupportsLanguage(lang)) {
    return Status::InvalidArgument("align: the embedding model has no vectors for language '" +
                                   lang + "'");
  }
  std::vector<std::string> batch = text.sentences;
  std::vector<std::string> joined = JoinNeighbours(text.sentences);
  batch.insert(batch.end(), joined.begin(), joined.end());
  Eigen::MatrixXf rows = embedder.EmbedTexts(batch, lang);
  const Eigen::Index n = static_cast<Eigen::Index>(text.sentences.size());
  side->sentences = rows.topRows(n);
  side->merged = rows.bottomRows(rows.rows() - n);
  side->paragraph = text.paragraph;
  side->lengths = CharacterLengths(text.sentences);
  return Status::OK();
}

Status WriteOutput(const AlignSettings& settings, AlignmentFormat format,
                   const std::vector<AlignmentBead>& beads, const SideText& a,
                   const SideText& b) {
  AlignmentWriter writer(format, settings.lang_a, settings.lang_b);
  if (settings.out.empty()) return writer.Write(beads, a.sentences, b.sentences, &std::cout);
  std::ostringstream out;
  Status status = writer.Write(beads, a.sentences, b.sentences, &out);
  if (!status.ok()) return status;
  return WriteFileAtomically(settings.out, out.str());
}

Status RunAlign(AlignSettings settings) {
  // A bad format fails before any file or model is read.
  AlignmentFormat format;
  Status status = ParseAlignmentFormat(settings.format, &format);
  std::string raw_a, raw_b;
  if (status.ok()) status = ReadText(settings.path_a, &raw_a);
  if (status.ok()) status = ReadText(settings.path_b, &raw_b);
  if (status.ok()) status = ResolveLanguages(raw_a, raw_b, &settings);
  SideText text_a, text_b;
  if (status.ok()) {
    status = SplitSide(settings.path_a, settings.lang_a, settings.presplit, std::move(raw_a),
                       &text_a);
  }
  if (status.ok()) {
    status = SplitSide(settings.path_b, settings.lang_b, settings.presplit, std::move(raw_b),
                       &text_b);
  }
  if (!status.ok()) return status;

  std::vector<AlignmentBead> beads;
  if (!text_a.sentences.empty() || !text_b.sentences.empty()) {
    std::unique_ptr<SentenceEmbedder> embedder;
    status = SentenceEmbedder::Load(settings.model, &embedder);
    AlignmentSide side_a, side_b;
    if (status.ok()) status = BuildSide(text_a, settings.lang_a, *embedder, &side_a);
    if (status.ok()) status = BuildSide(text_b, settings.lang_b, *embedder, &side_b);
    if (status.ok()) status = AlignSentences(side_a, side_b, settings.aligner, &beads);
    if (!status.ok()) return status;
  }
  return WriteOutput(settings, format, beads, text_a, text_b);
}

}  // namespace

void AddAlignCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("align", "Align the sentences of two versions of a document");
  auto settings = std::make_shared<AlignSettings>();
  cmd->add_option("A", settings->path_a, "Source document (or sentences with --presplit)")
      ->required();
  cmd->add_option("B", settings->path_b, "Target document (or sentences with --presplit)")
      ->required();
  cmd->add_option("--lang-a", settings->lang_a, "ISO 639-1 language of A");
  cmd->add_option("--lang-b", settings->lang_b, "ISO 639-1 language of B");
  cmd->add_flag("--presplit", settings->presplit, "Inputs hold one sentence per line");
  cmd->add_option("--format", settings->format, "vecalign, ladder, tsv, tmx or jsonl")
      ->capture_default_str();
  cmd->add_option("--model", settings->model, "Sentence embedding model (default: models/)");
  cmd->add_option("--lid-model", settings->lid_model,
                  "Language identifier used when --lang-a/--lang-b are missing (default: models/)");
  cmd->add_option("--out", settings->out, "Output file (default: standard output)");
  cmd->add_option("--max-merge", settings->aligner.max_merge,
                  "Sentences per side in one bead: 1 or 2")
      ->capture_default_str()
      ->check(CLI::Range(1, 2));
  cmd->add_option("--gap-penalty", settings->aligner.gap_penalty,
                  "Cost of leaving one sentence unaligned")
      ->capture_default_str();
  cmd->add_option("--length-weight", settings->aligner.length_weight,
                  "Weight of the length-ratio prior")
      ->capture_default_str();
  cmd->callback([settings, exit_code] {
    Status status = RunAlign(*settings);
    if (!status.ok()) spdlog::error("{}", status.ToString());
    *exit_code = status.ok() ? 0 : 1;
  });
}

}  // namespace dupalign

// `dupalign align A B`: sentence alignment of two versions of one document.
// Reads both files (presplit: one sentence per line; otherwise plain text
// split into paragraphs at line breaks and into sentences by the text
// stage), embeds every sentence and every pair of consecutive sentences,
// aligns them with SentenceAligner and prints the beads with
// AlignmentWriter. Languages the user leaves out come from the language
// identifier when its model is there. With --batch, one process aligns many
// document pairs and loads the embedding model once.
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
#include "align/side_columns.h"
#include "align/word_matcher.h"
#include "dupalign/document.h"
#include "dupalign/status.h"
#include "embed/model_paths.h"
#include "embed/sentence_embedder.h"
#include "ingest/line_utils.h"
#include "ingest/utf8_decoder.h"
#include "similarity/sentence_anchor_features.h"
#include "similarity/sentence_vectors.h"
#include "text/document_segmenter.h"
#include "text/language_identifier.h"
#include "text/word_tokenizer.h"
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
  std::string batch;
  // Share of the hashed names-and-numbers features mixed into each sentence
  // vector (SentenceVectors), as the analyze pipeline does; 0.2 was best on
  // the FLORES dev half (docs/alignment-benchmark.md).
  double anchor_weight = 0.2;
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

// Names and numbers are kept by translations while other words change; the
// embeddings alone often miss them.
void MixAnchors(const std::vector<std::string>& sentences, double weight, AlignmentSide* side) {
  Document doc;
  for (const std::string& text : sentences) {
    Sentence sentence;
    sentence.text = text;
    doc.sentences.push_back(std::move(sentence));
  }
  const Eigen::MatrixXf anchors = SentenceAnchorFeatures(doc);
  side->sentences = SentenceVectors(side->sentences, anchors, weight).Dense();
  if (anchors.rows() > 1) {
    side->merged = SentenceVectors(side->merged, JoinedNeighbourAnchors(anchors), weight).Dense();
  }
}

// Every word with a vector, embedded on its own, for word-level matching.
SentenceWords EmbedWords(const std::vector<std::string>& sentences, const std::string& lang,
                         const SentenceEmbedder& embedder) {
  return EmbedSentenceWords(WordTokenizer(lang).WordsOfEach(sentences), lang, embedder);
}

std::vector<size_t> CharacterLengths(const std::vector<std::string>& sentences) {
  std::vector<size_t> lengths;
  for (const std::string& sentence : sentences) lengths.push_back(CountCodePoints(sentence));
  return lengths;
}

// Sentences and joined neighbours go through the embedder as one batch, so
// both get the same common component when it is estimated from the batch.
Status BuildSide(const SideText& text, const std::string& lang, const AlignSettings& settings,
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
  if (settings.anchor_weight > 0.0) MixAnchors(text.sentences, settings.anchor_weight, side);
  if (settings.aligner.word_weight > 0.0) side->words = EmbedWords(text.sentences, lang, embedder);
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

// The model is loaded on first use only, so that empty documents and input
// errors need none, and once for a whole batch.
class LazyEmbedder {
 public:
  explicit LazyEmbedder(std::string spec) : spec_(std::move(spec)) {}
  Status Get(const SentenceEmbedder** embedder) {
    if (embedder_ == nullptr) {
      Status status = SentenceEmbedder::Load(spec_, &embedder_);
      if (!status.ok()) return status;
    }
    *embedder = embedder_.get();
    return Status::OK();
  }

 private:
  std::string spec_;
  std::unique_ptr<SentenceEmbedder> embedder_;
};

Status AlignPair(AlignSettings settings, AlignmentFormat format, LazyEmbedder* lazy) {
  std::string raw_a, raw_b;
  Status status = ReadText(settings.path_a, &raw_a);
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
    const SentenceEmbedder* embedder = nullptr;
    status = lazy->Get(&embedder);
    AlignmentSide side_a, side_b;
    if (status.ok()) status = BuildSide(text_a, settings.lang_a, settings, *embedder, &side_a);
    if (status.ok()) status = BuildSide(text_b, settings.lang_b, settings, *embedder, &side_b);
    if (status.ok()) DropSharedZeroColumns({&side_a, &side_b});
    if (status.ok()) status = AlignSentences(side_a, side_b, settings.aligner, &beads);
    if (!status.ok()) return status;
  }
  return WriteOutput(settings, format, beads, text_a, text_b);
}

// A batch file holds one pair per line: A, B and the output path,
// tab-separated. Blank lines are skipped.
Status ReadBatch(const std::string& path, std::vector<std::vector<std::string>>* jobs) {
  std::string text;
  Status status = ReadText(path, &text);
  if (!status.ok()) return status;
  std::istringstream in(text);
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (TrimSpaces(line).empty()) continue;
    std::vector<std::string> fields;
    std::istringstream columns(line);
    for (std::string field; std::getline(columns, field, '\t');) fields.push_back(field);
    if (fields.size() != 3) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) +
                                     ": expected A<TAB>B<TAB>OUT, got " +
                                     std::to_string(fields.size()) + " fields");
    }
    jobs->push_back(std::move(fields));
  }
  return Status::OK();
}

Status RunAlign(const AlignSettings& settings) {
  // A bad format fails before any file or model is read.
  AlignmentFormat format;
  Status status = ParseAlignmentFormat(settings.format, &format);
  if (!status.ok()) return status;
  LazyEmbedder embedder(settings.model);
  if (settings.batch.empty()) {
    if (settings.path_a.empty() || settings.path_b.empty()) {
      return Status::InvalidArgument("align: give the two documents A and B, or --batch FILE");
    }
    return AlignPair(settings, format, &embedder);
  }
  if (!settings.path_a.empty() || !settings.out.empty()) {
    return Status::InvalidArgument("align: --batch takes the documents and outputs from " +
                                   settings.batch + "; do not also give A, B or --out");
  }
  std::vector<std::vector<std::string>> jobs;
  status = ReadBatch(settings.batch, &jobs);
  for (size_t k = 0; status.ok() && k < jobs.size(); ++k) {
    AlignSettings job = settings;
    job.path_a = jobs[k][0];
    job.path_b = jobs[k][1];
    job.out = jobs[k][2];
    status = AlignPair(std::move(job), format, &embedder);
  }
  return status;
}

}  // namespace

void AddAlignCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("align", "Align the sentences of two versions of a document");
  auto settings = std::make_shared<AlignSettings>();
  cmd->add_option("A", settings->path_a, "Source document (or sentences with --presplit)");
  cmd->add_option("B", settings->path_b, "Target document (or sentences with --presplit)");
  cmd->add_option("--batch", settings->batch,
                  "File of document pairs to align, one 'A<TAB>B<TAB>OUT' per line");
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
  cmd->add_option("--length-sigma", settings->aligner.length_sigma,
                  "Spread of log length ratios for a Gaussian length prior (0: linear prior)")
      ->capture_default_str();
  cmd->add_option("--anchor-weight", settings->anchor_weight,
                  "Share of names-and-numbers features mixed into sentence vectors")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--word-weight", settings->aligner.word_weight,
                  "Share of word-level matching in the bead cost")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([settings, exit_code] {
    Status status = RunAlign(*settings);
    if (!status.ok()) spdlog::error("{}", status.ToString());
    *exit_code = status.ok() ? 0 : 1;
  });
}

}  // namespace dupalign

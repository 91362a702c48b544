#include "align/alignment_writer.h"

#include "util/markup.h"

#include <cstdio>
#include <utility>

#include <nlohmann/json.hpp>

namespace dupalign {
namespace {

std::string FormatCost(double cost) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.6f", cost);
  return buffer;
}

// Python's repr of a list of ints, which is what Vecalign prints.
std::string IndexList(const std::vector<size_t>& indices) {
  std::string out = "[";
  for (size_t k = 0; k < indices.size(); ++k) {
    if (k > 0) out += ", ";
    out += std::to_string(indices[k]);
  }
  return out + "]";
}

std::string JoinTexts(const std::vector<size_t>& indices, const std::vector<std::string>& texts) {
  std::string out;
  for (size_t index : indices) {
    if (!out.empty()) out += ' ';
    out += texts[index];
  }
  return out;
}

// Tabs and line breaks inside a sentence would split TSV fields and rows.
std::string TsvField(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}


Status CheckIndices(const std::vector<AlignmentBead>& beads, size_t source_count,
                    size_t target_count) {
  for (size_t b = 0; b < beads.size(); ++b) {
    for (size_t i : beads[b].source) {
      if (i >= source_count) {
        return Status::InvalidArgument("alignment writer: bead " + std::to_string(b) +
                                       " refers to source sentence " + std::to_string(i) +
                                       " but only " + std::to_string(source_count) +
                                       " source texts were given");
      }
    }
    for (size_t j : beads[b].target) {
      if (j >= target_count) {
        return Status::InvalidArgument("alignment writer: bead " + std::to_string(b) +
                                       " refers to target sentence " + std::to_string(j) +
                                       " but only " + std::to_string(target_count) +
                                       " target texts were given");
      }
    }
  }
  return Status::OK();
}

}  // namespace

Status ParseAlignmentFormat(std::string_view name, AlignmentFormat* format) {
  static const std::pair<std::string_view, AlignmentFormat> kNames[] = {
      {"vecalign", AlignmentFormat::kVecalign}, {"ladder", AlignmentFormat::kLadder},
      {"tsv", AlignmentFormat::kTsv},           {"tmx", AlignmentFormat::kTmx},
      {"jsonl", AlignmentFormat::kJsonl}};
  for (const auto& [known, value] : kNames) {
    if (name == known) {
      *format = value;
      return Status::OK();
    }
  }
  return Status::InvalidArgument("unknown alignment format '" + std::string(name) +
                                 "' (expected vecalign, ladder, tsv, tmx or jsonl)");
}

AlignmentWriter::AlignmentWriter(AlignmentFormat format, std::string source_lang,
                                 std::string target_lang)
    : format_(format), source_lang_(std::move(source_lang)), target_lang_(std::move(target_lang)) {}

Status AlignmentWriter::Write(const std::vector<AlignmentBead>& beads,
                              const std::vector<std::string>& source_texts,
                              const std::vector<std::string>& target_texts,
                              std::ostream* out) const {
  switch (format_) {
    case AlignmentFormat::kVecalign:
      WriteVecalign(beads, out);
      break;
    case AlignmentFormat::kLadder:
      WriteLadder(beads, out);
      break;
    default: {
      Status status = CheckIndices(beads, source_texts.size(), target_texts.size());
      if (!status.ok()) return status;
      if (format_ == AlignmentFormat::kTsv) WriteTsv(beads, source_texts, target_texts, out);
      if (format_ == AlignmentFormat::kTmx) WriteTmx(beads, source_texts, target_texts, out);
      if (format_ == AlignmentFormat::kJsonl) {
        WriteJsonl(beads, source_texts, target_texts, out);
      }
    }
  }
  out->flush();
  return out->good() ? Status::OK()
                     : Status::IOError("alignment writer: output stream failed while writing");
}

void AlignmentWriter::WriteVecalign(const std::vector<AlignmentBead>& beads,
                                    std::ostream* out) const {
  for (const AlignmentBead& bead : beads) {
    *out << IndexList(bead.source) << ':' << IndexList(bead.target) << ':'
         << FormatCost(bead.cost) << '\n';
  }
}

// A rung is the pair of positions where a bead starts; consecutive rungs
// delimit one bead, and the score on a rung belongs to the bead after it
// (higher is better, as in hunalign), so the closing rung (n, m) scores 0.
void AlignmentWriter::WriteLadder(const std::vector<AlignmentBead>& beads,
                                  std::ostream* out) const {
  size_t i = 0;
  size_t j = 0;
  for (const AlignmentBead& bead : beads) {
    *out << i << '\t' << j << '\t' << FormatCost(bead.similarity) << '\n';
    i += bead.source.size();
    j += bead.target.size();
  }
  *out << i << '\t' << j << '\t' << FormatCost(0.0) << '\n';
}

void AlignmentWriter::WriteTsv(const std::vector<AlignmentBead>& beads,
                               const std::vector<std::string>& source,
                               const std::vector<std::string>& target, std::ostream* out) const {
  for (const AlignmentBead& bead : beads) {
    *out << TsvField(JoinTexts(bead.source, source)) << '\t'
         << TsvField(JoinTexts(bead.target, target)) << '\t' << FormatCost(bead.cost) << '\n';
  }
}

void AlignmentWriter::WriteTmx(const std::vector<AlignmentBead>& beads,
                               const std::vector<std::string>& source,
                               const std::vector<std::string>& target, std::ostream* out) const {
  *out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<tmx version=\"1.4\">\n"
       << "  <header creationtool=\"dupalign\" creationtoolversion=\"" DUPALIGN_VERSION "\""
       << " segtype=\"sentence\" o-tmf=\"dupalign\" adminlang=\"en\" srclang=\""
       << EscapeMarkup(source_lang_) << "\" datatype=\"plaintext\"/>\n"
       << "  <body>\n";
  for (const AlignmentBead& bead : beads) {
    if (bead.source.empty() || bead.target.empty()) continue;
    *out << "    <tu>\n"
         << "      <prop type=\"x-cost\">" << FormatCost(bead.cost) << "</prop>\n"
         << "      <tuv xml:lang=\"" << EscapeMarkup(source_lang_) << "\"><seg>"
         << EscapeMarkup(JoinTexts(bead.source, source)) << "</seg></tuv>\n"
         << "      <tuv xml:lang=\"" << EscapeMarkup(target_lang_) << "\"><seg>"
         << EscapeMarkup(JoinTexts(bead.target, target)) << "</seg></tuv>\n"
         << "    </tu>\n";
  }
  *out << "  </body>\n</tmx>\n";
}

void AlignmentWriter::WriteJsonl(const std::vector<AlignmentBead>& beads,
                                 const std::vector<std::string>& source,
                                 const std::vector<std::string>& target,
                                 std::ostream* out) const {
  for (const AlignmentBead& bead : beads) {
    nlohmann::json line = {{"source", bead.source},
                           {"target", bead.target},
                           {"source_lang", source_lang_},
                           {"target_lang", target_lang_},
                           {"source_text", JoinTexts(bead.source, source)},
                           {"target_text", JoinTexts(bead.target, target)},
                           {"cost", bead.cost},
                           {"similarity", bead.similarity}};
    // Invalid UTF-8 in a sentence must not abort the whole file.
    *out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace dupalign

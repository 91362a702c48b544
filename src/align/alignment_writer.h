// AlignmentWriter: prints a sentence alignment (beads from SentenceAligner)
// in one of the formats other tools read: Vecalign's bead lines, hunalign's
// ladder, TSV, TMX 1.4 and JSON Lines. Called by the report stage and the
// command-line tools; holds no state besides the format and languages.
#ifndef DUPALIGN_ALIGN_ALIGNMENT_WRITER_H_
#define DUPALIGN_ALIGN_ALIGNMENT_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "align/sentence_aligner.h"
#include "dupalign/status.h"

namespace dupalign {

enum class AlignmentFormat {
  kVecalign,  // "[0, 1]:[2]:0.123456", 0-based, "[]" for a gap side
  kLadder,    // hunalign ladder: "i<TAB>j<TAB>score" per rung, last rung (n, m)
  kTsv,       // "source<TAB>target<TAB>cost", merged sentences joined by a space
  kTmx,       // TMX 1.4, one <tu> per bead with both sides non-empty
  kJsonl,     // one JSON object per bead: indices, texts, cost, similarity
};

// Accepts "vecalign", "ladder", "tsv", "tmx" and "jsonl".
Status ParseAlignmentFormat(std::string_view name, AlignmentFormat* format);

class AlignmentWriter {
 public:
  // Languages are ISO 639-1 codes; TMX and JSONL record them.
  AlignmentWriter(AlignmentFormat format, std::string source_lang, std::string target_lang);

  // Writes every bead. The sentence texts are needed by tsv, tmx and jsonl
  // (vecalign and ladder accept empty vectors); fails when a bead refers to
  // a sentence that has no text or the stream goes bad.
  Status Write(const std::vector<AlignmentBead>& beads,
               const std::vector<std::string>& source_texts,
               const std::vector<std::string>& target_texts, std::ostream* out) const;

 private:
  void WriteVecalign(const std::vector<AlignmentBead>& beads, std::ostream* out) const;
  void WriteLadder(const std::vector<AlignmentBead>& beads, std::ostream* out) const;
  void WriteTsv(const std::vector<AlignmentBead>& beads, const std::vector<std::string>& source,
                const std::vector<std::string>& target, std::ostream* out) const;
  void WriteTmx(const std::vector<AlignmentBead>& beads, const std::vector<std::string>& source,
                const std::vector<std::string>& target, std::ostream* out) const;
  void WriteJsonl(const std::vector<AlignmentBead>& beads,
                  const std::vector<std::string>& source,
                  const std::vector<std::string>& target, std::ostream* out) const;

  AlignmentFormat format_;
  std::string source_lang_;
  std::string target_lang_;
};

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_ALIGNMENT_WRITER_H_

// Normalizer: NFKC normalisation plus whitespace folding that remembers, for
// every byte of the output, which byte of the input produced it (as
// SentencePiece's normaliser does), so a span found in normalised text can be
// shown in the original. Used by the text stage (DocumentSegmenter) and by any
// later stage that needs normalised text with offsets. Thread-safe: Normalize
// is const and keeps no state between calls.
#ifndef DUPALIGN_TEXT_NORMALIZER_H_
#define DUPALIGN_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {

struct NormalizedText {
  std::string text;
  // source_offset[i] is the byte of the original where the character that
  // produced text[i] begins; source_offset[text.size()] is the end of the last
  // original character that produced output.
  std::vector<size_t> source_offset;

  // Original bytes of text[begin, end). A normalised character that expands
  // to several (a ligature into "fi") maps to its whole source character, so
  // a span never cuts an original character.
  ByteSpan ToSource(size_t begin, size_t end) const;
};

class Normalizer {
 public:
  // NFKC per normalisation segment (a starter and its combining marks), runs
  // of Unicode white space folded to one U+0020, leading and trailing space
  // trimmed, invisible format characters (soft hyphen, zero-width space, BOM)
  // dropped. Invalid UTF-8 becomes U+FFFD.
  NormalizedText Normalize(std::string_view original) const;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_NORMALIZER_H_

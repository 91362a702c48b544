// SentenceSegmenter: splits text of one language into sentences with ICU's
// sentence break rules for that locale, suppressing breaks after the
// abbreviations news in vi/sv/id/en use before names and numbers ("Tn. Ito
// Naoki", "Resolusi No. 57-NQ/TW", "bl.a.", "GS.TS."). Used by the text stage
// (DocumentSegmenter) on normalised text. Thread-safe after construction:
// each call clones the break iterator.
#ifndef DUPALIGN_TEXT_SENTENCE_SEGMENTER_H_
#define DUPALIGN_TEXT_SENTENCE_SEGMENTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"

namespace dupalign {

class SentenceSegmenter {
 public:
  // lang is an ISO 639-1 code or "und"; "und" and languages without a list
  // of their own get the abbreviations of every supported language.
  explicit SentenceSegmenter(const std::string& lang = "und");
  ~SentenceSegmenter();
  SentenceSegmenter(const SentenceSegmenter&) = delete;
  SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

  // Byte spans of the sentences of utf8, trimmed of surrounding white space;
  // blank stretches yield no span.
  std::vector<ByteSpan> Split(std::string_view utf8) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_SENTENCE_SEGMENTER_H_

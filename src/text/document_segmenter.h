// DocumentSegmenter: the text stage's per-document step. Turns each paragraph
// of an ingested Document into Sentence records: original byte span, NFKC
// text with folded white space and word tokens.
// Called by the pipeline after ingest and language identification.
// Thread-safe: Segment may run concurrently on different documents; the
// per-language segmenters and tokenizers are built once and shared.
#ifndef DUPALIGN_TEXT_DOCUMENT_SEGMENTER_H_
#define DUPALIGN_TEXT_DOCUMENT_SEGMENTER_H_

#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "dupalign/document.h"
#include "dupalign/status.h"
#include "text/normalizer.h"
#include "text/sentence_segmenter.h"
#include "text/word_tokenizer.h"

namespace dupalign {

class DocumentSegmenter {
 public:
  DocumentSegmenter();
  DocumentSegmenter(const DocumentSegmenter&) = delete;
  DocumentSegmenter& operator=(const DocumentSegmenter&) = delete;

  // Replaces doc->sentences using doc->paragraphs and doc->lang ("und"
  // allowed). Documents whose status is not ok are left untouched. Fails
  // when a paragraph lies outside doc->text.
  Status Segment(Document* doc) const;

  // The word tokens of each of doc's sentences, in order: what the embedder
  // and the aligner take. Views into doc, which must outlive them.
  static std::vector<std::span<const std::string>> SentenceWords(const Document& doc);

 private:
  struct LanguageTools {
    explicit LanguageTools(const std::string& lang) : sentences(lang), words(lang) {}
    SentenceSegmenter sentences;
    WordTokenizer words;
  };

  // Tools for lang, created on first use.
  const LanguageTools& ToolsFor(const std::string& lang) const;

  Normalizer normalizer_;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::unique_ptr<LanguageTools>> tools_;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_DOCUMENT_SEGMENTER_H_

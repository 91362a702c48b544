// LeadWords: the word vectors of each document's opening (the first 8 words
// of its first 8 sentences), which the pipeline word-matches for every
// candidate pair in two languages. Each document's opening is embedded once:
// a document takes part in tens of pairs. Where a word's vector does not
// depend on the batch it is embedded in (SentenceEmbedder::EmbedsWordsAlone),
// each language keeps one table of its distinct opening words and a
// document keeps row numbers, 256 bytes instead of a 25 KB matrix, and
// knows its repeated words by them, so no pair compares rows to find them. Built
// and read by the pipeline; read-only and thread-safe once built.
#ifndef DUPALIGN_PIPELINE_LEAD_WORDS_H_
#define DUPALIGN_PIPELINE_LEAD_WORDS_H_

#include <map>
#include <string>
#include <vector>

#include "align/word_matcher.h"
#include "dupalign/document.h"
#include "embed/sentence_embedder.h"

namespace dupalign {

class LeadWords {
 public:
  // Embeds the openings of docs[i] for every i in `wanted` (any order,
  // repeats allowed).
  LeadWords(const std::vector<const Document*>& docs, const std::vector<size_t>& wanted,
            const SentenceEmbedder& embedder, int threads);

  // Document i's opening as one sentence of unit word rows, words without a
  // vector left out, each distinct word's row once: what
  // Deduplicate(EmbedSentenceWords({Opening(doc)})) gives. Empty for a
  // document that was not wanted.
  DistinctWords Of(size_t i) const;

  // The words read from a document's opening.
  static std::vector<std::string> Opening(const Document& doc);

 private:
  using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  struct Entry {
    const RowMatrix* table = nullptr;  // null: `own` holds the words
    std::vector<int32_t> rows;         // distinct rows of `table`, in order of first use
    std::vector<Eigen::Index> id;      // per word: its entry in `rows`
    DistinctWords own;
  };

  std::map<std::string, RowMatrix> tables_;  // by language: a row per distinct word
  std::vector<Entry> entries_;           // by document
};

}  // namespace dupalign

#endif  // DUPALIGN_PIPELINE_LEAD_WORDS_H_

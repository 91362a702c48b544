// WordMatcher: word-level similarity of two spans of sentences, for the
// sentence aligner. Each word of one span is matched greedily to its most
// similar word of the other span (in both directions, as BERTScore does) and
// the best similarities are averaged. Similarities are corrected for hubness
// with CSLS (Conneau et al. 2018): a word's mean similarity to its nearest
// words on the other side is subtracted, so function words and other hubs,
// which are close to everything, do not make unrelated sentences look alike.
// With weak cross-lingual vectors this separates translations better than
// the cosine of averaged sentence vectors, because identical tokens (names,
// numbers) and the few well aligned words each count on their own. Words may
// carry weights (SIF, as sentence vectors weigh them), so that a frequent
// word's match counts less than a rare one's, as in BERTScore's IDF option.
// All word-pair scores are held in memory while it is built (4 bytes a
// pair), so callers keep it to documents of moderate size. Used by SentenceAligner; read-only after
// construction and thread-safe.
#ifndef DUPALIGN_ALIGN_WORD_MATCHER_H_
#define DUPALIGN_ALIGN_WORD_MATCHER_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <Eigen/Dense>

namespace dupalign {

class SentenceEmbedder;

// The words of one side: `rows` holds one unit row per word (callers leave
// out words without a vector), sentence i owns rows offset[i] .. offset[i+1]-1.
struct SentenceWords {
  Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows;
  std::vector<size_t> offset;  // sentences + 1 entries; empty = no words
  std::vector<float> weight;   // per row, positive; empty = every word weighs 1
};

// A side with each distinct word's row stored once, in order of first use:
// word w's row is rows.row(id[w]). A caller that knows which words repeat
// (the pipeline's lead words) builds it without comparing rows.
struct DistinctWords {
  Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows;
  std::vector<Eigen::Index> id;  // per word
  std::vector<size_t> offset;    // as in SentenceWords
  std::vector<float> weight;     // per word, as in SentenceWords
};

// `words` with bit-identical rows (a word used again) stored once.
DistinctWords Deduplicate(const SentenceWords& words);

// How EmbedSentenceWords reads a word: with its sentence as context for the
// language's lexicon (SentenceEmbedder::EmbedWordsInContext), or alone
// (SentenceEmbedder::EmbedWords). Sentence alignment reads in context; the
// clustering's lead-word feature reads alone, the way its link model was
// fitted, so a document's links do not depend on the corpus's size.
enum class WordReading { kInContext, kAlone };

// How much each word's best match counts: its SIF weight
// (SentenceEmbedder::WordWeights), or the same for every word. Sentence
// alignment weighs by SIF: on the development sets it raised Tatoeba vi-en
// retrieval from .857/.870 to .887/.880 and kept FLORES pairs level or
// better. The lead-word feature counts words alike, as its link model was
// fitted.
enum class WordWeighting { kSif, kUniform };

// Every word of every sentence that has a vector, embedded in `lang` (rows
// unit length). Used by the align command, the pipeline and `model eval` to
// fill AlignmentSide::words.
SentenceWords EmbedSentenceWords(std::span<const std::span<const std::string>> sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder,
                                 WordReading reading = WordReading::kInContext,
                                 WordWeighting weighting = WordWeighting::kSif);
SentenceWords EmbedSentenceWords(const std::vector<std::vector<std::string>>& sentences,
                                 const std::string& lang, const SentenceEmbedder& embedder,
                                 WordReading reading = WordReading::kInContext,
                                 WordWeighting weighting = WordWeighting::kSif);

class WordMatcher {
 public:
  // `neighbours`: how many nearest other-side words define a word's hubness.
  // Keeps only the sides' sentence offsets and weights: the word rows are
  // read here.
  WordMatcher(const SentenceWords& source, const SentenceWords& target, size_t neighbours = 10);
  // The same scores for sides whose repeats are already stored once.
  WordMatcher(const DistinctWords& source, const DistinctWords& target, size_t neighbours = 10);

  // Word pairs, i.e. the matcher's memory in floats, for these two sides.
  static size_t Pairs(const SentenceWords& source, const SentenceWords& target);

  // Similarity of source sentences [s0, s1) and target sentences [t0, t1):
  // the mean of the source words' and the target words' weighted average
  // best CSLS match, about 0 for unrelated text and up to 1 for identical
  // text. 0 when either span has no words.
  double Similarity(size_t s0, size_t s1, size_t t0, size_t t1) const;

 private:
  using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

  // One side's words and their weights, for Similarity.
  struct Side {
    std::vector<size_t> offset;
    std::vector<float> weight;  // per word; empty = all 1
  };

  // Weighted mean over `side`'s words of sentences [s0, s1) of each word's
  // best score within sentences [sentence_begin, sentence_end) of `best`.
  static double SpanMean(const RowMatrix& best, const Side& side, size_t s0, size_t s1,
                         size_t sentence_begin, size_t sentence_end);

  Side source_;
  Side target_;
  // Row t: every source word's best CSLS score within target sentence t;
  // row s: every target word's within source sentence s. One row per
  // sentence keeps a span's scores contiguous for Similarity.
  RowMatrix best_in_target_;
  RowMatrix best_in_source_;
};

}  // namespace dupalign

#endif  // DUPALIGN_ALIGN_WORD_MATCHER_H_

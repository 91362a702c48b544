// SentenceEmbedder: one vector per sentence or bag of words, in the shared
// space of an EmbeddingSpace. Steps, in this order:
//   1. each known word's vector, L2-normalised (as fastText's sentence
//      vectors do, so in-vocabulary and n-gram vectors count alike), weighted
//      by SIF a/(a + p(w)) with p from the model's counts, times an optional
//      corpus IDF; averaged over the known words;
//   2. removal of the language's common component (mean, then the leading
//      principal directions), estimated from the batch when it has at least
//      min_batch_for_estimate rows, else read from "<model>.stats"; single
//      words use the corpus sample given to SetCorpusSample when there is one;
//   3. the language's linear map, if any, then L2 normalisation.
// A sentence with no known word gets a zero row. Callers: the embed and model
// subcommands, the align command, the pipeline. All const methods are
// thread-safe and deterministic.
#ifndef DUPALIGN_EMBED_SENTENCE_EMBEDDER_H_
#define DUPALIGN_EMBED_SENTENCE_EMBEDDER_H_

#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include <Eigen/Dense>
#include <absl/container/flat_hash_map.h>

#include "dupalign/status.h"
#include "embed/embedding_space.h"
#include "embed/embedding_stats.h"

namespace dupalign {

class Lexicon;
class WordTokenizer;

struct SentenceEmbedderOptions {
  double sif_a = 1e-3;
  bool remove_mean = true;
  int remove_components = 1;
  size_t min_batch_for_estimate = 50;
};

class SentenceEmbedder {
 public:
  SentenceEmbedder(std::shared_ptr<const EmbeddingSpace> space,
                   SentenceEmbedderOptions options = {});
  ~SentenceEmbedder();

  // Loads the space of `spec` (DefaultEmbeddingModelPath() when empty).
  static Status Load(const std::string& spec, std::unique_ptr<SentenceEmbedder>* embedder);
  static Status Load(const std::string& spec, const SentenceEmbedderOptions& options,
                     std::unique_ptr<SentenceEmbedder>* embedder);

  int dim() const { return space_->dim(); }
  const EmbeddingSpace& space() const { return *space_; }
  const SentenceEmbedderOptions& options() const { return options_; }
  bool SupportsLanguage(const std::string& lang) const;

  // Document frequencies from the corpus being analysed; words then weigh
  // SIF x (1 + ln((N + 1) / (df + 1))). Not thread-safe: call before use.
  void SetDocumentFrequencies(absl::flat_hash_map<std::string, int64_t> document_frequency,
                              int64_t documents);

  // Looks up the vectors and weights of `words` in the language's model
  // once, so embedding a large corpus does not rebuild a word's vector from
  // its n-grams at every occurrence. Results equal the uncached ones up to
  // float rounding. Runs on `threads` threads. Not thread-safe: call before
  // use, and after SetDocumentFrequencies, which empties the cache.
  void CacheWords(const std::string& lang, const std::vector<std::string>& words,
                  int threads = 1);

  // Estimates the common components of `lang`'s words, one by one, from a
  // sample of the corpus being analysed. EmbedWords then removes these
  // instead of estimating them batch by batch, so a word is centred alike in
  // every document and no batch costs an eigendecomposition. Sentences keep
  // their per-batch estimate: corpus-level sentence statistics lowered the
  // FLORES clustering benchmark's dev F1 from 0.978 to 0.925 with the link
  // model fitted on per-batch ones. A sample smaller than
  // min_batch_for_estimate sentences is ignored. Not thread-safe: call
  // before use.
  void SetCorpusSample(const std::string& lang,
                       const std::vector<std::vector<std::string>>& sentences);

  // True when EmbedWords gives each of `lang`'s words the same vector in
  // any batch (a corpus sample fixed the language's centring, or the space
  // lacks the language), so callers may embed a word once and reuse it.
  bool EmbedsWordsAlone(const std::string& lang) const;

  // Words held elsewhere, a run per sentence: callers pass a document's
  // sentences without copying their words.
  using WordRuns = std::span<const std::span<const std::string>>;

  // A row per sentence of pre-tokenised words (WordTokenizer output).
  Eigen::MatrixXf EmbedSentences(WordRuns sentences, const std::string& lang) const;
  Eigen::MatrixXf EmbedSentences(const std::vector<std::vector<std::string>>& sentences,
                                 const std::string& lang) const;
  // A row per pair of neighbouring sentences (i and i + 1, read as one):
  // what EmbedSentences gives for the joined pairs.
  Eigen::MatrixXf EmbedNeighbourPairs(WordRuns sentences, const std::string& lang) const;
  // A row per word, centred with the corpus's statistics when set.
  Eigen::MatrixXf EmbedWords(WordRuns words, const std::string& lang) const;
  Eigen::MatrixXf EmbedWords(const std::vector<std::string>& words, const std::string& lang) const;
  // EmbedWords for the words of sentences read in context: a word that an
  // entry of the language's lexicon covers (embed/lexicon.h) is pulled
  // towards the entry's English translations, then normalised again. Rows of
  // words without a vector stay zero. Equal to EmbedWords for English, for a
  // language without a lexicon, and for a space without English. Row-major,
  // the layout the word matcher reads.
  using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  RowMatrix EmbedWordsInContext(WordRuns sentences, const std::string& lang) const;
  // A row per sentence read in context: the SIF-weighted mean of the
  // sentence's EmbedWordsInContext rows, less the batch's mean sentence when
  // the batch has at least min_batch_for_estimate sentences, then unit
  // length. Lexicon entries thus move whole sentences towards English, which
  // EmbedSentences (averaging in the model's own space) cannot: on the
  // development sets Tatoeba vi-en P@1 (CSLS) rose from .683/.697 to
  // .800/.793 and FLORES vi-sv from .506/.488 to .687/.691. Used by `embed`
  // and `model eval`; the pipeline keeps EmbedSentences, on which its link
  // model was fitted.
  Eigen::MatrixXf EmbedSentencesInContext(WordRuns sentences, const std::string& lang) const;
  Eigen::MatrixXf EmbedSentencesInContext(const std::vector<std::vector<std::string>>& sentences,
                                          const std::string& lang) const;
  // Each word's SIF weight a/(a + p(w)), p from the language's model, in
  // the order of `sentences`; 1 for every word when the space lacks the
  // language. The corpus's IDF is left out, so two texts weigh their words
  // alike in any corpus.
  std::vector<float> WordWeights(WordRuns sentences, const std::string& lang) const;
  // One vector for a bag of words (a document, its sentences read in
  // order); common component from the stats file only.
  Eigen::VectorXf EmbedBag(WordRuns words, const std::string& lang) const;
  Eigen::VectorXf EmbedBag(const std::vector<std::string>& words, const std::string& lang) const;
  // EmbedSentences on raw text, tokenised with WordTokenizer(lang).
  Eigen::MatrixXf EmbedTexts(const std::vector<std::string>& texts, const std::string& lang) const;

  // Step 1 only, in the model's own space: what `dupalign model stats`
  // summarises. Zero rows for sentences with no known word.
  Eigen::MatrixXf WeightedAverages(const std::vector<std::vector<std::string>>& sentences,
                                   const std::string& lang) const;

 private:
  // A model's cached words: SIF x IDF-weighted unit vectors, one row each; an
  // index of -1 marks a word the model has no vector for.
  struct WordTable {
    absl::flat_hash_map<std::string, int32_t> index;
    RowMatrix rows;
  };

  float SifWeight(const EmbeddingModel& model, const std::string& word) const;
  float IdfWeight(const std::string& word) const;
  // Step 1 for the words of `runs`, read in order.
  void Average(const EmbeddingModel& model, WordRuns runs, float* out) const;
  // Vectors are worked on as columns of a dim x n matrix, so each one is
  // contiguous; Finish turns them into the rows callers get.
  // Step 1 for `bags` bags of words, bag i being the runs bag_of(i): a
  // column per bag.
  template <typename BagOf>
  Eigen::MatrixXf AverageColumns(size_t bags, const std::string& lang, BagOf bag_of) const;
  // Step 1 for each word alone: a column per word.
  Eigen::MatrixXf WordColumns(WordRuns words, const std::string& lang) const;
  // Step 2 (per batch) and step 3 for sentence columns.
  Eigen::MatrixXf FinishSentences(const std::string& lang, Eigen::MatrixXf columns) const;
  const LanguageStats* FileStats(const EmbeddingSpace::Entry& entry, const std::string& lang) const;
  void RemoveCommonComponent(const LanguageStats& stats, Eigen::MatrixXf* columns) const;
  // Step 2 with the corpus's stats when given, else the batch's or the file's.
  void Centre(const EmbeddingSpace::Entry& entry, const std::string& lang,
              const LanguageStats* corpus, Eigen::MatrixXf* columns) const;
  // Step 3; returns a row per vector.
  Eigen::MatrixXf Finish(const EmbeddingSpace::Entry& entry, Eigen::MatrixXf columns) const;
  const WordTokenizer& TokenizerFor(const std::string& lang) const;
  // One unit row per entry of `lexicon`: the mean direction of its English
  // translations, each the mean of its words' EmbedWords rows. Made on first
  // use; the setters that change English word vectors drop them.
  const RowMatrix& TranslationRows(const std::string& lang, const Lexicon& lexicon) const;

  std::shared_ptr<const EmbeddingSpace> space_;
  SentenceEmbedderOptions options_;
  absl::flat_hash_map<std::string, float> idf_;
  std::map<const EmbeddingModel*, WordTable> word_tables_;
  // Per language: common components of the corpus's words.
  std::map<std::string, LanguageStats> corpus_word_stats_;
  float unseen_idf_ = 1.0f;
  mutable std::mutex translations_mutex_;
  mutable std::map<std::string, RowMatrix> translation_rows_;  // by language
  mutable std::mutex tokenizers_mutex_;
  mutable std::map<std::string, std::unique_ptr<WordTokenizer>> tokenizers_;
};

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_SENTENCE_EMBEDDER_H_

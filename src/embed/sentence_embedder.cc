#include "embed/sentence_embedder.h"

#include "util/parallel.h"
#include "util/unit_rows.h"

#include <algorithm>
#include <cmath>

#include "embed/lexicon.h"
#include "embed/model_paths.h"
#include "text/word_tokenizer.h"

namespace dupalign {
namespace {

bool SameSifParameter(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(a, b); }

// How far a dictionary entry's English translations pull its words' vectors:
// row + kLexiconPull * translation, renormalised. Chosen on the development
// sets (held-out Tatoeba pairs and FLORES articles 0-139; models/README.md):
// word-matching retrieval P@1 was flat between 0.3 and 0.7 and fell beyond 1.
constexpr float kLexiconPull = 0.5f;

constexpr char kPivotLanguage[] = "en";

}  // namespace

SentenceEmbedder::SentenceEmbedder(std::shared_ptr<const EmbeddingSpace> space,
                                   SentenceEmbedderOptions options)
    : space_(std::move(space)), options_(options) {}

SentenceEmbedder::~SentenceEmbedder() = default;

Status SentenceEmbedder::Load(const std::string& spec,
                              std::unique_ptr<SentenceEmbedder>* embedder) {
  return Load(spec, SentenceEmbedderOptions(), embedder);
}

Status SentenceEmbedder::Load(const std::string& spec, const SentenceEmbedderOptions& options,
                              std::unique_ptr<SentenceEmbedder>* embedder) {
  std::unique_ptr<EmbeddingSpace> space;
  Status status = EmbeddingSpace::Load(spec.empty() ? DefaultEmbeddingModelPath() : spec,
                                       ModelLoadOptions(), &space);
  if (!status.ok()) return status;
  *embedder = std::make_unique<SentenceEmbedder>(std::move(space), options);
  return Status::OK();
}

bool SentenceEmbedder::SupportsLanguage(const std::string& lang) const {
  return space_->ForLanguage(lang) != nullptr;
}

void SentenceEmbedder::SetDocumentFrequencies(
    absl::flat_hash_map<std::string, int64_t> document_frequency, int64_t documents) {
  translation_rows_.clear();
  idf_.clear();
  for (const auto& [word, df] : document_frequency) {
    idf_[word] = 1.0f + std::log((documents + 1.0) / (df + 1.0));
  }
  unseen_idf_ = 1.0f + std::log(documents + 1.0);
  word_tables_.clear();  // cached rows carry the old weights
}

float SentenceEmbedder::SifWeight(const EmbeddingModel& model, const std::string& word) const {
  return options_.sif_a / (options_.sif_a + model.WordProbability(word));
}

float SentenceEmbedder::IdfWeight(const std::string& word) const {
  if (idf_.empty()) return 1.0f;
  auto it = idf_.find(word);
  return it == idf_.end() ? unseen_idf_ : it->second;
}

void SentenceEmbedder::CacheWords(const std::string& lang, const std::vector<std::string>& words,
                                  int threads) {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  if (entry == nullptr) return;
  const EmbeddingModel& model = *entry->model;
  WordTable& table = word_tables_[&model];
  std::vector<const std::string*> fresh;
  for (const std::string& word : words) {
    if (table.index.emplace(word, -1).second) fresh.push_back(&word);
  }
  RowMatrix rows(static_cast<Eigen::Index>(fresh.size()), model.dim());
  std::vector<char> found(fresh.size(), 0);
  ParallelFor(fresh.size(), threads, [&](size_t k) {
    auto row = rows.row(static_cast<Eigen::Index>(k));
    if (!model.WordVector(*fresh[k], row.data())) return;
    row *= SifWeight(model, *fresh[k]) * IdfWeight(*fresh[k]) / row.norm();
    found[k] = 1;
  });
  Eigen::Index next = table.rows.rows();
  table.rows.conservativeResize(next + static_cast<Eigen::Index>(fresh.size()), model.dim());
  for (size_t k = 0; k < fresh.size(); ++k) {
    if (!found[k]) continue;
    table.rows.row(next) = rows.row(static_cast<Eigen::Index>(k));
    table.index[*fresh[k]] = static_cast<int32_t>(next++);
  }
  table.rows.conservativeResize(next, model.dim());
}

void SentenceEmbedder::Average(const EmbeddingModel& model, WordRuns runs, float* out) const {
  const int dim = model.dim();
  Eigen::Map<Eigen::VectorXf> sum(out, dim);
  sum.setZero();
  auto table = word_tables_.find(&model);
  Eigen::VectorXf vector;  // sized when a word is not in the table
  int known = 0;
  for (std::span<const std::string> run : runs) {
    for (const std::string& word : run) {
      if (table != word_tables_.end()) {
        auto cached = table->second.index.find(word);
        if (cached != table->second.index.end()) {
          if (cached->second < 0) continue;
          sum += table->second.rows.row(cached->second).transpose();
          ++known;
          continue;
        }
      }
      vector.resize(dim);
      if (!model.WordVector(word, vector.data())) continue;
      sum += (SifWeight(model, word) * IdfWeight(word) / vector.norm()) * vector;
      ++known;
    }
  }
  if (known > 0) sum /= static_cast<float>(known);
}

template <typename BagOf>
Eigen::MatrixXf SentenceEmbedder::AverageColumns(size_t bags, const std::string& lang,
                                                 BagOf bag_of) const {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  if (entry == nullptr) return Eigen::MatrixXf::Zero(dim(), static_cast<Eigen::Index>(bags));
  Eigen::MatrixXf columns(entry->model->dim(), static_cast<Eigen::Index>(bags));
  for (size_t i = 0; i < bags; ++i) {
    Average(*entry->model, bag_of(i), columns.col(static_cast<Eigen::Index>(i)).data());
  }
  return columns;
}

Eigen::MatrixXf SentenceEmbedder::WordColumns(WordRuns words, const std::string& lang) const {
  std::vector<std::span<const std::string>> each;
  for (std::span<const std::string> run : words) {
    for (const std::string& word : run) each.emplace_back(&word, 1);
  }
  return AverageColumns(each.size(), lang, [&](size_t i) { return WordRuns(&each[i], 1); });
}

namespace {

std::vector<std::span<const std::string>> RunsOf(
    const std::vector<std::vector<std::string>>& sentences) {
  return {sentences.begin(), sentences.end()};
}

}  // namespace

Eigen::MatrixXf SentenceEmbedder::WeightedAverages(
    const std::vector<std::vector<std::string>>& sentences, const std::string& lang) const {
  const auto runs = RunsOf(sentences);
  return AverageColumns(runs.size(), lang, [&](size_t i) { return WordRuns(runs).subspan(i, 1); })
      .transpose();
}

const LanguageStats* SentenceEmbedder::FileStats(const EmbeddingSpace::Entry& entry,
                                                 const std::string& lang) const {
  if (entry.stats == nullptr) return nullptr;
  const LanguageStats* stats = entry.stats->ForLanguage(lang);
  // Stats averaged with another SIF parameter have another mean.
  if (stats == nullptr || !SameSifParameter(stats->sif_a, options_.sif_a)) return nullptr;
  return stats;
}

void SentenceEmbedder::RemoveCommonComponent(const LanguageStats& stats,
                                             Eigen::MatrixXf* columns) const {
  const int components =
      std::min<int>(options_.remove_components, static_cast<int>(stats.components.size()));
  for (Eigen::Index i = 0; i < columns->cols(); ++i) {
    auto column = columns->col(i);
    if (column.squaredNorm() == 0) continue;  // no known word: stays a zero vector
    if (options_.remove_mean) column -= stats.mean;
    for (int c = 0; c < components; ++c) {
      const Eigen::VectorXf& direction = stats.components[c];
      column -= column.dot(direction) * direction;
    }
  }
}

Eigen::MatrixXf SentenceEmbedder::Finish(const EmbeddingSpace::Entry& entry,
                                         Eigen::MatrixXf columns) const {
  if (entry.map != nullptr) columns = *entry.map * columns;
  // The transposed view's rows are the contiguous columns.
  Eigen::Transpose<Eigen::MatrixXf> rows(columns);
  NormalizeRows(&rows);
  return rows;
}

void SentenceEmbedder::SetCorpusSample(const std::string& lang,
                                       const std::vector<std::vector<std::string>>& sentences) {
  if (sentences.size() < options_.min_batch_for_estimate) return;
  if (lang == kPivotLanguage) translation_rows_.clear();
  // A few tens of thousands of words fix a 100-300 dimensional covariance.
  constexpr size_t kMaxWords = 50000;
  size_t total = 0;
  for (const auto& sentence : sentences) total += sentence.size();
  const size_t stride = std::max<size_t>(1, (total + kMaxWords - 1) / kMaxWords);
  std::vector<std::span<const std::string>> words;
  size_t seen = 0;
  for (const auto& sentence : sentences) {
    for (const std::string& word : sentence) {
      if (seen++ % stride == 0) words.emplace_back(&word, 1);
    }
  }
  corpus_word_stats_[lang] = EmbeddingStats::Estimate(WordColumns(words, lang).transpose(), lang,
                                                      options_.sif_a, options_.remove_components);
}

void SentenceEmbedder::Centre(const EmbeddingSpace::Entry& entry, const std::string& lang,
                              const LanguageStats* corpus, Eigen::MatrixXf* columns) const {
  if (corpus != nullptr) {
    RemoveCommonComponent(*corpus, columns);
    return;
  }
  // A large enough batch defines its own common direction better than the
  // stats file, which comes from the model's training domain: on FLORES
  // (news, wiki) vi->en CSLS P@1 rose from 0.25 with the file's stats to 0.45
  // with the batch's. Small batches fall back to the file.
  LanguageStats batch;
  if (static_cast<size_t>(columns->cols()) >= options_.min_batch_for_estimate) {
    batch = EmbeddingStats::Estimate(columns->transpose(), lang, options_.sif_a,
                                     options_.remove_components);
  }
  if (batch.sentences >= static_cast<int64_t>(options_.min_batch_for_estimate)) {
    RemoveCommonComponent(batch, columns);
  } else if (const LanguageStats* stats = FileStats(entry, lang)) {
    RemoveCommonComponent(*stats, columns);
  }
}

bool SentenceEmbedder::EmbedsWordsAlone(const std::string& lang) const {
  return space_->ForLanguage(lang) == nullptr || corpus_word_stats_.count(lang) > 0;
}

Eigen::MatrixXf SentenceEmbedder::FinishSentences(const std::string& lang,
                                                  Eigen::MatrixXf columns) const {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  if (entry == nullptr) return Eigen::MatrixXf::Zero(columns.cols(), dim());
  Centre(*entry, lang, nullptr, &columns);
  return Finish(*entry, std::move(columns));
}

Eigen::MatrixXf SentenceEmbedder::EmbedSentences(WordRuns sentences,
                                                 const std::string& lang) const {
  return FinishSentences(
      lang, AverageColumns(sentences.size(), lang, [&](size_t i) { return sentences.subspan(i, 1); }));
}

Eigen::MatrixXf SentenceEmbedder::EmbedSentences(
    const std::vector<std::vector<std::string>>& sentences, const std::string& lang) const {
  return EmbedSentences(RunsOf(sentences), lang);
}

Eigen::MatrixXf SentenceEmbedder::EmbedNeighbourPairs(WordRuns sentences,
                                                      const std::string& lang) const {
  const size_t pairs = sentences.empty() ? 0 : sentences.size() - 1;
  return FinishSentences(
      lang, AverageColumns(pairs, lang, [&](size_t i) { return sentences.subspan(i, 2); }));
}

Eigen::MatrixXf SentenceEmbedder::EmbedWords(WordRuns words, const std::string& lang) const {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  if (entry == nullptr) {
    size_t count = 0;
    for (std::span<const std::string> run : words) count += run.size();
    return Eigen::MatrixXf::Zero(static_cast<Eigen::Index>(count), dim());
  }
  Eigen::MatrixXf columns = WordColumns(words, lang);
  auto corpus = corpus_word_stats_.find(lang);
  Centre(*entry, lang, corpus == corpus_word_stats_.end() ? nullptr : &corpus->second, &columns);
  return Finish(*entry, std::move(columns));
}

Eigen::MatrixXf SentenceEmbedder::EmbedWords(const std::vector<std::string>& words,
                                             const std::string& lang) const {
  const std::span<const std::string> run(words);
  return EmbedWords(WordRuns(&run, 1), lang);
}

SentenceEmbedder::RowMatrix SentenceEmbedder::EmbedWordsInContext(WordRuns sentences,
                                                                 const std::string& lang) const {
  RowMatrix rows = EmbedWords(sentences, lang);
  const Lexicon* lexicon = space_->LexiconFor(lang);
  if (lexicon == nullptr || lang == kPivotLanguage || !SupportsLanguage(kPivotLanguage)) {
    return rows;
  }
  const RowMatrix& translations = TranslationRows(lang, *lexicon);
  Eigen::Index first = 0;
  for (std::span<const std::string> sentence : sentences) {
    for (const Lexicon::Match& match : lexicon->Find(sentence)) {
      const auto translation = translations.row(match.entry);
      if (translation.squaredNorm() == 0.0f) continue;
      for (size_t k = match.begin; k < match.begin + match.length; ++k) {
        auto row = rows.row(first + static_cast<Eigen::Index>(k));
        if (row.squaredNorm() == 0.0f) continue;
        row += kLexiconPull * translation;
        row.normalize();
      }
    }
    first += static_cast<Eigen::Index>(sentence.size());
  }
  return rows;
}

Eigen::MatrixXf SentenceEmbedder::EmbedSentencesInContext(WordRuns sentences,
                                                          const std::string& lang) const {
  Eigen::MatrixXf columns = Eigen::MatrixXf::Zero(dim(), static_cast<Eigen::Index>(sentences.size()));
  // Word rows take ten to twenty times the memory of the sentence columns,
  // so they are made a chunk at a time whenever a word's row does not depend
  // on its batch.
  constexpr size_t kChunk = 4096;
  const size_t step = EmbedsWordsAlone(lang) ? kChunk : std::max<size_t>(1, sentences.size());
  for (size_t begin = 0; begin < sentences.size(); begin += step) {
    const WordRuns part = sentences.subspan(begin, std::min(step, sentences.size() - begin));
    const RowMatrix rows = EmbedWordsInContext(part, lang);
    const std::vector<float> weights = WordWeights(part, lang);
    Eigen::Index word = 0;
    for (size_t i = 0; i < part.size(); ++i) {
      auto column = columns.col(static_cast<Eigen::Index>(begin + i));
      for (size_t k = 0; k < part[i].size(); ++k, ++word) {
        column += weights[static_cast<size_t>(word)] * rows.row(word).transpose();
      }
    }
  }
  // A word's row is zero when it has no vector, so a sentence without a
  // known word stays zero and is left out of the mean.
  std::vector<Eigen::Index> known;
  for (Eigen::Index i = 0; i < columns.cols(); ++i) {
    if (columns.col(i).squaredNorm() > 0.0f) known.push_back(i);
  }
  if (options_.remove_mean && known.size() >= options_.min_batch_for_estimate) {
    Eigen::VectorXf mean = Eigen::VectorXf::Zero(dim());
    for (Eigen::Index i : known) mean += columns.col(i);
    mean /= static_cast<float>(known.size());
    for (Eigen::Index i : known) columns.col(i) -= mean;
  }
  Eigen::Transpose<Eigen::MatrixXf> result(columns);
  NormalizeRows(&result);
  return result;
}

Eigen::MatrixXf SentenceEmbedder::EmbedSentencesInContext(
    const std::vector<std::vector<std::string>>& sentences, const std::string& lang) const {
  return EmbedSentencesInContext(RunsOf(sentences), lang);
}

std::vector<float> SentenceEmbedder::WordWeights(WordRuns sentences,
                                                 const std::string& lang) const {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  std::vector<float> weights;
  for (std::span<const std::string> sentence : sentences) {
    for (const std::string& word : sentence) {
      weights.push_back(entry == nullptr ? 1.0f : SifWeight(*entry->model, word));
    }
  }
  return weights;
}

const SentenceEmbedder::RowMatrix& SentenceEmbedder::TranslationRows(
    const std::string& lang, const Lexicon& lexicon) const {
  std::lock_guard<std::mutex> lock(translations_mutex_);
  auto cached = translation_rows_.find(lang);
  if (cached != translation_rows_.end()) return cached->second;
  // Each distinct English word is embedded once, in one run, so English is
  // centred once; translations share most of their words.
  absl::flat_hash_map<std::string_view, Eigen::Index> row_of;
  std::vector<std::string> words;
  for (size_t e = 0; e < lexicon.entries(); ++e) {
    for (const auto& translation : lexicon.Translations(static_cast<int32_t>(e))) {
      for (const std::string& word : translation) {
        if (row_of.try_emplace(word, static_cast<Eigen::Index>(words.size())).second) {
          words.push_back(word);
        }
      }
    }
  }
  const Eigen::MatrixXf english = EmbedWords(words, kPivotLanguage);
  RowMatrix rows = RowMatrix::Zero(static_cast<Eigen::Index>(lexicon.entries()), english.cols());
  for (size_t e = 0; e < lexicon.entries(); ++e) {
    auto entry = rows.row(static_cast<Eigen::Index>(e));
    for (const auto& translation : lexicon.Translations(static_cast<int32_t>(e))) {
      Eigen::RowVectorXf mean = Eigen::RowVectorXf::Zero(english.cols());
      for (const std::string& word : translation) mean += english.row(row_of.at(word));
      if (mean.squaredNorm() > 0.0f) entry += mean.normalized();
    }
    if (entry.squaredNorm() > 0.0f) entry.normalize();
  }
  return translation_rows_.emplace(lang, std::move(rows)).first->second;
}

Eigen::VectorXf SentenceEmbedder::EmbedBag(WordRuns words, const std::string& lang) const {
  const EmbeddingSpace::Entry* entry = space_->ForLanguage(lang);
  if (entry == nullptr) return Eigen::VectorXf::Zero(dim());
  Eigen::MatrixXf column(entry->model->dim(), 1);
  Average(*entry->model, words, column.data());
  if (const LanguageStats* stats = FileStats(*entry, lang)) RemoveCommonComponent(*stats, &column);
  return Finish(*entry, std::move(column)).row(0).transpose();
}

Eigen::VectorXf SentenceEmbedder::EmbedBag(const std::vector<std::string>& words,
                                           const std::string& lang) const {
  const std::span<const std::string> run(words);
  return EmbedBag(WordRuns(&run, 1), lang);
}

const WordTokenizer& SentenceEmbedder::TokenizerFor(const std::string& lang) const {
  std::lock_guard<std::mutex> lock(tokenizers_mutex_);
  std::unique_ptr<WordTokenizer>& tokenizer = tokenizers_[lang];
  if (!tokenizer) tokenizer = std::make_unique<WordTokenizer>(lang);
  return *tokenizer;
}

Eigen::MatrixXf SentenceEmbedder::EmbedTexts(const std::vector<std::string>& texts,
                                             const std::string& lang) const {
  return EmbedSentences(TokenizerFor(lang).WordsOfEach(texts), lang);
}

}  // namespace dupalign

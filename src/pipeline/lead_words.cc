#include "pipeline/lead_words.h"

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <string_view>

#include "util/parallel.h"

namespace dupalign {
namespace {

// Variants chosen on the clustering benchmarks' dev parts (see
// MatchLeadWords in analysis.cc): the first 32 words alone also linked
// different stories that open alike.
constexpr size_t kLeadSentences = 8;
constexpr size_t kLeadWordsPerSentence = 8;
// Words embedded per call when a language's table is filled.
constexpr size_t kWordsPerBatch = 4096;

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

RowMatrix EmbedDistinctWords(const std::vector<std::string>& words, const std::string& lang,
                             const SentenceEmbedder& embedder, int threads) {
  const size_t batches = (words.size() + kWordsPerBatch - 1) / kWordsPerBatch;
  std::vector<RowMatrix> parts(batches);
  ParallelFor(batches, threads, [&](size_t b) {
    const auto begin = words.begin() + static_cast<std::ptrdiff_t>(b * kWordsPerBatch);
    const auto end = words.begin() + static_cast<std::ptrdiff_t>(
                                         std::min(words.size(), (b + 1) * kWordsPerBatch));
    parts[b] = embedder.EmbedWords(std::vector<std::string>(begin, end), lang);
  });
  RowMatrix rows(static_cast<Eigen::Index>(words.size()),
                 parts.empty() ? embedder.dim() : parts.front().cols());
  Eigen::Index next = 0;
  for (const RowMatrix& part : parts) {
    rows.middleRows(next, part.rows()) = part;
    next += part.rows();
  }
  return rows;
}

}  // namespace

std::vector<std::string> LeadWords::Opening(const Document& doc) {
  std::vector<std::string> lead;
  for (size_t i = 0; i < std::min(doc.sentences.size(), kLeadSentences); ++i) {
    const std::vector<std::string>& words = doc.sentences[i].words;
    const size_t take = std::min(words.size(), kLeadWordsPerSentence);
    lead.insert(lead.end(), words.begin(), words.begin() + static_cast<std::ptrdiff_t>(take));
  }
  return lead;
}

LeadWords::LeadWords(const std::vector<const Document*>& docs, const std::vector<size_t>& wanted,
                     const SentenceEmbedder& embedder, int threads)
    : entries_(docs.size()) {
  std::vector<size_t> unique = wanted;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  std::vector<std::vector<std::string>> openings(unique.size());
  ParallelFor(unique.size(), threads, [&](size_t k) { openings[k] = Opening(*docs[unique[k]]); });

  // Repeats are dropped by hash before sorting: openings repeat their
  // words across documents many times over, and sorting them all was a
  // second of one core at 100k documents.
  std::map<std::string, std::vector<std::string>> distinct;
  std::map<std::string, absl::flat_hash_set<std::string_view>> seen;
  for (size_t k = 0; k < unique.size(); ++k) {
    const std::string& lang = docs[unique[k]]->lang;
    if (!embedder.EmbedsWordsAlone(lang)) continue;
    std::vector<std::string>& words = distinct[lang];
    absl::flat_hash_set<std::string_view>& known = seen[lang];
    for (const std::string& word : openings[k]) {
      if (known.insert(word).second) words.push_back(word);
    }
  }
  seen.clear();
  for (auto& [lang, words] : distinct) {
    std::sort(words.begin(), words.end());
    tables_[lang] = EmbedDistinctWords(words, lang, embedder, threads);
  }

  ParallelFor(unique.size(), threads, [&](size_t k) {
    const std::string& lang = docs[unique[k]]->lang;
    Entry& entry = entries_[unique[k]];
    auto table = tables_.find(lang);
    if (table == tables_.end()) {
      entry.own = Deduplicate(
          EmbedSentenceWords({openings[k]}, lang, embedder, WordReading::kAlone,
                             WordWeighting::kUniform));
      return;
    }
    entry.table = &table->second;
    const std::vector<std::string>& words = distinct.at(lang);
    for (const std::string& word : openings[k]) {
      const auto row = std::lower_bound(words.begin(), words.end(), word) - words.begin();
      // Words without a vector are left out, as EmbedSentenceWords does.
      if (entry.table->row(row).squaredNorm() == 0.0f) continue;
      const auto slot = std::find(entry.rows.begin(), entry.rows.end(), row) - entry.rows.begin();
      if (slot == static_cast<std::ptrdiff_t>(entry.rows.size())) {
        entry.rows.push_back(static_cast<int32_t>(row));
      }
      entry.id.push_back(slot);
    }
  });
}

DistinctWords LeadWords::Of(size_t i) const {
  const Entry& entry = entries_[i];
  if (entry.table == nullptr) return entry.own;
  DistinctWords words;
  words.rows.resize(static_cast<Eigen::Index>(entry.rows.size()), entry.table->cols());
  for (size_t r = 0; r < entry.rows.size(); ++r) {
    words.rows.row(static_cast<Eigen::Index>(r)) = entry.table->row(entry.rows[r]);
  }
  words.id = entry.id;
  words.offset = {0, entry.id.size()};
  return words;
}

}  // namespace dupalign

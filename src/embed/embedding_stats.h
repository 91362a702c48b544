// EmbeddingStats: the per-language common component of sentence vectors
// (their mean and leading principal directions), which SentenceEmbedder
// removes so that vectors are not dominated by what all sentences of a
// language share. Kept in a sidecar text file "<model>.stats" next to the
// model, written by `dupalign model stats`; estimated from a batch when absent.
//
// File format (UTF-8 text, one block per language; blocks are appended, and
// the last block of a language wins; lines starting with '#' are comments):
//   stats lang=vi dim=300 sentences=12000 sif_a=0.001 components=1
//   mean v1 ... v300
//   pc v1 ... v300          (one line per component; unit vectors)
// Vectors live in the model's own space (before any per-language map).
// Thread-safe once loaded.
#ifndef DUPALIGN_EMBED_EMBEDDING_STATS_H_
#define DUPALIGN_EMBED_EMBEDDING_STATS_H_

#include <map>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "dupalign/status.h"

namespace dupalign {

struct LanguageStats {
  std::string lang;
  int64_t sentences = 0;
  double sif_a = 0;  // the SIF parameter the averages were weighted with
  Eigen::VectorXf mean;
  std::vector<Eigen::VectorXf> components;
};

class EmbeddingStats {
 public:
  // Reads `path`; NotFound when the file does not exist, Corruption (with the
  // line number) when it is malformed or its vectors are not `dim` long.
  static Status Load(const std::string& path, int dim, EmbeddingStats* stats);

  // Mean and the top `components` principal directions of the rows of
  // `vectors` (zero rows, sentences with no known word, are left out).
  static LanguageStats Estimate(const Eigen::MatrixXf& vectors, const std::string& lang,
                                double sif_a, int components);

  // The block for one language in the file format above.
  static std::string Format(const LanguageStats& stats);

  // Stats of a language, or nullptr.
  const LanguageStats* ForLanguage(const std::string& lang) const;
  std::vector<std::string> languages() const;

 private:
  std::map<std::string, LanguageStats> by_lang_;
};

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_EMBEDDING_STATS_H_

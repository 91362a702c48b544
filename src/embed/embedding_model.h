// EmbeddingModel: word vectors from one model file, read-only after Load.
// Two formats: fastText .bin/.ftz (loaded through the fastText C++ API; words
// outside the vocabulary get vectors from their character n-grams, and word
// counts come from the model) and text .vec ("count dim" then "word v1 ..
// vdim" per line, most frequent first: fastText's wiki.xx.align.vec, MUSE),
// whose word probabilities are estimated from the rank with Zipf's law. The
// format is recognised from the file's first bytes, not its name.
// Thread-safe: every accessor is const and touches no shared mutable state.
#ifndef DUPALIGN_EMBED_EMBEDDING_MODEL_H_
#define DUPALIGN_EMBED_EMBEDDING_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Dense>

#include "dupalign/status.h"

namespace fasttext {
class FastText;
}

namespace dupalign {

struct ModelLoadOptions {
  // Rows kept from a .vec file (the first, i.e. most frequent, ones). Ignored
  // for fastText models, whose whole vocabulary is needed for n-grams.
  size_t max_words = 200000;
};

class EmbeddingModel {
 public:
  ~EmbeddingModel();
  EmbeddingModel(const EmbeddingModel&) = delete;
  EmbeddingModel& operator=(const EmbeddingModel&) = delete;

  static Status Load(const std::string& path, const ModelLoadOptions& options,
                     std::unique_ptr<EmbeddingModel>* model);

  const std::string& path() const { return path_; }
  int dim() const { return dim_; }
  // Words with a stored vector (the .vec rows kept, or the fastText words).
  size_t vocabulary_size() const;
  // True for fastText models: probabilities come from counted occurrences.
  bool has_counts() const { return fasttext_ != nullptr; }

  // Writes dim() floats to out. Returns false, and writes zeros, when the
  // model has no vector for the word (a .vec without it, or a fastText model
  // that knows none of its n-grams).
  bool WordVector(std::string_view word, float* out) const;
  // Relative frequency of the word in the model's training text, 0 when
  // unknown: counted for fastText, Zipf's 1/(rank * H_N) for .vec.
  double WordProbability(std::string_view word) const;

 private:
  EmbeddingModel() = default;
  Status LoadFastText(const ModelLoadOptions& options);
  Status LoadVec(const ModelLoadOptions& options);
  int32_t FastTextWordId(std::string_view word) const;
  int32_t VecWordId(std::string_view word) const;

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  std::string path_;
  int dim_ = 0;
  // fastText models.
  std::unique_ptr<fasttext::FastText> fasttext_;
  std::vector<double> fasttext_probability_;  // by word id
  // .vec models.
  Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> vectors_;
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> vec_ids_;
  double zipf_harmonic_ = 1.0;  // H_N of the vocabulary announced in the header
};

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_EMBEDDING_MODEL_H_

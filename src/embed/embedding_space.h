// EmbeddingSpace: which word vectors each language uses, and how they reach
// one shared space. Built from a spec string:
//   "PATH"                       one model for every language
//   "vi=P1,sv=P2,en=P3"          one model per language (e.g. wiki.xx.align.vec)
//   "*=P"                        the model for languages not listed (a bare
//                                PATH item means the same)
//   "vi:map=W.txt"               a linear map applied to vi's vectors, y = W x
//   "vi:lexicon=D.tsv"           a vi->English dictionary (embed/lexicon.h)
// Items are comma-separated; paths may not contain ',' or '='.
// Map files are text, one matrix row per line of whitespace-separated floats
// ('#' comments allowed), so `numpy.savetxt("W.txt", W)` writes one; W has
// (shared dim) rows and (model dim) columns. Every language must end in the
// same dimension. A model file shared by several languages is loaded once,
// and "<model path>.stats" (see embedding_stats.h) is loaded when present, as
// is "<model path>.lexicon.<lang>" for each language without a lexicon item.
// Read-only after Load; thread-safe.
#ifndef DUPALIGN_EMBED_EMBEDDING_SPACE_H_
#define DUPALIGN_EMBED_EMBEDDING_SPACE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "dupalign/status.h"
#include "embed/embedding_model.h"
#include "embed/embedding_stats.h"
#include "embed/lexicon.h"

namespace dupalign {

class EmbeddingSpace {
 public:
  // What one language uses. Pointers stay valid while the space lives.
  struct Entry {
    std::string model_path;
    const EmbeddingModel* model = nullptr;
    const Eigen::MatrixXf* map = nullptr;   // nullptr: identity
    const EmbeddingStats* stats = nullptr;  // the model's sidecar stats, or nullptr
  };

  static Status Load(const std::string& spec, const ModelLoadOptions& options,
                     std::unique_ptr<EmbeddingSpace>* space);

  // The entry for a language (its own, else the "*" one), or nullptr.
  const Entry* ForLanguage(const std::string& lang) const;
  // Dimension of the shared space.
  int dim() const { return dim_; }
  // Languages named in the spec; "*" when a catch-all model is given.
  std::vector<std::string> languages() const;
  // Every distinct model, in spec order.
  std::vector<const EmbeddingModel*> models() const;
  // The language's dictionary into English, or nullptr.
  const Lexicon* LexiconFor(const std::string& lang) const;
  // Languages that have a lexicon.
  std::vector<std::string> LexiconLanguages() const;

 private:
  struct LoadedModel {
    std::unique_ptr<EmbeddingModel> model;
    std::optional<EmbeddingStats> stats;
  };

  Status LoadModel(const std::string& path, const ModelLoadOptions& options);
  Status BuildEntry(const std::string& lang, const std::string& model_path,
                    const std::string& map_path);
  // The model's "<path>.lexicon.<lang>" sidecars, for languages that have
  // no lexicon yet and whose vectors come from that model.
  Status LoadSidecarLexicons(const std::string& model_path);

  int dim_ = 0;
  std::vector<std::string> model_order_;
  std::map<std::string, LoadedModel> models_;    // by path
  std::map<std::string, Eigen::MatrixXf> maps_;  // by language
  std::map<std::string, Entry> entries_;         // by language, "*" included
  std::map<std::string, Lexicon> lexicons_;      // by language
};

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_EMBEDDING_SPACE_H_

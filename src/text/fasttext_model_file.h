// FastTextModelFile: loads a fastText .bin/.ftz model through the fastText C++
// API without letting a bad file crash the process. fastText throws on a bad
// magic number and loops or aborts on truncated files, so the file's layout
// (header, arguments, dictionary, matrices) is walked first and checked
// against the file size. Used by the language identifier (text stage) and by
// the embedding models (embed stage). Thread-safe: no shared state.
#ifndef DUPALIGN_TEXT_FASTTEXT_MODEL_FILE_H_
#define DUPALIGN_TEXT_FASTTEXT_MODEL_FILE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "dupalign/status.h"

namespace fasttext {
class FastText;
}

namespace dupalign {

class FastTextModelFile {
 public:
  // What the layout walk learned about the file.
  struct Summary {
    int dim = 0;
    int model = 0;  // fastText's model_name: 1 cbow, 2 skipgram, 3 supervised
    int nwords = 0;
    int nlabels = 0;
    bool quantized = false;
    int64_t input_rows = 0;  // words plus n-gram buckets (kept buckets when quantised)
  };

  // Checks that `path` is a complete fastText model file of a version this
  // build reads. Messages name the file and the problem.
  static Status Check(const std::string& path, Summary* summary);

  // Check() then fasttext::FastText::loadModel, with its exceptions turned
  // into a Status.
  static Status Load(const std::string& path, std::unique_ptr<fasttext::FastText>* model,
                     Summary* summary);
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_FASTTEXT_MODEL_FILE_H_

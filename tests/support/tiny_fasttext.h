// Test support: trains small fastText models inside a test, so loaders,
// embedders and tools are tested on real model files without shipping any.
// Only the test binary links this.
#ifndef DUPALIGN_TESTS_SUPPORT_TINY_FASTTEXT_H_
#define DUPALIGN_TESTS_SUPPORT_TINY_FASTTEXT_H_

#include <string>

namespace dupalign::testing {

struct TinyModelOptions {
  bool supervised = false;  // skipgram otherwise
  int dim = 8;
  int epoch = 1;
  double lr = 0.05;
  int bucket = 1000;
  int minn = 3;
  int maxn = 6;
};

// Trains on the text file `corpus` (one example per line, "__label__xx ..."
// lines when supervised) and writes `model_path` (a .bin). One thread and a
// fixed seed, so the model is the same on every run.
void TrainTinyFastText(const std::string& corpus, const std::string& model_path,
                       const TinyModelOptions& options = {});

}  // namespace dupalign::testing

#endif  // DUPALIGN_TESTS_SUPPORT_TINY_FASTTEXT_H_

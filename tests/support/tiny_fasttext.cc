#include "tiny_fasttext.h"

#include <fasttext/fasttext.h>

namespace dupalign::testing {

void TrainTinyFastText(const std::string& corpus, const std::string& model_path,
                       const TinyModelOptions& options) {
  fasttext::Args args;
  args.input = corpus;
  args.output = model_path;
  if (options.supervised) {
    args.model = fasttext::model_name::sup;
    args.loss = fasttext::loss_name::softmax;
  } else {
    args.model = fasttext::model_name::sg;
  }
  args.dim = options.dim;
  args.epoch = options.epoch;
  args.lr = options.lr;
  args.minCount = 1;
  args.minn = options.minn;
  args.maxn = options.maxn;
  args.bucket = options.bucket;
  args.thread = 1;
  args.seed = 13;
  args.verbose = 0;
  fasttext::FastText trainer;
  trainer.train(args);
  trainer.saveModel(model_path);
}

}  // namespace dupalign::testing

// LanguageIdentifier: the language of a text from a fastText supervised model
// whose labels are "__label__xx" (ISO 639-1). The text is prepared as the
// model's training text is (WordTokenizer words, lower-cased, joined by
// spaces on one line: what `dupalign tokenize --lang und` prints). Answers
// "und" when the best label's probability is below the threshold or the
// text has no letters. Thread-safe after Load.
#ifndef DUPALIGN_TEXT_LANGUAGE_IDENTIFIER_H_
#define DUPALIGN_TEXT_LANGUAGE_IDENTIFIER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dupalign/status.h"
#include "text/word_tokenizer.h"

namespace fasttext {
class FastText;
}

namespace dupalign {

struct LanguagePrediction {
  std::string lang;      // ISO 639-1 code from the model, or "und"
  float confidence = 0;  // the model's probability for its best label
};

class LanguageIdentifier {
 public:
  static constexpr float kDefaultThreshold = 0.5f;

  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  static Status Load(const std::string& path, std::unique_ptr<LanguageIdentifier>* identifier);

  LanguagePrediction Identify(std::string_view text) const;

  float threshold() const { return threshold_; }
  void set_threshold(float threshold) { threshold_ = threshold; }

  // Whether a softmax model predicts from per-word sums of its input rows
  // (the default, where the model allows) or through fastText's
  // predictLine; for tests and measurements that compare the two.
  void set_use_word_sums(bool use) { use_word_sums_ = use; }

 private:
  class WordSums;

  LanguageIdentifier();
  // The best label and its probability from fastText's own predictLine.
  std::pair<std::string, float> PredictLine(const std::vector<std::string>& words) const;

  std::unique_ptr<fasttext::FastText> model_;
  std::unique_ptr<WordSums> word_sums_;
  bool use_word_sums_ = true;
  WordTokenizer tokenizer_;
  float threshold_ = kDefaultThreshold;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_LANGUAGE_IDENTIFIER_H_

// WordTokenizer: splits text into lower-cased word tokens with ICU's word
// break rules for a language. It is the one tokenizer shared by the pipeline
// and by the model recipes (through `dupalign tokenize`), so training text and
// analysed text are tokenised identically. Thread-safe after construction:
// each call leases a clone of the break iterator that no other call uses.
#ifndef DUPALIGN_TEXT_WORD_TOKENIZER_H_
#define DUPALIGN_TEXT_WORD_TOKENIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dupalign {

struct WordToken {
  size_t begin = 0;  // byte offsets in the input passed to Tokenize
  size_t end = 0;
  std::string word;  // NFKC, lower-cased
};

class WordTokenizer {
 public:
  // lang is an ISO 639-1 code or "und"; it picks the ICU break rules.
  explicit WordTokenizer(const std::string& lang = "und");
  ~WordTokenizer();
  WordTokenizer(const WordTokenizer&) = delete;
  WordTokenizer& operator=(const WordTokenizer&) = delete;

  // Word tokens (letters or digits); punctuation and spaces are dropped.
  std::vector<WordToken> Tokenize(std::string_view utf8) const;
  std::vector<std::string> Words(std::string_view utf8) const;
  // Words() of each text, in order.
  std::vector<std::vector<std::string>> WordsOfEach(const std::vector<std::string>& texts) const;

  // True when this tokenizer gives the same tokens as WordTokenizer("und")
  // for every text: the same ICU word rules (Swedish and Finnish have their
  // own) and language-independent lower-casing (not Turkish, Azeri or
  // Lithuanian).
  bool IsLanguageNeutral() const;

 private:
  struct Impl;
  class Lease;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_WORD_TOKENIZER_H_

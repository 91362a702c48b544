// Lexicon: a bilingual dictionary from one language's words and phrases to
// English, used to pull a word's vector towards its translations when two
// versions of a text are matched word by word (SentenceEmbedder::
// EmbedWordsInContext). Weak cross-lingual vectors miss many everyday words
// and most Vietnamese compounds, which the tokenizer splits into syllables
// ("hộ chiếu" = passport); a dictionary entry covers the whole phrase.
//
// File format (UTF-8 text, one entry per line; blank lines and lines starting
// with '#' are skipped):
//   phrase<TAB>english[<TAB>anything else, ignored]
// Both sides are tokenised as the pipeline tokenises text, so entries may be
// written naturally ("Hộ chiếu<TAB>passport"). A phrase keeps its first
// kMaxTranslations translations, in file order (put the best first).
// The default model's lexicons are sidecar files "<model>.lexicon.<lang>";
// `--model` specs name others with "LANG:lexicon=PATH" (embedding_space.h).
// Read-only after Load; thread-safe.
#ifndef DUPALIGN_EMBED_LEXICON_H_
#define DUPALIGN_EMBED_LEXICON_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "dupalign/status.h"

namespace dupalign {

class Lexicon {
 public:
  static constexpr size_t kMaxTranslations = 3;
  // Longer phrases are not entries (Add drops them).
  static constexpr size_t kMaxPhraseWords = 32;

  // A run of words that is one entry: words [begin, begin + length).
  struct Match {
    size_t begin = 0;
    size_t length = 0;
    int32_t entry = 0;
  };

  // Reads `path`, whose phrases are in language `lang`. A missing file is
  // NotFound; a line without a tab or with an empty side is Corruption
  // naming the file and line.
  static Status Load(const std::string& path, const std::string& lang, Lexicon* lexicon);

  // Adds one entry (already tokenised words); used by Load and by tests.
  void Add(const std::vector<std::string>& phrase, std::vector<std::string> english);

  // Entries found in `words`, left to right, the longest entry first at each
  // position; matched words are not matched again.
  std::vector<Match> Find(std::span<const std::string> words) const;

  // Entry e's English translations, each a list of words.
  const std::vector<std::vector<std::string>>& Translations(int32_t entry) const {
    return translations_[static_cast<size_t>(entry)];
  }
  size_t entries() const { return translations_.size(); }
  const std::string& path() const { return path_; }

 private:
  // Phrase words joined by single spaces -> entry.
  absl::flat_hash_map<std::string, int32_t> entry_of_;
  // A word -> the lengths of the entries that start with it (bit L - 1 for
  // L words), so most positions take one look-up and a phrase is only
  // joined and looked up at lengths some entry has.
  absl::flat_hash_map<std::string, uint32_t> lengths_from_;
  std::vector<std::vector<std::vector<std::string>>> translations_;
  std::string path_;
};

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_LEXICON_H_

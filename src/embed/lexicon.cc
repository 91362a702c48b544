#include "embed/lexicon.h"

#include <algorithm>
#include <bit>
#include <fstream>

#include "text/word_tokenizer.h"

namespace dupalign {
namespace {

// Words joined by single spaces into `joined`, whose buffer is reused.
void Join(std::span<const std::string> words, std::string* joined) {
  joined->clear();
  for (const std::string& word : words) {
    if (!joined->empty()) *joined += ' ';
    *joined += word;
  }
}

}  // namespace

Status Lexicon::Load(const std::string& path, const std::string& lang, Lexicon* lexicon) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open lexicon");
  const WordTokenizer phrase_tokenizer(lang);
  const WordTokenizer english_tokenizer("en");
  Lexicon loaded;
  loaded.path_ = path;
  std::string line;
  for (int64_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    const size_t end = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    std::vector<std::string> phrase, english;
    if (tab != std::string::npos) {
      phrase = phrase_tokenizer.Words(std::string_view(line).substr(0, tab));
      english = english_tokenizer.Words(std::string_view(line).substr(tab + 1, end - tab - 1));
    }
    if (phrase.empty() || english.empty()) {
      return Status::Corruption(path + ":" + std::to_string(number) +
                                ": expected \"phrase<TAB>english\" with words on both sides");
    }
    loaded.Add(phrase, std::move(english));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  *lexicon = std::move(loaded);
  return Status::OK();
}

void Lexicon::Add(const std::vector<std::string>& phrase, std::vector<std::string> english) {
  if (phrase.empty() || english.empty() || phrase.size() > kMaxPhraseWords) return;
  std::string key;
  Join(phrase, &key);
  auto [it, added] = entry_of_.try_emplace(key, static_cast<int32_t>(translations_.size()));
  if (added) translations_.emplace_back();
  auto& options = translations_[static_cast<size_t>(it->second)];
  if (options.size() < kMaxTranslations &&
      std::find(options.begin(), options.end(), english) == options.end()) {
    options.push_back(std::move(english));
  }
  lengths_from_[phrase.front()] |= uint32_t{1} << (phrase.size() - 1);
}

std::vector<Lexicon::Match> Lexicon::Find(std::span<const std::string> words) const {
  std::vector<Match> matches;
  std::string key;
  for (size_t i = 0; i < words.size();) {
    const auto from = lengths_from_.find(words[i]);
    uint32_t lengths = from == lengths_from_.end() ? 0 : from->second;
    const size_t left = words.size() - i;
    if (left < kMaxPhraseWords) lengths &= (uint32_t{1} << left) - 1;
    size_t matched = 0;
    while (lengths != 0 && matched == 0) {
      const size_t length = std::bit_width(lengths);
      lengths &= ~(uint32_t{1} << (length - 1));
      Join(words.subspan(i, length), &key);
      const auto entry = entry_of_.find(key);
      if (entry != entry_of_.end()) {
        matches.push_back({i, length, entry->second});
        matched = length;
      }
    }
    i += std::max<size_t>(matched, 1);
  }
  return matches;
}

}  // namespace dupalign

// AnchorExtractor: language-independent evidence in a document -- proper
// names, numbers, document codes and URLs, all in folded form -- that lets
// the similarity stage tell "the same event" from "the same topic" across
// languages: a Swedish and an Indonesian report of one meeting share
// "dao hong lan", "kuroiwa yuji", "57-nq/tw" and the source URL, while two
// reports of different meetings on the same topic share far less. Reads the
// sentences the text stage filled. Thread-safe: Extract is const.
#ifndef DUPALIGN_SIMILARITY_ANCHOR_EXTRACTOR_H_
#define DUPALIGN_SIMILARITY_ANCHOR_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "dupalign/document.h"
#include "text/text_folder.h"
#include "text/word_tokenizer.h"

namespace dupalign {

// Tokens of each sentence of a document, in sentence order.
using SentenceTokens = std::vector<std::vector<WordToken>>;

// Each list is sorted and holds no duplicates.
struct Anchors {
  // Folded capitalised names: each run of consecutive capitalised words
  // yields its last 1..kMaxNameWords words. Titles precede names in vi, sv,
  // id and en ("Bapak Kuroiwa Yuji", "Menteri Kesehatan Dao Hong Lan", "Bộ
  // trưởng Đào Hồng Lan"), and the languages differ in which titles they
  // capitalise, so the run's tails are what they share ("kuroiwa yuji", "dao
  // hong lan"); taking tails only, not every part, keeps title fragments
  // ("kesehatan dao") from flooding the list. One-word tails need
  // kMinSingleNameChars characters: shorter ones ("le", "bo") are common
  // syllables, not evidence. Vietnamese multi-syllable tails are also given
  // joined ("viet nam" and "vietnam"), as other languages spell them.
  std::vector<std::string> names;
  // Numbers of two or more digits with grouping removed ("1 200", "1.200",
  // "1,200" -> "1200") and a decimal comma or point written "." ("3,5" ->
  // "3.5"). A group of exactly three digits after "." or "," is read as
  // thousands in every language.
  std::vector<std::string> numbers;
  // Document codes: tokens mixing digits and letters (one upper-case) around
  // "-" or "/", folded ("57-NQ/TW" -> "57-nq/tw", "54/2024/TT-BYT").
  std::vector<std::string> codes;
  // URLs from the text and Document::source_urls without scheme, "www.",
  // fragment and trailing "/", host lower-cased.
  std::vector<std::string> urls;
  // The subset of urls naming the page itself (Document::source_urls): a
  // page citing another's source is strong evidence, while URLs both merely
  // mention in the text (a vendor's home page) are ordinary anchors.
  std::vector<std::string> source_urls;
};

class AnchorExtractor {
 public:
  static constexpr size_t kMaxNameWords = 4;
  static constexpr size_t kMinSingleNameChars = 3;

  AnchorExtractor();
  AnchorExtractor(const AnchorExtractor&) = delete;
  AnchorExtractor& operator=(const AnchorExtractor&) = delete;

  // Uses doc.sentences (text) and doc.source_urls; a document without
  // sentences yields only its source URLs.
  Anchors Extract(const Document& doc) const;
  // The same, reading `tokens` (AnchorTokens(doc)) instead of tokenising.
  Anchors Extract(const Document& doc, const SentenceTokens& tokens) const;

  // "https://WWW.Example.vn/a/b/#top" -> "example.vn/a/b".
  static std::string NormalizeUrl(std::string_view url);

 private:
  struct Word;
  std::vector<std::vector<Word>> SentenceWords(const Document& doc,
                                              const SentenceTokens& tokens) const;
  void AddNames(const Document& doc, const SentenceTokens& tokens, Anchors* anchors) const;
  void AddCodesAndNumbers(const Sentence& sentence, Anchors* anchors) const;

  TextFolder folder_;
};

// Extract() of one extractor shared by the whole process (building the ICU
// transliterator is slow, so callers should not make one per document).
Anchors ExtractAnchors(const Document& doc);
Anchors ExtractAnchors(const Document& doc, const SentenceTokens& tokens);

// A sentence's tokens as both anchor readers (ExtractAnchors and
// SentenceAnchorFeatures) see them: the language-neutral tokenizer's, read
// from the sentence's words and word spans when the text stage kept them
// (the same tokens, without a second pass of ICU's word breaking, which
// was about a twentieth of a whole run).
std::vector<WordToken> AnchorTokens(const Sentence& sentence);
// AnchorTokens of every sentence of the document. The pipeline tokenises
// once and hands the result to both readers.
SentenceTokens AnchorTokens(const Document& doc);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_ANCHOR_EXTRACTOR_H_

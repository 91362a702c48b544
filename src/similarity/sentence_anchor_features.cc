#include "similarity/sentence_anchor_features.h"

#include "util/unit_rows.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <cmath>

#include "text/text_folder.h"

namespace dupalign {
namespace {

bool StartsUpper(std::string_view text) {
  if (text.empty()) return false;
  int32_t offset = 0;
  UChar32 c;
  U8_NEXT(text.data(), offset, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isupper(c);
}

bool HasDigit(std::string_view text) {
  for (char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

const TextFolder& SharedFolder() {
  static const TextFolder folder;
  return folder;
}

}  // namespace

std::vector<std::string> SentenceAnchorTokens(const Sentence& sentence) {
  return SentenceAnchorTokens(sentence, AnchorTokens(sentence));
}

std::vector<std::string> SentenceAnchorTokens(const Sentence& sentence,
                                              const std::vector<WordToken>& tokens) {
  std::vector<std::string> anchors;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view original(sentence.text.data() + tokens[i].begin,
                              tokens[i].end - tokens[i].begin);
    // A capitalised first word is usually just the sentence start.
    const bool name = i > 0 && StartsUpper(original) && original.size() > 2;
    if (name || HasDigit(original)) anchors.push_back(SharedFolder().Fold(tokens[i].word));
  }
  return anchors;
}

Eigen::MatrixXf SentenceAnchorFeatures(const Document& doc, int dims) {
  return SentenceAnchorFeatures(doc, AnchorTokens(doc), dims);
}

Eigen::MatrixXf SentenceAnchorFeatures(const Document& doc, const SentenceTokens& tokens,
                                       int dims) {
  Eigen::MatrixXf features = Eigen::MatrixXf::Zero(doc.sentences.size(), dims);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    for (const std::string& token : SentenceAnchorTokens(doc.sentences[i], tokens[i])) {
      features(i, XXH3_64bits(token.data(), token.size()) % dims) += 1.0f;
    }
  }
  NormalizeRows(&features);
  return features;
}

Eigen::MatrixXf JoinedNeighbourAnchors(const Eigen::MatrixXf& anchors) {
  if (anchors.rows() < 2) return Eigen::MatrixXf(0, anchors.cols());
  const Eigen::Index n = anchors.rows() - 1;
  return UnitRows(anchors.topRows(n) + anchors.bottomRows(n));
}

}  // namespace dupalign

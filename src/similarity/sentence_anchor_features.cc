#include "similarity/sentence_anchor_features.h"

#include "util/unit_rows.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <utility>

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
  return Eigen::MatrixXf(SparseSentenceAnchorFeatures(doc, tokens, dims));
}

// Each row's norm sums its squares in column order, as a dense row's norm
// does (the zeros between them add nothing), so both forms hold the same
// floats.
Eigen::SparseMatrix<float, Eigen::RowMajor> SparseSentenceAnchorFeatures(
    const Document& doc, const SentenceTokens& tokens, int dims) {
  Eigen::SparseMatrix<float, Eigen::RowMajor> features(
      static_cast<Eigen::Index>(doc.sentences.size()), dims);
  std::vector<int> columns;
  std::vector<std::pair<int, float>> counts;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    columns.clear();
    counts.clear();
    for (const std::string& token : SentenceAnchorTokens(doc.sentences[i], tokens[i])) {
      columns.push_back(static_cast<int>(XXH3_64bits(token.data(), token.size()) % dims));
    }
    std::sort(columns.begin(), columns.end());
    for (int column : columns) {
      if (counts.empty() || counts.back().first != column) counts.emplace_back(column, 0.0f);
      counts.back().second += 1.0f;
    }
    float squared = 0.0f;
    for (const auto& [column, count] : counts) squared += count * count;
    const float norm = std::sqrt(squared);
    features.startVec(static_cast<Eigen::Index>(i));
    for (const auto& [column, count] : counts) {
      features.insertBack(static_cast<Eigen::Index>(i), column) = count / norm;
    }
  }
  features.finalize();
  return features;
}

Eigen::MatrixXf JoinedNeighbourAnchors(const Eigen::MatrixXf& anchors) {
  if (anchors.rows() < 2) return Eigen::MatrixXf(0, anchors.cols());
  const Eigen::Index n = anchors.rows() - 1;
  return UnitRows(anchors.topRows(n) + anchors.bottomRows(n));
}

}  // namespace dupalign

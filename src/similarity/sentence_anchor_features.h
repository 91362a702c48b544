// Sentence anchor features: a hashed bag of the language-independent tokens
// of each sentence (capitalised words, i.e. names, and tokens with digits),
// folded to ASCII so "Đào" meets "Dao". Translations keep these tokens while
// their other words change, so mixing these features into the sentence
// embeddings (SentenceVectors) gives the aligner and the pair evidence a signal that does not
// depend on the embedding model's cross-lingual quality. Called by the
// pipeline for every usable document.
#ifndef DUPALIGN_SIMILARITY_SENTENCE_ANCHOR_FEATURES_H_
#define DUPALIGN_SIMILARITY_SENTENCE_ANCHOR_FEATURES_H_

#include <Eigen/Core>
#include <Eigen/SparseCore>
#include <string>
#include <vector>

#include "dupalign/document.h"
#include "similarity/anchor_extractor.h"

namespace dupalign {

// The anchor tokens of one sentence, folded, in order of appearance.
std::vector<std::string> SentenceAnchorTokens(const Sentence& sentence);
// The same from the sentence's tokens (an entry of AnchorTokens()).
std::vector<std::string> SentenceAnchorTokens(const Sentence& sentence,
                                              const std::vector<WordToken>& tokens);

// One unit-length row of `dims` hashed anchor counts per sentence of the
// document (zero rows for sentences without anchors).
Eigen::MatrixXf SentenceAnchorFeatures(const Document& doc, int dims = 512);
// The same from the document's AnchorTokens().
Eigen::MatrixXf SentenceAnchorFeatures(const Document& doc, const SentenceTokens& tokens,
                                       int dims = 512);
// The same rows stored sparse: a sentence has a few anchors among `dims`
// columns, and the pipeline builds these for every document.
Eigen::SparseMatrix<float, Eigen::RowMajor> SparseSentenceAnchorFeatures(
    const Document& doc, const SentenceTokens& tokens, int dims = 512);

// The anchor rows of each sentence joined with the next (n - 1 unit-length
// rows from n): what the aligner's two-sentence merges carry.
Eigen::MatrixXf JoinedNeighbourAnchors(const Eigen::MatrixXf& anchors);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_SENTENCE_ANCHOR_FEATURES_H_

// LinkModel: the probability that a candidate pair reports one event rather
// than one topic. Raw evidence means little on its own: in a corpus about
// one subject every pair shares vocabulary and sentence shapes, and a weak
// cross-lingual model gives translations lower cosines than same-language
// neighbours. So each pair is also judged against what both documents
// typically get from their other candidates in the same language pair (the
// CSLS idea), and a logistic model fitted on the dev parts of the clustering
// benchmarks (scripts/eval/fit_link_model.py) combines the features. The
// ordered sentence chain also counts by the shorter text's length: a chain
// through most of two long texts is rarer by chance than through two short
// ones. Word matching of the opening words (PairEvidence::word_match) enters
// raw and as a rise too: it tells translations apart where vectors do not.
// Used by the cluster stage; built once per corpus, then read-only.
#ifndef DUPALIGN_CLUSTER_LINK_MODEL_H_
#define DUPALIGN_CLUSTER_LINK_MODEL_H_

#include <array>
#include <cstdint>
#include <vector>

#include "cluster/event_clusterer.h"

namespace dupalign {

class LinkModel {
 public:
  // Candidates whose values make up a document's background.
  static constexpr size_t kBackgroundNeighbours = 5;
  static constexpr size_t kFeatures = 14;
  using Features = std::array<double, kFeatures>;

  // Reads every candidate pair once to learn each document's background;
  // keeps no reference to its arguments.
  LinkModel(const std::vector<DocumentProfile>& profiles, const PairEvidenceMap& evidence);

  // The model's inputs for the candidate pair (a, b); order as in
  // fit_link_model.py's FEATURES.
  Features Describe(size_t a, size_t b, const PairEvidence& evidence) const;

  // In [0, 1]; a pair where one cites the other's source URL gets at least
  // 0.9, whatever its text says.
  double Probability(size_t a, size_t b, const PairEvidence& evidence) const;

 private:
  struct Background {
    double cosine = 0.0;
    double sentence_match = 0.0;
    double ordered_similarity = 0.0;
    double word_match = 0.0;
  };
  // What document `doc` typically gets from candidates in language
  // `language` (an index into the corpus's sorted languages); zeros when it
  // has none there.
  const Background& BackgroundOf(size_t doc, uint32_t language) const {
    return background_[doc * languages_ + language];
  }

  // Flat per-document tables: at a million candidate pairs, keyed lookups
  // by language name cost more than the model itself.
  size_t languages_ = 0;
  std::vector<uint32_t> language_;      // per document
  std::vector<double> length_;          // per document: log(1 + its sentences, floored)
  std::vector<Background> background_;  // per document, then per language
};

// Replaces every score in `evidence` by its LinkModel probability, on up to
// `threads` threads; the result does not depend on the thread count.
void CalibrateEvidence(const std::vector<DocumentProfile>& profiles, PairEvidenceMap* evidence,
                       int threads = 1);

}  // namespace dupalign

#endif  // DUPALIGN_CLUSTER_LINK_MODEL_H_

// DocumentProfile and PairEvidence: what the similarity stage knows about a
// document and about a pair of documents. The pipeline builds one profile per
// usable document; CompareProfiles turns two profiles into evidence that the
// cluster stage uses to decide relations, and the report shows to users.
#ifndef DUPALIGN_SIMILARITY_DOCUMENT_PROFILE_H_
#define DUPALIGN_SIMILARITY_DOCUMENT_PROFILE_H_

#include <Eigen/Core>
#include <absl/container/flat_hash_map.h>
#include <string>
#include <vector>

#include "similarity/anchor_extractor.h"
#include "similarity/sentence_vectors.h"
#include "similarity/shingle_sketch.h"

namespace dupalign {

struct DocumentProfile {
  std::string id;
  std::string lang;
  std::string event_date;          // ISO 8601 or empty
  std::vector<std::string> dates;  // every date the main text mentions
  Anchors anchors;
  ShingleSketch sketch;
  Eigen::VectorXf vector;          // unit-length document vector
  SentenceVectors sentences;       // unit-length sentence vectors, one row each
  std::vector<std::string> anchor_keys;  // every anchor, tagged by kind, sorted
  std::vector<double> anchor_key_weights;  // each key's corpus weight (AnchorWeights::Apply)
  double neighbour_similarity = 0.0;     // mean cosine to its nearest other documents
};

// Fills profile->anchor_keys from profile->anchors; call once per profile.
void IndexAnchors(DocumentProfile* profile);

// Corpus-level weights of anchors: an anchor most documents share (the
// minister's name in a corpus about her) says less than a rare one.
class AnchorWeights {
 public:
  // Each entry is a profile's anchor_keys.
  explicit AnchorWeights(const std::vector<const std::vector<std::string>*>& corpus);
  double Weight(const std::string& anchor) const;
  // Fills profile->anchor_key_weights, so comparing it with many others
  // looks no anchor up again.
  void Apply(DocumentProfile* profile) const;

 private:
  absl::flat_hash_map<std::string, int> document_frequency_;
  int documents_ = 0;
};

struct PairEvidence {
  double cosine = 0.0;          // document vectors
  double margin = 0.0;          // cosine over the pair's mean neighbour similarity
  double sentence_match = 0.0;  // share of sentences with a mutual best match
  // Best order-preserving chain of sentence pairs, each counting by how far
  // its cosine rises above EvidenceOptions::ordered_floor_cosine, per
  // sentence of the shorter text: copies and translations keep their
  // sentences' order, texts on one topic match a few in scattered order.
  double ordered_similarity = 0.0;
  double jaccard = 0.0;         // estimated word 3-gram resemblance
  double containment_ab = 0.0;  // share of a's shingles found in b
  double containment_ba = 0.0;
  bool exact = false;
  bool same_source = false;     // one's source URL is cited by the other
  double anchor_overlap = 0.0;  // weighted share of anchors the pair shares
  // The opening words of both texts matched one by one (align/word_matcher.h):
  // with weak cross-lingual vectors, the few well-aligned words and the
  // identical names and numbers tell a translation from a text on the same
  // topic better than averaged vectors do. Filled by the pipeline for pairs
  // in two languages; 0 for pairs in one.
  double word_match = 0.0;
  std::vector<std::string> shared_names, shared_numbers, shared_codes, shared_urls,
      shared_dates;
  bool date_conflict = false;
  std::string date_note;        // why the dates agree or conflict
  double score = 0.0;           // combined evidence that both report one event
};

struct EvidenceOptions {
  double sentence_match_min_cosine = 0.5;
  double ordered_floor_cosine = 0.3;
};

PairEvidence CompareProfiles(const DocumentProfile& a, const DocumentProfile& b,
                             const AnchorWeights& weights, const EvidenceOptions& options = {});

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_DOCUMENT_PROFILE_H_

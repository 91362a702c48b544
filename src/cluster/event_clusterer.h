// Event clustering: groups documents that are copies, translations or reports
// of one event, and names each member's relation to the cluster's
// representative. Called by the pipeline with the similarity stage's profiles
// and pair evidence; deterministic for the same input.
#ifndef DUPALIGN_CLUSTER_EVENT_CLUSTERER_H_
#define DUPALIGN_CLUSTER_EVENT_CLUSTERER_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "similarity/document_profile.h"

namespace dupalign {

enum class Relation {
  kRepresentative,
  kExactDuplicate,
  kNearDuplicate,
  kPartialDuplicate,
  kTranslation,
  kSameEvent,
};
const char* RelationName(Relation relation);

struct ClusterOptions {
  // Calibrated probability needed to link two reports; chosen on the dev
  // parts with scripts/eval/fit_link_model.py --check.
  double link_score = 0.5;
  // Replace each pair's score with LinkModel's probability (see
  // cluster/link_model.h) before linking; off only for callers whose scores
  // are already final.
  bool calibrate_scores = true;
  double near_duplicate_jaccard = 0.5;   // word 3-gram resemblance
  double partial_containment = 0.6;      // share of one version inside the other
  double translation_sentence_match = 0.3;
};

// Evidence for pairs (i, j) with i < j, indices into the profile list. Pairs
// that are absent were never candidates and are not linked.
using PairEvidenceMap = std::map<std::pair<size_t, size_t>, PairEvidence>;

// The evidence for the pair {a, b} in either order, or nullptr.
const PairEvidence* FindEvidence(const PairEvidenceMap& evidence, size_t a, size_t b);

struct ClusterMember {
  size_t doc = 0;  // index into the profile list
  Relation relation = Relation::kRepresentative;
  double score = 0.0;  // (calibrated) evidence score against the representative
};

struct Cluster {
  std::string id;  // stable: derived from the representative's document id
  size_t representative = 0;
  std::vector<ClusterMember> members;  // representative first, then input order
  std::vector<std::string> languages;  // sorted, unique
  std::string event_date;
};

std::vector<Cluster> ClusterDocuments(const std::vector<DocumentProfile>& profiles,
                                      const PairEvidenceMap& evidence,
                                      const ClusterOptions& options);

// The relation of `member` to `representative` given their evidence.
Relation ClassifyRelation(const DocumentProfile& representative, const DocumentProfile& member,
                          const PairEvidence& evidence, const ClusterOptions& options);

// Whether the evidence is enough to put both documents in one cluster.
bool ShouldLink(const DocumentProfile& a, const DocumentProfile& b, const PairEvidence& evidence,
                const ClusterOptions& options);

}  // namespace dupalign

#endif  // DUPALIGN_CLUSTER_EVENT_CLUSTERER_H_

// Per-cluster work after clustering: sentence alignment between every pair of
// versions, their coverage, and the aligned summary (key sentences of the
// representative with their counterparts). Called by Analyze().
#ifndef DUPALIGN_PIPELINE_CLUSTER_SUMMARY_H_
#define DUPALIGN_PIPELINE_CLUSTER_SUMMARY_H_

#include "embed/sentence_embedder.h"
#include "pipeline/analysis.h"

namespace dupalign {

// Aligns the cluster's versions (every pair, or the representative with each
// member past args.all_pairs_members), computes their coverage and the
// aligned summary. Called by the pipeline, one cluster per call.
void AlignClusterMembers(const SentenceEmbedder& embedder, const Args& args,
                         const Analysis& analysis, ClusterReport* report);

// Indices of the 3-7 most central sentences of a document (centroid
// similarity with redundancy removed), in text order.
std::vector<size_t> KeySentences(const Eigen::MatrixXf& sentence_vectors,
                                 const std::vector<size_t>& lengths);

}  // namespace dupalign

#endif  // DUPALIGN_PIPELINE_CLUSTER_SUMMARY_H_

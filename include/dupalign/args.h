// Args: every setting of a dupalign run in one struct, as fastText keeps its
// Args. The command line fills it (src/tools); library callers fill it
// directly. Defaults are the documented defaults of the CLI.
#ifndef DUPALIGN_ARGS_H_
#define DUPALIGN_ARGS_H_

#include <string>
#include <vector>

namespace dupalign {

struct Args {
  // Inputs and outputs.
  std::vector<std::string> inputs;
  std::string out_dir = "reports";
  std::string pairs_out;  // optional JSONL of every scored candidate pair

  // Models. Empty paths mean the defaults in models/ next to the sources or
  // the installed share directory.
  std::string embedding_model;
  std::string lid_model;
  std::string lang;  // forces one language for every document when set

  // Ingest.
  size_t max_document_bytes = 256u << 20;
  bool keep_furniture = false;

  // Similarity and clustering.
  double same_event_threshold = 0.5;  // link probability (cluster/link_model.h)
  double near_duplicate_jaccard = 0.5;
  double partial_duplicate_containment = 0.6;

  // Alignment.
  int max_merge = 2;
  // Share of a sentence similarity that comes from shared names and numbers
  // rather than from the embedding model.
  double anchor_weight = 0.3;
  double gap_penalty = 0.7;  // aligner cost of leaving one sentence without counterpart
  // Share of the aligner's cost from word-level matching (align/word_matcher.h);
  // 0 turns it off, which makes alignment about three times faster.
  double word_weight = 0.5;
  double min_link_similarity = 0.2;  // a 1-1 link below this cosine is not a counterpart
  // Clusters with up to this many members align every pair of versions;
  // larger ones (a story re-posted fifty times) align the representative
  // with each member, so the work stays linear in the cluster's size.
  size_t all_pairs_members = 8;

  // Execution.
  int threads = 0;  // 0: one per core the machine has; outputs do not depend on it
  bool with_vectors = false;
  bool quiet = false;
  bool verbose = false;  // also time the steps inside each stage
};

}  // namespace dupalign

#endif  // DUPALIGN_ARGS_H_

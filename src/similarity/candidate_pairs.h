// Candidate pairs: which document pairs the pipeline compares in detail. A
// small corpus compares every pair; a large one only pairs that one of three
// cheap signals proposes, so the work grows linearly with the corpus:
//   - nearest neighbours of the document vectors (any language);
//   - MinHash LSH: same-language documents whose signatures agree on a whole
//     band (near and partial copies, however the vectors rank them);
//   - a shared cited source URL (the strongest sign of a translation).
// Buckets larger than max_bucket say "common boilerplate", not "copy", and
// add no pairs. Called by the pipeline after the profiles are built.
#ifndef DUPALIGN_SIMILARITY_CANDIDATE_PAIRS_H_
#define DUPALIGN_SIMILARITY_CANDIDATE_PAIRS_H_

#include <cstddef>
#include <utility>
#include <vector>

#include "similarity/document_profile.h"
#include "similarity/neighbour_search.h"

namespace dupalign {

struct CandidateOptions {
  size_t all_pairs_up_to = 300;  // documents
  size_t band_rows = 4;          // MinHash values per LSH band
  size_t max_bucket = 64;        // documents sharing one band or URL
};

// Pairs (i, j), i < j, sorted and unique.
std::vector<std::pair<size_t, size_t>> CandidatePairs(const std::vector<DocumentProfile>& profiles,
                                                      const NeighbourLists& neighbours,
                                                      const CandidateOptions& options = {});

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_CANDIDATE_PAIRS_H_

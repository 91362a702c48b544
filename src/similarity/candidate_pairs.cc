#include "similarity/candidate_pairs.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace dupalign {
namespace {

using Pairs = std::vector<std::pair<size_t, size_t>>;
using Keyed = std::vector<std::pair<uint64_t, size_t>>;  // (bucket key, profile)

void AddPair(size_t a, size_t b, Pairs* pairs) {
  if (a != b) pairs->push_back({std::min(a, b), std::max(a, b)});
}

// Every pair within each run of equal keys, unless the run is too large.
void AddBuckets(Keyed* keyed, size_t max_bucket, Pairs* pairs) {
  std::sort(keyed->begin(), keyed->end());
  for (size_t begin = 0; begin < keyed->size();) {
    size_t end = begin;
    while (end < keyed->size() && (*keyed)[end].first == (*keyed)[begin].first) ++end;
    if (end - begin <= max_bucket) {
      for (size_t a = begin; a < end; ++a) {
        for (size_t b = a + 1; b < end; ++b) AddPair((*keyed)[a].second, (*keyed)[b].second, pairs);
      }
    }
    begin = end;
  }
}

void AddNeighbours(const NeighbourLists& neighbours, Pairs* pairs) {
  for (size_t i = 0; i < neighbours.rows(); ++i) {
    for (size_t r = 0; r < neighbours.size(i); ++r) AddPair(i, neighbours.id(i, r), pairs);
  }
}

void AddMinHashBands(const std::vector<DocumentProfile>& profiles, const CandidateOptions& options,
                     Pairs* pairs) {
  Keyed keyed;
  for (size_t i = 0; i < profiles.size(); ++i) {
    const ShingleSketch& sketch = profiles[i].sketch;
    if (sketch.shingles.empty()) continue;
    const uint64_t language = XXH3_64bits(profiles[i].lang.data(), profiles[i].lang.size());
    for (size_t band = 0; band + options.band_rows <= sketch.minhash.size(); band += options.band_rows) {
      // The band's position is part of the key: equal values in different
      // bands are not evidence of anything.
      const uint64_t seed = language ^ (band * 0x9e3779b97f4a7c15ULL);
      keyed.push_back({XXH3_64bits_withSeed(sketch.minhash.data() + band,
                                            options.band_rows * sizeof(uint64_t), seed),
                       i});
    }
  }
  AddBuckets(&keyed, options.max_bucket, pairs);
}

void AddSharedUrls(const std::vector<DocumentProfile>& profiles, const CandidateOptions& options,
                   Pairs* pairs) {
  Keyed keyed;
  for (size_t i = 0; i < profiles.size(); ++i) {
    for (const std::string& url : profiles[i].anchors.urls) {
      keyed.push_back({XXH3_64bits(url.data(), url.size()), i});
    }
  }
  AddBuckets(&keyed, options.max_bucket, pairs);
}

}  // namespace

Pairs CandidatePairs(const std::vector<DocumentProfile>& profiles, const NeighbourLists& neighbours,
                     const CandidateOptions& options) {
  const size_t n = profiles.size();
  Pairs pairs;
  if (n <= options.all_pairs_up_to) {
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) pairs.push_back({i, j});
    }
    return pairs;
  }
  AddNeighbours(neighbours, &pairs);
  AddMinHashBands(profiles, options, &pairs);
  AddSharedUrls(profiles, options, &pairs);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace dupalign

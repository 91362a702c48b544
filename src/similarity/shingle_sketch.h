// ShingleSketch: word-shingle fingerprints of one document's main text, for
// same-language exact, near and partial duplicate detection. Built once per
// document by the pipeline; compared pairwise by the pair scorer.
#ifndef DUPALIGN_SIMILARITY_SHINGLE_SKETCH_H_
#define DUPALIGN_SIMILARITY_SHINGLE_SKETCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <span>
#include <vector>

namespace dupalign {

struct ShingleSketch {
  uint64_t content_hash = 0;        // hash of the normalised word sequence
  std::vector<uint64_t> shingles;   // sorted, unique hashes of word n-grams
  std::vector<uint64_t> minhash;    // one minimum per hash function
  size_t word_count = 0;
};

struct ShingleOptions {
  int shingle_words = 3;
  int minhash_functions = 128;
};

ShingleSketch BuildShingleSketch(std::span<const std::string_view> words,
                                 const ShingleOptions& options = {});
ShingleSketch BuildShingleSketch(const std::vector<std::string>& words,
                                 const ShingleOptions& options = {});

// Resemblance |A∩B|/|A∪B| estimated from the MinHash signatures.
double EstimatedJaccard(const ShingleSketch& a, const ShingleSketch& b);
struct Containments {
  double a_in_b = 0.0;  // exact |A∩B|/|A|: how much of `a` is contained in `b`
  double b_in_a = 0.0;  // exact |A∩B|/|B|
};
// Both directions from one intersection of the shingle sets.
Containments MutualContainment(const ShingleSketch& a, const ShingleSketch& b);

}  // namespace dupalign

#endif  // DUPALIGN_SIMILARITY_SHINGLE_SKETCH_H_

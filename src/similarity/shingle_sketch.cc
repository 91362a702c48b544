#include "similarity/shingle_sketch.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

namespace dupalign {
namespace {

uint64_t HashWords(const std::vector<std::string>& words, size_t begin, size_t end) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (size_t i = begin; i < end; ++i) {
    XXH3_64bits_update(state, words[i].data(), words[i].size());
    XXH3_64bits_update(state, "\x1f", 1);  // unit separator keeps "a b" != "ab"
  }
  uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return hash;
}

// A 64-bit mixer (splitmix64 finaliser) turns one shingle hash into the k-th
// independent-looking hash without rehashing the text.
uint64_t Mix(uint64_t x, uint64_t seed) {
  x += 0x9e3779b97f4a7c15ULL * (seed + 1);
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

ShingleSketch BuildShingleSketch(const std::vector<std::string>& words,
                                 const ShingleOptions& options) {
  ShingleSketch sketch;
  sketch.word_count = words.size();
  sketch.content_hash = HashWords(words, 0, words.size());
  const size_t n = static_cast<size_t>(std::max(1, options.shingle_words));
  if (words.empty()) return sketch;
  const size_t count = words.size() >= n ? words.size() - n + 1 : 1;
  sketch.shingles.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    sketch.shingles.push_back(HashWords(words, i, std::min(words.size(), i + n)));
  }
  std::sort(sketch.shingles.begin(), sketch.shingles.end());
  sketch.shingles.erase(std::unique(sketch.shingles.begin(), sketch.shingles.end()),
                        sketch.shingles.end());
  sketch.minhash.assign(options.minhash_functions, std::numeric_limits<uint64_t>::max());
  for (uint64_t shingle : sketch.shingles) {
    for (int k = 0; k < options.minhash_functions; ++k) {
      sketch.minhash[k] = std::min(sketch.minhash[k], Mix(shingle, k));
    }
  }
  return sketch;
}

double EstimatedJaccard(const ShingleSketch& a, const ShingleSketch& b) {
  if (a.minhash.empty() || a.minhash.size() != b.minhash.size()) return 0.0;
  size_t equal = 0;
  for (size_t k = 0; k < a.minhash.size(); ++k) equal += a.minhash[k] == b.minhash[k];
  return static_cast<double>(equal) / a.minhash.size();
}

Containments MutualContainment(const ShingleSketch& a, const ShingleSketch& b) {
  size_t shared = 0;
  auto ia = a.shingles.begin();
  auto ib = b.shingles.begin();
  while (ia != a.shingles.end() && ib != b.shingles.end()) {
    if (*ia < *ib) {
      ++ia;
    } else if (*ib < *ia) {
      ++ib;
    } else {
      ++shared, ++ia, ++ib;
    }
  }
  Containments c;
  if (!a.shingles.empty()) c.a_in_b = static_cast<double>(shared) / a.shingles.size();
  if (!b.shingles.empty()) c.b_in_a = static_cast<double>(shared) / b.shingles.size();
  return c;
}

}  // namespace dupalign

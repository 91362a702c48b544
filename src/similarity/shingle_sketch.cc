#include "similarity/shingle_sketch.h"

#include <immintrin.h>
#include <xxhash.h>

#include <algorithm>
#include <limits>

#include "util/cpu_features.h"

namespace dupalign {
namespace {

// The words joined with a unit separator (which keeps "a b" != "ab") into
// `joined`, a buffer the caller reuses, then hashed in one call: the same
// hash as streaming the pieces, without a state on the heap per shingle.
uint64_t HashWords(std::span<const std::string_view> words, size_t begin, size_t end,
                   std::string* joined) {
  joined->clear();
  for (size_t i = begin; i < end; ++i) {
    joined->append(words[i]);
    joined->push_back('\x1f');
  }
  return XXH3_64bits(joined->data(), joined->size());
}

// A 64-bit mixer (splitmix64 finaliser) turns one shingle hash into the k-th
// independent-looking hash without rehashing the text.
uint64_t Mix(uint64_t x, uint64_t seed) {
  x += 0x9e3779b97f4a7c15ULL * (seed + 1);
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Each hash function's minimum over the shingles, `minima` holding a start
// value per function.
void PortableMinima(const std::vector<uint64_t>& shingles, std::vector<uint64_t>* minima) {
  for (uint64_t shingle : shingles) {
    for (size_t k = 0; k < minima->size(); ++k) {
      (*minima)[k] = std::min((*minima)[k], Mix(shingle, k));
    }
  }
}

// GCC 12's AVX-512 headers start some intrinsics from an "undefined" register
// and then warn that it may be used uninitialised; it is not.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// Mix for eight functions at once, their running minima kept in a register.
// Integer arithmetic wraps the same way in every lane, so the minima equal
// the portable ones exactly.
__attribute__((target("avx512f,avx512dq"))) void Avx512Minima(
    const std::vector<uint64_t>& shingles, std::vector<uint64_t>* minima) {
  constexpr size_t kLanes = 8;
  const __m512i first = _mm512_set1_epi64(static_cast<long long>(0xbf58476d1ce4e5b9ULL));
  const __m512i second = _mm512_set1_epi64(static_cast<long long>(0x94d049bb133111ebULL));
  size_t k = 0;
  for (; k + kLanes <= minima->size(); k += kLanes) {
    const __m512i seeds = _mm512_add_epi64(_mm512_set1_epi64(static_cast<long long>(k + 1)),
                                           _mm512_setr_epi64(0, 1, 2, 3, 4, 5, 6, 7));
    const __m512i offsets = _mm512_mullo_epi64(
        _mm512_set1_epi64(static_cast<long long>(0x9e3779b97f4a7c15ULL)), seeds);
    __m512i lowest = _mm512_loadu_si512(minima->data() + k);
    for (uint64_t shingle : shingles) {
      __m512i x = _mm512_add_epi64(_mm512_set1_epi64(static_cast<long long>(shingle)), offsets);
      x = _mm512_mullo_epi64(_mm512_xor_si512(x, _mm512_srli_epi64(x, 30)), first);
      x = _mm512_mullo_epi64(_mm512_xor_si512(x, _mm512_srli_epi64(x, 27)), second);
      x = _mm512_xor_si512(x, _mm512_srli_epi64(x, 31));
      lowest = _mm512_min_epu64(lowest, x);
    }
    _mm512_storeu_si512(minima->data() + k, lowest);
  }
  for (uint64_t shingle : shingles) {
    for (size_t rest = k; rest < minima->size(); ++rest) {
      (*minima)[rest] = std::min((*minima)[rest], Mix(shingle, rest));
    }
  }
}

#pragma GCC diagnostic pop

}  // namespace

ShingleSketch BuildShingleSketch(const std::vector<std::string>& words,
                                 const ShingleOptions& options) {
  const std::vector<std::string_view> views(words.begin(), words.end());
  return BuildShingleSketch(views, options);
}

ShingleSketch BuildShingleSketch(std::span<const std::string_view> words,
                                 const ShingleOptions& options) {
  ShingleSketch sketch;
  sketch.word_count = words.size();
  std::string joined;
  sketch.content_hash = HashWords(words, 0, words.size(), &joined);
  const size_t n = static_cast<size_t>(std::max(1, options.shingle_words));
  if (words.empty()) return sketch;
  const size_t count = words.size() >= n ? words.size() - n + 1 : 1;
  sketch.shingles.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    sketch.shingles.push_back(HashWords(words, i, std::min(words.size(), i + n), &joined));
  }
  std::sort(sketch.shingles.begin(), sketch.shingles.end());
  sketch.shingles.erase(std::unique(sketch.shingles.begin(), sketch.shingles.end()),
                        sketch.shingles.end());
  sketch.minhash.assign(options.minhash_functions, std::numeric_limits<uint64_t>::max());
  // The minima are most of a profile's hashing cost: 128 functions for
  // every shingle.
  if (CpuHasAvx512()) {
    Avx512Minima(sketch.shingles, &sketch.minhash);
  } else {
    PortableMinima(sketch.shingles, &sketch.minhash);
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
  // A merge of the two sorted, unique sets without branches on the values:
  // which side advances is unpredictable, so branches would mostly miss.
  size_t shared = 0, i = 0, j = 0;
  const size_t na = a.shingles.size(), nb = b.shingles.size();
  while (i < na && j < nb) {
    const uint64_t x = a.shingles[i], y = b.shingles[j];
    shared += x == y;
    i += x <= y;
    j += y <= x;
  }
  Containments c;
  if (!a.shingles.empty()) c.a_in_b = static_cast<double>(shared) / a.shingles.size();
  if (!b.shingles.empty()) c.b_in_a = static_cast<double>(shared) / b.shingles.size();
  return c;
}

}  // namespace dupalign

#include "align/sentence_aligner.h"

#include "util/row_products.h"
#include "util/unit_rows.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <utility>

namespace dupalign {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Point = std::pair<size_t, size_t>;  // (source sentences, target sentences) consumed

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr uint8_t kNoBack = 255;
// A normaliser near zero would turn tiny cosine differences into huge costs;
// it only happens when every sampled sentence is a near copy.
constexpr float kMinNormaliser = 0.01f;
// Below this many sentences on a side a coarse level carries no information.
constexpr size_t kMinCoarseRows = 8;
// Length deviations beyond e^2 are all "very different"; capping keeps the
// prior from overruling the embeddings.
constexpr double kMaxLengthDeviation = 2.0;
// Word matching costs far more than a dot product, and its normaliser is an
// average that settles with few samples.
constexpr size_t kWordNormSamples = 16;
// Fewer mutual best pairs than this say little about the word cost's scale.
constexpr size_t kMinCalibrationPairs = 3;

struct BeadShape {
  int source;
  int target;
};

// One side prepared for scoring.
struct PreparedSide {
  RowMatrix single;  // n x d unit rows
  RowMatrix merged;  // (n-1) x d unit rows; empty where merges are not scored
  std::vector<float> single_norm;
  std::vector<float> merged_norm;
  std::vector<int> group;           // aligned paragraph group; empty = no prior
  std::vector<double> char_prefix;  // prefix sums of lengths; empty = no prior
  // log1p of the characters of the `count` sentences before i, at
  // [count - 1][i]: the length prior reads them at every cell of the DP.
  std::array<std::vector<double>, 2> span_log_chars;
  size_t size() const { return static_cast<size_t>(single.rows()); }
};

// Inclusive range of target positions searched for each source position.
struct Band {
  std::vector<size_t> lo;
  std::vector<size_t> hi;
};

RowMatrix MergedRows(const AlignmentSide& side) {
  RowMatrix merged;
  if (side.merged.rows() > 0) {
    merged = side.merged;
  } else if (side.sentences.rows() > 1) {
    const Eigen::Index n = side.sentences.rows();
    // The direction of the mean equals that of the sum, and rows are
    // normalised below, so the sum suffices.
    merged = side.sentences.topRows(n - 1) + side.sentences.bottomRows(n - 1);
  }
  NormalizeRows(&merged);
  return merged;
}

// Average dissimilarity of each item to random sentences of the other side:
// the yardstick that makes costs comparable between hub-like sentences
// (similar to everything) and distinctive ones. Samples skip a window around
// the item's proportional position, where its own translation most likely
// sits: in short documents including it would make the yardstick tiny and
// every true match look expensive. Draws come from a fixed-seed generator,
// so alignments are reproducible.
template <typename Similarity>
std::vector<float> SampledNormalisers(size_t n, size_t m, size_t samples, std::mt19937_64* rng,
                                      Similarity similarity) {
  std::vector<float> norms(n, 1.0f);
  const size_t window = std::max<size_t>(2, m / 20);
  for (size_t p = 0; p < n; ++p) {
    const size_t centre = static_cast<size_t>((p + 0.5) * static_cast<double>(m) / n);
    const size_t skip_begin = centre > window ? centre - window : 0;
    const size_t skip_end = std::min(m, centre + window + 1);
    const size_t eligible = m - (skip_end - skip_begin);
    if (eligible == 0 || samples == 0) continue;
    double sum = 0.0;
    for (size_t s = 0; s < samples; ++s) {
      size_t q = (*rng)() % eligible;
      if (q >= skip_begin) q += skip_end - skip_begin;
      sum += similarity(p, q);
    }
    norms[p] = std::max(kMinNormaliser, static_cast<float>(1.0 - sum / samples));
  }
  return norms;
}

// Cosines of source items with target items, an item being one sentence
// (count 1) or two joined ones (count 2) starting at a row. Sides short
// enough get every cosine from four matrix products at once, so the DP and
// the normalisers read a table instead of taking a dot product per cell;
// longer sides, aligned inside a band, compute each cosine when asked.
class ItemCosines {
 public:
  ItemCosines(const PreparedSide& source, const PreparedSide& target)
      : source_(source), target_(target) {
    if (source.size() * target.size() > kTabulatedPairs) return;
    for (int a = 1; a <= 2; ++a) {
      for (int b = 1; b <= 2; ++b) {
        if (Rows(source, a).rows() > 0 && Rows(target, b).rows() > 0) {
          tables_[Slot(a, b)] = RowProducts(Rows(source, a), Rows(target, b));
        }
      }
    }
  }

  float operator()(int source_count, size_t source_row, int target_count, size_t target_row) const {
    const RowMatrix& table = tables_[Slot(source_count, target_count)];
    const auto s = static_cast<Eigen::Index>(source_row);
    const auto t = static_cast<Eigen::Index>(target_row);
    const float cosine = table.size() > 0
                             ? table(s, t)
                             : Rows(source_, source_count).row(s).dot(Rows(target_, target_count).row(t));
    // Equal items must cost the same (nothing) whichever way their product
    // was summed; left to rounding, a joined pair of copied sentences can
    // come out a hair above 1 and its single sentences a hair below, and
    // the DP would then merge copies it should pair one to one.
    return cosine >= 1.0f - kRoundingSlack ? 1.0f : cosine;
  }

 private:
  // About 4 MB of tables at most.
  static constexpr size_t kTabulatedPairs = 250'000;
  // Float products of unit vectors of a few hundred dimensions stray from
  // their exact value by about this much.
  static constexpr float kRoundingSlack = 1e-6f;

  static const RowMatrix& Rows(const PreparedSide& side, int count) {
    return count == 1 ? side.single : side.merged;
  }
  static size_t Slot(int source_count, int target_count) {
    return static_cast<size_t>((source_count - 1) * 2 + (target_count - 1));
  }

  const PreparedSide& source_;
  const PreparedSide& target_;
  std::array<RowMatrix, 4> tables_;
};

void ComputeNormalisers(size_t samples, std::mt19937_64* rng, const ItemCosines& cosines,
                        PreparedSide* source, PreparedSide* target) {
  const size_t n = source->size();
  const size_t m = target->size();
  const auto source_merged = static_cast<size_t>(source->merged.rows());
  const auto target_merged = static_cast<size_t>(target->merged.rows());
  source->single_norm = SampledNormalisers(
      n, m, samples, rng, [&](size_t p, size_t q) { return cosines(1, p, 1, q); });
  source->merged_norm = SampledNormalisers(
      source_merged, m, samples, rng, [&](size_t p, size_t q) { return cosines(2, p, 1, q); });
  target->single_norm = SampledNormalisers(
      m, n, samples, rng, [&](size_t p, size_t q) { return cosines(1, q, 1, p); });
  target->merged_norm = SampledNormalisers(
      target_merged, n, samples, rng, [&](size_t p, size_t q) { return cosines(1, q, 2, p); });
}

// Vecalign's normalised cost of a pair of items with cosine `cos`.
double VectorCost(float cos, float source_norm, float target_norm) {
  return 2.0 * std::max(0.0, 1.0 - static_cast<double>(cos)) / (source_norm + target_norm);
}

std::vector<double> CharPrefix(const std::vector<size_t>& lengths) {
  std::vector<double> prefix(lengths.size() + 1, 0.0);
  for (size_t i = 0; i < lengths.size(); ++i) prefix[i + 1] = prefix[i] + lengths[i];
  return prefix;
}

std::array<std::vector<double>, 2> SpanLogChars(const std::vector<double>& prefix) {
  std::array<std::vector<double>, 2> logs;
  for (size_t count = 1; count <= logs.size(); ++count) {
    logs[count - 1].assign(prefix.size(), 0.0);
    for (size_t i = count; i < prefix.size(); ++i) {
      logs[count - 1][i] = std::log1p(prefix[i] - prefix[i - count]);
    }
  }
  return logs;
}

// Word-matching evidence with its own normalisers, for single sentences and
// for joined neighbours (the items of merge beads): a span of two sentences
// offers each word of the other side more candidates, so unrelated spans
// match better than unrelated sentences and need their own yardstick, as
// merged sentence vectors do.
struct WordEvidence {
  WordEvidence(const AlignmentSide& source, const AlignmentSide& target,
               const AlignerOptions& options, std::mt19937_64* rng)
      : matcher(source.words, target.words, options.word_neighbours) {
    const size_t n = static_cast<size_t>(source.sentences.rows());
    const size_t m = static_cast<size_t>(target.sentences.rows());
    source_norm = SampledNormalisers(n, m, kWordNormSamples, rng, [this](size_t p, size_t q) {
      return matcher.Similarity(p, p + 1, q, q + 1);
    });
    target_norm = SampledNormalisers(m, n, kWordNormSamples, rng, [this](size_t p, size_t q) {
      return matcher.Similarity(q, q + 1, p, p + 1);
    });
    if (options.max_merge < 2) return;
    source_merged_norm =
        SampledNormalisers(n - 1, m, kWordNormSamples, rng, [this](size_t p, size_t q) {
          return matcher.Similarity(p, p + 2, q, q + 1);
        });
    target_merged_norm =
        SampledNormalisers(m - 1, n, kWordNormSamples, rng, [this](size_t p, size_t q) {
          return matcher.Similarity(q, q + 1, p, p + 2);
        });
  }

  // Normalised like the sentence-vector cost: about 1 for unrelated text.
  double RawCost(size_t s0, size_t s1, size_t t0, size_t t1) const {
    return std::max(0.0, 1.0 - matcher.Similarity(s0, s1, t0, t1)) /
           Normaliser(s0, s1, t0, t1);
  }

  // RawCost with its distance below 1 stretched by `scale` (WordScale).
  double Cost(size_t s0, size_t s1, size_t t0, size_t t1) const {
    return std::max(0.0, 1.0 - scale * (1.0 - RawCost(s0, s1, t0, t1)));
  }

  double Normaliser(size_t s0, size_t s1, size_t t0, size_t t1) const {
    const float source = s1 - s0 == 1 ? source_norm[s0] : source_merged_norm[s0];
    const float target = t1 - t0 == 1 ? target_norm[t0] : target_merged_norm[t0];
    return 0.5 * (source + target);
  }

  WordMatcher matcher;
  std::vector<float> source_norm;
  std::vector<float> target_norm;
  std::vector<float> source_merged_norm;  // empty without merges
  std::vector<float> target_merged_norm;
  double scale = 1.0;
};

// Sentence pairs that are each other's cheapest partner by sentence vectors:
// in a document and its translation nearly all of them are translations.
std::vector<Point> MutualBestPairs(const PreparedSide& source, const PreparedSide& target,
                                   const ItemCosines& cosines) {
  const size_t n = source.size();
  const size_t m = target.size();
  std::vector<size_t> best_target(n, 0);
  std::vector<size_t> best_source(m, 0);
  std::vector<double> source_cost(n, kInf);
  std::vector<double> target_cost(m, kInf);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      const double cost =
          VectorCost(cosines(1, i, 1, j), source.single_norm[i], target.single_norm[j]);
      if (cost < source_cost[i]) {
        source_cost[i] = cost;
        best_target[i] = j;
      }
      if (cost < target_cost[j]) {
        target_cost[j] = cost;
        best_source[j] = i;
      }
    }
  }
  std::vector<Point> pairs;
  for (size_t i = 0; i < n; ++i) {
    if (best_source[best_target[i]] == i) pairs.emplace_back(i, best_target[i]);
  }
  return pairs;
}

double Median(std::vector<double> values) {
  const auto middle = values.begin() + static_cast<long>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  return *middle;
}

// Both costs are about 1 for unrelated sentences, but translations sit much
// further below 1 in sentence-vector cost than in word cost (CSLS word
// similarities of translations are small: a sentence's words only partly
// find their translations), so a plain weighted sum lets the word evidence
// barely move a bead's cost. The scale that makes the document's likely
// translations (mutual best pairs) equally far below 1 in both puts the two
// on one footing; it is measured per document because it depends on the
// language pair and on the model. 1 (no change) when too few pairs are found
// to measure it, 0 (word evidence ignored) when the words do not find the
// likely translations any cheaper than unrelated sentences.
double WordScale(const PreparedSide& source, const PreparedSide& target,
                 const ItemCosines& cosines, const WordEvidence& words) {
  const std::vector<Point> pairs = MutualBestPairs(source, target, cosines);
  if (pairs.size() < kMinCalibrationPairs) return 1.0;
  std::vector<double> vector_gain;
  std::vector<double> word_gain;
  for (const auto& [i, j] : pairs) {
    vector_gain.push_back(
        1.0 - VectorCost(cosines(1, i, 1, j), source.single_norm[i], target.single_norm[j]));
    word_gain.push_back(1.0 - words.RawCost(i, i + 1, j, j + 1));
  }
  const double word = Median(word_gain);
  if (word <= 0.0) return 0.0;
  return std::max(0.0, Median(vector_gain)) / word;
}

class BeadScorer {
 public:
  // `words` may be null: sentence vectors only.
  BeadScorer(const PreparedSide& source, const PreparedSide& target, const ItemCosines& cosines,
             const AlignerOptions& options, const WordEvidence* words = nullptr)
      : source_(source), target_(target), cosines_(cosines), options_(options), words_(words) {
    if (!source.char_prefix.empty() && !target.char_prefix.empty()) {
      // Languages differ in characters per sentence; the document-wide
      // ratio is the expectation each bead is compared with.
      expected_log_ratio_ = std::log1p(target.char_prefix.back()) -
                            std::log1p(source.char_prefix.back());
    }
  }

  // Cost of the bead of `shape` that ends after source sentence i-1 and
  // target sentence j-1; the DP minimises the sum of these.
  double Cost(size_t i, size_t j, BeadShape shape, double* similarity) const {
    *similarity = 0.0;
    if (shape.source == 0 || shape.target == 0) {
      return options_.gap_penalty * (shape.source + shape.target);
    }
    const size_t s = i - static_cast<size_t>(shape.source);
    const size_t t = j - static_cast<size_t>(shape.target);
    double cos = cosines_(shape.source, s, shape.target, t);
    *similarity = cos;
    const float norm_s = shape.source == 1 ? source_.single_norm[s] : source_.merged_norm[s];
    const float norm_t = shape.target == 1 ? target_.single_norm[t] : target_.merged_norm[t];
    double cost = VectorCost(static_cast<float>(cos), norm_s, norm_t);
    if (words_ != nullptr) {
      const double w = options_.word_weight;
      cost = (1.0 - w) * cost + w * words_->Cost(i - shape.source, i, j - shape.target, j);
    }
    // Scaling by the bead's size keeps merges from being a cheap way to
    // swallow sentences, as in Vecalign.
    cost *= shape.source * shape.target;
    return cost + LengthPrior(i, j, shape) + ParagraphPrior(i, j, shape);
  }

 private:
  double LengthPrior(size_t i, size_t j, BeadShape shape) const {
    if (source_.char_prefix.empty() || target_.char_prefix.empty()) return 0.0;
    double deviation = std::abs(target_.span_log_chars[shape.target - 1][j] -
                                source_.span_log_chars[shape.source - 1][i] - expected_log_ratio_);
    deviation = std::min(deviation, kMaxLengthDeviation);
    if (options_.length_sigma <= 0.0) return options_.length_weight * deviation;
    // Gale & Church: translations' log length ratios scatter normally around
    // the expectation, so the cost is the Gaussian's negative log density.
    const double z = deviation / options_.length_sigma;
    return options_.length_weight * 0.5 * z * z;
  }

  double ParagraphPrior(size_t i, size_t j, BeadShape shape) const {
    if (source_.group.empty() || target_.group.empty()) return 0.0;
    int group = source_.group[i - 1];
    bool inside = source_.group[i - shape.source] == group &&
                  target_.group[j - 1] == group && target_.group[j - shape.target] == group;
    return inside ? 0.0 : options_.paragraph_penalty;
  }

  const PreparedSide& source_;
  const PreparedSide& target_;
  const ItemCosines& cosines_;
  const AlignerOptions& options_;
  const WordEvidence* words_;
  double expected_log_ratio_ = 0.0;
};

std::vector<BeadShape> BeadShapes(int max_merge) {
  std::vector<BeadShape> shapes = {{1, 1}, {1, 0}, {0, 1}};
  if (max_merge >= 2) {
    shapes.push_back({1, 2});
    shapes.push_back({2, 1});
    shapes.push_back({2, 2});
  }
  return shapes;
}

Band FullBand(size_t n, size_t m) {
  return Band{std::vector<size_t>(n + 1, 0), std::vector<size_t>(n + 1, m)};
}

// Makes every cell of the band reachable from (0, 0) with gap moves and
// guarantees (n, m) is inside: lo and hi never decrease, and each row
// starts no later than the previous row ends.
void RepairBand(size_t m, Band* band) {
  const size_t n = band->lo.size() - 1;
  band->lo[0] = 0;
  band->hi[n] = m;
  for (size_t i = 1; i <= n; ++i) {
    band->hi[i] = std::max(band->hi[i], band->hi[i - 1]);
    band->lo[i] = std::clamp(band->lo[i], band->lo[i - 1], band->hi[i - 1]);
  }
}

// The band of half-width `width` around a monotone path of lattice points
// running from (0, 0) to (n, m); straight lines join consecutive points.
Band BandAroundPath(const std::vector<Point>& path, size_t n, size_t m, size_t width) {
  Band band{std::vector<size_t>(n + 1, m), std::vector<size_t>(n + 1, 0)};
  auto cover = [&band](size_t i, size_t lo, size_t hi) {
    band.lo[i] = std::min(band.lo[i], lo);
    band.hi[i] = std::max(band.hi[i], hi);
  };
  for (size_t k = 0; k + 1 < path.size(); ++k) {
    auto [i0, j0] = path[k];
    auto [i1, j1] = path[k + 1];
    if (i1 == i0) {
      cover(i0, j0, j1);
      continue;
    }
    double slope = static_cast<double>(j1 - j0) / static_cast<double>(i1 - i0);
    for (size_t i = i0; i <= i1; ++i) {
      double here = j0 + slope * static_cast<double>(i - i0);
      double next = j0 + slope * static_cast<double>(std::min(i + 1, i1) - i0);
      cover(i, static_cast<size_t>(std::floor(here)), static_cast<size_t>(std::ceil(next)));
    }
  }
  for (size_t i = 0; i <= n; ++i) {
    band.lo[i] = band.lo[i] > width ? band.lo[i] - width : 0;
    band.hi[i] = std::min(m, band.hi[i] + width);
  }
  RepairBand(m, &band);
  return band;
}

std::vector<AlignmentBead> Traceback(const BeadScorer& scorer,
                                     const std::vector<BeadShape>& shapes, const Band& band,
                                     const std::vector<size_t>& offset,
                                     const std::vector<uint8_t>& back, size_t n, size_t m) {
  std::vector<AlignmentBead> beads;
  size_t i = n;
  size_t j = m;
  while (i > 0 || j > 0) {
    BeadShape shape = shapes[back[offset[i] + (j - band.lo[i])]];
    AlignmentBead bead;
    for (size_t s = i - shape.source; s < i; ++s) bead.source.push_back(s);
    for (size_t t = j - shape.target; t < j; ++t) bead.target.push_back(t);
    double cost = scorer.Cost(i, j, shape, &bead.similarity);
    if (shape.source > 0 && shape.target > 0) {
      bead.cost = cost / (shape.source * shape.target);
    }
    beads.push_back(std::move(bead));
    i -= shape.source;
    j -= shape.target;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

// Minimum-cost monotone path from (0, 0) to (n, m) inside the band. Costs
// are kept for the last three rows only and back-pointers for the band
// cells, so memory is linear in the band's area.
std::vector<AlignmentBead> BandedDp(const BeadScorer& scorer, size_t n, size_t m,
                                    const std::vector<BeadShape>& shapes, const Band& band) {
  std::vector<size_t> offset(n + 2, 0);
  for (size_t i = 0; i <= n; ++i) offset[i + 1] = offset[i] + band.hi[i] - band.lo[i] + 1;
  std::vector<uint8_t> back(offset[n + 1], kNoBack);
  std::vector<double> rows[3];
  for (size_t i = 0; i <= n; ++i) {
    std::vector<double>& row = rows[i % 3];
    row.assign(band.hi[i] - band.lo[i] + 1, kInf);
    for (size_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      if (i == 0 && j == 0) {
        row[0] = 0.0;
        continue;
      }
      double best = kInf;
      uint8_t best_shape = kNoBack;
      for (size_t k = 0; k < shapes.size(); ++k) {
        const size_t a = shapes[k].source;
        const size_t b = shapes[k].target;
        if (i < a || j < b) continue;
        const size_t pi = i - a;
        const size_t pj = j - b;
        if (pj < band.lo[pi] || pj > band.hi[pi]) continue;
        double previous = rows[pi % 3][pj - band.lo[pi]];
        if (previous == kInf) continue;
        double similarity;
        double total = previous + scorer.Cost(i, j, shapes[k], &similarity);
        if (total < best) {
          best = total;
          best_shape = static_cast<uint8_t>(k);
        }
      }
      row[j - band.lo[i]] = best;
      back[offset[i] + (j - band.lo[i])] = best_shape;
    }
  }
  return Traceback(scorer, shapes, band, offset, back, n, m);
}

bool SmallEnough(size_t n, size_t m, size_t exact_cells) {
  return (n + 1) * (m + 1) <= exact_cells || std::min(n, m) < kMinCoarseRows;
}

// Halves the resolution: each row is the sum of two consecutive sentences.
// Removing the mean row keeps the document-wide topic, shared by all
// blocks, from making every pair of blocks look alike.
RowMatrix Downsample(const RowMatrix& rows) {
  const Eigen::Index half = rows.rows() / 2;
  RowMatrix out(half, rows.cols());
  for (Eigen::Index k = 0; k < half; ++k) out.row(k) = rows.row(2 * k) + rows.row(2 * k + 1);
  if (half > 0) out.rowwise() -= out.colwise().mean();
  NormalizeRows(&out);
  return out;
}

// A path from (0, 0) to (n, m) found by aligning blocks of sentences at
// half the resolution (recursively), with 1-1 beads and gaps only.
std::vector<Point> CoarsePath(const RowMatrix& source, const RowMatrix& target,
                              const AlignerOptions& options, std::mt19937_64* rng) {
  PreparedSide coarse_source;
  PreparedSide coarse_target;
  coarse_source.single = Downsample(source);
  coarse_target.single = Downsample(target);
  const ItemCosines coarse_cosines(coarse_source, coarse_target);
  ComputeNormalisers(options.norm_samples, rng, coarse_cosines, &coarse_source, &coarse_target);
  const size_t cn = coarse_source.size();
  const size_t cm = coarse_target.size();
  Band band = SmallEnough(cn, cm, options.exact_cells)
                  ? FullBand(cn, cm)
                  : BandAroundPath(CoarsePath(coarse_source.single, coarse_target.single,
                                              options, rng),
                                   cn, cm, options.band);
  BeadScorer scorer(coarse_source, coarse_target, coarse_cosines, options);
  std::vector<AlignmentBead> beads = BandedDp(scorer, cn, cm, BeadShapes(1), band);
  std::vector<Point> path = {{0, 0}};
  for (const AlignmentBead& bead : beads) {
    path.emplace_back(path.back().first + 2 * bead.source.size(),
                      path.back().second + 2 * bead.target.size());
  }
  Point end(static_cast<size_t>(source.rows()), static_cast<size_t>(target.rows()));
  if (path.back() != end) path.push_back(end);
  return path;
}

// Consecutive sentences with the same paragraph id form one paragraph.
std::vector<size_t> ParagraphRuns(const std::vector<size_t>& paragraph, size_t* count) {
  std::vector<size_t> run(paragraph.size(), 0);
  for (size_t i = 1; i < paragraph.size(); ++i) {
    run[i] = run[i - 1] + (paragraph[i] != paragraph[i - 1] ? 1 : 0);
  }
  *count = paragraph.empty() ? 0 : run.back() + 1;
  return run;
}

AlignmentSide ParagraphSide(const AlignmentSide& side, const RowMatrix& unit_rows,
                            const std::vector<size_t>& run, size_t count) {
  AlignmentSide paragraphs;
  RowMatrix sums = RowMatrix::Zero(static_cast<Eigen::Index>(count), unit_rows.cols());
  for (size_t i = 0; i < run.size(); ++i) {
    sums.row(static_cast<Eigen::Index>(run[i])) += unit_rows.row(static_cast<Eigen::Index>(i));
  }
  NormalizeRows(&sums);
  paragraphs.sentences = sums;
  if (!side.lengths.empty()) {
    paragraphs.lengths.assign(count, 0);
    for (size_t i = 0; i < run.size(); ++i) paragraphs.lengths[run[i]] += side.lengths[i];
  }
  return paragraphs;
}

// Aligns paragraphs first and labels each sentence with the bead its
// paragraph landed in, so that sentence beads inside one aligned paragraph
// group are preferred. Paragraphs left unaligned get groups of their own.
Status AssignParagraphGroups(const AlignmentSide& source, const AlignmentSide& target,
                             const AlignerOptions& options, PreparedSide* ps,
                             PreparedSide* pt) {
  size_t source_count = 0;
  size_t target_count = 0;
  std::vector<size_t> source_run = ParagraphRuns(source.paragraph, &source_count);
  std::vector<size_t> target_run = ParagraphRuns(target.paragraph, &target_count);
  if (source_count < 2 || target_count < 2) return Status::OK();
  std::vector<AlignmentBead> beads;
  Status status = SentenceAligner(options).Align(
      ParagraphSide(source, ps->single, source_run, source_count),
      ParagraphSide(target, pt->single, target_run, target_count), &beads);
  if (!status.ok()) return status;
  std::vector<int> source_group(source_count);
  std::vector<int> target_group(target_count);
  for (size_t b = 0; b < beads.size(); ++b) {
    const bool aligned = !beads[b].source.empty() && !beads[b].target.empty();
    const int base = static_cast<int>(b) * 3;
    for (size_t p : beads[b].source) source_group[p] = aligned ? base : base + 1;
    for (size_t p : beads[b].target) target_group[p] = aligned ? base : base + 2;
  }
  for (size_t r : source_run) ps->group.push_back(source_group[r]);
  for (size_t r : target_run) pt->group.push_back(target_group[r]);
  return Status::OK();
}

Status ValidateSide(const AlignmentSide& side, const char* name) {
  const size_t n = static_cast<size_t>(side.sentences.rows());
  auto invalid = [name](const std::string& what) {
    return Status::InvalidArgument(std::string("sentence aligner: ") + name + " side: " + what);
  };
  if (side.merged.rows() > 0 &&
      (static_cast<size_t>(side.merged.rows()) + 1 != n ||
       side.merged.cols() != side.sentences.cols())) {
    return invalid("merged embeddings must be (n-1) x d for n=" + std::to_string(n) +
                   " sentences, got " + std::to_string(side.merged.rows()) + " x " +
                   std::to_string(side.merged.cols()));
  }
  if (!side.paragraph.empty() && side.paragraph.size() != n) {
    return invalid(std::to_string(side.paragraph.size()) + " paragraph ids for " +
                   std::to_string(n) + " sentences");
  }
  if (!side.words.offset.empty() &&
      (side.words.offset.size() != n + 1 || side.words.offset.front() != 0 ||
       side.words.offset.back() != static_cast<size_t>(side.words.rows.rows()) ||
       !std::is_sorted(side.words.offset.begin(), side.words.offset.end()))) {
    return invalid("word offsets must be n+1 non-decreasing entries from 0 to the " +
                   std::to_string(side.words.rows.rows()) + " word rows, for n=" +
                   std::to_string(n) + " sentences");
  }
  const std::vector<float>& weight = side.words.weight;
  if (!weight.empty() &&
      (weight.size() != static_cast<size_t>(side.words.rows.rows()) ||
       std::any_of(weight.begin(), weight.end(), [](float w) { return !(w > 0.0f); }))) {
    return invalid("word weights must be one positive value per word row: " +
                   std::to_string(weight.size()) + " weights for " +
                   std::to_string(side.words.rows.rows()) + " rows");
  }
  if (!side.lengths.empty() && side.lengths.size() != n) {
    return invalid(std::to_string(side.lengths.size()) + " lengths for " + std::to_string(n) +
                   " sentences");
  }
  return Status::OK();
}

Status Validate(const AlignmentSide& source, const AlignmentSide& target,
                const AlignerOptions& options) {
  if (options.max_merge < 1 || options.max_merge > 2) {
    return Status::InvalidArgument("sentence aligner: max_merge must be 1 or 2, got " +
                                   std::to_string(options.max_merge));
  }
  if (options.word_weight < 0.0 || options.word_weight > 1.0) {
    return Status::InvalidArgument("sentence aligner: word_weight must be in [0, 1], got " +
                                   std::to_string(options.word_weight));
  }
  if (options.gap_penalty < 0.0) {
    return Status::InvalidArgument("sentence aligner: gap_penalty must not be negative");
  }
  if (source.sentences.rows() > 0 && target.sentences.rows() > 0 &&
      source.sentences.cols() != target.sentences.cols()) {
    return Status::InvalidArgument(
        "sentence aligner: source embeddings have dimension " +
        std::to_string(source.sentences.cols()) + " but target embeddings " +
        std::to_string(target.sentences.cols()));
  }
  if (source.words.rows.rows() > 0 && target.words.rows.rows() > 0 &&
      source.words.rows.cols() != target.words.rows.cols()) {
    return Status::InvalidArgument("sentence aligner: source word vectors have dimension " +
                                   std::to_string(source.words.rows.cols()) +
                                   " but target word vectors " +
                                   std::to_string(target.words.rows.cols()));
  }
  Status status = ValidateSide(source, "source");
  return status.ok() ? ValidateSide(target, "target") : status;
}

PreparedSide Prepare(const AlignmentSide& side, int max_merge) {
  PreparedSide prepared;
  prepared.single = side.sentences;
  NormalizeRows(&prepared.single);
  if (max_merge >= 2) prepared.merged = MergedRows(side);
  if (!side.lengths.empty()) {
    prepared.char_prefix = CharPrefix(side.lengths);
    prepared.span_log_chars = SpanLogChars(prepared.char_prefix);
  }
  return prepared;
}

std::vector<AlignmentBead> OnlyGaps(size_t n, size_t m) {
  std::vector<AlignmentBead> beads;
  for (size_t i = 0; i < n; ++i) beads.push_back(AlignmentBead{{i}, {}, 0.0, 0.0});
  for (size_t j = 0; j < m; ++j) beads.push_back(AlignmentBead{{}, {j}, 0.0, 0.0});
  return beads;
}

}  // namespace

SentenceAligner::SentenceAligner(AlignerOptions options) : options_(std::move(options)) {}

Status SentenceAligner::Align(const AlignmentSide& source, const AlignmentSide& target,
                              std::vector<AlignmentBead>* beads) const {
  Status status = Validate(source, target, options_);
  if (!status.ok()) return status;
  const size_t n = static_cast<size_t>(source.sentences.rows());
  const size_t m = static_cast<size_t>(target.sentences.rows());
  if (n == 0 || m == 0) {
    *beads = OnlyGaps(n, m);
    return Status::OK();
  }
  std::mt19937_64 rng(options_.seed);
  PreparedSide ps = Prepare(source, options_.max_merge);
  PreparedSide pt = Prepare(target, options_.max_merge);
  const ItemCosines cosines(ps, pt);
  ComputeNormalisers(options_.norm_samples, &rng, cosines, &ps, &pt);
  if (!source.paragraph.empty() && !target.paragraph.empty()) {
    status = AssignParagraphGroups(source, target, options_, &ps, &pt);
    if (!status.ok()) return status;
  }
  Band band = SmallEnough(n, m, options_.exact_cells)
                  ? FullBand(n, m)
                  : BandAroundPath(CoarsePath(ps.single, pt.single, options_, &rng), n, m,
                                   options_.band);
  std::unique_ptr<WordEvidence> words;
  if (options_.word_weight > 0.0 && !source.words.offset.empty() &&
      !target.words.offset.empty() &&
      WordMatcher::Pairs(source.words, target.words) <= options_.word_pairs) {
    words = std::make_unique<WordEvidence>(source, target, options_, &rng);
    words->scale = WordScale(ps, pt, cosines, *words);
  }
  BeadScorer scorer(ps, pt, cosines, options_, words.get());
  *beads = BandedDp(scorer, n, m, BeadShapes(options_.max_merge), band);
  return Status::OK();
}

Status AlignSentences(const AlignmentSide& source, const AlignmentSide& target,
                      const AlignerOptions& options, std::vector<AlignmentBead>* beads) {
  return SentenceAligner(options).Align(source, target, beads);
}

}  // namespace dupalign

#include "pipeline/cluster_summary.h"

#include "align/side_columns.h"
#include "align/word_matcher.h"
#include "ingest/line_utils.h"
#include "similarity/sentence_anchor_features.h"
#include "similarity/sentence_vectors.h"
#include "text/document_segmenter.h"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

namespace dupalign {
namespace {

// A lone document is summarised, never aligned: its side needs no merged
// sentences and no word vectors, which are most of a side's cost.
AlignmentSide BuildSide(const SentenceEmbedder& embedder, const Document& doc,
                        const DocumentProfile& profile, const Args& args, bool to_align) {
  AlignmentSide side;
  side.sentences = profile.sentences.Dense();
  for (const Sentence& s : doc.sentences) {
    side.paragraph.push_back(s.paragraph);
    // Characters, not bytes: the aligner's length prior compares languages
    // whose scripts take different bytes per character.
    side.lengths.push_back(CountCodePoints(s.text));
  }
  if (!to_align) return side;
  const auto sentence_words = DocumentSegmenter::SentenceWords(doc);
  if (sentence_words.size() > 1) {
    side.merged = SentenceVectors(embedder.EmbedNeighbourPairs(sentence_words, doc.lang),
                                  JoinedNeighbourAnchors(profile.sentences.AnchorRows()),
                                  args.anchor_weight)
                      .Dense();
  }
  if (args.word_weight > 0.0) {
    side.words = EmbedSentenceWords(sentence_words, doc.lang, embedder);
  }
  return side;
}

// Members' counterparts of a representative sentence, read off the alignment
// of the representative with that member.
std::vector<size_t> Counterparts(const PairAlignment& alignment, size_t sentence) {
  for (const AlignmentBead& bead : alignment.beads) {
    if (std::find(bead.source.begin(), bead.source.end(), sentence) != bead.source.end()) {
      return bead.target;
    }
  }
  return {};
}

}  // namespace

std::vector<size_t> KeySentences(const Eigen::MatrixXf& vectors, const std::vector<size_t>& lengths) {
  const Eigen::Index n = vectors.rows();
  if (n == 0) return {};
  const size_t want = std::clamp<size_t>(static_cast<size_t>(std::lround(n / 5.0)), 3, 7);
  Eigen::VectorXf centroid = vectors.colwise().sum().transpose();
  if (centroid.norm() > 0) centroid.normalize();
  const Eigen::VectorXf centrality = vectors * centroid;
  std::vector<size_t> chosen;
  // Each sentence's highest similarity to a chosen one.
  std::vector<double> redundancy(static_cast<size_t>(n), 0.0);
  // Maximal marginal relevance: central, but unlike what was already chosen;
  // fragments (captions, bylines) are too short to summarise a story.
  while (chosen.size() < std::min<size_t>(want, n)) {
    double best_score = -1e9;
    Eigen::Index best = -1;
    for (Eigen::Index i = 0; i < n; ++i) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      const double short_penalty = lengths[i] < 40 ? 0.5 : 0.0;
      const double score = 0.7 * centrality(i) - 0.3 * redundancy[i] - short_penalty;
      if (score > best_score + 1e-9) {
        best_score = score;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push_back(static_cast<size_t>(best));
    for (Eigen::Index i = 0; i < n; ++i) {
      redundancy[i] = std::max<double>(redundancy[i], vectors.row(i).dot(vectors.row(best)));
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

void AlignClusterMembers(const SentenceEmbedder& embedder, const Args& args,
                         const Analysis& analysis, ClusterReport* report) {
  const auto& members = report->cluster.members;
  std::vector<AlignmentSide> sides;
  for (size_t m = 0; m < members.size(); ++m) {
    sides.push_back(BuildSide(embedder, analysis.documents[report->documents[m]],
                              analysis.profiles[members[m].doc], args, members.size() > 1));
  }
  std::vector<AlignmentSide*> side_pointers;
  for (AlignmentSide& side : sides) side_pointers.push_back(&side);
  DropSharedZeroColumns(side_pointers);
  AlignerOptions options;
  options.max_merge = args.max_merge;
  options.gap_penalty = args.gap_penalty;
  options.word_weight = args.word_weight;
  CoverageOptions coverage_options;
  coverage_options.min_similarity = args.min_link_similarity;
  // Member 0 is the representative, so its pairs come first either way.
  const size_t sources = members.size() <= args.all_pairs_members ? members.size() : 1;
  for (size_t a = 0; a < sources; ++a) {
    for (size_t b = a + 1; b < members.size(); ++b) {
      PairAlignment pair;
      pair.source = report->documents[a];
      pair.target = report->documents[b];
      Status s = AlignSentences(sides[a], sides[b], options, &pair.beads);
      if (s.ok()) {
        s = AlignmentCoverage::Compute(pair.beads, sides[a].lengths.size(), sides[b].lengths.size(),
                                       sides[a].lengths, sides[b].lengths, coverage_options,
                                       &pair.coverage);
      }
      if (!s.ok()) {
        spdlog::warn("alignment of {} with {} failed: {}", analysis.documents[pair.source].id,
                     analysis.documents[pair.target].id, s.ToString());
      }
      report->alignments.push_back(std::move(pair));
    }
  }
  // Member 0 is the representative; its side already holds its lengths.
  for (size_t sentence : KeySentences(sides[0].sentences, sides[0].lengths)) {
    SummaryRow row;
    row.sentence = sentence;
    row.counterparts.push_back({sentence});
    for (size_t m = 1; m < members.size(); ++m) {
      row.counterparts.push_back(Counterparts(report->alignments[m - 1], sentence));
    }
    report->summary.push_back(std::move(row));
  }
}

}  // namespace dupalign

#include "align/side_columns.h"

namespace dupalign {
namespace {

void MarkUsed(const Eigen::MatrixXf& rows, std::vector<bool>* used) {
  for (Eigen::Index c = 0; c < rows.cols(); ++c) {
    if (!(*used)[static_cast<size_t>(c)] && (rows.col(c).array() != 0.0f).any()) {
      (*used)[static_cast<size_t>(c)] = true;
    }
  }
}

Eigen::MatrixXf KeepColumns(const Eigen::MatrixXf& rows, const std::vector<Eigen::Index>& keep) {
  if (rows.size() == 0) return rows;
  Eigen::MatrixXf kept(rows.rows(), static_cast<Eigen::Index>(keep.size()));
  for (size_t k = 0; k < keep.size(); ++k) kept.col(static_cast<Eigen::Index>(k)) = rows.col(keep[k]);
  return kept;
}

}  // namespace

void DropSharedZeroColumns(const std::vector<AlignmentSide*>& sides) {
  if (sides.empty()) return;
  const Eigen::Index width = sides[0]->sentences.cols();
  for (const AlignmentSide* side : sides) {
    // Sides of different widths are the aligner's error to report.
    if (side->sentences.cols() != width) return;
    if (side->merged.size() > 0 && side->merged.cols() != width) return;
  }
  std::vector<bool> used(static_cast<size_t>(width), false);
  for (const AlignmentSide* side : sides) {
    MarkUsed(side->sentences, &used);
    MarkUsed(side->merged, &used);
  }
  std::vector<Eigen::Index> keep;
  for (Eigen::Index c = 0; c < width; ++c) {
    if (used[static_cast<size_t>(c)]) keep.push_back(c);
  }
  if (keep.size() == static_cast<size_t>(width)) return;
  for (AlignmentSide* side : sides) {
    side->sentences = KeepColumns(side->sentences, keep);
    side->merged = KeepColumns(side->merged, keep);
  }
}

}  // namespace dupalign

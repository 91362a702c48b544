// Row normalisation shared by every stage that compares vectors by cosine:
// each non-zero row is scaled to unit length; zero rows (a sentence with no
// known word, a sentence without anchors) stay zero instead of turning into
// NaN. Header-only so row- and column-major Eigen matrices both work.
#ifndef DUPALIGN_UTIL_UNIT_ROWS_H_
#define DUPALIGN_UTIL_UNIT_ROWS_H_

#include <Eigen/Core>

namespace dupalign {

template <typename Matrix>
void NormalizeRows(Matrix* rows) {
  for (Eigen::Index i = 0; i < rows->rows(); ++i) {
    const auto norm = rows->row(i).norm();
    if (norm > 0) rows->row(i) /= norm;
  }
}

template <typename Derived>
typename Derived::PlainObject UnitRows(const Eigen::MatrixBase<Derived>& rows) {
  typename Derived::PlainObject unit = rows;
  NormalizeRows(&unit);
  return unit;
}

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_UNIT_ROWS_H_

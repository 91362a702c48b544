#include "embed/vector_io.h"

#include <charconv>
#include <vector>

namespace dupalign {
namespace {

constexpr int kDecimals = 5;

}  // namespace

std::string FormatVectorRow(const Eigen::Ref<const Eigen::RowVectorXf>& row) {
  std::string line;
  char buffer[48];
  for (Eigen::Index i = 0; i < row.size(); ++i) {
    // to_chars is locale-independent, so output does not depend on LC_NUMERIC.
    auto result =
        std::to_chars(buffer, buffer + sizeof(buffer), row[i], std::chars_format::fixed, kDecimals);
    if (i) line += ' ';
    // "-0.00000" would make equal vectors print differently.
    std::string_view text(buffer, result.ptr - buffer);
    if (text.find_first_not_of("-0.") == std::string_view::npos) text.remove_prefix(text[0] == '-');
    line += text;
  }
  return line;
}

void WriteVectorsText(const Eigen::MatrixXf& rows, std::ostream* out) {
  for (Eigen::Index i = 0; i < rows.rows(); ++i) *out << FormatVectorRow(rows.row(i)) << '\n';
}

void WriteVectorsBinary(const Eigen::MatrixXf& rows, std::ostream* out) {
  // Eigen stores column-major; the file wants each row contiguous.
  const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> row_major = rows;
  out->write(reinterpret_cast<const char*>(row_major.data()),
             static_cast<std::streamsize>(sizeof(float) * row_major.size()));
}

}  // namespace dupalign

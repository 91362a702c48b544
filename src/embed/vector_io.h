// Writing sentence vectors as the embed command prints them: text rows of
// space-separated floats with five decimals (as `fasttext
// print-sentence-vectors` does) or raw little-endian float32 rows with no
// header (the .emb layout LASER and Vecalign read with
// numpy.fromfile(path, numpy.float32).reshape(-1, dim)).
#ifndef DUPALIGN_EMBED_VECTOR_IO_H_
#define DUPALIGN_EMBED_VECTOR_IO_H_

#include <ostream>
#include <string>

#include <Eigen/Dense>

namespace dupalign {

// One row as text, without the line end.
std::string FormatVectorRow(const Eigen::Ref<const Eigen::RowVectorXf>& row);

void WriteVectorsText(const Eigen::MatrixXf& rows, std::ostream* out);
void WriteVectorsBinary(const Eigen::MatrixXf& rows, std::ostream* out);

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_VECTOR_IO_H_

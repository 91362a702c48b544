#include "embed/procrustes.h"

#include "util/unit_rows.h"

#include <algorithm>
#include <limits>
#include <string>

#include "embed/retrieval.h"

namespace dupalign {
namespace {

constexpr Eigen::Index kMinPairs = 2;

Eigen::RowVectorXf MeanOfUnitRows(const Eigen::MatrixXf& rows) {
  if (rows.rows() == 0) return Eigen::RowVectorXf::Zero(rows.cols());
  return UnitRows(rows).colwise().mean();
}

// Zero rows (unknown words) stay zero so they never win a search.
Eigen::MatrixXf PrepareWithMean(const Eigen::MatrixXf& rows, const Eigen::RowVectorXf& mean) {
  Eigen::MatrixXf prepared = UnitRows(rows);
  for (Eigen::Index i = 0; i < prepared.rows(); ++i) {
    if (prepared.row(i).squaredNorm() > 0) prepared.row(i) -= mean;
  }
  NormalizeRows(&prepared);
  return prepared;
}

Eigen::MatrixXf MapRows(const Eigen::MatrixXf& prepared, const Eigen::MatrixXf& map) {
  return UnitRows(prepared * map.transpose());
}

// CSLS density of each row of `a`: mean cosine of its k nearest rows of `b`.
Eigen::VectorXf Densities(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b, int k,
                          int block_rows) {
  Eigen::VectorXf density(a.rows());
  for (Eigen::Index start = 0; start < a.rows(); start += block_rows) {
    const Eigen::Index n = std::min<Eigen::Index>(block_rows, a.rows() - start);
    density.segment(start, n) = MeanTopK(a.middleRows(start, n) * b.transpose(), k);
  }
  return density;
}

// For each row of `a`, the column j maximising cos(a_i, b_j) - b_density[j]
// (the a-side density is constant along a row, so it cannot change the winner).
std::vector<int> BestMatches(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b,
                             const Eigen::VectorXf& b_density, int block_rows) {
  std::vector<int> best(a.rows(), -1);
  for (Eigen::Index start = 0; start < a.rows(); start += block_rows) {
    const Eigen::Index n = std::min<Eigen::Index>(block_rows, a.rows() - start);
    Eigen::MatrixXf scores = 2 * (a.middleRows(start, n) * b.transpose());
    scores.rowwise() -= b_density.transpose();
    for (Eigen::Index i = 0; i < n; ++i) {
      Eigen::Index j = 0;
      scores.row(i).maxCoeff(&j);
      best[start + i] = static_cast<int>(j);
    }
  }
  return best;
}

// The k largest values seen in each column of a matrix that arrives in row
// blocks, so column densities need no second product.
class ColumnTopK {
 public:
  ColumnTopK(Eigen::Index columns, Eigen::Index k)
      : values_(Eigen::MatrixXf::Constant(k, columns, -std::numeric_limits<float>::infinity())),
        smallest_(columns, 0) {}

  void Add(const Eigen::MatrixXf& block) {
    for (Eigen::Index j = 0; j < block.cols(); ++j) {
      for (Eigen::Index i = 0; i < block.rows(); ++i) {
        if (block(i, j) <= values_(smallest_[j], j)) continue;
        values_(smallest_[j], j) = block(i, j);
        values_.col(j).minCoeff(&smallest_[j]);
      }
    }
  }
  Eigen::VectorXf Means() const { return values_.colwise().mean().transpose(); }

 private:
  Eigen::MatrixXf values_;
  std::vector<Eigen::Index> smallest_;
};

// Both densities from one pass of blocks of a * b^T.
void BothDensities(const Eigen::MatrixXf& a, const Eigen::MatrixXf& b, int k, int block_rows,
                   Eigen::VectorXf* a_density, Eigen::VectorXf* b_density) {
  a_density->resize(a.rows());
  ColumnTopK columns(b.rows(), std::min<Eigen::Index>(k, a.rows()));
  for (Eigen::Index start = 0; start < a.rows(); start += block_rows) {
    const Eigen::Index n = std::min<Eigen::Index>(block_rows, a.rows() - start);
    const Eigen::MatrixXf cosine = a.middleRows(start, n) * b.transpose();
    a_density->segment(start, n) = MeanTopK(cosine, k);
    columns.Add(cosine);
  }
  *b_density = columns.Means();
}

Eigen::MatrixXf StackRows(const Eigen::MatrixXf& top, const Eigen::MatrixXf& bottom) {
  Eigen::MatrixXf stacked(top.rows() + bottom.rows(), top.cols());
  stacked << top, bottom;
  return stacked;
}

bool InGold(const std::vector<int>& gold, int candidate) {
  return std::find(gold.begin(), gold.end(), candidate) != gold.end();
}

}  // namespace

Eigen::MatrixXf NormalizeAndCenter(const Eigen::MatrixXf& rows) {
  return PrepareWithMean(rows, MeanOfUnitRows(rows));
}

Status LearnOrthogonalMap(const Eigen::MatrixXf& source, const Eigen::MatrixXf& target,
                          Eigen::MatrixXf* map) {
  if (source.rows() != target.rows()) {
    return Status::InvalidArgument("procrustes: " + std::to_string(source.rows()) +
                                   " source rows but " + std::to_string(target.rows()) +
                                   " target rows; row i of each must be a translation pair");
  }
  if (source.rows() < kMinPairs) {
    return Status::InvalidArgument("procrustes: " + std::to_string(source.rows()) +
                                   " translation pairs; need at least " +
                                   std::to_string(kMinPairs));
  }
  if (source.cols() == 0 || target.cols() == 0) {
    return Status::InvalidArgument("procrustes: vectors of dimension 0");
  }
  const Eigen::MatrixXf cross =
      NormalizeAndCenter(target).transpose() * NormalizeAndCenter(source);
  Eigen::BDCSVD<Eigen::MatrixXf> svd(cross, Eigen::ComputeThinU | Eigen::ComputeThinV);
  *map = svd.matrixU() * svd.matrixV().transpose();
  return Status::OK();
}

// Both searches from one more pass of blocks of a * b^T: rows pick their best
// column, and each column keeps the best row seen so far (the first on ties,
// as a whole-matrix search would).
CslsNeighbours MutualCslsSearch(const Eigen::MatrixXf& mapped_source,
                                const Eigen::MatrixXf& target, int k, int block_rows) {
  Eigen::VectorXf source_density, target_density;
  BothDensities(mapped_source, target, k, block_rows, &source_density, &target_density);
  CslsNeighbours nn;
  nn.source_to_target.assign(mapped_source.rows(), -1);
  nn.target_to_source.assign(target.rows(), -1);
  Eigen::VectorXf column_best =
      Eigen::VectorXf::Constant(target.rows(), -std::numeric_limits<float>::infinity());
  for (Eigen::Index start = 0; start < mapped_source.rows(); start += block_rows) {
    const Eigen::Index n = std::min<Eigen::Index>(block_rows, mapped_source.rows() - start);
    const Eigen::MatrixXf cosine = mapped_source.middleRows(start, n) * target.transpose();
    // CSLS / 2 minus the density of the side being searched; the other
    // side's density is constant for a fixed row or column.
    Eigen::MatrixXf by_row = cosine;
    by_row.rowwise() -= 0.5f * target_density.transpose();
    for (Eigen::Index i = 0; i < n; ++i) {
      Eigen::Index j = 0;
      by_row.row(i).maxCoeff(&j);
      nn.source_to_target[start + i] = static_cast<int>(j);
    }
    Eigen::MatrixXf by_column = cosine;
    by_column.colwise() -= 0.5f * source_density.segment(start, n);
    for (Eigen::Index j = 0; j < by_column.cols(); ++j) {
      Eigen::Index i = 0;
      const float value = by_column.col(j).maxCoeff(&i);
      if (value > column_best[j]) {
        column_best[j] = value;
        nn.target_to_source[j] = static_cast<int>(start + i);
      }
    }
  }
  return nn;
}

Status RefineMap(const Eigen::MatrixXf& source_vocab, const Eigen::MatrixXf& target_vocab,
                 const Eigen::MatrixXf& seed_source, const Eigen::MatrixXf& seed_target,
                 const RefineOptions& options, Eigen::MatrixXf* map, RefineReport* report) {
  if (map->rows() != target_vocab.cols() || map->cols() != source_vocab.cols()) {
    return Status::InvalidArgument("refine: the starting map is " + std::to_string(map->rows()) +
                                   "x" + std::to_string(map->cols()) + " but the vocabularies have "
                                   "dimensions " + std::to_string(target_vocab.cols()) + " and " +
                                   std::to_string(source_vocab.cols()));
  }
  if (options.block_rows <= 0 || options.csls_k <= 0) {
    return Status::InvalidArgument("refine: block_rows and csls_k must be positive");
  }
  const Eigen::MatrixXf source = NormalizeAndCenter(source_vocab);
  const Eigen::MatrixXf target = NormalizeAndCenter(target_vocab);
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    const CslsNeighbours nn =
        MutualCslsSearch(MapRows(source, *map), target, options.csls_k, options.block_rows);
    std::vector<Eigen::Index> source_rows, target_rows;
    for (size_t i = 0; i < nn.source_to_target.size(); ++i) {
      const int j = nn.source_to_target[i];
      if (nn.target_to_source[j] != static_cast<int>(i)) continue;
      // Unknown words are zero rows; a zero row can only match by accident.
      if (source.row(i).squaredNorm() == 0 || target.row(j).squaredNorm() == 0) continue;
      source_rows.push_back(static_cast<Eigen::Index>(i));
      target_rows.push_back(j);
    }
    if (report) report->mutual_pairs.push_back(static_cast<int>(source_rows.size()));
    Status status = LearnOrthogonalMap(StackRows(source(source_rows, Eigen::all), seed_source),
                                       StackRows(target(target_rows, Eigen::all), seed_target),
                                       map);
    if (!status.ok()) return status;
  }
  return Status::OK();
}

TranslationPrecision EvaluateTranslation(const Eigen::MatrixXf& map,
                                         const Eigen::MatrixXf& queries,
                                         const std::vector<std::vector<int>>& gold,
                                         const Eigen::MatrixXf& source_vocab,
                                         const Eigen::MatrixXf& target_vocab, int csls_k,
                                         int block_rows) {
  TranslationPrecision precision;
  if (queries.rows() == 0) return precision;
  // Queries are centred on the source vocabulary's mean, as the vocabulary is.
  const Eigen::RowVectorXf source_mean = MeanOfUnitRows(source_vocab);
  const Eigen::MatrixXf mapped_queries = MapRows(PrepareWithMean(queries, source_mean), map);
  const Eigen::MatrixXf mapped_vocab = MapRows(PrepareWithMean(source_vocab, source_mean), map);
  const Eigen::MatrixXf target = NormalizeAndCenter(target_vocab);
  const Eigen::VectorXf no_density = Eigen::VectorXf::Zero(target.rows());
  const Eigen::VectorXf target_density = Densities(target, mapped_vocab, csls_k, block_rows);
  const std::vector<int> by_cosine = BestMatches(mapped_queries, target, no_density, block_rows);
  const std::vector<int> by_csls = BestMatches(mapped_queries, target, target_density, block_rows);
  int cosine_hits = 0, csls_hits = 0;
  for (Eigen::Index i = 0; i < queries.rows(); ++i) {
    cosine_hits += InGold(gold[i], by_cosine[i]);
    csls_hits += InGold(gold[i], by_csls[i]);
  }
  precision.cosine = static_cast<double>(cosine_hits) / queries.rows();
  precision.csls = static_cast<double>(csls_hits) / queries.rows();
  return precision;
}

}  // namespace dupalign

#include "embed/embedding_stats.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "util/map_lookup.h"

namespace dupalign {
namespace {

// Reads every float after the keyword of a "mean"/"pc" line.
bool ParseVector(std::istringstream* fields, int dim, Eigen::VectorXf* vector) {
  vector->resize(dim);
  std::string token;
  int found = 0;
  while (*fields >> token) {
    if (found == dim) return false;
    float value = 0;
    auto result = std::from_chars(token.data(), token.data() + token.size(), value);
    if (result.ec != std::errc() || result.ptr != token.data() + token.size()) return false;
    (*vector)[found++] = value;
  }
  return found == dim;
}

// "key=value" fields of a "stats" line.
std::map<std::string, std::string> ParseFields(std::istringstream* fields) {
  std::map<std::string, std::string> values;
  std::string token;
  while (*fields >> token) {
    size_t eq = token.find('=');
    if (eq != std::string::npos) values[token.substr(0, eq)] = token.substr(eq + 1);
  }
  return values;
}

void AppendVector(const char* keyword, const Eigen::VectorXf& vector, std::string* out) {
  *out += keyword;
  char buffer[32];
  for (Eigen::Index i = 0; i < vector.size(); ++i) {
    auto result = std::to_chars(buffer, buffer + sizeof(buffer), vector[i]);
    *out += ' ';
    out->append(buffer, result.ptr);
  }
  *out += '\n';
}

}  // namespace

Status EmbeddingStats::Load(const std::string& path, int dim, EmbeddingStats* stats) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": no stats file");
  std::map<std::string, LanguageStats> blocks;
  LanguageStats* current = nullptr;
  std::string line;
  for (int64_t number = 1; std::getline(in, line); ++number) {
    auto error = [&](const std::string& problem) {
      return Status::Corruption(path + ":" + std::to_string(number) + ": " + problem);
    };
    std::istringstream fields(line);
    std::string keyword;
    if (!(fields >> keyword) || keyword[0] == '#') continue;
    if (keyword == "stats") {
      auto values = ParseFields(&fields);
      if (values["lang"].empty()) return error("stats line without lang=");
      if (values["dim"] != std::to_string(dim)) {
        return error("stats of dimension " + values["dim"] + " for a model of dimension " +
                     std::to_string(dim));
      }
      current = &blocks[values["lang"]];
      *current = LanguageStats();
      current->lang = values["lang"];
      current->sentences = std::atoll(values["sentences"].c_str());
      current->sif_a = std::atof(values["sif_a"].c_str());
      continue;
    }
    if (current == nullptr) return error("\"" + keyword + "\" before any stats line");
    Eigen::VectorXf vector;
    if (keyword != "mean" && keyword != "pc") return error("unknown line \"" + keyword + "\"");
    if (!ParseVector(&fields, dim, &vector)) {
      return error("expected " + std::to_string(dim) + " numbers after \"" + keyword + "\"");
    }
    if (keyword == "mean") {
      current->mean = std::move(vector);
    } else {
      current->components.push_back(std::move(vector));
    }
  }
  for (const auto& [lang, block] : blocks) {
    if (block.mean.size() != dim) {
      return Status::Corruption(path + ": stats for " + lang + " have no mean line");
    }
  }
  stats->by_lang_ = std::move(blocks);
  return Status::OK();
}

LanguageStats EmbeddingStats::Estimate(const Eigen::MatrixXf& vectors, const std::string& lang,
                                       double sif_a, int components) {
  std::vector<Eigen::Index> kept;
  for (Eigen::Index i = 0; i < vectors.rows(); ++i) {
    if (vectors.row(i).squaredNorm() > 0) kept.push_back(i);
  }
  LanguageStats stats;
  stats.lang = lang;
  stats.sif_a = sif_a;
  stats.sentences = static_cast<int64_t>(kept.size());
  stats.mean = Eigen::VectorXf::Zero(vectors.cols());
  if (kept.empty()) return stats;
  Eigen::MatrixXd centred(kept.size(), vectors.cols());
  for (size_t r = 0; r < kept.size(); ++r) centred.row(r) = vectors.row(kept[r]).cast<double>();
  const Eigen::RowVectorXd mean = centred.colwise().mean();
  centred.rowwise() -= mean;
  stats.mean = mean.transpose().cast<float>();
  const Eigen::MatrixXd covariance = centred.transpose() * centred / kept.size();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
  const int available = std::min<int>(components, static_cast<int>(vectors.cols()));
  for (int c = 0; c < available; ++c) {
    // Eigenvalues come in increasing order: the largest are last.
    Eigen::VectorXd direction = solver.eigenvectors().col(vectors.cols() - 1 - c);
    Eigen::Index largest;
    direction.cwiseAbs().maxCoeff(&largest);
    if (direction[largest] < 0) direction = -direction;  // a fixed sign keeps files stable
    stats.components.push_back(direction.cast<float>());
  }
  return stats;
}

std::string EmbeddingStats::Format(const LanguageStats& stats) {
  char header[256];
  std::snprintf(header, sizeof(header),
                "stats lang=%s dim=%d sentences=%lld sif_a=%g components=%d\n", stats.lang.c_str(),
                static_cast<int>(stats.mean.size()), static_cast<long long>(stats.sentences),
                stats.sif_a, static_cast<int>(stats.components.size()));
  std::string out = header;
  AppendVector("mean", stats.mean, &out);
  for (const Eigen::VectorXf& component : stats.components) AppendVector("pc", component, &out);
  return out;
}

const LanguageStats* EmbeddingStats::ForLanguage(const std::string& lang) const {
  return FindOrNull(by_lang_, lang);
}

std::vector<std::string> EmbeddingStats::languages() const { return KeysOf(by_lang_); }

}  // namespace dupalign

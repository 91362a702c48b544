#include "embed/embedding_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>

#include <fasttext/fasttext.h>

#include "text/fasttext_model_file.h"

namespace dupalign {
namespace {

constexpr int32_t kFastTextMagic = 793712314;
constexpr double kEulerGamma = 0.5772156649;
constexpr int kMaxVecDim = 100000;

bool StartsWithFastTextMagic(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  int32_t magic = 0;
  in.read(reinterpret_cast<char*>(&magic), sizeof(magic));
  return in && magic == kFastTextMagic;
}

// Parses a whole token as a number; false on trailing garbage.
template <typename T>
bool ParseNumber(std::string_view token, T* value) {
  const char* end = token.data() + token.size();
  auto result = std::from_chars(token.data(), end, *value);
  return result.ec == std::errc() && result.ptr == end;
}

std::string_view NextToken(std::string_view* rest) {
  size_t begin = rest->find_first_not_of(' ');
  if (begin == std::string_view::npos) {
    *rest = {};
    return {};
  }
  size_t end = rest->find(' ', begin);
  if (end == std::string_view::npos) end = rest->size();
  std::string_view token = rest->substr(begin, end - begin);
  rest->remove_prefix(end);
  return token;
}

// The .vec reader: one method per kind of line, errors carry line numbers.
class VecReader {
 public:
  explicit VecReader(const std::string& path) : path_(path), in_(path, std::ios::binary) {}

  Status ReadHeader(int64_t* count, int* dim) {
    if (!in_) return Status::NotFound(path_ + ": cannot open embedding model");
    std::string line;
    if (!NextLine(&line)) {
      return Status::Corruption(path_ + ": empty file (neither a fastText model nor a .vec file)");
    }
    std::string_view rest = line;
    std::string_view first = NextToken(&rest), second = NextToken(&rest);
    if (!ParseNumber(first, count) || !ParseNumber(second, dim) || !NextToken(&rest).empty() ||
        *count <= 0 || *dim <= 0 || *dim > kMaxVecDim) {
      return Error("bad header \"" + line.substr(0, 80) +
                   "\", expected \"count dim\" (two positive integers)");
    }
    return Status::OK();
  }

  // Reads one "word v1 .. vdim" row into word and values. Only the last row
  // the header announces may lack a line end: elsewhere that means the file
  // was cut.
  Status ReadRow(int dim, bool last, std::string* word, float* values) {
    std::string line;
    if (!NextLine(&line)) return Error("truncated file: no more rows");
    if (!complete_line_ && !last) return Error("truncated file: the row has no line end");
    std::string_view rest = line;
    size_t space = rest.find(' ');
    if (space == std::string_view::npos) return Error("row has a word but no values");
    word->assign(rest.substr(0, space));
    rest.remove_prefix(space);
    int found = 0;
    for (std::string_view token = NextToken(&rest); !token.empty(); token = NextToken(&rest)) {
      if (found < dim && !ParseNumber(token, &values[found])) {
        return Error("value " + std::to_string(found + 1) + " is not a number: \"" +
                     std::string(token.substr(0, 40)) + "\"");
      }
      ++found;
    }
    if (found != dim) {
      return Error("expected " + std::to_string(dim) + " values after the word, found " +
                   std::to_string(found));
    }
    return Status::OK();
  }

  bool AtEnd() { return in_.peek() == std::char_traits<char>::eof(); }
  int64_t line_number() const { return line_number_; }

 private:
  bool NextLine(std::string* line) {
    if (!std::getline(in_, *line)) return false;
    complete_line_ = !in_.eof();
    ++line_number_;
    while (!line->empty() && (line->back() == '\r' || line->back() == ' ')) line->pop_back();
    return true;
  }

  Status Error(const std::string& problem) const {
    return Status::Corruption(path_ + ":" + std::to_string(line_number_) + ": " + problem);
  }

  const std::string& path_;
  std::ifstream in_;
  int64_t line_number_ = 0;
  bool complete_line_ = true;
};

}  // namespace

EmbeddingModel::~EmbeddingModel() = default;

Status EmbeddingModel::Load(const std::string& path, const ModelLoadOptions& options,
                            std::unique_ptr<EmbeddingModel>* model) {
  std::unique_ptr<EmbeddingModel> loaded(new EmbeddingModel());
  loaded->path_ = path;
  Status status =
      StartsWithFastTextMagic(path) ? loaded->LoadFastText(options) : loaded->LoadVec(options);
  if (status.ok()) *model = std::move(loaded);
  return status;
}

Status EmbeddingModel::LoadFastText(const ModelLoadOptions& options) {
  FastTextModelFile::Summary summary;
  Status status = FastTextModelFile::Load(path_, &fasttext_, &summary);
  if (!status.ok()) return status;
  dim_ = fasttext_->getDimension();
  const std::vector<int64_t> counts =
      fasttext_->getDictionary()->getCounts(fasttext::entry_type::word);
  double total = 0;
  for (int64_t count : counts) total += static_cast<double>(count);
  fasttext_probability_.reserve(counts.size());
  for (int64_t count : counts) {
    fasttext_probability_.push_back(total > 0 ? count / total : 0.0);
  }
  return Status::OK();
}

Status EmbeddingModel::LoadVec(const ModelLoadOptions& options) {
  VecReader reader(path_);
  int64_t announced = 0;
  Status status = reader.ReadHeader(&announced, &dim_);
  if (!status.ok()) return status;
  const int64_t rows = std::min<int64_t>(announced, static_cast<int64_t>(options.max_words));
  vectors_.resize(rows, dim_);
  vec_ids_.reserve(rows);
  std::string word;
  for (int64_t row = 0; row < rows; ++row) {
    if (reader.AtEnd()) {
      return Status::Corruption(path_ + ":" + std::to_string(reader.line_number()) +
                                ": truncated file: the header announces " +
                                std::to_string(announced) + " words, the file ends after " +
                                std::to_string(row));
    }
    status = reader.ReadRow(dim_, row + 1 == announced, &word, vectors_.row(row).data());
    if (!status.ok()) return status;
    // Duplicates occur in public files; the first row is the more frequent.
    vec_ids_.emplace(std::move(word), static_cast<int32_t>(row));
  }
  zipf_harmonic_ = std::log(static_cast<double>(announced)) + kEulerGamma + 0.5 / announced;
  return Status::OK();
}

size_t EmbeddingModel::vocabulary_size() const {
  return fasttext_ ? fasttext_probability_.size() : static_cast<size_t>(vectors_.rows());
}

int32_t EmbeddingModel::FastTextWordId(std::string_view word) const {
  return fasttext_->getDictionary()->getId(std::string(word));
}

int32_t EmbeddingModel::VecWordId(std::string_view word) const {
  auto it = vec_ids_.find(word);
  return it == vec_ids_.end() ? -1 : it->second;
}

bool EmbeddingModel::WordVector(std::string_view word, float* out) const {
  if (fasttext_) {
    fasttext::Vector vector(dim_);
    fasttext_->getWordVector(vector, std::string(word));
    std::memcpy(out, vector.data(), sizeof(float) * dim_);
    return vector.norm() > 0;
  }
  int32_t id = VecWordId(word);
  if (id < 0) {
    std::fill(out, out + dim_, 0.0f);
    return false;
  }
  std::memcpy(out, vectors_.row(id).data(), sizeof(float) * dim_);
  return true;
}

double EmbeddingModel::WordProbability(std::string_view word) const {
  if (fasttext_) {
    int32_t id = FastTextWordId(word);
    // Labels of supervised models share the id space, after the words.
    if (id < 0 || static_cast<size_t>(id) >= fasttext_probability_.size()) return 0.0;
    return fasttext_probability_[id];
  }
  int32_t id = VecWordId(word);
  return id < 0 ? 0.0 : 1.0 / ((id + 1.0) * zipf_harmonic_);
}

}  // namespace dupalign

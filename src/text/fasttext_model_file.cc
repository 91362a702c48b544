#include "text/fasttext_model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>

#include <fasttext/fasttext.h>

namespace dupalign {
namespace {

constexpr int32_t kMagic = 793712314;
constexpr int32_t kOldestVersion = 11;
constexpr int32_t kNewestVersion = 12;
constexpr int32_t kMaxVocabulary = 30000000;
constexpr int32_t kMaxDim = 100000;
constexpr size_t kMaxWordBytes = 1 << 16;
constexpr int64_t kCentroidsPerSubquantizer = 256;
constexpr int kSupervised = 3;

// A read-only memory map of the whole file, so the walk costs no copies.
class MappedFile {
 public:
  ~MappedFile() {
    if (data_ != nullptr) munmap(const_cast<char*>(data_), size_);
  }
  Status Open(const std::string& path) {
    int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0) return Status::NotFound(path + ": cannot open model file: " + strerror(errno));
    struct stat st;
    Status status;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      status = Status::IOError(path + ": not a regular file");
    } else if (st.st_size > 0) {
      void* map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (map == MAP_FAILED) {
        status = Status::IOError(path + ": cannot map model file: " + strerror(errno));
      } else {
        data_ = static_cast<const char*>(map);
        size_ = st.st_size;
      }
    }
    close(fd);
    return status;
  }
  const char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Walks the fastText 0.9 layout (FastText::loadModel, Args::load,
// Dictionary::load, DenseMatrix/QuantMatrix::load) without building anything.
class LayoutWalker {
 public:
  LayoutWalker(const std::string& path, const char* data, size_t size)
      : path_(path), data_(data), size_(size) {}

  Status Walk(FastTextModelFile::Summary* summary) {
    int32_t magic = 0, version = 0;
    if (!Read(&magic) || !Read(&version)) return Truncated("header");
    if (magic != kMagic) {
      return Status::Corruption(path_ + ": not a fastText model (bad magic number)");
    }
    if (version < kOldestVersion || version > kNewestVersion) {
      return Status::Corruption(path_ + ": unsupported fastText model version " +
                                std::to_string(version));
    }
    Status status = WalkArgs(summary);
    if (status.ok()) status = WalkDictionary(summary);
    bool quantized_input = false, quantized_output = false;
    if (status.ok() && !Read(&quantized_input)) status = Truncated("input matrix flag");
    // fastText indexes the input matrix by word id and by n-gram hash modulo
    // the bucket count without bounds checks: the rows must match.
    const int64_t input_rows = static_cast<int64_t>(summary->nwords) + bucket_;
    if (status.ok()) {
      status = WalkMatrix(quantized_input, "input matrix", summary->dim, input_rows);
      summary->input_rows = matrix_rows_;
    }
    if (status.ok() && !Read(&quantized_output)) status = Truncated("output matrix flag");
    if (status.ok()) {
      const int64_t output_rows = summary->model == kSupervised ? summary->nlabels : -1;
      status = WalkMatrix(quantized_input && quantized_output, "output matrix", summary->dim,
                          output_rows);
    }
    summary->quantized = quantized_input;
    return status;
  }

 private:
  template <typename T>
  bool Read(T* value) {
    if (size_ - pos_ < sizeof(T)) return false;
    std::memcpy(value, data_ + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Skip(int64_t bytes) {
    if (bytes < 0 || static_cast<uint64_t>(bytes) > size_ - pos_) return false;
    pos_ += bytes;
    return true;
  }
  Status Truncated(const std::string& part) const {
    return Status::Corruption(path_ + ": truncated fastText model (the " + part + " at byte " +
                              std::to_string(pos_) + " runs past the end of the " +
                              std::to_string(size_) + "-byte file)");
  }
  Status Bad(const std::string& what) const {
    return Status::Corruption(path_ + ": corrupt fastText model: " + what);
  }

  Status WalkArgs(FastTextModelFile::Summary* summary) {
    // dim ws epoch minCount neg wordNgrams loss model bucket minn maxn lrUpdateRate
    int32_t ints[12];
    double sampling = 0;
    for (int32_t& value : ints) {
      if (!Read(&value)) return Truncated("arguments");
    }
    if (!Read(&sampling)) return Truncated("arguments");
    summary->dim = ints[0];
    summary->model = ints[7];
    bucket_ = ints[8];
    if (ints[0] <= 0 || ints[0] > kMaxDim) return Bad("dimension " + std::to_string(ints[0]));
    if (ints[7] < 1 || ints[7] > 3) return Bad("model type " + std::to_string(ints[7]));
    if (ints[8] < 0) return Bad("bucket count " + std::to_string(ints[8]));
    return Status::OK();
  }

  Status WalkDictionary(FastTextModelFile::Summary* summary) {
    int32_t entries = 0, nwords = 0, nlabels = 0;
    int64_t ntokens = 0, pruned = 0;
    if (!Read(&entries) || !Read(&nwords) || !Read(&nlabels) || !Read(&ntokens) || !Read(&pruned)) {
      return Truncated("dictionary header");
    }
    if (entries < 0 || entries > kMaxVocabulary || nwords < 0 || nlabels < 0 ||
        static_cast<int64_t>(nwords) + nlabels != entries) {
      return Bad("dictionary sizes " + std::to_string(entries) + " = " + std::to_string(nwords) +
                 " words + " + std::to_string(nlabels) + " labels");
    }
    for (int32_t i = 0; i < entries; ++i) {
      const void* end = memchr(data_ + pos_, '\0', std::min(size_ - pos_, kMaxWordBytes));
      if (end == nullptr) return Truncated("dictionary entry " + std::to_string(i));
      pos_ = static_cast<const char*>(end) - data_ + 1;
      int64_t count = 0;
      int8_t type = 0;
      if (!Read(&count) || !Read(&type)) return Truncated("dictionary entry " + std::to_string(i));
      if (type != 0 && type != 1) return Bad("dictionary entry " + std::to_string(i));
    }
    if (pruned > 0 && !Skip(pruned * 2 * static_cast<int64_t>(sizeof(int32_t)))) {
      return Truncated("pruned-index table");
    }
    summary->nwords = nwords;
    summary->nlabels = nlabels;
    return Status::OK();
  }

  // expected_rows < 0: any. Quantized matrices may be pruned, so only dense
  // ones are held to it.
  Status WalkMatrix(bool quantized, const std::string& part, int dim, int64_t expected_rows) {
    return quantized ? WalkQuantMatrix(part) : WalkDenseMatrix(part, dim, expected_rows);
  }

  Status WalkDenseMatrix(const std::string& part, int dim, int64_t expected_rows) {
    int64_t rows = 0, cols = 0;
    if (!Read(&rows) || !Read(&cols)) return Truncated(part);
    if (rows < 0 || cols != dim || (expected_rows >= 0 && rows != expected_rows)) {
      return Bad(part + " is " + std::to_string(rows) + "x" + std::to_string(cols) +
                 " for dimension " + std::to_string(dim));
    }
    if (rows > static_cast<int64_t>(size_) / 4 || !Skip(rows * cols * 4)) return Truncated(part);
    matrix_rows_ = rows;
    return Status::OK();
  }

  Status WalkQuantMatrix(const std::string& part) {
    bool quantized_norms = false;
    int64_t rows = 0, cols = 0;
    int32_t code_bytes = 0;
    if (!Read(&quantized_norms) || !Read(&rows) || !Read(&cols) || !Read(&code_bytes)) {
      return Truncated(part);
    }
    if (rows < 0 || cols <= 0 || code_bytes < 0) return Bad(part + " header");
    matrix_rows_ = rows;
    if (!Skip(code_bytes)) return Truncated(part);
    Status status = WalkQuantizer(part);
    if (status.ok() && quantized_norms) {
      if (!Skip(rows)) return Truncated(part);
      status = WalkQuantizer(part);
    }
    return status;
  }

  Status WalkQuantizer(const std::string& part) {
    int32_t dims[4];  // dim nsubq dsub lastdsub
    for (int32_t& value : dims) {
      if (!Read(&value)) return Truncated(part);
    }
    if (dims[0] <= 0 || dims[0] > kMaxDim) return Bad(part + " quantizer");
    if (!Skip(dims[0] * kCentroidsPerSubquantizer * 4)) return Truncated(part);
    return Status::OK();
  }

  const std::string& path_;
  const char* data_;
  size_t size_;
  size_t pos_ = 0;
  int32_t bucket_ = 0;
  int64_t matrix_rows_ = 0;  // of the matrix walked last
};

}  // namespace

Status FastTextModelFile::Check(const std::string& path, Summary* summary) {
  MappedFile file;
  Status status = file.Open(path);
  if (!status.ok()) return status;
  return LayoutWalker(path, file.data(), file.size()).Walk(summary);
}

Status FastTextModelFile::Load(const std::string& path, std::unique_ptr<fasttext::FastText>* model,
                               Summary* summary) {
  Status status = Check(path, summary);
  if (!status.ok()) return status;
  auto loaded = std::make_unique<fasttext::FastText>();
  try {
    loaded->loadModel(path);
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": fastText cannot load the model: " + e.what());
  }
  *model = std::move(loaded);
  return Status::OK();
}

}  // namespace dupalign

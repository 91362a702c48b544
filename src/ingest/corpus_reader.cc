#include "ingest/corpus_reader.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/document_builder.h"
#include "ingest/jsonl_reader.h"
#include "ingest/utf8_decoder.h"
#include "util/parallel.h"

namespace dupalign {

namespace fs = std::filesystem;

namespace {

// One file to read, or a path that failed before reading (`error` set).
struct Input {
  fs::path path;
  std::string error;
};

std::string ErrorText(const std::error_code& ec) {
  if (ec == std::errc::permission_denied) return "permission denied";
  if (ec == std::errc::no_such_file_or_directory) return "not found";
  return ec.message();
}

// "txt", "html", "md", "jsonl", or "" for other extensions.
std::string FormatOf(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt") return "txt";
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".jsonl") return "jsonl";
  return "";
}

void ListDirectory(const fs::path& dir, std::vector<Input>* inputs) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    inputs->push_back({dir, ErrorText(ec)});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& entry : entries) {
    std::error_code type_ec;
    // Symlinked directories are not followed, so a link loop cannot recurse.
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      ListDirectory(entry.path(), inputs);
    } else if (entry.is_regular_file(type_ec) && !FormatOf(entry.path()).empty()) {
      inputs->push_back({entry.path(), ""});
    }
  }
}

std::vector<Input> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<Input> inputs;
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      inputs.push_back({p, ec && ec != std::errc::no_such_file_or_directory ? ErrorText(ec) : "not found"});
    } else if (fs::is_directory(st)) {
      ListDirectory(p, &inputs);
    } else {
      inputs.push_back({p, ""});
    }
  }
  return inputs;
}

Status TooLarge(uintmax_t size, size_t limit) {
  return Status::InvalidArgument("too large (" + std::to_string(size) + " bytes, limit " +
                                 std::to_string(limit) + ")");
}

Status ReadBytes(const fs::path& path, size_t limit, std::string* bytes) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::IOError(ErrorText(ec));
  if (size > limit) return TooLarge(size, limit);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(errno == EACCES ? "permission denied" : std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError("read error");
  *bytes = std::move(buffer).str();
  if (bytes->empty()) return Status::InvalidArgument("empty");
  return Status::OK();
}

Document NewDocument(const Input& input) {
  Document doc;
  doc.path = input.path.string();
  doc.id = input.path.stem().string();
  std::string format = FormatOf(input.path);
  doc.format = format.empty() ? "txt" : format;
  return doc;
}

// A document whose decoded content still has to go through the builder.
struct PendingBuild {
  size_t doc;
  std::string content;
};

void ReadJsonl(const Input& input, const std::string& bytes, const IngestOptions& options,
               std::vector<Document>* docs, std::vector<PendingBuild>* pending) {
  Document file_doc = NewDocument(input);
  std::string content;
  Status s = Utf8Decoder::Decode(bytes, &content, /*validate=*/false);
  std::vector<JsonlRecord> records;
  if (s.ok()) {
    records = JsonlReader::Parse(content, Utf8Decoder::Utf8BomLength(bytes), options.threads);
  }
  if (!s.ok() || records.empty()) {
    file_doc.status = s.ok() ? "empty (no JSONL records)" : s.message();
    docs->push_back(std::move(file_doc));
    return;
  }
  for (JsonlRecord& rec : records) {
    Document doc = file_doc;
    doc.path += ":" + std::to_string(rec.line);
    doc.id = rec.id.empty() ? file_doc.id + "-" + std::to_string(rec.line) : rec.id;
    doc.status = rec.status;
    doc.declared_lang = rec.lang;
    doc.url = rec.url;
    doc.published = rec.date;
    doc.title = rec.title;
    if (doc.ok() && rec.text.size() > options.max_document_bytes) {
      doc.status = "line " + std::to_string(rec.line) + ": " +
                   TooLarge(rec.text.size(), options.max_document_bytes).message();
    }
    if (doc.ok()) pending->push_back({docs->size(), std::move(rec.text)});
    docs->push_back(std::move(doc));
  }
}

void ReadInput(const Input& input, const IngestOptions& options, std::vector<Document>* docs,
               std::vector<PendingBuild>* pending) {
  Document doc = NewDocument(input);
  std::string bytes;
  const bool jsonl = doc.format == "jsonl";
  const size_t limit = jsonl ? options.max_jsonl_file_bytes : options.max_document_bytes;
  Status s = input.error.empty() ? ReadBytes(input.path, limit, &bytes)
                                 : Status::IOError(input.error);
  if (s.ok() && jsonl) {
    ReadJsonl(input, bytes, options, docs, pending);
    return;
  }
  std::string content;
  if (s.ok()) s = Utf8Decoder::Decode(bytes, &content);
  if (s.ok()) {
    pending->push_back({docs->size(), std::move(content)});
  } else {
    doc.status = s.message();
  }
  docs->push_back(std::move(doc));
}

// Later duplicates get "~2", "~3", ... so every id is unique.
void MakeIdsUnique(std::vector<Document>* docs) {
  std::set<std::string> used;
  for (Document& doc : *docs) {
    if (used.count(doc.id) > 0) {
      std::string base = doc.id;
      int n = 2;
      while (used.count(base + "~" + std::to_string(n)) > 0) ++n;
      doc.id = base + "~" + std::to_string(n);
      spdlog::warn("{}: duplicate document id '{}', renamed to '{}'", doc.path, base, doc.id);
    }
    used.insert(doc.id);
  }
}

}  // namespace

Status ReadCorpus(const std::vector<std::string>& paths, const IngestOptions& options,
                  std::vector<Document>* docs) {
  if (paths.empty()) return Status::InvalidArgument("no input paths given");
  docs->clear();
  std::vector<PendingBuild> pending;
  for (const Input& input : ExpandPaths(paths)) ReadInput(input, options, docs, &pending);
  const DocumentBuilder builder(options.keep_furniture);
  ParallelFor(pending.size(), options.threads, [&](size_t i) {
    builder.Build(std::move(pending[i].content), &(*docs)[pending[i].doc]);
  });
  MakeIdsUnique(docs);
  for (size_t i = 0; i < docs->size(); ++i) {
    Document& doc = (*docs)[i];
    doc.input_index = i;
    if (!doc.ok()) spdlog::warn("{}: {}", doc.path, doc.status);
  }
  return Status::OK();
}

}  // namespace dupalign

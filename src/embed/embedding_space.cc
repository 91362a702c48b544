#include "embed/embedding_space.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/map_lookup.h"

namespace dupalign {
namespace {

constexpr char kAnyLanguage[] = "*";

struct ParsedSpec {
  std::map<std::string, std::string> models;  // lang -> path
  std::map<std::string, std::string> maps;    // lang -> path
  std::map<std::string, std::string> lexicons;  // lang -> path
  std::vector<std::string> order;             // languages in spec order
};

Status ParseSpec(const std::string& spec, ParsedSpec* parsed) {
  std::istringstream items(spec);
  std::string item;
  while (std::getline(items, item, ',')) {
    if (item.empty()) continue;
    size_t eq = item.find('=');
    std::string key = eq == std::string::npos ? kAnyLanguage : item.substr(0, eq);
    std::string value = eq == std::string::npos ? item : item.substr(eq + 1);
    if (key.empty() || value.empty()) {
      return Status::InvalidArgument("model spec \"" + spec + "\": empty key or path in \"" + item +
                                     "\"");
    }
    const size_t colon = key.find(':');
    if (colon != std::string::npos) {
      const std::string option = key.substr(colon + 1);
      if (option != "map" && option != "lexicon") {
        return Status::InvalidArgument("model spec \"" + spec + "\": unknown option \"" + key +
                                       "\" (only LANG:map=PATH and LANG:lexicon=PATH)");
      }
      (option == "map" ? parsed->maps : parsed->lexicons)[key.substr(0, colon)] = value;
      continue;
    }
    if (parsed->models.count(key)) {
      return Status::InvalidArgument("model spec \"" + spec + "\": two models for " + key);
    }
    parsed->models[key] = value;
    parsed->order.push_back(key);
  }
  if (parsed->models.empty()) {
    return Status::InvalidArgument("model spec \"" + spec + "\" names no model");
  }
  return Status::OK();
}

Status LoadMap(const std::string& path, Eigen::MatrixXf* map) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open map file");
  std::vector<std::vector<float>> rows;
  std::string line;
  for (int64_t number = 1; std::getline(in, line); ++number) {
    std::istringstream fields(line);
    std::string token;
    std::vector<float> row;
    while (fields >> token && token[0] != '#') {
      float value = 0;
      auto result = std::from_chars(token.data(), token.data() + token.size(), value);
      if (result.ec != std::errc() || result.ptr != token.data() + token.size()) {
        return Status::Corruption(path + ":" + std::to_string(number) + ": not a number: \"" +
                                  token.substr(0, 40) + "\"");
      }
      row.push_back(value);
    }
    if (row.empty()) continue;
    if (!rows.empty() && row.size() != rows[0].size()) {
      return Status::Corruption(path + ":" + std::to_string(number) + ": row has " +
                                std::to_string(row.size()) + " values, the first row " +
                                std::to_string(rows[0].size()));
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return Status::Corruption(path + ": empty map file");
  map->resize(rows.size(), rows[0].size());
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < rows[r].size(); ++c) (*map)(r, c) = rows[r][c];
  }
  return Status::OK();
}

}  // namespace

Status EmbeddingSpace::Load(const std::string& spec, const ModelLoadOptions& options,
                            std::unique_ptr<EmbeddingSpace>* space) {
  ParsedSpec parsed;
  Status status = ParseSpec(spec, &parsed);
  if (!status.ok()) return status;
  std::unique_ptr<EmbeddingSpace> loaded(new EmbeddingSpace());
  for (const std::string& lang : parsed.order) {
    status = loaded->LoadModel(parsed.models[lang], options);
    if (!status.ok()) return status;
  }
  for (const auto& [lang, map_path] : parsed.maps) {
    if (!parsed.models.count(lang) && !parsed.models.count(kAnyLanguage)) {
      return Status::InvalidArgument("model spec \"" + spec + "\": a map for " + lang +
                                     " but no model for it");
    }
  }
  for (const std::string& lang : parsed.order) {
    status = loaded->BuildEntry(lang, parsed.models[lang], parsed.maps[lang]);
    if (!status.ok()) return status;
  }
  // A map for a language that uses the catch-all model gives it its own entry.
  for (const auto& [lang, map_path] : parsed.maps) {
    if (parsed.models.count(lang)) continue;
    status = loaded->BuildEntry(lang, parsed.models[kAnyLanguage], map_path);
    if (!status.ok()) return status;
  }
  for (const auto& [lang, path] : parsed.lexicons) {
    if (!parsed.models.count(lang) && !parsed.models.count(kAnyLanguage)) {
      return Status::InvalidArgument("model spec \"" + spec + "\": a lexicon for " + lang +
                                     " but no model for it");
    }
    status = Lexicon::Load(path, lang, &loaded->lexicons_[lang]);
    if (!status.ok()) return status;
  }
  for (const std::string& path : loaded->model_order_) {
    status = loaded->LoadSidecarLexicons(path);
    if (!status.ok()) return status;
  }
  *space = std::move(loaded);
  return Status::OK();
}

Status EmbeddingSpace::LoadModel(const std::string& path, const ModelLoadOptions& options) {
  if (models_.count(path)) return Status::OK();
  LoadedModel loaded;
  Status status = EmbeddingModel::Load(path, options, &loaded.model);
  if (!status.ok()) return status;
  EmbeddingStats stats;
  status = EmbeddingStats::Load(path + ".stats", loaded.model->dim(), &stats);
  if (status.ok()) {
    loaded.stats = std::move(stats);
  } else if (status.code() != Status::Code::kNotFound) {
    return status;
  }
  models_[path] = std::move(loaded);
  model_order_.push_back(path);
  return Status::OK();
}

Status EmbeddingSpace::BuildEntry(const std::string& lang, const std::string& model_path,
                                  const std::string& map_path) {
  const LoadedModel& loaded = models_.at(model_path);
  Entry entry;
  entry.model_path = model_path;
  entry.model = loaded.model.get();
  int out_dim = entry.model->dim();
  if (!map_path.empty()) {
    Eigen::MatrixXf map;
    Status status = LoadMap(map_path, &map);
    if (!status.ok()) return status;
    if (map.cols() != entry.model->dim()) {
      return Status::InvalidArgument(map_path + ": map has " + std::to_string(map.cols()) +
                                     " columns but " + model_path + " has dimension " +
                                     std::to_string(entry.model->dim()));
    }
    out_dim = static_cast<int>(map.rows());
    entry.map = &(maps_[lang] = std::move(map));
  }
  if (dim_ != 0 && out_dim != dim_) {
    return Status::InvalidArgument(model_path + ": vectors for " + lang + " have dimension " +
                                   std::to_string(out_dim) + ", other languages " +
                                   std::to_string(dim_) + " (give a map with LANG:map=PATH)");
  }
  dim_ = out_dim;
  if (loaded.stats) entry.stats = &*loaded.stats;
  entries_[lang] = entry;
  return Status::OK();
}

Status EmbeddingSpace::LoadSidecarLexicons(const std::string& model_path) {
  namespace fs = std::filesystem;
  const fs::path model(model_path);
  const std::string prefix = model.filename().string() + ".lexicon.";
  std::error_code error;
  fs::directory_iterator files(model.has_parent_path() ? model.parent_path() : fs::path("."), error);
  if (error) return Status::OK();
  std::vector<fs::path> sidecars;
  for (const fs::directory_entry& file : files) {
    if (file.path().filename().string().starts_with(prefix)) sidecars.push_back(file.path());
  }
  std::sort(sidecars.begin(), sidecars.end());
  for (const fs::path& sidecar : sidecars) {
    const std::string lang = sidecar.filename().string().substr(prefix.size());
    const Entry* entry = ForLanguage(lang);
    if (lang.empty() || lexicons_.count(lang) || entry == nullptr ||
        entry->model_path != model_path) {
      continue;
    }
    Status status = Lexicon::Load(sidecar.string(), lang, &lexicons_[lang]);
    if (!status.ok()) return status;
  }
  return Status::OK();
}

const Lexicon* EmbeddingSpace::LexiconFor(const std::string& lang) const {
  return FindOrNull(lexicons_, lang);
}

std::vector<std::string> EmbeddingSpace::LexiconLanguages() const { return KeysOf(lexicons_); }

const EmbeddingSpace::Entry* EmbeddingSpace::ForLanguage(const std::string& lang) const {
  auto it = entries_.find(lang);
  if (it == entries_.end()) it = entries_.find(kAnyLanguage);
  if (it == entries_.end()) return nullptr;
  return &it->second;
}

std::vector<std::string> EmbeddingSpace::languages() const {
  std::vector<std::string> langs;
  for (const auto& entry : entries_) langs.push_back(entry.first);
  return langs;
}

std::vector<const EmbeddingModel*> EmbeddingSpace::models() const {
  std::vector<const EmbeddingModel*> models;
  for (const std::string& path : model_order_) models.push_back(models_.at(path).model.get());
  return models;
}

}  // namespace dupalign

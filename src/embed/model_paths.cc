#include "embed/model_paths.h"

#include <filesystem>

namespace dupalign {
namespace {

std::string ResolveModel(const std::string& name) {
  const std::filesystem::path local = std::filesystem::path("models") / name;
  std::error_code error;
  if (std::filesystem::exists(local, error)) return local.string();
  return (std::filesystem::path(DUPALIGN_SOURCE_DIR) / "models" / name).string();
}

}  // namespace

std::string DefaultEmbeddingModelPath() { return ResolveModel("dupalign-embed.bin"); }

std::string DefaultLidModelPath() { return ResolveModel("dupalign-lid.ftz"); }

}  // namespace dupalign

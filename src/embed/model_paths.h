// Where the default models live. The CLI and the pipeline call these when the
// user gives no --model / --lid-model, so every entry point resolves the
// defaults the same way: models/<name> under the current directory first (a
// checkout or an unpacked release), then the source tree the binary was built
// from.
#ifndef DUPALIGN_EMBED_MODEL_PATHS_H_
#define DUPALIGN_EMBED_MODEL_PATHS_H_

#include <string>

namespace dupalign {

// "models/dupalign-embed.bin" if it exists under the current directory, else
// the same file under DUPALIGN_SOURCE_DIR (returned even when missing, so the
// error that follows names a meaningful path).
std::string DefaultEmbeddingModelPath();

// The language identifier, "models/dupalign-lid.ftz", resolved the same way.
std::string DefaultLidModelPath();

}  // namespace dupalign

#endif  // DUPALIGN_EMBED_MODEL_PATHS_H_

#include "tools/commands.h"

namespace dupalign {

void AddAnalyzeCommand(CLI::App& app, int* exit_code) {
  app.add_subcommand("analyze", "Analyse a corpus (not yet wired)");
}

}  // namespace dupalign

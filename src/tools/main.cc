// dupalign: finds duplicates and translations in a multilingual corpus,
// aligns them and reports what it found. Subcommands live in src/tools.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>

#include "tools/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dupalign: duplicates, translations and alignments in a multilingual corpus"};
  app.set_version_flag("--version", std::string(DUPALIGN_VERSION));
  app.require_subcommand(1);
  int exit_code = 0;
  dupalign::AddAnalyzeCommand(app, &exit_code);
  dupalign::AddAlignCommand(app, &exit_code);
  dupalign::AddTokenizeCommand(app, &exit_code);
  dupalign::AddEmbedCommand(app, &exit_code);
  dupalign::AddModelCommand(app, &exit_code);
  dupalign::AddReportCommand(app, &exit_code);
  spdlog::set_default_logger(spdlog::stderr_color_st("dupalign"));
  spdlog::set_pattern("dupalign: %l: %v");
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}

// The subcommands of the dupalign tool. main.cc registers each on the CLI11
// app; a command's callback stores its process exit code in *exit_code.
#ifndef DUPALIGN_TOOLS_COMMANDS_H_
#define DUPALIGN_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "dupalign/status.h"

namespace dupalign {

void AddAnalyzeCommand(CLI::App& app, int* exit_code);
void AddAlignCommand(CLI::App& app, int* exit_code);
void AddTokenizeCommand(CLI::App& app, int* exit_code);
void AddEmbedCommand(CLI::App& app, int* exit_code);
void AddModelCommand(CLI::App& app, int* exit_code);
void AddReportCommand(CLI::App& app, int* exit_code);

struct Analysis;
// report.md and report.html of an analysis, into an existing directory.
Status WriteHumanReports(const Analysis& analysis, const std::string& dir);

}  // namespace dupalign

#endif  // DUPALIGN_TOOLS_COMMANDS_H_

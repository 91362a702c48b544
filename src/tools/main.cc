// dupalign: finds duplicates and translations in a multilingual corpus,
// aligns them and reports what it found. Subcommands live in src/tools.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "tools/commands.h"

namespace {

// A run allocates and frees per-document matrices millions of times. By
// default glibc hands freed memory at the top of the heap back to the kernel
// once 128 KB are free there and maps every block above a threshold it
// keeps adjusting, so the same pages are unmapped and faulted in again,
// zeroed each time. Keeping freed memory for reuse made runs about a tenth
// cheaper in processor time (bench/compare.sh, 3k documents).
void KeepFreedMemoryForReuse() {
#if defined(__GLIBC__)
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  KeepFreedMemoryForReuse();
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

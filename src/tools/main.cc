// dupalign: finds duplicates and translations in a multilingual corpus,
// aligns them and reports what it found. Subcommands live in src/tools.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
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

// glibc puts its heaps on transparent huge pages only when the environment
// asks, before the process starts (there is no mallopt for it), so dupalign
// restarts itself once with that setting added. Huge pages cut page faults
// and TLB misses: a 100k-document run took 153 s, against 188 s for the run
// right after it without them, with half the system time.
// DUPALIGN_HUGE_PAGES=0 turns this off; where the kernel has transparent
// huge pages disabled, the setting does nothing.
void RestartWithHugePages(char** argv) {
#if defined(__GLIBC__)
  constexpr char kSetting[] = "glibc.malloc.hugetlb=1";
  const char* opt_out = std::getenv("DUPALIGN_HUGE_PAGES");
  if (opt_out != nullptr && std::strcmp(opt_out, "0") == 0) return;
  const char* found = std::getenv("GLIBC_TUNABLES");
  // A copy: setenv may replace the string getenv pointed to.
  const std::string tunables = found == nullptr ? "" : found;
  if (tunables.find("glibc.malloc.hugetlb") != std::string::npos) return;
  const std::string value = tunables.empty() ? kSetting : tunables + ":" + kSetting;
  if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  // execv failed: carry on without huge pages, environment as it was.
  if (found == nullptr) {
    unsetenv("GLIBC_TUNABLES");
  } else {
    setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
  }
#else
  (void)argv;
#endif
}

}  // namespace

int main(int argc, char** argv) {
  RestartWithHugePages(argv);
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

// `dupalign report --from DIR [--out DIR2]`: rebuilds the human reports
// (report.md, report.html) from DIR/analysis.json, written by `analyze`,
// without models and without recomputing anything.
#include <iostream>

#include "pipeline/analysis.h"
#include "report/analysis_archive.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "tools/commands.h"
#include "util/file_util.h"

namespace dupalign {
namespace {

int RunReport(const std::string& from, std::string out) {
  if (out.empty()) out = from;
  const std::string path = from + "/analysis.json";
  std::string text;
  Analysis analysis;
  Status s = ReadWholeFile(path, &text);
  if (s.ok()) s = DeserializeAnalysis(text, path, &analysis);
  if (s.ok()) s = EnsureDirectory(out);
  if (s.ok()) s = WriteHumanReports(analysis, out);
  if (!s.ok()) {
    std::cerr << "dupalign report: " << s.ToString() << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

Status WriteHumanReports(const Analysis& analysis, const std::string& dir) {
  Status s = WriteFileAtomically(dir + "/report.md", MarkdownReport(analysis));
  if (s.ok()) s = WriteFileAtomically(dir + "/report.html", HtmlReport(analysis));
  return s;
}

void AddReportCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("report", "Rebuild report.md and report.html from analyze's files");
  auto from = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  cmd->add_option("--from", *from, "Output directory of a previous analyze run")->required();
  cmd->add_option("--out", *out, "Where to write the reports (default: the --from directory)");
  cmd->callback([from, out, exit_code] { *exit_code = RunReport(*from, *out); });
}

}  // namespace dupalign

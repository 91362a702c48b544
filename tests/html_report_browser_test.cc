// End-to-end in a real browser: renders the seeds' report.html with headless
// Chromium, to a PNG and to its DOM, and checks that the page loaded and drew
// the side-by-side view, the highlighted gaps and the heatmap. Skips with a
// message where Chromium is not installed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string FindChromium() {
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (fs::exists(candidate)) return candidate;
  }
  return "";
}

class HtmlReportBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindChromium();
    if (chromium_.empty()) GTEST_SKIP() << "Chromium not installed (apt-get install chromium)";
    dir_ = fs::temp_directory_path() / ("dupalign_browser_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "profile");
    const std::string analyze = std::string(DUPALIGN_BINARY) + " analyze " + DUPALIGN_SOURCE_DIR +
                                "/seeds --out " + (dir_ / "out").string() + " --quiet";
    ASSERT_EQ(std::system(analyze.c_str()), 0);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  std::string Chromium(const std::string& action, const fs::path& log) {
    return chromium_ +
           " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
           " --disable-component-update --disable-sync --disable-quic --enable-logging=stderr"
           " --user-data-dir=" + (dir_ / "profile").string() + " " + action + " file://" +
           (dir_ / "out" / "report.html").string() + " > " + (dir_ / "dom.html").string() +
           " 2> " + log.string();
  }

  std::string chromium_;
  fs::path dir_;
};

TEST_F(HtmlReportBrowserTest, RendersClusterSideBySideWithGapsAndHeatmap) {
  const fs::path png = dir_ / "report.png";
  ASSERT_EQ(std::system(Chromium("--window-size=1400,2400 --screenshot=" + png.string(),
                                 dir_ / "screenshot.log").c_str()), 0)
      << ReadFile(dir_ / "screenshot.log");
  ASSERT_TRUE(fs::exists(png)) << ReadFile(dir_ / "screenshot.log");
  const std::string image = ReadFile(png);
  EXPECT_EQ(image.substr(1, 3), "PNG");
  EXPECT_GT(image.size(), 20000u) << "a blank page compresses to a few KB";

  ASSERT_EQ(std::system(Chromium("--dump-dom", dir_ / "dom.log").c_str()), 0);
  const std::string dom = ReadFile(dir_ / "dom.html");
  EXPECT_NE(dom.find("id=\"heatmap\""), std::string::npos);
  EXPECT_NE(dom.find("class=\"cluster-outline\""), std::string::npos);
  EXPECT_NE(dom.find("class=\"pair\""), std::string::npos);
  EXPECT_NE(dom.find("class=\"gap\""), std::string::npos);
  EXPECT_NE(dom.find("002_01c3f9666bdd31b4"), std::string::npos);
  EXPECT_NE(dom.find("004_ad59d5326f574b50"), std::string::npos);
  const std::string log = ReadFile(dir_ / "dom.log") + ReadFile(dir_ / "screenshot.log");
  EXPECT_EQ(log.find("Uncaught"), std::string::npos) << log;
  EXPECT_EQ(log.find(":ERROR:CONSOLE"), std::string::npos) << log;
}

}  // namespace

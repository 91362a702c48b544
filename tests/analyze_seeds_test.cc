// End-to-end: runs the built dupalign binary on the seed corpus and checks
// the output contract and the known facts about the seeds.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<json> ReadJsonl(const fs::path& path) {
  std::vector<json> rows;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) rows.push_back(json::parse(line));
  }
  return rows;
}

class AnalyzeSeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    seeds_ = fs::path(DUPALIGN_SOURCE_DIR) / "seeds";
    // ctest runs each test in its own process, in parallel: one directory each.
    out_ = fs::temp_directory_path() / ("dupalign_e2e_seeds_" + std::to_string(::getpid()));
    fs::remove_all(out_);
    exit_code_ = Run(out_ / "run1");
    second_exit_code_ = Run(out_ / "run2", " --threads 2");
  }
  static void TearDownTestSuite() { fs::remove_all(out_); }

  static int Run(const fs::path& dir, const std::string& extra = "") {
    const std::string command = std::string(DUPALIGN_BINARY) + " analyze " + seeds_.string() +
                                " --out " + dir.string() + " --quiet" + extra;
    return std::system(command.c_str());
  }

  std::map<std::string, json> DocumentsById() {
    std::map<std::string, json> byId;
    for (const json& doc : ReadJsonl(out_ / "run1" / "documents.jsonl")) {
      byId[doc["id"].get<std::string>().substr(0, 3)] = doc;
    }
    return byId;
  }

  static fs::path seeds_, out_;
  static int exit_code_, second_exit_code_;
};

fs::path AnalyzeSeedsTest::seeds_;
fs::path AnalyzeSeedsTest::out_;
int AnalyzeSeedsTest::exit_code_ = -1;
int AnalyzeSeedsTest::second_exit_code_ = -1;

TEST_F(AnalyzeSeedsTest, RunSucceedsAndWritesTheContractFiles) {
  ASSERT_EQ(exit_code_, 0);
  for (const char* name : {"documents.jsonl", "clusters.jsonl", "report.md"}) {
    EXPECT_TRUE(fs::exists(out_ / "run1" / name)) << name;
  }
}

TEST_F(AnalyzeSeedsTest, EveryDocumentInInputOrderWithItsLanguage) {
  ASSERT_EQ(exit_code_, 0);
  const auto docs = ReadJsonl(out_ / "run1" / "documents.jsonl");
  ASSERT_EQ(docs.size(), 5u);
  const std::vector<std::string> langs = {"vi", "vi", "sv", "vi", "id"};
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(docs[i]["id"].get<std::string>().substr(0, 3), "00" + std::to_string(i));
    EXPECT_EQ(docs[i]["lang"], langs[i]) << docs[i]["id"];
    EXPECT_EQ(docs[i]["status"], "ok");
    for (const char* key : {"path", "cluster", "title", "dates"}) EXPECT_TRUE(docs[i].contains(key));
  }
}

TEST_F(AnalyzeSeedsTest, SameMeetingClustersAndOtherEventsStayApart) {
  ASSERT_EQ(exit_code_, 0);
  auto docs = DocumentsById();
  const std::string meeting = docs["002"]["cluster"];
  EXPECT_EQ(docs["004"]["cluster"], meeting);
  for (const char* other : {"000", "001", "003"}) {
    EXPECT_NE(docs[other]["cluster"], meeting) << other;
  }
  EXPECT_NE(docs["000"]["cluster"], docs["001"]["cluster"]);
  EXPECT_NE(docs["000"]["cluster"], docs["003"]["cluster"]);
  EXPECT_NE(docs["001"]["cluster"], docs["003"]["cluster"]);
}

TEST_F(AnalyzeSeedsTest, MeetingClusterNamesATranslationWithEvidence) {
  ASSERT_EQ(exit_code_, 0);
  const std::string meeting = DocumentsById()["002"]["cluster"];
  bool found = false;
  for (const json& cluster : ReadJsonl(out_ / "run1" / "clusters.jsonl")) {
    if (cluster["cluster"] != meeting) continue;
    found = true;
    EXPECT_EQ(cluster["languages"], json({"id", "sv"}));
    EXPECT_EQ(cluster["event_date"], "2025-11-14");
    ASSERT_EQ(cluster["members"].size(), 2u);
    EXPECT_EQ(cluster["members"][0]["relation"], "representative");
    EXPECT_EQ(cluster["members"][1]["relation"], "translation");
    EXPECT_FALSE(cluster["members"][1]["evidence"]["shared_urls"].empty());
  }
  EXPECT_TRUE(found);
}

TEST_F(AnalyzeSeedsTest, ReportAuditsWhatEachVersionLacks) {
  ASSERT_EQ(exit_code_, 0);
  const std::string report = ReadFile(out_ / "run1" / "report.md");
  EXPECT_NE(report.find("Aligned summary"), std::string::npos);
  EXPECT_NE(report.find("Coverage audit"), std::string::npos);
  // 002's title has no Indonesian counterpart; 002 carries a Vietnamese caption.
  const size_t only_in_002 = report.find("- Only in 002");
  ASSERT_NE(only_in_002, std::string::npos);
  const std::string audit = report.substr(only_in_002, report.find("- Only in 004") - only_in_002);
  EXPECT_NE(audit.find("Minister Dao Hong Lan höll bilaterala samtal"), std::string::npos) << audit;
  EXPECT_NE(audit.find("Ảnh 1"), std::string::npos) << audit;
}

// The second run uses two threads: output must not depend on the schedule.
TEST_F(AnalyzeSeedsTest, TwoRunsAreByteIdentical) {
  ASSERT_EQ(exit_code_, 0);
  ASSERT_EQ(second_exit_code_, 0);
  for (const char* name : {"documents.jsonl", "clusters.jsonl", "report.md", "report.html"}) {
    EXPECT_EQ(ReadFile(out_ / "run1" / name), ReadFile(out_ / "run2" / name)) << name;
  }
}

TEST_F(AnalyzeSeedsTest, ReportFromMachineFilesIsByteIdentical) {
  ASSERT_EQ(exit_code_, 0);
  const fs::path rebuilt = out_ / "rebuilt";
  const std::string command = std::string(DUPALIGN_BINARY) + " report --from " +
                              (out_ / "run1").string() + " --out " + rebuilt.string();
  ASSERT_EQ(std::system(command.c_str()), 0);
  for (const char* name : {"report.md", "report.html"}) {
    EXPECT_EQ(ReadFile(out_ / "run1" / name), ReadFile(rebuilt / name)) << name;
  }
}

TEST_F(AnalyzeSeedsTest, ReportFromCorruptArchiveNamesTheFile) {
  const fs::path dir = out_ / "corrupt";
  fs::create_directories(dir);
  std::ofstream(dir / "analysis.json") << "{\"format_version\": 1, \"documents\": [";
  const std::string command = std::string(DUPALIGN_BINARY) + " report --from " + dir.string() +
                              " 2>" + (dir / "stderr.txt").string();
  EXPECT_NE(std::system(command.c_str()), 0);
  const std::string error = ReadFile(dir / "stderr.txt");
  EXPECT_NE(error.find("analysis.json"), std::string::npos) << error;
  EXPECT_FALSE(fs::exists(dir / "report.md"));
}

TEST_F(AnalyzeSeedsTest, MissingInputFailsWithOneLineReason) {
  const fs::path dir = out_ / "missing";
  const std::string command = std::string(DUPALIGN_BINARY) + " analyze " +
                              (out_ / "does-not-exist").string() + " --out " + dir.string() +
                              " --quiet 2>" + (out_ / "stderr.txt").string();
  EXPECT_NE(std::system(command.c_str()), 0);
  EXPECT_NE(ReadFile(out_ / "stderr.txt").find("does-not-exist"), std::string::npos);
}

}  // namespace

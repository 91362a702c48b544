#include "align/alignment_writer.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dupalign {
namespace {

std::vector<AlignmentBead> SampleBeads() {
  return {AlignmentBead{{0}, {0}, 0.123456, 0.9}, AlignmentBead{{1, 2}, {1}, 0.2, 0.7},
          AlignmentBead{{}, {2}, 0.0, 0.0}, AlignmentBead{{3}, {}, 0.0, 0.0},
          AlignmentBead{{4}, {3, 4}, 0.3333333, 0.5}};
}

const std::vector<std::string> kSource = {"Xin chào.", "Hôm nay & ngày mai", "<b>đẹp</b>",
                                          "Chỉ có tiếng Việt.", "Câu \"cuối\"\tcùng."};
const std::vector<std::string> kTarget = {"Hello.", "Today & tomorrow <b>fine</b>",
                                          "Only English.", "Last", "sentence's end."};

std::string WriteOrDie(AlignmentFormat format, const std::vector<AlignmentBead>& beads) {
  std::ostringstream out;
  Status status = AlignmentWriter(format, "vi", "en").Write(beads, kSource, kTarget, &out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

TEST(AlignmentWriterTest, VecalignMatchesVecalignOutput) {
  EXPECT_EQ(WriteOrDie(AlignmentFormat::kVecalign, SampleBeads()),
            "[0]:[0]:0.123456\n"
            "[1, 2]:[1]:0.200000\n"
            "[]:[2]:0.000000\n"
            "[3]:[]:0.000000\n"
            "[4]:[3, 4]:0.333333\n");
}

TEST(AlignmentWriterTest, VecalignNeedsNoTexts) {
  std::ostringstream out;
  ASSERT_TRUE(AlignmentWriter(AlignmentFormat::kVecalign, "vi", "en")
                  .Write(SampleBeads(), {}, {}, &out)
                  .ok());
  EXPECT_EQ(out.str().substr(0, 17), "[0]:[0]:0.123456\n");
}

TEST(AlignmentWriterTest, LadderListsRungsEndingAtDocumentEnds) {
  EXPECT_EQ(WriteOrDie(AlignmentFormat::kLadder, SampleBeads()),
            "0\t0\t0.900000\n"
            "1\t1\t0.700000\n"
            "3\t2\t0.000000\n"
            "3\t3\t0.000000\n"
            "4\t3\t0.500000\n"
            "5\t5\t0.000000\n");
}

TEST(AlignmentWriterTest, TsvJoinsMergedSentencesAndFlattensTabs) {
  std::string tsv = WriteOrDie(AlignmentFormat::kTsv, SampleBeads());
  std::istringstream lines(tsv);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line)) rows.push_back(line);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[1], "Hôm nay & ngày mai <b>đẹp</b>\tToday & tomorrow <b>fine</b>\t0.200000");
  EXPECT_EQ(rows[2], "\tOnly English.\t0.000000");
  EXPECT_EQ(rows[4], "Câu \"cuối\" cùng.\tLast sentence's end.\t0.333333");
}

TEST(AlignmentWriterTest, TmxEscapesAndSkipsGaps) {
  std::string tmx = WriteOrDie(AlignmentFormat::kTmx, SampleBeads());
  EXPECT_NE(tmx.find("creationtool=\"dupalign\""), std::string::npos);
  EXPECT_NE(tmx.find("srclang=\"vi\""), std::string::npos);
  EXPECT_NE(tmx.find("<tuv xml:lang=\"en\"><seg>Today &amp; tomorrow &lt;b&gt;fine&lt;/b&gt;"),
            std::string::npos);
  size_t units = 0;
  for (size_t at = tmx.find("<tu>"); at != std::string::npos; at = tmx.find("<tu>", at + 1)) {
    ++units;
  }
  EXPECT_EQ(units, 3u);
  EXPECT_EQ(tmx.find("Only English"), std::string::npos);
}

TEST(AlignmentWriterTest, TmxIsWellFormedForXmllint) {
  if (std::system("command -v xmllint > /dev/null 2>&1") != 0) {
    GTEST_SKIP() << "xmllint not installed";
  }
  std::vector<std::string> source = kSource;
  source[0] = std::string("control\x01 char & \xC3\xA9");
  std::ostringstream out;
  ASSERT_TRUE(AlignmentWriter(AlignmentFormat::kTmx, "vi", "en")
                  .Write(SampleBeads(), source, kTarget, &out)
                  .ok());
  auto path = std::filesystem::temp_directory_path() /
              ("dupalign_align_" + std::to_string(::getpid()) + ".tmx");
  std::ofstream(path) << out.str();
  std::string command = "xmllint --noout '" + path.string() + "' 2>&1";
  int rc = std::system(command.c_str());
  std::filesystem::remove(path);
  EXPECT_EQ(rc, 0) << out.str();
}

TEST(AlignmentWriterTest, JsonlParsesBack) {
  std::istringstream lines(WriteOrDie(AlignmentFormat::kJsonl, SampleBeads()));
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 5u);
  EXPECT_EQ(objects[1]["source"], nlohmann::json::array({1, 2}));
  EXPECT_EQ(objects[1]["target_text"], "Today & tomorrow <b>fine</b>");
  EXPECT_EQ(objects[1]["source_text"], "Hôm nay & ngày mai <b>đẹp</b>");
  EXPECT_TRUE(objects[2]["source"].empty());
  EXPECT_EQ(objects[2]["source_text"], "");
  EXPECT_DOUBLE_EQ(objects[0]["cost"].get<double>(), 0.123456);
  EXPECT_EQ(objects[0]["source_lang"], "vi");
}

TEST(AlignmentWriterTest, RejectsMissingTextsAndUnknownFormat) {
  std::ostringstream out;
  Status status = AlignmentWriter(AlignmentFormat::kTsv, "vi", "en")
                      .Write(SampleBeads(), {"only one"}, kTarget, &out);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("source sentence 1"), std::string::npos);
  AlignmentFormat format;
  EXPECT_FALSE(ParseAlignmentFormat("csv", &format).ok());
  ASSERT_TRUE(ParseAlignmentFormat("ladder", &format).ok());
  EXPECT_EQ(format, AlignmentFormat::kLadder);
}

}  // namespace
}  // namespace dupalign

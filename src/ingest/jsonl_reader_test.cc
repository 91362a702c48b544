#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(JsonlReaderTest, ReadsFieldsAndSkipsBlankLines) {
  std::vector<JsonlRecord> records = JsonlReader::Parse(
      "{\"id\":\"a\",\"text\":\"Hej\",\"lang\":\"sv\",\"url\":\"https://x.se\",\"date\":\"2025-01-06\","
      "\"title\":\"T\"}\n\n{\"id\":7,\"text\":\"Halo\"}\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].line, 1u);
  EXPECT_EQ(records[0].status, "ok");
  EXPECT_EQ(records[0].id, "a");
  EXPECT_EQ(records[0].text, "Hej");
  EXPECT_EQ(records[0].lang, "sv");
  EXPECT_EQ(records[0].url, "https://x.se");
  EXPECT_EQ(records[0].date, "2025-01-06");
  EXPECT_EQ(records[0].title, "T");
  EXPECT_EQ(records[1].line, 3u);
  EXPECT_EQ(records[1].id, "7");
}

TEST(JsonlReaderTest, BadLinesGetAStatusAndOthersGoOn) {
  std::vector<JsonlRecord> records =
      JsonlReader::Parse("{\"text\": \"ok\"}\n{\"text\": oops}\n[1]\n{\"id\":\"x\"}\n{\"text\":\"last\"}");
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[0].status, "ok");
  EXPECT_EQ(records[1].status.rfind("line 2: invalid JSON: ", 0), 0u) << records[1].status;
  EXPECT_NE(records[1].status.find("parse error"), std::string::npos);
  EXPECT_EQ(records[2].status, "line 3: not a JSON object");
  EXPECT_EQ(records[3].status, "line 4: missing string field \"text\"");
  EXPECT_EQ(records[4].status, "ok");
  EXPECT_EQ(records[4].text, "last");
}

TEST(JsonlReaderTest, InvalidUtf8IsReportedAtItsFileOffset) {
  std::string content = "{\"text\":\"a\"}\n{\"text\":\"\xFF\"}\n";
  std::vector<JsonlRecord> records = JsonlReader::Parse(content, 3);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status, "ok");
  EXPECT_EQ(records[1].status, "line 2: invalid UTF-8 at byte " + std::to_string(3 + content.find('\xFF')));
}

TEST(JsonlReaderTest, ThreadsGiveTheSameRecordsInFileOrder) {
  std::string content;
  for (int i = 0; i < 500; ++i) {
    content += i % 7 == 3 ? "{\"text\": broken}\n" : "{\"id\":" + std::to_string(i) +
                                                         ",\"text\":\"doc " + std::to_string(i) + "\"}\n";
    if (i % 11 == 0) content += "\n";
  }
  const std::vector<JsonlRecord> one = JsonlReader::Parse(content, 0, 1);
  const std::vector<JsonlRecord> two = JsonlReader::Parse(content, 0, 2);
  ASSERT_EQ(one.size(), 500u);
  ASSERT_EQ(two.size(), one.size());
  for (size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(two[i].line, one[i].line);
    EXPECT_EQ(two[i].status, one[i].status);
    EXPECT_EQ(two[i].id, one[i].id);
    EXPECT_EQ(two[i].text, one[i].text);
  }
  EXPECT_EQ(one[499].text, "doc 499");
  // Line 2 is blank, so record 3 (a broken one) is on line 5.
  EXPECT_EQ(one[3].status.rfind("line 5: invalid JSON", 0), 0u) << one[3].status;
}

}  // namespace
}  // namespace dupalign

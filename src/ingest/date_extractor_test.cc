#include "ingest/date_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dupalign {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Isos(const DateExtractor& extractor, std::string_view text, int year = 0) {
  std::vector<std::string> out;
  for (const DateMention& m : extractor.Find(text, year)) out.push_back(m.iso);
  return out;
}

class DateExtractorTest : public ::testing::Test {
 protected:
  DateExtractor extractor_;
};

TEST_F(DateExtractorTest, NumericDatesAreDayMonthYear) {
  EXPECT_THAT(Isos(extractor_, "12/04/2024 | 17:20 PM"), ElementsAre("2024-04-12"));
  EXPECT_THAT(Isos(extractor_, "Ngày 12/4/2024 tại trụ sở"), ElementsAre("2024-04-12"));
  EXPECT_THAT(Isos(extractor_, "Báo Sức khỏe Đời sống14/11/2025"), ElementsAre("2025-11-14"));
  EXPECT_THAT(Isos(extractor_, "den 14.11.2025"), ElementsAre("2025-11-14"));
}

TEST_F(DateExtractorTest, IsoDates) {
  EXPECT_THAT(Isos(extractor_, "Monday 2025-01-06 09:08Chị T."), ElementsAre("2025-01-06"));
  EXPECT_THAT(Isos(extractor_, "2025-11-14T08:30:00+07:00"), ElementsAre("2025-11-14"));
}

TEST_F(DateExtractorTest, YearlessDatesNeedADayCue) {
  EXPECT_THAT(Isos(extractor_, "Ngày 9/5, Hội thảo"), ElementsAre("--05-09"));
  EXPECT_THAT(Isos(extractor_, "Ngày 9/5, Hội thảo", 2024), ElementsAre("2024-05-09"));
  // A bare "3/9" is often a ratio ("đợt xạ trị kỳ thứ 3/9").
  EXPECT_THAT(Isos(extractor_, "kỳ thứ 3/9 tại bệnh viện"), IsEmpty());
}

TEST_F(DateExtractorTest, IgnoresDocumentNumbersAndImpossibleDates) {
  EXPECT_THAT(Isos(extractor_, "Nghị định số 02/2025/NĐ-CP"), IsEmpty());
  EXPECT_THAT(Isos(extractor_, "Thông tư số 57/2024/TT-BYT"), IsEmpty());
  EXPECT_THAT(Isos(extractor_, "31/02/2024 and 29/02/2023"), IsEmpty());
  EXPECT_THAT(Isos(extractor_, "1.200 bisnis, 17:20"), IsEmpty());
}

TEST_F(DateExtractorTest, Vietnamese) {
  EXPECT_THAT(Isos(extractor_, "ngày 14 tháng 11 năm 2025"), ElementsAre("2025-11-14"));
  EXPECT_THAT(Isos(extractor_, "ngày 12 tháng 09 năm 2018 của Bộ"), ElementsAre("2018-09-12"));
  // "tháng 3 năm sau" (March next year) names no day.
  EXPECT_THAT(Isos(extractor_, "vào tháng 3 năm sau"), IsEmpty());
}

TEST_F(DateExtractorTest, Swedish) {
  EXPECT_THAT(Isos(extractor_, "På morgonen den 14 november tog"), ElementsAre("--11-14"));
  EXPECT_THAT(Isos(extractor_, "På morgonen den 14 november tog", 2025), ElementsAre("2025-11-14"));
  EXPECT_THAT(Isos(extractor_, "daterad 9 september 2025 från"), ElementsAre("2025-09-09"));
  EXPECT_THAT(Isos(extractor_, "den 3 dec. 2024"), ElementsAre("2024-12-03"));
}

TEST_F(DateExtractorTest, Indonesian) {
  EXPECT_THAT(Isos(extractor_, "pada tanggal 15 November 2024."), ElementsAre("2024-11-15"));
  EXPECT_THAT(Isos(extractor_, "tanggal 17 Agustus 1945"), ElementsAre("1945-08-17"));
  EXPECT_THAT(Isos(extractor_, "5 Mei 2023"), ElementsAre("2023-05-05"));
}

TEST_F(DateExtractorTest, English) {
  EXPECT_THAT(Isos(extractor_, "on November 14, 2025 the"), ElementsAre("2025-11-14"));
  EXPECT_THAT(Isos(extractor_, "14 Nov 2025"), ElementsAre("2025-11-14"));
  EXPECT_THAT(Isos(extractor_, "we may 5 times"), IsEmpty());
}

TEST_F(DateExtractorTest, SpansPointAtTheDate) {
  std::string text = "Ngày 12/4/2024 tại";
  std::vector<DateMention> found = extractor_.Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), "12/4/2024");
  EXPECT_TRUE(found[0].year_given);
}

TEST_F(DateExtractorTest, YearOf) {
  EXPECT_EQ(DateExtractor::YearOf("2025-11-14"), 2025);
  EXPECT_EQ(DateExtractor::YearOf("--11-14"), 0);
  EXPECT_EQ(DateExtractor::YearOf(""), 0);
}

}  // namespace
}  // namespace dupalign

#include "ingest/metadata_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/furniture_filter.h"

namespace dupalign {
namespace {

Document Extract(const std::string& text, const std::string& published = "") {
  DateExtractor dates;
  Document doc;
  doc.text = text;
  doc.published = published;
  MetadataExtractor(&dates).Extract(FurnitureFilter::SplitUnits(text, false), &doc);
  return doc;
}

TEST(MetadataExtractorTest, HeadlineNeedsAShortFirstLineAndMoreText) {
  EXPECT_EQ(Extract("Headline\nBody text.\n").title, "Headline");
  EXPECT_EQ(Extract("Only one line\n").title, "");
  EXPECT_EQ(Extract(std::string(201, 'x') + "\nBody.\n").title, "");
}

TEST(MetadataExtractorTest, EventDateComesFromTheLeadWithThePublishedYear) {
  Document doc = Extract("Headline\nSKĐS - På morgonen den 14 november tog ministern emot.\n"
                         "Avtalet från den 15 november 2024.\n",
                         "2025-11-14");
  EXPECT_EQ(doc.event_date, "2025-11-14");
  EXPECT_THAT(doc.dates, ::testing::ElementsAre("2025-11-14", "2024-11-15"));
}

TEST(MetadataExtractorTest, DatesAfterTheLeadAreNotTheEventDate) {
  Document doc = Extract("Long first paragraph without a date that is not a headline at all because it goes "
                         "on, and on, and on, and on, and on, and on, and on, and on, and on, and on, and on, "
                         "and on, and on, and on, and on, and on, and on, and on, and on, and on.\nB.\nC.\n"
                         "Resolution dated 9 September 2025.\nAgain 9 September 2025.\n");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.event_date, "");
  EXPECT_THAT(doc.dates, ::testing::ElementsAre("2025-09-09"));
}

}  // namespace
}  // namespace dupalign

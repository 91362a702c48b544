#include "ingest/furniture_filter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/line_utils.h"

namespace dupalign {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class FurnitureFilterTest : public ::testing::Test {
 protected:
  std::vector<std::string> Texts(const std::string& text, const std::vector<ByteSpan>& spans) {
    std::vector<std::string> out;
    for (const ByteSpan& s : spans) out.emplace_back(SpanText(text, s));
    return out;
  }
  std::vector<std::string> Reasons(const FilterResult& r) {
    std::vector<std::string> out;
    for (const RemovedBlock& b : r.removed) out.push_back(b.reason);
    return out;
  }

  DateExtractor dates_;
  FurnitureFilter filter_{&dates_, false};
};

const char kLong[] =
    "This paragraph is long enough to be prose rather than a list entry, since it goes on and on about the "
    "meeting, the delegates, the agreements they signed and what will follow next year in both countries.";

TEST_F(FurnitureFilterTest, RemovesBannerBylineAndRelatedList) {
  std::string text = std::string("example.com - News for everyone\nA headline\n03/05/2024 | 09:15 AM\n") + kLong +
                     "\nRelated articles\n- First other story\n- Second other story\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Texts(text, r.paragraphs), ElementsAre("A headline", kLong));
  EXPECT_THAT(Reasons(r), ElementsAre("site-banner", "byline", "related-articles"));
  EXPECT_EQ(SpanText(text, r.removed[2].span), "Related articles\n- First other story\n- Second other story");
  EXPECT_EQ(r.published, "2024-05-03");
}

TEST_F(FurnitureFilterTest, TimestampedTeasersBelongToTheListEvenWhenLong) {
  std::string teaser = std::string("Thứ Năm, ngày 12/12/2024 09:20") + kLong;
  std::string text = std::string(kLong) + "\nBerita terkait\n" + kLong + "\n" + teaser + "\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Texts(text, r.paragraphs), ElementsAre(kLong));
  EXPECT_THAT(Reasons(r), ElementsAre("related-articles"));
}

TEST_F(FurnitureFilterTest, ListEndsAtProse) {
  std::string text = std::string("Title line\n") + kLong + "\nI samma ämne:\nKort rubrik\n" + kLong + " Again.\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Texts(text, r.paragraphs), ElementsAre("Title line", kLong, std::string(kLong) + " Again."));
}

TEST_F(FurnitureFilterTest, CountersWidgetsAndCitations) {
  std::string text = std::string("Headline\n") + kLong +
                     "\nSource: https://example.org/a-story.html.\nBình luận (12)\nNo data\n(Vietnam+)\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Texts(text, r.paragraphs), ElementsAre("Headline", kLong));
  EXPECT_THAT(Reasons(r), ElementsAre("source-citation", "comment-counter", "empty-widget", "source-credit"));
  EXPECT_THAT(r.source_urls, ElementsAre("https://example.org/a-story.html"));
}

TEST_F(FurnitureFilterTest, HeadingsMatchInAnyCaseAndOnlyWhole) {
  // Upper case, trailing colons and spaces, and the Kelvin sign (three bytes
  // whose lower case is "k") still make a heading; a heading followed by
  // prose on the same line does not, nor does a long source line.
  std::string text = std::string("Headline\n") + kLong + "\nTIN LIÊN QUAN ::  \n- Other story\n" +
                     kLong + " Again.\nNO DATA\nTin liên quan " + kLong + "\nSource: " + kLong + "\n" +
                     "\xE2\x84\xAA" + "HÔNG CÓ DỮ LIỆU\nSOURCES: https://example.se\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Reasons(r), ElementsAre("related-articles", "empty-widget", "empty-widget",
                                      "source-citation"));
  EXPECT_THAT(Texts(text, r.paragraphs),
              ElementsAre("Headline", kLong, std::string(kLong) + " Again.",
                          std::string("Tin liên quan ") + kLong,
                          std::string("Source: ") + kLong));
}

TEST_F(FurnitureFilterTest, KeepsFirstPhotoCaptionAndRemovesRepeats) {
  std::string text = std::string("Headline\nMinister spoke at the meeting - Photo 1.\n") + kLong +
                     "\nMinister spoke at the meeting - Photo 2.\nMinister spoke at the meeting - Photo 3.\n"
                     "Điều 1.\nĐiều 2.\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(Texts(text, r.paragraphs),
              ElementsAre("Headline", "Minister spoke at the meeting - Photo 1.", kLong, "Điều 1.", "Điều 2."));
  ASSERT_THAT(Reasons(r), ElementsAre("repeated-photo-caption"));
  EXPECT_EQ(SpanText(text, r.removed[0].span),
            "Minister spoke at the meeting - Photo 2.\nMinister spoke at the meeting - Photo 3.");
}

TEST_F(FurnitureFilterTest, DatedSentencesAreNotBylines) {
  std::string text = "Headline\nThe meeting took place on 14/11/2025 in Hanoi with many guests.\n";
  FilterResult r = filter_.Apply(text, false);
  EXPECT_THAT(r.removed, IsEmpty());
  EXPECT_EQ(r.published, "");
}

TEST_F(FurnitureFilterTest, KeepFurnitureRemovesNothingButStillReadsMetadata) {
  FurnitureFilter keep(&dates_, true);
  std::string text = std::string("Headline\n14/11/2025\n") + kLong + "\nKälla: https://a.se/x\nTin liên quan\n- X\n";
  FilterResult r = keep.Apply(text, false);
  EXPECT_THAT(r.removed, IsEmpty());
  EXPECT_EQ(r.paragraphs.size(), 6u);
  EXPECT_THAT(Texts(text, r.main), ElementsAre("Headline", kLong));
  EXPECT_EQ(r.published, "2025-11-14");
  EXPECT_THAT(r.source_urls, ElementsAre("https://a.se/x"));
}

TEST_F(FurnitureFilterTest, MarkdownJoinsWrappedLines) {
  std::string text = "# Title\n\nfirst line\nsecond line\n\n- item one\n- item two\n";
  EXPECT_THAT(Texts(text, FurnitureFilter::SplitUnits(text, true)),
              ElementsAre("# Title", "first line\nsecond line", "- item one", "- item two"));
  EXPECT_EQ(FurnitureFilter::SplitUnits(text, false).size(), 5u);
}

}  // namespace
}  // namespace dupalign

// End-to-end ingest of the scraped seed pages in seeds/.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/corpus_reader.h"
#include "ingest/line_utils.h"

namespace dupalign {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class IngestSeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = DUPALIGN_SOURCE_DIR "/seeds";
    if (!std::filesystem::is_directory(dir)) return;
    docs_ = new std::vector<Document>();
    ASSERT_TRUE(ReadCorpus({dir}, IngestOptions(), docs_).ok());
  }
  static void TearDownTestSuite() {
    delete docs_;
    docs_ = nullptr;
  }
  void SetUp() override {
    if (docs_ == nullptr) GTEST_SKIP() << "seeds/ not found under " DUPALIGN_SOURCE_DIR;
  }

  // The seed whose file name starts with `prefix` ("002").
  static const Document& Seed(const std::string& prefix) {
    for (const Document& d : *docs_) {
      if (d.id.starts_with(prefix + "_")) return d;
    }
    ADD_FAILURE() << "no seed " << prefix;
    static const Document kNone;
    return kNone;
  }
  static std::vector<std::string> Removed(const Document& d, const std::string& reason) {
    std::vector<std::string> out;
    for (const RemovedBlock& b : d.removed) {
      if (b.reason == reason) out.emplace_back(SpanText(d.text, b.span));
    }
    return out;
  }
  static std::vector<std::string> Paragraphs(const Document& d) {
    std::vector<std::string> out;
    for (const ByteSpan& p : d.paragraphs) out.emplace_back(SpanText(d.text, p));
    return out;
  }

  static std::vector<Document>* docs_;
};

std::vector<Document>* IngestSeedsTest::docs_ = nullptr;

TEST_F(IngestSeedsTest, AllSeedsIngest) {
  ASSERT_EQ(docs_->size(), 5u);
  for (const Document& d : *docs_) {
    EXPECT_TRUE(d.ok()) << d.path << ": " << d.status;
    EXPECT_EQ(d.format, "txt");
    EXPECT_FALSE(d.paragraphs.empty());
  }
}

TEST_F(IngestSeedsTest, Titles) {
  EXPECT_THAT(Seed("000").title, StartsWith("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp lãnh đạo"));
  EXPECT_EQ(Seed("001").title, "Xu hướng mới trong hợp tác y tế giữa Việt Nam - Nhật Bản");
  EXPECT_THAT(Seed("002").title, StartsWith("Minister Dao Hong Lan höll bilaterala samtal"));
  EXPECT_THAT(Seed("003").title, StartsWith("Tăng cường sự gắn kết"));
  EXPECT_EQ(Seed("004").title, "");
}

TEST_F(IngestSeedsTest, PublishedAndEventDates) {
  EXPECT_EQ(Seed("000").published, "2024-04-12");
  EXPECT_EQ(Seed("000").event_date, "2024-04-12");
  EXPECT_EQ(Seed("002").published, "2025-11-14");
  EXPECT_EQ(Seed("002").event_date, "2025-11-14");
  EXPECT_EQ(Seed("004").event_date, "");
  // 004 names two dates in its body, none in its lead.
  EXPECT_THAT(Seed("004").dates, ::testing::ElementsAre("2025-09-09", "2024-11-15"));
}

TEST_F(IngestSeedsTest, TranslationsCiteTheSameSource) {
  ASSERT_EQ(Seed("002").source_urls.size(), 1u);
  EXPECT_THAT(Seed("002").source_urls[0], StartsWith("https://suckhoedoisong.vn/"));
  EXPECT_EQ(Seed("002").source_urls, Seed("004").source_urls);
  EXPECT_EQ(Removed(Seed("004"), "source-citation").size(), 1u);
}

TEST_F(IngestSeedsTest, RelatedArticleListsAreRemoved) {
  const std::vector<std::pair<std::string, std::string>> kHeaders = {
      {"000", "Tin liên quan"}, {"001", "Related news"}, {"002", "I samma ämne"}};
  for (const auto& [seed, header] : kHeaders) {
    const Document& d = Seed(seed);
    std::vector<std::string> lists = Removed(d, "related-articles");
    ASSERT_FALSE(lists.empty()) << seed;
    EXPECT_THAT(lists[0], StartsWith(header)) << seed;
    // The list runs to the end of the page.
    EXPECT_EQ(SpanText(d.text, d.removed.back().span), lists.back()) << seed;
    for (const std::string& p : Paragraphs(d)) {
      EXPECT_THAT(p, ::testing::Not(HasSubstr("2024 08:38"))) << seed;
      EXPECT_NE(p, header) << seed;
    }
  }
}

TEST_F(IngestSeedsTest, BannerAndBylineOf002AreRemoved) {
  const Document& d = Seed("002");
  EXPECT_THAT(Removed(d, "site-banner"), ::testing::ElementsAre("Vietnam.vn - Nền tảng quảng bá Việt Nam"));
  EXPECT_THAT(Removed(d, "byline"), ::testing::ElementsAre(HasSubstr("14/11/2025")));
  EXPECT_THAT(Removed(d, "comment-counter"), ::testing::ElementsAre("Kommentar (0)"));
}

TEST_F(IngestSeedsTest, FirstPhotoCaptionKeptRepeatsRemoved) {
  const Document& d = Seed("002");
  std::vector<std::string> captions;
  for (const std::string& p : Paragraphs(d)) {
    if (p.find("- Ảnh ") != std::string::npos) captions.push_back(p);
  }
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_THAT(captions[0], ::testing::EndsWith("- Ảnh 1."));
  std::string removed;
  for (const std::string& block : Removed(d, "repeated-photo-caption")) removed += block + "\n";
  for (int n = 2; n <= 10; ++n) EXPECT_THAT(removed, HasSubstr("- Ảnh " + std::to_string(n) + ".\n"));
}

TEST_F(IngestSeedsTest, OffsetsPointIntoTheText) {
  for (const Document& d : *docs_) {
    size_t last_end = 0;
    for (const ByteSpan& p : d.paragraphs) {
      EXPECT_LE(last_end, p.begin) << d.id;
      EXPECT_LT(p.begin, p.end) << d.id;
      EXPECT_LE(p.end, d.text.size()) << d.id;
      last_end = p.end;
    }
  }
}

}  // namespace
}  // namespace dupalign

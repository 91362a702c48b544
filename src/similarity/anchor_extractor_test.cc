#include "similarity/anchor_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "text/document_segmenter.h"

namespace dupalign {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsSupersetOf;
using ::testing::Not;

// A segmented document with one paragraph per line.
Document Segmented(const std::string& text, const std::string& lang) {
  Document doc;
  doc.path = lang + ".txt";
  doc.text = text;
  doc.lang = lang;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = std::min(text.find('\n', begin), text.size());
    if (end > begin) doc.paragraphs.push_back({begin, end});
    begin = end + 1;
  }
  static const DocumentSegmenter segmenter;
  EXPECT_TRUE(segmenter.Segment(&doc).ok());
  return doc;
}

std::vector<std::string> Shared(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return shared;
}

const char kSwedish[] =
    "Minister Dao Hong Lan tog emot Kuroiwa Yuji, guvernör i Kanagawa prefektur.\n"
    "Den japanska delegationen bestod av Ito Naoki och 1 200 läkare.\n"
    "Resolution nr 57-NQ/TW och 54/2024/TT-BYT diskuterades. Detta är ett område där Japan "
    "har stor erfarenhet.";
const char kIndonesian[] =
    "Menteri Kesehatan Dao Hong Lan menerima Bapak Kuroiwa Yuji, Gubernur Kanagawa.\n"
    "Delegasi dipimpin oleh Bapak Ito Naoki dan 1.200 dokter.\n"
    "Menerbitkan Resolusi No. 57-NQ/TW dan 54/2024/TT-BYT. Jepang memiliki banyak pengalaman.";
const char kVietnamese[] =
    "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp ông Kuroiwa Yuji, Thống đốc tỉnh Kanagawa.\n"
    "Đoàn có ông Ito Naoki và 1.200 bác sĩ đến Việt Nam.\n"
    "Nghị quyết số 57-NQ/TW và Thông tư 54/2024/TT-BYT được nhắc đến.";

TEST(AnchorExtractorTest, SwedishIndonesianAndVietnameseReportsShareAnchors) {
  Anchors sv = ExtractAnchors(Segmented(kSwedish, "sv"));
  Anchors id = ExtractAnchors(Segmented(kIndonesian, "id"));
  Anchors vi = ExtractAnchors(Segmented(kVietnamese, "vi"));
  for (const Anchors* other : {&id, &vi}) {
    EXPECT_THAT(Shared(sv.names, other->names),
                IsSupersetOf({"dao hong lan", "kuroiwa yuji", "ito naoki", "kanagawa"}));
    EXPECT_THAT(Shared(sv.numbers, other->numbers), ElementsAre("1200"));
    EXPECT_THAT(Shared(sv.codes, other->codes), ElementsAre("54/2024/tt-byt", "57-nq/tw"));
  }
}

TEST(AnchorExtractorTest, SentenceInitialCommonWordsAreNotNames) {
  Anchors sv = ExtractAnchors(Segmented(kSwedish, "sv"));
  EXPECT_THAT(sv.names, Not(Contains("den")));
  EXPECT_THAT(sv.names, Not(Contains("detta")));
  EXPECT_THAT(sv.names, Not(Contains("resolution")));
  EXPECT_THAT(sv.names, Not(Contains("minister")));
  Anchors id = ExtractAnchors(Segmented(kIndonesian, "id"));
  EXPECT_THAT(id.names, Not(Contains("delegasi")));
  EXPECT_THAT(id.names, Not(Contains("menerbitkan")));
  // "Bapak" is capitalised mid-sentence, so it stays part of the name run.
  EXPECT_THAT(id.names, Contains("bapak kuroiwa yuji"));
}

TEST(AnchorExtractorTest, SentenceInitialWordCountsWhenCapitalisedElsewhere) {
  Anchors sv = ExtractAnchors(
      Segmented("Kanagawa ligger i Japan. Guvernören i Kanagawa talade.", "sv"));
  EXPECT_THAT(sv.names, Contains("kanagawa"));
  EXPECT_THAT(sv.names, Not(Contains("guvernoren")));
}

TEST(AnchorExtractorTest, VietnameseSyllableNamesAlsoJoined) {
  Anchors vi = ExtractAnchors(Segmented(kVietnamese, "vi"));
  EXPECT_THAT(vi.names, Contains("viet nam"));
  EXPECT_THAT(vi.names, Contains("vietnam"));
  EXPECT_THAT(vi.names, Not(Contains("bo")));  // too short to be evidence alone
}

TEST(AnchorExtractorTest, SharedTokensGiveTheSameAnchors) {
  for (const auto& [text, lang] : {std::pair{kSwedish, "sv"}, std::pair{kIndonesian, "id"},
                                   std::pair{kVietnamese, "vi"}}) {
    const Document doc = Segmented(text, lang);
    const SentenceTokens tokens = AnchorTokens(doc);
    ASSERT_EQ(tokens.size(), doc.sentences.size());
    const Anchors own = ExtractAnchors(doc);
    const Anchors shared = ExtractAnchors(doc, tokens);
    EXPECT_FALSE(own.names.empty()) << lang;
    EXPECT_EQ(shared.names, own.names) << lang;
    EXPECT_EQ(shared.numbers, own.numbers) << lang;
    EXPECT_EQ(shared.codes, own.codes) << lang;
  }
}

TEST(AnchorExtractorTest, TokensFromWordSpansEqualTokenisingAgain) {
  for (const auto& [text, lang] : {std::pair{kSwedish, "sv"}, std::pair{kIndonesian, "id"},
                                   std::pair{kVietnamese, "vi"}}) {
    const Document doc = Segmented(text, lang);
    Document respanned = doc;
    for (Sentence& s : respanned.sentences) s.word_spans.clear();
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const std::vector<WordToken> kept = AnchorTokens(doc.sentences[i]);
      const std::vector<WordToken> fresh = AnchorTokens(respanned.sentences[i]);
      ASSERT_EQ(kept.size(), fresh.size()) << lang << " sentence " << i;
      for (size_t k = 0; k < kept.size(); ++k) {
        EXPECT_EQ(kept[k].begin, fresh[k].begin) << lang;
        EXPECT_EQ(kept[k].end, fresh[k].end) << lang;
        EXPECT_EQ(kept[k].word, fresh[k].word) << lang;
      }
    }
    EXPECT_EQ(doc.sentences[0].word_spans.empty(), std::string(lang) == "sv") << lang;
  }
}

TEST(AnchorExtractorTest, NumberFormats) {
  Anchors en = ExtractAnchors(Segmented(
      "They sent 1,200 doses, 3.5 tonnes and 7 teams on 12.4.2024 at 09 h in 2025.", "en"));
  EXPECT_THAT(en.numbers, ElementsAre("12", "1200", "2024", "2025", "3.5"));
  Anchors sv = ExtractAnchors(Segmented("Det kostade 3,5 miljoner och 12 000 kronor.", "sv"));
  EXPECT_THAT(sv.numbers, ElementsAre("12000", "3.5"));
}

TEST(AnchorExtractorTest, UrlsFromTextAndSources) {
  Document doc = Segmented("Läs mer på https://WWW.Vietnam.vn/sv/minister-dao/ i dag.", "sv");
  doc.source_urls = {"https://suckhoedoisong.vn/bo-truong-dao-hong-lan.htm#top"};
  Anchors anchors = ExtractAnchors(doc);
  EXPECT_THAT(anchors.urls, ElementsAre("suckhoedoisong.vn/bo-truong-dao-hong-lan.htm",
                                        "vietnam.vn/sv/minister-dao"));
  EXPECT_THAT(anchors.source_urls, ElementsAre("suckhoedoisong.vn/bo-truong-dao-hong-lan.htm"));
  EXPECT_EQ(AnchorExtractor::NormalizeUrl("http://Example.COM/"), "example.com");
}

TEST(AnchorExtractorTest, SeedsOfTheSameMeetingShareNamesAndCodes) {
  std::string dir = std::string(DUPALIGN_SOURCE_DIR) + "/seeds/";
  auto load = [&](const std::string& name, const std::string& lang, Document* doc) {
    std::ifstream in(dir + name);
    if (!in) return false;
    std::stringstream text;
    text << in.rdbuf();
    *doc = Segmented(text.str(), lang);
    return true;
  };
  Document sv, id;
  if (!load("002_01c3f9666bdd31b4.txt", "sv", &sv) || !load("004_ad59d5326f574b50.txt", "id", &id)) {
    GTEST_SKIP() << "seeds 002/004 are missing from " << dir;
  }
  Anchors a = ExtractAnchors(sv);
  Anchors b = ExtractAnchors(id);
  EXPECT_THAT(Shared(a.names, b.names),
              IsSupersetOf({"dao hong lan", "kuroiwa yuji", "ito naoki", "kobayashi yosuke",
                            "kanagawa", "jica"}));
  EXPECT_THAT(Shared(a.codes, b.codes), IsSupersetOf({"57-nq/tw", "59-nq/tw", "72-nq/tw"}));
}

}  // namespace
}  // namespace dupalign

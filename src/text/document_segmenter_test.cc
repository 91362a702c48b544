#include "text/document_segmenter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "text/normalizer.h"

namespace dupalign {
namespace {

using ::testing::ElementsAre;

// One paragraph per non-blank line, as ingest does for plain text.
Document MakeDocument(const std::string& text, const std::string& lang) {
  Document doc;
  doc.path = "test.txt";
  doc.text = text;
  doc.lang = lang;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) doc.paragraphs.push_back({begin, end});
    begin = end + 1;
  }
  return doc;
}

TEST(DocumentSegmenterTest, SentencesOfIndonesianSeedParagraphs) {
  Document doc = MakeDocument(
      "Delegasi Jepang termasuk Tn. Ito Naoki, Duta Besar; Tn. Kobayashi Yosuke, Kepala "
      "Perwakilan JICA.\n\nJepang memiliki banyak pengalaman di bidang ini.  Kementerian "
      "Kesehatan berharap.\n",
      "id");
  ASSERT_TRUE(DocumentSegmenter().Segment(&doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].text, "Kementerian Kesehatan berharap.");
  EXPECT_THAT(doc.sentences[2].words, ElementsAre("kementerian", "kesehatan", "berharap"));
}

TEST(DocumentSegmenterTest, SpansMapBackToOriginalBytes) {
  // NBSP, a ligature, full-width digits, a decomposed accent and a line
  // break inside one paragraph.
  std::string text =
      "Bộ trưởng \u0110a\u0300o Hồng Lan\u00A0tiếp đoàn.\tNăm \uFF12\uFF10\uFF12\uFF14 có "
      "\uFB01lm.\nMinister Dao Hong Lan talade.";
  Document doc = MakeDocument(text, "vi");
  ASSERT_TRUE(DocumentSegmenter().Segment(&doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].text, "Bộ trưởng Đào Hồng Lan tiếp đoàn.");
  EXPECT_EQ(doc.sentences[1].text, "Năm 2024 có film.");
  Normalizer normalizer;
  for (const Sentence& sentence : doc.sentences) {
    std::string original = doc.text.substr(sentence.span.begin, sentence.span.size());
    EXPECT_EQ(normalizer.Normalize(original).text, sentence.text);
    EXPECT_FALSE(original.empty());
    EXPECT_NE(original.front(), ' ');
  }
  EXPECT_EQ(doc.text.substr(doc.sentences[2].span.begin, doc.sentences[2].span.size()),
            "Minister Dao Hong Lan talade.");
}

TEST(DocumentSegmenterTest, WordSpansKeptWhereTheLanguageTokenisesNeutrally) {
  const std::string text = "Bộ trưởng Đào Hồng Lan tiếp ông KUROIWA tại Hà Nội.";
  Document vi = MakeDocument(text, "vi");
  ASSERT_TRUE(DocumentSegmenter().Segment(&vi).ok());
  ASSERT_EQ(vi.sentences.size(), 1u);
  const Sentence& s = vi.sentences[0];
  const std::vector<WordToken> fresh = WordTokenizer("und").Tokenize(s.text);
  ASSERT_EQ(s.word_spans.size(), fresh.size());
  ASSERT_EQ(s.words.size(), fresh.size());
  for (size_t i = 0; i < fresh.size(); ++i) {
    EXPECT_EQ(s.word_spans[i].begin, fresh[i].begin) << i;
    EXPECT_EQ(s.word_spans[i].end, fresh[i].end) << i;
    EXPECT_EQ(s.words[i], fresh[i].word) << i;
  }
  EXPECT_EQ(s.text.substr(s.word_spans[0].begin, s.word_spans[0].end - s.word_spans[0].begin),
            "Bộ");
  Document sv = MakeDocument("EU:s budget ökar.", "sv");
  ASSERT_TRUE(DocumentSegmenter().Segment(&sv).ok());
  ASSERT_EQ(sv.sentences.size(), 1u);
  EXPECT_THAT(sv.sentences[0].words, ElementsAre("eu:s", "budget", "ökar"));
  EXPECT_TRUE(sv.sentences[0].word_spans.empty());
}

TEST(DocumentSegmenterTest, UndeterminedLanguageAndSkippedDocuments) {
  Document und = MakeDocument("Tn. Ito Naoki hadir. Kuroiwa Yuji talade.", "und");
  DocumentSegmenter segmenter;
  ASSERT_TRUE(segmenter.Segment(&und).ok());
  EXPECT_EQ(und.sentences.size(), 2u);

  Document skipped = MakeDocument("Ett. Två.", "sv");
  skipped.status = "empty after furniture removal";
  ASSERT_TRUE(segmenter.Segment(&skipped).ok());
  EXPECT_TRUE(skipped.sentences.empty());
}

TEST(DocumentSegmenterTest, RejectsParagraphOutsideText) {
  Document doc = MakeDocument("Kort text.", "sv");
  doc.paragraphs.push_back({5, 500});
  Status status = DocumentSegmenter().Segment(&doc);
  EXPECT_FALSE(status.ok());
  EXPECT_THAT(status.message(), ::testing::HasSubstr("test.txt"));
}

TEST(DocumentSegmenterTest, SeedsSegmentIdenticallyAcrossThreads) {
  std::string dir = std::string(DUPALIGN_SOURCE_DIR) + "/seeds/";
  std::vector<std::pair<std::string, std::string>> seeds = {
      {"000_b57037d78f5ccce0.txt", "vi"}, {"002_01c3f9666bdd31b4.txt", "sv"},
      {"004_ad59d5326f574b50.txt", "id"}};
  std::vector<Document> docs;
  for (const auto& [name, lang] : seeds) {
    std::ifstream in(dir + name);
    if (!in) GTEST_SKIP() << "seed " << dir + name << " is missing";
    std::stringstream text;
    text << in.rdbuf();
    docs.push_back(MakeDocument(text.str(), lang));
  }
  DocumentSegmenter segmenter;
  std::vector<Document> serial = docs;
  for (Document& doc : serial) ASSERT_TRUE(segmenter.Segment(&doc).ok());
  std::vector<std::thread> threads;
  for (Document& doc : docs) {
    threads.emplace_back([&segmenter, &doc] { EXPECT_TRUE(segmenter.Segment(&doc).ok()); });
  }
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < docs.size(); ++i) {
    ASSERT_EQ(docs[i].sentences.size(), serial[i].sentences.size());
    EXPECT_GT(docs[i].sentences.size(), 5u);
    for (size_t s = 0; s < docs[i].sentences.size(); ++s) {
      EXPECT_EQ(docs[i].sentences[s].span, serial[i].sentences[s].span);
      EXPECT_EQ(docs[i].sentences[s].words, serial[i].sentences[s].words);
    }
  }
}

}  // namespace
}  // namespace dupalign

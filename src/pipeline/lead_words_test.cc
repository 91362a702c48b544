#include "pipeline/lead_words.h"

#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "scratch_dir_test_base.h"

namespace dupalign {
namespace {

constexpr int kDim = 8;
constexpr int kWords = 300;

// A .vec space of words "w0".."w299" with random directions; any other word
// has no vector (a .vec has no subwords).
class LeadWordsTest : public testing::ScratchDirTestBase {
 protected:
  void SetUp() override {
    ScratchDirTestBase::SetUp();
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    std::string vec = std::to_string(kWords) + " " + std::to_string(kDim) + "\n";
    for (int i = 0; i < kWords; ++i) {
      vec += "w" + std::to_string(i);
      for (int d = 0; d < kDim; ++d) vec += " " + std::to_string(normal(random));
      vec += "\n";
    }
    std::unique_ptr<EmbeddingSpace> space;
    Status s = EmbeddingSpace::Load(Write("words.vec", vec), ModelLoadOptions(), &space);
    ASSERT_TRUE(s.ok()) << s.ToString();
    embedder_ = std::make_unique<SentenceEmbedder>(std::move(space));
  }

  // A document of `sentences` sentences of 10 words drawn from the space,
  // with one unknown word in each.
  static Document MakeDocument(const std::string& lang, int sentences, int seed) {
    Document doc;
    doc.lang = lang;
    std::mt19937 random(static_cast<unsigned>(seed));
    std::uniform_int_distribution<int> word(0, kWords - 1);
    for (int s = 0; s < sentences; ++s) {
      Sentence sentence;
      for (int w = 0; w < 10; ++w) sentence.words.push_back("w" + std::to_string(word(random)));
      sentence.words[3] = "unknown" + std::to_string(s);
      doc.sentences.push_back(sentence);
    }
    return doc;
  }

  void ExpectSameAsEmbeddedAlone(const LeadWords& lead, const std::vector<Document>& docs) {
    for (size_t i = 0; i < docs.size(); ++i) {
      const SentenceWords expected =
          EmbedSentenceWords({LeadWords::Opening(docs[i])}, docs[i].lang, *embedder_);
      const DistinctWords got = lead.Of(i);
      EXPECT_EQ(got.offset, expected.offset) << "document " << i;
      ASSERT_EQ(got.id.size(), static_cast<size_t>(expected.rows.rows())) << "document " << i;
      for (size_t w = 0; w < got.id.size(); ++w) {
        EXPECT_TRUE(got.rows.row(got.id[w]) == expected.rows.row(static_cast<Eigen::Index>(w)))
            << "document " << i << ", word " << w;
      }
      // Each distinct word once, in order of first use.
      EXPECT_EQ(got.rows.rows(), Deduplicate(expected).rows.rows()) << "document " << i;
      EXPECT_EQ(got.id, Deduplicate(expected).id) << "document " << i;
    }
  }

  std::unique_ptr<SentenceEmbedder> embedder_;
};

std::vector<const Document*> Pointers(const std::vector<Document>& docs) {
  std::vector<const Document*> pointers;
  for (const Document& doc : docs) pointers.push_back(&doc);
  return pointers;
}

TEST_F(LeadWordsTest, OpeningIsTheFirstEightWordsOfTheFirstEightSentences) {
  const Document doc = MakeDocument("en", 12, 1);
  const std::vector<std::string> opening = LeadWords::Opening(doc);
  ASSERT_EQ(opening.size(), 64u);
  EXPECT_EQ(opening[0], doc.sentences[0].words[0]);
  EXPECT_EQ(opening[7], doc.sentences[0].words[7]);
  EXPECT_EQ(opening[8], doc.sentences[1].words[0]);
  EXPECT_EQ(opening[63], doc.sentences[7].words[7]);
  EXPECT_EQ(LeadWords::Opening(MakeDocument("en", 2, 1)).size(), 16u);
}

TEST_F(LeadWordsTest, SharedTablesGiveEachDocumentItsOwnEmbedding) {
  std::vector<std::vector<std::string>> sample;
  for (int i = 0; i < 60; ++i) sample.push_back(MakeDocument("en", 1, 100 + i).sentences[0].words);
  embedder_->SetCorpusSample("en", sample);
  ASSERT_TRUE(embedder_->EmbedsWordsAlone("en"));
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) docs.push_back(MakeDocument("en", 3 + i, i));
  const LeadWords lead(Pointers(docs), {0, 1, 2, 3, 4, 5, 2}, *embedder_, 2);
  ExpectSameAsEmbeddedAlone(lead, docs);
  // Unknown words are left out: one per sentence read.
  EXPECT_EQ(lead.Of(5).id.size(), 64u - 8u);
}

TEST_F(LeadWordsTest, BatchCentredLanguagesKeepEachDocumentsRows) {
  ASSERT_FALSE(embedder_->EmbedsWordsAlone("sv"));  // no corpus sample
  std::vector<Document> docs;
  for (int i = 0; i < 4; ++i) docs.push_back(MakeDocument("sv", 7 + i, 20 + i));
  const LeadWords lead(Pointers(docs), {3, 0, 1, 2}, *embedder_, 1);
  ExpectSameAsEmbeddedAlone(lead, docs);
}

TEST_F(LeadWordsTest, DocumentsNotAskedForHaveNoWords) {
  std::vector<Document> docs = {MakeDocument("en", 4, 1), MakeDocument("en", 4, 2)};
  const LeadWords lead(Pointers(docs), {1}, *embedder_, 1);
  EXPECT_TRUE(lead.Of(0).id.empty());
  EXPECT_TRUE(lead.Of(0).offset.empty());
  EXPECT_FALSE(lead.Of(1).id.empty());
}

}  // namespace
}  // namespace dupalign

#include "text/word_tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace dupalign {
namespace {

using ::testing::ElementsAre;

TEST(WordTokenizerTest, DropsPunctuationAndLowercases) {
  WordTokenizer tokenizer("sv");
  EXPECT_THAT(tokenizer.Words("Hälsominister Dao Hong Lan, talade."),
              ElementsAre("hälsominister", "dao", "hong", "lan", "talade"));
}

TEST(WordTokenizerTest, KeepsVietnameseSyllablesAndOffsets) {
  WordTokenizer tokenizer("vi");
  std::string text = "Bộ trưởng Đào Hồng Lan";
  auto tokens = tokenizer.Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[2].word, "đào");
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Đào");
  EXPECT_EQ(text.substr(tokens[4].begin), "Lan");
}

TEST(WordTokenizerTest, NormalisesCompatibilityForms) {
  WordTokenizer tokenizer("en");
  // U+FB01 LATIN SMALL LIGATURE FI becomes "fi" under NFKC.
  EXPECT_THAT(tokenizer.Words("\xEF\xAC\x81nal 2025"), ElementsAre("final", "2025"));
}

TEST(WordTokenizerTest, EmptyInputGivesNoTokens) {
  WordTokenizer tokenizer("id");
  EXPECT_TRUE(tokenizer.Tokenize("").empty());
  EXPECT_TRUE(tokenizer.Tokenize(" ,. ").empty());
}

TEST(WordTokenizerTest, TurkishCapitalIKeepsItsDotlessLowerCase) {
  // Plain ASCII words are lower-cased without ICU, except where the
  // language's case rules differ from ASCII's.
  EXPECT_THAT(WordTokenizer("tr").Words("ISTANBUL"), ElementsAre("\u0131stanbul"));
  EXPECT_THAT(WordTokenizer("en").Words("ISTANBUL"), ElementsAre("istanbul"));
}

TEST(WordTokenizerTest, LanguageNeutralOnlyWithRootRulesAndCase) {
  for (const char* lang : {"und", "en", "vi", "id", "de", "ja"}) {
    EXPECT_TRUE(WordTokenizer(lang).IsLanguageNeutral()) << lang;
  }
  // Swedish and Finnish keep a colon inside a word ("EU:s"); Turkish, Azeri
  // and Lithuanian lower-case I their own way.
  for (const char* lang : {"sv", "fi", "tr", "az", "lt"}) {
    EXPECT_FALSE(WordTokenizer(lang).IsLanguageNeutral()) << lang;
  }
  EXPECT_THAT(WordTokenizer("sv").Words("EU:s budget"), ElementsAre("eu:s", "budget"));
  EXPECT_THAT(WordTokenizer("und").Words("EU:s budget"), ElementsAre("eu", "s", "budget"));
}

TEST(WordTokenizerTest, ConcurrentCallsMatchSequentialOnes) {
  const WordTokenizer tokenizer("vi");
  const std::vector<std::string> texts = {"Bộ trưởng Đào Hồng Lan phát biểu.",
                                          "The Minister of Health, Dao Hong Lan, spoke.",
                                          "Hälsoministern talade i Hanoi 2024."};
  std::vector<std::vector<std::string>> expected;
  for (const std::string& text : texts) expected.push_back(tokenizer.Words(text));
  std::vector<std::vector<std::vector<std::string>>> seen(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (const std::string& text : texts) seen[t].push_back(tokenizer.Words(text));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& results : seen) {
    ASSERT_EQ(results.size(), 50 * texts.size());
    for (size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], expected[i % texts.size()]);
  }
}

TEST(WordTokenizerTest, WordsOfEachKeepsOneListPerTextInOrder) {
  const WordTokenizer tokenizer("sv");
  const auto words = tokenizer.WordsOfEach({"Dao Hong Lan talade.", "", "1200 läkare"});
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0], tokenizer.Words("Dao Hong Lan talade."));
  EXPECT_TRUE(words[1].empty());
  EXPECT_THAT(words[2], ElementsAre("1200", "läkare"));
}

}  // namespace
}  // namespace dupalign

#include "text/word_tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dupalign

#include "embed/lexicon.h"

#include <filesystem>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scratch_dir_test_base.h"

namespace dupalign {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class LexiconTest : public testing::ScratchDirTestBase {
 protected:
  std::string Write(const std::string& text) { return ScratchDirTestBase::Write("vi.tsv", text); }
};

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (const auto word : std::views::split(text, ' ')) words.emplace_back(word.begin(), word.end());
  return words;
}

TEST_F(LexiconTest, LoadTokenisesBothSidesLikeThePipeline) {
  Lexicon lexicon;
  const std::string path = Write("# comment\n\nHộ chiếu\tPassport\tignored column\nnước ngoài\tforeign country\n");
  ASSERT_TRUE(Lexicon::Load(path, "vi", &lexicon).ok());
  EXPECT_EQ(lexicon.entries(), 2u);
  const auto matches = lexicon.Find(Words("tôi có hộ chiếu"));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].begin, 2u);
  EXPECT_EQ(matches[0].length, 2u);
  EXPECT_THAT(lexicon.Translations(matches[0].entry), ElementsAre(ElementsAre("passport")));
}

TEST_F(LexiconTest, LongestEntryWinsAndMatchedWordsAreNotMatchedAgain) {
  Lexicon lexicon;
  lexicon.Add({"nước"}, {"water"});
  lexicon.Add({"nước", "ngoài"}, {"foreign"});
  lexicon.Add({"ngoài"}, {"outside"});
  lexicon.Add({"đi"}, {"go"});
  const auto matches = lexicon.Find(Words("đi nước ngoài uống nước"));
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].begin, 0u);
  EXPECT_EQ(matches[1].begin, 1u);
  EXPECT_EQ(matches[1].length, 2u);
  EXPECT_THAT(lexicon.Translations(matches[1].entry), ElementsAre(ElementsAre("foreign")));
  EXPECT_EQ(matches[2].begin, 4u);
  EXPECT_THAT(lexicon.Translations(matches[2].entry), ElementsAre(ElementsAre("water")));
}

TEST_F(LexiconTest, KeepsTheFirstDistinctTranslationsInFileOrder) {
  Lexicon lexicon;
  for (const char* english : {"home", "house", "home", "family", "household"}) {
    lexicon.Add({"nhà"}, {english});
  }
  ASSERT_EQ(lexicon.entries(), 1u);
  EXPECT_THAT(lexicon.Translations(0),
              ElementsAre(ElementsAre("home"), ElementsAre("house"), ElementsAre("family")));
}

TEST_F(LexiconTest, PhraseLongerThanTheSentenceRestIsNotReadPastTheEnd) {
  Lexicon lexicon;
  lexicon.Add({"kẹo", "cao", "su"}, {"chewing", "gum"});
  EXPECT_TRUE(lexicon.Find(Words("ăn kẹo cao")).empty());
  EXPECT_EQ(lexicon.Find(Words("ăn kẹo cao su")).size(), 1u);
}

TEST_F(LexiconTest, ShorterEntriesAreFoundWhenTheLongerOnesFail) {
  Lexicon lexicon;
  lexicon.Add({"bộ"}, {"set"});
  lexicon.Add({"bộ", "y", "tế"}, {"ministry", "of", "health"});
  lexicon.Add({"bộ", "trưởng", "bộ", "y", "tế"}, {"health", "minister"});
  const auto matches = lexicon.Find(Words("bộ trưởng bộ y"));
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].begin, 0u);
  EXPECT_EQ(matches[0].length, 1u) << "no entry of 2 or 4 words starts with bộ";
  EXPECT_EQ(matches[1].begin, 2u);
  EXPECT_EQ(matches[1].length, 1u);
  EXPECT_EQ(lexicon.Find(Words("bộ trưởng bộ y tế")).at(0).length, 5u);
}

TEST_F(LexiconTest, PhrasesOverTheWordLimitAreNotEntries) {
  Lexicon lexicon;
  const std::vector<std::string> long_phrase(Lexicon::kMaxPhraseWords + 1, "rất");
  lexicon.Add(long_phrase, {"very"});
  EXPECT_EQ(lexicon.entries(), 0u);
  const std::vector<std::string> longest(Lexicon::kMaxPhraseWords, "rất");
  lexicon.Add(longest, {"very"});
  ASSERT_EQ(lexicon.Find(longest).size(), 1u);
  EXPECT_EQ(lexicon.Find(longest)[0].length, Lexicon::kMaxPhraseWords);
}

TEST_F(LexiconTest, MalformedLineNamesFileAndLine) {
  Lexicon lexicon;
  const std::string path = Write("chó\tdog\nmèo cat\n");
  const Status status = Lexicon::Load(path, "vi", &lexicon);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kCorruption);
  EXPECT_THAT(status.message(), HasSubstr(path + ":2"));
}

TEST_F(LexiconTest, SideWithoutWordsIsRejected) {
  Lexicon lexicon;
  const Status status = Lexicon::Load(Write("chó\t...\n"), "vi", &lexicon);
  EXPECT_EQ(status.code(), Status::Code::kCorruption);
}

TEST_F(LexiconTest, MissingFileIsNotFound) {
  Lexicon lexicon;
  const Status status = Lexicon::Load((dir_ / "absent.tsv").string(), "vi", &lexicon);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_THAT(status.message(), HasSubstr("absent.tsv"));
}

}  // namespace
}  // namespace dupalign

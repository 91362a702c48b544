#include "embed/embedding_space.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class EmbeddingSpaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dupalign_embedding_space_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  Status Load(const std::string& spec, std::unique_ptr<EmbeddingSpace>* space) {
    return EmbeddingSpace::Load(spec, ModelLoadOptions(), space);
  }

  fs::path dir_;
};

TEST_F(EmbeddingSpaceTest, OnePathServesEveryLanguage) {
  const std::string path = Write("a.vec", "1 2\nhej 1 0\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(Load(path, &space).ok());
  EXPECT_EQ(space->dim(), 2);
  ASSERT_NE(space->ForLanguage("vi"), nullptr);
  EXPECT_EQ(space->ForLanguage("sv")->model, space->ForLanguage("vi")->model);
  EXPECT_THAT(space->languages(), ElementsAre("*"));
}

TEST_F(EmbeddingSpaceTest, PerLanguageModelsShareAFileLoadedOnce) {
  const std::string a = Write("a.vec", "1 2\nhej 1 0\n");
  const std::string b = Write("b.vec", "1 2\nchào 0 1\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(Load("sv=" + a + ",vi=" + b + ",en=" + a, &space).ok());
  EXPECT_EQ(space->models().size(), 2u);
  EXPECT_EQ(space->ForLanguage("en")->model, space->ForLanguage("sv")->model);
  EXPECT_NE(space->ForLanguage("vi")->model, space->ForLanguage("sv")->model);
  EXPECT_EQ(space->ForLanguage("id"), nullptr);
  EXPECT_THAT(space->languages(), ElementsAre("en", "sv", "vi"));
}

TEST_F(EmbeddingSpaceTest, DimensionsMustMeetUnlessAMapBridgesThem) {
  const std::string two = Write("two.vec", "1 2\nhej 1 0\n");
  const std::string three = Write("three.vec", "1 3\nchào 0 1 0\n");
  std::unique_ptr<EmbeddingSpace> space;
  Status status = Load("sv=" + two + ",vi=" + three, &space);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("dimension 3"));
  const std::string map = Write("vi.map", "# 2 x 3\n1 0 0\n0 1 0\n");
  status = Load("sv=" + two + ",vi=" + three + ",vi:map=" + map, &space);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(space->dim(), 2);
  ASSERT_NE(space->ForLanguage("vi")->map, nullptr);
  EXPECT_EQ(space->ForLanguage("vi")->map->cols(), 3);
}

TEST_F(EmbeddingSpaceTest, BadSpecsAndMapsAreExplained) {
  const std::string vec = Write("a.vec", "1 2\nhej 1 0\n");
  std::unique_ptr<EmbeddingSpace> space;
  EXPECT_THAT(Load("", &space).message(), HasSubstr("names no model"));
  EXPECT_THAT(Load("sv=" + vec + ",sv=" + vec, &space).message(), HasSubstr("two models for sv"));
  EXPECT_THAT(Load("sv=" + vec + ",vi:map=x", &space).message(),
              HasSubstr("a map for vi but no model"));
  EXPECT_THAT(Load("sv=" + vec + ",sv:scale=2", &space).message(), HasSubstr("unknown option"));
  const std::string ragged = Write("ragged.map", "1 0\n0\n");
  EXPECT_THAT(Load("sv=" + vec + ",sv:map=" + ragged, &space).message(),
              HasSubstr("ragged.map:2: row has 1 values"));
  const std::string wide = Write("wide.map", "1 0 0\n0 1 0\n");
  EXPECT_THAT(Load("sv=" + vec + ",sv:map=" + wide, &space).message(), HasSubstr("3 columns"));
  EXPECT_EQ(space, nullptr);
}

TEST_F(EmbeddingSpaceTest, CorruptStatsFileFailsTheLoad) {
  const std::string vec = Write("a.vec", "1 2\nhej 1 0\n");
  Write("a.vec.stats", "stats lang=sv dim=2 sentences=9 sif_a=0.001 components=0\nmean 1\n");
  std::unique_ptr<EmbeddingSpace> space;
  Status status = Load(vec, &space);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("a.vec.stats:2: expected 2 numbers"));
}

TEST_F(EmbeddingSpaceTest, SidecarLexiconsServeTheirLanguagesAndSpecItemsOverrideThem) {
  const std::string vec = Write("a.vec", "1 2\nhej 1 0\n");
  Write("a.vec.lexicon.vi", "hộ chiếu\tpassport\n");
  Write("a.vec.lexicon.sv", "hund\tdog\n");
  const std::string own = Write("own.tsv", "chó\tdog\nmèo\tcat\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(Load(vec, &space).ok());
  ASSERT_NE(space->LexiconFor("vi"), nullptr);
  EXPECT_EQ(space->LexiconFor("vi")->entries(), 1u);
  EXPECT_NE(space->LexiconFor("sv"), nullptr);
  EXPECT_EQ(space->LexiconFor("id"), nullptr);
  EXPECT_THAT(space->LexiconLanguages(), ElementsAre("sv", "vi"));
  ASSERT_TRUE(Load(vec + ",vi:lexicon=" + own, &space).ok());
  EXPECT_EQ(space->LexiconFor("vi")->entries(), 2u);
  EXPECT_EQ(space->LexiconFor("vi")->path(), own);
}

TEST_F(EmbeddingSpaceTest, SidecarLexiconOfAnotherLanguagesModelIsNotUsed) {
  const std::string a = Write("a.vec", "1 2\nhej 1 0\n");
  const std::string b = Write("b.vec", "1 2\nchào 0 1\n");
  Write("a.vec.lexicon.vi", "hộ chiếu\tpassport\n");
  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(Load("sv=" + a + ",vi=" + b, &space).ok());
  EXPECT_EQ(space->LexiconFor("vi"), nullptr);
}

TEST_F(EmbeddingSpaceTest, BadLexiconsAreExplained) {
  const std::string vec = Write("a.vec", "1 2\nhej 1 0\n");
  std::unique_ptr<EmbeddingSpace> space;
  EXPECT_THAT(Load("sv=" + vec + ",vi:lexicon=x", &space).message(),
              HasSubstr("a lexicon for vi but no model"));
  EXPECT_THAT(Load(vec + ",vi:lexicon=" + (dir_ / "absent.tsv").string(), &space).message(),
              HasSubstr("absent.tsv: cannot open lexicon"));
  Write("a.vec.lexicon.vi", "chó dog\n");
  EXPECT_THAT(Load(vec, &space).message(), HasSubstr("a.vec.lexicon.vi:1"));
}

}  // namespace
}  // namespace dupalign

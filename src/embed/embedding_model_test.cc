#include "embed/embedding_model.h"

#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fasttext/fasttext.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tiny_fasttext.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class EmbeddingModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/dupalign_embedding_model_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = new fs::path(pattern);
    TrainTinyFastText();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }

  // "common" occurs in every line, "rare" in one: their counts differ.
  static void TrainTinyFastText() {
    std::ofstream corpus(*dir_ / "corpus.txt");
    const char* topics[] = {"river flood village rain", "bank rates shares market",
                            "football cup goal team", "forest frog species science"};
    for (int i = 0; i < 200; ++i) corpus << "common " << topics[i % 4] << " common\n";
    corpus << "rare words appear once\n";
    corpus.close();
    testing::TrainTinyFastText((*dir_ / "corpus.txt").string(), BinPath());
  }

  static std::string BinPath() { return (*dir_ / "tiny.bin").string(); }

  static std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = *dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

  static Status LoadVec(const std::string& text, std::unique_ptr<EmbeddingModel>* model,
                        size_t max_words = 200000) {
    ModelLoadOptions options;
    options.max_words = max_words;
    return EmbeddingModel::Load(Write("model.vec", text), options, model);
  }

  static fs::path* dir_;
};

fs::path* EmbeddingModelTest::dir_ = nullptr;

// fastText's own .vec writer leaves a space before each line end.
const char kGoodVec[] =
    "3 4\n"
    "the 0.1 0.2 0.3 0.4 \n"
    "cat -1 0 0 2.5\n"
    "sat 1e-2 0 0 0\n";

TEST_F(EmbeddingModelTest, VecFileGivesItsRowsAndRankProbabilities) {
  std::unique_ptr<EmbeddingModel> model;
  ASSERT_TRUE(LoadVec(kGoodVec, &model).ok());
  EXPECT_EQ(model->dim(), 4);
  EXPECT_EQ(model->vocabulary_size(), 3u);
  EXPECT_FALSE(model->has_counts());
  std::vector<float> v(4);
  ASSERT_TRUE(model->WordVector("cat", v.data()));
  EXPECT_EQ(v, (std::vector<float>{-1, 0, 0, 2.5}));
  ASSERT_TRUE(model->WordVector("sat", v.data()));
  EXPECT_FLOAT_EQ(v[0], 0.01f);
  EXPECT_FALSE(model->WordVector("dog", v.data()));
  EXPECT_EQ(v, (std::vector<float>(4, 0.0f)));
  EXPECT_GT(model->WordProbability("the"), model->WordProbability("cat"));
  EXPECT_GT(model->WordProbability("cat"), model->WordProbability("sat"));
  EXPECT_EQ(model->WordProbability("dog"), 0.0);
}

TEST_F(EmbeddingModelTest, VecBadHeaderIsReported) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = LoadVec("the 0.1 0.2\ncat 0.3 0.4\n", &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("model.vec:1: bad header"));
  EXPECT_EQ(model, nullptr);
}

TEST_F(EmbeddingModelTest, VecWrongColumnCountNamesTheLine) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = LoadVec("2 3\nthe 1 2 3\ncat 1 2\n", &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(),
              HasSubstr("model.vec:3: expected 3 values after the word, found 2"));
}

TEST_F(EmbeddingModelTest, VecNonNumericValueNamesTheLine) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = LoadVec("2 3\nthe 1 2 x3\ncat 1 2 3\n", &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("model.vec:2: value 3 is not a number"));
}

TEST_F(EmbeddingModelTest, VecTruncatedFileIsReported) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = LoadVec("5 2\nthe 1 2\ncat 3 4\n", &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("truncated"));
  EXPECT_THAT(status.message(), HasSubstr("announces 5 words"));
  // Cut inside a row: the row lacks its line end.
  std::string cut = std::string(kGoodVec).substr(0, std::string(kGoodVec).size() - 5);
  status = LoadVec(cut, &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("model.vec:4:"));
}

TEST_F(EmbeddingModelTest, VecLastRowMayLackALineEnd) {
  std::unique_ptr<EmbeddingModel> model;
  ASSERT_TRUE(LoadVec("2 2\nthe 1 2\ncat 3 4", &model).ok());
  EXPECT_EQ(model->vocabulary_size(), 2u);
}

TEST_F(EmbeddingModelTest, VecVocabularyCapKeepsTheMostFrequentRows) {
  std::unique_ptr<EmbeddingModel> model;
  ASSERT_TRUE(LoadVec(kGoodVec, &model, 2).ok());
  EXPECT_EQ(model->vocabulary_size(), 2u);
  std::vector<float> v(4);
  EXPECT_TRUE(model->WordVector("cat", v.data()));
  EXPECT_FALSE(model->WordVector("sat", v.data()));
  // Probabilities still follow the full vocabulary announced in the header.
  std::unique_ptr<EmbeddingModel> full;
  ASSERT_TRUE(LoadVec(kGoodVec, &full).ok());
  EXPECT_DOUBLE_EQ(model->WordProbability("cat"), full->WordProbability("cat"));
}

TEST_F(EmbeddingModelTest, MissingFileIsNotFound) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = EmbeddingModel::Load((*dir_ / "absent.bin").string(), {}, &model);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_THAT(status.message(), HasSubstr("absent.bin"));
}

TEST_F(EmbeddingModelTest, EmptyFileIsCorrupt) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = EmbeddingModel::Load(Write("empty.bin", ""), {}, &model);
  EXPECT_EQ(status.code(), Status::Code::kCorruption);
  EXPECT_THAT(status.message(), HasSubstr("empty.bin: empty file"));
}

TEST_F(EmbeddingModelTest, FastTextModelHasCountsAndSubwordVectors) {
  std::unique_ptr<EmbeddingModel> model;
  Status status = EmbeddingModel::Load(BinPath(), {}, &model);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(model->dim(), 8);
  EXPECT_TRUE(model->has_counts());
  EXPECT_GE(model->vocabulary_size(), 20u);
  EXPECT_GT(model->WordProbability("common"), model->WordProbability("rare"));
  EXPECT_GT(model->WordProbability("rare"), 0.0);
  std::vector<float> v(8);
  EXPECT_TRUE(model->WordVector("river", v.data()));
  // Not in the vocabulary, but its n-grams ("rive", "iver", ...) are.
  EXPECT_EQ(model->WordProbability("rivers"), 0.0);
  ASSERT_TRUE(model->WordVector("rivers", v.data()));
  float norm = 0;
  for (float x : v) norm += x * x;
  EXPECT_GT(norm, 0.0f);
}

TEST_F(EmbeddingModelTest, TruncatedFastTextModelGivesAStatusNotACrash) {
  std::ifstream in(BinPath(), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Inside the header, the arguments, the dictionary and the matrices.
  for (size_t keep : {size_t{6}, size_t{40}, size_t{120}, bytes.size() / 2, bytes.size() - 1}) {
    const std::string path = Write("cut.bin", bytes.substr(0, keep));
    std::unique_ptr<EmbeddingModel> model;
    Status status = EmbeddingModel::Load(path, {}, &model);
    ASSERT_FALSE(status.ok()) << "kept " << keep << " bytes";
    EXPECT_THAT(status.message(), HasSubstr("cut.bin"));
    EXPECT_THAT(status.message(), HasSubstr("truncated fastText model"));
    EXPECT_EQ(model, nullptr);
  }
}

TEST_F(EmbeddingModelTest, FastTextModelWithBadVersionIsRejected) {
  std::ifstream in(BinPath(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  bytes[4] = 99;  // the version field follows the 4-byte magic number
  std::unique_ptr<EmbeddingModel> model;
  Status status = EmbeddingModel::Load(Write("future.bin", bytes), {}, &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("future.bin: unsupported fastText model version"));
}

TEST_F(EmbeddingModelTest, BucketCountThatDisagreesWithTheMatrixIsRejected) {
  std::ifstream in(BinPath(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // fastText would index n-gram rows past the matrix: bucket is the ninth
  // int32 argument, after the magic number and version.
  const int32_t bucket = 5000;
  std::memcpy(&bytes[8 + 8 * 4], &bucket, sizeof(bucket));
  std::unique_ptr<EmbeddingModel> model;
  Status status = EmbeddingModel::Load(Write("buckets.bin", bytes), {}, &model);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("buckets.bin: corrupt fastText model: input matrix"));
}

}  // namespace
}  // namespace dupalign

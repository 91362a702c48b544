#include "text/language_identifier.h"

#include <unistd.h>

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

// A supervised model trained here on two tiny "languages" with disjoint
// vocabularies, in the lower-cased tokenised form the recipe trains on.
class LanguageIdentifierTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/dupalign_lid_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = new fs::path(pattern);
    std::ofstream corpus(*dir_ / "train.txt");
    const char* english[] = {"the river flooded the village", "farmers moved the cattle",
                             "the bank raised interest rates"};
    const char* swedish[] = {"floden svämmade över byn", "bönderna flyttade korna",
                             "banken höjde räntan i går"};
    for (int i = 0; i < 60; ++i) {
      corpus << "__label__en " << english[i % 3] << "\n";
      corpus << "__label__sv " << swedish[i % 3] << "\n";
    }
    corpus.close();
    testing::TinyModelOptions options;
    options.supervised = true;
    options.epoch = 20;
    options.lr = 0.5;
    options.minn = 2;
    options.maxn = 4;
    testing::TrainTinyFastText((*dir_ / "train.txt").string(), ModelPath(), options);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string ModelPath() { return (*dir_ / "lid.bin").string(); }

  static fs::path* dir_;
};

fs::path* LanguageIdentifierTest::dir_ = nullptr;

TEST_F(LanguageIdentifierTest, IdentifiesRawTextAfterTokenising) {
  std::unique_ptr<LanguageIdentifier> lid;
  Status status = LanguageIdentifier::Load(ModelPath(), &lid);
  ASSERT_TRUE(status.ok()) << status.ToString();
  // Capitals, punctuation and a line break are normalised away first.
  LanguagePrediction en = lid->Identify("The Farmers moved\nthe VILLAGE cattle.");
  EXPECT_EQ(en.lang, "en");
  EXPECT_GE(en.confidence, 0.5f);
  LanguagePrediction sv = lid->Identify("Banken höjde räntan, och bönderna flyttade!");
  EXPECT_EQ(sv.lang, "sv");
  EXPECT_GE(sv.confidence, 0.5f);
}

TEST_F(LanguageIdentifierTest, TextWithoutLettersIsUndetermined) {
  std::unique_ptr<LanguageIdentifier> lid;
  ASSERT_TRUE(LanguageIdentifier::Load(ModelPath(), &lid).ok());
  LanguagePrediction prediction = lid->Identify("2025 -- 14.11 !!!");
  EXPECT_EQ(prediction.lang, "und");
  EXPECT_EQ(prediction.confidence, 0.0f);
  EXPECT_EQ(lid->Identify("").lang, "und");
}

TEST_F(LanguageIdentifierTest, LowConfidenceIsUndeterminedButReported) {
  std::unique_ptr<LanguageIdentifier> lid;
  ASSERT_TRUE(LanguageIdentifier::Load(ModelPath(), &lid).ok());
  const float confidence = lid->Identify("the river flooded").confidence;
  lid->set_threshold(1.01f);  // above any probability
  LanguagePrediction prediction = lid->Identify("the river flooded");
  EXPECT_EQ(prediction.lang, "und");
  EXPECT_FLOAT_EQ(prediction.confidence, confidence);
}

// Both prediction paths on one identifier: per-word sums of input rows and
// fastText's predictLine.
void ExpectPathsAgree(LanguageIdentifier* lid, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    lid->set_use_word_sums(true);
    const LanguagePrediction sums = lid->Identify(text);
    lid->set_use_word_sums(false);
    const LanguagePrediction line = lid->Identify(text);
    EXPECT_EQ(sums.lang, line.lang) << text;
    EXPECT_NEAR(sums.confidence, line.confidence, 1e-5) << text;
  }
  lid->set_use_word_sums(true);
}

TEST_F(LanguageIdentifierTest, WordSumsPredictAsPredictLine) {
  std::unique_ptr<LanguageIdentifier> lid;
  ASSERT_TRUE(LanguageIdentifier::Load(ModelPath(), &lid).ok());
  // Known words, unknown words (n-grams only), repeats, a token fastText
  // reads as a label, and mixtures of the two languages.
  ExpectPathsAgree(lid.get(), {"the river flooded the village", "floden svämmade över byn",
                               "zzqx qqwy", "the the the cattle cattle",
                               "__label__sv the bank raised interest rates",
                               "banken höjde the interest", "Byn! 2025 farmers, räntan."});
}

TEST(LanguageIdentifierDefaultModelTest, WordSumsPredictAsPredictLine) {
  const std::string model = std::string(DUPALIGN_SOURCE_DIR) + "/models/dupalign-lid.ftz";
  if (!fs::exists(model)) GTEST_SKIP() << model << " is absent";
  std::unique_ptr<LanguageIdentifier> lid;
  ASSERT_TRUE(LanguageIdentifier::Load(model, &lid).ok());
  // The committed model is quantised: its rows are decoded at load.
  ExpectPathsAgree(lid.get(),
                   {"Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Thống đốc tỉnh Kanagawa Kuroiwa Yuji.",
                    "Ministern tog emot guvernören i Kanagawa prefektur på fredagen.",
                    "Menteri Kesehatan menerima Gubernur Kanagawa di Hanoi.",
                    "The minister received the governor of Kanagawa in Hanoi.",
                    "Kanagawa Kuroiwa Yuji 2025", "ok", "Hà Nội, Stockholm och Jakarta",
                    "Giao thông xanh: sáng kiến mới cho thành phố trong năm 2026"});
}

TEST_F(LanguageIdentifierTest, BadModelFilesGiveAStatus) {
  std::unique_ptr<LanguageIdentifier> lid;
  Status missing = LanguageIdentifier::Load((*dir_ / "none.ftz").string(), &lid);
  EXPECT_EQ(missing.code(), Status::Code::kNotFound);
  EXPECT_THAT(missing.message(), HasSubstr("none.ftz"));

  std::ifstream in(ModelPath(), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const fs::path cut = *dir_ / "cut.bin";
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() * 2 / 3);
  Status truncated = LanguageIdentifier::Load(cut.string(), &lid);
  ASSERT_FALSE(truncated.ok());
  EXPECT_THAT(truncated.message(), HasSubstr("cut.bin: truncated fastText model"));

  const fs::path text = *dir_ / "text.ftz";
  std::ofstream(text) << "not a model\n";
  Status garbage = LanguageIdentifier::Load(text.string(), &lid);
  ASSERT_FALSE(garbage.ok());
  EXPECT_THAT(garbage.message(), HasSubstr("not a fastText model"));
  EXPECT_EQ(lid, nullptr);
}

TEST_F(LanguageIdentifierTest, WordVectorModelIsNotAnIdentifier) {
  const std::string path = (*dir_ / "vectors.bin").string();
  testing::TinyModelOptions options;
  options.dim = 4;
  options.bucket = 100;
  testing::TrainTinyFastText((*dir_ / "train.txt").string(), path, options);
  std::unique_ptr<LanguageIdentifier> lid;
  Status status = LanguageIdentifier::Load(path, &lid);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(status.message(), HasSubstr("not a language identifier"));
}

}  // namespace
}  // namespace dupalign

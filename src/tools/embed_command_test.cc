// End-to-end tests of `dupalign embed` and `dupalign model`: they run the
// built binary on a small .vec model written here and check its output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "embed/embedding_stats.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr int kDim = 4;

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; in >> field;) fields.push_back(field);
  return fields;
}

class EmbedCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dupalign_embed_command_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    std::ofstream vec(Model());
    vec << "6 " << kDim << "\n"
        << "the 1 0 0 0\nriver 0 1 0 0\nflood 0 0.5 0.5 0\nbank 0 0 0 1\n"
        << "rates 0 0 1 1\nfloden 0 1 0.1 0\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Model() const { return (dir_ / "words.vec").string(); }

  fs::path Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }

  RunResult Run(const std::string& args, const std::string& input = "") {
    const fs::path in = Write("stdin.txt", input);
    const fs::path out = dir_ / "stdout.txt";
    const fs::path err = dir_ / "stderr.txt";
    const std::string command = std::string(DUPALIGN_BINARY) + " " + args + " <" + in.string() +
                                " >" + out.string() + " 2>" + err.string();
    RunResult result;
    const int status = std::system(command.c_str());
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = ReadAll(out);
    result.err = ReadAll(err);
    return result;
  }

  fs::path dir_;
};

TEST_F(EmbedCommandTest, TextOutputHasOneRowPerInputLine) {
  RunResult result = Run("embed --lang en --model " + Model(),
                         "The river flooded.\nnothing known here\nBank rates!\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 3u);
  for (const std::string& line : lines) {
    const std::vector<std::string> fields = Fields(line);
    ASSERT_EQ(fields.size(), static_cast<size_t>(kDim)) << line;
    for (const std::string& field : fields) {
      EXPECT_EQ(field.size() - field.find('.') - 1, 5u) << field;  // five decimals
    }
  }
  EXPECT_EQ(lines[1], "0.00000 0.00000 0.00000 0.00000");
  // "the" (frequent) barely counts: row 0 is mostly "river".
  EXPECT_GT(std::stof(Fields(lines[0])[1]), std::stof(Fields(lines[0])[0]));
}

std::vector<float> Row(const std::string& line) {
  std::vector<float> row;
  for (const std::string& field : Fields(line)) row.push_back(std::stof(field));
  return row;
}

float Dot(const std::vector<float>& a, const std::vector<float>& b) {
  float sum = 0.0f;
  for (size_t k = 0; k < a.size() && k < b.size(); ++k) sum += a[k] * b[k];
  return sum;
}

// The model's lexicon "floden = flood" moves the Swedish line towards the
// English one; --plain leaves the lexicon out.
TEST_F(EmbedCommandTest, LexiconMovesLinesTowardsTheirTranslationUnlessPlain) {
  Write("words.vec.lexicon.sv", "floden\tflood\n");
  RunResult english = Run("embed --lang en --model " + Model(), "flood\n");
  RunResult read = Run("embed --lang sv --model " + Model(), "floden\n");
  RunResult plain = Run("embed --lang sv --plain --model " + Model(), "floden\n");
  ASSERT_EQ(english.exit_code, 0) << english.err;
  ASSERT_EQ(read.exit_code, 0) << read.err;
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const std::vector<float> target = Row(Lines(english.out).at(0));
  const float read_cosine = Dot(Row(Lines(read.out).at(0)), target);
  const float plain_cosine = Dot(Row(Lines(plain.out).at(0)), target);
  EXPECT_GT(read_cosine, plain_cosine + 0.1f);
  EXPECT_NEAR(Dot(Row(Lines(read.out).at(0)), Row(Lines(read.out).at(0))), 1.0f, 1e-4f);
}

TEST_F(EmbedCommandTest, BinaryOutputIsFloat32RowsMatchingTheText) {
  const std::string input = "river flood\nbank rates\n";
  RunResult text = Run("embed --lang en --model " + Model(), input);
  RunResult binary = Run("embed --lang en --binary --model " + Model(), input);
  ASSERT_EQ(binary.exit_code, 0) << binary.err;
  ASSERT_EQ(binary.out.size(), 2 * kDim * sizeof(float));
  std::vector<float> values(2 * kDim);
  std::memcpy(values.data(), binary.out.data(), binary.out.size());
  const std::vector<std::string> lines = Lines(text.out);
  ASSERT_EQ(lines.size(), 2u);
  for (int row = 0; row < 2; ++row) {
    const std::vector<std::string> fields = Fields(lines[row]);
    for (int d = 0; d < kDim; ++d) EXPECT_NEAR(values[row * kDim + d], std::stof(fields[d]), 1e-5);
  }
}

TEST_F(EmbedCommandTest, MissingOrCorruptModelExitsWithStatusTwo) {
  RunResult missing = Run("embed --lang en --model " + (dir_ / "absent.bin").string(), "x\n");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("absent.bin"));
  EXPECT_EQ(Lines(missing.err).size(), 1u);
  const fs::path corrupt = Write("corrupt.vec", "2 4\nriver 0 1\n");
  RunResult bad = Run("model info --model " + corrupt.string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("corrupt.vec:2: expected 4 values"));
}

TEST_F(EmbedCommandTest, ModelInfoListsLanguagesAndSizes) {
  RunResult result = Run("model info --model sv=" + Model() + ",en=" + Model());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "dim\t4");
  EXPECT_THAT(lines[1], StartsWith("language\ten\t" + Model()));
  EXPECT_THAT(lines[1], HasSubstr("vocabulary 6"));
  EXPECT_THAT(lines[2], StartsWith("language\tsv\t"));
}

TEST_F(EmbedCommandTest, ModelStatsOutputIsAStatsFileBlock) {
  std::string input;
  for (int i = 0; i < 60; ++i) input += i % 2 ? "the river flood\n" : "bank rates the\n";
  RunResult result = Run("model stats --lang sv --model " + Model(), input);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Write("words.vec.stats", result.out);
  EmbeddingStats stats;
  Status status = EmbeddingStats::Load(Model() + ".stats", kDim, &stats);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_NE(stats.ForLanguage("sv"), nullptr);
  EXPECT_EQ(stats.ForLanguage("sv")->sentences, 60);
  RunResult info = Run("model info --model " + Model());
  EXPECT_THAT(info.out, HasSubstr("stats sv"));
  RunResult few = Run("model stats --lang sv --model " + Model(), "river\n");
  EXPECT_EQ(few.exit_code, 1);
}

TEST_F(EmbedCommandTest, ModelEvalReportsPrecisionBothWays) {
  const fs::path a = Write("a.txt", "river\nbank rates\nthe flood\n");
  const fs::path b = Write("b.txt", "floden\nbank rates\nflood\n");
  RunResult result = Run("model eval --model " + Model() + " --lang-a en --lang-b sv --csls-k 2 " +
                         a.string() + " " + b.string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 9u);
  EXPECT_EQ(lines[0], "pairs\t3");
  EXPECT_EQ(lines[1], "p@1\tcosine\ten->sv\t1.0000");
  EXPECT_THAT(lines[3], StartsWith("p@1\tcsls2\ten->sv\t"));
  EXPECT_THAT(lines[5], StartsWith("p@1\tcontext-csls2\ten->sv\t"));
  EXPECT_THAT(lines[6], StartsWith("p@1\tcontext-csls2\tsv->en\t"));
  EXPECT_THAT(lines[7], StartsWith("p@1\twords-csls2\ten->sv\t"));
  EXPECT_THAT(lines[8], StartsWith("p@1\twords-csls2\tsv->en\t"));
  RunResult sentences_only =
      Run("model eval --no-word-matching --model " + Model() + " --lang-a en --lang-b sv " +
          a.string() + " " + b.string());
  EXPECT_EQ(Lines(sentences_only.out).size(), 7u);
  const fs::path short_b = Write("short.txt", "floden\n");
  RunResult mismatch = Run("model eval --model " + Model() + " --lang-a en --lang-b sv " +
                           a.string() + " " + short_b.string());
  EXPECT_EQ(mismatch.exit_code, 1);
  EXPECT_THAT(mismatch.err, HasSubstr("line-parallel"));
}

}  // namespace
}  // namespace dupalign

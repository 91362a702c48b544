// End-to-end tests of `dupalign align`: they run the built binary on small
// files and check what it prints. The embedding model is the default one when
// it exists, otherwise a tiny fastText model trained here, so the tests do
// not depend on a model file being present.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fasttext/fasttext.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tiny_fasttext.h"
#include <nlohmann/json.hpp>

#include "align/alignment_metrics.h"
#include "embed/model_paths.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteAll(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Sentences about unrelated topics, so a tiny model still tells them apart.
const std::vector<std::string> kSentences = {
    "The river flooded the old village after three days of heavy rain.",
    "Farmers moved their cattle to the hills above the valley.",
    "The central bank raised interest rates by half a percentage point.",
    "Investors sold shares of banks and insurance companies on Monday.",
    "The football team won the cup final with a late goal.",
    "Thousands of supporters celebrated in the streets of the capital.",
    "Scientists found a new species of frog in the tropical forest.",
    "The museum opened an exhibition of medieval paintings and maps.",
};
const std::string kExtraStart = "Volcanic ash grounded flights across northern airports yesterday.";
const std::string kExtraEnd = "A chess prodigy defeated the grandmaster in twelve moves.";

class AlignCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/dupalign_align_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = new fs::path(pattern);
    model_args_ = new std::string();
    if (!fs::exists(DefaultEmbeddingModelPath())) TrainTinyModel();
  }

  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete model_args_;
  }

  // A skipgram model on the test sentences repeated: enough for identical
  // sentences to match and different ones to differ. One thread keeps it
  // deterministic.
  static void TrainTinyModel() {
    std::string corpus;
    for (int copy = 0; copy < 20; ++copy) {
      for (const std::string& s : kSentences) corpus += s + "\n";
      corpus += kExtraStart + "\n" + kExtraEnd + "\n";
    }
    WriteAll(*dir_ / "corpus.txt", corpus);
    testing::TinyModelOptions options;
    options.dim = 16;
    options.epoch = 5;
    options.bucket = 2000000;
    testing::TrainTinyFastText((*dir_ / "corpus.txt").string(), (*dir_ / "tiny.bin").string(),
                               options);
    *model_args_ = " --model " + Quote((*dir_ / "tiny.bin").string());
  }

  static fs::path File(const std::string& name, const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    WriteAll(*dir_ / name, text);
    return *dir_ / name;
  }

  static RunResult Run(const std::string& args) {
    const fs::path out = *dir_ / "stdout.txt";
    const fs::path err = *dir_ / "stderr.txt";
    std::string command = Quote(DUPALIGN_BINARY) + " align " + args + *model_args_ + " >" +
                          Quote(out.string()) + " 2>" + Quote(err.string());
    RunResult result;
    int status = std::system(command.c_str());
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = ReadAll(out);
    result.err = ReadAll(err);
    return result;
  }

  // Both sides hold the same sentences: every bead must be 1-1 in order.
  // Identical text makes a 2-2 bead exactly as cheap as two 1-1 beads, so
  // the format tests allow 1-1 beads and gaps only (--max-merge 1).
  static RunResult RunIdentical(const std::string& format) {
    const fs::path a = File("same_a.txt", kSentences);
    const fs::path b = File("same_b.txt", kSentences);
    return Run(Quote(a.string()) + " " + Quote(b.string()) +
               " --lang-a en --lang-b en --presplit --max-merge 1 --format " + format);
  }

  static fs::path* dir_;
  static std::string* model_args_;
};

fs::path* AlignCommandTest::dir_ = nullptr;
std::string* AlignCommandTest::model_args_ = nullptr;

TEST_F(AlignCommandTest, VecalignFormatPairsIdenticalSentencesOneToOne) {
  RunResult result = RunIdentical("vecalign");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string prefix = "[" + std::to_string(i) + "]:[" + std::to_string(i) + "]:";
    EXPECT_EQ(lines[i].rfind(prefix, 0), 0u) << lines[i];
  }
}

TEST_F(AlignCommandTest, LadderFormatEndsWithSentenceCounts) {
  RunResult result = RunIdentical("ladder");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size() + 1);
  const std::string n = std::to_string(kSentences.size());
  EXPECT_EQ(lines.back().rfind(n + "\t" + n + "\t", 0), 0u) << lines.back();
  EXPECT_EQ(lines.front().rfind("0\t0\t", 0), 0u) << lines.front();
}

TEST_F(AlignCommandTest, TsvFormatCarriesTheSentenceTexts) {
  RunResult result = RunIdentical("tsv");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].rfind(kSentences[i] + "\t" + kSentences[i] + "\t", 0), 0u) << lines[i];
  }
}

TEST_F(AlignCommandTest, JsonlFormatHasOneObjectPerBead) {
  RunResult result = RunIdentical("jsonl");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json bead = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(bead["source"], nlohmann::json::array({i}));
    EXPECT_EQ(bead["target"], nlohmann::json::array({i}));
    EXPECT_EQ(bead["source_text"], kSentences[i]);
    EXPECT_EQ(bead["source_lang"], "en");
    EXPECT_GT(bead["similarity"].get<double>(), 0.99);
  }
}

TEST_F(AlignCommandTest, TmxFormatIsWellFormedXml) {
  const fs::path out = *dir_ / "aligned.tmx";
  RunResult result = RunIdentical("tmx --out " + Quote(out.string()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.empty()) << "--out must keep stdout empty";
  std::string tmx = ReadAll(out);
  size_t units = 0;
  for (size_t at = tmx.find("<tu>"); at != std::string::npos; at = tmx.find("<tu>", at + 1)) {
    ++units;
  }
  EXPECT_EQ(units, kSentences.size());
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "xmllint is not installed; TMX checked only for its <tu> count";
  }
  std::string check = "xmllint --noout " + Quote(out.string()) + " 2>/dev/null";
  EXPECT_EQ(std::system(check.c_str()), 0) << tmx;
}

TEST_F(AlignCommandTest, SentencesMissingFromTargetAtStartAndEndBecomeGaps) {
  std::vector<std::string> longer = {kExtraStart};
  longer.insert(longer.end(), kSentences.begin(), kSentences.end());
  longer.push_back(kExtraEnd);
  const fs::path a = File("gaps_a.txt", longer);
  const fs::path b = File("gaps_b.txt", kSentences);
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a en --lang-b en --presplit --max-merge 1");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size() + 2);
  EXPECT_EQ(lines.front().rfind("[0]:[]:", 0), 0u) << lines.front();
  EXPECT_EQ(lines.back().rfind("[" + std::to_string(longer.size() - 1) + "]:[]:", 0), 0u)
      << lines.back();
  EXPECT_EQ(lines[1].rfind("[1]:[0]:", 0), 0u) << lines[1];
}

TEST_F(AlignCommandTest, SentencesMissingFromSourceBecomeTargetGaps) {
  std::vector<std::string> longer = {kExtraStart};
  longer.insert(longer.end(), kSentences.begin(), kSentences.end());
  longer.push_back(kExtraEnd);
  const fs::path a = File("tgap_a.txt", kSentences);
  const fs::path b = File("tgap_b.txt", longer);
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a en --lang-b en --presplit --max-merge 1");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), kSentences.size() + 2);
  EXPECT_EQ(lines.front().rfind("[]:[0]:", 0), 0u) << lines.front();
  EXPECT_EQ(lines.back().rfind("[]:[" + std::to_string(longer.size() - 1) + "]:", 0), 0u)
      << lines.back();
}

// Only the merged side of the embeddings can match a source line that joins
// two target sentences at zero cost; this runs with the default options.
TEST_F(AlignCommandTest, JoinedSentencesAlignOneToTwo) {
  const fs::path a = File("merge_a.txt", {kSentences[0], kSentences[1] + " " + kSentences[2],
                                          kSentences[3]});
  const fs::path b = File("merge_b.txt", {kSentences[0], kSentences[1], kSentences[2],
                                          kSentences[3]});
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a en --lang-b en --presplit");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 3u) << result.out;
  EXPECT_EQ(lines[0].rfind("[0]:[0]:", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("[1]:[1, 2]:", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("[2]:[3]:", 0), 0u) << lines[2];
}

TEST_F(AlignCommandTest, EmptyDocumentsGiveAnEmptyAlignment) {
  const fs::path a = File("empty_a.txt", {});
  const fs::path b = File("empty_b.txt", {});
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a sv --lang-b id");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST_F(AlignCommandTest, EmptySourceLeavesEveryTargetSentenceUnaligned) {
  const fs::path a = File("empty_src.txt", {});
  const fs::path b = File("three.txt", {kSentences[0], kSentences[1], kSentences[2]});
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a en --lang-b en --presplit");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 3u);
  for (size_t j = 0; j < lines.size(); ++j) {
    EXPECT_EQ(lines[j].rfind("[]:[" + std::to_string(j) + "]:", 0), 0u) << lines[j];
  }
}

TEST_F(AlignCommandTest, OneSentenceDocumentsAlignOneToOne) {
  const fs::path a = File("one_a.txt", {kSentences[4]});
  const fs::path b = File("one_b.txt", {kSentences[4]});
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) +
                         " --lang-a en --lang-b en");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Lines(result.out).size(), 1u);
  EXPECT_EQ(result.out.rfind("[0]:[0]:", 0), 0u) << result.out;
}

TEST_F(AlignCommandTest, DocumentsAreSplitIntoSentencesAndParagraphs) {
  // Two paragraphs of two sentences each, separated by a blank line.
  const std::string text = kSentences[0] + " " + kSentences[1] + "\n\n" + kSentences[2] +
                           " " + kSentences[3] + "\n";
  WriteAll(*dir_ / "doc_a.txt", text);
  WriteAll(*dir_ / "doc_b.txt", text);
  RunResult result = Run(Quote((*dir_ / "doc_a.txt").string()) + " " +
                         Quote((*dir_ / "doc_b.txt").string()) +
                         " --lang-a en --lang-b en --max-merge 1 --format tsv");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 4u) << result.out;
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].rfind(kSentences[i] + "\t" + kSentences[i] + "\t", 0), 0u) << lines[i];
  }
}

TEST_F(AlignCommandTest, BatchAlignsEveryListedPairLikeSingleRuns) {
  const fs::path a = File("batch_a.txt", kSentences);
  const fs::path b = File("batch_b.txt", kSentences);
  const std::string pair = " --lang-a en --lang-b en --presplit --max-merge 1";
  RunResult single = Run(Quote(a.string()) + " " + Quote(b.string()) + pair);
  ASSERT_EQ(single.exit_code, 0) << single.err;
  const fs::path out1 = *dir_ / "batch_1.vecalign";
  const fs::path out2 = *dir_ / "batch_2.vecalign";
  const fs::path list = File("batch.txt", {a.string() + "\t" + b.string() + "\t" + out1.string(),
                                           "", b.string() + "\t" + a.string() + "\t" + out2.string()});
  RunResult batch = Run("--batch " + Quote(list.string()) + pair);
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  EXPECT_EQ(ReadAll(out1), single.out);
  EXPECT_EQ(Lines(ReadAll(out2)).size(), kSentences.size());
}

TEST_F(AlignCommandTest, MalformedBatchLineIsNamed) {
  const fs::path list = File("bad_batch.txt", {"only_one_field"});
  RunResult result = Run("--batch " + Quote(list.string()) + " --lang-a en --lang-b en");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("bad_batch.txt:1"), std::string::npos) << result.err;
}

TEST_F(AlignCommandTest, MissingFileIsNamedInOneLineError) {
  const fs::path a = File("present.txt", {kSentences[0]});
  const std::string missing = (*dir_ / "no_such_file.txt").string();
  RunResult result = Run(Quote(a.string()) + " " + Quote(missing) + " --lang-a en --lang-b en");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(missing));
  EXPECT_EQ(Lines(result.err).size(), 1u) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST_F(AlignCommandTest, UnknownFormatIsRejected) {
  RunResult result = RunIdentical("xml");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("unknown alignment format 'xml'"));
}

TEST_F(AlignCommandTest, MissingLanguagesAreAskedForWithoutIdentifier) {
  const fs::path a = File("nolang_a.txt", {kSentences[0]});
  const fs::path b = File("nolang_b.txt", {kSentences[0]});
  const std::string no_model = (*dir_ / "no_lid.ftz").string();
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) + " --lid-model " +
                         Quote(no_model));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("--lang-a and --lang-b"));
  EXPECT_THAT(result.err, HasSubstr(no_model));
}

TEST_F(AlignCommandTest, MissingLanguagesComeFromTheIdentifier) {
  if (!fs::exists(DefaultLidModelPath())) {
    GTEST_SKIP() << DefaultLidModelPath() << " is absent: no language identifier to test";
  }
  const fs::path a = File("lid_en.txt", {kSentences[0], kSentences[1]});
  const fs::path b = File("lid_sv.txt", {"Floden svämmade över den gamla byn efter tre dagars "
                                         "kraftigt regn.",
                                         "Bönderna flyttade sina kor till kullarna ovanför "
                                         "dalen."});
  RunResult result = Run(Quote(a.string()) + " " + Quote(b.string()) + " --format jsonl");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json first = nlohmann::json::parse(Lines(result.out).at(0));
  EXPECT_EQ(first["source_lang"], "en");
  EXPECT_EQ(first["target_lang"], "sv");
}

// scripts/eval/score_alignments.py must agree with AlignmentMetrics, the C++
// implementation of Vecalign's scores, on a case with every kind of bead.
TEST(ScoreAlignmentsScriptTest, AgreesWithAlignmentMetrics) {
  const fs::path script = fs::path(DUPALIGN_SOURCE_DIR) / "scripts/eval/score_alignments.py";
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 is not installed";
  }
  char pattern[] = "/tmp/dupalign_score_test_XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  const fs::path dir(pattern);
  WriteAll(dir / "doc1.gold", "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3, 4]\n");
  WriteAll(dir / "doc1.pred", "[0]:[0]:0.1\n[1]:[1]:0.2\n[2]:[]:0\n[]:[2]:0\n[3]:[3]:0.5\n"
                              "[4]:[4]:0.3\n");
  WriteAll(dir / "doc2.gold", "[0]:[0]\n[1]:[1]\n");
  WriteAll(dir / "doc2.pred", "[0, 1]:[0, 1]:0.4\n");
  std::string command = "python3 " + Quote(script.string()) + " --json -g " +
                        Quote((dir / "doc1.gold").string()) + " " +
                        Quote((dir / "doc2.gold").string()) + " -t " +
                        Quote((dir / "doc1.pred").string()) + " " +
                        Quote((dir / "doc2.pred").string()) + " > " +
                        Quote((dir / "scores.json").string());
  ASSERT_EQ(std::system(command.c_str()), 0);
  nlohmann::json scores = nlohmann::json::parse(ReadAll(dir / "scores.json"));
  fs::remove_all(dir);

  using Beads = std::vector<AlignmentBead>;
  AlignmentMetrics metrics;
  metrics.Add(Beads{{{0}, {0}}, {{1, 2}, {1}}, {{}, {2}}, {{3}, {}}, {{4}, {3, 4}}},
              Beads{{{0}, {0}}, {{1}, {1}}, {{2}, {}}, {{}, {2}}, {{3}, {3}}, {{4}, {4}}});
  metrics.Add(Beads{{{0}, {0}}, {{1}, {1}}}, Beads{{{0, 1}, {0, 1}}});
  AlignmentScores expected = metrics.Scores();
  EXPECT_DOUBLE_EQ(scores["precision_strict"].get<double>(), expected.precision_strict);
  EXPECT_DOUBLE_EQ(scores["recall_strict"].get<double>(), expected.recall_strict);
  EXPECT_DOUBLE_EQ(scores["f1_strict"].get<double>(), expected.f1_strict);
  EXPECT_DOUBLE_EQ(scores["precision_lax"].get<double>(), expected.precision_lax);
  EXPECT_DOUBLE_EQ(scores["recall_lax"].get<double>(), expected.recall_lax);
  EXPECT_DOUBLE_EQ(scores["f1_lax"].get<double>(), expected.f1_lax);
  // The case mixes hits and misses, so the scores are neither 0 nor 1.
  EXPECT_GT(expected.f1_strict, 0.0);
  EXPECT_LT(expected.f1_lax, 1.0);
}

// A ladder step that skips sentences on one side only is one gap per
// sentence; a step over both sides is one bead.
TEST(ScoreAlignmentsScriptTest, LadderStepsBecomeBeads) {
  const fs::path script = fs::path(DUPALIGN_SOURCE_DIR) / "scripts/eval/score_alignments.py";
  if (std::system("command -v python3 >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 is not installed";
  }
  char pattern[] = "/tmp/dupalign_ladder_test_XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  const fs::path dir(pattern);
  WriteAll(dir / "doc.gold", "[]:[0]\n[]:[1]\n[0, 1]:[2]\n[2]:[3]\n");
  WriteAll(dir / "doc.ladder", "0\t0\t0.1\n0\t2\t0.5\n2\t3\t0.3\n3\t4\t0\n");
  std::string command = "python3 " + Quote(script.string()) + " --json --test-format ladder -g " +
                        Quote((dir / "doc.gold").string()) + " -t " +
                        Quote((dir / "doc.ladder").string()) + " > " +
                        Quote((dir / "scores.json").string());
  ASSERT_EQ(std::system(command.c_str()), 0);
  nlohmann::json scores = nlohmann::json::parse(ReadAll(dir / "scores.json"));
  fs::remove_all(dir);
  EXPECT_DOUBLE_EQ(scores["f1_strict"].get<double>(), 1.0);
}

}  // namespace
}  // namespace dupalign

#include "embed/procrustes.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "embed/embedding_space.h"
#include "embed/retrieval.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

Eigen::MatrixXf Gaussian(Eigen::Index rows, Eigen::Index cols, float sigma, std::mt19937* rng) {
  std::normal_distribution<float> normal(0.0f, sigma);
  Eigen::MatrixXf m(rows, cols);
  for (Eigen::Index i = 0; i < rows; ++i) {
    for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = normal(*rng);
  }
  return m;
}

Eigen::MatrixXf RandomRotation(int dim, std::mt19937* rng) {
  Eigen::HouseholderQR<Eigen::MatrixXf> qr(Gaussian(dim, dim, 1.0f, rng));
  return qr.householderQ() * Eigen::MatrixXf::Identity(dim, dim);
}

// A world where target word i is source word i rotated by R, plus noise.
struct World {
  Eigen::MatrixXf rotation, source, target;
};

World MakeWorld(int words, int dim, float noise, unsigned seed) {
  std::mt19937 rng(seed);
  World world;
  world.rotation = RandomRotation(dim, &rng);
  world.source = Gaussian(words, dim, 1.0f, &rng);
  world.target = world.source * world.rotation.transpose() + Gaussian(words, dim, noise, &rng);
  return world;
}

std::vector<std::vector<int>> Identity(int n, int offset = 0) {
  std::vector<std::vector<int>> gold(n);
  for (int i = 0; i < n; ++i) gold[i] = {offset + i};
  return gold;
}

TEST(ProcrustesTest, RecoversAKnownRotation) {
  const World world = MakeWorld(300, 20, 0.01f, 7);
  Eigen::MatrixXf map;
  ASSERT_TRUE(LearnOrthogonalMap(world.source, world.target, &map).ok());
  EXPECT_LT((map - world.rotation).norm(), 0.05f);
  EXPECT_LT((map.transpose() * map - Eigen::MatrixXf::Identity(20, 20)).norm(), 1e-4f);
  const TranslationPrecision p = EvaluateTranslation(map, world.source, Identity(300),
                                                     world.source, world.target, 10);
  EXPECT_EQ(p.cosine, 1.0);
  EXPECT_EQ(p.csls, 1.0);
}

TEST(ProcrustesTest, ShapeErrorsAreInvalidArguments) {
  Eigen::MatrixXf map;
  Status status = LearnOrthogonalMap(Eigen::MatrixXf::Ones(5, 4), Eigen::MatrixXf::Ones(6, 4), &map);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("5 source rows but 6 target rows"));
  status = LearnOrthogonalMap(Eigen::MatrixXf::Ones(1, 4), Eigen::MatrixXf::Ones(1, 4), &map);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("need at least 2"));
  Eigen::MatrixXf wrong = Eigen::MatrixXf::Identity(3, 3);
  status = RefineMap(Eigen::MatrixXf::Ones(10, 4), Eigen::MatrixXf::Ones(10, 4),
                     Eigen::MatrixXf::Ones(2, 4), Eigen::MatrixXf::Ones(2, 4), RefineOptions(),
                     &wrong, nullptr);
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("3x3"));
}

TEST(ProcrustesTest, BlockSizeDoesNotChangeNeighbours) {
  const World world = MakeWorld(120, 10, 0.3f, 11);
  const Eigen::MatrixXf source = NormalizeAndCenter(world.source);
  const Eigen::MatrixXf target = NormalizeAndCenter(world.target);
  const CslsNeighbours whole = MutualCslsSearch(source, target, 10, 1000);
  const CslsNeighbours blocked = MutualCslsSearch(source, target, 10, 7);
  EXPECT_EQ(whole.source_to_target, blocked.source_to_target);
  EXPECT_EQ(whole.target_to_source, blocked.target_to_source);
  // The same winners as retrieval.h's whole-matrix CSLS.
  const Eigen::MatrixXf csls = CslsFromCosine(source * target.transpose(), 10);
  for (Eigen::Index i = 0; i < csls.rows(); ++i) {
    Eigen::Index j = 0;
    csls.row(i).maxCoeff(&j);
    EXPECT_EQ(blocked.source_to_target[i], j) << "source row " << i;
    csls.col(i).maxCoeff(&j);
    EXPECT_EQ(blocked.target_to_source[i], j) << "target row " << i;
  }
}

TEST(ProcrustesTest, RefinementImprovesHeldOutPrecisionFromASmallSeed) {
  // 40 seed pairs cannot determine a 50-dimensional rotation; the vocabulary's
  // mutual neighbours can.
  const int dim = 50, words = 2000, seed = 40, heldout = 200;
  const World world = MakeWorld(words, dim, 0.4f, 3);
  const Eigen::MatrixXf seed_source = world.source.topRows(seed);
  const Eigen::MatrixXf seed_target = world.target.topRows(seed);
  const Eigen::MatrixXf queries = world.source.bottomRows(heldout);
  const auto gold = Identity(heldout, words - heldout);
  Eigen::MatrixXf map;
  ASSERT_TRUE(LearnOrthogonalMap(seed_source, seed_target, &map).ok());
  const TranslationPrecision before =
      EvaluateTranslation(map, queries, gold, world.source, world.target, 10);
  const float error_before = (map - world.rotation).norm();
  RefineReport report;
  RefineOptions options;
  options.block_rows = 300;
  ASSERT_TRUE(RefineMap(world.source, world.target, seed_source, seed_target, options, &map,
                        &report)
                  .ok());
  const TranslationPrecision after =
      EvaluateTranslation(map, queries, gold, world.source, world.target, 10);
  EXPECT_EQ(report.mutual_pairs.size(), 5u);
  EXPECT_GT(report.mutual_pairs.back(), report.mutual_pairs.front());
  EXPECT_LT((map - world.rotation).norm(), error_before);
  EXPECT_GT(after.cosine, before.cosine);
  EXPECT_GT(after.csls, before.csls);
  EXPECT_GE(after.csls, after.cosine);
}

class ModelAlignCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dupalign_model_align_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string WriteVec(const std::string& name, const std::string& prefix,
                       const Eigen::MatrixXf& rows) {
    std::ofstream out(dir_ / name);
    out << rows.rows() << ' ' << rows.cols() << '\n';
    for (Eigen::Index i = 0; i < rows.rows(); ++i) {
      out << prefix << i;
      for (Eigen::Index j = 0; j < rows.cols(); ++j) out << ' ' << rows(i, j);
      out << '\n';
    }
    return (dir_ / name).string();
  }

  // Runs the binary; returns its exit status and stdout.
  int Run(const std::string& arguments, std::string* output) {
    const std::string command = std::string(DUPALIGN_BINARY) + " model align " + arguments;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return -1;
    char buffer[256];
    while (fgets(buffer, sizeof(buffer), pipe)) *output += buffer;
    return pclose(pipe);
  }

  fs::path dir_;
};

TEST_F(ModelAlignCommandTest, WritesAMapThatEmbeddingSpaceApplies) {
  const World world = MakeWorld(200, 8, 0.02f, 5);
  const std::string source = WriteVec("xx.vec", "s", world.source);
  const std::string target = WriteVec("yy.vec", "t", world.target);
  {
    std::ofstream dict(dir_ / "dict.txt");
    for (int i = 0; i < 150; ++i) {
      // Both accepted layouts, and pairs no model knows.
      if (i % 3 == 0) {
        dict << 't' << i << " @ s" << i << '\n';
      } else {
        dict << 's' << i << '\t' << 't' << i << '\n';
      }
    }
    dict << "unknown t1\ns1 unknown\nt1 t2 @ s1\n\n";
  }
  const std::string map = (dir_ / "W.txt").string();
  std::string output;
  ASSERT_EQ(Run("--source-model " + source + " --target-model " + target + " --dictionary " +
                    (dir_ / "dict.txt").string() + " --out " + map +
                    " --refine 2 --holdout 0.2 --lang-source xx --lang-target yy",
                &output),
            0)
      << output;
  EXPECT_THAT(output, HasSubstr("skipped\t2\tmalformed\t1\n"));
  EXPECT_THAT(output, HasSubstr("p@1\tcosine\txx->yy\tprocrustes\t1.0000"));
  EXPECT_THAT(output, HasSubstr("p@1\tcsls10\txx->yy\trefined\t1.0000"));

  std::unique_ptr<EmbeddingSpace> space;
  ASSERT_TRUE(EmbeddingSpace::Load("xx=" + source + ",yy=" + target + ",xx:map=" + map,
                                   ModelLoadOptions(), &space)
                  .ok());
  const EmbeddingSpace::Entry* xx = space->ForLanguage("xx");
  const EmbeddingSpace::Entry* yy = space->ForLanguage("yy");
  ASSERT_NE(xx->map, nullptr);
  // Word 170 is in no dictionary line: the map must generalise to it.
  Eigen::VectorXf word(8), candidate(8);
  ASSERT_TRUE(xx->model->WordVector("s170", word.data()));
  const Eigen::VectorXf mapped = (*xx->map * word).normalized();
  int best = -1;
  float best_cosine = -2;
  for (int i = 0; i < 200; ++i) {
    ASSERT_TRUE(yy->model->WordVector("t" + std::to_string(i), candidate.data()));
    const float cosine = mapped.dot(candidate.normalized());
    if (cosine > best_cosine) best_cosine = cosine, best = i;
  }
  EXPECT_EQ(best, 170);
}

TEST_F(ModelAlignCommandTest, MissingDictionaryFails) {
  const World world = MakeWorld(10, 4, 0.0f, 1);
  const std::string source = WriteVec("xx.vec", "s", world.source);
  std::string output;
  EXPECT_NE(Run("--source-model " + source + " --target-model " + source + " --dictionary " +
                    (dir_ / "none.txt").string() + " --out " + (dir_ / "W.txt").string() +
                    " 2>/dev/null",
                &output),
            0);
  EXPECT_FALSE(fs::exists(dir_ / "W.txt"));
}

}  // namespace
}  // namespace dupalign

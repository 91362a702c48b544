// End-to-end: a story re-posted many times makes one large cluster, whose
// alignments must stay linear in its size past --all-pairs-members.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "scratch_dir_test_base.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class LargeClusterTest : public testing::ScratchDirTestBase {
 protected:
  // Six copies of the Swedish seed, each with its own id.
  void WriteCopies() {
    std::ifstream in(fs::path(DUPALIGN_SOURCE_DIR) / "seeds" / "002_01c3f9666bdd31b4.txt");
    std::ostringstream text;
    text << in.rdbuf();
    ASSERT_FALSE(text.str().empty());
    for (int i = 0; i < 6; ++i) Write("corpus/copy" + std::to_string(i) + ".txt", text.str());
  }

  // Number of aligned pairs in the single cluster of the run.
  size_t AlignedPairs(const std::string& extra) {
    const fs::path out = dir_ / ("out" + extra.substr(extra.find_last_of(' ') + 1));
    const std::string command = std::string(DUPALIGN_BINARY) + " analyze " +
                                (dir_ / "corpus").string() + " --out " + out.string() +
                                " --quiet" + extra;
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream clusters(out / "clusters.jsonl");
    std::string line;
    size_t lines = 0, pairs = 0;
    while (std::getline(clusters, line)) {
      ++lines;
      const json cluster = json::parse(line);
      EXPECT_EQ(cluster["members"].size(), 6u);
      pairs = cluster["coverage"].size();
    }
    EXPECT_EQ(lines, 1u) << "six exact copies are one cluster";
    return pairs;
  }
};

TEST_F(LargeClusterTest, EveryPairUpToTheLimitThenRepresentativeOnly) {
  WriteCopies();
  EXPECT_EQ(AlignedPairs(" --all-pairs-members 6"), 15u);  // 6 * 5 / 2
  EXPECT_EQ(AlignedPairs(" --all-pairs-members 5"), 5u);   // representative with each
}

}  // namespace
}  // namespace dupalign

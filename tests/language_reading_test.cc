// End-to-end: language identification must not let an opening paragraph in
// another language decide for a document (a Swedish article whose lead was
// left in English).
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

class LanguageReadingTest : public testing::ScratchDirTestBase {
 protected:
  // The language analyze gives the one document in corpus/.
  std::string LanguageOf(const std::string& text) {
    Write("corpus/doc.txt", text);
    const fs::path out = dir_ / "out";
    const std::string command = std::string(DUPALIGN_BINARY) + " analyze " +
                                (dir_ / "corpus").string() + " --out " + out.string() + " --quiet";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream documents(out / "documents.jsonl");
    std::string line;
    EXPECT_TRUE(std::getline(documents, line));
    return json::parse(line).value("lang", "");
  }
};

TEST_F(LanguageReadingTest, EnglishLeadDoesNotDecideForASwedishArticle) {
  std::ifstream in(fs::path(DUPALIGN_SOURCE_DIR) / "seeds" / "002_01c3f9666bdd31b4.txt");
  std::ostringstream swedish;
  swedish << in.rdbuf();
  ASSERT_GT(swedish.str().size(), 3000u);
  const std::string english_lead =
      "The minister of health met the governor of the prefecture on Friday to discuss how the "
      "two sides could work together on hospital equipment, the training of nurses and doctors, "
      "care for an ageing population and the exchange of students between medical universities. "
      "Both delegations said that the cooperation signed last year had already brought results "
      "and that they expected more companies to invest in the production of medicines. The "
      "governor thanked the ministry for its welcome and invited its experts to visit the "
      "region's hospitals and research parks next spring.\n\n";
  ASSERT_GT(english_lead.size(), 512u);  // more than the first look reads
  EXPECT_EQ(LanguageOf(swedish.str()), "sv");
  EXPECT_EQ(LanguageOf(english_lead + swedish.str()), "sv");
  EXPECT_EQ(LanguageOf(english_lead), "en");
}

}  // namespace
}  // namespace dupalign

// Validates every line of documents.jsonl and clusters.jsonl written by the
// built binary against docs/jsonl-schema.md: keys, types, enumerations, date
// and id forms, cross references between the two files, the optional vectors
// of --with-vectors, and byte-identical output across runs. The checker is
// strict (unknown keys are errors) so the document and the writer cannot drift.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xxhash.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using Errors = std::vector<std::string>;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Every line, including a trailing one without newline, so that a malformed
// last line is reported rather than silently dropped.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

std::vector<json> ParseJsonl(const fs::path& path) {
  std::vector<json> rows;
  for (const std::string& line : Lines(ReadFile(path))) {
    rows.push_back(json::parse(line, nullptr, /*allow_exceptions=*/false));
  }
  return rows;
}

bool Matches(const json& value, const char* pattern) {
  return value.is_string() && std::regex_match(value.get<std::string>(), std::regex(pattern));
}

const char kIsoDate[] = "(?:[0-9]{4}|-)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
const char kClusterId[] = "c-[0-9a-f]{12}";
const char kLang[] = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*";

// Checks one object against a table of key -> (required, predicate).
struct Field {
  bool required;
  bool (*valid)(const json&);
};
using Schema = std::map<std::string, Field>;

void CheckObject(const json& j, const Schema& schema, const std::string& where, Errors* errors) {
  if (!j.is_object()) {
    errors->push_back(where + ": not a JSON object");
    return;
  }
  for (const auto& [key, field] : schema) {
    if (!j.contains(key)) {
      if (field.required) errors->push_back(where + ": missing \"" + key + "\"");
    } else if (!field.valid(j[key])) {
      errors->push_back(where + ": bad \"" + key + "\": " + j[key].dump());
    }
  }
  for (const auto& item : j.items()) {
    if (!schema.count(item.key()))
      errors->push_back(where + ": unknown key \"" + item.key() + "\"");
  }
}

bool IsString(const json& v) { return v.is_string(); }
bool IsNonEmptyString(const json& v) { return v.is_string() && !v.get<std::string>().empty(); }
bool IsCount(const json& v) { return v.is_number_unsigned(); }
bool IsNumber(const json& v) { return v.is_number(); }
bool IsShare(const json& v) {
  return v.is_number() && v.get<double>() >= 0 && v.get<double>() <= 1;
}
bool IsDateOrEmpty(const json& v) { return v == "" || Matches(v, kIsoDate); }
bool IsLang(const json& v) { return Matches(v, kLang); }
bool IsClusterOrEmpty(const json& v) { return v == "" || Matches(v, kClusterId); }

bool IsArrayOf(const json& v, bool (*element)(const json&)) {
  if (!v.is_array()) return false;
  for (const json& e : v) {
    if (!element(e)) return false;
  }
  return true;
}
bool IsStringArray(const json& v) { return IsArrayOf(v, IsString); }
bool IsDateArray(const json& v) {
  return IsArrayOf(v, [](const json& e) { return Matches(e, kIsoDate); });
}
bool IsVector(const json& v) { return !v.empty() && IsArrayOf(v, IsNumber); }

bool IsRemovedBlock(const json& v) {
  Errors errors;
  CheckObject(v,
              {{"reason", {true, IsNonEmptyString}},
               {"begin", {true, IsCount}},
               {"end", {true, IsCount}},
               {"text", {true, IsString}}},
              "removed", &errors);
  return errors.empty() && v["begin"].get<size_t>() <= v["end"].get<size_t>();
}

const Schema& DocumentSchema() {
  static const Schema schema = {
      {"type", {true, [](const json& v) { return v == "document"; }}},
      {"id", {true, IsNonEmptyString}},
      {"path", {true, IsNonEmptyString}},
      {"format",
       {true,
        [](const json& v) { return v == "txt" || v == "html" || v == "md" || v == "jsonl"; }}},
      {"lang", {true, IsLang}},
      {"lang_confidence", {true, IsShare}},
      {"status", {true, IsNonEmptyString}},
      {"cluster", {true, IsClusterOrEmpty}},
      {"title", {true, IsString}},
      {"url", {true, IsString}},
      {"published", {true, IsDateOrEmpty}},
      {"event_date", {true, IsDateOrEmpty}},
      {"dates", {true, IsDateArray}},
      {"source_urls", {true, IsStringArray}},
      {"paragraphs", {true, IsCount}},
      {"sentences", {true, IsCount}},
      {"removed", {true, [](const json& v) { return IsArrayOf(v, IsRemovedBlock); }}},
      {"vector", {false, IsVector}},
  };
  return schema;
}

bool IsRelation(const json& v) {
  static const std::set<std::string> kRelations = {"representative", "exact-duplicate",
                                                   "near-duplicate", "partial-duplicate",
                                                   "translation",    "same-event"};
  return v.is_string() && kRelations.count(v.get<std::string>()) > 0;
}

bool IsEvidence(const json& v) {
  Errors errors;
  CheckObject(v,
              {{"score", {true, IsNumber}},
               {"cosine", {true, IsNumber}},
               {"margin", {true, IsNumber}},
               {"sentence_match", {true, IsShare}},
               {"ordered_similarity", {true, IsNumber}},
               {"word_match", {true, IsNumber}},
               {"same_source", {true, [](const json& b) { return b.is_boolean(); }}},
               {"jaccard", {true, IsShare}},
               {"containment",
                {true, [](const json& c) { return c.size() == 2 && IsArrayOf(c, IsShare); }}},
               {"anchor_overlap", {true, IsShare}},
               {"shared_names", {true, IsStringArray}},
               {"shared_numbers", {true, IsStringArray}},
               {"shared_codes", {true, IsStringArray}},
               {"shared_urls", {true, IsStringArray}},
               {"shared_dates", {true, IsStringArray}},
               {"dates", {true, IsString}}},
              "evidence", &errors);
  return errors.empty();
}

bool IsMember(const json& v) {
  Errors errors;
  CheckObject(v,
              {{"id", {true, IsNonEmptyString}},
               {"lang", {true, IsLang}},
               {"relation", {true, IsRelation}},
               {"score", {true, IsNumber}},
               {"evidence", {false, IsEvidence}}},
              "member", &errors);
  return errors.empty();
}

bool IsCoverage(const json& v) {
  Errors errors;
  CheckObject(v,
              {{"source", {true, IsNonEmptyString}},
               {"target", {true, IsNonEmptyString}},
               {"source_covered", {true, IsShare}},
               {"target_covered", {true, IsShare}},
               {"beads", {true, IsCount}}},
              "coverage", &errors);
  return errors.empty();
}

const Schema& ClusterSchema() {
  static const Schema schema = {
      {"type", {true, [](const json& v) { return v == "cluster"; }}},
      {"cluster", {true, [](const json& v) { return Matches(v, kClusterId); }}},
      {"representative", {true, IsNonEmptyString}},
      {"members", {true, [](const json& v) { return !v.empty() && IsArrayOf(v, IsMember); }}},
      {"languages", {true, [](const json& v) { return !v.empty() && IsArrayOf(v, IsLang); }}},
      {"event_date", {true, IsDateOrEmpty}},
      {"coverage", {true, [](const json& v) { return IsArrayOf(v, IsCoverage); }}},
  };
  return schema;
}

// Document rules that span several fields.
void CheckDocumentRules(const json& doc, const std::string& where, Errors* errors) {
  const bool ok = doc["status"] == "ok";
  if (ok != (doc["cluster"] != "")) errors->push_back(where + ": status and cluster disagree");
  if (!ok && doc.contains("vector")) errors->push_back(where + ": skipped document has a vector");
}

// Cluster rules that span several fields.
void CheckClusterRules(const json& c, const std::string& where, Errors* errors) {
  const json& members = c["members"];
  if (members[0]["id"] != c["representative"])
    errors->push_back(where + ": first member is not the representative");
  if (members[0]["relation"] != "representative" || members[0].contains("evidence")) {
    errors->push_back(where + ": first member must be the representative, without evidence");
  }
  std::set<std::string> langs;
  for (size_t m = 0; m < members.size(); ++m) {
    langs.insert(members[m]["lang"].get<std::string>());
    if (m > 0 && members[m]["relation"] == "representative") {
      errors->push_back(where + ": two representatives");
    }
  }
  if (c["languages"] != json(std::vector<std::string>(langs.begin(), langs.end()))) {
    errors->push_back(where + ": languages are not the sorted member languages");
  }
}

// The documented derivation: "c-" and the low 48 bits of XXH3-64 of the
// representative's id, as 12 lower-case hex digits.
std::string ExpectedClusterId(const std::string& representative) {
  char buffer[24];
  std::snprintf(buffer, sizeof(buffer), "c-%012llx",
                static_cast<unsigned long long>(
                    XXH3_64bits(representative.data(), representative.size()) & 0xffffffffffffULL));
  return buffer;
}

class JsonlSchemaTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, in parallel: one directory each.
    root_ = fs::temp_directory_path() / ("dupalign_jsonl_schema_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "bad");
    WriteFile(root_ / "bad" / "empty.txt", "");
    WriteFile(root_ / "bad" / "latin1.txt", "Bo\xef\xbf nh\xe0 n\xff\xfe.\n");
    exit_codes_ = {Run("run1", ""), Run("run2", ""), Run("vec1", " --with-vectors"),
                   Run("vec2", " --with-vectors")};
  }
  static void TearDownTestSuite() { fs::remove_all(root_); }

  static int Run(const std::string& name, const std::string& flags) {
    const std::string command = std::string(DUPALIGN_BINARY) + " analyze " +
                                (fs::path(DUPALIGN_SOURCE_DIR) / "seeds").string() + " " +
                                (root_ / "bad").string() + " --out " + (root_ / name).string() +
                                " --quiet" + flags;
    return std::system(command.c_str());
  }

  static std::vector<json> Documents(const std::string& run) {
    return ParseJsonl(root_ / run / "documents.jsonl");
  }
  static std::vector<json> Clusters(const std::string& run) {
    return ParseJsonl(root_ / run / "clusters.jsonl");
  }

  void SetUp() override {
    for (int code : exit_codes_) ASSERT_EQ(code, 0);
  }

  static fs::path root_;
  static std::vector<int> exit_codes_;
};

fs::path JsonlSchemaTest::root_;
std::vector<int> JsonlSchemaTest::exit_codes_;

TEST_F(JsonlSchemaTest, EveryLineIsNewlineTerminatedJson) {
  for (const char* run : {"run1", "vec1"}) {
    for (const char* file : {"documents.jsonl", "clusters.jsonl"}) {
      const std::string text = ReadFile(root_ / run / file);
      ASSERT_FALSE(text.empty()) << run << "/" << file;
      EXPECT_EQ(text.back(), '\n') << run << "/" << file;
      for (const std::string& line : Lines(text)) {
        EXPECT_FALSE(json::parse(line, nullptr, false).is_discarded()) << file << ": " << line;
      }
    }
  }
}

TEST_F(JsonlSchemaTest, EveryDocumentLineMatchesTheSchema) {
  for (const char* run : {"run1", "vec1"}) {
    const std::vector<json> docs = Documents(run);
    ASSERT_EQ(docs.size(), 7u) << "five seeds, one empty file, one invalid UTF-8 file";
    Errors errors;
    std::set<std::string> ids;
    for (size_t i = 0; i < docs.size(); ++i) {
      const std::string where = std::string(run) + "/documents.jsonl:" + std::to_string(i + 1);
      const size_t before = errors.size();
      CheckObject(docs[i], DocumentSchema(), where, &errors);
      if (errors.size() > before) continue;
      CheckDocumentRules(docs[i], where, &errors);
      if (!ids.insert(docs[i]["id"].get<std::string>()).second)
        errors.push_back(where + ": duplicate id");
    }
    EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
  }
}

TEST_F(JsonlSchemaTest, BadFilesAreListedAsSkippedWithAReason) {
  std::map<std::string, json> byId;
  for (const json& doc : Documents("run1")) byId[doc["id"].get<std::string>()] = doc;
  ASSERT_TRUE(byId.count("empty") && byId.count("latin1"));
  EXPECT_EQ(byId["empty"]["status"], "empty");
  EXPECT_NE(byId["latin1"]["status"].get<std::string>().find("UTF-8"), std::string::npos)
      << byId["latin1"]["status"];
  for (const char* id : {"empty", "latin1"}) {
    EXPECT_EQ(byId[id]["cluster"], "") << id;
    EXPECT_EQ(byId[id]["sentences"], 0) << id;
  }
}

TEST_F(JsonlSchemaTest, EveryClusterLineMatchesTheSchema) {
  const std::vector<json> clusters = Clusters("run1");
  ASSERT_FALSE(clusters.empty());
  Errors errors;
  std::set<std::string> ids;
  for (size_t i = 0; i < clusters.size(); ++i) {
    const std::string where = "clusters.jsonl:" + std::to_string(i + 1);
    const size_t before = errors.size();
    CheckObject(clusters[i], ClusterSchema(), where, &errors);
    if (errors.size() > before) continue;
    CheckClusterRules(clusters[i], where, &errors);
    if (!ids.insert(clusters[i]["cluster"].get<std::string>()).second)
      errors.push_back(where + ": duplicate cluster id");
  }
  EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
}

TEST_F(JsonlSchemaTest, ClusterIdsDeriveFromTheRepresentative) {
  for (const json& cluster : Clusters("run1")) {
    EXPECT_EQ(cluster["cluster"], ExpectedClusterId(cluster["representative"].get<std::string>()))
        << cluster["cluster"];
  }
}

TEST_F(JsonlSchemaTest, FilesReferToEachOther) {
  std::map<std::string, json> docs;
  for (const json& doc : Documents("run1")) docs[doc["id"].get<std::string>()] = doc;
  std::map<std::string, std::string> cluster_of_member;
  for (const json& cluster : Clusters("run1")) {
    std::set<std::string> members;
    for (const json& member : cluster["members"]) {
      const std::string id = member["id"];
      members.insert(id);
      ASSERT_TRUE(docs.count(id)) << "member " << id << " is not in documents.jsonl";
      EXPECT_EQ(docs[id]["cluster"], cluster["cluster"]) << id;
      EXPECT_EQ(docs[id]["lang"], member["lang"]) << id;
      EXPECT_TRUE(cluster_of_member.emplace(id, cluster["cluster"].get<std::string>()).second)
          << id << " in two clusters";
    }
    for (const json& pair : cluster["coverage"]) {
      EXPECT_TRUE(members.count(pair["source"].get<std::string>()) &&
                  members.count(pair["target"].get<std::string>()))
          << pair;
    }
  }
  for (const auto& [id, doc] : docs) {
    EXPECT_EQ(doc["status"] == "ok", cluster_of_member.count(id) == 1) << id;
  }
}

TEST_F(JsonlSchemaTest, VectorsAppearOnlyWithTheFlag) {
  for (const json& doc : Documents("run1")) EXPECT_FALSE(doc.contains("vector")) << doc["id"];
  size_t with_vector = 0;
  for (const json& doc : Documents("vec1")) {
    EXPECT_EQ(doc.contains("vector"), doc["status"] == "ok") << doc["id"];
    with_vector += doc.contains("vector");
  }
  EXPECT_EQ(with_vector, 5u);
}

TEST_F(JsonlSchemaTest, VectorsShareOneLengthAreUnitAndRounded) {
  size_t dims = 0;
  for (const json& doc : Documents("vec1")) {
    if (!doc.contains("vector")) continue;
    const json& vector = doc["vector"];
    if (dims == 0) dims = vector.size();
    EXPECT_EQ(vector.size(), dims) << doc["id"];
    double norm = 0;
    for (const json& x : vector) {
      const double v = x.get<double>();
      norm += v * v;
      EXPECT_NEAR(v * 1e6, std::round(v * 1e6), 1e-6) << doc["id"] << ": more than 6 decimals";
    }
    EXPECT_NEAR(std::sqrt(norm), 1.0, 1e-3) << doc["id"];
  }
  EXPECT_GT(dims, 1u);
}

TEST_F(JsonlSchemaTest, VectorsAreTheOnlyDifferenceTheFlagMakes) {
  std::vector<json> with = Documents("vec1");
  const std::vector<json> without = Documents("run1");
  ASSERT_EQ(with.size(), without.size());
  for (size_t i = 0; i < with.size(); ++i) {
    with[i].erase("vector");
    EXPECT_EQ(with[i], without[i]) << without[i]["id"];
  }
  EXPECT_EQ(ReadFile(root_ / "vec1" / "clusters.jsonl"),
            ReadFile(root_ / "run1" / "clusters.jsonl"));
}

TEST_F(JsonlSchemaTest, TwoRunsAreByteIdentical) {
  for (const auto& [a, b] : {std::pair{"run1", "run2"}, std::pair{"vec1", "vec2"}}) {
    for (const char* file : {"documents.jsonl", "clusters.jsonl"}) {
      EXPECT_EQ(ReadFile(root_ / a / file), ReadFile(root_ / b / file))
          << a << " " << b << " " << file;
    }
  }
}

}  // namespace

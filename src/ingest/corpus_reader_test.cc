#include "ingest/corpus_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scratch_dir_test_base.h"
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const char kArticle[] =
    "A short headline\n"
    "Ngày 12/4/2024 tại Hà Nội, the delegations met and talked for a long time about cooperation in health.\n"
    "Another paragraph follows here.\n";

class CorpusReaderTest : public testing::ScratchDirTestBase {
 protected:
  std::vector<Document> Read(const std::vector<std::string>& paths, IngestOptions options = {}) {
    std::vector<Document> docs;
    EXPECT_TRUE(ReadCorpus(paths, options, &docs).ok());
    return docs;
  }
};

TEST_F(CorpusReaderTest, EmptyPathListIsAnError) {
  std::vector<Document> docs;
  EXPECT_FALSE(ReadCorpus({}, IngestOptions(), &docs).ok());
}

TEST_F(CorpusReaderTest, ReadsDirectoryRecursivelyInPathOrder) {
  Write("b.txt", kArticle);
  Write("a/z.md", "# Heading\n\nSome text\nwrapped.\n");
  Write("a/y.html", "<title>T</title><h1>Page headline</h1><p>Para one.</p>");
  Write("notes.csv", "ignored,in,directories\n");
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "y");
  EXPECT_EQ(docs[0].format, "html");
  EXPECT_EQ(docs[0].text, "Page headline\nPara one.\n");
  EXPECT_EQ(docs[0].title, "Page headline");
  EXPECT_EQ(docs[1].id, "z");
  EXPECT_EQ(docs[1].format, "md");
  EXPECT_EQ(docs[1].title, "Heading");
  EXPECT_EQ(docs[2].id, "b");
  EXPECT_EQ(docs[2].input_index, 2u);
  EXPECT_EQ(docs[2].title, "A short headline");
  EXPECT_EQ(docs[2].event_date, "2024-04-12");
  EXPECT_EQ(docs[2].paragraphs.size(), 3u);
}

TEST_F(CorpusReaderTest, ExplicitFileWithOtherExtensionIsText) {
  std::vector<Document> docs = Read({Write("page.csv", kArticle)});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0].format, "txt");
  EXPECT_EQ(docs[0].id, "page");
}

TEST_F(CorpusReaderTest, BadInputsYieldDocumentsWithStatus) {
  std::string good = Write("good.txt", kArticle);
  std::string invalid = Write("invalid.txt", "Hello\nwor\xC3(ld\n");
  std::string binary = Write("binary.txt", std::string("\x7F" "ELF\0\0\1", 7));
  std::string empty = Write("empty.txt", "");
  std::string utf16 = Write("utf16.txt", std::string("\xFF\xFEH\0\xE0\0\n\0x\0", 10));
  std::string bom = Write("bom.txt", "\xEF\xBB\xBFHi\n");
  std::string missing = (dir_ / "missing.txt").string();
  std::vector<Document> docs = Read({invalid, binary, missing, empty, utf16, bom, good});
  ASSERT_EQ(docs.size(), 7u);
  EXPECT_EQ(docs[0].status, "invalid UTF-8 at byte 9");
  EXPECT_THAT(docs[1].status, HasSubstr("binary"));
  EXPECT_EQ(docs[2].status, "not found");
  EXPECT_EQ(docs[2].path, missing);
  EXPECT_EQ(docs[3].status, "empty");
  EXPECT_TRUE(docs[4].ok());
  EXPECT_EQ(docs[4].text, "Hà\nx");
  EXPECT_EQ(docs[5].text, "Hi\n");
  EXPECT_TRUE(docs[6].ok());
  EXPECT_EQ(docs[6].title, "A short headline");
}

TEST_F(CorpusReaderTest, TooLargeFiles) {
  IngestOptions options;
  options.max_document_bytes = 10;
  std::vector<Document> docs = Read({Write("big.txt", kArticle), Write("small.txt", "tiny text")}, options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_THAT(docs[0].status, HasSubstr("too large"));
  EXPECT_TRUE(docs[1].ok());
}

// A JSONL file is a corpus: the document limit applies to each record's text,
// not to the file.
TEST_F(CorpusReaderTest, JsonlLimitsEachRecordNotTheFile) {
  IngestOptions options;
  options.max_document_bytes = 20;
  std::string path = Write("corpus.jsonl",
                           "{\"id\": \"a\", \"text\": \"short text\"}\n"
                           "{\"id\": \"b\", \"text\": \"a text that is longer than twenty bytes\"}\n"
                           "{\"id\": \"c\", \"text\": \"also short\"}\n");
  std::vector<Document> docs = Read({path}, options);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[1].status, "line 2: too large (39 bytes, limit 20)");
  EXPECT_TRUE(docs[2].ok());
  EXPECT_EQ(docs[2].text, "also short");

  options.max_jsonl_file_bytes = 40;
  docs = Read({path}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_THAT(docs[0].status, HasSubstr("too large"));
}

TEST_F(CorpusReaderTest, UnreadableFilesAndDirectories) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not stop reads";
  std::string file = Write("locked/secret.txt", kArticle);
  Write("open/fine.txt", kArticle);
  fs::permissions(file, fs::perms::none);
  std::vector<Document> docs = Read({file});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].status, "permission denied");
  fs::permissions(dir_ / "locked", fs::perms::none);
  docs = Read({dir_.string()});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].status, "permission denied");
  EXPECT_TRUE(docs[1].ok());
}

TEST_F(CorpusReaderTest, DuplicateIdsAreKeptAndMadeUnique) {
  std::vector<Document> docs =
      Read({Write("x/doc.txt", kArticle), Write("y/doc.txt", kArticle), Write("z/doc.md", kArticle)});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "doc");
  EXPECT_EQ(docs[1].id, "doc~2");
  EXPECT_EQ(docs[2].id, "doc~3");
}

TEST_F(CorpusReaderTest, JsonlRecordsAndBadLines) {
  std::string path = Write("feed.jsonl",
                           "{\"id\":\"a1\",\"text\":\"Hej världen\\nMer text här.\",\"lang\":\"sv\","
                           "\"url\":\"https://x.se/1\",\"date\":\"14/11/2025\",\"title\":\"Given\"}\n"
                           "{\"id\":\"a2\",\"text\":\n"
                           "{\"text\":\"no id\"}\n"
                           "{\"id\":\"a1\",\"text\":\"again\"}\n");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].path, path + ":1");
  EXPECT_EQ(docs[0].format, "jsonl");
  EXPECT_EQ(docs[0].declared_lang, "sv");
  EXPECT_EQ(docs[0].url, "https://x.se/1");
  EXPECT_EQ(docs[0].published, "2025-11-14");
  EXPECT_EQ(docs[0].title, "Given");
  EXPECT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_THAT(docs[1].status, HasSubstr("line 2: invalid JSON"));
  EXPECT_EQ(docs[1].path, path + ":2");
  EXPECT_EQ(docs[2].id, "feed-3");
  EXPECT_TRUE(docs[2].ok());
  EXPECT_EQ(docs[3].id, "a1~2");
  EXPECT_TRUE(docs[3].ok());
}

TEST_F(CorpusReaderTest, JsonlInvalidUtf8OnOneLine) {
  std::string content = "\xEF\xBB\xBF{\"text\":\"ok\"}\n{\"text\":\"\xFE\"}\n";
  std::vector<Document> docs = Read({Write("bad.jsonl", content)});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0].text, "ok");
  EXPECT_EQ(docs[1].status, "line 2: invalid UTF-8 at byte " + std::to_string(content.find('\xFE')));
}

TEST_F(CorpusReaderTest, HtmlMetadataReachesTheDocument) {
  std::string path = Write("p.htm",
                           "<html lang=\"id\"><head><meta property=\"og:url\" content=\"https://x.id/a\">"
                           "<meta property=\"article:published_time\" content=\"2024-11-15T10:00:00+07:00\">"
                           "</head><body><article><h1>Judul</h1><p>Pada tanggal 15 November rapat diadakan.</p>"
                           "<p>Sumber: https://src.vn/a.htm</p></article></body></html>");
  std::vector<Document> docs = Read({path});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].url, "https://x.id/a");
  EXPECT_EQ(docs[0].declared_lang, "id");
  EXPECT_EQ(docs[0].published, "2024-11-15");
  EXPECT_EQ(docs[0].event_date, "2024-11-15");
  EXPECT_THAT(docs[0].source_urls, ElementsAre("https://src.vn/a.htm"));
  ASSERT_EQ(docs[0].removed.size(), 1u);
  EXPECT_EQ(docs[0].removed[0].reason, "source-citation");
}

}  // namespace
}  // namespace dupalign

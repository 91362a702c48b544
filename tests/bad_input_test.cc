// Bad-input tests for the ingest entry point, ReadCorpus: every class of
// broken file must yield a Document whose status names the problem, while
// the good documents around it still come out, in input (path) order.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scratch_dir_test_base.h"
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dupalign/document.h"
#include "ingest/corpus_reader.h"

namespace dupalign {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const char kGood[] =
    "Bộ trưởng tiếp đoàn Kawasaki\n"
    "Ngày 12/4/2024 tại Hà Nội, Bộ trưởng Đào Hồng Lan đã tiếp lãnh đạo thành phố Kawasaki.\n"
    "Hai bên trao đổi về hợp tác trong lĩnh vực y tế và đào tạo nhân lực.\n";

// UTF-16 code units of `text` (BMP only, enough for these tests) behind a BOM.
std::string Utf16WithBom(const std::u16string& text, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t unit : text) {
    char low = static_cast<char>(unit & 0xFF);
    char high = static_cast<char>(unit >> 8);
    out += little_endian ? low : high;
    out += little_endian ? high : low;
  }
  return out;
}

// Resident-set figures of this process in bytes, from /proc/self/status.
size_t ProcStatusBytes(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stoull(line.substr(field.size() + 1)) * 1024;
  }
  return 0;
}

// Resets VmHWM (peak RSS) to the current RSS; false where the kernel refuses.
bool ResetPeakRss() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.flush();
  return clear.good();
}

class BadInputTest : public testing::ScratchDirTestBase {
 protected:
  std::vector<Document> Read(const std::vector<std::string>& paths, IngestOptions options = {}) {
    std::vector<Document> docs;
    Status s = ReadCorpus(paths, options, &docs);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return docs;
  }
  // Ids in output order, and checks input_index matches that order.
  static std::vector<std::string> Ids(const std::vector<Document>& docs) {
    std::vector<std::string> ids;
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_EQ(docs[i].input_index, i) << docs[i].path;
      ids.push_back(docs[i].id);
    }
    return ids;
  }
  static void ExpectGood(const Document& doc) {
    EXPECT_TRUE(doc.ok()) << doc.path << ": " << doc.status;
    EXPECT_EQ(doc.title, "Bộ trưởng tiếp đoàn Kawasaki") << doc.path;
    EXPECT_FALSE(doc.paragraphs.empty()) << doc.path;
  }
};

TEST_F(BadInputTest, InvalidUtf8NamesTheByteAndOthersStillComeOut) {
  const std::string tail = "tail ";
  std::string bad = std::string(kGood) + tail + "\xE1\xBA more\n";  // truncated 3-byte sequence
  Write("a.txt", kGood);
  Write("b.txt", bad);
  Write("c.txt", kGood);
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_THAT(Ids(docs), ::testing::ElementsAre("a", "b", "c"));
  ExpectGood(docs[0]);
  EXPECT_EQ(docs[1].status, "invalid UTF-8 at byte " + std::to_string(sizeof(kGood) - 1 + tail.size()));
  EXPECT_TRUE(docs[1].text.empty());
  ExpectGood(docs[2]);
}

TEST_F(BadInputTest, Utf16WithBomIsDecodedInBothByteOrders) {
  const std::u16string text = u"Bộ trưởng tiếp đoàn Kawasaki\nNgày 12/4/2024 tại Hà Nội, hai bên đã gặp nhau.\n";
  std::vector<Document> docs = Read({Write("be.txt", Utf16WithBom(text, /*little_endian=*/false)),
                                     Write("le.txt", Utf16WithBom(text, /*little_endian=*/true))});
  ASSERT_EQ(docs.size(), 2u);
  for (const Document& doc : docs) {
    EXPECT_TRUE(doc.ok()) << doc.path << ": " << doc.status;
    EXPECT_EQ(doc.text, "Bộ trưởng tiếp đoàn Kawasaki\nNgày 12/4/2024 tại Hà Nội, hai bên đã gặp nhau.\n");
    EXPECT_EQ(doc.title, "Bộ trưởng tiếp đoàn Kawasaki");
    EXPECT_EQ(doc.event_date, "2024-04-12");
  }
}

TEST_F(BadInputTest, BrokenUtf16IsRejectedWithReason) {
  std::string odd = Utf16WithBom(u"Hello", /*little_endian=*/true) + "x";
  // A high surrogate followed by an ordinary character.
  std::string lone = Utf16WithBom(u"Hi ", /*little_endian=*/false) + std::string("\xD8\x3D\x00\x41", 4);
  std::vector<Document> docs = Read({Write("odd.txt", odd), Write("good.txt", kGood), Write("lone.txt", lone)});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_THAT(docs[0].status, HasSubstr("truncated UTF-16"));
  ExpectGood(docs[1]);
  EXPECT_THAT(docs[2].status, HasSubstr("invalid UTF-16"));
}

TEST_F(BadInputTest, BinaryFileIsRejectedWherever) {
  std::string elf("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00\x00", 12);
  std::string late_nul = std::string(kGood) + std::string("\0\0\x01\x02", 4);
  Write("1.txt", kGood);
  Write("2.html", elf);
  Write("3.md", late_nul);
  Write("4.jsonl", std::string("{\"text\":\"x\"}\n\0\0", 15));
  Write("5.txt", kGood);
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_THAT(Ids(docs), ::testing::ElementsAre("1", "2", "3", "4", "5"));
  ExpectGood(docs[0]);
  EXPECT_EQ(docs[1].status, "binary data (NUL byte at byte 7)");
  EXPECT_EQ(docs[2].status, "binary data (NUL byte at byte " + std::to_string(sizeof(kGood) - 1) + ")");
  EXPECT_EQ(docs[3].status, "binary data (NUL byte at byte 13)");
  ExpectGood(docs[4]);
}

TEST_F(BadInputTest, EmptyAndBlankFiles) {
  Write("a_empty.txt", "");
  Write("b_blank.md", " \n\t\n\xC2\xA0\n");
  Write("c_tags.html", "<html><head><script>x()</script></head><body> </body></html>");
  Write("d_empty.jsonl", "\n\n   \n");
  Write("e_good.txt", kGood);
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_THAT(Ids(docs), ::testing::ElementsAre("a_empty", "b_blank", "c_tags", "d_empty", "e_good"));
  EXPECT_EQ(docs[0].status, "empty");
  EXPECT_EQ(docs[1].status, "empty");
  EXPECT_EQ(docs[2].status, "empty (no text in the HTML)");
  EXPECT_EQ(docs[3].status, "empty (no JSONL records)");
  ExpectGood(docs[4]);
}

TEST_F(BadInputTest, DuplicateIdsAcrossFoldersAndJsonl) {
  Write("a/news.txt", kGood);
  Write("b/news.html", "<h1>Bộ trưởng tiếp đoàn Kawasaki</h1><p>Ngày 12/4/2024 hai bên đã gặp nhau tại Hà Nội.</p>");
  Write("c/feed.jsonl", "{\"id\":\"news\",\"text\":\"Một văn bản.\"}\n{\"id\":\"news\",\"text\":\"Văn bản khác.\"}\n");
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_THAT(Ids(docs), ::testing::ElementsAre("news", "news~2", "news~3", "news~4"));
  for (const Document& doc : docs) EXPECT_TRUE(doc.ok()) << doc.path << ": " << doc.status;
  EXPECT_THAT(docs[1].path, HasSubstr("news.html"));
  EXPECT_THAT(docs[3].path, HasSubstr("feed.jsonl:2"));
}

TEST_F(BadInputTest, UnreadableFilesAndDirectories) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not stop root from reading";
  std::string secret = Write("a/secret.txt", kGood);
  Write("locked/hidden.txt", kGood);
  Write("z/open.txt", kGood);
  fs::permissions(secret, fs::perms::none);
  fs::permissions(dir_ / "locked", fs::perms::none);
  std::vector<Document> docs = Read({dir_.string()});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].status, "permission denied");
  EXPECT_EQ(docs[0].path, secret);
  EXPECT_EQ(docs[1].status, "permission denied");
  EXPECT_THAT(docs[1].path, HasSubstr("locked"));
  ExpectGood(docs[2]);
}

TEST_F(BadInputTest, MixedDirectoryKeepsOrderAndNamesEachProblem) {
  Write("01_good.txt", kGood);
  Write("02_invalid.txt", "ok \xFF\n");
  Write("03_ignored.csv", "not,read\n");
  Write("04_utf16le.txt", Utf16WithBom(u"Bộ trưởng tiếp đoàn Kawasaki\nHai bên đã gặp nhau và trao đổi.\n", true));
  Write("05_binary.txt", std::string("PK\x03\x04\0\0", 6));
  Write("06_empty.md", "");
  Write("07_big.txt", std::string(kGood) + std::string(4096, 'x') + "\n");
  Write("08_feed.jsonl", "{\"id\":\"j1\",\"text\":\"Văn bản.\"}\n{\"id\":\"j2\",\"text\":}\n{\"id\":\"j3\"}\n");
  Write("09_sub/10_good.html", "<h1>Bộ trưởng tiếp đoàn Kawasaki</h1><p>Ngày 12/4/2024 hai bên đã gặp nhau.</p>");
  IngestOptions options;
  options.max_document_bytes = 2048;
  std::string missing = (dir_ / "missing.txt").string();
  std::vector<Document> docs = Read({dir_.string(), missing}, options);
  ASSERT_THAT(Ids(docs), ::testing::ElementsAre("01_good", "02_invalid", "04_utf16le", "05_binary", "06_empty",
                                                "07_big", "j1", "08_feed-2", "08_feed-3", "10_good",
                                                "missing"));
  ExpectGood(docs[0]);
  EXPECT_EQ(docs[1].status, "invalid UTF-8 at byte 3");
  ExpectGood(docs[2]);
  EXPECT_THAT(docs[3].status, StartsWith("binary data"));
  EXPECT_EQ(docs[4].status, "empty");
  EXPECT_THAT(docs[5].status, StartsWith("too large ("));
  EXPECT_THAT(docs[5].status, HasSubstr("limit 2048"));
  EXPECT_TRUE(docs[6].ok()) << docs[6].status;
  EXPECT_THAT(docs[7].status, StartsWith("line 2: invalid JSON"));
  EXPECT_EQ(docs[8].status, "line 3: missing string field \"text\"");
  ExpectGood(docs[9]);
  EXPECT_EQ(docs[10].status, "not found");
  EXPECT_EQ(docs[10].path, missing);
}

// Line `i` of a generated article: its words spell i in base 20, so no two
// lines are alike even with digits ignored (the furniture filter drops
// repeats), and one line in fifty carries a date.
std::string ArticleLine(size_t i) {
  static const char* const kWords[] = {"hợp", "tác", "y", "tế", "đào", "tạo", "nhân", "lực", "bệnh", "viện",
                                       "thuốc", "chính", "sách", "người", "dân", "khám", "chữa", "Hà", "Nội", "Kawasaki"};
  std::string line = "Hai bên bàn về";
  size_t k = i;
  do {
    line += ' ';
    line += kWords[k % 20];
    k /= 20;
  } while (k > 0);
  line += i % 50 == 0 ? " và kế hoạch năm tới, ngày 12/4/2024.\n" : " và kế hoạch năm tới.\n";
  return line;
}

// A 100 MB article (about a million distinct lines) is either read whole or
// refused by the size limit before it is loaded, and reading it does not
// hold many copies of the text at once.
TEST_F(BadInputTest, HundredMegabyteDocument) {
  constexpr size_t kTarget = 100u << 20;
  std::string path = (dir_ / "huge.txt").string();
  size_t size = 0;
  size_t lines = 1;
  {
    std::ofstream out(path, std::ios::binary);
    out << "Bộ trưởng tiếp đoàn Kawasaki\n";
    for (; size < kTarget; ++lines) {
      std::string line = ArticleLine(lines);
      out << line;
      size += line.size();
    }
  }
  size = fs::file_size(path);

  IngestOptions small;
  small.max_document_bytes = 64u << 20;
  auto start = std::chrono::steady_clock::now();
  std::vector<Document> docs = Read({path}, small);
  double refuse_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].status, "too large (" + std::to_string(size) + " bytes, limit " +
                                std::to_string(small.max_document_bytes) + ")");
  EXPECT_LT(refuse_seconds, 1.0) << "the size check should come before reading";

  bool peak_measured = ResetPeakRss();
  size_t rss_before = ProcStatusBytes("VmRSS");
  start = std::chrono::steady_clock::now();
  docs = Read({path});
  double read_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t peak_growth = ProcStatusBytes("VmHWM") - rss_before;
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].status;
  EXPECT_EQ(docs[0].text.size(), size);
  EXPECT_GT(docs[0].paragraphs.size(), lines * 9 / 10) << "distinct article lines were dropped";
  std::printf("[ measure  ] 100 MB ingest: %zu bytes read in %.2f s, peak RSS growth %.0f MB (%.2fx the file)\n",
              size, read_seconds, peak_growth / 1048576.0, static_cast<double>(peak_growth) / size);
  if (!peak_measured) {
    std::printf("[ skipped  ] peak memory check: /proc/self/clear_refs cannot reset VmHWM here\n");
    return;
  }
  // The file bytes, the decoded copy and Document::text account for three
  // copies; per-line bookkeeping (spans, furniture reasons, the repeat
  // detector's line hashes) may add one more. Beyond that a stage keeps
  // copies it should not.
  EXPECT_LT(peak_growth, 5 * size) << "reading a " << size << "-byte file grew RSS by " << peak_growth;
}

}  // namespace
}  // namespace dupalign

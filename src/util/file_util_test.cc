#include "util/file_util.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dupalign {
namespace {

class FileUtilTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dupalign_file_util_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(FileUtilTest, AtomicWriteReplacesContentsAndLeavesNoTemporary) {
  const std::string path = (dir_ / "out.txt").string();
  ASSERT_TRUE(WriteFileAtomically(path, "first").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "second").ok());
  std::string contents;
  ASSERT_TRUE(ReadWholeFile(path, &contents).ok());
  EXPECT_EQ(contents, "second");
  size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 1u);
}

TEST_F(FileUtilTest, WriteIntoMissingDirectoryNamesThePath) {
  const std::string path = (dir_ / "missing" / "out.txt").string();
  Status s = WriteFileAtomically(path, "x");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("missing"), std::string::npos);
}

TEST_F(FileUtilTest, EnsureDirectoryRefusesAFile) {
  const std::string path = (dir_ / "plain").string();
  ASSERT_TRUE(WriteFileAtomically(path, "x").ok());
  EXPECT_FALSE(EnsureDirectory(path).ok());
  EXPECT_TRUE(EnsureDirectory((dir_ / "a" / "b").string()).ok());
}

TEST_F(FileUtilTest, ReadMissingFileFails) {
  std::string contents;
  Status s = ReadWholeFile((dir_ / "nope").string(), &contents);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace dupalign

#include "text/text_folder.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace dupalign {
namespace {

TEST(TextFolderTest, VietnameseAndAsciiSpellingsFoldAlike) {
  TextFolder folder;
  ASSERT_TRUE(folder.status().ok()) << folder.status().ToString();
  EXPECT_EQ(folder.Fold("Đào Hồng Lan"), "dao hong lan");
  EXPECT_EQ(folder.Fold("Dao Hong Lan"), "dao hong lan");
  EXPECT_EQ(folder.Fold("đường"), "duong");
}

TEST(TextFolderTest, SwedishAndIndonesianLettersLoseDiacritics) {
  TextFolder folder;
  EXPECT_EQ(folder.Fold("Hälsominister Åsa Öberg"), "halsominister asa oberg");
  EXPECT_EQ(folder.Fold("Kementerian Kesehatan"), "kementerian kesehatan");
}

TEST(TextFolderTest, KeepsPunctuationOfDocumentCodes) {
  TextFolder folder;
  EXPECT_EQ(folder.Fold("Nghị quyết 57-NQ/TW"), "nghi quyet 57-nq/tw");
  EXPECT_EQ(folder.Fold("54/2024/TT-BYT"), "54/2024/tt-byt");
  EXPECT_EQ(folder.Fold("100/2019/NĐ-CP"), "100/2019/nd-cp");
}

TEST(TextFolderTest, RomanisesOtherScripts) {
  TextFolder folder;
  EXPECT_EQ(folder.Fold("Токио"), "tokio");
  // Any-Latin romanises Han by its Mandarin reading; it must at least be ASCII letters.
  std::string tokyo = folder.Fold("東京");
  ASSERT_FALSE(tokyo.empty());
  for (char c : tokyo) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == ' ') << tokyo;
}

TEST(TextFolderTest, ConcurrentCallsAgree) {
  TextFolder folder;
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int round = 0; round < 50; ++round) results[i] = folder.Fold("Bộ trưởng Đào Hồng Lan");
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, "bo truong dao hong lan");
}

}  // namespace
}  // namespace dupalign

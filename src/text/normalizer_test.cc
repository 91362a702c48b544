#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <string>

namespace dupalign {
namespace {

std::string Source(const std::string& original, const NormalizedText& n, size_t begin,
                   size_t end) {
  ByteSpan span = n.ToSource(begin, end);
  return original.substr(span.begin, span.size());
}

TEST(NormalizerTest, OffsetMapHasOneEntryPerByteAndASentinel) {
  std::string original = "  Hälsominister\u00A0Dao Hong Lan \n";
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "Hälsominister Dao Hong Lan");
  ASSERT_EQ(n.source_offset.size(), n.text.size() + 1);
  EXPECT_EQ(Source(original, n, 0, n.text.size()), "Hälsominister\u00A0Dao Hong Lan");
}

TEST(NormalizerTest, FoldsWhitespaceRunsOfEveryKind) {
  std::string original = "a\t\tb\r\n\u2003c\u00A0 d";
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "a b c d");
  size_t d = n.text.find('d');
  EXPECT_EQ(Source(original, n, d, d + 1), "d");
  // The folded space stands for the whole run it replaced, starting at its first byte.
  EXPECT_EQ(n.source_offset[1], original.find('\t'));
}

TEST(NormalizerTest, LigatureExpandsButMapsToWholeSourceCharacter) {
  std::string original = "the \uFB01nal word";  // U+FB01 LATIN SMALL LIGATURE FI
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "the final word");
  size_t f = n.text.find("final");
  EXPECT_EQ(Source(original, n, f, f + 5), "\uFB01nal");
  // A span ending inside the expansion still covers the whole ligature.
  EXPECT_EQ(Source(original, n, f, f + 1), "\uFB01");
  EXPECT_EQ(Source(original, n, f + 5, n.text.size()), " word");
}

TEST(NormalizerTest, FullWidthDigitsBecomeAsciiWithExactOffsets) {
  std::string original = "năm \uFF12\uFF10\uFF12\uFF15 có";  // full-width 2025
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "năm 2025 có");
  size_t year = n.text.find("2025");
  EXPECT_EQ(Source(original, n, year, year + 4), "\uFF12\uFF10\uFF12\uFF15");
  EXPECT_EQ(Source(original, n, year + 1, year + 2), "\uFF10");
}

TEST(NormalizerTest, CombiningMarksComposeAndMapToBaseAndMarks) {
  // "Đào" written with a combining grave accent after "a".
  std::string original = "Bộ trưởng \u0110a\u0300o Hồng Lan";
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "Bộ trưởng Đào Hồng Lan");
  size_t name = n.text.find("Đào");
  EXPECT_EQ(Source(original, n, name, name + std::string("Đào").size()), "\u0110a\u0300o");
  size_t a_grave = name + std::string("Đ").size();
  EXPECT_EQ(Source(original, n, a_grave, a_grave + std::string("à").size()), "a\u0300");
}

TEST(NormalizerTest, DropsInvisibleFormatCharacters) {
  std::string original = "hälso\u00ADminister\u200B";
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "hälsominister");
  EXPECT_EQ(Source(original, n, 0, n.text.size()), "hälso\u00ADminister");
}

TEST(NormalizerTest, InvalidUtf8BecomesReplacementCharacter) {
  std::string original = "ab\xFF" "cd";
  NormalizedText n = Normalizer().Normalize(original);
  EXPECT_EQ(n.text, "ab\uFFFD" "cd");
  EXPECT_EQ(Source(original, n, 2, 5), "\xFF");
}

TEST(NormalizerTest, EmptyAndBlankInputs) {
  for (std::string original : {"", "   \n\t"}) {
    NormalizedText n = Normalizer().Normalize(original);
    EXPECT_EQ(n.text, "");
    ASSERT_EQ(n.source_offset.size(), 1u);
    EXPECT_EQ(n.ToSource(0, 0).size(), 0u);
  }
}

}  // namespace
}  // namespace dupalign

#include "ingest/utf8_decoder.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(Utf8DecoderTest, PassesValidTextThrough) {
  std::string out;
  ASSERT_TRUE(Utf8Decoder::Decode("Hälsominister Đào", &out).ok());
  EXPECT_EQ(out, "Hälsominister Đào");
}

TEST(Utf8DecoderTest, StripsUtf8Bom) {
  std::string out;
  ASSERT_TRUE(Utf8Decoder::Decode("\xEF\xBB\xBFtext", &out).ok());
  EXPECT_EQ(out, "text");
}

TEST(Utf8DecoderTest, ReportsOffsetOfInvalidByteCountingTheBom) {
  std::string out;
  Status s = Utf8Decoder::Decode("abc\xC3(def", &out);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 3");
  s = Utf8Decoder::Decode("\xEF\xBB\xBF" "ab\xFF", &out);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 5");
}

TEST(Utf8DecoderTest, RejectsOverlongAndSurrogateEncodings) {
  EXPECT_EQ(Utf8Decoder::FindInvalid("x\xC0\xAF"), 1u);
  EXPECT_EQ(Utf8Decoder::FindInvalid("xy\xED\xA0\x80"), 2u);
  EXPECT_EQ(Utf8Decoder::FindInvalid("ok \xE2\x80\x94"), std::string_view::npos);
}

TEST(Utf8DecoderTest, ConvertsUtf16WithBom) {
  std::string out;
  // "Hà" little-endian and big-endian.
  ASSERT_TRUE(Utf8Decoder::Decode(std::string("\xFF\xFEH\0\xE0\0", 6), &out).ok());
  EXPECT_EQ(out, "Hà");
  ASSERT_TRUE(Utf8Decoder::Decode(std::string("\xFE\xFF\0H\0\xE0", 6), &out).ok());
  EXPECT_EQ(out, "Hà");
}

TEST(Utf8DecoderTest, ReportsBrokenUtf16) {
  std::string out;
  EXPECT_NE(Utf8Decoder::Decode(std::string("\xFF\xFEH\0x", 5), &out).message().find("truncated UTF-16"),
            std::string::npos);
  // A lone high surrogate (D800) followed by 'A'.
  EXPECT_NE(Utf8Decoder::Decode(std::string("\xFF\xFE\x00\xD8" "A\0", 6), &out).message().find("invalid UTF-16"),
            std::string::npos);
}

TEST(Utf8DecoderTest, RejectsBinaryData) {
  std::string out;
  Status s = Utf8Decoder::Decode(std::string("PK\x03\x04\0\0", 6), &out);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "binary data (NUL byte at byte 4)");
}

TEST(Utf8DecoderTest, SkipsValidationWhenAsked) {
  std::string out;
  EXPECT_TRUE(Utf8Decoder::Decode("a\xFF", &out, /*validate=*/false).ok());
  EXPECT_EQ(out, "a\xFF");
}

}  // namespace
}  // namespace dupalign

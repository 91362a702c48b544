#include "util/markup.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(EscapeMarkupTest, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(EscapeMarkup(R"(<a href="x">Tom & Jerry's</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(EscapeMarkupTest, DropsForbiddenControlCharactersKeepsWhitespaceAndUtf8) {
  EXPECT_EQ(EscapeMarkup(std::string("a\x01\tb\nc\x1f") + "Đào"), "a\tb\ncĐào");
}

}  // namespace
}  // namespace dupalign

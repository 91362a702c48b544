#include "ingest/html_text_extractor.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(HtmlTextExtractorTest, BlocksBecomeLinesAndInlineTagsVanish) {
  HtmlText page = HtmlTextExtractor().Extract(
      "<body><h1>Rubrik</h1><p>Första <b>stycket</b>\n  fortsätter.</p><div>Andra<br>raden</div></body>");
  EXPECT_EQ(page.text, "Rubrik\nFörsta stycket fortsätter.\nAndra\nraden\n");
}

TEST(HtmlTextExtractorTest, DecodesEntities) {
  HtmlText page = HtmlTextExtractor().Extract("<p>Tom &amp; Jerry &ndash; &#272;&agrave;o &#x110;&Agrave;O &bogus; a&nbsp;b</p>");
  EXPECT_EQ(page.text, "Tom & Jerry \xE2\x80\x93 Đào ĐÀO &bogus; a b\n");
}

TEST(HtmlTextExtractorTest, DropsScriptsStylesCommentsAndChrome) {
  HtmlText page = HtmlTextExtractor().Extract(
      "<!DOCTYPE html><html><head><style>p { x: '<p>' }</style>"
      "<script>if (a < b) document.write('</p>');</script></head><body>"
      "<header>Site menu</header><nav><ul><li>Home</li></ul></nav><!-- <p>hidden</p> -->"
      "<article><header><h1>Headline</h1></header><p>Body.</p></article>"
      "<aside>Ads</aside><footer>Copyright</footer></body></html>");
  EXPECT_EQ(page.text, "Headline\nBody.\n");
}

TEST(HtmlTextExtractorTest, CollectsMetadata) {
  HtmlText page = HtmlTextExtractor().Extract(
      "<html lang=\"sv\"><head><title>  Rubrik &amp; mer </title>"
      "<link rel='canonical' href='https://example.se/a'>"
      "<meta property=\"og:url\" content=\"https://example.se/b?x=1&amp;y=2\">"
      "<meta property=\"article:published_time\" content=\"2025-11-14T08:00:00Z\"/></head>"
      "<body><p>Text</p></body></html>");
  EXPECT_EQ(page.title, "Rubrik & mer");
  EXPECT_EQ(page.url, "https://example.se/b?x=1&y=2");
  EXPECT_EQ(page.published, "2025-11-14T08:00:00Z");
  EXPECT_EQ(page.lang, "sv");
  EXPECT_EQ(page.text, "Text\n");
}

TEST(HtmlTextExtractorTest, CanonicalLinkWhenNoOgUrl) {
  HtmlText page = HtmlTextExtractor().Extract("<link href=\"https://ex.vn/a.htm\" rel=\"canonical\"><p>x</p>");
  EXPECT_EQ(page.url, "https://ex.vn/a.htm");
}

TEST(HtmlTextExtractorTest, KeepsAndMarksFigureCaptions) {
  HtmlText page = HtmlTextExtractor().Extract(
      "<p>Lead.</p><figure><img src=a.jpg alt=\"x > y\"><figcaption>Minister <i>Lan</i> talade.</figcaption>"
      "</figure><p>More.</p>");
  EXPECT_EQ(page.text, "Lead.\nMinister Lan talade.\nMore.\n");
  ASSERT_EQ(page.captions.size(), 1u);
  EXPECT_EQ(page.text.substr(page.captions[0].begin, page.captions[0].size()), "Minister Lan talade.");
}

TEST(HtmlTextExtractorTest, ToleratesBrokenMarkup) {
  HtmlText page = HtmlTextExtractor().Extract("<p>a < b and 3<4</p><p unclosed=\"x");
  EXPECT_EQ(page.text, "a < b and 3<4\n");
  EXPECT_EQ(HtmlTextExtractor().Extract("<script>never closed <p>x</p>").text, "");
}

}  // namespace
}  // namespace dupalign

namespace dupalign {
namespace {

TEST(HtmlTextExtractorRegressionTest, OutOfRangeNumericReferenceIsLeftAsText) {
  // Found by html_fuzz: eight hex digits overflowed the accumulator.
  const std::string text = HtmlTextExtractor::DecodeEntities("a&#xFFFFFFFF;b&#x41;");
  EXPECT_EQ(text.back(), 'A');
  EXPECT_EQ(text.front(), 'a');
}

TEST(HtmlTextExtractorRegressionTest, StrayClosingCaptionMarksNoCaption) {
  // Found by html_fuzz: a </figcaption> without its opening tag produced a
  // caption span covering the article text.
  const auto page = HtmlTextExtractor().Extract(
      "<figcaption>Photo.</figcaption><p>Body text.</p></figcaption>");
  ASSERT_EQ(page.captions.size(), 1u);
  EXPECT_EQ(page.text.substr(page.captions[0].begin, page.captions[0].size()), "Photo.");
}

}  // namespace
}  // namespace dupalign

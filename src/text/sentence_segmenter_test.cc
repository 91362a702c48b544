#include "text/sentence_segmenter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace dupalign {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Sentences(const std::string& lang, const std::string& text) {
  std::vector<std::string> out;
  for (const ByteSpan& span : SentenceSegmenter(lang).Split(text)) {
    out.push_back(text.substr(span.begin, span.size()));
  }
  return out;
}

TEST(SentenceSegmenterTest, IndonesianHonorificsDoNotEndSentences) {
  // seeds/004: the Japanese delegation, one sentence.
  std::string delegation =
      "Delegasi Jepang termasuk Tn. Ito Naoki, Duta Besar Luar Biasa dan Berkuasa Penuh Jepang "
      "untuk Vietnam; Tn. Kobayashi Yosuke, Kepala Perwakilan JICA di Vietnam dan delegasi "
      "pejabat dan perusahaan medis dari provinsi Kanagawa.";
  EXPECT_THAT(Sentences("id", delegation + " Resepsi dan suasana kerja."),
              ElementsAre(delegation, "Resepsi dan suasana kerja."));
}

TEST(SentenceSegmenterTest, IndonesianNumberAbbreviationAndThousands) {
  std::string resolution =
      "Menerbitkan Resolusi No. 57-NQ/TW; 59-NQ/TW, khususnya Resolusi No. 72-NQ/TW tanggal 9 "
      "September 2025 dari Politbiro.";
  std::string count = "Sebanyak 1.200 dokter hadir.";
  EXPECT_THAT(Sentences("id", resolution + " " + count), ElementsAre(resolution, count));
}

TEST(SentenceSegmenterTest, IndonesianPlainSentencesStillSplit) {
  EXPECT_THAT(Sentences("id", "Jepang memiliki banyak pengalaman di bidang ini. Kementerian "
                              "Kesehatan berharap melalui pertemuan ini."),
              ElementsAre("Jepang memiliki banyak pengalaman di bidang ini.",
                          "Kementerian Kesehatan berharap melalui pertemuan ini."));
}

TEST(SentenceSegmenterTest, SwedishAbbreviations) {
  EXPECT_THAT(
      Sentences("sv", "Delegationen besökte bl.a. Kanagawa och t.ex. Yokohama. Resolution nr. "
                      "72-NQ/TW antogs. Dr. Ito talade."),
      ElementsAre("Delegationen besökte bl.a. Kanagawa och t.ex. Yokohama.",
                  "Resolution nr. 72-NQ/TW antogs.", "Dr. Ito talade."));
}

TEST(SentenceSegmenterTest, VietnameseTitlesDoNotEndSentences) {
  EXPECT_THAT(
      Sentences("vi", "GS.TS. Nguyễn Thanh Long khẳng định Nhật Bản luôn là đối tác quan trọng. "
                      "Hội thảo diễn ra tại TP. Hồ Chí Minh."),
      ElementsAre("GS.TS. Nguyễn Thanh Long khẳng định Nhật Bản luôn là đối tác quan trọng.",
                  "Hội thảo diễn ra tại TP. Hồ Chí Minh."));
}

TEST(SentenceSegmenterTest, EnglishTitlesAndCountries) {
  EXPECT_THAT(Sentences("en", "Mr. Ito met Dr. Lan on Nov. 14. The U.S. Embassy sent 1,200 doses. "
                              "Talks ended."),
              ElementsAre("Mr. Ito met Dr. Lan on Nov. 14.", "The U.S. Embassy sent 1,200 doses.",
                          "Talks ended."));
}

TEST(SentenceSegmenterTest, UndeterminedLanguageUsesEveryList) {
  EXPECT_THAT(Sentences("und", "Tn. Ito Naoki hadir. Det gäller bl.a. Vietnam."),
              ElementsAre("Tn. Ito Naoki hadir.", "Det gäller bl.a. Vietnam."));
}

TEST(SentenceSegmenterTest, SpansAreTrimmedAndBlankTextGivesNone) {
  std::string text = "  Reception och arbetsplats.\u00A0 Nästa mening!  ";
  std::vector<ByteSpan> spans = SentenceSegmenter("sv").Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Nästa mening!");
  EXPECT_TRUE(SentenceSegmenter("sv").Split(" \n ").empty());
  EXPECT_TRUE(SentenceSegmenter("sv").Split("").empty());
}

// The "# text" sentences of a CoNLL-U file joined by single spaces, and the
// byte offsets where each sentence but the last ends.
struct Treebank {
  std::string text;
  std::set<size_t> ends;
};

Treebank ReadTreebank(const std::string& path) {
  Treebank treebank;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("# text =")) continue;
    std::string sentence = line.substr(line.find_first_not_of(' ', 8));
    if (!treebank.text.empty()) {
      treebank.ends.insert(treebank.text.size());
      treebank.text += ' ';
    }
    treebank.text += sentence;
  }
  return treebank;
}

// Boundary F1 of predicted sentence ends against the treebank's.
double BoundaryF1(const Treebank& treebank, const std::set<size_t>& predicted) {
  size_t hits = 0;
  for (size_t end : predicted) hits += treebank.ends.count(end);
  if (hits == 0) return 0.0;
  double precision = static_cast<double>(hits) / predicted.size();
  double recall = static_cast<double>(hits) / treebank.ends.size();
  return 2 * precision * recall / (precision + recall);
}

std::set<size_t> InnerEnds(const std::vector<ByteSpan>& spans) {
  std::set<size_t> ends;
  for (size_t i = 0; i + 1 < spans.size(); ++i) ends.insert(spans[i].end);
  return ends;
}

// ICU's sentence rules alone, without suppressions, as the baseline.
std::set<size_t> PlainIcuEnds(const std::string& lang, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(utext, status);
  std::vector<ByteSpan> spans;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    size_t stop = static_cast<size_t>(end);
    while (stop > static_cast<size_t>(start) && text[stop - 1] == ' ') --stop;
    spans.push_back({static_cast<size_t>(start), stop});
  }
  it.reset();
  utext_close(utext);
  return InnerEnds(spans);
}

TEST(SentenceSegmenterTest, UniversalDependenciesBoundaryF1) {
  std::string ud = std::string(DUPALIGN_SOURCE_DIR) + "/../shared/data/ud/";
  const std::vector<std::pair<std::string, std::string>> treebanks = {
      {"vi", "UD_Vietnamese-VTB/vi_vtb-ud-test.conllu"},
      {"sv", "UD_Swedish-Talbanken/sv_talbanken-ud-test.conllu"},
      {"id", "UD_Indonesian-GSD/id_gsd-ud-test.conllu"}};
  if (!std::filesystem::exists(ud)) GTEST_SKIP() << "UD treebanks not found at " << ud;
  for (const auto& [lang, file] : treebanks) {
    Treebank treebank = ReadTreebank(ud + file);
    ASSERT_FALSE(treebank.ends.empty()) << ud + file;
    double ours = BoundaryF1(treebank, InnerEnds(SentenceSegmenter(lang).Split(treebank.text)));
    double plain = BoundaryF1(treebank, PlainIcuEnds(lang, treebank.text));
    std::printf("UD %s (%zu boundaries): boundary F1 %.4f, plain ICU %.4f\n", lang.c_str(),
                treebank.ends.size(), ours, plain);
    // The suppressions exist to remove false breaks; they must not cost F1.
    EXPECT_GE(ours, plain) << file;
  }
}

}  // namespace
}  // namespace dupalign

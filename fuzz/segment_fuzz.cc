// Fuzzes the text stage on arbitrary text: Normalizer offsets, sentence and
// word segmentation, DocumentSegmenter and anchor extraction. The first input
// byte picks the language. Invariants: every source_offset is within the
// original and non-decreasing; sentences are ordered, non-empty and inside
// their paragraph; tokens are ordered and inside the text; anchor lists are
// sorted and unique.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "dupalign/document.h"
#include "fuzz_checks.h"
#include "ingest/furniture_filter.h"
#include "ingest/utf8_decoder.h"
#include "similarity/anchor_extractor.h"
#include "text/document_segmenter.h"
#include "text/normalizer.h"
#include "text/sentence_segmenter.h"
#include "text/word_tokenizer.h"

namespace dupalign {
namespace {

constexpr const char* kLangs[] = {"und", "vi", "sv", "id", "en"};

void CheckNormalized(const NormalizedText& n, std::string_view original) {
  fuzz::Check(n.source_offset.size() == n.text.size() + 1, "source_offset has the wrong length");
  for (size_t i = 0; i < n.source_offset.size(); ++i) {
    fuzz::Check(n.source_offset[i] <= original.size(), "source_offset past the original at " + std::to_string(i));
    fuzz::Check(i == 0 || n.source_offset[i - 1] <= n.source_offset[i],
                "source_offset decreases at " + std::to_string(i));
  }
  fuzz::CheckUtf8(n.text, "normalised text");
  fuzz::Check(n.text.empty() || (n.text.front() != ' ' && n.text.back() != ' '), "normalised text not trimmed");
  fuzz::Check(n.text.find("  ") == std::string::npos, "normalised text keeps a run of spaces");
}

void CheckSegmentation(const NormalizedText& n, std::string_view original, const std::string& lang) {
  static std::map<std::string, std::unique_ptr<SentenceSegmenter>> segmenters;
  static std::map<std::string, std::unique_ptr<WordTokenizer>> tokenizers;
  auto& segmenter = segmenters[lang];
  if (!segmenter) segmenter = std::make_unique<SentenceSegmenter>(lang);
  auto& tokenizer = tokenizers[lang];
  if (!tokenizer) tokenizer = std::make_unique<WordTokenizer>(lang);

  std::vector<ByteSpan> sentences = segmenter->Split(n.text);
  fuzz::CheckOrderedSpans(sentences, n.text.size(), "sentence");
  for (const ByteSpan& s : sentences) {
    fuzz::CheckOnCharBoundaries(n.text, s, "sentence");
    fuzz::CheckSpan(n.ToSource(s.begin, s.end), original.size(), /*non_empty=*/true, "sentence source");
  }
  std::vector<ByteSpan> tokens;
  for (const WordToken& t : tokenizer->Tokenize(n.text)) {
    tokens.push_back({t.begin, t.end});
    fuzz::Check(!t.word.empty(), "empty word token");
    fuzz::CheckUtf8(t.word, "word token");
  }
  fuzz::CheckOrderedSpans(tokens, n.text.size(), "token");
}

void CheckDocumentSegmenter(std::string_view utf8, const std::string& lang) {
  static const DocumentSegmenter segmenter;
  Document doc;
  doc.text = std::string(utf8);
  doc.lang = lang;
  doc.paragraphs = FurnitureFilter::SplitUnits(doc.text, /*join_wrapped_lines=*/false);
  Status s = segmenter.Segment(&doc);
  fuzz::Check(s.ok(), "Segment failed on paragraphs from SplitUnits: " + s.ToString());
  size_t previous_end = 0;
  size_t previous_paragraph = 0;
  for (const Sentence& sentence : doc.sentences) {
    fuzz::Check(sentence.paragraph < doc.paragraphs.size(), "sentence of a paragraph that does not exist");
    const ByteSpan& p = doc.paragraphs[sentence.paragraph];
    fuzz::CheckSpan(sentence.span, doc.text.size(), /*non_empty=*/true, "document sentence");
    fuzz::Check(sentence.span.begin >= p.begin && sentence.span.end <= p.end,
                "sentence lies outside its paragraph");
    fuzz::Check(sentence.paragraph >= previous_paragraph && sentence.span.begin >= previous_end,
                "document sentences out of order");
    previous_end = sentence.span.end;
    previous_paragraph = sentence.paragraph;
    fuzz::Check(!sentence.text.empty(), "empty sentence text");
    for (const std::string& word : sentence.words) fuzz::CheckUtf8(word, "word token");
  }
  Anchors anchors = ExtractAnchors(doc);
  for (const std::string& name : anchors.names) fuzz::CheckUtf8(name, "folded anchor name");
  fuzz::CheckSortedUnique(anchors.names, "anchor names");
  fuzz::CheckSortedUnique(anchors.numbers, "anchor numbers");
  fuzz::CheckSortedUnique(anchors.codes, "anchor codes");
  fuzz::CheckSortedUnique(anchors.urls, "anchor urls");
}

}  // namespace
}  // namespace dupalign

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dupalign;
  if (size == 0) return 0;
  std::string lang = kLangs[data[0] % 5];
  std::string_view original(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const Normalizer normalizer;
  NormalizedText normalized = normalizer.Normalize(original);
  CheckNormalized(normalized, original);
  CheckSegmentation(normalized, original, lang);
  // Ingest hands the text stage valid UTF-8 only.
  if (Utf8Decoder::FindInvalid(original) == std::string_view::npos) CheckDocumentSegmenter(original, lang);
  return 0;
}

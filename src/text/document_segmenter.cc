#include "text/document_segmenter.h"

#include <string_view>

namespace dupalign {

DocumentSegmenter::DocumentSegmenter() = default;

const DocumentSegmenter::LanguageTools& DocumentSegmenter::ToolsFor(const std::string& lang) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto& tools = tools_[lang];
  if (tools == nullptr) tools = std::make_unique<LanguageTools>(lang);
  return *tools;
}

Status DocumentSegmenter::Segment(Document* doc) const {
  if (!doc->ok()) return Status::OK();
  std::string lang = doc->lang.empty() ? "und" : doc->lang;
  const LanguageTools& tools = ToolsFor(lang);
  const bool keep_spans = tools.words.IsLanguageNeutral();
  std::vector<Sentence> sentences;
  for (size_t p = 0; p < doc->paragraphs.size(); ++p) {
    const ByteSpan& paragraph = doc->paragraphs[p];
    if (paragraph.begin > paragraph.end || paragraph.end > doc->text.size()) {
      return Status::InvalidArgument(doc->path + ": paragraph " + std::to_string(p) + " [" +
                                     std::to_string(paragraph.begin) + ", " +
                                     std::to_string(paragraph.end) + ") lies outside the " +
                                     std::to_string(doc->text.size()) + "-byte text");
    }
    std::string_view original(doc->text.data() + paragraph.begin, paragraph.size());
    NormalizedText normalized = normalizer_.Normalize(original);
    for (const ByteSpan& span : tools.sentences.Split(normalized.text)) {
      Sentence sentence;
      sentence.paragraph = p;
      ByteSpan source = normalized.ToSource(span.begin, span.end);
      sentence.span = {paragraph.begin + source.begin, paragraph.begin + source.end};
      sentence.text = normalized.text.substr(span.begin, span.size());
      std::vector<WordToken> tokens = tools.words.Tokenize(sentence.text);
      sentence.words.reserve(tokens.size());
      if (keep_spans) sentence.word_spans.reserve(tokens.size());
      for (WordToken& token : tokens) {
        sentence.words.push_back(std::move(token.word));
        if (keep_spans) {
          sentence.word_spans.push_back(
              {static_cast<uint32_t>(token.begin), static_cast<uint32_t>(token.end)});
        }
      }
      sentences.push_back(std::move(sentence));
    }
  }
  doc->sentences = std::move(sentences);
  return Status::OK();
}

std::vector<std::span<const std::string>> DocumentSegmenter::SentenceWords(const Document& doc) {
  std::vector<std::span<const std::string>> words;
  words.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) words.emplace_back(s.words);
  return words;
}

}  // namespace dupalign

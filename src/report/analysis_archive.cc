#include "report/analysis_archive.h"

#include <nlohmann/json.hpp>

#include "report/html_report.h"

namespace dupalign {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 3;

json SpanJson(const ByteSpan& span) { return json::array({span.begin, span.end}); }
ByteSpan SpanFrom(const json& j) { return {j.at(0).get<size_t>(), j.at(1).get<size_t>()}; }

json DocumentJson(const Document& d) {
  json sentences = json::array();
  for (const Sentence& s : d.sentences) {
    sentences.push_back({{"paragraph", s.paragraph}, {"span", SpanJson(s.span)}, {"text", s.text}});
  }
  json removed = json::array();
  for (const RemovedBlock& r : d.removed) {
    removed.push_back({{"span", SpanJson(r.span)}, {"reason", r.reason}});
  }
  return {{"id", d.id}, {"path", d.path}, {"format", d.format}, {"status", d.status},
          {"text", d.text}, {"lang", d.lang}, {"lang_confidence", d.lang_confidence},
          {"title", d.title}, {"url", d.url}, {"dates", d.dates}, {"published", d.published},
          {"event_date", d.event_date}, {"source_urls", d.source_urls},
          {"removed", removed}, {"sentences", sentences}};
}

Document DocumentFrom(const json& j) {
  Document d;
  d.id = j.at("id"), d.path = j.at("path"), d.format = j.at("format");
  d.status = j.at("status"), d.text = j.at("text"), d.lang = j.at("lang");
  d.lang_confidence = j.at("lang_confidence"), d.title = j.at("title"), d.url = j.at("url");
  d.dates = j.at("dates").get<std::vector<std::string>>();
  d.published = j.at("published"), d.event_date = j.at("event_date");
  d.source_urls = j.at("source_urls").get<std::vector<std::string>>();
  for (const json& r : j.at("removed")) d.removed.push_back({SpanFrom(r.at("span")), r.at("reason")});
  for (const json& s : j.at("sentences")) {
    Sentence sentence;
    sentence.paragraph = s.at("paragraph");
    sentence.span = SpanFrom(s.at("span"));
    sentence.text = s.at("text");
    d.sentences.push_back(std::move(sentence));
  }
  return d;
}

json EvidenceJson(const PairEvidence& e) {
  return {{"cosine", e.cosine}, {"margin", e.margin}, {"sentence_match", e.sentence_match},
          {"ordered_similarity", e.ordered_similarity}, {"same_source", e.same_source},
          {"jaccard", e.jaccard}, {"containment", {e.containment_ab, e.containment_ba}},
          {"exact", e.exact}, {"anchor_overlap", e.anchor_overlap},
          {"word_match", e.word_match},
          {"shared_names", e.shared_names}, {"shared_numbers", e.shared_numbers},
          {"shared_codes", e.shared_codes}, {"shared_urls", e.shared_urls},
          {"shared_dates", e.shared_dates}, {"date_conflict", e.date_conflict},
          {"date_note", e.date_note}, {"score", e.score}};
}

PairEvidence EvidenceFrom(const json& j) {
  PairEvidence e;
  e.cosine = j.at("cosine"), e.margin = j.at("margin"), e.sentence_match = j.at("sentence_match");
  e.jaccard = j.at("jaccard");
  e.ordered_similarity = j.at("ordered_similarity"), e.same_source = j.at("same_source");
  e.containment_ab = j.at("containment").at(0), e.containment_ba = j.at("containment").at(1);
  e.exact = j.at("exact"), e.anchor_overlap = j.at("anchor_overlap");
  e.word_match = j.at("word_match");
  for (auto [key, field] : {std::pair{"shared_names", &e.shared_names},
                            std::pair{"shared_numbers", &e.shared_numbers},
                            std::pair{"shared_codes", &e.shared_codes},
                            std::pair{"shared_urls", &e.shared_urls},
                            std::pair{"shared_dates", &e.shared_dates}}) {
    *field = j.at(key).get<std::vector<std::string>>();
  }
  e.date_conflict = j.at("date_conflict"), e.date_note = j.at("date_note"), e.score = j.at("score");
  return e;
}

json RunsJson(const std::vector<SentenceRun>& runs) {
  json out = json::array();
  for (const SentenceRun& r : runs) out.push_back({r.begin, r.end});
  return out;
}

std::vector<SentenceRun> RunsFrom(const json& j) {
  std::vector<SentenceRun> runs;
  for (const json& r : j) runs.push_back({r.at(0).get<size_t>(), r.at(1).get<size_t>()});
  return runs;
}

json AlignmentJson(const PairAlignment& p) {
  json beads = json::array();
  for (const AlignmentBead& b : p.beads) {
    beads.push_back({b.source, b.target, b.cost, b.similarity});
  }
  const AlignmentCoverage& c = p.coverage;
  return {{"source", p.source}, {"target", p.target}, {"beads", beads},
          {"coverage",
           {{"sentences", {c.source_sentences, c.target_sentences}},
            {"covered", {c.covered_source, c.covered_target}},
            {"share", {c.source_share, c.target_share}},
            {"char_share", {c.source_char_share, c.target_char_share}},
            {"untranslated", RunsJson(c.untranslated)},
            {"added", RunsJson(c.added)}}}};
}

PairAlignment AlignmentFrom(const json& j) {
  PairAlignment p;
  p.source = j.at("source"), p.target = j.at("target");
  for (const json& b : j.at("beads")) {
    p.beads.push_back({b.at(0).get<std::vector<size_t>>(), b.at(1).get<std::vector<size_t>>(),
                       b.at(2).get<double>(), b.at(3).get<double>()});
  }
  const json& c = j.at("coverage");
  AlignmentCoverage& cov = p.coverage;
  cov.source_sentences = c.at("sentences").at(0), cov.target_sentences = c.at("sentences").at(1);
  cov.covered_source = c.at("covered").at(0), cov.covered_target = c.at("covered").at(1);
  cov.source_share = c.at("share").at(0), cov.target_share = c.at("share").at(1);
  cov.source_char_share = c.at("char_share").at(0), cov.target_char_share = c.at("char_share").at(1);
  cov.untranslated = RunsFrom(c.at("untranslated"));
  cov.added = RunsFrom(c.at("added"));
  return p;
}

json ClusterJson(const ClusterReport& r) {
  json members = json::array();
  for (const ClusterMember& m : r.cluster.members) {
    members.push_back({m.doc, static_cast<int>(m.relation), m.score});
  }
  json alignments = json::array();
  for (const PairAlignment& p : r.alignments) alignments.push_back(AlignmentJson(p));
  json summary = json::array();
  for (const SummaryRow& row : r.summary) summary.push_back({row.sentence, row.counterparts});
  return {{"id", r.cluster.id}, {"representative", r.cluster.representative},
          {"members", members}, {"languages", r.cluster.languages},
          {"event_date", r.cluster.event_date}, {"documents", r.documents},
          {"alignments", alignments}, {"summary", summary}};
}

ClusterReport ClusterFrom(const json& j) {
  ClusterReport r;
  r.cluster.id = j.at("id"), r.cluster.representative = j.at("representative");
  for (const json& m : j.at("members")) {
    r.cluster.members.push_back({m.at(0).get<size_t>(), static_cast<Relation>(m.at(1).get<int>()),
                                 m.at(2).get<double>()});
  }
  r.cluster.languages = j.at("languages").get<std::vector<std::string>>();
  r.cluster.event_date = j.at("event_date");
  r.documents = j.at("documents").get<std::vector<size_t>>();
  for (const json& a : j.at("alignments")) r.alignments.push_back(AlignmentFrom(a));
  for (const json& s : j.at("summary")) {
    r.summary.push_back({s.at(0).get<size_t>(), s.at(1).get<std::vector<std::vector<size_t>>>()});
  }
  return r;
}

json SimilarityJson(const Eigen::MatrixXf& m) {
  json rows = json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    json row = json::array();
    for (Eigen::Index k = 0; k < m.cols(); ++k) row.push_back(m(i, k));
    rows.push_back(std::move(row));
  }
  return rows;
}

Eigen::MatrixXf SimilarityFrom(const json& j) {
  Eigen::MatrixXf m(j.size(), j.size());
  for (size_t i = 0; i < j.size(); ++i) {
    for (size_t k = 0; k < j.size(); ++k) m(i, k) = j.at(i).at(k).get<float>();
  }
  return m;
}

void ReadAnalysis(const json& j, Analysis* a) {
  a->embedding_model = j.at("embedding_model"), a->lid_model = j.at("lid_model");
  for (const json& d : j.at("documents")) a->documents.push_back(DocumentFrom(d));
  a->profile_document = j.at("profile_document").get<std::vector<size_t>>();
  for (const json& p : j.at("profiles")) {
    DocumentProfile profile;
    profile.id = p.at("id"), profile.lang = p.at("lang");
    a->profiles.push_back(std::move(profile));
  }
  if (j.contains("similarity")) a->similarity = SimilarityFrom(j.at("similarity"));
  for (const json& e : j.at("evidence")) {
    a->evidence[{e.at("a").get<size_t>(), e.at("b").get<size_t>()}] = EvidenceFrom(e.at("evidence"));
  }
  for (const json& c : j.at("clusters")) a->clusters.push_back(ClusterFrom(c));
  a->document_cluster = j.at("document_cluster").get<std::vector<std::string>>();
  const json& totals = j.at("totals");
  a->totals = {totals.at(0).get<size_t>(), totals.at(1).get<size_t>(), totals.at(2).get<size_t>(),
               totals.at(3).get<size_t>()};
}

}  // namespace

std::string SerializeAnalysis(const Analysis& a) {
  json documents = json::array(), profiles = json::array(), evidence = json::array(),
       clusters = json::array();
  for (const Document& d : a.documents) documents.push_back(DocumentJson(d));
  for (const DocumentProfile& p : a.profiles) profiles.push_back({{"id", p.id}, {"lang", p.lang}});
  for (const auto& [pair, e] : a.evidence) {
    evidence.push_back({{"a", pair.first}, {"b", pair.second}, {"evidence", EvidenceJson(e)}});
  }
  for (const ClusterReport& c : a.clusters) clusters.push_back(ClusterJson(c));
  json j = {{"format_version", kFormatVersion}, {"embedding_model", a.embedding_model},
            {"lid_model", a.lid_model}, {"documents", documents},
            {"profile_document", a.profile_document}, {"profiles", profiles},
            {"evidence", evidence}, {"clusters", clusters},
            {"document_cluster", a.document_cluster},
            {"totals", {a.totals.documents, a.totals.analysed, a.totals.clusters,
                        a.totals.multi_document_clusters}}};
  // Only the heatmap reads the matrix, and it is drawn for small corpora only.
  if (a.profiles.size() <= kHeatmapMaxDocuments) j["similarity"] = SimilarityJson(a.similarity);
  return j.dump() + "\n";
}

Status DeserializeAnalysis(const std::string& json_text, const std::string& source,
                           Analysis* analysis) {
  try {
    const json j = json::parse(json_text);
    if (j.at("format_version") != kFormatVersion) {
      return Status::Corruption(source + ": analysis format version " +
                                j.at("format_version").dump() + ", expected " +
                                std::to_string(kFormatVersion));
    }
    *analysis = Analysis();
    ReadAnalysis(j, analysis);
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption(source + ": not a dupalign analysis file: " + e.what());
  }
  return Status::OK();
}

}  // namespace dupalign

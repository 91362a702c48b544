#include "report/jsonl_report.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

#include "util/parallel.h"

namespace dupalign {
namespace {

using nlohmann::json;

// Scores are rounded so that outputs compare byte for byte across machines
// whose last float bits differ.
double Round(double x) { return std::round(x * 10000.0) / 10000.0; }

// Vectors keep more digits than scores: a search engine ranks by their dot
// product. Adding 0.0 turns -0.0 into 0.0 so tiny negatives print as "0.0".
json VectorJson(const Eigen::VectorXf& vector) {
  json values = json::array();
  for (Eigen::Index d = 0; d < vector.size(); ++d) {
    values.push_back(std::round(static_cast<double>(vector[d]) * 1e6) / 1e6 + 0.0);
  }
  return values;
}

json RemovedJson(const Document& doc) {
  json removed = json::array();
  for (const RemovedBlock& block : doc.removed) {
    removed.push_back({{"reason", block.reason},
                       {"begin", block.span.begin},
                       {"end", block.span.end},
                       {"text", doc.text.substr(block.span.begin, block.span.size())}});
  }
  return removed;
}

json DocumentJson(const Analysis& analysis, size_t i) {
  const Document& doc = analysis.documents[i];
  json j = {{"type", "document"},
            {"id", doc.id},
            {"path", doc.path},
            {"format", doc.format},
            {"lang", doc.lang},
            {"lang_confidence", Round(doc.lang_confidence)},
            {"status", doc.status},
            {"cluster", analysis.document_cluster.empty() ? "" : analysis.document_cluster[i]},
            {"title", doc.title},
            {"url", doc.url},
            {"published", doc.published},
            {"event_date", doc.event_date},
            {"dates", doc.dates},
            {"source_urls", doc.source_urls},
            {"paragraphs", doc.paragraphs.size()},
            {"sentences", doc.sentences.size()},
            {"removed", RemovedJson(doc)}};
  return j;
}

json EvidenceJson(const PairEvidence& e) {
  return {{"score", Round(e.score)},
          {"cosine", Round(e.cosine)},
          {"margin", Round(e.margin)},
          {"sentence_match", Round(e.sentence_match)},
          {"ordered_similarity", Round(e.ordered_similarity)},
          {"word_match", Round(e.word_match)},
          {"same_source", e.same_source},
          {"jaccard", Round(e.jaccard)},
          {"containment", {Round(e.containment_ab), Round(e.containment_ba)}},
          {"anchor_overlap", Round(e.anchor_overlap)},
          {"shared_names", e.shared_names},
          {"shared_numbers", e.shared_numbers},
          {"shared_codes", e.shared_codes},
          {"shared_urls", e.shared_urls},
          {"shared_dates", e.shared_dates},
          {"dates", e.date_note}};
}

json MembersJson(const Analysis& analysis, const ClusterReport& report) {
  json members = json::array();
  const size_t rep = report.cluster.members.front().doc;
  for (size_t m = 0; m < report.cluster.members.size(); ++m) {
    const ClusterMember& member = report.cluster.members[m];
    const Document& doc = analysis.documents[report.documents[m]];
    json j = {{"id", doc.id},
              {"lang", doc.lang},
              {"relation", RelationName(member.relation)},
              {"score", Round(member.score)}};
    const PairEvidence* evidence = m > 0 ? FindEvidence(analysis.evidence, rep, member.doc) : nullptr;
    if (evidence) j["evidence"] = EvidenceJson(*evidence);
    members.push_back(std::move(j));
  }
  return members;
}

json CoverageJson(const Analysis& analysis, const ClusterReport& report) {
  json coverage = json::array();
  for (const PairAlignment& pair : report.alignments) {
    coverage.push_back({{"source", analysis.documents[pair.source].id},
                        {"target", analysis.documents[pair.target].id},
                        {"source_covered", Round(pair.coverage.source_share)},
                        {"target_covered", Round(pair.coverage.target_share)},
                        {"beads", pair.beads.size()}});
  }
  return coverage;
}

}  // namespace

std::string DocumentsJsonl(const Analysis& analysis, bool with_vectors, int threads) {
  std::vector<const DocumentProfile*> profile_of(analysis.documents.size(), nullptr);
  for (size_t k = 0; k < analysis.profiles.size(); ++k) {
    profile_of[analysis.profile_document[k]] = &analysis.profiles[k];
  }
  return ParallelConcat(analysis.documents.size(), threads, [&](size_t i) {
    json j = DocumentJson(analysis, i);
    if (with_vectors && profile_of[i] != nullptr) j["vector"] = VectorJson(profile_of[i]->vector);
    return j.dump() + "\n";
  });
}

std::string PairsJsonl(const Analysis& analysis) {
  std::string out;
  for (const auto& [pair, evidence] : analysis.evidence) {
    const DocumentProfile& a = analysis.profiles[pair.first];
    const DocumentProfile& b = analysis.profiles[pair.second];
    json j = {{"a", a.id}, {"b", b.id}, {"lang_a", a.lang}, {"lang_b", b.lang},
              {"same_cluster", analysis.document_cluster[analysis.profile_document[pair.first]] ==
                                   analysis.document_cluster[analysis.profile_document[pair.second]]},
              {"evidence", EvidenceJson(evidence)}};
    out += j.dump() + "\n";
  }
  return out;
}

std::string ClustersJsonl(const Analysis& analysis, int threads) {
  return ParallelConcat(analysis.clusters.size(), threads, [&](size_t c) {
    const ClusterReport& report = analysis.clusters[c];
    json j = {{"type", "cluster"},
              {"cluster", report.cluster.id},
              {"representative", analysis.documents[report.documents.front()].id},
              {"members", MembersJson(analysis, report)},
              {"languages", report.cluster.languages},
              {"event_date", report.cluster.event_date},
              {"coverage", CoverageJson(analysis, report)}};
    return j.dump() + "\n";
  });
}

}  // namespace dupalign

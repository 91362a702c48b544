#include "report/report_scope.h"

#include <gtest/gtest.h>

#include <string>

namespace dupalign {
namespace {

// Documents d0..d(n-1); d3 is skipped. Clusters group the others by
// `groups` (document indices); profile i belongs to the i-th usable document.
Analysis MakeAnalysis(const std::vector<std::vector<size_t>>& groups, size_t documents) {
  Analysis a;
  std::vector<size_t> profile_of(documents, 0);
  for (size_t d = 0; d < documents; ++d) {
    Document doc;
    doc.id = "d" + std::to_string(d);
    if (d == 3) doc.status = "empty file";
    a.documents.push_back(doc);
    a.document_cluster.push_back("");
    if (!a.documents.back().ok()) continue;
    profile_of[d] = a.profiles.size();
    DocumentProfile profile;
    profile.id = doc.id;
    a.profiles.push_back(profile);
    a.profile_document.push_back(d);
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    ClusterReport c;
    c.cluster.id = "c" + std::to_string(g);
    c.cluster.representative = profile_of[groups[g][0]];
    for (size_t d : groups[g]) {
      c.cluster.members.push_back({profile_of[d], Relation::kSameEvent, 0.5});
      c.documents.push_back(d);
      a.document_cluster[d] = c.cluster.id;
    }
    for (size_t m = 1; m < groups[g].size(); ++m) {
      c.alignments.push_back({groups[g][0], groups[g][m], {}, {}});
      PairEvidence e;
      e.score = 0.1 * static_cast<double>(groups[g][m]);
      a.evidence[{profile_of[groups[g][0]], profile_of[groups[g][m]]}] = e;
    }
    if (groups[g].size() > 2) c.alignments.push_back({groups[g][1], groups[g][2], {}, {}});
    a.clusters.push_back(c);
  }
  a.totals = {documents, a.profiles.size(), a.clusters.size(), 2};
  return a;
}

TEST(ReportScopeTest, SmallAnalysisIsShownWhole) {
  const Analysis full = MakeAnalysis({{0, 1}, {2}, {4, 5}}, 6);
  const Analysis shown = ScopeForReport(full, {3});
  EXPECT_EQ(shown.documents.size(), full.documents.size());
  EXPECT_EQ(shown.clusters.size(), full.clusters.size());
  EXPECT_EQ(shown.evidence.size(), full.evidence.size());
}

TEST(ReportScopeTest, KeepsLargestClustersTheirDocumentsAndSkippedOnes) {
  const Analysis full = MakeAnalysis({{0}, {1, 2, 4}, {5}, {6, 7}, {8}}, 9);
  const Analysis shown = ScopeForReport(full, {2});
  ASSERT_EQ(shown.clusters.size(), 2u);
  EXPECT_EQ(shown.clusters[0].cluster.id, "c1");  // original order kept
  EXPECT_EQ(shown.clusters[1].cluster.id, "c3");
  std::vector<std::string> ids;
  for (const Document& d : shown.documents) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"d1", "d2", "d3", "d4", "d6", "d7"}));
  EXPECT_EQ(shown.totals.documents, 9u);
  EXPECT_EQ(shown.totals.clusters, 5u);
  // Every renumbered index still points at the same document.
  for (const ClusterReport& c : shown.clusters) {
    for (size_t m = 0; m < c.documents.size(); ++m) {
      const std::string& id = shown.documents[c.documents[m]].id;
      EXPECT_EQ(shown.profiles[c.cluster.members[m].doc].id, id);
      EXPECT_EQ(shown.document_cluster[c.documents[m]], c.cluster.id);
    }
    EXPECT_EQ(shown.profiles[c.cluster.representative].id, shown.documents[c.documents[0]].id);
    EXPECT_EQ(c.alignments.size(), c.documents.size() - 1) << "only the representative's pairs";
    for (const PairAlignment& p : c.alignments) {
      EXPECT_EQ(shown.documents[p.source].id, shown.documents[c.documents[0]].id);
    }
  }
  for (size_t p = 0; p < shown.profiles.size(); ++p) {
    EXPECT_EQ(shown.documents[shown.profile_document[p]].id, shown.profiles[p].id);
  }
  // Evidence of kept pairs survives, renumbered: d1-d4 scored 0.4.
  ASSERT_EQ(shown.evidence.size(), 3u);
  const PairEvidence* e = FindEvidence(shown.evidence, 0, 2);  // profiles of d1 and d4
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->score, 0.4);
}

}  // namespace
}  // namespace dupalign

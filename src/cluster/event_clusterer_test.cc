#include "cluster/event_clusterer.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

DocumentProfile Profile(const std::string& id, const std::string& lang, const std::string& event_date,
                        std::vector<std::string> names) {
  DocumentProfile p;
  p.id = id;
  p.lang = lang;
  p.event_date = event_date;
  p.anchors.names = std::move(names);
  return p;
}

PairEvidence Evidence(double score) {
  PairEvidence e;
  e.score = score;
  return e;
}

// The hand-written scores below are final: no calibration.
ClusterOptions Options() {
  ClusterOptions options;
  options.calibrate_scores = false;
  return options;
}

TEST(EventClustererTest, RelationsWithinOneLanguage) {
  auto a = Profile("a", "sv", "", {});
  auto b = Profile("b", "sv", "", {});
  PairEvidence exact = Evidence(1.0);
  exact.exact = true;
  EXPECT_EQ(ClassifyRelation(a, b, exact, Options()), Relation::kExactDuplicate);
  PairEvidence near = Evidence(0.8);
  near.jaccard = 0.7;
  EXPECT_EQ(ClassifyRelation(a, b, near, Options()), Relation::kNearDuplicate);
  PairEvidence partial = Evidence(0.7);
  partial.jaccard = 0.3;
  partial.containment_ba = 0.95;
  EXPECT_EQ(ClassifyRelation(a, b, partial, Options()), Relation::kPartialDuplicate);
  PairEvidence report = Evidence(0.6);
  EXPECT_EQ(ClassifyRelation(a, b, report, Options()), Relation::kSameEvent);
}

TEST(EventClustererTest, RelationsAcrossLanguages) {
  auto sv = Profile("sv", "sv", "2025-11-14", {});
  auto id = Profile("id", "id", "", {});
  PairEvidence cited = Evidence(0.9);
  cited.shared_urls = {"example.org/story"};
  cited.same_source = true;
  EXPECT_EQ(ClassifyRelation(sv, id, cited, Options()), Relation::kTranslation);
  PairEvidence parallel = Evidence(0.7);
  parallel.sentence_match = 0.8;
  EXPECT_EQ(ClassifyRelation(sv, id, parallel, Options()), Relation::kTranslation);
  PairEvidence report = Evidence(0.6);
  report.sentence_match = 0.05;
  EXPECT_EQ(ClassifyRelation(sv, id, report, Options()), Relation::kSameEvent);
}

TEST(EventClustererTest, ConflictingEventDatesNeverLinkEvenWithStrongEvidence) {
  auto a = Profile("a", "vi", "2024-04-12", {"dao hong lan"});
  auto b = Profile("b", "sv", "2025-11-14", {"dao hong lan"});
  PairEvidence e = Evidence(0.95);
  e.date_conflict = true;
  EXPECT_FALSE(ShouldLink(a, b, e, Options()));
}

TEST(EventClustererTest, TransitivityCannotChainTwoEvents) {
  // x links to both y and z, but y and z report different dates: x joins the
  // stronger side only.
  std::vector<DocumentProfile> profiles = {Profile("x", "id", "", {}),
                                           Profile("y", "sv", "2025-11-14", {}),
                                           Profile("z", "vi", "2024-04-12", {})};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.9);
  evidence[{0, 2}] = Evidence(0.6);
  PairEvidence conflict = Evidence(0.1);
  conflict.date_conflict = true;
  evidence[{1, 2}] = conflict;
  auto clusters = ClusterDocuments(profiles, evidence, Options());
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].members.size(), 2u);
  EXPECT_EQ(clusters[1].members.size(), 1u);
  EXPECT_EQ(profiles[clusters[1].members[0].doc].id, "z");
}

TEST(EventClustererTest, WeakEvidenceLeavesSingletons) {
  std::vector<DocumentProfile> profiles = {Profile("a", "vi", "", {}), Profile("b", "sv", "", {})};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.2);
  auto clusters = ClusterDocuments(profiles, evidence, Options());
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_NE(clusters[0].id, clusters[1].id);
}

TEST(EventClustererTest, ClusterIdsAreStableAndDeriveFromTheRepresentative) {
  std::vector<DocumentProfile> profiles = {Profile("a", "sv", "2025-11-14", {}),
                                           Profile("b", "id", "", {})};
  PairEvidenceMap evidence;
  evidence[{0, 1}] = Evidence(0.9);
  auto first = ClusterDocuments(profiles, evidence, Options());
  auto second = ClusterDocuments(profiles, evidence, Options());
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].id, second[0].id);
  EXPECT_EQ(first[0].event_date, "2025-11-14");
  EXPECT_EQ(first[0].languages, (std::vector<std::string>{"id", "sv"}));
  EXPECT_EQ(first[0].members[0].relation, Relation::kRepresentative);
  EXPECT_EQ(first[0].members[1].relation, Relation::kSameEvent);
}

}  // namespace
}  // namespace dupalign

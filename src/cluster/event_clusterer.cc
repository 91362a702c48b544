#include "cluster/event_clusterer.h"

#include "cluster/link_model.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <set>

namespace dupalign {
namespace {

struct Link {
  size_t a, b;
  double score;
};

// Links strongest first; ties broken by indices so the order never depends on
// map iteration or threads.
std::vector<Link> SortedLinks(const std::vector<DocumentProfile>& profiles,
                              const PairEvidenceMap& evidence, const ClusterOptions& options) {
  std::vector<Link> links;
  for (const auto& [pair, e] : evidence) {
    if (ShouldLink(profiles[pair.first], profiles[pair.second], e, options)) {
      links.push_back({pair.first, pair.second, e.score});
    }
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return links;
}

// Two groups may merge only if no pair across them reports conflicting event
// dates (transitivity must not chain a 2024 meeting to a 2025 one), and if
// the pairs across them are on average half as strong as a link: one strong
// pair must not chain two otherwise unrelated groups.
bool CanMerge(const std::vector<size_t>& left, const std::vector<size_t>& right,
              const PairEvidenceMap& evidence, double link_score) {
  double total = 0.0;
  for (size_t a : left) {
    for (size_t b : right) {
      const PairEvidence* e = FindEvidence(evidence, a, b);
      if (e && e->date_conflict) return false;
      if (e) total += e->score;
    }
  }
  return total / static_cast<double>(left.size() * right.size()) >= 0.5 * link_score;
}

std::vector<std::vector<size_t>> GroupDocuments(size_t n, const std::vector<Link>& links,
                                                const PairEvidenceMap& evidence,
                                                double link_score) {
  std::vector<size_t> group_of(n);
  std::iota(group_of.begin(), group_of.end(), 0);
  std::vector<std::vector<size_t>> groups(n);
  for (size_t i = 0; i < n; ++i) groups[i] = {i};
  for (const Link& link : links) {
    size_t ga = group_of[link.a], gb = group_of[link.b];
    if (ga == gb || !CanMerge(groups[ga], groups[gb], evidence, link_score)) continue;
    if (ga > gb) std::swap(ga, gb);
    for (size_t doc : groups[gb]) group_of[doc] = ga;
    groups[ga].insert(groups[ga].end(), groups[gb].begin(), groups[gb].end());
    std::sort(groups[ga].begin(), groups[ga].end());
    groups[gb].clear();
  }
  std::vector<std::vector<size_t>> result;
  for (auto& g : groups) {
    if (!g.empty()) result.push_back(std::move(g));
  }
  return result;
}

// The member with the most evidence towards the others; ties go to the
// earlier document.
size_t PickRepresentative(const std::vector<size_t>& group, const PairEvidenceMap& evidence) {
  size_t best = group.front();
  double best_total = -1.0;
  for (size_t candidate : group) {
    double total = 0.0;
    for (size_t other : group) {
      if (other == candidate) continue;
      const PairEvidence* e = FindEvidence(evidence, candidate, other);
      if (e) total += e->score;
    }
    if (total > best_total + 1e-12) {
      best = candidate;
      best_total = total;
    }
  }
  return best;
}

std::string ClusterId(const std::string& representative_id) {
  char buffer[24];
  std::snprintf(buffer, sizeof(buffer), "c-%012llx",
                static_cast<unsigned long long>(
                    XXH3_64bits(representative_id.data(), representative_id.size()) &
                    0xffffffffffffULL));
  return buffer;
}

std::string ClusterEventDate(const std::vector<size_t>& group,
                             const std::vector<DocumentProfile>& profiles, size_t representative) {
  if (!profiles[representative].event_date.empty()) return profiles[representative].event_date;
  for (size_t doc : group) {
    if (!profiles[doc].event_date.empty()) return profiles[doc].event_date;
  }
  return "";
}

Cluster BuildCluster(const std::vector<size_t>& group, const std::vector<DocumentProfile>& profiles,
                     const PairEvidenceMap& evidence, const ClusterOptions& options) {
  Cluster cluster;
  cluster.representative = PickRepresentative(group, evidence);
  const DocumentProfile& rep = profiles[cluster.representative];
  cluster.id = ClusterId(rep.id);
  cluster.members.push_back({cluster.representative, Relation::kRepresentative, 1.0});
  std::set<std::string> languages{rep.lang};
  for (size_t doc : group) {
    if (doc == cluster.representative) continue;
    const PairEvidence* e = FindEvidence(evidence, cluster.representative, doc);
    PairEvidence none;
    const PairEvidence& ev = e ? *e : none;
    cluster.members.push_back({doc, ClassifyRelation(rep, profiles[doc], ev, options), ev.score});
    languages.insert(profiles[doc].lang);
  }
  cluster.languages.assign(languages.begin(), languages.end());
  cluster.event_date = ClusterEventDate(group, profiles, cluster.representative);
  return cluster;
}

}  // namespace

const PairEvidence* FindEvidence(const PairEvidenceMap& evidence, size_t a, size_t b) {
  auto it = evidence.find({std::min(a, b), std::max(a, b)});
  return it == evidence.end() ? nullptr : &it->second;
}

const char* RelationName(Relation relation) {
  switch (relation) {
    case Relation::kRepresentative: return "representative";
    case Relation::kExactDuplicate: return "exact-duplicate";
    case Relation::kNearDuplicate: return "near-duplicate";
    case Relation::kPartialDuplicate: return "partial-duplicate";
    case Relation::kTranslation: return "translation";
    case Relation::kSameEvent: return "same-event";
  }
  return "unknown";
}

bool ShouldLink(const DocumentProfile& a, const DocumentProfile& b, const PairEvidence& e,
                const ClusterOptions& options) {
  if (e.exact) return true;
  if (e.date_conflict) return false;
  if (a.lang == b.lang && (e.jaccard >= options.near_duplicate_jaccard ||
                           std::max(e.containment_ab, e.containment_ba) >=
                               options.partial_containment)) {
    return true;
  }
  return e.score >= options.link_score;
}

Relation ClassifyRelation(const DocumentProfile& rep, const DocumentProfile& member,
                          const PairEvidence& e, const ClusterOptions& options) {
  if (rep.lang == member.lang) {
    if (e.exact) return Relation::kExactDuplicate;
    if (e.jaccard >= options.near_duplicate_jaccard) return Relation::kNearDuplicate;
    if (std::max(e.containment_ab, e.containment_ba) >= options.partial_containment) {
      return Relation::kPartialDuplicate;
    }
    return Relation::kSameEvent;
  }
  if (e.same_source || e.sentence_match >= options.translation_sentence_match) {
    return Relation::kTranslation;
  }
  return Relation::kSameEvent;
}

std::vector<Cluster> ClusterDocuments(const std::vector<DocumentProfile>& profiles,
                                      const PairEvidenceMap& raw_evidence,
                                      const ClusterOptions& options) {
  // Uncalibrated input is read in place: the pipeline's map can hold
  // millions of pairs.
  PairEvidenceMap calibrated;
  if (options.calibrate_scores) {
    calibrated = raw_evidence;
    CalibrateEvidence(profiles, &calibrated);
  }
  const PairEvidenceMap& evidence = options.calibrate_scores ? calibrated : raw_evidence;
  const auto links = SortedLinks(profiles, evidence, options);
  std::vector<Cluster> clusters;
  for (const auto& group : GroupDocuments(profiles.size(), links, evidence, options.link_score)) {
    clusters.push_back(BuildCluster(group, profiles, evidence, options));
  }
  return clusters;
}

}  // namespace dupalign

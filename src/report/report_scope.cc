#include "report/report_scope.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace dupalign {
namespace {

constexpr size_t kDropped = std::numeric_limits<size_t>::max();

std::vector<size_t> LargestClusters(const Analysis& full, size_t limit) {
  std::vector<size_t> order(full.clusters.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return full.clusters[x].documents.size() > full.clusters[y].documents.size();
  });
  order.resize(std::min(limit, order.size()));
  std::sort(order.begin(), order.end());  // back to the analysis's own order
  return order;
}

// New index of every kept item, kDropped for the others.
std::vector<size_t> Renumber(const std::vector<bool>& keep) {
  std::vector<size_t> index(keep.size(), kDropped);
  size_t next = 0;
  for (size_t i = 0; i < keep.size(); ++i) {
    if (keep[i]) index[i] = next++;
  }
  return index;
}

// A cluster of k versions has k(k-1)/2 alignments; the shown part keeps the
// representative's k-1, the rest stay in the per-pair TMX/TSV files.
ClusterReport RenumberCluster(ClusterReport c, const std::vector<size_t>& doc_index,
                              const std::vector<size_t>& profile_index) {
  const size_t representative_doc = c.documents.front();
  std::erase_if(c.alignments,
                [&](const PairAlignment& p) { return p.source != representative_doc; });
  c.cluster.representative = profile_index[c.cluster.representative];
  for (ClusterMember& m : c.cluster.members) m.doc = profile_index[m.doc];
  for (size_t& d : c.documents) d = doc_index[d];
  for (PairAlignment& p : c.alignments) {
    p.source = doc_index[p.source];
    p.target = doc_index[p.target];
  }
  return c;
}

}  // namespace

Analysis ScopeForReport(const Analysis& full, const ReportLimits& limits) {
  if (full.clusters.size() <= limits.max_clusters) return full;
  const std::vector<size_t> shown = LargestClusters(full, limits.max_clusters);
  std::vector<bool> keep_doc(full.documents.size(), false);
  for (size_t d = 0; d < full.documents.size(); ++d) keep_doc[d] = !full.documents[d].ok();
  for (size_t c : shown) {
    for (size_t d : full.clusters[c].documents) keep_doc[d] = true;
  }
  std::vector<bool> keep_profile(full.profiles.size());
  for (size_t p = 0; p < full.profiles.size(); ++p) keep_profile[p] = keep_doc[full.profile_document[p]];
  const std::vector<size_t> doc_index = Renumber(keep_doc);
  const std::vector<size_t> profile_index = Renumber(keep_profile);

  Analysis scoped;
  scoped.embedding_model = full.embedding_model;
  scoped.lid_model = full.lid_model;
  scoped.totals = full.totals;
  for (size_t d = 0; d < full.documents.size(); ++d) {
    if (!keep_doc[d]) continue;
    scoped.documents.push_back(full.documents[d]);
    scoped.document_cluster.push_back(full.document_cluster[d]);
  }
  for (size_t p = 0; p < full.profiles.size(); ++p) {
    if (!keep_profile[p]) continue;
    scoped.profiles.push_back(full.profiles[p]);
    scoped.profile_document.push_back(doc_index[full.profile_document[p]]);
  }
  for (const auto& [pair, evidence] : full.evidence) {
    if (keep_profile[pair.first] && keep_profile[pair.second]) {
      scoped.evidence.emplace_hint(scoped.evidence.end(),
                                   std::pair{profile_index[pair.first], profile_index[pair.second]},
                                   evidence);
    }
  }
  for (size_t c : shown) {
    scoped.clusters.push_back(RenumberCluster(full.clusters[c], doc_index, profile_index));
  }
  return scoped;
}

}  // namespace dupalign

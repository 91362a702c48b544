#include "report/html_report.h"

#include "report/report_text.h"

#include "util/markup.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

namespace dupalign {
namespace {

std::string Format(const char* pattern, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), pattern, value);
  return buffer;
}

const char kStyle[] = R"(
body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1400px}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0}
.gap{background:#fff3cd}
.added{background:#d1ecf1}
.missing{color:#888;font-style:italic}
.pair td{width:45%}
.cost{width:4em;color:#666;font-size:.85em}
.evidence{font-size:.9em;color:#444}
.furniture{font-size:.85em;color:#666}
.heatmap text{font-size:11px}
)";

void WriteOverview(const Analysis& a, std::ostringstream& out) {
  out << "<h2>Clusters</h2><table id=\"overview\"><tr><th>cluster</th><th>documents</th>"
         "<th>languages</th><th>event date</th></tr>";
  for (const ClusterReport& c : a.clusters) {
    std::string members;
    for (size_t m = 0; m < c.documents.size(); ++m) {
      members += (m ? ", " : "") + EscapeMarkup(a.documents[c.documents[m]].id) + " (" +
                 RelationName(c.cluster.members[m].relation) + ")";
    }
    std::string langs;
    for (const auto& l : c.cluster.languages) langs += (langs.empty() ? "" : ", ") + l;
    out << "<tr><td><a href=\"#" << c.cluster.id << "\">" << c.cluster.id << "</a></td><td>"
        << members << "</td><td>" << langs << "</td><td>" << c.cluster.event_date << "</td></tr>";
  }
  out << "</table>";
}

// Cells are ordered cluster by cluster so each cluster is one square block on
// the diagonal, outlined.
std::vector<size_t> HeatmapOrder(const Analysis& a, std::vector<std::pair<size_t, size_t>>* blocks) {
  std::map<size_t, size_t> profile_of_doc;
  for (size_t p = 0; p < a.profile_document.size(); ++p) profile_of_doc[a.profile_document[p]] = p;
  std::vector<size_t> order;
  for (const ClusterReport& c : a.clusters) {
    blocks->push_back({order.size(), c.documents.size()});
    for (size_t doc : c.documents) order.push_back(profile_of_doc[doc]);
  }
  return order;
}

void WriteHeatmap(const Analysis& a, std::ostringstream& out) {
  if (a.profiles.size() > kHeatmapMaxDocuments ||
      a.similarity.rows() != static_cast<Eigen::Index>(a.profiles.size())) {
    out << "<h2>Document similarity</h2><p>Heatmap left out: " << a.profiles.size()
        << " documents (drawn up to " << kHeatmapMaxDocuments << ").</p>";
    return;
  }
  std::vector<std::pair<size_t, size_t>> blocks;
  const std::vector<size_t> order = HeatmapOrder(a, &blocks);
  const int cell = order.size() > 60 ? 4 : 28, label = order.size() > 60 ? 0 : 140;
  const int size = static_cast<int>(order.size()) * cell;
  const int top = 10;  // labels sit on the left only
  out << "<h2>Document similarity</h2><svg class=\"heatmap\" id=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
      << size + label + 10 << "\" height=\"" << size + top + 10 << "\">";
  for (size_t r = 0; r < order.size(); ++r) {
    const std::string& id = a.profiles[order[r]].id;
    if (label) {
      out << "<text x=\"" << label - 4 << "\" y=\"" << top + r * cell + cell * 0.65
          << "\" text-anchor=\"end\">" << EscapeMarkup(id.substr(0, 20)) << "</text>";
    }
    for (size_t c = 0; c < order.size(); ++c) {
      const double s = std::clamp<double>(a.similarity(order[r], order[c]), 0.0, 1.0);
      const int shade = static_cast<int>(255 - 200 * s);
      out << "<rect x=\"" << label + c * cell << "\" y=\"" << top + r * cell << "\" width=\"" << cell
          << "\" height=\"" << cell << "\" fill=\"rgb(" << shade << "," << shade << ",255)\"><title>"
          << EscapeMarkup(id) << " / " << EscapeMarkup(a.profiles[order[c]].id) << ": "
          << Format("%.2f", s) << "</title></rect>";
    }
  }
  for (const auto& [start, count] : blocks) {
    out << "<rect class=\"cluster-outline\" x=\"" << label + start * cell << "\" y=\""
        << top + start * cell << "\" width=\"" << count * cell << "\" height=\"" << count * cell
        << "\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\"/>";
  }
  out << "</svg>";
}

void WriteMembers(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "<table class=\"members\"><tr><th>member</th><th>lang</th><th>relation</th><th>score</th>"
         "<th>evidence</th></tr>";
  const size_t rep = c.cluster.members.front().doc;
  for (size_t m = 0; m < c.documents.size(); ++m) {
    const ClusterMember& member = c.cluster.members[m];
    const Document& d = a.documents[c.documents[m]];
    std::string evidence;
    const PairEvidence* found = m ? FindEvidence(a.evidence, rep, member.doc) : nullptr;
    if (found) {
      const PairEvidence& e = *found;
      evidence = "cosine " + Format("%.2f", e.cosine) + "; sentence match " +
                 Format("%.0f%%", 100 * e.sentence_match) + "; word match " +
                 Format("%.2f", e.word_match) + "; anchors " +
                 Format("%.0f%%", 100 * e.anchor_overlap);
      auto list = [&](const char* name, const std::vector<std::string>& v) {
        if (v.empty()) return;
        evidence += std::string("; ") + name + ": ";
        for (size_t i = 0; i < v.size(); ++i) evidence += (i ? ", " : "") + v[i];
      };
      list("source URL", e.shared_urls);
      list("names", e.shared_names);
      list("codes", e.shared_codes);
      list("dates", e.shared_dates);
      evidence += "; " + e.date_note;
    }
    out << "<tr><td>" << EscapeMarkup(d.id) << "</td><td>" << d.lang << "</td><td>"
        << RelationName(member.relation) << "</td><td>" << (m ? Format("%.2f", member.score) : "")
        << "</td><td class=\"evidence\">" << EscapeMarkup(evidence) << "</td></tr>";
  }
  out << "</table>";
}

void WriteSideBySide(const Analysis& a, const PairAlignment& pair, std::ostringstream& out) {
  const Document& s = a.documents[pair.source];
  const Document& t = a.documents[pair.target];
  out << "<h4>" << EscapeMarkup(s.id) << " (" << s.lang << ") ↔ " << EscapeMarkup(t.id) << " (" << t.lang
      << "): " << Format("%.0f%%", 100 * pair.coverage.source_share) << " / "
      << Format("%.0f%%", 100 * pair.coverage.target_share)
      << " covered</h4><table class=\"pair\"><tr><th>" << s.lang << "</th><th>" << t.lang
      << "</th><th>cost</th></tr>";
  for (const AlignmentBead& bead : pair.beads) {
    const char* row_class = bead.target.empty() ? "gap" : bead.source.empty() ? "added" : "";
    out << "<tr class=\"" << row_class << "\"><td>"
        << (bead.source.empty() ? "<span class=\"missing\">(no counterpart)</span>"
                                : EscapeMarkup(SentencesText(s, bead.source)))
        << "</td><td>"
        << (bead.target.empty() ? "<span class=\"missing\">(no counterpart)</span>"
                                : EscapeMarkup(SentencesText(t, bead.target)))
        << "</td><td class=\"cost\">" << Format("%.2f", bead.cost) << "</td></tr>";
  }
  out << "</table>";
}

void WriteSummary(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "<h4>Aligned summary</h4><table class=\"summary\"><tr>";
  for (size_t doc : c.documents) {
    out << "<th>" << EscapeMarkup(a.documents[doc].id) << " (" << a.documents[doc].lang << ")</th>";
  }
  out << "</tr>";
  for (const SummaryRow& row : c.summary) {
    out << "<tr>";
    for (size_t m = 0; m < c.documents.size(); ++m) {
      const auto& idx = row.counterparts[m];
      out << (idx.empty() ? "<td class=\"gap\"><span class=\"missing\">(no counterpart)</span>"
                          : "<td>" + EscapeMarkup(SentencesText(a.documents[c.documents[m]], idx)))
          << "</td>";
    }
    out << "</tr>";
  }
  out << "</table>";
}

void WriteFurniture(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  for (size_t doc : c.documents) {
    const Document& d = a.documents[doc];
    if (d.removed.empty()) continue;
    out << "<details class=\"furniture\"><summary>Removed page furniture of " << EscapeMarkup(d.id)
        << " (" << d.removed.size() << " blocks)</summary><ul>";
    for (const RemovedBlock& block : d.removed) {
      out << "<li><b>" << EscapeMarkup(block.reason) << "</b>: "
          << EscapeMarkup(d.text.substr(block.span.begin, std::min<size_t>(block.span.size(), 300)))
          << "</li>";
    }
    out << "</ul></details>";
  }
}

void WriteCluster(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "<section class=\"cluster\" id=\"" << c.cluster.id << "\"><h3>Cluster " << c.cluster.id
      << "</h3>";
  WriteMembers(a, c, out);
  if (c.documents.size() > 1) {
    WriteSummary(a, c, out);
    for (const PairAlignment& pair : c.alignments) WriteSideBySide(a, pair, out);
  }
  WriteFurniture(a, c, out);
  out << "</section>";
}

}  // namespace


std::string HtmlReport(const Analysis& analysis) {
  std::ostringstream out;
  out << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>dupalign report</title><style>"
      << kStyle << "</style></head><body><h1>dupalign report</h1><p>" << analysis.totals.documents
      << " documents, " << analysis.totals.clusters << " clusters. Rows: <span class=\"gap\">only in "
      << "the first version</span>, <span class=\"added\">only in the second</span>.</p>";
  if (analysis.clusters.size() < analysis.totals.clusters) {
    out << "<p id=\"scope\">Shown: the " << analysis.clusters.size() << " largest clusters, their "
        << "documents and every skipped document. documents.jsonl and clusters.jsonl list all of them.</p>";
  }
  WriteOverview(analysis, out);
  WriteHeatmap(analysis, out);
  std::vector<const ClusterReport*> ordered;
  for (const auto& c : analysis.clusters) ordered.push_back(&c);
  std::stable_sort(ordered.begin(), ordered.end(), [](const ClusterReport* x, const ClusterReport* y) {
    return x->documents.size() > y->documents.size();
  });
  for (const ClusterReport* c : ordered) WriteCluster(analysis, *c, out);
  out << "</body></html>\n";
  return out.str();
}

}  // namespace dupalign

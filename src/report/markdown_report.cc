#include "report/markdown_report.h"

#include "report/report_text.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

namespace dupalign {
namespace {

std::string Percent(double x) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%.0f%%", 100.0 * x);
  return buffer;
}

std::string Fixed(double x) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%.2f", x);
  return buffer;
}

// Table cells must stay on one line and must not open new columns.
std::string Cell(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

void WriteRunSummary(const Analysis& a, std::ostringstream& out) {
  const RunTotals& t = a.totals;
  out << "# dupalign report\n\n"
      << "- Documents: " << t.documents << " read, " << t.analysed << " analysed, "
      << t.documents - t.analysed << " skipped\n"
      << "- Clusters: " << t.clusters << " (" << t.multi_document_clusters
      << " with more than one document)\n"
      << "- Embedding model: `" << a.embedding_model << "`\n"
      << "- Language identification: `" << a.lid_model << "`\n\n";
  if (a.clusters.size() < t.clusters) {
    out << "This report shows the " << a.clusters.size() << " largest clusters (each "
        << "representative aligned with the other members), their documents and every skipped "
        << "document; documents.jsonl and clusters.jsonl list all " << t.documents
        << " documents and " << t.clusters << " clusters, and alignments/ holds every pair.\n\n";
  }
}

void WriteDocumentTable(const Analysis& a, std::ostringstream& out) {
  out << "## Documents\n\n| id | lang | status | cluster | event date | title | removed furniture |\n"
      << "|---|---|---|---|---|---|---|\n";
  for (size_t i = 0; i < a.documents.size(); ++i) {
    const Document& d = a.documents[i];
    std::map<std::string, int> reasons;
    for (const RemovedBlock& r : d.removed) ++reasons[r.reason];
    std::vector<std::string> removed;
    for (const auto& [reason, count] : reasons) removed.push_back(reason + " ×" + std::to_string(count));
    out << "| " << Cell(d.id) << " | " << d.lang << " | " << Cell(d.status) << " | "
        << a.document_cluster[i] << " | " << d.event_date << " | " << Cell(d.title) << " | "
        << Join(removed) << " |\n";
  }
  out << "\n";
}

std::string EvidenceSummary(const PairEvidence& e) {
  std::vector<std::string> parts;
  parts.push_back("cosine " + Fixed(e.cosine));
  parts.push_back("sentence match " + Percent(e.sentence_match));
  parts.push_back("word match " + Fixed(e.word_match));
  parts.push_back("anchors " + Percent(e.anchor_overlap));
  if (e.jaccard > 0.05) parts.push_back("3-gram Jaccard " + Fixed(e.jaccard));
  if (!e.shared_urls.empty()) parts.push_back("same source URL");
  if (!e.shared_names.empty()) parts.push_back("names: " + Join(e.shared_names));
  if (!e.shared_codes.empty()) parts.push_back("codes: " + Join(e.shared_codes));
  if (!e.shared_dates.empty()) parts.push_back("dates: " + Join(e.shared_dates));
  parts.push_back(e.date_note);
  return Join(parts, "; ");
}

void WriteMembers(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "| member | lang | relation | score | evidence against the representative |\n"
      << "|---|---|---|---|---|\n";
  const size_t rep = c.cluster.members.front().doc;
  for (size_t m = 0; m < c.cluster.members.size(); ++m) {
    const ClusterMember& member = c.cluster.members[m];
    const Document& d = a.documents[c.documents[m]];
    const PairEvidence* e = m ? FindEvidence(a.evidence, rep, member.doc) : nullptr;
    out << "| " << Cell(d.id) << " | " << d.lang << " | " << RelationName(member.relation)
        << " | " << (m ? Fixed(member.score) : "") << " | " << (e ? Cell(EvidenceSummary(*e)) : "")
        << " |\n";
  }
  out << "\n";
}

void WriteSummary(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "#### Aligned summary\n\n|";
  for (size_t m = 0; m < c.documents.size(); ++m) {
    const Document& d = a.documents[c.documents[m]];
    out << " " << Cell(d.id) << " (" << d.lang << ") |";
  }
  out << "\n|";
  for (size_t m = 0; m < c.documents.size(); ++m) out << "---|";
  out << "\n";
  for (const SummaryRow& row : c.summary) {
    out << "|";
    for (size_t m = 0; m < c.documents.size(); ++m) {
      const Document& d = a.documents[c.documents[m]];
      const auto& idx = row.counterparts[m];
      out << " " << (idx.empty() ? "*(no counterpart)*" : Cell(SentencesText(d, idx))) << " |";
    }
    out << "\n";
  }
  out << "\n";
}

void WriteUnmatched(const Document& d, const std::vector<SentenceRun>& runs, std::ostringstream& out) {
  if (runs.empty()) {
    out << "  - nothing\n";
    return;
  }
  for (const SentenceRun& run : runs) {
    for (size_t i = run.begin; i < run.end; ++i) {
      const Sentence& s = d.sentences[i];
      out << "  - [" << i << "] bytes " << s.span.begin << "-" << s.span.end << ": " << Cell(s.text)
          << "\n";
    }
  }
}

void WriteCoverage(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "#### Coverage audit\n\n";
  for (const PairAlignment& pair : c.alignments) {
    const Document& s = a.documents[pair.source];
    const Document& t = a.documents[pair.target];
    out << "**" << s.id << " (" << s.lang << ") ↔ " << t.id << " (" << t.lang << ")**: "
        << Percent(pair.coverage.source_share) << " of " << s.id << "'s sentences have a counterpart in "
        << t.id << "; " << Percent(pair.coverage.target_share) << " of " << t.id << "'s in " << s.id
        << ".\n\n";
    out << "- Only in " << s.id << " (what " << t.id << " leaves out):\n";
    WriteUnmatched(s, pair.coverage.untranslated, out);
    out << "- Only in " << t.id << " (what " << t.id << " adds):\n";
    WriteUnmatched(t, pair.coverage.added, out);
    out << "\n";
  }
}

void WriteAlignment(const Analysis& a, const PairAlignment& pair, std::ostringstream& out) {
  const Document& s = a.documents[pair.source];
  const Document& t = a.documents[pair.target];
  out << "<details><summary>Sentence alignment " << s.id << " ↔ " << t.id << " (" << pair.beads.size()
      << " beads)</summary>\n\n| " << s.lang << " | " << t.lang << " | cost |\n|---|---|---|\n";
  for (const AlignmentBead& bead : pair.beads) {
    out << "| " << (bead.source.empty() ? "—" : Cell(SentencesText(s, bead.source))) << " | "
        << (bead.target.empty() ? "—" : Cell(SentencesText(t, bead.target))) << " | "
        << Fixed(bead.cost) << " |\n";
  }
  out << "\n</details>\n\n";
}

void WriteCluster(const Analysis& a, const ClusterReport& c, std::ostringstream& out) {
  out << "### Cluster " << c.cluster.id << ": " << c.documents.size() << " document"
      << (c.documents.size() > 1 ? "s" : "") << " (" << Join(c.cluster.languages) << ")"
      << (c.cluster.event_date.empty() ? "" : ", event " + c.cluster.event_date) << "\n\n";
  WriteMembers(a, c, out);
  if (c.documents.size() < 2) return;
  WriteSummary(a, c, out);
  WriteCoverage(a, c, out);
  for (const PairAlignment& pair : c.alignments) WriteAlignment(a, pair, out);
}

}  // namespace

std::string MarkdownReport(const Analysis& analysis) {
  std::ostringstream out;
  WriteRunSummary(analysis, out);
  WriteDocumentTable(analysis, out);
  out << "## Clusters\n\n";
  std::vector<const ClusterReport*> ordered;
  for (const auto& c : analysis.clusters) ordered.push_back(&c);
  std::stable_sort(ordered.begin(), ordered.end(), [](const ClusterReport* x, const ClusterReport* y) {
    return x->documents.size() > y->documents.size();
  });
  for (const ClusterReport* c : ordered) WriteCluster(analysis, *c, out);
  return out.str();
}

}  // namespace dupalign

// Analysis: everything one `analyze` run found, and Analyze(), the pipeline
// that produces it: ingest -> text -> embed -> similarity -> cluster -> align.
// The report stage and the tools read an Analysis; library users call
// Analyze() with an Args.
#ifndef DUPALIGN_PIPELINE_ANALYSIS_H_
#define DUPALIGN_PIPELINE_ANALYSIS_H_

#include <Eigen/Core>
#include <string>
#include <vector>

#include "align/coverage.h"
#include "align/sentence_aligner.h"
#include "cluster/event_clusterer.h"
#include "dupalign/args.h"
#include "dupalign/document.h"
#include "dupalign/status.h"
#include "similarity/document_profile.h"

namespace dupalign {

// The alignment of two versions inside one cluster.
struct PairAlignment {
  size_t source = 0;  // document indices
  size_t target = 0;
  std::vector<AlignmentBead> beads;
  AlignmentCoverage coverage;
};

// One row of a cluster's aligned summary: a key sentence of the
// representative and its counterpart sentences in each other member.
struct SummaryRow {
  size_t sentence = 0;
  std::vector<std::vector<size_t>> counterparts;  // per cluster member, in member order
};

struct ClusterReport {
  Cluster cluster;                        // members hold profile indices
  std::vector<size_t> documents;          // document index per member
  std::vector<PairAlignment> alignments;  // representative against each member, then the rest
  std::vector<SummaryRow> summary;
};

// Counts for the whole run. The human reports may show part of a large run
// (report/report_scope.h) and still state these.
struct RunTotals {
  size_t documents = 0;
  size_t analysed = 0;
  size_t clusters = 0;
  size_t multi_document_clusters = 0;
};

struct Analysis {
  std::string embedding_model;
  std::string lid_model;
  std::vector<Document> documents;          // input order, skipped ones included
  std::vector<size_t> profile_document;     // document index of each profile
  std::vector<DocumentProfile> profiles;    // usable documents only
  Eigen::MatrixXf similarity;               // cosine between profiles' vectors
  PairEvidenceMap evidence;                 // keyed by profile indices
  std::vector<ClusterReport> clusters;
  std::vector<std::string> document_cluster;  // cluster id per document, "" if skipped
  RunTotals totals;
};

// Runs the whole pipeline. Fails only when the run cannot happen at all (no
// input, missing or corrupt model); bad documents are kept with a status.
Status Analyze(const Args& args, Analysis* analysis);

}  // namespace dupalign

#endif  // DUPALIGN_PIPELINE_ANALYSIS_H_

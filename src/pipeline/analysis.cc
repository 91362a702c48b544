#include "pipeline/analysis.h"

#include <absl/container/flat_hash_map.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <string_view>

#include "align/word_matcher.h"
#include "embed/model_paths.h"
#include "embed/sentence_embedder.h"
#include "cluster/link_model.h"
#include "ingest/corpus_reader.h"
#include "pipeline/cluster_summary.h"
#include "pipeline/lead_words.h"
#include "similarity/anchor_extractor.h"
#include "similarity/candidate_pairs.h"
#include "similarity/sentence_anchor_features.h"
#include "similarity/similarity_matrix.h"
#include "text/document_segmenter.h"
#include "text/language_identifier.h"
#include "util/parallel.h"
#include "util/stage_clock.h"

namespace dupalign {
namespace {

struct Models {
  std::unique_ptr<LanguageIdentifier> lid;
  std::unique_ptr<SentenceEmbedder> embedder;
};

Status LoadModels(const Args& args, Analysis* analysis, Models* models) {
  analysis->embedding_model =
      args.embedding_model.empty() ? DefaultEmbeddingModelPath() : args.embedding_model;
  analysis->lid_model = args.lid_model.empty() ? DefaultLidModelPath() : args.lid_model;
  Status s = SentenceEmbedder::Load(analysis->embedding_model, &models->embedder);
  if (!s.ok()) return s;
  if (!args.lang.empty()) return Status::OK();  // a forced language needs no LID model
  return LanguageIdentifier::Load(analysis->lid_model, &models->lid);
}

// Whole paragraphs from paragraph `first` on, until at least max_bytes.
// `*end` (when given) receives the paragraph after the last one read.
std::string MainText(const Document& doc, size_t max_bytes, size_t first = 0,
                     size_t* end = nullptr) {
  std::string text;
  size_t p = first;
  for (; p < doc.paragraphs.size() && text.size() < max_bytes; ++p) {
    text.append(doc.text, doc.paragraphs[p].begin, doc.paragraphs[p].size());
    text.push_back(' ');
  }
  if (end != nullptr) *end = p;
  return text;
}

// A first look at the opening 512 bytes settles a document when it is
// nearly certain and a second look, from the middle paragraph on, agrees:
// an opening paragraph left untranslated must not decide for the rest.
bool SettledByTwoLooks(const LanguageIdentifier& lid, const Document& doc,
                       LanguagePrediction* prediction) {
  constexpr size_t kLookBytes = 512;
  constexpr float kCertain = 0.99f;
  size_t end = 0;
  const std::string opening = MainText(doc, kLookBytes, 0, &end);
  *prediction = lid.Identify(opening);
  if (prediction->confidence < kCertain) return false;
  if (end == doc.paragraphs.size()) return true;  // the whole main text was read
  const LanguagePrediction middle =
      lid.Identify(MainText(doc, kLookBytes, std::max(end, doc.paragraphs.size() / 2)));
  return middle.lang == prediction->lang && middle.confidence >= kCertain;
}

// Identification reads the main text only, so a Swedish page's Vietnamese
// banner or related-article list cannot tip the decision. It reads as little
// as settles the question, since it costs about half of the text stage: two
// small looks that agree with near certainty (SettledByTwoLooks); else the
// first 2 KB, which settle most documents; mixed or doubtful ones are read
// up to 8 KB.
LanguagePrediction IdentifyMainText(const LanguageIdentifier& lid, const Document& doc) {
  constexpr size_t kFirstBytes = 2048, kDoubtfulBytes = 8192;
  constexpr float kSettled = 0.95f;
  LanguagePrediction prediction;
  if (SettledByTwoLooks(lid, doc, &prediction)) return prediction;
  const std::string text = MainText(doc, kFirstBytes);
  prediction = lid.Identify(text);
  if (prediction.confidence >= kSettled || text.size() < kFirstBytes) return prediction;
  return lid.Identify(MainText(doc, kDoubtfulBytes));
}

void AssignLanguage(const Args& args, const LanguageIdentifier* lid, Document* doc) {
  if (!doc->declared_lang.empty()) {
    doc->lang = doc->declared_lang;
    doc->lang_confidence = 1.0;
  } else if (!args.lang.empty()) {
    doc->lang = args.lang;
    doc->lang_confidence = 1.0;
  } else {
    const LanguagePrediction prediction = IdentifyMainText(*lid, *doc);
    doc->lang = prediction.lang;
    doc->lang_confidence = prediction.confidence;
  }
}

void PrepareText(const Args& args, const Models& models, std::vector<Document>* docs) {
  DocumentSegmenter segmenter;
  ParallelFor(docs->size(), args.threads, [&](size_t i) {
    Document& doc = (*docs)[i];
    if (!doc.ok()) return;
    AssignLanguage(args, models.lid.get(), &doc);
    Status s = segmenter.Segment(&doc);
    if (!s.ok()) {
      doc.status = s.message();
    } else if (doc.sentences.empty()) {
      doc.status = "no main text left after removing page furniture";
    }
    if (!doc.ok()) spdlog::warn("{}: skipped: {}", doc.path, doc.status);
  });
}

// Views: the shingles read every word of the document in order.
std::vector<std::string_view> AllWords(const Document& doc) {
  std::vector<std::string_view> words;
  for (const Sentence& s : doc.sentences) words.insert(words.end(), s.words.begin(), s.words.end());
  return words;
}

// Everything but the document vector, which BuildProfiles makes first.
void CompleteProfile(const Document& doc, const SentenceEmbedder& embedder, double anchor_weight,
                     DocumentProfile* profile) {
  // Both anchor readers see the same tokens; tokenising is the costly part.
  const SentenceTokens anchor_tokens = AnchorTokens(doc);
  profile->anchors = ExtractAnchors(doc, anchor_tokens);
  IndexAnchors(profile);
  profile->sketch = BuildShingleSketch(AllWords(doc));
  const auto sentence_words = DocumentSegmenter::SentenceWords(doc);
  profile->sentences =
      SentenceVectors(embedder.EmbedSentences(sentence_words, doc.lang),
                      SparseSentenceAnchorFeatures(doc, anchor_tokens), anchor_weight);
}

// A document's distinct words, grouped by the counting shard they belong
// to (shard k owns words[bounds[k]] .. words[bounds[k + 1] - 1]). The views
// point into the document's sentences, which outlive the counting.
struct ShardedWords {
  std::vector<std::string_view> words;
  std::vector<size_t> bounds;
};

// Document frequencies of one shard's words: over the corpus and per language.
struct FrequencyShard {
  absl::flat_hash_map<std::string_view, int64_t> corpus;
  std::map<std::string, absl::flat_hash_map<std::string_view, int>> by_language;
};

constexpr size_t kFrequencyShards = 16;

// Sorting by hash first compares whole words only when two hashes are equal,
// which is mostly a word and its repeat.
ShardedWords DistinctWordsByShard(const Document& doc) {
  const std::hash<std::string_view> hash;
  std::vector<std::pair<size_t, std::string_view>> keyed;
  for (const Sentence& s : doc.sentences) {
    for (const std::string& w : s.words) keyed.emplace_back(hash(w), w);
  }
  std::sort(keyed.begin(), keyed.end());
  keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
  ShardedWords sharded;
  sharded.bounds.assign(kFrequencyShards + 1, 0);
  for (const auto& [h, word] : keyed) ++sharded.bounds[h % kFrequencyShards + 1];
  for (size_t k = 0; k < kFrequencyShards; ++k) sharded.bounds[k + 1] += sharded.bounds[k];
  sharded.words.resize(keyed.size());
  std::vector<size_t> next(sharded.bounds.begin(), sharded.bounds.end() - 1);
  for (const auto& [h, word] : keyed) sharded.words[next[h % kFrequencyShards]++] = word;
  return sharded;
}

// Words every document uses (the outlet's boilerplate, the topic's
// vocabulary) weigh less in document and sentence vectors. Words seen in two
// or more documents of a language have their vectors cached. Words are
// counted in shards by hash, one thread per shard, so no table is shared;
// the embedder only looks the counts up, so their order does not matter.
void SetCorpusFrequencies(const std::vector<Document>& docs, int threads,
                          SentenceEmbedder* embedder) {
  std::vector<ShardedWords> distinct(docs.size());
  ParallelFor(docs.size(), threads, [&](size_t i) {
    if (docs[i].ok()) distinct[i] = DistinctWordsByShard(docs[i]);
  });
  std::vector<FrequencyShard> shards(kFrequencyShards);
  ParallelFor(kFrequencyShards, threads, [&](size_t k) {
    for (size_t i = 0; i < docs.size(); ++i) {
      if (!docs[i].ok()) continue;
      auto& in_language = shards[k].by_language[docs[i].lang];
      const ShardedWords& d = distinct[i];
      for (size_t w = d.bounds[k]; w < d.bounds[k + 1]; ++w) {
        ++shards[k].corpus[d.words[w]];
        ++in_language[d.words[w]];
      }
    }
  });
  std::vector<ShardedWords>().swap(distinct);
  int64_t documents = 0;
  for (const Document& doc : docs) documents += doc.ok();
  absl::flat_hash_map<std::string, int64_t> document_frequency;
  size_t distinct_words = 0;
  for (const FrequencyShard& shard : shards) distinct_words += shard.corpus.size();
  document_frequency.reserve(distinct_words);
  std::map<std::string, std::vector<std::string>> repeated;  // every language, even without words
  for (FrequencyShard& shard : shards) {
    for (const auto& [word, count] : shard.corpus) {
      document_frequency.emplace(std::string(word), count);
    }
    for (const auto& [lang, frequency] : shard.by_language) {
      std::vector<std::string>& words = repeated[lang];
      for (const auto& [word, count] : frequency) {
        if (count >= 2) words.emplace_back(word);
      }
    }
    shard = FrequencyShard();
  }
  embedder->SetDocumentFrequencies(std::move(document_frequency), documents);
  for (auto& [lang, words] : repeated) {
    std::sort(words.begin(), words.end());
    embedder->CacheWords(lang, words, threads);
  }
}

// Each language's common word components come from one sample of the whole
// corpus (every k-th sentence, at most max_sentences), so word matching
// centres a word alike in every document.
void SetCorpusSamples(const std::vector<Document>& docs, SentenceEmbedder* embedder,
                      size_t max_sentences = 20000) {
  std::map<std::string, size_t> total;
  for (const Document& doc : docs) {
    if (doc.ok()) total[doc.lang] += doc.sentences.size();
  }
  for (const auto& [lang, count] : total) {
    const size_t stride = (count + max_sentences - 1) / max_sentences;
    std::vector<std::vector<std::string>> sample;
    size_t seen = 0;
    for (const Document& doc : docs) {
      if (!doc.ok() || doc.lang != lang) continue;
      for (const Sentence& s : doc.sentences) {
        if (seen++ % stride == 0) sample.push_back(s.words);
      }
    }
    embedder->SetCorpusSample(lang, sample);
  }
}

void StartProfiles(const Args& args, const Models& models, Analysis* analysis) {
  for (size_t i = 0; i < analysis->documents.size(); ++i) {
    if (analysis->documents[i].ok()) analysis->profile_document.push_back(i);
  }
  analysis->profiles.resize(analysis->profile_document.size());
  ParallelFor(analysis->profiles.size(), args.threads, [&](size_t k) {
    const Document& doc = analysis->documents[analysis->profile_document[k]];
    DocumentProfile& profile = analysis->profiles[k];
    profile.id = doc.id;
    profile.lang = doc.lang;
    profile.event_date = doc.event_date;
    profile.dates = doc.dates;
    profile.vector = models.embedder->EmbedBag(DocumentSegmenter::SentenceWords(doc), doc.lang);
  });
}

// The model's stats file removes each language's common direction in
// general text; a corpus has its own on top (one outlet, one topic). With
// enough documents of a language, their mean is removed too.
void CentreDocumentVectors(std::vector<DocumentProfile>* profiles, size_t min_documents = 10) {
  std::map<std::string, std::vector<size_t>> by_language;
  for (size_t i = 0; i < profiles->size(); ++i) by_language[(*profiles)[i].lang].push_back(i);
  for (const auto& [lang, members] : by_language) {
    if (members.size() < min_documents) continue;
    Eigen::VectorXf mean = Eigen::VectorXf::Zero((*profiles)[members[0]].vector.size());
    for (size_t i : members) mean += (*profiles)[i].vector;
    mean /= static_cast<float>(members.size());
    for (size_t i : members) {
      Eigen::VectorXf& v = (*profiles)[i].vector;
      v -= mean;
      if (v.norm() > 0) v.normalize();
    }
  }
}

// The document vectors come first, so the neighbour graph of a large
// corpus, built on one thread, grows beside the rest of the profiles: task 0
// of the pool builds it, the other tasks complete one profile each. Small
// corpora keep the dense similarity matrix for the report's heatmap.
NeighbourLists BuildProfiles(const Args& args, const Models& models, Analysis* analysis) {
  StartProfiles(args, models, analysis);
  CentreDocumentVectors(&analysis->profiles);
  const RowVectors vectors = DocumentVectors(analysis->profiles);
  if (analysis->profiles.size() <= CandidateOptions().all_pairs_up_to) {
    analysis->similarity = vectors * vectors.transpose();
  }
  NeighbourSearchOptions search;
  search.threads = args.threads;
  NeighbourIndex index(vectors, search);
  ParallelFor(analysis->profiles.size() + 1, args.threads, [&](size_t task) {
    if (task == 0) return index.Build();
    const size_t k = task - 1;
    CompleteProfile(analysis->documents[analysis->profile_document[k]], *models.embedder,
                    args.anchor_weight, &analysis->profiles[k]);
  });
  return index.Search();
}

// Word matching is for pairs in two languages, where document vectors are
// weakest; copies in one language have their shingles and containment.
// Matching those too gained at most 0.004 F1 on the clustering benchmarks'
// dev parts and more than doubled the cost. It reads each document's
// opening (LeadWords): 64 words keep a pair's cost small (a 64 x 64 matrix)
// at millions of pairs.
void MatchLeadWords(const Analysis& analysis, const SentenceEmbedder& embedder,
                    const std::vector<std::pair<size_t, size_t>>& pairs, int threads,
                    std::vector<PairEvidence>* evidence) {
  const std::vector<DocumentProfile>& profiles = analysis.profiles;
  std::vector<size_t> matched, wanted;
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (profiles[pairs[k].first].lang == profiles[pairs[k].second].lang) continue;
    matched.push_back(k);
    wanted.push_back(pairs[k].first);
    wanted.push_back(pairs[k].second);
  }
  std::vector<const Document*> docs;
  for (size_t doc : analysis.profile_document) docs.push_back(&analysis.documents[doc]);
  const LeadWords lead(docs, wanted, embedder, threads);
  ParallelFor(matched.size(), threads, [&](size_t m) {
    const auto [first, second] = pairs[matched[m]];
    const DistinctWords a = lead.Of(first);
    const DistinctWords b = lead.Of(second);
    if (!a.id.empty() && !b.id.empty()) {
      (*evidence)[matched[m]].word_match = WordMatcher(a, b).Similarity(0, 1, 0, 1);
    }
  });
}

// Candidate pairs come from the neighbour lists and the cheap signals, so
// memory stays linear in the number of documents.
void CollectEvidence(const Args& args, const SentenceEmbedder& embedder,
                     const NeighbourLists& neighbours, Analysis* analysis) {
  StageClock clock;
  std::vector<const std::vector<std::string>*> corpus;
  for (const auto& p : analysis->profiles) corpus.push_back(&p.anchor_keys);
  const AnchorWeights weights(corpus);
  ParallelFor(analysis->profiles.size(), args.threads,
              [&](size_t i) { weights.Apply(&analysis->profiles[i]); });
  const Eigen::VectorXf typical = MeanNeighbourSimilarity(neighbours);
  for (size_t i = 0; i < analysis->profiles.size(); ++i) {
    analysis->profiles[i].neighbour_similarity = typical(static_cast<Eigen::Index>(i));
  }
  const auto pairs = CandidatePairs(analysis->profiles, neighbours);
  clock.Step("candidate pairs");
  std::vector<PairEvidence> evidence(pairs.size());
  ParallelFor(pairs.size(), args.threads, [&](size_t k) {
    evidence[k] = CompareProfiles(analysis->profiles[pairs[k].first],
                                  analysis->profiles[pairs[k].second], weights);
  });
  clock.Step("profile comparison");
  MatchLeadWords(*analysis, embedder, pairs, args.threads, &evidence);
  clock.Step("word matching");
  for (size_t k = 0; k < pairs.size(); ++k) {
    analysis->evidence.emplace_hint(analysis->evidence.end(), pairs[k], std::move(evidence[k]));
  }
}

void BuildClusters(const Args& args, const Models& models, Analysis* analysis) {
  ClusterOptions options;
  options.calibrate_scores = false;  // Analyze calibrated the evidence already
  options.near_duplicate_jaccard = args.near_duplicate_jaccard;
  options.partial_containment = args.partial_duplicate_containment;
  options.link_score = args.same_event_threshold;
  StageClock clock;
  analysis->document_cluster.assign(analysis->documents.size(), "");
  for (Cluster& cluster : ClusterDocuments(analysis->profiles, analysis->evidence, options)) {
    ClusterReport report;
    report.cluster = std::move(cluster);
    for (const ClusterMember& m : report.cluster.members) {
      const size_t doc = analysis->profile_document[m.doc];
      report.documents.push_back(doc);
      analysis->document_cluster[doc] = report.cluster.id;
    }
    analysis->clusters.push_back(std::move(report));
  }
  clock.Step("clustering");
  ParallelFor(analysis->clusters.size(), args.threads, [&](size_t c) {
    AlignClusterMembers(*models.embedder, args, *analysis, &analysis->clusters[c]);
  });
  clock.Step("alignments");
}

void CountTotals(Analysis* analysis) {
  RunTotals& totals = analysis->totals;
  totals.documents = analysis->documents.size();
  totals.analysed = analysis->profiles.size();
  totals.clusters = analysis->clusters.size();
  for (const ClusterReport& c : analysis->clusters) totals.multi_document_clusters += c.documents.size() > 1;
}

Status NoUsableInput(const std::vector<Document>& docs) {
  std::string reasons;
  for (size_t i = 0; i < docs.size() && i < 3; ++i) {
    reasons += (i ? "; " : "") + docs[i].path + ": " + docs[i].status;
  }
  if (docs.size() > 3) reasons += "; ...";
  return Status::InvalidArgument("no readable input (" + reasons + ")");
}

}  // namespace

Status Analyze(const Args& args, Analysis* analysis) {
  if (args.inputs.empty()) return Status::InvalidArgument("no input paths given");
  StageClock clock;
  Models models;
  Status s = LoadModels(args, analysis, &models);
  if (!s.ok()) return s;
  clock.Lap("models loaded");
  IngestOptions ingest;
  ingest.max_document_bytes = args.max_document_bytes;
  ingest.keep_furniture = args.keep_furniture;
  ingest.threads = args.threads;
  s = ReadCorpus(args.inputs, ingest, &analysis->documents);
  if (!s.ok()) return s;
  clock.Lap("ingest", std::to_string(analysis->documents.size()) + " documents");
  PrepareText(args, models, &analysis->documents);
  clock.Lap("language and sentences");
  StageClock step;
  SetCorpusFrequencies(analysis->documents, args.threads, models.embedder.get());
  step.Step("corpus frequencies");
  SetCorpusSamples(analysis->documents, models.embedder.get());
  step.Step("corpus samples");
  const NeighbourLists neighbours = BuildProfiles(args, models, analysis);
  step.Step("document profiles and neighbours");
  clock.Lap("profiles", std::to_string(analysis->profiles.size()) + " usable documents");
  if (analysis->profiles.empty()) return NoUsableInput(analysis->documents);
  CollectEvidence(args, *models.embedder, neighbours, analysis);
  // Scores become link probabilities once, so the clusters, clusters.jsonl
  // and the reports all show the same score.
  StageClock calibration;
  CalibrateEvidence(analysis->profiles, &analysis->evidence, args.threads);
  calibration.Step("calibration");
  clock.Lap("similarity", std::to_string(analysis->evidence.size()) + " candidate pairs");
  BuildClusters(args, models, analysis);
  CountTotals(analysis);
  clock.Lap("clusters and alignments", std::to_string(analysis->clusters.size()) + " clusters");
  return Status::OK();
}

}  // namespace dupalign

#!/usr/bin/env python3
"""Builds a sentence-alignment benchmark with gold beads from FLORES-200 devtest.

FLORES-200 is line-parallel: every sentence has exactly one translation, so a
plain document pair would only test 1-1 links. This script groups consecutive
FLORES articles into documents of about 20-40 sentences and then edits each
document pair with a seeded random generator, as translators and editors do:
it drops sentences on one side (source-only and target-only gaps, forced at
the start or end of some documents) and joins two consecutive sentences into
one on one side (1-2 and 2-1 beads). The edit rates give roughly three 1-1
beads in four, as in hand-aligned corpora.

Documents from articles 0-139 form the dev part (for tuning aligner options),
articles 140-280 the test part. Output, for each part and language pair:

  OUT/<part>/<src>-<tgt>/<doc>.<src>   one sentence per line (presplit)
  OUT/<part>/<src>-<tgt>/<doc>.<tgt>
  OUT/<part>/<src>-<tgt>/<doc>.gold    Vecalign beads, e.g. "[0, 1]:[0]"
  OUT/<part>/<src>-<tgt>/docs.txt      document names, one per line

FLORES-200 is evaluation data (CC BY-SA 4.0): never train on this output.
Standard library only; the same seed always gives the same files.
"""

import argparse
import csv
import os
import random
import sys

LANG_FILES = {"en": "eng_Latn", "vi": "vie_Latn", "sv": "swe_Latn", "id": "ind_Latn"}
DEFAULT_PAIRS = ["vi-en", "sv-en", "id-en", "sv-id"]
DEV_LAST_ARTICLE = 139  # articles 0-139: dev; 140-280: test

# Probability of each edit at one position of the parallel text; the rest
# stays 1-1. A gap drops the sentence on the other side, a merge joins the
# sentence with the next one on the named side.
EDIT_RATES = {"source_only": 0.07, "target_only": 0.07, "merge_source": 0.055,
              "merge_target": 0.055}
EDGE_GAP_RATE = 0.25  # chance that a document starts (or ends) with a gap run


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def read_articles(flores_dir):
    """Returns article ids in order and, per article, its line numbers (0-based)."""
    articles = {}
    with open(os.path.join(flores_dir, "devtest.doc_index.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            articles.setdefault(int(row["doc_id"]), []).append(int(row["line"]) - 1)
    return [(doc_id, articles[doc_id]) for doc_id in sorted(articles)]


def group_documents(articles, seed, min_size, max_size):
    """Concatenates consecutive articles into documents of min_size-max_size
    sentences (the last one of a part may be shorter), never mixing parts."""
    rng = random.Random(seed)
    documents = []
    for part, keep in (("dev", lambda a: a <= DEV_LAST_ARTICLE),
                       ("test", lambda a: a > DEV_LAST_ARTICLE)):
        current, ids, target = [], [], rng.randint(min_size, max_size)
        for doc_id, lines in articles:
            if not keep(doc_id):
                continue
            current.extend(lines)
            ids.append(doc_id)
            if len(current) >= target:
                documents.append((part, ids, current))
                current, ids, target = [], [], rng.randint(min_size, max_size)
        if current:
            documents.append((part, ids, current))
    return documents


def edge_plan(rng, size):
    """Edits forced at the first and last positions: {position: edit}."""
    plan = {}
    for positions in (lambda n: range(n), lambda n: range(size - n, size)):
        if size >= 6 and rng.random() < EDGE_GAP_RATE:
            kind = rng.choice(["source_only", "target_only"])
            for k in positions(rng.randint(1, 2)):
                plan[k] = kind
    return plan


def choose_edit(rng, k, size, plan):
    if k in plan:
        return plan[k]
    u = rng.random()
    for kind, rate in EDIT_RATES.items():
        if u < rate:
            # A merge needs a next sentence that no forced gap claims.
            if kind.startswith("merge") and (k + 1 >= size or k + 1 in plan):
                return "one_to_one"
            return kind
        u -= rate
    return "one_to_one"


def edit_document(src_lines, tgt_lines, rng):
    """Applies seeded edits to a parallel document; returns (src, tgt, beads)."""
    size = len(src_lines)
    plan = edge_plan(rng, size)
    src, tgt, beads = [], [], []
    k = 0
    while k < size:
        kind = choose_edit(rng, k, size, plan)
        if kind == "source_only":
            beads.append(([len(src)], []))
            src.append(src_lines[k])
        elif kind == "target_only":
            beads.append(([], [len(tgt)]))
            tgt.append(tgt_lines[k])
        elif kind == "merge_source":
            beads.append(([len(src)], [len(tgt), len(tgt) + 1]))
            src.append(src_lines[k] + " " + src_lines[k + 1])
            tgt.extend(tgt_lines[k:k + 2])
            k += 1
        elif kind == "merge_target":
            beads.append(([len(src), len(src) + 1], [len(tgt)]))
            src.extend(src_lines[k:k + 2])
            tgt.append(tgt_lines[k] + " " + tgt_lines[k + 1])
            k += 1
        else:
            beads.append(([len(src)], [len(tgt)]))
            src.append(src_lines[k])
            tgt.append(tgt_lines[k])
        k += 1
    return src, tgt, beads


def format_bead(bead):
    def index_list(indices):
        return "[" + ", ".join(str(i) for i in indices) + "]"
    return index_list(bead[0]) + ":" + index_list(bead[1])


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def bead_type(bead):
    return "%d-%d" % (len(bead[0]), len(bead[1]))


def build_pair(pair, documents, texts, out_dir, seed, stats):
    src_lang, tgt_lang = pair.split("-")
    for part in ("dev", "test"):
        os.makedirs(os.path.join(out_dir, part, pair), exist_ok=True)
    names = {"dev": [], "test": []}
    for index, (part, ids, lines) in enumerate(documents):
        # One generator per document and pair: adding a pair or a document
        # does not change the edits of the others.
        rng = random.Random("%d/%s/%d" % (seed, pair, index))
        src, tgt, beads = edit_document([texts[src_lang][i] for i in lines],
                                        [texts[tgt_lang][i] for i in lines], rng)
        name = "doc%03d_a%03d-%03d" % (index, ids[0], ids[-1])
        base = os.path.join(out_dir, part, pair, name)
        write_lines(base + "." + src_lang, src)
        write_lines(base + "." + tgt_lang, tgt)
        write_lines(base + ".gold", [format_bead(b) for b in beads])
        names[part].append(name)
        for bead in beads:
            key = (pair, part, bead_type(bead))
            stats[key] = stats.get(key, 0) + 1
    for part, part_names in names.items():
        write_lines(os.path.join(out_dir, part, pair, "docs.txt"), part_names)


def print_stats(stats, pairs):
    for pair in pairs:
        for part in ("dev", "test"):
            counts = {t: n for (p, s, t), n in stats.items() if p == pair and s == part}
            total = sum(counts.values())
            shares = ", ".join("%s %.1f%%" % (t, 100.0 * n / total)
                               for t, n in sorted(counts.items()))
            print("%s %s: %d beads (%s)" % (pair, part, total, shares), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flores", default="../shared/data/flores200",
                        help="FLORES-200 devtest directory (default: %(default)s)")
    parser.add_argument("--out", default="work-data/align-eval",
                        help="output directory (default: %(default)s)")
    parser.add_argument("--pairs", default=",".join(DEFAULT_PAIRS),
                        help="comma-separated source-target pairs (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--min-sentences", type=int, default=20)
    parser.add_argument("--max-sentences", type=int, default=40)
    args = parser.parse_args()

    pairs = [p for p in args.pairs.split(",") if p]
    langs = sorted({lang for pair in pairs for lang in pair.split("-")})
    for lang in langs:
        if lang not in LANG_FILES:
            sys.exit("make_align_gold.py: unknown language '%s' (known: %s)"
                     % (lang, ", ".join(sorted(LANG_FILES))))
    texts = {}
    for lang in langs:
        path = os.path.join(args.flores, LANG_FILES[lang] + ".devtest")
        if not os.path.exists(path):
            sys.exit("make_align_gold.py: %s: not found (FLORES-200 devtest)" % path)
        texts[lang] = read_lines(path)
    documents = group_documents(read_articles(args.flores), args.seed,
                                args.min_sentences, args.max_sentences)
    stats = {}
    for pair in pairs:
        build_pair(pair, documents, texts, args.out, args.seed, stats)
    print_stats(stats, pairs)


if __name__ == "__main__":
    main()

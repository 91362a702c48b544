#!/usr/bin/env python3
"""Scores sentence alignments against gold beads: strict and lax precision,
recall and F1 exactly as Vecalign's score.py (Thompson & Koehn 2019, after
Sennrich & Volk 2011), with counts summed over all documents.

Strict counts a predicted bead only when it equals a gold bead; lax also
counts one that shares a source and a target sentence with a gold bead.
Precision is over every predicted bead, gaps included; recall is over the
gold beads without gaps, matched against predicted beads without gaps.

Gold files use Vecalign's bead lines ("[0, 1]:[2]", an optional ":cost"
after). Predicted files use the same format, or hunalign's ladder
("i<TAB>j<TAB>score" rungs) with --test-format ladder; a ladder step that
skips several sentences on one side only becomes one gap bead per sentence,
which is how Vecalign and the gold files write gaps.

  score_alignments.py -g a.gold b.gold -t a.pred b.pred [--json]
"""

import argparse
import ast
import json
import sys


def read_vecalign(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = [x.strip() for x in line.split(":") if x.strip()]
            if not fields:
                continue
            if len(fields) < 2:
                raise ValueError("%s:%d: expected 'source:target', got %r"
                                 % (path, number, line.strip()))
            try:
                beads.append((tuple(ast.literal_eval(fields[0])),
                              tuple(ast.literal_eval(fields[1]))))
            except (ValueError, SyntaxError):
                raise ValueError("%s:%d: cannot parse %r" % (path, number, line.strip()))
    return beads


def ladder_to_beads(rungs):
    """Beads between consecutive rungs (i, j) -> (i2, j2)."""
    beads = []
    for (i, j), (i2, j2) in zip(rungs, rungs[1:]):
        source, target = tuple(range(i, i2)), tuple(range(j, j2))
        if source and target:
            beads.append((source, target))
        else:
            beads.extend(((s,), ()) for s in source)
            beads.extend(((), (t,)) for t in target)
    return beads


def read_ladder(path):
    rungs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            try:
                rungs.append((int(fields[0]), int(fields[1])))
            except (ValueError, IndexError):
                raise ValueError("%s:%d: expected a ladder rung, got %r"
                                 % (path, number, line.strip()))
    return ladder_to_beads(rungs)


def count_matches(gold, test):
    """[strict hits, strict misses, lax hits, lax misses] of test against gold."""
    gold_set = set(gold)
    counts = [0, 0, 0, 0]
    for source, target in test:
        if (source, target) in gold_set:
            counts[0] += 1
            counts[2] += 1
            continue
        counts[1] += 1
        overlaps = any(set(source) & set(a) and set(target) & set(b) for a, b in gold)
        counts[2 if overlaps else 3] += 1
    return counts


def add_document(gold, test, precision_counts, recall_counts):
    # Like score.py, a bead listed twice or empty on both sides counts once or not at all.
    gold = list(dict.fromkeys(b for b in gold if b[0] or b[1]))
    test = list(dict.fromkeys(b for b in test if b[0] or b[1]))
    gold_no_gaps = [b for b in gold if b[0] and b[1]]
    test_no_gaps = [b for b in test if b[0] and b[1]]
    for k, n in enumerate(count_matches(gold, test)):
        precision_counts[k] += n
    for k, n in enumerate(count_matches(test_no_gaps, gold_no_gaps)):
        recall_counts[k] += n


def ratio(hits, misses):
    return hits / (hits + misses) if hits + misses else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(precision_counts, recall_counts):
    p_strict = ratio(precision_counts[0], precision_counts[1])
    p_lax = ratio(precision_counts[2], precision_counts[3])
    r_strict = ratio(recall_counts[0], recall_counts[1])
    r_lax = ratio(recall_counts[2], recall_counts[3])
    return {"precision_strict": p_strict, "recall_strict": r_strict,
            "f1_strict": f1(p_strict, r_strict), "precision_lax": p_lax,
            "recall_lax": r_lax, "f1_lax": f1(p_lax, r_lax)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-g", "--gold", nargs="+", required=True, help="gold bead files")
    parser.add_argument("-t", "--test", nargs="+", required=True, help="predicted files")
    parser.add_argument("--test-format", choices=["vecalign", "ladder"], default="vecalign")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if len(args.gold) != len(args.test):
        sys.exit("score_alignments.py: %d gold files but %d predicted files"
                 % (len(args.gold), len(args.test)))
    read_test = read_ladder if args.test_format == "ladder" else read_vecalign
    precision_counts, recall_counts = [0] * 4, [0] * 4
    try:
        for gold_path, test_path in zip(args.gold, args.test):
            add_document(read_vecalign(gold_path), read_test(test_path),
                         precision_counts, recall_counts)
    except (OSError, ValueError) as error:
        sys.exit("score_alignments.py: %s" % error)
    result = scores(precision_counts, recall_counts)
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return
    print(" ---------------------------------")
    print("|             |  Strict |    Lax  |")
    for name in ("precision", "recall", "f1"):
        print("| %-11s |   %.3f |   %.3f |"
              % (name.capitalize() if name != "f1" else "F1",
                 result[name + "_strict"], result[name + "_lax"]))
    print(" ---------------------------------")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores dupalign's clusters against gold events: pairwise precision,
recall and F1 over same-cluster document pairs, and the adjusted Rand index.

Usage: score_clusters.py GOLD.tsv OUT_DIR/documents.jsonl
Standard library only.
"""
import collections
import json
import sys
from math import comb


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip())


def read_predicted(path):
    predicted = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            predicted[doc["id"]] = doc["cluster"] or ("skipped:" + doc["id"])
    return predicted


def pair_counts(gold, predicted):
    ids = sorted(gold)
    joint = collections.Counter((gold[i], predicted[i]) for i in ids)
    gold_sizes = collections.Counter(gold[i] for i in ids)
    pred_sizes = collections.Counter(predicted[i] for i in ids)
    both = sum(comb(n, 2) for n in joint.values())
    gold_pairs = sum(comb(n, 2) for n in gold_sizes.values())
    pred_pairs = sum(comb(n, 2) for n in pred_sizes.values())
    return both, gold_pairs, pred_pairs, comb(len(ids), 2)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    gold = read_gold(sys.argv[1])
    predicted = read_predicted(sys.argv[2])
    missing = sorted(set(gold) - set(predicted))
    if missing:
        raise SystemExit(f"score_clusters: {len(missing)} gold documents missing, e.g. {missing[0]}")
    both, gold_pairs, pred_pairs, total = pair_counts(gold, predicted)
    precision = both / pred_pairs if pred_pairs else 0.0
    recall = both / gold_pairs if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    expected = gold_pairs * pred_pairs / total if total else 0.0
    maximum = (gold_pairs + pred_pairs) / 2
    ari = (both - expected) / (maximum - expected) if maximum != expected else 1.0
    print(f"documents {len(gold)}  pairwise P {precision:.4f} R {recall:.4f} F1 {f1:.4f}  ARI {ari:.4f}")


if __name__ == "__main__":
    main()

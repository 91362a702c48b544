#!/usr/bin/env python3
"""Per-language accuracy of a fastText language identifier.

usage: eval_lid.py MODEL TEST.txt [--fasttext fasttext]
TEST.txt holds '__label__xx tokens' lines (tokenised as the pipeline does).
"""
import argparse
import collections
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("test")
    ap.add_argument("--fasttext", default="fasttext")
    args = ap.parse_args()
    with open(args.test, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split(" ", 1) for l in f if l.strip()]
    text = "\n".join(r[1] if len(r) > 1 else "" for r in rows) + "\n"
    out = subprocess.run([args.fasttext, "predict", args.model, "-"], input=text,
                         capture_output=True, text=True, check=True).stdout.split("\n")
    total, right = collections.Counter(), collections.Counter()
    confused = collections.Counter()
    for gold, pred in zip((r[0] for r in rows), out):
        total[gold] += 1
        if pred.strip() == gold:
            right[gold] += 1
        else:
            confused[(gold, pred.strip())] += 1
    for label in sorted(total):
        print(f"{label[9:]}\t{right[label]}/{total[label]}\t{right[label] / total[label]:.3f}")
    print(f"all\t{sum(right.values())}/{sum(total.values())}\t"
          f"{sum(right.values()) / sum(total.values()):.3f}")
    for (gold, pred), n in confused.most_common(3):
        print(f"  most confused: {gold[9:]} -> {pred[9:] or '?'} x{n}")


if __name__ == "__main__":
    main()

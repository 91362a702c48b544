#!/usr/bin/env python3
"""Sentence retrieval P@1 with a fastText model, standard library only.

usage: eval_retrieval.py MODEL.bin NAME:LANG_A:LANG_B:A.tok:B.tok [...]
       [--fasttext fasttext] [--lines FIRST-LAST]

A.tok and B.tok are line-parallel, already tokenised with `dupalign tokenize`.
A sentence vector is the mean of its unit-normalised word vectors (fastText
gives out-of-vocabulary words a vector from their subwords); vectors are
mean-centred per side, which removes the language's common direction, then
compared by cosine. Prints P@1 for A->B and B->A. This is the recipe's quick
check for comparing training variants; the C++ `dupalign model eval` is the
pipeline's own measurement.
"""
import argparse
import math
import operator
import subprocess
import sys


def read_tokens(path, first, last):
    with open(path, encoding="utf-8") as f:
        lines = [line.split() for line in f]
    return lines[first:last]


def word_vectors(fasttext, model, words):
    """fastText's vectors for words, through `fasttext print-word-vectors`."""
    text = "\n".join(words) + "\n"
    out = subprocess.run([fasttext, "print-word-vectors", model], input=text,
                         capture_output=True, text=True, check=True).stdout
    vectors = {}
    for word, line in zip(words, out.splitlines()):
        values = [float(v) for v in line.rstrip().split(" ")[1:]]
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        vectors[word] = [v / norm for v in values]
    return vectors


def sentence_vectors(sentences, vectors, dim):
    result = []
    for words in sentences:
        acc = [0.0] * dim
        for w in words:
            for i, v in enumerate(vectors[w]):
                acc[i] += v
        result.append([a / max(len(words), 1) for a in acc])
    mean = [sum(col) / len(result) for col in zip(*result)]
    centred = []
    for vec in result:
        vec = [a - m for a, m in zip(vec, mean)]
        norm = math.sqrt(sum(a * a for a in vec)) or 1.0
        centred.append([a / norm for a in vec])
    return centred


def precision_at_1(queries, targets):
    hits = 0
    for i, q in enumerate(queries):
        best, best_j = -2.0, -1
        for j, t in enumerate(targets):
            s = sum(map(operator.mul, q, t))
            if s > best:
                best, best_j = s, j
        hits += best_j == i
    return hits / len(queries)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("tests", nargs="+")
    ap.add_argument("--fasttext", default="fasttext")
    ap.add_argument("--lines", default="", help="FIRST-LAST, 0-based half-open")
    args = ap.parse_args()
    first, last = (int(x) for x in args.lines.split("-")) if args.lines else (0, None)
    tests = [t.split(":") for t in args.tests]
    data = {}
    for name, la, lb, pa, pb in tests:
        data[(name, la, lb)] = (read_tokens(pa, first, last), read_tokens(pb, first, last))
    words = sorted({w for a, b in data.values() for s in a + b for w in s})
    vectors = word_vectors(args.fasttext, args.model, words)
    dim = len(next(iter(vectors.values())))
    for name, la, lb, pa, pb in tests:
        a, b = data[(name, la, lb)]
        va, vb = sentence_vectors(a, vectors, dim), sentence_vectors(b, vectors, dim)
        print(f"{name}\t{la}->{lb}\t{precision_at_1(va, vb):.3f}\t"
              f"{lb}->{la}\t{precision_at_1(vb, va):.3f}\tn={len(a)}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

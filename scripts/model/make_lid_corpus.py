#!/usr/bin/env python3
"""Builds the language-identification corpus: balanced, labelled token lines.

Input: TOK_DIR as written by the recipe (par.<xx>.tok.tsv, mono.<xx>.tok).
Output: OUT_DIR/train.txt and OUT_DIR/test.txt, lines '__label__xx tokens'.
Lines that occur under two languages (untranslated UI strings, names) are
dropped: they teach nothing and would make the held-out accuracy noisy.
Each language gets the same number of lines, so the prior is flat.
Deterministic for a given --seed.
"""
import argparse
import collections
import os
import random

LANGS = ("vi", "sv", "id")
SENTENCE_SOURCES = {"lohelp", "loui", "tatoeba", "nusax"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tok_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-lang", type=int, default=40000)
    ap.add_argument("--test-per-lang", type=int, default=300)
    ap.add_argument("--min-tokens", type=int, default=2)
    args = ap.parse_args()
    lines = {lang: set() for lang in LANGS + ("en",)}
    for lang in LANGS:
        with open(os.path.join(args.tok_dir, f"par.{lang}.tok.tsv"), encoding="utf-8") as f:
            for row in f:
                cols = row.rstrip("\n").split("\t")
                if len(cols) == 4 and cols[0] in SENTENCE_SOURCES:
                    lines["en"].add(cols[2])
                    lines[lang].add(cols[3])
    for lang in lines:
        path = os.path.join(args.tok_dir, f"mono.{lang}.tok")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                lines[lang].update(l.rstrip("\n") for l in f)
    owners = collections.Counter(l for s in lines.values() for l in s)
    rng = random.Random(args.seed)
    pools = {}
    for lang, pool in lines.items():
        kept = sorted(l for l in pool
                      if owners[l] == 1 and len(l.split()) >= args.min_tokens)
        rng.shuffle(kept)
        pools[lang] = kept
    n = min(args.per_lang, min(len(p) for p in pools.values()) - args.test_per_lang)
    train, test = [], []
    for lang in sorted(pools):
        pool = pools[lang]
        test += [f"__label__{lang} {l}" for l in pool[: args.test_per_lang]]
        train += [f"__label__{lang} {l}"
                  for l in pool[args.test_per_lang : args.test_per_lang + n]]
    rng.shuffle(train)
    os.makedirs(args.out_dir, exist_ok=True)
    for name, rows in (("train.txt", train), ("test.txt", test)):
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
    print(f"make_lid_corpus: {n} training and {args.test_per_lang} test lines per language")


if __name__ == "__main__":
    main()

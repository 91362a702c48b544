#!/usr/bin/env python3
"""Writes the default model's lexicon sidecars from the recipe's lexicons.

Input: LEXICON_DIR/lexicon.<xx>.tsv (english<TAB>xx<TAB>score, written by
make_corpus.py). Output: MODEL.lexicon.<xx> (xx<TAB>english, the format of
src/embed/lexicon.h), each phrase's translations best first (by score, then
alphabetically), phrases sorted, so the files are deterministic.
"""
import collections
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: write_lexicons.py LEXICON_DIR MODEL")
    lexicon_dir, model = sys.argv[1:]
    for lang in ("vi", "sv", "id"):
        path = os.path.join(lexicon_dir, f"lexicon.{lang}.tsv")
        if not os.path.exists(path):
            continue
        options = collections.defaultdict(list)
        with open(path, encoding="utf-8") as f:
            for line in f:
                english, phrase, score = line.rstrip("\n").split("\t")
                if english != phrase:
                    options[phrase].append((-float(score), english))
        with open(f"{model}.lexicon.{lang}", "w", encoding="utf-8") as out:
            out.write(f"# {lang} -> English, from scripts/build-model.sh (models/README.md)\n")
            for phrase in sorted(options):
                for _, english in sorted(options[phrase]):
                    out.write(f"{phrase}\t{english}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the pseudo-bilingual training corpus for the embedding model.

Input (TOK_DIR, all tokenised with `dupalign tokenize`):
  par.<xx>.tok.tsv  source<TAB>key<TAB>english tokens<TAB>xx tokens
  mono.<xx>.tok     monolingual token lines (xx in vi, sv, id, en)
Output (OUT_DIR):
  lexicon.<xx>.tsv  english<TAB>xx<TAB>score: dictionary entries plus pairs
                    induced from the parallel segments (Dice, mutual best)
  embed.train.txt   the training text, shuffled with a fixed seed

Why pseudo-bilingual text: a skipgram model only puts two words close when
they share contexts. Training on each language separately (or on merged and
shuffled monolingual lines) gives every language its own region of the space.
Here words are given cross-lingual contexts three ways:
  1. each parallel pair is interleaved by relative word position, so an
     English word's window holds the translation's words around the same
     place (the languages are all mostly SVO);
  2. every line is also copied with words swapped, at random, for their
     lexicon translations (code-switching), which spreads the lexicon over
     all monolingual contexts;
  3. identical strings (names, numbers) are left alone and act as anchors.
Pure standard library; deterministic for a given input and --seed.
"""
import argparse
import collections
import os
import random

LANGS = ("vi", "sv", "id")
SENTENCE_SOURCES = {"lohelp", "loui", "tatoeba", "nusax", "isocodes"}
DICTIONARY_SOURCES = {"wiktionary", "freedict"}
MAX_INDUCTION_LEN = 80


def read_parallel(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 4 and cols[2] and cols[3]:
                pairs.append((cols[0], cols[2].split(), cols[3].split()))
    return pairs


def read_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.split() for line in f if line.strip()]


def induce_lexicon(pairs, min_count, min_dice):
    """Translation pairs whose Dice coefficient is high and mutually best.

    Vietnamese multi-syllable words are several tokens, so a syllable aligns to
    the English word it most often co-occurs with; that is what the
    code-switching step needs (it works token by token)."""
    count_e, count_f, joint = collections.Counter(), collections.Counter(), collections.Counter()
    for source, en, xx in pairs:
        if source not in SENTENCE_SOURCES or len(en) > MAX_INDUCTION_LEN:
            continue
        es, fs = set(en), set(xx)
        count_e.update(es)
        count_f.update(fs)
        for e in es:
            for f in fs:
                joint[(e, f)] += 1
    best_e, best_f = {}, {}
    for (e, f), c in joint.items():
        if c < min_count:
            continue
        dice = 2.0 * c / (count_e[e] + count_f[f])
        if dice < min_dice:
            continue
        if dice > best_f.get(e, (0.0, ""))[0] or (dice == best_f[e][0] and f < best_f[e][1]):
            best_f[e] = (dice, f)
        if dice > best_e.get(f, (0.0, ""))[0] or (dice == best_e[f][0] and e < best_e[f][1]):
            best_e[f] = (dice, e)
    lexicon = {}
    for e, (dice, f) in best_f.items():
        if best_e.get(f, (0.0, ""))[1] == e:
            lexicon[(e, f)] = dice
    return lexicon


def dictionary_entries(pairs):
    """Single-token dictionary entries; multi-word entries are kept as phrases
    only in the interleaved text."""
    entries = {}
    for source, en, xx in pairs:
        if source in DICTIONARY_SOURCES and len(en) == 1 and len(xx) == 1:
            entries[(en[0], xx[0])] = 1.0
    return entries


def interleave(a, b, rng):
    """Merges two token lists by relative position (random tie-break)."""
    keyed = [((i + rng.random()) / len(a), w) for i, w in enumerate(a)]
    keyed += [((j + rng.random()) / len(b), w) for j, w in enumerate(b)]
    keyed.sort()
    return [w for _, w in keyed]


def code_switch(words, table, rate, rng):
    out = []
    for w in words:
        options = table.get(w)
        out.append(rng.choice(options) if options and rng.random() < rate else w)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tok_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--switch-rate", type=float, default=0.5)
    ap.add_argument("--switch-copies", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-dice", type=float, default=0.3)
    ap.add_argument("--no-interleave", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out_dir, exist_ok=True)

    out_lines = []
    to_xx = {}  # english word -> [(lang, word)]
    from_xx = {lang: collections.defaultdict(list) for lang in LANGS}
    mono = {lang: [] for lang in LANGS + ("en",)}
    for lang in LANGS:
        pairs = read_parallel(os.path.join(args.tok_dir, f"par.{lang}.tok.tsv"))
        lexicon = induce_lexicon(pairs, args.min_count, args.min_dice)
        lexicon.update(dictionary_entries(pairs))
        with open(os.path.join(args.out_dir, f"lexicon.{lang}.tsv"), "w", encoding="utf-8") as f:
            for (e, x), score in sorted(lexicon.items()):
                f.write(f"{e}\t{x}\t{score:.3f}\n")
                if e != x:
                    to_xx.setdefault(e, []).append(x)
                    from_xx[lang][x].append(e)
        seen = set()
        for source, en, xx in pairs:
            if source in SENTENCE_SOURCES:
                mono["en"].append(en)
                mono[lang].append(xx)
            if not args.no_interleave and (tuple(en), tuple(xx)) not in seen:
                seen.add((tuple(en), tuple(xx)))
                out_lines.append(interleave(en, xx, rng))
    for lang in LANGS + ("en",):
        mono[lang] += read_lines(os.path.join(args.tok_dir, f"mono.{lang}.tok"))
        unique = sorted(set(map(tuple, mono[lang])))
        for words in unique:
            out_lines.append(list(words))
            table = to_xx if lang == "en" else from_xx[lang]
            for _ in range(args.switch_copies):
                out_lines.append(code_switch(words, table, args.switch_rate, rng))
    rng.shuffle(out_lines)
    with open(os.path.join(args.out_dir, "embed.train.txt"), "w", encoding="utf-8") as f:
        for words in out_lines:
            f.write(" ".join(words) + "\n")


if __name__ == "__main__":
    main()

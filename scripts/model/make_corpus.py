#!/usr/bin/env python3
"""Builds the pseudo-bilingual training corpus for the embedding model.

Input (TOK_DIR, all tokenised with `dupalign tokenize`):
  par.<xx>.tok.tsv  source<TAB>key<TAB>english tokens<TAB>xx tokens
  mono.<xx>.tok     monolingual token lines (xx in vi, sv, id, en)
Output (OUT_DIR):
  lexicon.<xx>.tsv  english<TAB>xx<TAB>score: dictionary entries plus pairs
                    induced from the parallel segments (Dice, mutual best);
                    either side may be a phrase of up to --max-phrase tokens
  embed.train.txt   the training text, shuffled with a fixed seed

Why pseudo-bilingual text: a skipgram model only puts two words close when
they share contexts. Training on each language separately (or on merged and
shuffled monolingual lines) gives every language its own region of the space.
Here words are given cross-lingual contexts three ways:
  1. each parallel pair is interleaved by relative word position, so an
     English word's window holds the translation's words around the same
     place (the languages are all mostly SVO);
  2. every line is also copied with words and phrases swapped, at random,
     for their lexicon translations (code-switching), which spreads the
     lexicon over all monolingual contexts. Phrases matter for Vietnamese,
     which the tokenizer splits into syllables: "bộ trưởng" (minister) is
     two tokens, so its dictionary entry only applies as a two-token phrase,
     matched greedily (longest first) and replaced as a whole;
  3. identical strings (names, numbers) are left alone and act as anchors.
Pure standard library; deterministic for a given input and --seed.
"""
import argparse
import collections
import os
import random
import re

LANGS = ("vi", "sv", "id")
SENTENCE_SOURCES = {"lohelp", "loui", "tatoeba", "nusax", "isocodes", "cldrkw"}
DICTIONARY_SOURCES = {"wiktionary", "freedict", "cldr"}
MAX_INDUCTION_LEN = 80
ENGLISH_WORD = re.compile(r"^[a-z0-9'-]+$")


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


def units(tokens, ngram):
    """The tokens and, when ngram > 1, every run of 2..ngram adjacent tokens."""
    result = set(tokens)
    for n in range(2, ngram + 1):
        result.update(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return result


def induce_lexicon(pairs, min_count, min_dice, ngram=1):
    """Translation pairs whose Dice coefficient is high and mutually best.

    With ngram > 1 the xx side also offers runs of adjacent tokens, so a
    Vietnamese word of two syllables can win as a whole ("bộ trưởng" against
    "minister") where each syllable alone co-occurs with many English words."""
    count_e, count_f, joint = collections.Counter(), collections.Counter(), collections.Counter()
    for source, en, xx in pairs:
        if source not in SENTENCE_SOURCES or len(en) > MAX_INDUCTION_LEN:
            continue
        es, fs = set(en), units(xx, ngram)
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


def dictionary_entries(pairs, max_phrase):
    """Dictionary entries of up to max_phrase tokens a side. Wiktionary's
    English column also holds Han characters and Vietnamese; only plain
    English words are kept there."""
    entries = {}
    for source, en, xx in pairs:
        if source not in DICTIONARY_SOURCES or not 0 < len(en) <= max_phrase:
            continue
        if 0 < len(xx) <= max_phrase and all(ENGLISH_WORD.match(w) for w in en) and en != xx:
            entries[(" ".join(en), " ".join(xx))] = 1.0
    return entries


def interleave(a, b, rng):
    """Merges two token lists by relative position (random tie-break)."""
    keyed = [((i + rng.random()) / len(a), w) for i, w in enumerate(a)]
    keyed += [((j + rng.random()) / len(b), w) for j, w in enumerate(b)]
    keyed.sort()
    return [w for _, w in keyed]


class PhraseTable:
    """Phrase -> translations, matched greedily, longest phrase first."""

    def __init__(self):
        self.options = collections.defaultdict(list)
        self.longest = 1

    def add(self, phrase, translation):
        key = tuple(phrase.split())
        self.options[key].append(translation.split())
        self.longest = max(self.longest, len(key))

    def code_switch(self, words, rate, rng):
        """Each matched phrase is replaced, with probability rate, by one of its
        translations; an unreplaced match is kept whole, so its tokens are not
        matched again as shorter phrases."""
        out, i = [], 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                options = self.options.get(tuple(words[i : i + n]))
                if options:
                    break
            else:
                n, options = 1, None
            if options and rng.random() < rate:
                out.extend(rng.choice(options))
            else:
                out.extend(words[i : i + n])
            i += n
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
    ap.add_argument("--max-phrase", type=int, default=4,
                    help="longest dictionary phrase, in tokens, on either side")
    ap.add_argument("--ngram-langs", default="vi",
                    help="comma-separated languages whose induction also pairs token runs")
    ap.add_argument("--induce-ngram", type=int, default=2,
                    help="longest token run paired by induction in --ngram-langs")
    ap.add_argument("--repeat", default="tatoeba:6,nusax:6",
                    help="source:n pairs interleaved n times (each with its own random "
                         "merge): the everyday sentences are few next to the software text")
    args = ap.parse_args()
    repeats = {k: int(n) for k, n in (item.split(":") for item in args.repeat.split(",") if item)}
    rng = random.Random(args.seed)
    os.makedirs(args.out_dir, exist_ok=True)

    out_lines = []
    to_xx = PhraseTable()  # english phrase -> phrases of any language
    from_xx = {lang: PhraseTable() for lang in LANGS}
    mono = {lang: [] for lang in LANGS + ("en",)}
    for lang in LANGS:
        pairs = read_parallel(os.path.join(args.tok_dir, f"par.{lang}.tok.tsv"))
        lexicon = induce_lexicon(pairs, args.min_count, args.min_dice)
        if lang in args.ngram_langs.split(","):
            # Both: a syllable keeps the word it pairs with best on its own even
            # where a longer run wins another word.
            lexicon.update(induce_lexicon(pairs, args.min_count, args.min_dice, args.induce_ngram))
        lexicon.update(dictionary_entries(pairs, args.max_phrase))
        with open(os.path.join(args.out_dir, f"lexicon.{lang}.tsv"), "w", encoding="utf-8") as f:
            for (e, x), score in sorted(lexicon.items()):
                f.write(f"{e}\t{x}\t{score:.3f}\n")
                if e != x:
                    to_xx.add(e, x)
                    from_xx[lang].add(x, e)
        seen = set()
        for source, en, xx in pairs:
            if source in SENTENCE_SOURCES:
                mono["en"].append(en)
                mono[lang].append(xx)
            if not args.no_interleave and (tuple(en), tuple(xx)) not in seen:
                seen.add((tuple(en), tuple(xx)))
                for _ in range(repeats.get(source, 1)):
                    out_lines.append(interleave(en, xx, rng))
    for lang in LANGS + ("en",):
        mono[lang] += read_lines(os.path.join(args.tok_dir, f"mono.{lang}.tok"))
        unique = sorted(set(map(tuple, mono[lang])))
        for words in unique:
            out_lines.append(list(words))
            table = to_xx if lang == "en" else from_xx[lang]
            for _ in range(args.switch_copies):
                out_lines.append(table.code_switch(list(words), args.switch_rate, rng))
    rng.shuffle(out_lines)
    with open(os.path.join(args.out_dir, "embed.train.txt"), "w", encoding="utf-8") as f:
        for words in out_lines:
            f.write(" ".join(words) + "\n")


if __name__ == "__main__":
    main()

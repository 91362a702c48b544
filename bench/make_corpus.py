#!/usr/bin/env python3
"""Generates a news-like test corpus of N documents with known groups, for
dupalign's scaling benchmark (bench/end_to_end.sh).

Each "story" is 16-32 random segments (about 400 words, a news article's
length) drawn from a pool of public parallel text (English paired with vi,
sv or id). A story is published as one
document, and sometimes again as: its translation (the other side of the
same segments), a near duplicate (a re-post: one segment dropped, other page
furniture around it) or a partial copy (the first 60% of it). The gold file
maps every document to its story, so the run doubles as a clustering check
at scale.

Pools, first found wins (all public; none is committed with the project):
  1. work-data/raw/par.{vi,sv,id}.tsv: LibreOffice help and UI segments
     (MPL-2.0) extracted by scripts/build-model.sh from Debian packages;
  2. ../shared/data/flores200 devtest (CC BY-SA 4.0), line-parallel;
  3. the seeds' lines (monolingual: no translations).

Usage: make_corpus.py N OUT.jsonl [--gold OUT.gold.tsv] [--seed S]
Deterministic for the same N, seed and pool. Standard library only.
"""
import argparse
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLORES_CODES = {"en": "eng_Latn", "vi": "vie_Latn", "sv": "swe_Latn", "id": "ind_Latn"}
FURNITURE = {
    "en": ["Share this article", "Read more", "Comments (3)"],
    "vi": ["Chia sẻ bài viết", "Xem thêm", "Bình luận (3)"],
    "sv": ["Dela artikeln", "Läs mer", "Kommentarer (3)"],
    "id": ["Bagikan artikel ini", "Baca juga", "Komentar (3)"],
}


def distinct_pairs(pairs):
    """Drops pairs whose either side was seen before: help pages repeat
    paragraphs, and a repeat would make two stories real duplicates."""
    seen, kept = set(), []
    for en, other in sorted(set(pairs)):
        key_en, key_other = " ".join(en.lower().split()), " ".join(other.lower().split())
        if key_en in seen or key_other in seen:
            continue
        seen.update((key_en, key_other))
        kept.append((en, other))
    return kept


class SegmentDeck:
    """Deals segments without replacement, reshuffling when a language's pool
    runs out, so segments repeat only once every pool has been used."""

    def __init__(self, pools, rng):
        self.pools, self.rng, self.decks = pools, rng, {}

    def deal(self, lang, count):
        dealt = []
        while len(dealt) < count:
            deck = self.decks.get(lang)
            if not deck:
                deck = list(self.pools[lang])
                self.rng.shuffle(deck)
                self.decks[lang] = deck
            dealt.append(deck.pop())
        return dealt


def libreoffice_pools():
    pools = {}
    for lang in ("vi", "sv", "id"):
        path = os.path.join(ROOT, "work-data", "raw", f"par.{lang}.tsv")
        if not os.path.exists(path):
            return None
        pairs = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) == 4 and len(cols[2].split()) >= 6 and len(cols[3].split()) >= 4:
                    pairs.append((cols[2], cols[3]))
        pools[lang] = distinct_pairs(pairs)
    return pools, "LibreOffice help and UI segments (work-data/raw/par.*.tsv)"


def flores_pools():
    base = os.path.join(ROOT, "..", "shared", "data", "flores200")
    if not os.path.isdir(base):
        return None
    lines = {}
    for lang, code in FLORES_CODES.items():
        with open(os.path.join(base, code + ".devtest"), encoding="utf-8") as f:
            lines[lang] = [line.strip() for line in f]
    return {lang: distinct_pairs(zip(lines["en"], lines[lang])) for lang in ("vi", "sv", "id")}, \
        "FLORES-200 devtest (../shared)"


def seed_pools():
    langs = {"000": "vi", "001": "vi", "002": "sv", "003": "vi", "004": "id"}
    pools = {}
    seeds = os.path.join(ROOT, "seeds")
    for name in sorted(os.listdir(seeds)):
        with open(os.path.join(seeds, name), encoding="utf-8") as f:
            for line in f:
                if len(line.split()) > 8:
                    # Monolingual: both "sides" are the same text.
                    pools.setdefault(langs.get(name[:3], "vi"), []).append((line.strip(), line.strip()))
    return pools, "the seeds' lines (no translations)"


def story_documents(rng, story, deck, monolingual):
    lang = ("vi", "sv", "id")[story % 3]
    pairs = deck.deal(lang, rng.randint(16, 32))
    side = rng.randrange(2) if not monolingual else 1
    langs = ("en", lang)
    segments = [p[side] for p in pairs]
    docs = [("a", langs[side], segments)]
    roll = rng.random()
    if roll < 0.25 and not monolingual:
        docs.append(("t", langs[1 - side], [p[1 - side] for p in pairs]))
    elif roll < 0.35:
        kept = [s for i, s in enumerate(segments) if i != rng.randrange(len(segments))]
        furniture = FURNITURE[langs[side]]
        docs.append(("n", langs[side], [furniture[0]] + kept + furniture[1:]))
    elif roll < 0.45:
        docs.append(("p", langs[side], segments[: max(2, (len(segments) * 6) // 10)]))
    return docs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--gold")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    found = libreoffice_pools() or flores_pools() or seed_pools()
    pools, description = found
    monolingual = description.startswith("the seeds")
    rng = random.Random(args.seed)
    deck = SegmentDeck(pools, rng)
    written = 0
    story = 0
    with open(args.out, "w", encoding="utf-8") as out, \
            open(args.gold or os.devnull, "w", encoding="utf-8") as gold:
        while written < args.n:
            for kind, lang, segments in story_documents(rng, story, deck, monolingual):
                if written == args.n:
                    break
                doc_id = f"s{story:07d}-{kind}"
                text = "\n\n".join(segments)
                out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
                gold.write(f"{doc_id}\ts{story:07d}\n")
                written += 1
            story += 1
    print(f"make_corpus: {written} documents from {story} stories; pool: {description}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds a labelled clustering benchmark from FLORES-200 devtest.

Each FLORES article (281, four languages) is one "event": its vi, sv, id and
en versions are translations of each other. To that the script adds, with a
fixed seed, same-language copies that a news pipeline meets:
  - near duplicates: the article with page furniture around it and a few
    words dropped;
  - partial duplicates: the first half of the article (a cut-down copy).
Articles that share a FLORES topic label are the "same topic, other event"
distractors: they must stay apart.

Output: OUT/{dev,test}.jsonl (dupalign JSONL input: id, text, lang) and
OUT/{dev,test}.gold.tsv (id<TAB>event). Articles 0-139 form the dev part
(for tuning), 140-280 the test part (for reporting). FLORES is evaluation
data: nothing here is used for training.
Standard library only.
"""
import argparse
import collections
import json
import os
import random

LANGS = {"en": "eng_Latn", "vi": "vie_Latn", "sv": "swe_Latn", "id": "ind_Latn"}
FURNITURE = {
    "en": ["Share this article", "Comments (0)", "Related articles"],
    "vi": ["Chia sẻ bài viết", "Bình luận (0)", "Tin liên quan"],
    "sv": ["Dela artikeln", "Kommentar (0)", "I samma kategori"],
    "id": ["Bagikan artikel", "Komentar (0)", "Berita terkait"],
}


def read_articles(flores_dir):
    doc_of_line = []
    with open(os.path.join(flores_dir, "devtest.doc_index.tsv"), encoding="utf-8") as f:
        next(f)
        for row in f:
            doc_of_line.append(int(row.split("\t")[1]))
    articles = collections.defaultdict(lambda: collections.defaultdict(list))
    for lang, code in LANGS.items():
        with open(os.path.join(flores_dir, code + ".devtest"), encoding="utf-8") as f:
            for line_no, line in enumerate(f):
                articles[doc_of_line[line_no]][lang].append(line.strip())
    return articles


def near_copy(sentences, lang, rng):
    words_dropped = []
    for sentence in sentences:
        words = sentence.split()
        if len(words) > 8 and rng.random() < 0.5:
            del words[rng.randrange(len(words))]
        words_dropped.append(" ".join(words))
    return "\n".join([FURNITURE[lang][0]] + words_dropped + FURNITURE[lang][1:])


def partial_copy(sentences):
    keep = max(1, (len(sentences) + 1) // 2)
    return "\n".join(sentences[:keep])


def documents_for(article_id, versions, rng):
    docs = []
    for lang in sorted(versions):
        sentences = versions[lang]
        event = "a%03d" % article_id
        docs.append((f"{event}-{lang}", "\n".join(sentences), lang, event))
        if rng.random() < 0.25:
            docs.append((f"{event}-{lang}-near", near_copy(sentences, lang, rng), lang, event))
        if len(sentences) >= 4 and rng.random() < 0.15:
            docs.append((f"{event}-{lang}-part", partial_copy(sentences), lang, event))
    return docs


def write_part(out_dir, name, docs):
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as jsonl, \
         open(os.path.join(out_dir, name + ".gold.tsv"), "w", encoding="utf-8") as gold:
        for doc_id, text, lang, event in docs:
            jsonl.write(json.dumps({"id": doc_id, "text": text, "lang": lang},
                                   ensure_ascii=False) + "\n")
            gold.write(f"{doc_id}\t{event}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flores", default="../shared/data/flores200")
    parser.add_argument("--out", default="work-data/cluster-bench")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not os.path.isdir(args.flores):
        raise SystemExit(f"make_cluster_benchmark: {args.flores}: FLORES-200 not found")
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    articles = read_articles(args.flores)
    parts = {"dev": [], "test": []}
    for article_id in sorted(articles):
        part = "dev" if article_id < 140 else "test"
        parts[part].extend(documents_for(article_id, articles[article_id], rng))
    for name, docs in parts.items():
        write_part(args.out, name, docs)
        print(f"{name}: {len(docs)} documents")


if __name__ == "__main__":
    main()

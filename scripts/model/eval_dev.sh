#!/usr/bin/env bash
# Sentence retrieval P@1 of an embedding model on the development sets the
# recipe's variants are chosen on, measured by `dupalign model eval` (SIF
# weights, common-component removal, CSLS) exactly as the pipeline embeds,
# and by word matching:
#   lohelp   held-out LibreOffice help paragraphs (730, software help)
#   flores   FLORES devtest lines 1-486 = articles 0-139 (articles 140-280
#            are kept for the final figures and never used to choose)
#   tatoeba  Tatoeba pairs held out of training (300 per language)
# usage: eval_dev.sh DUPALIGN MODEL EVAL_DIR
# EVAL_DIR holds <set>.<lang>.tok files (tatoeba: tatoeba.<xx>.tok and
# tatoeba.<xx>-en.en.tok), line-parallel, tokenised by `dupalign tokenize`.
# Prints: set, direction a->b, P@1 a->b and b->a: cosine, CSLS, then word
# matching with CSLS (the matcher the sentence aligner uses), then sentence
# vectors read in context (`embed`'s vectors) with CSLS.
set -euo pipefail
dupalign="$1" model="$2" dir="$3"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {  # set a b file_a file_b
  "$dupalign" model eval --model "$model" --lang-a "$2" --lang-b "$3" "$4" "$5" |
    awk -v set="$1" -v pair="$2-$3" '
      $1 == "p@1" { v[$2 NR % 2] = $4 }
      END { printf "%s\t%s\tcos %.3f %.3f\tcsls %.3f %.3f\twords %.3f %.3f\tcontext %.3f %.3f\n",
            set, pair, v["cosine" 0], v["cosine" 1], v["csls10" 0], v["csls10" 1],
            v["words-csls10" 0], v["words-csls10" 1], v["context-csls10" 0], v["context-csls10" 1] }'
}

for l in en vi sv id; do head -486 "$dir/flores.$l.tok" > "$tmp/flores.$l.tok"; done
for pair in vi:en sv:en id:en sv:id vi:sv vi:id; do
  a=${pair%:*} b=${pair#*:}
  measure lohelp "$a" "$b" "$dir/lohelp.$a.tok" "$dir/lohelp.$b.tok"
  measure flores0-139 "$a" "$b" "$tmp/flores.$a.tok" "$tmp/flores.$b.tok"
done
for l in vi sv id; do
  [ -f "$dir/tatoeba.$l.tok" ] || continue
  measure tatoeba-dev "$l" en "$dir/tatoeba.$l.tok" "$dir/tatoeba.$l-en.en.tok"
done

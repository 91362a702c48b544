#!/usr/bin/env bash
# Builds dupalign's default models from public data, in one command:
#   models/dupalign-embed.bin  multilingual fastText skipgram (vi, sv, id, en)
#   models/dupalign-lid.ftz    fastText language identifier (quantised)
# Installs the Debian data packages it needs, extracts and tokenises the text
# with the project's own tokenizer, builds a pseudo-bilingual corpus, trains,
# and (when ../shared is present) measures both models. models/README.md
# describes the data, the licences and the figures.
#
# Environment (all optional):
#   BUILD_DIR  build directory holding the dupalign binary [build-model]
#   WORK_DIR   scratch space, git-ignored [work-data]
#   SHARED_DIR optional reference data [../shared]; without it the models are
#              trained on the Debian packages alone and nothing is evaluated
#   THREADS    fastText threads [2]; only -thread 1 is bit-reproducible
#   MODELS_DIR where the models go [models]
#   EMBED_EPOCH skipgram epochs [10]; 1 makes a quick smoke test of the recipe
#   EVAL=0     skip the evaluation
#   CLDR_WORDS  1 (default) also trains on CLDR's emoji names and keywords
#              (Debian unicode-cldr-core, Unicode licence): everyday words in
#              all four languages; 0 leaves them out (models/README.md)
#   LASER_TATOEBA  optional folder with LASER's Tatoeba test files
#              (tatoeba.vie-eng.vie, tatoeba.vie-eng.eng, ...): evaluation only
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${BUILD_DIR:-build-model}
work=${WORK_DIR:-work-data}
shared=${SHARED_DIR:-$root/../shared}
threads=${THREADS:-2}
seed=13
models=${MODELS_DIR:-models}
epoch=${EMBED_EPOCH:-10}
export CLDR_WORDS=${CLDR_WORDS:-1}  # read by extract_sources.py
dupalign=$build/dupalign
step() { echo "build-model: $*" >&2; }

install_packages() {
  local wanted=(fasttext python3 libreoffice-help-en-us libreoffice-help-vi
    libreoffice-help-sv libreoffice-help-id libreoffice-l10n-vi libreoffice-l10n-sv
    libreoffice-l10n-id iso-codes dict-freedict-eng-ind unicode-cldr-core)
  local missing=() sudo=""
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if [ "${#missing[@]}" -gt 0 ]; then
    step "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

build_tool() {
  if [ ! -x "$dupalign" ]; then
    step "building dupalign in $build"
    cmake -S "$root" -B "$build" >&2
    cmake --build "$build" -j2 --target dupalign >&2
  fi
}

extract_and_tokenise() {
  step "extracting text"
  python3 scripts/model/extract_sources.py "$work/raw" "$shared"
  mkdir -p "$work/tok"
  for l in vi sv id; do
    scripts/model/tokenize_tsv.sh "$dupalign" "$work/raw/par.$l.tsv" "$work/tok/par.$l.tok.tsv" 3:en 4:$l
  done
  for l in vi sv id en; do
    "$dupalign" tokenize --lang $l < "$work/raw/mono.$l.txt" > "$work/tok/mono.$l.tok"
  done
}

train_embedding() {
  step "building the pseudo-bilingual corpus"
  python3 scripts/model/make_corpus.py "$work/tok" "$work/corpus" --seed $seed
  step "training the embedding model ($(wc -l < "$work/corpus/embed.train.txt") lines)"
  fasttext skipgram -input "$work/corpus/embed.train.txt" -output "$work/embed" \
    -dim 100 -ws 5 -epoch "$epoch" -minCount 8 -minn 3 -maxn 5 -bucket 40000 \
    -neg 5 -thread "$threads" -seed $seed -verbose 1 >&2
  cp "$work/embed.bin" "$models/dupalign-embed.bin"
  write_language_stats
  # The word matcher pulls words a lexicon covers towards their English
  # translations (src/embed/lexicon.h); the sidecars ship next to the model.
  step "writing the lexicon sidecars"
  python3 scripts/model/write_lexicons.py "$work/corpus" "$models/dupalign-embed.bin"
}

# Each language's common direction (mean and first principal component of
# SIF-weighted sentence averages), from 5000 monolingual lines picked with a
# fixed seed; the embedder removes it from every sentence and document vector.
write_language_stats() {
  step "estimating per-language common components"
  local stats="$models/dupalign-embed.bin.stats"
  : > "$stats"
  for l in vi sv id en; do
    python3 -c 'import random,sys; lines=sys.stdin.readlines(); random.Random(13).shuffle(lines); sys.stdout.writelines(lines[:5000])' \
      < "$work/tok/mono.$l.tok" |
      "$dupalign" model stats --model "$models/dupalign-embed.bin" --lang $l >> "$stats"
  done
}

train_lid() {
  step "building the language-identification corpus"
  python3 scripts/model/make_lid_corpus.py "$work/tok" "$work/lid" --seed $seed
  # One thread: the identifier trains in about a minute and is then
  # bit-reproducible.
  step "training the language identifier"
  fasttext supervised -input "$work/lid/train.txt" -output "$work/lid/model" \
    -dim 16 -epoch 10 -lr 0.5 -minn 2 -maxn 4 -bucket 200000 -wordNgrams 1 \
    -thread 1 -seed $seed -verbose 1 >&2
  fasttext quantize -input "$work/lid/train.txt" -output "$work/lid/model" \
    -qnorm -cutoff 50000 -retrain -epoch 1 -thread 1 >&2
  cp "$work/lid/model.ftz" "$models/dupalign-lid.ftz"
  step "LID held-out accuracy (LibreOffice/Tatoeba lines not trained on):"
  python3 scripts/model/eval_lid.py "$models/dupalign-lid.ftz" "$work/lid/test.txt"
}

evaluate() {
  local flores=$shared/data/flores200
  mkdir -p "$work/eval"
  local c=2
  scripts/model/tokenize_tsv.sh "$dupalign" "$work/raw/heldout.lohelp.tsv" \
    "$work/eval/heldout.tok.tsv" 2:en 3:vi 4:sv 5:id
  for l in en vi sv id; do
    cut -f$c "$work/eval/heldout.tok.tsv" > "$work/eval/lohelp.$l.tok"
    c=$((c + 1))
  done
  for l in vi sv id; do
    [ -f "$work/raw/heldout.tatoeba.$l.tsv" ] || continue
    cut -f2 "$work/raw/heldout.tatoeba.$l.tsv" | "$dupalign" tokenize --lang $l > "$work/eval/tatoeba.$l.tok"
    cut -f1 "$work/raw/heldout.tatoeba.$l.tsv" | "$dupalign" tokenize --lang en > "$work/eval/tatoeba.$l-en.en.tok"
  done
  step "retrieval P@1 on held-out LibreOffice help paragraphs:"
  python3 scripts/model/eval_retrieval.py "$models/dupalign-embed.bin" \
    $(for p in vi:en sv:en id:en sv:id vi:sv vi:id; do
        a=${p%:*} b=${p#*:}
        echo "lohelp:$a:$b:$work/eval/lohelp.$a.tok:$work/eval/lohelp.$b.tok"
      done)
  if [ ! -d "$flores" ]; then
    step "$flores absent: FLORES figures skipped"
    return
  fi
  # FLORES is evaluation-only: tokenised here, never read by the corpus steps.
  for p in eng:en vie:vi swe:sv ind:id; do
    "$dupalign" tokenize --lang ${p#*:} < "$flores/${p%:*}_Latn.devtest" > "$work/eval/flores.${p#*:}.tok"
  done
  # Lines 486-1011 are articles 140-280, the half nothing was ever tuned on;
  # the full devtest (1012 candidates) is harder, so both are reported.
  local range
  for range in 0-1012 486-1012; do
    step "retrieval P@1 on FLORES devtest lines $range:"
    python3 scripts/model/eval_retrieval.py --lines $range "$models/dupalign-embed.bin" \
      $(for p in vi:en sv:en id:en sv:id vi:sv vi:id; do
          a=${p%:*} b=${p#*:}
          echo "flores:$a:$b:$work/eval/flores.$a.tok:$work/eval/flores.$b.tok"
        done)
  done
  step "dupalign model eval P@1 on the development sets (lohelp, FLORES articles 0-139, Tatoeba held out):"
  scripts/model/eval_dev.sh "$dupalign" "$models/dupalign-embed.bin" "$work/eval"
  evaluate_laser
  step "LID accuracy on FLORES devtest:"
  for l in vi sv id en; do
    sed "s/^/__label__$l /" "$work/eval/flores.$l.tok"
  done > "$work/eval/flores.lid.txt"
  python3 scripts/model/eval_lid.py "$models/dupalign-lid.ftz" "$work/eval/flores.lid.txt"
}

# LASER's Tatoeba test (1000 everyday sentence pairs per language) is the
# issue's yardstick; it is never trained or tuned on, only measured here.
evaluate_laser() {
  local laser=${LASER_TATOEBA:-}
  [ -n "$laser" ] || return 0
  local p s l
  for p in vie:vi swe:sv ind:id; do
    s=${p%:*} l=${p#*:}
    [ -f "$laser/tatoeba.$s-eng.$s" ] || continue
    "$dupalign" tokenize --lang $l < "$laser/tatoeba.$s-eng.$s" > "$work/eval/laser.$l.tok"
    "$dupalign" tokenize --lang en < "$laser/tatoeba.$s-eng.eng" > "$work/eval/laser.$l-en.en.tok"
    step "LASER Tatoeba $s-eng P@1:"
    "$dupalign" model eval --model "$models/dupalign-embed.bin" --lang-a $l --lang-b en \
      "$work/eval/laser.$l.tok" "$work/eval/laser.$l-en.en.tok"
  done
}

mkdir -p "$work" "$models"
install_packages
build_tool
extract_and_tokenise
train_embedding
train_lid
if [ "${EVAL:-1}" != 0 ]; then evaluate; fi
ls -l "$models/dupalign-embed.bin" "$models/dupalign-lid.ftz" >&2

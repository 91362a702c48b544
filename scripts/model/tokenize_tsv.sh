#!/usr/bin/env bash
# Tokenises chosen tab-separated columns of a file with `dupalign tokenize`,
# each column in its own language, keeping the other columns as they are.
# usage: tokenize_tsv.sh DUPALIGN IN.tsv OUT.tsv COL:LANG [COL:LANG...]
# Columns are 1-based. Line counts are preserved (empty lines stay empty), so
# the columns can be pasted back side by side.
set -euo pipefail
dupalign="$1" in="$2" out="$3"
shift 3
declare -A lang_of
for spec in "$@"; do lang_of[${spec%%:*}]=${spec#*:}; done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ncols=$(head -1 "$in" | awk -F'\t' '{print NF}')
parts=()
for ((c = 1; c <= ncols; c++)); do
  if [[ -n "${lang_of[$c]:-}" ]]; then
    cut -f"$c" "$in" | "$dupalign" tokenize --lang "${lang_of[$c]}" > "$tmp/$c"
  else
    cut -f"$c" "$in" > "$tmp/$c"
  fi
  parts+=("$tmp/$c")
done
paste "${parts[@]}" > "$out"

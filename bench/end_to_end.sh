#!/usr/bin/env bash
# End-to-end throughput and peak memory of `dupalign analyze` on generated
# corpora of N documents (default: 1000 10000). bench/make_corpus.py builds
# them from public parallel text with planted translations, near duplicates
# and partial copies, and writes the gold groups, so each run also prints the
# clustering's pairwise precision/recall at that size.
# Usage: bench/end_to_end.sh [N ...]
# Environment: DUPALIGN (binary, default build/dupalign), THREADS (2),
#              DUPALIGN_ARGS (extra analyze options, e.g. '--word-weight 0'),
#              KEEP (directory to keep corpora and outputs in).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
bin=${DUPALIGN:-build/dupalign}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  python3 bench/make_corpus.py "$n" "$work/corpus.$n.jsonl" --gold "$work/corpus.$n.gold.tsv" 2>/dev/null
  bytes=$(wc -c < "$work/corpus.$n.jsonl")
  /usr/bin/time -f "%e %M" -o "$work/time.$n" "$bin" analyze "$work/corpus.$n.jsonl" \
    --out "$work/out.$n" --quiet --threads "${THREADS:-2}" ${DUPALIGN_ARGS:-}
  read -r seconds kb < "$work/time.$n"
  quality=$(python3 scripts/eval/score_clusters.py "$work/corpus.$n.gold.tsv" "$work/out.$n/documents.jsonl")
  python3 -c "import sys; n,b,s,kb=int(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{n} documents ({b/1e6:.1f} MB): {s:.1f} s, {n/s:.0f} documents/s, peak RSS {kb/1024:.0f} MB ({kb/n:.1f} KB per document); ' + sys.argv[5])" \
    "$n" "$bytes" "$seconds" "$kb" "$quality"
done

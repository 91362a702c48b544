#!/usr/bin/env bash
# Side-by-side speed of two dupalign binaries (say, main and a change) on one
# generated corpus: the two run in turn, ROUNDS times, each on the same
# pinned core with one thread, and the script prints every run's processor
# time, the per-round ratio B/A and its median, and whether the outputs are
# byte-identical.
#
# Why this shape: on the shared 2-core machines the cores' speeds drift
# independently, by up to half, over minutes. Two runs at once on the two
# cores, or two full-size runs minutes apart, then differ by more than most
# changes are worth; back-to-back short runs on one core see the same speed.
#
# Usage: bench/compare.sh BINARY_A BINARY_B [DOCUMENTS]   (default 3000)
# Environment: ROUNDS (6), CORE (0), KEEP (directory to keep corpus and
#              outputs in), DUPALIGN_ARGS (extra analyze options).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: $0 BINARY_A BINARY_B [DOCUMENTS]" >&2; exit 2; }
a=$(realpath "$1")
b=$(realpath "$2")
n=${3:-3000}
rounds=${ROUNDS:-6}
core=${CORE:-0}
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
corpus="$work/corpus.$n.jsonl"
[ -s "$corpus" ] || python3 bench/make_corpus.py "$n" "$corpus" 2>/dev/null
: > "$work/times"
for _ in $(seq "$rounds"); do
  for side in A B; do
    bin=$a; [ "$side" = B ] && bin=$b
    rm -rf "$work/out.$side"
    /usr/bin/time -f "$side %U %S" -a -o "$work/times" taskset -c "$core" \
      "$bin" analyze "$corpus" --out "$work/out.$side" --threads 1 --quiet ${DUPALIGN_ARGS:-}
  done
done
same="identical"
diff -rq "$work/out.A" "$work/out.B" > /dev/null || same="DIFFERENT"
python3 - "$work/times" "$n" "$same" <<'PY'
import statistics, sys
runs = {"A": [], "B": []}
for line in open(sys.argv[1]):
    side, user, system = line.split()
    runs[side].append(float(user) + float(system))
for side in "AB":
    print(f"{side}: " + " ".join(f"{t:.2f}" for t in runs[side]) +
          f"  median {statistics.median(runs[side]):.2f} s processor time")
ratios = [b / a for a, b in zip(runs["A"], runs["B"])]
print("B/A per round: " + " ".join(f"{r:.3f}" for r in ratios) +
      f"  median {statistics.median(ratios):.3f}")
print(f"{sys.argv[2]} documents, one thread; outputs {sys.argv[3]}")
PY

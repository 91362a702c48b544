#!/usr/bin/env bash
# End-to-end throughput and peak memory of `dupalign analyze` on generated
# corpora of N documents (default: 500 1000 2000). Documents are built from
# FLORES-200 devtest sentences (../shared, evaluation data) when present, else
# from the seeds' sentences: each document joins 8-14 random sentences of one
# language, so nearly every document is its own event.
# Usage: bench/end_to_end.sh [N ...]   (needs build/dupalign and GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 1000 2000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  python3 - "$n" "$work/corpus.$n.jsonl" <<'PY'
import json, os, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
flores = "../shared/data/flores200"
codes = {"en": "eng_Latn", "vi": "vie_Latn", "sv": "swe_Latn", "id": "ind_Latn"}
pools = {}
if os.path.isdir(flores):
    for lang, code in codes.items():
        with open(os.path.join(flores, code + ".devtest"), encoding="utf-8") as f:
            pools[lang] = [line.strip() for line in f if line.strip()]
else:
    langs = {"000": "vi", "001": "vi", "002": "sv", "003": "vi", "004": "id"}
    for name in sorted(os.listdir("seeds")):
        with open(os.path.join("seeds", name), encoding="utf-8") as f:
            lines = [l.strip() for l in f if len(l.split()) > 8]
        pools.setdefault(langs.get(name[:3], "vi"), []).extend(lines)
rng = random.Random(7)
langs = sorted(pools)
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        lang = langs[i % len(langs)]
        text = "\n".join(rng.sample(pools[lang], rng.randint(8, 14)))
        f.write(json.dumps({"id": f"d{i:06d}", "text": text, "lang": lang}, ensure_ascii=False) + "\n")
PY
  bytes=$(wc -c < "$work/corpus.$n.jsonl")
  /usr/bin/time -f "%e %M" -o "$work/time.$n" build/dupalign analyze "$work/corpus.$n.jsonl" \
    --out "$work/out.$n" --quiet --threads 2
  read -r seconds kb < "$work/time.$n"
  python3 -c "import sys; n,b,s,kb=int(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{n} documents ({b/1e6:.1f} MB): {s:.1f} s, {n/s:.0f} documents/s, peak RSS {kb/1024:.0f} MB')" "$n" "$bytes" "$seconds" "$kb"
done

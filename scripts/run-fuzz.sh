#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) and runs
# each for a bounded time from its committed seed corpus, after replaying the
# saved inputs in fuzz/regressions/<target>/. Exits non-zero when any target
# crashes, leaks, times out or breaks an invariant; the failing input is kept
# under <build>/fuzz-artifacts/<target>/.
#
#   scripts/run-fuzz.sh [target ...]        # default: every *_fuzz target
# Exit 77 (skipped) when clang++ is missing.
# Environment: FUZZ_SECONDS (30 per target), FUZZ_BUILD_DIR (build-fuzz-clang),
#              FUZZ_JOBS (build parallelism, 2).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz-clang}
JOBS=${FUZZ_JOBS:-2}

if ! command -v clang++ >/dev/null; then
  echo "run-fuzz: skipped: clang++ not found; apt-get install clang libclang-rt-14-dev" >&2
  exit 77  # ctest's SKIP_RETURN_CODE
fi
CC=clang CXX=clang++ cmake -S fuzz -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target fuzz_targets

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  for src in fuzz/*_fuzz.cc; do targets+=("$(basename "$src" _fuzz.cc)"); done
fi

failed=()
for t in "${targets[@]}"; do
  bin="$BUILD/${t}_fuzz"
  work="$BUILD/fuzz-work/$t"        # grows as the fuzzer finds new coverage
  artifacts="$BUILD/fuzz-artifacts/$t/"
  log="$BUILD/fuzz-logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  common=(-rss_limit_mb=2048 -timeout=25 -artifact_prefix="$artifacts")
  status=0
  if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
    "$bin" "${common[@]}" fuzz/regressions/"$t"/* >"$log.regressions" 2>&1 || status=$?
  fi
  if [ "$status" -eq 0 ]; then
    "$bin" "${common[@]}" -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 \
      "$work" "fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  fi
  execs=$(grep -a -o 'stat::average_exec_per_sec: *[0-9]*' "$log" 2>/dev/null | tail -1 | grep -o '[0-9]*$' || true)
  cov=$(grep -a -o 'cov: [0-9]* ft: [0-9]*' "$log" 2>/dev/null | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    echo "run-fuzz: $t FAILED (exit $status); see $log* and $artifacts" >&2
    grep -h -m5 -E 'ERROR|invariant broken|runtime error|SUMMARY' "$log" "$log.regressions" 2>/dev/null >&2 || true
  else
    echo "run-fuzz: $t ok: ${SECONDS_PER_TARGET}s, ${execs:-?} exec/s, ${cov:-no coverage line}"
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "run-fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzz: all ${#targets[@]} target(s) passed"

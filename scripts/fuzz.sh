#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) in build-fuzz/ and runs
# each for a given time. See docs/fuzzing.md.
#   scripts/fuzz.sh [--smoke] [--time SECONDS] [HARNESS...]
# --smoke runs each harness for 20 seconds (CI); the default is 60. HARNESS
# names one of fuzz/corpus-seed/*; default all. The working corpus grows in
# build-fuzz/corpus/<harness>/, findings land in build-fuzz/artifacts/<harness>/
# and each run's log in build-fuzz/logs/<harness>.log. Exits 1 when any harness
# found a crash, leak, timeout or out-of-memory.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(criteria_yaml providers_yaml providers_json providers_csv ahp_matrix rank_pipeline)
seconds=60
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) seconds=20 ;;
    --time) seconds="${2:?--time needs SECONDS}"; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *)
      [ -d "fuzz/corpus-seed/$1" ] || { echo "fuzz.sh: unknown harness $1 (one of: ${all[*]})" >&2; exit 2; }
      harnesses+=("$1") ;;
  esac
  shift
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")

build=build-fuzz
# Seconds before an input counts as a hang. ASan, UBSan and the coverage
# instrumentation slow the Eigen-heavy AHP code about 20 times, and the
# harnesses share the cores, so a plain build's second is some 10 s here.
# FuzzRegressions holds the plain build to 2 s per input.
timeout=10
scripts/install-deps.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCRITERIO_FUZZ=ON -DCRITERIO_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target "${harnesses[@]/#/fuzz_}" | grep -E 'error|warning' || true
for h in "${harnesses[@]}"; do
  [ -x "$build/fuzz/fuzz_$h" ] || { echo "fuzz.sh: fuzz_$h did not build" >&2; exit 1; }
done

dict_of() {
  case "$1" in
    providers_json) echo fuzz/json.dict ;;
    providers_csv) echo fuzz/csv.dict ;;
    *) echo fuzz/yaml.dict ;;
  esac
}

# Runs one harness; the seeds are read, new inputs go to the working corpus.
run() {
  local h=$1
  mkdir -p "$build/corpus/$h" "$build/artifacts/$h" "$build/logs"
  "$build/fuzz/fuzz_$h" "$build/corpus/$h" "fuzz/corpus-seed/$h" \
    -dict="$(dict_of "$h")" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$h/" \
    </dev/null >"$build/logs/$h.log" 2>&1
}

# Prints "harness: executions, exec/s, coverage, outcome" from a run's log.
summarise() {
  local h=$1 status=$2 log="$build/logs/$1.log"
  local execs rate cov ft
  # A harness that stopped early may have printed none of these.
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)
  local outcome="no findings"
  [ "$status" -eq 0 ] || outcome="FOUND: $(grep -m1 -E '^==[0-9]+==ERROR|runtime error|deadly signal|Test unit written' "$log" || echo "exit $status") (see $log)"
  printf '%-15s %10s execs  %6s exec/s  cov %-6s ft %-7s %s\n' "$h" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$outcome"
}

# All harnesses at once, each on its own (the machine's cores are shared).
declare -A pids
for h in "${harnesses[@]}"; do
  run "$h" & pids[$h]=$!
done
failed=0
for h in "${harnesses[@]}"; do
  status=0
  wait "${pids[$h]}" || status=$?
  summarise "$h" "$status"
  [ "$status" -eq 0 ] || failed=1
done
exit "$failed"

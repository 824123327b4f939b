#!/usr/bin/env bash
# libFuzzer on the readers, the date parser, role detection, the whole import + every view,
# the --compute expressions and the command line's options,
# built with clang-14 in a build directory of its own (ASan + UBSan). Each target runs for
# FUZZ_SECONDS (default 60); a crash, a leak, or one input taking over 2 s (fuzz_import: 10 s, it
# runs every view) fails the run.
#   .ci/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${FUZZ_SECONDS:-60}}"
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUL_FUZZ=ON >/dev/null
targets="fuzz_csv_reader fuzz_json_reader fuzz_date_parser fuzz_role_detection fuzz_import fuzz_expression fuzz_cli_options"
cmake --build "$build" --target $targets
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in $targets; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus" "$build/artifacts/$t"
  log="$build/$t.log"
  # The corpus grows from the seeds and the test fixtures; a crash leaves its input in artifacts/.
  # fuzz_import runs every view on each input (the forecasts' backtests among them): a larger
  # unit of work, so a larger limit; the others answer one parse each.
  timeout=2; [ "$t" = fuzz_import ] && timeout=10
  if ! "$build/bin/$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$t/" "$corpus" tests/fuzz/seeds tests/data >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz: $t failed (input in $build/artifacts/$t/)" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz: $t: $runs executions in ${seconds} s, no crash, leak or timeout"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Readers under writers, as a team uses a shared workspace: R reader loops run `report` (kpis) on
# an untouched base dataset and on a dataset that W writer loops swap between two files with
# `import --replace`, for S seconds; then every read is checked against the committed states
# (the base's one output; live's A or B) and the read and write times are summarised beside an
# idle baseline. A benchmark, not a test (CTest runs tst_read_snapshot's bounded version).
#   bash tests/bench/bench_concurrency.sh BUILD_DIR [file|postgresql|both] [READERS] [WRITERS] [SECONDS]
set -euo pipefail
build=$(cd "$1" && pwd); backend=${2:-both}; readers=${3:-12}; writers=${4:-2}; seconds=${5:-60}
here=$(cd "$(dirname "$0")" && pwd)
app="$build/bin/usagelens"
work=$(mktemp -d /tmp/ul-concurrency.XXXXXX)
chmod 755 "$work" # the throw-away cluster runs as the postgres user
trap 'rm -rf "$work"' EXIT

# base: 1M rows of 20,000 customers over a year; live A and B: 20,000 rows each, other numbers.
python3 - "$work" "$writers" <<'PY'
import random, sys, datetime, os
work, writers = sys.argv[1], int(sys.argv[2])
def write(path, rows, customers, seed, scale):
    random.seed(seed)
    day0 = datetime.date(2024, 1, 1)
    with open(path, 'w') as f:
        f.write('customer,date,minutes\n')
        for _ in range(rows):
            d = day0 + datetime.timedelta(days=random.randrange(365))
            f.write('c%d,%s,%d\n' % (random.randrange(customers), d.isoformat(), random.randrange(100) * scale))
write(os.path.join(work, 'base.csv'), 1_000_000, 20_000, 1, 1)
# One pair of files per writer (the same content twice would be refused as already imported).
for w in range(writers):
    for name, seed, scale in (('a', 2, 1), ('b', 3, 3)):
        os.makedirs(os.path.join(work, 'w%d' % w, name), exist_ok=True)
        write(os.path.join(work, 'w%d' % w, name, 'live.csv'), 20_000, 2_000 if name == 'a' else 2_500, seed * 10 + w, scale)
PY

ms() { echo $(( $(date +%s%N) / 1000000 )); }
percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {if (NR==0) {print "-"; exit} i=int((NR-1)*p/100)+1; print a[i]}'; }

run_backend() {
  local kind=$1 db=$2
  "$app" import --db "$db" --dataset base "$work/base.csv" >/dev/null
  for w in $(seq 0 $((writers - 1))); do
    "$app" import --db "$db" --dataset "live$w" "$work/w$w/a/live.csv" >/dev/null
  done
  local base_q=("$app" report --db "$db" --dataset base --metric minutes --view kpis)
  local live_q=("$app" report --db "$db" --dataset live0 --metric minutes --view kpis)
  "${base_q[@]}" >"$work/base.expected"
  "${live_q[@]}" >"$work/live.a"
  "$app" import --db "$db" --dataset live0 --replace "$work/w0/b/live.csv" >/dev/null
  "${live_q[@]}" >"$work/live.b"
  "$app" import --db "$db" --dataset live0 --replace "$work/w0/a/live.csv" >/dev/null
  # Idle: the same read alone, 30 times.
  : >"$work/idle.ms"
  for _ in $(seq 30); do
    local t0; t0=$(ms); "${base_q[@]}" >/dev/null; echo $(( $(ms) - t0 )) >>"$work/idle.ms"
  done
  local stop=$(( $(date +%s) + seconds )) pids=()
  for w in $(seq 0 $((writers - 1))); do
    ( flip=b; : >"$work/writer$w.ms"
      while [ "$(date +%s)" -lt "$stop" ]; do
        t0=$(ms)
        "$app" import --db "$db" --dataset "live$w" --replace "$work/w$w/$flip/live.csv" >/dev/null 2>"$work/writer$w.err" \
          || echo "writer $w failed: $(cat "$work/writer$w.err")" >>"$work/errors"
        echo $(( $(ms) - t0 )) >>"$work/writer$w.ms"
        flip=$([ "$flip" = b ] && echo a || echo b)
      done ) & pids+=($!)
  done
  for r in $(seq 0 $((readers - 1))); do
    ( : >"$work/reader$r.ms"; : >"$work/reader$r.bad"
      while [ "$(date +%s)" -lt "$stop" ]; do
        if [ $((r % 2)) -eq 0 ]; then
          t0=$(ms); out=$("${base_q[@]}" 2>&1) || true; echo $(( $(ms) - t0 )) >>"$work/reader$r.ms"
          [ "$out" = "$(cat "$work/base.expected")" ] || echo "base: $out" >>"$work/reader$r.bad"
        else
          out=$("${live_q[@]}" 2>&1) || true
          [ "$out" = "$(cat "$work/live.a")" ] || [ "$out" = "$(cat "$work/live.b")" ] || echo "live: $out" >>"$work/reader$r.bad"
        fi
        echo >>"$work/reader$r.count"
      done ) & pids+=($!)
  done
  wait "${pids[@]}"
  # Idle again: dead rows or stale statistics left by the writers would show here.
  : >"$work/after.ms"
  for _ in $(seq 30); do
    local t0; t0=$(ms); "${base_q[@]}" >/dev/null; echo $(( $(ms) - t0 )) >>"$work/after.ms"
  done
  local reads bad
  reads=$(cat "$work"/reader*.count | wc -l); bad=$(cat "$work"/reader*.bad | grep -c . || true)
  echo "| $kind | $(percentile 50 <"$work/idle.ms") / $(percentile 95 <"$work/idle.ms") ms" \
       "| $(cat "$work"/reader*.ms | percentile 50) / $(cat "$work"/reader*.ms | percentile 95) / $(cat "$work"/reader*.ms | percentile 100) ms" \
       "| $(cat "$work"/writer*.ms | percentile 50) / $(cat "$work"/writer*.ms | percentile 100) ms ($(cat "$work"/writer*.ms | wc -l) imports)" \
       "| $(percentile 50 <"$work/after.ms") ms | $reads | $bad |"
  [ ! -s "$work/errors" ] || { echo "writer errors:"; cat "$work/errors"; }
  [ "$bad" = 0 ] || { echo "first inconsistent reads:"; cat "$work"/reader*.bad | head -5; }
  rm -f "$work"/reader* "$work"/writer* "$work/errors"
}

echo "$readers readers (half on the untouched base, half on a swapped dataset), $writers writers, ${seconds} s; load before: $(uptime | sed 's/.*load average: //')"
echo
echo "| backend | base read alone p50 / p95 | base read under load p50 / p95 / max | writer import --replace p50 / max | read alone after p50 | reads | inconsistent |"
echo "|---|---|---|---|---|---|---|"
if [ "$backend" = file ] || [ "$backend" = both ]; then
  run_backend "SQLite file" "$work/w.usagelens"
fi
if [ "$backend" = postgresql ] || [ "$backend" = both ]; then
  uri=$(bash "$here/../../packaging/pg-test-cluster.sh" start "$work/cluster")
  trap 'bash "$here/../../packaging/pg-test-cluster.sh" stop "$work/cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  run_backend "PostgreSQL 15" "$uri?schema=bench"
fi

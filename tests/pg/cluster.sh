#!/usr/bin/env bash
# CTest fixture: starts (or stops) the throw-away PostgreSQL cluster the tests "NAME@postgresql"
# run on, and leaves its URI in BUILD/pg-test/uri. Without a server installed the tests are
# skipped with a message (exit 77); under CI=true that is a failure: CI must test both backends.
#   tests/pg/cluster.sh start|stop BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
action=$1; state="$2/pg-test"
if [ "$action" = stop ]; then
  bash "$here/../../packaging/pg-test-cluster.sh" stop "$state/cluster" || true
  rm -rf "$state"
  exit 0
fi
rm -rf "$state"; mkdir -p "$state"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  msg="no PostgreSQL server installed: the tests on PostgreSQL are skipped (apt-get install postgresql-15, or run packaging/build-and-test.sh)"
  if [ "${CI:-}" = true ]; then echo "$msg; CI=true needs them" >&2; exit 1; fi
  echo "$msg"; exit 77
fi
uri=$(bash "$here/../../packaging/pg-test-cluster.sh" start "$state/cluster")
echo "$uri" >"$state/uri"
echo "PostgreSQL test cluster at $uri"

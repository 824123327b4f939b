#!/usr/bin/env bash
# Runs one test executable with its workspaces on the test cluster (tests/pg/cluster.sh), each in
# a schema of its own. Exit 77 (skipped) when there is no cluster, except under CI=true.
#   tests/pg/on-server.sh BUILD_DIR TEST_EXECUTABLE [ARGS...]
set -uo pipefail
state="$1/pg-test"; shift
if [ ! -s "$state/uri" ]; then
  msg="no PostgreSQL test cluster (see tests/pg/cluster.sh): skipped"
  if [ "${CI:-}" = true ]; then echo "$msg, but CI=true needs it" >&2; exit 1; fi
  echo "$msg"; exit 77
fi
export UL_TEST_BACKEND=postgresql
UL_TEST_PG_URI=$(cat "$state/uri"); export UL_TEST_PG_URI
exec "$@"

#!/usr/bin/env bash
# README command 1: install dependencies, build, and open the dashboard on the built-in demo.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
exec "$here/../build/bin/usagelens" "$@"

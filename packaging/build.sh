#!/usr/bin/env bash
# Configures and builds UsageLens into build/ (Ninja, all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
# Lets ccache reuse objects across clones of the repository.
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

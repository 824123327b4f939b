#!/usr/bin/env bash
# The core, the command line and the core tests built with AddressSanitizer and
# UndefinedBehaviorSanitizer (a build directory of their own) and run through CTest; any
# report stops the test that made it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUL_SANITIZE=address,undefined >/dev/null
targets=$(ls tests/core/tst_*.cpp | xargs -n1 basename | sed 's/\.cpp$//')
cmake --build "$build" --target usagelens_cli $targets
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions="$PWD/.ci/lsan.supp"
ctest --test-dir "$build" -L core --output-on-failure -j2 --timeout 900

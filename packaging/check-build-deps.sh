#!/usr/bin/env bash
# Fails when packaging/build-deps.txt is not enough for a machine that has nothing installed,
# even on a machine where the missing package happens to be present:
#   - every CMake package the configure step found (the *_DIR entries of CMakeCache.txt under
#     /usr/lib/*/cmake) and every library, header and program it found that the build needs,
#   - every program in packaging/test-tools.txt,
# must be owned by a package in the dependency closure of build-deps.txt without recommends
# (as install-deps.sh installs it), or by an Essential package.
#   packaging/check-build-deps.sh [BUILD_DIR]        (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cache="$build/CMakeCache.txt"
deps="$root/packaging/build-deps.txt"
tools="$root/packaging/test-tools.txt"
[ -f "$cache" ] || { echo "check-build-deps: no $cache (configure first)" >&2; exit 1; }
for cmd in apt-cache dpkg dpkg-query; do
  command -v "$cmd" >/dev/null || { echo "check-build-deps: needs $cmd (a Debian system)" >&2; exit 1; }
done

listed=$(grep -vE '^\s*(#|$)' "$deps")
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
            --no-replaces --no-enhances $listed 2>/dev/null | grep -vE '^\s' | sed 's/:.*$//' | sort -u)
essential=$(dpkg-query -W -f='${Package} ${Essential}\n' | awk '$2 == "yes" { print $1 }' | sort -u)
provided=$(printf '%s\n%s\n' "$closure" "$essential" | sort -u)

failures=0
checked=0
# owner_of PATH: the Debian package that installed PATH (following symlinks such as
# /usr/bin/c++ -> alternatives), or nothing.
owner_of() {
  local path real
  path="$1"
  real=$(realpath -e "$path" 2>/dev/null) || return 0
  dpkg -S "$real" 2>/dev/null | head -1 | cut -d: -f1 | cut -d, -f1
}
require() { # require WHAT PATH
  local what="$1" path="$2" own
  checked=$((checked + 1))
  own=$(owner_of "$path")
  if [ -z "$own" ]; then
    echo "MISSING  $what: $path is not installed by any Debian package"
    failures=$((failures + 1))
  # A here-string, not a pipe: grep -q stops at the first match and, under pipefail, the
  # writer's SIGPIPE would turn a found package into a missing one now and then.
  elif ! grep -qx -- "$own" <<<"$provided"; then
    echo "MISSING  $what: $path comes from '$own', which build-deps.txt does not pull in (add $own)"
    failures=$((failures + 1))
  else
    echo "ok       $what: $own"
  fi
}
cache_value() { grep -E "^$1:[A-Z]+=" "$cache" | head -1 | cut -d= -f2- || true; }

# CMake packages found by find_package().
while IFS= read -r dir; do
  cfg=$(ls "$dir"/*Config.cmake "$dir"/*-config.cmake 2>/dev/null | head -1 || true)
  [ -n "$cfg" ] && require "CMake package $(basename "$dir")" "$cfg"
done < <(grep -E '_DIR:PATH=/usr/lib/[^/]+/cmake/' "$cache" | cut -d= -f2- | sort -u)

# Libraries, headers and programs found by find_library()/find_path()/find_program() that the
# build cannot do without (optional finds such as Vulkan or GLU are left out on purpose).
for entry in SQLite3_LIBRARY XLSXWRITER_LIB CMAKE_MAKE_PROGRAM CMAKE_CXX_COMPILER CCACHE_PROGRAM \
             DESKTOP_FILE_VALIDATE APPSTREAMCLI SIMDJSON_LIB PQ_LIB PostgreSQL_LIBRARY; do
  value=$(cache_value "$entry")
  [ -z "$value" ] || [[ "$value" == *NOTFOUND ]] || require "$entry" "$value"
done
for header in SQLite3_INCLUDE_DIR:sqlite3.h XLSXWRITER_INCLUDE:xlsxwriter.h PQ_INCLUDE:libpq-fe.h; do
  value=$(cache_value "${header%%:*}")
  [ -z "$value" ] || require "${header##*:}" "$value/${header##*:}"
done

# Programs the tests and CI call.
while read -r tool dir; do
  [ -n "$tool" ] || continue
  case "$tool" in \#*) continue ;; esac
  if [ -n "${dir:-}" ]; then path="$dir/$tool"; else path=$(command -v "$tool" || true); fi
  if [ -z "$path" ] || [ ! -e "$path" ]; then
    checked=$((checked + 1))
    echo "MISSING  program $tool: not found on this machine (build-deps.txt must install it)"
    failures=$((failures + 1))
    continue
  fi
  require "program $tool" "$path"
done < "$tools"

if [ "$failures" -gt 0 ]; then
  echo "check-build-deps: FAIL: $failures of $checked requirements are not covered by packaging/build-deps.txt"
  exit 1
fi
echo "check-build-deps: OK: $checked requirements covered by packaging/build-deps.txt"

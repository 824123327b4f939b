#!/usr/bin/env bash
# Fails when a C++ file under app/, models/, widgets/ or tests/ differs from .clang-format.
# Fix with: clang-format -i --style=file $(git ls-files '*.cpp' '*.h')
set -euo pipefail
root="${1:?source directory}"
cd "$root"
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed (build-deps.txt lists it)"; exit 1; }
mapfile -t files < <(find app models widgets tests -name '*.cpp' -o -name '*.h' | sort)
bad=()
for f in "${files[@]}"; do
  clang-format --style=file --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'check-format: not formatted with .clang-format (%d of %d files):\n' "${#bad[@]}" "${#files[@]}"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"

#!/usr/bin/env bash
# Fails when a file under models/ includes a header of a layer it must not reach. The layers
# (the CMake targets of models/CMakeLists.txt) and the only edges allowed between them:
#   vocabulary (core/) <- import (import/) <- store (db/, store/) <- engine (query/, revenue/,
#   segments/, forecast/, churn/) <- report (report/, export/, settings/, demo/)
# Each layer may include its own folders and those of the layers to its left.
set -euo pipefail
root="${1:?source directory}"
cd "$root/models"
declare -A layer=([core]=0 [import]=1 [db]=2 [store]=2 [query]=3 [revenue]=3 [segments]=3 [forecast]=3 [churn]=3
                  [report]=4 [export]=4 [settings]=4 [demo]=4)
names=(vocabulary import store engine report)
bad=0
while IFS= read -r hit; do
  file=${hit%%:*}
  target=$(sed -E 's/.*#include "([a-z]+)\/.*/\1/' <<<"$hit")
  from=${file%%/*}
  [[ -n ${layer[$from]+x} && -n ${layer[$target]+x} ]] || continue
  if (( ${layer[$target]} > ${layer[$from]} )); then
    echo "check-layers: $file (${names[${layer[$from]}]}) includes $target/ (${names[${layer[$target]}]}): ${hit#*:}"
    bad=1
  fi
done < <(grep -rnE '^#include "[a-z]+/' --include='*.h' --include='*.cpp' .  | sed 's#^\./##')
if (( bad )); then exit 1; fi
echo "check-layers: every include in models/ follows vocabulary <- import <- store <- engine <- report"

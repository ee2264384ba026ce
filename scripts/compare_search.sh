#!/usr/bin/env bash
# Compares `newsquote search --format json` of two builds byte for byte (exit code included)
# over a fixed list of queries times flag sets, on one index: a search change that must not
# change results. Usage: scripts/compare_search.sh OLD_BINARY NEW_BINARY INDEX_DIR
set -uo pipefail
old=$1; new=$2; idx=$3; n=0; diff=0
queries=("minister" "\"interest rates\"" "oil" "blair" "election OR war" "government -labour" "title:election" "\"prime minister\" tax" "said" "music" "chelsea" "brown budget" "speaker:blair" "person:blair economy" "")
flagsets=("" "--reported" "--passages" "--facets" "--facets --reported" "--histogram month" "--histogram year --per-article" "--sort date --offset 5" "--limit 50" "--speaker blair" "--country GB --full --attributed" "--country US --from 1987-03 --to 1987-03" "--from 2004 --to 2005-06 --facets" "--outlet bbc --context 1" "--offset 20 --limit 30 --reported --facets --histogram week")
for q in "${queries[@]}"; do
  for fl in "${flagsets[@]}"; do
    n=$((n+1))
    if [ -z "$q" ]; then args=(); else args=("$q"); fi
    a=$($old search "${args[@]}" $fl --index $idx --format json 2>&1; echo "rc=$?")
    b=$($new search "${args[@]}" $fl --index $idx --format json 2>&1; echo "rc=$?")
    if [ "$a" != "$b" ]; then diff=$((diff+1)); echo "DIFF: [$q] $fl"; fi
  done
done
echo "$n combinations, $diff differ"
[ "$diff" -eq 0 ]

#!/usr/bin/env bash
# Extraction speed: `newsquote extract` over all of PolNeAR (1,008 articles), five runs.
# Usage: scripts/bench_extract.sh [BINARY...]   (default: target/release/newsquote)
# Compare two builds by naming both binaries; the lowest user time of the five is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
data=target/eval/pn-all.jsonl
if [ ! -s "$data" ]; then
  for split in train dev test; do python3 ../shared/eval/polnear_gold.py "$split" "target/eval/pn-$split" >/dev/null; done
  cat target/eval/pn-{train,dev,test}/articles.jsonl > "$data"
fi
[ $# -gt 0 ] || set -- target/release/newsquote
for bin in "$@"; do
  best=""
  for _ in 1 2 3 4 5; do
    t=$( { /usr/bin/time -f "%e %U" "$bin" extract --quiet "$data" > /dev/null; } 2>&1 | tail -1)
    user=${t#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($user < ${best#* })}"; then best=$t; fi
  done
  echo "$bin: $(wc -l < "$data") articles, best of 5: ${best% *} s wall, ${best#* } s user"
done

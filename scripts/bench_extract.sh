#!/usr/bin/env bash
# Extraction speed: `newsquote extract` over all of PolNeAR (1,008 articles), five runs.
# Usage: scripts/bench_extract.sh [BINARY...]   (default: target/release/newsquote)
# Compare two builds by naming both binaries; the lowest user time of the five is printed, and
# the same for the first article alone (start-up: reading the lexicon, compiling patterns, which
# are built on first use), so the work of the other articles is the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
data=target/eval/pn-all.jsonl
if [ ! -s "$data" ]; then
  for split in train dev test; do python3 ../shared/eval/polnear_gold.py "$split" "target/eval/pn-$split" >/dev/null; done
  cat target/eval/pn-{train,dev,test}/articles.jsonl > "$data"
fi
first=target/eval/pn-first.jsonl
head -1 "$data" > "$first"
[ $# -gt 0 ] || set -- target/release/newsquote
best_of_5() {
  local best="" t user
  for _ in 1 2 3 4 5; do
    t=$( { /usr/bin/time -f "%e %U" "$1" extract --quiet "$2" > /dev/null; } 2>&1 | tail -1)
    user=${t#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($user < ${best#* })}"; then best=$t; fi
  done
  echo "$best"
}
for bin in "$@"; do
  all=$(best_of_5 "$bin" "$data")
  start=$(best_of_5 "$bin" "$first")
  per=$(awk "BEGIN{printf \"%.2f\", ${all#* } - ${start#* }}")
  echo "$bin: $(wc -l < "$data") articles, best of 5: ${all% *} s wall, ${all#* } s user; first article alone ${start#* } s user; the others $per s user"
done

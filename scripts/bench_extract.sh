#!/usr/bin/env bash
# Extraction speed: `newsquote extract` over all of PolNeAR (1,008 articles), five runs.
# Usage: scripts/bench_extract.sh [BINARY...]   (default: target/release/newsquote)
# Compare two builds by naming both binaries; the lowest user time of the five is printed, and
# the same for an empty input (start-up alone: reading the lexicon, compiling patterns), so the
# work per article is the difference.
set -euo pipefail
cd "$(dirname "$0")/.."
data=target/eval/pn-all.jsonl
if [ ! -s "$data" ]; then
  for split in train dev test; do python3 ../shared/eval/polnear_gold.py "$split" "target/eval/pn-$split" >/dev/null; done
  cat target/eval/pn-{train,dev,test}/articles.jsonl > "$data"
fi
empty=target/eval/empty.jsonl
: > "$empty"
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
  start=$(best_of_5 "$bin" "$empty")
  per=$(awk "BEGIN{printf \"%.2f\", ${all#* } - ${start#* }}")
  echo "$bin: $(wc -l < "$data") articles, best of 5: ${all% *} s wall, ${all#* } s user; empty input ${start#* } s user; articles alone $per s user"
done

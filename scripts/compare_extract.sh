#!/usr/bin/env bash
# Compares `newsquote extract --format jsonl` of two builds, byte for byte, on the real news
# the project is measured on: PolNeAR (train, dev, test), BBC, Reuters-21578 and corpus/.
# Usage: scripts/compare_extract.sh [--ignore FIELD]... [--drop FIELD]... OLD_BINARY NEW_BINARY
# `--ignore FIELD` leaves a quote field out of both sides (with jq), for comparing across a
# change that adds one (`--ignore rule`); `--drop FIELD` an article's field (`--drop reported`). Prints one line per corpus ("same" or "DIFFERENT" with the lines that differ) and exits
# 1 when any differs; the outputs stay in target/compare/ for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."
ignore=()
drop=()
while true; do
  case "${1:-}" in
    --ignore) ignore+=("$2"); shift 2 ;;
    --drop) drop+=("$2"); shift 2 ;;
    *) break ;;
  esac
done
[ $# -eq 2 ] || { echo "usage: $0 [--ignore FIELD]... [--drop FIELD]... OLD_BINARY NEW_BINARY" >&2; exit 2; }
filter=cat
dels=""
[ ${#ignore[@]} -gt 0 ] && dels+=$(printf 'del(.quotes[].%s) | ' "${ignore[@]}")
[ ${#drop[@]} -gt 0 ] && dels+=$(printf 'del(.%s) | ' "${drop[@]}")
[ -n "$dels" ] && filter="jq -c '${dels}.'"
shared=../shared
[ -d "$shared/data" ] || shared=/work/shared
for split in train dev test; do
  [ -s "target/eval/pn-$split/articles.jsonl" ] ||
    python3 "$shared/eval/polnear_gold.py" "$split" "target/eval/pn-$split" >/dev/null
done
out=target/compare
mkdir -p "$out"
status=0
while read -r name input; do
  for side in old new; do
    bin=$1; [ "$side" = new ] && bin=$2
    { "$bin" extract --quiet --format jsonl "$input" 2>/dev/null || true; } | eval "$filter" > "$out/$name.$side.jsonl"
  done
  if cmp -s "$out/$name.old.jsonl" "$out/$name.new.jsonl"; then
    echo "$name: same ($(wc -l < "$out/$name.new.jsonl") articles)"
  else
    status=1
    echo "$name: DIFFERENT ($(diff "$out/$name.old.jsonl" "$out/$name.new.jsonl" | grep -c '^>') lines)"
  fi
done <<LIST
pn-train target/eval/pn-train/articles.jsonl
pn-dev target/eval/pn-dev/articles.jsonl
pn-test target/eval/pn-test/articles.jsonl
bbc $shared/data/bbc
reuters $shared/data/reuters21578/articles.jsonl
corpus corpus
LIST
exit $status

#!/usr/bin/env bash
# Dense quotation (issue 11): `newsquote extract` over the articles of scripts/dense_quotes.py
# at each scale, three runs each; prints the median wall and user time per binary and file.
# Usage: scripts/bench_dense.sh [-s "1 2 4 8"] [BINARY...]   (default: target/release/newsquote)
# Times over LIMIT seconds (env, default 600) stop the larger scales for that binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scales="1 2 4 8"
if [ "${1:-}" = "-s" ]; then scales=$2; shift 2; fi
[ $# -gt 0 ] || set -- target/release/newsquote
limit=${LIMIT:-600}
dir=target/dense
for s in $scales; do
  [ -s "$dir/dense-lines-${s}x.txt" ] || python3 scripts/dense_quotes.py --out "$dir" --scale "$s" >/dev/null
done
median() { sort -n | sed -n 2p; }
for bin in "$@"; do
  for kind in paragraph lines; do
    for s in $scales; do
      f="$dir/dense-$kind-${s}x.txt"
      walls=(); users=()
      for _ in 1 2 3; do
        t=$( { /usr/bin/time -f "%e %U" "$bin" extract --format jsonl "$f" > /dev/null; } 2>&1 | tail -1)
        walls+=("${t% *}"); users+=("${t#* }")
      done
      w=$(printf '%s\n' "${walls[@]}" | median); u=$(printf '%s\n' "${users[@]}" | median)
      echo "$bin $kind ${s}x: median of 3: $w s wall, $u s user (walls ${walls[*]})"
      if awk "BEGIN{exit !($w > $limit)}"; then break; fi
    done
  done
done

#!/usr/bin/env bash
# Dense quotation (issue 11): extraction over the articles of scripts/dense_quotes.py at each
# scale, three runs each; prints the median wall and user time per binary and file. A binary
# is `newsquote` (timed as `extract --format jsonl FILE`, which indexes an article past the
# limits of issue 18 as passages without quotes, so the 1x articles and larger are not
# analysed by it) or the example `dense_extract` (extraction alone, without those limits:
# the default, built by `cargo build --release --example dense_extract`).
# Usage: scripts/bench_dense.sh [-s "1 2 4 8"] [BINARY...]   (default: target/release/examples/dense_extract)
# Times over LIMIT seconds (env, default 600) stop the larger scales for that binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scales="1 2 4 8"
if [ "${1:-}" = "-s" ]; then scales=$2; shift 2; fi
[ $# -gt 0 ] || set -- target/release/examples/dense_extract
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
        case "$bin" in
          *dense_extract*) run=("$bin" "$f") ;;
          *) run=("$bin" extract --format jsonl "$f") ;;
        esac
        t=$( { /usr/bin/time -f "%e %U" "${run[@]}" > /dev/null; } 2>&1 | tail -1)
        walls+=("${t% *}"); users+=("${t#* }")
      done
      w=$(printf '%s\n' "${walls[@]}" | median); u=$(printf '%s\n' "${users[@]}" | median)
      echo "$bin $kind ${s}x: median of 3: $w s wall, $u s user (walls ${walls[*]})"
      if awk "BEGIN{exit !($w > $limit)}"; then break; fi
    done
  done
done

#!/usr/bin/env bash
# Load benchmark of `newsquote serve`: wrk on loopback against /api/search, a mix of ten
# searches (terms, a phrase, speaker, country and date filters, facets, passages), bounded
# in time, while the server's resident memory is sampled every second.
#
# Usage: scripts/bench_serve.sh [SECONDS] [CONNECTIONS]     (defaults: 30 s, 16 connections)
# Needs: wrk (apt-get install wrk), the release binary (built here), ../shared/data.
# The corpus (2 copies of ../shared/data, ~67 MB JSON Lines) and its index are made once
# under target/bench-serve/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-16}
work=target/bench-serve
bin=target/release/newsquote
mkdir -p "$work"
command -v wrk >/dev/null || { echo "bench_serve: needs wrk (apt-get install wrk)" >&2; exit 2; }
cargo build --release --quiet
if [ ! -s "$work/corpus.jsonl" ]; then
    python3 scripts/bench_corpus.py "$work/corpus.jsonl" --passages 284514
fi
if [ ! -d "$work/index" ]; then
    "$bin" ingest --quiet "$work/corpus.jsonl" --index "$work/index" || [ $? -eq 2 ]
fi
"$bin" stats --index "$work/index"

"$bin" serve --index "$work/index" --addr 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
trap 'kill -INT $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/serve.out")
url=${url%/}

# Each search once, to check it answers 200 and to warm the page cache.
while read -r path; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
    [ "$code" = 200 ] || { echo "bench_serve: $path answered $code" >&2; exit 1; }
done < scripts/bench_serve_paths.txt

rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
echo "server RSS before: $(rss) kB"
( for _ in $(seq "$seconds"); do sleep 1; echo "$(rss)"; done ) > "$work/rss.txt" &
sampler=$!
PATHS_FILE=scripts/bench_serve_paths.txt wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency \
    -s scripts/bench_serve.lua "$url" | tee "$work/wrk.txt"
wait $sampler
echo "server RSS each second (kB): $(tr '\n' ' ' < "$work/rss.txt")"
echo "server RSS after: $(rss) kB, first sample $(head -1 "$work/rss.txt") kB, max $(sort -n "$work/rss.txt" | tail -1) kB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env python3
"""Ingest and search benchmark: newsquote against a bare tantivy indexer on the same corpus.

Usage: scripts/bench_ingest.py [--passages N] [--runs R] [--queries Q]

1. Writes target/bench/corpus-N.jsonl with scripts/bench_corpus.py (../shared/data
   replicated to at least N passages; default 1,000,000) unless it is there.
2. Builds the release binary and the examples `bare_index` and `query_latency`.
3. R times (default 3), alternately: the bare indexer (examples/bare_index.rs: one document
   per paragraph with the article's fields, same writer budget and threads, no extraction),
   then `newsquote ingest` into a fresh index; wall time and peak RSS by /usr/bin/time.
4. In-process query latency (examples/query_latency.rs, 200 rounds per query), the whole
   process time of `newsquote search` for the same queries (Q runs each, default 20), and
   `rg -F` over the raw corpus for the same words (ripgrep: `apt-get install ripgrep`).
Prints a Markdown table of medians; BENCHMARKS.md keeps the figures.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "target", "bench")
BIN = os.path.join(ROOT, "target", "release", "newsquote")
EXAMPLES = os.path.join(ROOT, "target", "release", "examples")

# The CLI form of examples/query_latency.rs's queries, and the words rg looks for.
SEARCHES = [
    ("term: minister", ["minister"], "minister"),
    ('phrase: "interest rates"', ['"interest rates"'], "interest rates"),
    ("speaker: blair", ["--speaker", "blair"], None),
    ("country US, 1987-03", ["--country", "US", "--from", "1987-03", "--to", "1987-03"], None),
    ("facets: oil", ["oil", "--facets"], "oil"),
]


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time: (seconds, peak RSS in MB, stdout)."""
    report = os.path.join(BENCH, "time.txt")
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report] + cmd, stdout=subprocess.PIPE, check=False)
    if out.returncode not in (0, 2):
        sys.exit(f"{cmd[0]} exited {out.returncode}")
    seconds, kb = open(report).read().split()[-2:]
    return float(seconds), int(kb) / 1024, out.stdout


def size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def median(xs):
    return statistics.median(xs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()
    os.makedirs(BENCH, exist_ok=True)
    corpus = os.path.join(BENCH, f"corpus-{args.passages}.jsonl")
    if not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_corpus.py"), corpus,
                        "--passages", str(args.passages)], check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "newsquote", "--example", "bare_index",
                    "--example", "query_latency"], cwd=ROOT, check=True)
    input_mb = os.path.getsize(corpus) / 1e6
    bare_dir, ours_dir = os.path.join(BENCH, "bare"), os.path.join(BENCH, "idx")
    bare, ours = [], []
    for run in range(args.runs):
        shutil.rmtree(bare_dir, ignore_errors=True)
        seconds, rss, out = timed([os.path.join(EXAMPLES, "bare_index"), corpus, bare_dir])
        bare.append((seconds, rss, json.loads(out)))
        shutil.rmtree(ours_dir, ignore_errors=True)
        seconds, rss, out = timed([BIN, "ingest", "--quiet", "--format", "json", "--index", ours_dir, corpus])
        ours.append((seconds, rss, json.loads(out)))
        print(f"run {run + 1}: bare {bare[-1][0]:.1f} s, newsquote {ours[-1][0]:.1f} s", file=sys.stderr)
    summary = ours[-1][2]
    bare_s, ours_s = median([b[0] for b in bare]), median([o[0] for o in ours])
    articles = summary["articles"] + summary["duplicates"] + summary["unchanged"]
    rows = [
        ("corpus", f"../shared/data replicated ({articles:,} articles, {summary['passages']:,} passages, "
                   f"{summary['quotes']:,} quotes, {input_mb:.0f} MB JSON Lines)"),
        ("ingest time, newsquote / bare", f"{ours_s:.1f} s / {bare_s:.1f} s"),
        ("ingest MB/s, newsquote / bare", f"{input_mb / ours_s:.1f} / {input_mb / bare_s:.1f}"),
        ("ingest articles/s, newsquote / bare", f"{articles / ours_s:,.0f} / {articles / bare_s:,.0f}"),
        ("throughput ratio (target >= 0.5)", f"{bare_s / ours_s:.2f}"),
        ("peak RSS, newsquote / bare (target <= 500 MB)",
         f"{median([o[1] for o in ours]):.0f} MB / {median([b[1] for b in bare]):.0f} MB"),
        ("index size / input (target <= 1.0)",
         f"{size(ours_dir) / 1e6:.0f} MB / {input_mb:.0f} MB = {size(ours_dir) / 1e6 / input_mb:.2f} "
         f"(bare {size(bare_dir) / 1e6 / input_mb:.2f})"),
    ]
    latency = subprocess.run([os.path.join(EXAMPLES, "query_latency"), ours_dir, "200"], stdout=subprocess.PIPE,
                             check=True).stdout.decode().splitlines()
    in_process = {q["query"]: q for q in map(json.loads, latency)}
    for name, cli, words in SEARCHES:
        q = in_process[name]
        process = []
        for _ in range(args.queries):
            started = time.perf_counter()
            subprocess.run([BIN, "search", "--index", ours_dir] + cli, stdout=subprocess.DEVNULL, check=False)
            process.append((time.perf_counter() - started) * 1e3)
        cell = (f"{q['hits']:,} hits; in-process p50 {q['p50_ms']:.1f} ms, p99 {q['p99_ms']:.1f} ms; "
                f"`newsquote search` p50 {median(process):.0f} ms")
        if words and shutil.which("rg"):
            rg = []
            for _ in range(5):
                started = time.perf_counter()
                subprocess.run(["rg", "-F", "-c", words, corpus], stdout=subprocess.DEVNULL, check=False)
                rg.append((time.perf_counter() - started) * 1e3)
            cell += f"; `rg -F` {median(rg):.0f} ms ({median(rg) / max(q['p50_ms'], 0.01):.0f}x in-process p50)"
        rows.append((f"search {name}", cell))
    print(f"Runs: {args.runs} (medians), {os.cpu_count()} cores\n")
    print("| measure | value |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()

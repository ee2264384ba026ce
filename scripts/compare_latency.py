#!/usr/bin/env python3
"""Search latency of two builds side by side on one index: wall-clock figures drift with
whatever else runs on the machine, so only builds measured alternately can be compared.

Each round runs the old build's `query_latency` example (in-process p50/p99 per query),
then the new one's, then a few whole `newsquote search` processes of each build per query,
alternately; the load average is printed with every round. Prints one Markdown table per
measure, each cell the rounds' figures in order.

    python3 scripts/compare_latency.py OLD_QUERY_LATENCY OLD_NEWSQUOTE \\
        NEW_QUERY_LATENCY NEW_NEWSQUOTE INDEX [--rounds 3] [--in-process 200] [--processes 20]
"""

import argparse
import json
import os
import statistics
import subprocess
import time

# The whole-process searches: the in-process example's queries, as `newsquote search` flags.
SEARCHES = [
    ("term: minister", ["minister"]),
    ("phrase: \"interest rates\"", ["\"interest rates\""]),
    ("speaker: blair", ["--speaker", "blair"]),
    ("country US, 1987-03", ["--country", "US", "--from", "1987-03", "--to", "1987-03"]),
    ("facets: oil", ["oil", "--facets"]),
]


def in_process(example, index, rounds):
    """p50/p99 ms per query name, from the query_latency example."""
    out = subprocess.run([example, index, str(rounds)], stdout=subprocess.PIPE, check=True).stdout
    return {q["query"]: (q["p50_ms"], q["p99_ms"]) for q in map(json.loads, out.decode().splitlines())}


def one_process(binary, index, flags):
    """Wall-clock ms of one `newsquote search` process."""
    started = time.perf_counter()
    subprocess.run([binary, "search", "--index", index] + flags, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return (time.perf_counter() - started) * 1e3


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ["old_example", "old_binary", "new_example", "new_binary", "index"]:
        parser.add_argument(name)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--in-process", type=int, default=200, help="searches per query in-process")
    parser.add_argument("--processes", type=int, default=20, help="whole processes per query and build")
    args = parser.parse_args()
    builds = {"old": (args.old_example, args.old_binary), "new": (args.new_example, args.new_binary)}
    cells = {(measure, build, name): [] for measure in ["in", "process"] for build in builds for name, _ in SEARCHES}
    for round_ in range(args.rounds):
        print(f"round {round_ + 1}: load average {os.getloadavg()[0]:.1f}", flush=True)
        for build, (example, _) in builds.items():
            for name, (p50, p99) in in_process(example, args.index, args.in_process).items():
                cells[("in", build, name)].append(f"{p50:.2f}/{p99:.2f}")
        for name, flags in SEARCHES:
            times = {build: [] for build in builds}
            for _ in range(args.processes):
                for build, (_, binary) in builds.items():
                    times[build].append(one_process(binary, args.index, flags))
            for build in builds:
                cells[("process", build, name)].append(f"{statistics.median(times[build]):.1f}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}\n")
    titles = {"in": "in-process p50/p99 ms", "process": "`newsquote search` p50 ms"}
    for measure, title in titles.items():
        print(f"| query ({title}) | old | new |\n|---|---|---|")
        for name, _ in SEARCHES:
            old, new = (", ".join(cells[(measure, b, name)]) for b in builds)
            print(f"| {name} | {old} | {new} |")
        print()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the ingest benchmark's corpus: ../shared/data (PolNeAR, BBC, Reuters-21578)
replicated into one JSON Lines file until it holds at least the passages asked for.

Each copy gets fresh ids, its own title and its own first line ("(copy 3) ..."), so no copy
is an exact duplicate and every article is indexed. The text is replicated: its vocabulary
does not grow with the copies as a real archive's would (the term dictionaries stay small).

Usage: scripts/bench_corpus.py OUT.jsonl [--passages N] [--data DIR]
A copy of the data holds about 142,000 passages (as `newsquote ingest` counts them), so the
default of 1,000,000 passages writes 8 copies (about 250 MB).
"""

import argparse
import json
import math
import pathlib
import sys

PASSAGES_PER_COPY = 142_257  # `newsquote stats` after ingesting ../shared/data once


def read_text(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def text_articles(folder, outlet_from_name):
    for path in sorted(folder.rglob("*.txt")):
        if path.name.upper().startswith("README"):
            continue
        text = read_text(path).strip()
        title, _, body = text.partition("\n")
        article = {"id": str(path.relative_to(folder.parent)), "title": title.strip(), "body": body.strip()}
        if outlet_from_name:
            parts = path.stem.split("_")
            if len(parts) >= 2:
                article["source"], article["date"] = parts[0], parts[1]
        yield article


def articles(data):
    yield from text_articles(data / "polnear", outlet_from_name=True)
    yield from text_articles(data / "bbc", outlet_from_name=False)
    with open(data / "reuters21578" / "articles.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("body") or record.get("title"):
                yield record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--data", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared" / "data"))
    args = parser.parse_args()
    copies = max(1, math.ceil(args.passages / PASSAGES_PER_COPY))
    data = pathlib.Path(args.data)
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for a in articles(data):
                a = dict(a)
                a["id"] = f"copy{copy}/{a.get('id')}"
                a["title"] = f"{a.get('title') or ''} (copy {copy})"
                a["body"] = f"(copy {copy}) {a.get('body') or ''}"
                out.write(json.dumps(a, ensure_ascii=False) + "\n")
                written += 1
    size = pathlib.Path(args.out).stat().st_size
    print(f"{args.out}: {copies} copies, {written} articles, {size / 1e6:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Recall and precision of newsquote's country tags against Reuters-21578 PLACES.

Usage:
  scripts/reuters_places.py [--bin target/release/newsquote]
                            [--data ../shared/data/reuters21578/articles.jsonl]
                            [--sample 2000] [--skip 0] [--missed 25] [--show ISO] [--json]

The sample is deterministic: the first N stories, in the order of their numeric Reuters id
(NEWID), whose `extra.places` is non-empty and whose body is not empty. They are written to a
temporary JSONL file, run through `newsquote extract --format jsonl`, and each story's country
codes are compared with its gold places mapped to ISO codes by `reuters_places.tsv` (beside
this script; codes mapped to "-" are dropped from the gold). Implied countries (a city, a
dateline, a metonym) count like named ones, as they do in score.py.

recall    = gold places found / gold places      (per story, summed)
precision = predicted countries in the gold / predicted countries

Reuters gold is the desk's index, not an annotation of the text: a story may carry a place the
text never names (a US company's story tagged `usa`), so recall has a ceiling below 1.

Measured (2026-11, branch places, debug build; the figures do not depend on the build):
  python3 scripts/reuters_places.py --bin target/debug/newsquote
    recall 0.987 (2472/2505), precision 0.773   (before the dateline reader: 0.773, 0.728)
  python3 scripts/reuters_places.py --bin target/debug/newsquote --skip 2000 --sample 16000
    recall 0.991 (19168/19348), precision 0.737 (the rest of the collection, held out)
A few dateline-only cities in places.tsv (Dallas, Greenwich) were chosen by looking at the
collection's datelines, so the first figure is slightly optimistic. Most "spurious" countries
are named in the text but not in the desk's index (a Eurobond "listed in Luxembourg"), and
"Moscow" in 1987 is tagged RU where the gold has ussr (SU).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def load_map(path):
    """Reuters code -> ISO code (None for codes left out of the metric)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("reuters\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                sys.exit(f"{path}:{n}: expected 'reuters<TAB>iso'")
            out[cols[0]] = None if cols[1] == "-" else cols[1]
    return out


def numeric_id(record):
    tail = str(record.get("id", "")).rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else sys.maxsize


def sample(data, size, skip=0):
    stories = []
    with open(data, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if (r.get("extra") or {}).get("places") and (r.get("body") or "").strip():
                stories.append(r)
    stories.sort(key=numeric_id)
    return stories[skip:skip + size]


def extract(binary, stories):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "reuters-sample.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for r in stories:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        run = subprocess.run([binary, "extract", "--format", "jsonl", "--quiet", path],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"{binary} failed ({run.returncode}):\n{run.stderr}")
    out = {}
    for line in run.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = {c["code"] if isinstance(c, dict) else c for c in rec.get("countries") or []}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/newsquote")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data", "reuters21578", "articles.jsonl"))
    ap.add_argument("--map", default=os.path.join(HERE, "reuters_places.tsv"))
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--skip", type=int, default=0, help="skip this many stories first (a held-out check)")
    ap.add_argument("--missed", type=int, default=25, help="how many most-missed codes to list")
    ap.add_argument("--show", metavar="ISO", help="print the opening of stories where ISO was missed")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    codes = load_map(a.map)
    stories = sample(a.data, a.sample, a.skip)
    pred = extract(a.bin, stories)
    gold_n = tp = pred_n = pred_ok = 0
    missed, spurious, unknown = Counter(), Counter(), Counter()
    for r in stories:
        gold = set()
        for place in r["extra"]["places"]:
            if place not in codes:
                unknown[place] += 1
            elif codes[place]:
                gold.add(codes[place])
        got = pred.get(r["id"], set())
        gold_n += len(gold)
        tp += len(gold & got)
        pred_n += len(got)
        pred_ok += len(got & gold)
        missed.update(gold - got)
        if a.show and a.show in gold - got:
            print(f"--- {r['id']} {sorted(gold)} got {sorted(got)}\n{r['body'][:400]}")
        spurious.update(got - gold)
    recall = tp / gold_n if gold_n else 0.0
    precision = pred_ok / pred_n if pred_n else 0.0
    if a.json:
        print(json.dumps({"stories": len(stories), "gold": gold_n, "found": tp, "recall": recall,
                          "predicted": pred_n, "precision": precision,
                          "missed": missed.most_common(a.missed)}, indent=2))
    else:
        print(f"stories     {len(stories)} (first by Reuters id with places; {len(pred)} with output)")
        print(f"recall      {recall:.3f} ({tp}/{gold_n})")
        print(f"precision   {precision:.3f} ({pred_ok}/{pred_n})")
        print("most missed: " + ", ".join(f"{c} {n}" for c, n in missed.most_common(a.missed)))
        print("most spurious: " + ", ".join(f"{c} {n}" for c, n in spurious.most_common(a.missed)))
    if unknown:
        print("codes missing from the map: " + ", ".join(sorted(unknown)), file=sys.stderr)


if __name__ == "__main__":
    main()

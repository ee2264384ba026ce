#!/usr/bin/env python3
"""Pick blind annotation sets from ../shared/data for attribution scoring by canonical name.

Usage: scripts/eval_sets/select.py OUT_DIR [SET ...]

Writes OUT_DIR/setA to setZ and setAA to setTT (or only the SETs named, e.g. setM setN), each with articles/NAME.txt (BBC: 4 stories of each of the
five sections) or NAME.json (Reuters: 10 stories), all with at least three quotations and
under 5,000 characters, chosen with a fixed seed; then OUT_DIR/setX/names.txt. Sets A-H are
consecutive slices of the shuffled lists (G and H share one story told twice in BBC); from set I
on, a story whose text is already in an earlier set is passed over. Annotators
follow PROMPT.md beside this script and write setX/gold/NAME.json, which
../shared/eval/score.py reads:

  newsquote extract --format jsonl OUT_DIR/setC/articles > setC.jsonl
  python3 ../shared/eval/score.py --gold OUT_DIR/setC/gold --pred setC.jsonl

The annotations of the sets kept in the repository (scripts/eval_sets/gold/, places instead
of the articles' words) are put back beside the articles by gold.py:

  scripts/eval_sets/select.py OUT_DIR setK setL setM setN
  scripts/eval_sets/gold.py unpack OUT_DIR setK setL setM setN
"""
import json
import os
import random
import re
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")
out = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
SETS = ["setA", "setB", "setC", "setD", "setE", "setF", "setG", "setH", "setI", "setJ", "setK", "setL", "setM", "setN", "setO", "setP", "setQ", "setR", "setS", "setT", "setU", "setV", "setW", "setX", "setY", "setZ", "setAA", "setBB", "setCC", "setDD", "setEE", "setFF", "setGG", "setHH", "setII", "setJJ", "setKK", "setLL", "setMM", "setNN", "setOO", "setPP", "setQQ", "setRR", "setSS", "setTT"]
SLICED = 8  # sets A-H: plain slices, kept as first made
wanted = sys.argv[2:] or SETS
for name in wanted:
    if name not in SETS:
        sys.exit(f"select.py: unknown set {name!r}; the sets are {', '.join(SETS)}")
rng = random.Random(20261129)


def quotations(text):
    return len(re.findall(r'"[^"\n]{8,}"', text)) + len(re.findall(r"\u201c[^\u201d]{8,}\u201d", text))


bbc = {}
for section in sorted(os.listdir(f"{DATA}/bbc")):
    folder = f"{DATA}/bbc/{section}"
    if not os.path.isdir(folder):
        continue
    files = []
    for name in sorted(os.listdir(folder)):
        text = open(f"{folder}/{name}", "rb").read().decode("utf-8", "replace")
        if quotations(text) >= 3 and len(text) < 5000:
            files.append(name)
    rng.shuffle(files)
    bbc[section] = files
reuters = []
for line in open(f"{DATA}/reuters21578/articles.jsonl", encoding="utf-8"):
    record = json.loads(line)
    body = record.get("body") or ""
    if quotations(body) >= 3 and len(body) < 5000:
        reuters.append(record)
rng.shuffle(reuters)
def same_text(text):
    """A story's key: its opening words (BBC holds stories twice, the second copy edited later)."""
    return " ".join(text.split())[:200]


def pick(items, k, size, text_of, seen):
    """Set k's items: a plain slice for the first SLICED sets, else the next items after them
    whose text no earlier set holds."""
    if k < SLICED:
        chosen = items[k * size:(k + 1) * size]
    else:
        chosen = []
        for item in items[SLICED * size:]:
            if len(chosen) == size:
                break
            if same_text(text_of(item)) not in seen:
                chosen.append(item)
                seen.add(same_text(text_of(item)))
    for item in chosen:
        seen.add(same_text(text_of(item)))
    return chosen


def bbc_text(section):
    return lambda f: open(f"{DATA}/bbc/{section}/{f}", "rb").read().decode("utf-8", "replace")


seen = set()
for k, name in enumerate(SETS):
    picked_bbc = {section: pick(files, k, 4, bbc_text(section), seen) for section, files in bbc.items()}
    picked_reuters = pick(reuters, k, 10, lambda r: r.get("body") or "", seen)
    if name not in wanted:
        continue
    folder = os.path.join(out, name)
    os.makedirs(f"{folder}/articles", exist_ok=True)
    os.makedirs(f"{folder}/gold", exist_ok=True)
    names = []
    for section, files in picked_bbc.items():
        for f in files:
            stem = f"bbc-{section}-{f[:-4]}"
            open(f"{folder}/articles/{stem}.txt", "wb").write(open(f"{DATA}/bbc/{section}/{f}", "rb").read())
            names.append(stem)
    for record in picked_reuters:
        stem = "reuters-" + record["id"].split("/")[-1]
        with open(f"{folder}/articles/{stem}.json", "w", encoding="utf-8") as fh:
            json.dump(dict(record, id=stem), fh, ensure_ascii=False)
        names.append(stem)
    with open(f"{folder}/names.txt", "w") as fh:
        fh.write("\n".join(names) + "\n")

#!/usr/bin/env python3
"""Share of gold quotes found first when the speaker is typed exactly as the gold writes it.

Usage: speaker_recall.py [--split dev] [--dir DIR] [--bin PATH] [-v]

Like search_recall.py (same gold, same index, same four words of each quote, same test of a
hit), but --speaker is the gold's source as written, titles, honorifics, capitals,
appositions and all ("Sen. Claire McCaskill (D-Mo.)", "Mr. Obama", "PENCE", "Don Fowler, a
former party chairman"): what a reader who copies a name from the article types. The cases
are search_recall.py's named full quotes (a source with a capitalised word but its first
determiner), so the two shares are over the same quotes. Prints the share for PolNeAR SPLIT
and the sample together, then each apart; -v lists misses.

Build the binary first: cargo build --release.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import search_recall as sr  # noqa: E402


def cases(gold_dir):
    for name in sorted(os.listdir(gold_dir)):
        gold = sr.json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        for q in gold["quotes"]:
            if q.get("fragment") or not q.get("speaker") or not sr.name_word(q["speaker"]):
                continue
            yield gold["file"], q["text"], q["speaker"].strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--dir", help="where gold and index go (default: a temporary folder)")
    ap.add_argument("--bin", default=os.path.join(sr.ROOT, "target", "release", "newsquote"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    tmp = None if a.dir else tempfile.TemporaryDirectory()
    out = a.dir or tmp.name
    subprocess.run([sys.executable, os.path.join(sr.SHARED, "eval", "polnear_gold.py"), a.split, out],
                   check=True, stdout=subprocess.DEVNULL)
    index = os.path.join(out, "index")
    subprocess.run([a.bin, "ingest", "--quiet", "--rebuild", "--index", index,
                    os.path.join(out, "articles.jsonl"), os.path.join(sr.ROOT, "corpus")], check=True)
    sets = [(a.split, os.path.join(out, "gold")), ("sample", os.path.join(sr.SHARED, "eval", "gold"))]
    total, found_all = 0, 0
    lines = []
    for label, gold_dir in sets:
        todo = list(cases(gold_dir))
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda c: sr.run_case(a.bin, index, c), todo))
        found = sum(ok for ok, _, _ in results)
        if a.verbose:
            for (file, text, speaker), (ok, words, got) in zip(todo, results):
                if not ok:
                    print(f"MISS {file}: {' '.join(words)} --speaker {speaker!r}\n  gold: {text}\n  got:  {got}\n")
        total, found_all = total + len(todo), found_all + found
        share = found / len(todo) if todo else 0.0
        lines.append(f"  {label}: {found}/{len(todo)} = {share:.3f}")
    share = found_all / total if total else 0.0
    print(f"search recall@1 ({a.split} + sample, --speaker as the gold writes it): {found_all}/{total} = {share:.3f}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

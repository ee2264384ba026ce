#!/usr/bin/env python3
"""Share of gold quotes that a short search puts first.

Usage: search_recall.py [--split dev] [--dir DIR] [--bin PATH] [-v]

Builds PolNeAR gold for SPLIT with ../shared/eval/polnear_gold.py into DIR (a temporary
folder by default), ingests DIR/articles.jsonl and the sample article (corpus/) into a
fresh index with the release binary, then, for each full (non-fragment) gold quote with a
named speaker in PolNeAR and in the sample's gold, runs

    newsquote search "<four content words of the quote>" --speaker <WORD> --limit 1 --format json

The four words are the quote's four longest distinct words that are not stop words (ties:
the earlier word), in the quote's order. A search succeeds when its first hit overlaps the
gold quote: at least half of the hit's words, or half of the gold quote's, are shared (as
bags of folded words, the way score.py compares quotes). Prints the share; -v lists misses.

PolNeAR writes speakers as in the text, appositions included ("Sen. Claire McCaskill
(D-Mo.)", "Don Fowler, a former party chairman"), so WORD is the last word of the speaker's
*name*: the source is cut at its first comma, parenthesis, dash, " of " or " who ", and the
last capitalised word before the cut is taken ("McCaskill", "Fowler"; "Trump's" -> "trump").
A source with no capitalised word but its first ("the committee", "a statement") is not a
named speaker and is left out. The share with the literal last word of the source ("mo",
"chairman") is printed too, for comparison.

Build the binary first: cargo build --release.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402

STOP = set("""a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say going get got one two let lot""".split())


def query_words(text):
    """Four content words of `text`, chosen deterministically, in text order."""
    words = score.words(text)
    seen, order = set(), []
    for i, w in enumerate(words):
        if w not in seen:
            seen.add(w)
            order.append((i, w))
    content = [(i, w) for i, w in order if w not in STOP and len(w) > 2]
    others = [(i, w) for i, w in order if (i, w) not in content]
    pick = sorted(content, key=lambda p: (-len(p[1]), p[0]))[:4]
    if len(pick) < 4:
        pick += sorted(others, key=lambda p: (-len(p[1]), p[0]))[: 4 - len(pick)]
    return [w for _, w in sorted(pick)]


def overlaps(hit, gold):
    h, g = score.words(hit), score.words(gold)
    if not h or not g:
        return False
    shared = score.bag_overlap(h, g)
    return shared >= 0.5 * len(h) or shared >= 0.5 * len(g)


DETERMINERS = {"the", "a", "an"}
CUTS = re.compile(r",|\(|\s[-\u2013\u2014]\s|\sof\s|\swho\s")


def name_word(source):
    """The last word of the speaker's name in a source as written, or None if unnamed."""
    head = CUTS.split(source, maxsplit=1)[0]
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", head)
    named = [w for i, w in enumerate(words)
             if w[0].isupper() and not (i == 0 and w.lower() in DETERMINERS)]
    if not named:
        return None
    folded = score.words(re.sub(r"['\u2019]s$", "", named[-1]))
    return folded[-1] if folded else None


def cases(gold_dirs, literal):
    for d in gold_dirs:
        for name in sorted(os.listdir(d)):
            gold = json.load(open(os.path.join(d, name), encoding="utf-8"))
            for q in gold["quotes"]:
                if q.get("fragment") or not q.get("speaker"):
                    continue
                words = score.words(q["speaker"])
                word = (words[-1] if words else None) if literal else name_word(q["speaker"])
                if word:
                    yield gold["file"], q["text"], word


def run_case(binary, index, case):
    _, text, speaker = case
    words = query_words(text)
    out = subprocess.run([binary, "search", " ".join(words), "--speaker", speaker, "--limit", "1",
                          "--format", "json", "--index", index], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        return False, words, "error: " + out.stderr.strip()
    hits = json.loads(out.stdout)["hits"]
    if not hits:
        return False, words, "no hit"
    first = hits[0]["quote"] or ""
    return overlaps(first, text), words, first


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--dir", help="where gold and index go (default: a temporary folder)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsquote"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    tmp = None if a.dir else tempfile.TemporaryDirectory()
    out = a.dir or tmp.name
    subprocess.run([sys.executable, os.path.join(SHARED, "eval", "polnear_gold.py"), a.split, out],
                   check=True, stdout=subprocess.DEVNULL)
    index = os.path.join(out, "index")
    subprocess.run([a.bin, "ingest", "--quiet", "--rebuild", "--index", index,
                    os.path.join(out, "articles.jsonl"), os.path.join(ROOT, "corpus")], check=True)
    gold_dirs = [os.path.join(out, "gold"), os.path.join(SHARED, "eval", "gold")]
    for literal in (False, True):
        todo = list(cases(gold_dirs, literal))
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda c: run_case(a.bin, index, c), todo))
        found = sum(ok for ok, _, _ in results)
        if a.verbose and not literal:
            for (file, text, speaker), (ok, words, got) in zip(todo, results):
                if not ok:
                    print(f"MISS {file}: {' '.join(words)} --speaker {speaker}\n  gold: {text}\n  got:  {got}\n")
        share = found / len(todo) if todo else 0.0
        how = "literal last word of the source" if literal else "last word of the speaker's name"
        print(f"search recall@1 ({a.split} + sample, --speaker = {how}): {found}/{len(todo)} = {share:.3f}")


if __name__ == "__main__":
    main()

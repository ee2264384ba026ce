#!/usr/bin/env python3
"""List quotes whose speaker disagrees with a gold set, with the paragraph around them.

Usage: attribution_errors.py GOLD_DIR ARTICLES.jsonl PRED.jsonl [--limit N] [--kind wrong|none|all]
                             [--rule RULE] [--by-rule]

A development aid for tuning attribution on PolNeAR train/dev (never test): for each gold
full quote that was found but given the wrong speaker (or none), prints the gold speaker,
ours, the cue and mention we used, the attribution passes that decided it (`rule`), and the
paragraph that holds the quote. `--rule RULE` lists only the errors of one rule (the pass
before any `+`); `--by-rule` prints instead a table of the found quotes by rule: how many,
how many right, wrong and without a speaker.
"""
import argparse, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("gold"); ap.add_argument("articles"); ap.add_argument("pred")
ap.add_argument("--limit", type=int, default=40)
ap.add_argument("--kind", default="all", choices=["wrong", "none", "all"])
ap.add_argument("--rule", help="only the errors of this rule (the pass before any '+')")
ap.add_argument("--by-rule", action="store_true", help="a table of right and wrong by rule")
a = ap.parse_args()
tally = {}  # rule -> [found, right, wrong, none]


def base(rule):
    return (rule or "(none)").split("+")[0]


def print_tally():
    rows = sorted(tally.items(), key=lambda kv: -kv[1][0])
    total = [sum(v[i] for v in tally.values()) for i in range(4)]
    print("| rule | quotes | right | wrong speaker | no speaker | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for rule, (n, right, wrong, none) in rows + [("all", total)]:
        print(f"| {rule} | {n} | {right} | {wrong} | {none} | {(wrong + none) / n:.1%} |")


bodies = {}
for line in open(a.articles, encoding="utf-8"):
    o = json.loads(line); bodies[score.stem(o["id"])] = o["body"]
preds = score.load_pred(a.pred)
shown = 0
for name in sorted(os.listdir(a.gold)):
    gold = json.load(open(os.path.join(a.gold, name), encoding="utf-8"))
    pred = preds.get(score.stem(gold["file"]), {})
    pq = [dict(q, w=score.words(q.get("text", ""))) for q in pred.get("quotes", [])]
    body = bodies.get(score.stem(gold["file"]), "")
    for g in gold["quotes"]:
        if g.get("fragment") or not g.get("speaker"):
            continue
        gw = score.words(g["text"])
        mine = [p for p in pq if p["w"] and score.bag_overlap(p["w"], gw) / len(p["w"]) >= 0.5]
        if not mine:
            continue
        main = max(mine, key=lambda p: score.bag_overlap(p["w"], gw))
        right = score.same_speaker(main.get("speaker"), g, True)
        row = tally.setdefault(base(main.get("rule")), [0, 0, 0, 0])
        row[0] += 1
        row[1 if right else 2 if main.get("speaker") else 3] += 1
        if right or a.by_rule:
            continue
        if a.rule and base(main.get("rule")) != a.rule: continue
        if a.kind == "none" and main.get("speaker"): continue
        if a.kind == "wrong" and not main.get("speaker"): continue
        paras = [p for p in body.split("\n") if p.strip()]
        at = next((i for i, p in enumerate(paras) if g["text"][:30] in p), None)
        para = paras[at] if at is not None else ""
        before = paras[at - 1] if at else ""
        print(f"## {gold['file']}\n   gold={g['speaker']!r} ours={main.get('speaker')!r} cue={main.get('cue')!r} mention={main.get('speaker_mention')!r} rule={main.get('rule')!r}")
        print("   before: " + re.sub(r"\s+", " ", before)[-300:])
        print("   " + re.sub(r"\s+", " ", para)[:500] + "\n")
        shown += 1
        if shown >= a.limit:
            sys.exit(0)
if a.by_rule:
    print_tally()

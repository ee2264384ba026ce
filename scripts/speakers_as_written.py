#!/usr/bin/env python3
"""Rewrite `newsquote extract --format jsonl` output with each quotation's speaker as written.

Usage: scripts/speakers_as_written.py PRED.jsonl OUT.jsonl

PolNeAR's gold keeps sources as the text writes them ("the Florida senator"), where newsquote
names the person the article gives that role (issue 16). Scoring OUT.jsonl with
../shared/eval/score.py shows what that convention costs: every speaker whose mention is a
name or a description (not a pronoun, nor a quotation carried on from the one before) is
replaced by its `speaker_mention`.
"""
import json
import sys

PRONOUNS = {"he", "she", "they", "it", "i", "we", "(continued)", ""}

if len(sys.argv) != 3:
    sys.exit(__doc__)
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        article = json.loads(line)
        for quote in article.get("quotes", []):
            mention = quote.get("speaker_mention") or ""
            if quote.get("speaker") and mention.lower() not in PRONOUNS:
                quote["speaker"] = mention
        out.write(json.dumps(article, ensure_ascii=False) + "\n")

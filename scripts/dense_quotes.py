#!/usr/bin/env python3
"""Dense-quotation articles for issue 11: extraction must stay linear in an article's size.

Writes two plain-text articles (title line, blank line, body) at a chosen scale:

- `dense-paragraph-Nx.txt`: one paragraph of 150,000 x N quotations such as
  `"Rain fell early," said Al Green.` (about 5 MB at 1x);
- `dense-lines-Nx.txt`: 50,000 x N paragraphs of one such quotation each.

Words come from a small list, speakers take turns from `SPEAKERS`, and the generator is
seeded, so a file is the same on every run. Usage:

    python3 scripts/dense_quotes.py [--out target/dense] [--scale 1 2 4 8] [--quotes N --lines M]

`--quotes`/`--lines` set the counts directly (the regression tests use 2,000 of each).
"""

import argparse
import os
import random

SPEAKERS = ["Al Green", "Mary Jones", "Peter Okafor", "Ana Lopez"]
WORDS = (
    "rain fell early late the market will rise again soon we are ready for more talks "
    "never before have prices been this high our team played well tonight and now it ends "
    "nobody saw that coming voters want change today this plan works"
).split()
PARAGRAPH_QUOTES = 150_000
LINE_QUOTES = 50_000


def quotation(rng: random.Random, i: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(2, 4))]
    words[0] = words[0].capitalize()
    return f'"{" ".join(words)}," said {SPEAKERS[i % len(SPEAKERS)]}.'


def paragraph_article(n: int) -> str:
    rng = random.Random(11)
    body = " ".join(quotation(rng, i) for i in range(n))
    return f"Dense quotation: {n} quotes in one paragraph\n\n{body}\n"


def lines_article(n: int) -> str:
    rng = random.Random(12)
    body = "\n\n".join(quotation(rng, i) for i in range(n))
    return f"Dense quotation: {n} one-line paragraphs\n\n{body}\n"


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{path}: {len(text.encode()):,} bytes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="target/dense")
    ap.add_argument("--scale", type=int, nargs="*", default=[1, 2, 4, 8])
    ap.add_argument("--quotes", type=int, help="quotations in the one-paragraph article")
    ap.add_argument("--lines", type=int, help="one-line paragraphs in the other article")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.quotes or args.lines:
        if args.quotes:
            write(f"{args.out}/dense-paragraph-{args.quotes}.txt", paragraph_article(args.quotes))
        if args.lines:
            write(f"{args.out}/dense-lines-{args.lines}.txt", lines_article(args.lines))
        return
    for s in args.scale:
        write(f"{args.out}/dense-paragraph-{s}x.txt", paragraph_article(PARAGRAPH_QUOTES * s))
        write(f"{args.out}/dense-lines-{s}x.txt", lines_article(LINE_QUOTES * s))


if __name__ == "__main__":
    main()

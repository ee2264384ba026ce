#!/usr/bin/env python3
"""Keep the hand annotations of the eval sets in the repository without the data's text.

    scripts/eval_sets/gold.py pack OUT_DIR SET...     # OUT_DIR/SET/gold -> scripts/eval_sets/gold/SET
    scripts/eval_sets/gold.py unpack OUT_DIR SET...   # scripts/eval_sets/gold/SET -> OUT_DIR/SET/gold

The annotators' gold files (PROMPT.md) quote the articles; ../shared/data is not ours to copy.
`pack` writes each quoted span as its place in the article (`"at": [start, end]`, character
offsets into the article's text: a BBC file as read by select.py, a Reuters record's `body`),
keeping speakers, aliases and persons, which are names. `unpack` reads the article that
select.py wrote (run `select.py OUT_DIR SET` first) and puts the words back, whitespace
squeezed as the annotators were allowed to. A span not found in its article is left out of
the packed file and named on standard error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACKED = os.path.join(HERE, "gold")


def article_text(path):
    """The text a gold file's offsets count in."""
    if path.endswith(".json"):
        return json.load(open(path, encoding="utf-8")).get("body") or ""
    return open(path, "rb").read().decode("utf-8", "replace")


def squeezed(text):
    """`text` with each run of whitespace made one space, and each of its characters' offset in `text`."""
    out, where = [], []
    for m in re.finditer(r"\s+|\S", text):
        out.append(" " if m.group().isspace() else m.group())
        where.append(m.start())
    return "".join(out), where + [len(text)]


def locate(span, text, squeezed_text, where):
    """[start, end) of `span` in `text`, matching with whitespace squeezed, or None."""
    needle = " ".join(span.split())
    i = squeezed_text.find(needle) if needle else -1
    if i < 0:
        return None
    return [where[i], where[i + len(needle) - 1] + 1]


def pack_one(gold, text, name):
    flat, where = squeezed(text)
    out = dict(gold)
    quotes = []
    for q in gold.get("quotes", []):
        at = locate(q["text"], text, flat, where)
        if at is None:
            print(f"{name}: quote not found in the article, left out: {q['text'][:60]!r}", file=sys.stderr)
            continue
        quotes.append({k: v for k, v in q.items() if k != "text"} | {"at": at})
    out["quotes"] = quotes
    ignore = []
    for span in gold.get("ignore", []):
        at = locate(span, text, flat, where)
        if at is None:
            print(f"{name}: ignored span not found, left out: {span[:60]!r}", file=sys.stderr)
        else:
            ignore.append(at)
    out["ignore"] = ignore
    return out


def unpack_one(packed, text):
    words = lambda at: " ".join(text[at[0]:at[1]].split())
    out = dict(packed)
    out["quotes"] = [{k: v for k, v in q.items() if k != "at"} | {"text": words(q["at"])} for q in packed["quotes"]]
    out["ignore"] = [words(at) for at in packed.get("ignore", [])]
    return out


def dumps(gold):
    """`gold` as JSON, one quote per line."""
    one = lambda v: json.dumps(v, ensure_ascii=False)
    fields = []
    for key, value in gold.items():
        if key == "quotes" and value:
            value = "[\n  " + ",\n  ".join(one(q) for q in value) + "\n ]"
        else:
            value = one(value)
        fields.append(f" {one(key)}: {value}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("pack", "unpack"):
        sys.exit(__doc__)
    verb, out_dir, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    for s in sets:
        articles = os.path.join(out_dir, s, "articles")
        gold_dir = os.path.join(out_dir, s, "gold")
        packed_dir = os.path.join(PACKED, s)
        source, target = (gold_dir, packed_dir) if verb == "pack" else (packed_dir, gold_dir)
        os.makedirs(target, exist_ok=True)
        names = sorted(f for f in os.listdir(source) if f.endswith(".json"))
        for f in names:
            stem = f[:-5]
            article = next((os.path.join(articles, stem + ext) for ext in (".txt", ".json")
                            if os.path.exists(os.path.join(articles, stem + ext))), None)
            if article is None:
                sys.exit(f"{s}/{f}: no article {stem}.txt or .json in {articles}: run select.py {out_dir} {s} first")
            gold = json.load(open(os.path.join(source, f), encoding="utf-8"))
            text = article_text(article)
            result = pack_one(gold, text, f"{s}/{f}") if verb == "pack" else unpack_one(gold, text)
            with open(os.path.join(target, f), "w", encoding="utf-8") as fh:
                fh.write(dumps(result))
        print(f"{s}: {verb}ed {len(names)} files into {target}")


if __name__ == "__main__":
    main()

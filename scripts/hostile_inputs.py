#!/usr/bin/env python3
"""The hostile inputs of issue 18, each ingested beside one good article: time and peak memory.

    python3 scripts/hostile_inputs.py [--bin target/release/newsquote] [--timeout 300]
                                      [--only ROW[,ROW...]] [--out target/hostile]

Writes each row's folder under --out (`ROW/in/` holds the hostile input and `good.txt`),
runs `newsquote ingest ROW/in --index ROW/idx --format json` under `/usr/bin/time -v`
(killed after --timeout seconds), then searches the good article's unique word, and prints
one Markdown table row per input: wall time, peak RSS, exit code, whether the good article
was found, and the ingest's first report line. The query rows run `search` with the
hostile query on the good article's index instead. The FIFO and /dev/zero rows send the
first SIGINT after two seconds and time how long the run takes to end after it.
"""

import argparse
import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import time

GOOD = (
    "Harbour tunnel opens\n\n"
    "The new harbour tunnel opened on Tuesday after years of delay, and the first cars "
    "passed under the bay before dawn.\n\n"
    "\"It is a zanzibarite day for the whole city,\" said Mayor Lina Park at the ceremony.\n"
)
GOOD_WORD = "zanzibarite"

WORDS = (
    "the council budget minister said would week government city year people report new "
    "plan vote river bridge police court market price school water health state party "
    "official spokesman election campaign storm season farmer export trade bank rate"
).split()
NAMES = ["Al Green", "Mary Jones", "Ahmed Khan", "Li Wei", "Ana Soto", "Peter Hall"]
SYLLABLES = "ka lo ri ve mu ta sen dor bel vin gra hol pet zan mer cor fis lan bru tem".split()


def made_up(i):
    """A capitalised made-up word, different for each `i` ("Kakaka", "Lokaka", ...)."""
    word = []
    for _ in range(3):
        word.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
    while i:
        word.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
    return "".join(word).capitalize()


def prose(size, seed=1):
    """About `size` bytes of news-like paragraphs, some with a quotation: a 1 MB block of
    random paragraphs, repeated."""
    rnd = random.Random(seed)
    block = []
    length = 0
    while length < min(size, 1 << 20):
        sentences = []
        for _ in range(rnd.randint(2, 5)):
            words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 20)))
            if rnd.random() < 0.3:
                sentences.append(f'"{words.capitalize()}," said {rnd.choice(NAMES)}.')
            else:
                sentences.append(words.capitalize() + ".")
        para = " ".join(sentences) + "\n\n"
        block.append(para)
        length += len(para)
    block = "".join(block)
    return (block * (size // len(block) + 1))[:size]


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def gzip_repeated(path, unit, times):
    """A gzip file of `times` members, each `unit` compressed: a bomb made cheaply."""
    member = gzip.compress(unit, compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(times):
            f.write(member)


def one_paragraph(title, sentences):
    """An article of `title` and one paragraph of `sentences`."""
    return f"{title}\n\n" + " ".join(sentences) + "\n"


def pronoun_quotes(title, subject, pronoun):
    """One sentence of 16,000 clauses with no speech verb, whose subject is `subject`, then
    16,000 quotations `"…," PRONOUN said` in one paragraph."""
    return (f"{title}\n\n{subject} " + "walked far and " * 16_000 + "home. "
            + "".join(f'"Item {i} is late," {pronoun} said, and ' for i in range(16_000)) + "so on.\n")


def make(row, folder):
    """Writes the hostile input of `row` into `folder`."""
    p = lambda name: os.path.join(folder, name)  # noqa: E731
    if row == "text-60mb":
        write_text(p("big.txt"), "A very long article\n\n" + prose(60_000_000))
    elif row == "quoted-words-1m":
        write_text(p("quoted.txt"), "Quoted words\n\n" + '"quoted" words ' * 1_000_000 + "\n")
    elif row == "jsonl-15mb-body":
        body = prose(15_000_000, seed=2)
        with open(p("big.jsonl"), "w") as f:
            f.write(json.dumps({"id": "big", "title": "Big", "body": body}) + "\n")
    elif row == "html-nested-closed":
        write_text(p("nested.html"), "<html><body>" + "<div>" * 50_000 + "<p>" + prose(2000) + "</p>"
                   + "</div>" * 50_000 + "</body></html>")
    elif row == "html-nested-unclosed":
        write_text(p("nested.html"), "<html><body>" + "<div>" * 50_000 + "<p>" + prose(2000))
    elif row == "gzip-bomb-newlines":
        gzip_repeated(p("bomb.jsonl.gz"), b"\n" * (64 << 20), 160)  # 10 GiB of newlines
    elif row == "quotes-paragraph-1m":
        quote = '"Rain fell early," said Al Green. '
        write_text(p("quotes.txt"), "One paragraph of quotes\n\n" + quote * 1_000_000 + "\n")
    elif row == "paragraphs-1m":
        write_text(p("paras.txt"), "A million paragraphs\n\n"
                   + "".join(f"Paragraph {i} of the record.\n\n" for i in range(1_000_000)))
    elif row == "quoted-words-16k":
        write_text(p("dense.txt"), "Sixteen thousand quoted words\n\n" + '"quoted" ' * 16_000 + "\n")
    elif row == "a-paragraphs-16m":
        with gzip.open(p("a.txt.gz"), "wb", compresslevel=9) as f:
            f.write(b"a.\n\n" * 16_000_000)
    # Just within the limits of extraction (pipeline.rs): the most work an analysed article gets.
    elif row == "prose-8mib":
        write_text(p("prose.txt"), "Prose at the size limit\n\n" + prose((8 << 20) - 100, seed=3))
    elif row == "lines-50k":
        write_text(p("lines.txt"), "Lines at the line limit\n\n" + "".join(f"Line {i} said a word.\n" for i in range(49_990)))
    elif row == "quotes-50k-paragraph":
        write_text(p("quotes.txt"), "Quotes at the mark limit\n\n" + '"Rain fell early," said Al Green. ' * 49_999 + "\n")
    elif row == "quoted-words-50k":
        write_text(p("dense.txt"), "Quoted words at the mark limit\n\n" + '"quoted" ' * 49_999 + "\n")
    # Each once made extraction quadratic (issue 16's review): an "it" quote after a
    # capitalised subject rescanned the text, a name run rescanned its words per "d'".
    elif row == "it-quotes-16k":
        write_text(p("it.txt"), "It quotes\n\n" + 'Wimpey reported a profit. "Rain fell early today," it said. ' * 16_000 + "\n")
    elif row == "particles-50k":
        write_text(p("particles.txt"), "Particles\n\nJean " + "d'Ab " * 50_000 + "said hello.\n")
    # Each once made extraction quadratic (issue 16's review): every distinct capitalised
    # word asked about (a speaker that may be a name, a company's short form) scanned the text.
    elif row == "distinct-speakers-32k":
        write_text(p("speakers.txt"), one_paragraph(
            "Speakers", (f'"Rain fell early today," {made_up(i)} said.' for i in range(32_000))))
    elif row == "distinct-companies-16k":
        write_text(p("companies.txt"), one_paragraph(
            "Companies", (f'{made_up(i)} Corp said profit rose. "Sales grew," {made_up(i)} said.' for i in range(16_000))))
    # Many distinct people of one surname ("A. Kakaka Jr."), or of one given name and surname
    # ("John Kakaka Smith"): each name was compared with every other of its last word, and
    # each mention of the shared word with every person it may name.
    elif row == "initials-8k":
        write_text(p("initials.txt"), one_paragraph(
            "Initials", (f"J. R. {made_up(i)} and A. {made_up(i + 1)} Jr. said the plan would work." for i in range(8_000))))
    elif row == "middle-names-16k":
        write_text(p("middle.txt"), one_paragraph(
            "Middle names", (f"John {made_up(i)} Smith met officials on Tuesday." for i in range(16_000))))
    # Many distinct hyphenated names sharing a first part ("Jean-Kakaka"): each looked up by
    # its first word read every place "Jean" was written.
    elif row == "hyphenated-names-32k":
        write_text(p("hyphens.txt"), one_paragraph("Hyphenated names", (
            f"{made_up(i)}-{made_up(i + 1)} and Jean-{made_up(i + 2)} said the plan would work." for i in range(32_000))))
    # Each once made extraction quadratic (issue 16's review): every part of a long chain of
    # continued quotations walked the chain back to its first, and every "they said"
    # quotation read the long sentence before it again for a speech verb, and every "he
    # said" one for its speakers.
    elif row == "they-quotes-16k":
        write_text(p("they.txt"), pronoun_quotes("They", "The farmers", "they"))
    elif row == "he-quotes-16k":
        write_text(p("he.txt"), pronoun_quotes("He", "The spokesman", "he"))
    elif row == "continued-quotes-49k":
        write_text(p("chain.txt"), one_paragraph(
            "Chain", ['"It began," Forster said.', *(f'"Part {i} goes on." Forster is wary.' for i in range(49_000))]))
    # Many people, each with a surname misspelt by one letter before "said" ("Kakakax" met,
    # "Kakakaq said"): each misspelling was compared with every person of the article.
    elif row == "misspelt-surnames-16k":
        write_text(p("misspelt.txt"), "Misspelt\n\n" + "".join(
            f'Tom {made_up(i)}x met traders on Monday. Prices fell, {made_up(i)}q said. "It is bad," he said.\n\n'
            for i in range(16_000)))
    # A title with lower-case words ("Secretary of State") before a given name, 10,000 times,
    # one capitalised run: at each line's end ("… Secretary of State" then "John") and each
    # "of", the run's words were all read again for a title ending or going on there.
    elif row == "title-lines-10k":
        write_text(p("titles.txt"), "Title lines\n\n" + "Secretary of State\nJohn " * 10_000 + "\n")
    elif row == "title-runs-10k":
        write_text(p("titles.txt"), "Title runs\n\n" + "Secretary of State John " * 10_000 + "\n")
    # Tiny quotations in one paragraph with nothing after them but marks and spaces: each
    # read the rest of its paragraph for a letter, to learn whether it closes the paragraph
    # (the credit-line pass), so time grew with the square of the quotations; unclosed or
    # alternating curly marks made it worse (the unit of each row keeps under the 100,000
    # marks of extraction).
    elif row == "dash-quotes-49k":
        write_text(p("dash.txt"), "Dash quotes\n\nJane Doe said it was " + '"-" ' * 49_999 + "\n")
    elif row == "colon-quotes-49k":
        write_text(p("colon.txt"), "Colon quotes\n\nJane Doe said: " + '"-": ' * 49_999 + "\n")
    elif row == "curly-quotes-24k":
        write_text(p("curly.txt"), "Curly quotes\n\nJane Doe said it was " + '\u201c-" "-\u201d ' * 24_999 + "\n")
    elif row == "open-curly-99k":
        write_text(p("open.txt"), "Open curly\n\nJane Doe said it was " + "\u201c- " * 99_990 + "\n")
    # An unknown word and a given name 50,000 times, one capitalised run: at each given name
    # the words of the run before it were joined and looked up as an organisation or a
    # country, so time grew with the square of the run.
    elif row == "given-name-run-50k":
        write_text(p("given.txt"), "Given names\n\n" + "Zorq Michael " * 50_000 + "\n")
    # A subject whose prepositions chain owners without end: each link read the phrase before
    # it for an owner, one nested call each, and 10,000 links overflowed the stack (issue 16's
    # review); joined by "and", each link read the chain before it again (over 10 s for 8,000).
    elif row == "owner-chain-20k":
        write_text(p("owners.txt"), "Owner chain\n\nAnalysts" + " at Barclays Bank" * 20_000
                   + ' said so. "Rates will rise," it said.\n')
    elif row == "owner-and-chain-8k":
        write_text(p("owners.txt"), "Owner and chain\n\nAnalysts" + " of Tom Brown and Ann Lee" * 5_000
                   + ' said so. "Rates will rise," it said. Officials' + " of Tom Brown and Ann Lee" * 3_000
                   + ' said: "Rates will fall."\n')
    elif row == "fifo":
        os.mkfifo(p("pipe.jsonl"))
    elif row == "dev-zero":
        os.symlink("/dev/zero", p("zero.jsonl"))
    elif row not in QUERIES:
        raise SystemExit(f"unknown row {row}")


QUERIES = {
    "query-21k-nots": "a " + "NOT " * 21_000 + "b",
    "query-8500-parens": "(" * 8_500 + "a" + ")" * 8_500,
}
ROWS = [
    "text-60mb", "quoted-words-1m", "jsonl-15mb-body", "html-nested-closed", "html-nested-unclosed",
    "gzip-bomb-newlines", "quotes-paragraph-1m", "paragraphs-1m", "quoted-words-16k",
    "a-paragraphs-16m", "prose-8mib", "lines-50k", "quotes-50k-paragraph", "quoted-words-50k",
    "it-quotes-16k", "particles-50k", "distinct-speakers-32k", "distinct-companies-16k",
    "initials-8k", "middle-names-16k", "hyphenated-names-32k", "continued-quotes-49k", "they-quotes-16k", "he-quotes-16k",
    "misspelt-surnames-16k", "title-lines-10k", "title-runs-10k",
    "dash-quotes-49k", "colon-quotes-49k", "curly-quotes-24k", "open-curly-99k",
    "given-name-run-50k", "owner-chain-20k", "owner-and-chain-8k", "fifo",
    "dev-zero",
    *QUERIES,
]
INTERRUPTED = {"fifo", "dev-zero"}


def timed(cmd, timeout, interrupt_after=None):
    """Runs `cmd` under /usr/bin/time -v: (seconds, peak RSS MB, exit code or 'killed',
    stdout, stderr). With `interrupt_after`, SIGINT goes to newsquote then, and the time is
    how long it took to end after it."""
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-v", *cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    sent = None
    if interrupt_after is not None:
        time.sleep(interrupt_after)
        # The child of /usr/bin/time is newsquote.
        children = open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()
        for c in children:
            os.kill(int(c), signal.SIGINT)
        sent = time.monotonic()
    hwm = None
    try:
        out, err = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        # Kill newsquote only, so that /usr/bin/time still reports its peak memory.
        for c in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split():
            try:
                hwm = re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{c}/status").read())
            except OSError:
                pass
            os.kill(int(c), signal.SIGKILL)
        out, err = proc.communicate()
        code = "killed"
    seconds = time.monotonic() - (sent or start)
    err = err.decode("utf-8", "replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    rss = rss or hwm
    rss_mb = int(rss.group(1)) / 1024 if rss else float("nan")
    m = re.search(r"Exit status: (\d+)", err)
    if code != "killed" and m:
        code = int(m.group(1))
    return seconds, rss_mb, code, out.decode("utf-8", "replace"), err


def found(bin_, idx, word):
    out = subprocess.run([bin_, "search", word, "--passages", "--index", idx, "--format", "json"],
                         capture_output=True, timeout=60)
    try:
        return json.loads(out.stdout)["total"] > 0
    except (ValueError, KeyError):
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/newsquote")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--only", default="")
    ap.add_argument("--out", default="target/hostile")
    args = ap.parse_args()
    bin_ = os.path.abspath(args.bin)
    rows = [r for r in args.only.split(",") if r] or ROWS
    print("| input | time | peak RSS | exit | good article found | first report line |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        base = os.path.join(args.out, row)
        subprocess.run(["rm", "-rf", base], check=True)
        inp = os.path.join(base, "in")
        os.makedirs(inp)
        write_text(os.path.join(inp, "good.txt"), GOOD)
        make(row, inp)
        idx = os.path.join(base, "idx")
        if row in QUERIES:
            subprocess.run([bin_, "ingest", "--quiet", "--index", idx, inp], check=True)
            cmd = [bin_, "search", "--index", idx, "--", QUERIES[row]]
            secs, rss, code, _, err = timed(cmd, args.timeout)
            ok = "-"
        else:
            cmd = [bin_, "ingest", inp, "--index", idx, "--format", "json"]
            if row == "dev-zero":
                cmd.append(os.path.join(inp, "zero.jsonl"))  # named: a link given is followed
            secs, rss, code, _, err = timed(cmd, args.timeout, 2.0 if row in INTERRUPTED else None)
            ok = "yes" if found(bin_, idx, GOOD_WORD) else "no"
        lines = [l for l in err.splitlines() if l.strip() and not l.startswith("\t") and "Command being timed" not in l]
        first = next((l for l in lines if row.split("-")[0] in l or "skipped" in l or "error" in l), lines[0] if lines else "")
        first = first.replace(os.path.abspath(inp) + "/", "").replace(inp + "/", "").replace("|", "\\|")[:110]
        print(f"| {row} | {secs:.1f} s | {rss:.0f} MB | {code} | {ok} | {first} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Compares what two builds show from their own index of one corpus, byte for byte: `search`
# (JSON, CSV, Markdown, text) over a fixed list of queries and flags, `show` of cited hits,
# `speakers` and `export`. Used when the index's layout changes but its output must not.
#
#   scripts/compare_outputs.sh OLD_BINARY NEW_BINARY [CORPUS] [WORKDIR]
#
# CORPUS defaults to ../shared/data/bbc; WORKDIR (default target/compare) gets both indexes
# and every output, and is left for a look at what differs. Exit status 1 when anything does.
set -u
old=$1 new=$2 corpus=${3:-../shared/data/bbc} work=${4:-target/compare}
rm -rf "$work" && mkdir -p "$work/old" "$work/new"
"$old" ingest -q "$corpus" --index "$work/old/idx" >/dev/null 2>&1
"$new" ingest -q "$corpus" --index "$work/new/idx" >/dev/null 2>&1
queries=(minister '"interest rates"' oil blair 'tax AND labour' 'title:election' 'passage:economy'
  'said' 'war -iraq' 'speaker:brown' 'person:blair' 'organization:bbc' 'country:us' 'outlet:bbc'
  'film' 'champion*' '"prime minister"' 'outlet:reuters' 'country:us AND oil')
flags=("" "--passages" "--reported" "--speaker blair" "--facets --histogram month" "--sort date --offset 5"
  "--country GB --full --attributed" "--reported --facets" "--passages --context 1" "--reported --sort date --limit 30" "--from 1987-03-01 --to 1987-03-31 --facets")
n=0 differ=0
run() { # name, args... (IDX stands for each build's own index)
  local name=$1 side bin; shift
  for side in old new; do
    bin=$old; [ "$side" = new ] && bin=$new
    "$bin" "${@/#IDX/$work/$side/idx}" >"$work/$side/$name" 2>&1
    echo "exit $?" >>"$work/$side/$name"
  done
  n=$((n + 1))
  cmp -s "$work/old/$name" "$work/new/$name" || { differ=$((differ + 1)); echo "differs: $*"; }
}
for qi in "${!queries[@]}"; do
  for fi in "${!flags[@]}"; do
    # shellcheck disable=SC2086
    run "search-$qi-$fi.json" search --index IDX "${queries[$qi]}" ${flags[$fi]} --format json
  done
  for format in csv markdown text; do
    run "search-$qi-$format" search --index IDX "${queries[$qi]}" --reported --format "$format"
  done
done
# `show` of the cited hits of a few searches, as each build cites them (the citations are
# compared above).
for q in minister oil blair; do
  for c in $("$new" search --index "$work/new/idx" "$q" --reported --limit 15 --format json |
    python3 -c 'import json,sys; print(" ".join(h["citation"] for h in json.load(sys.stdin)["hits"]))'); do
    run "show-$c" show --index IDX "$c"
    run "show-$c.json" show --index IDX "$c" --format json --context 2
    run "show-$c-article" show --index IDX "$c" --article
  done
done
run speakers.json speakers --index IDX --format json
run speakers.csv speakers --index IDX --format csv
run export.ndjson export --index IDX
echo "$n outputs compared, $differ differ"
[ "$differ" -eq 0 ]

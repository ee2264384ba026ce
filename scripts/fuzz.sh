#!/usr/bin/env bash
# Runs fuzz targets with cargo-fuzz (libFuzzer) and keeps what they find.
#
#   scripts/fuzz.sh TARGET SECONDS      # one target (see fuzz/Cargo.toml), e.g. read_html 600
#   scripts/fuzz.sh all SECONDS         # every target, one after the other
#
# Needs `cargo install cargo-fuzz`. cargo-fuzz asks for nightly Rust; on a stable toolchain
# RUSTC_BOOTSTRAP=1 unlocks the flags it uses (set here). Each run is limited to
# -timeout=1 (a unit over 1 s is a failure) and -rss_limit_mb=512. The corpus starts from
# tests/fixtures and corpus/ (fuzz/corpus/TARGET, not in git); every crash, timeout or
# memory blow-up is copied into fuzz/regressions/TARGET/, which `cargo test` replays
# (src/fuzzing.rs). Prints one line per target: seconds, runs, corpus size, findings.
set -uo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}
export RUSTC_BOOTSTRAP=1
targets=$target
if [ "$target" = all ]; then
    targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v newsquote-fuzz)
fi

seed() { # seed TARGET: the fixtures whose kind the target reads
    local dir=fuzz/corpus/$1
    mkdir -p "$dir"
    case $1 in
        read_text) ext='txt md' ;;
        read_json) ext='json' ;;
        read_jsonl) ext='jsonl' ;;
        read_csv) ext='csv' ;;
        read_html) ext='html' ;;
        read_warc) ext='warc warc.gz' ;;
        read_compressed) ext='gz zst' ;;
        analyze) ext='txt md' ;;
        query) printf '%s' 'human rights' > "$dir/words"; printf '%s' '"drugs rights"~5 AND speaker:petro -fish' > "$dir/syntax"
               printf '%s' '(drugs OR cocaine) AND date:[20250101 TO 20251231]' > "$dir/range"; return ;;
    esac
    for e in $ext; do
        find tests/fixtures corpus -type f -name "*.$e" -size -256k -exec cp {} "$dir/" \;
    done
}

# Built once, then the binaries are run directly: editing the sources during a long run
# does not rebuild (or change) what is being fuzzed.
cargo fuzz build --sanitizer none >/dev/null 2>&1 || { echo "cargo fuzz build failed"; exit 2; }
bin=fuzz/target/x86_64-unknown-linux-gnu/release
for t in $targets; do
    seed "$t"
    mkdir -p "fuzz/artifacts/$t" "fuzz/regressions/$t"
    log=fuzz/artifacts/$t.log
    # -fork=1 with -ignore_*: a finding is saved and the run goes on for the time asked.
    "$bin/$t" "fuzz/corpus/$t" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=512 \
        -max_len=65536 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="fuzz/artifacts/$t/" > "$log" 2>&1
    status=$?
    found=0
    for f in fuzz/artifacts/"$t"/crash-* fuzz/artifacts/"$t"/timeout-* fuzz/artifacts/"$t"/oom-* fuzz/artifacts/"$t"/slow-unit-*; do
        [ -e "$f" ] || continue
        cp "$f" "fuzz/regressions/$t/"
        found=$((found + 1))
    done
    # The last status line of fork mode: runs, coverage, corpus, oom/timeout/crash counts.
    last=$(grep -E '^#[0-9]+: cov' "$log" | tail -1)
    corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
    echo "$t: ${seconds} s, exit $status, corpus $corpus files, $found kept in fuzz/regressions/$t; last: ${last:-none} (log: $log)"
done

//! A search with any query text, on a small index of the bundled corpus built once.
#![no_main]
use libfuzzer_sys::fuzz_target;

// The lexicon, the other lazy tables and the index are built before the first input, not
// timed with it.
fuzz_target!(
    init: {
        newsquote::fuzzing::analyze(b"Title\n\n\"It rained,\" said Ana Soto in Paris on 12 May 2024.");
        newsquote::fuzzing::query(b"rights");
    },
    |data: &[u8]| newsquote::fuzzing::query(data)
);

//! `extract::analyze` on any text as an article's body.
#![no_main]
use libfuzzer_sys::fuzz_target;

// The lexicon and other lazy tables are built before the first input, not timed with it.
fuzz_target!(init: newsquote::fuzzing::analyze(b"Title\n\n\"It rained,\" said Ana Soto in Paris on 12 May 2024."), |data: &[u8]| newsquote::fuzzing::analyze(data));

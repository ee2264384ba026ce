//! `extract::analyze` on any text as an article's body.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsquote::fuzzing::analyze(data));

//! A search with any query text, on a small index of the bundled corpus built once.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsquote::fuzzing::query(data));

//! Compressed input: the first byte picks gzip or zstd and the format, the rest is
//! compressed (so that the fuzzer explores the readers behind a decompressor) or, when the
//! byte is odd, taken as already compressed bytes (to explore the decoders themselves).
#![no_main]
use libfuzzer_sys::fuzz_target;

// The lexicon and other lazy tables are built before the first input, not timed with it.
fuzz_target!(init: newsquote::fuzzing::analyze(b"Title\n\n\"It rained,\" said Ana Soto in Paris on 12 May 2024."), |data: &[u8]| newsquote::fuzzing::read_compressed(data));

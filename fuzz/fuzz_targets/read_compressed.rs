//! Compressed input: the first byte picks gzip or zstd and the format, the rest is
//! compressed (so that the fuzzer explores the readers behind a decompressor) or, when the
//! byte is odd, taken as already compressed bytes (to explore the decoders themselves).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsquote::fuzzing::read_compressed(data));

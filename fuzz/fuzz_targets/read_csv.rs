//! The Csv reader on any bytes (compressed or not, as a file would be read), then the
//! stage that follows reading: each article weighed and analysed, or packed into passages.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsquote::ingest::Format;

// The lexicon and other lazy tables are built before the first input, not timed with it.
fuzz_target!(init: newsquote::fuzzing::analyze(b"Title\n\n\"It rained,\" said Ana Soto in Paris on 12 May 2024."), |data: &[u8]| newsquote::fuzzing::read_and_analyze(Format::Csv, data));

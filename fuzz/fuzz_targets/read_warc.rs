//! The Warc reader on any bytes (compressed or not, as a file would be read), then the
//! stage that follows reading: each article weighed and analysed, or packed into passages.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsquote::ingest::Format;

fuzz_target!(|data: &[u8]| newsquote::fuzzing::read_and_analyze(Format::Warc, data));

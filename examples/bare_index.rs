//! The ingest benchmark's yardstick: a bare tantivy indexer over the same JSON Lines corpus,
//! one document per paragraph with the article's fields, no extraction.
//!
//! It reads each line, cuts the body into paragraphs with newsquote's own splitter, and adds
//! one document per paragraph (passage text stemmed with positions and stored; title; outlet,
//! id, url and source stored; date as a fast number) through one tantivy writer with the
//! same budget and the same indexing threads as `newsquote ingest` (tantivy's default, one per
//! core), committing once at the end. `scripts/bench_ingest.sh` runs it beside newsquote.
//!
//! ```sh
//! cargo run --release --example bare_index -- CORPUS.jsonl INDEX_DIR [MEMORY_MB]
//! ```

use newsquote::passage::paragraphs;

/// The allocator of the `newsquote` binary, so that the comparison is of indexing work only.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use serde::Deserialize;
use std::io::BufRead;
use std::time::Instant;
use tantivy::schema::{FAST, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, TantivyDocument};

/// One corpus line; other fields are ignored.
#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    title: Option<String>,
    body: Option<String>,
    source: Option<String>,
    url: Option<String>,
    date: Option<String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(dir)) = (args.get(1), args.get(2)) else {
        return Err("usage: bare_index CORPUS.jsonl INDEX_DIR [MEMORY_MB]".into());
    };
    let memory_mb: usize = args.get(3).map_or(Ok(64), |m| m.parse())?;

    let mut b = Schema::builder();
    let stemmed = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("en_stem")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let passage = b.add_text_field("passage", stemmed.clone());
    let title = b.add_text_field("title", stemmed);
    let id = b.add_text_field("article_id", STRING | STORED);
    let outlet = b.add_text_field("outlet", STRING | STORED);
    let url = b.add_text_field("url", STORED);
    let date = b.add_u64_field("date", INDEXED | FAST | STORED);
    let paragraph = b.add_u64_field("paragraph", INDEXED | STORED);

    std::fs::create_dir_all(dir)?;
    let index = Index::create_in_dir(dir, b.build())?;
    let mut writer = index.writer::<TantivyDocument>(memory_mb << 20)?;
    let started = Instant::now();
    let (mut articles, mut passages, mut bytes) = (0u64, 0u64, 0u64);
    for line in std::io::BufReader::new(std::fs::File::open(corpus)?).lines() {
        let line = line?;
        bytes += line.len() as u64 + 1;
        let Ok(a) = serde_json::from_str::<Line>(&line) else { continue };
        let body = a.body.unwrap_or_default();
        let day = a.date.as_deref().and_then(|d| d.get(..10)).and_then(|d| d.replace('-', "").parse::<u64>().ok());
        for (n, span) in paragraphs(&body).into_iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_text(passage, &body[span]);
            if let Some(t) = &a.title {
                doc.add_text(title, t);
            }
            if let Some(i) = &a.id {
                doc.add_text(id, i.to_string());
            }
            if let Some(s) = &a.source {
                doc.add_text(outlet, s);
            }
            if let Some(u) = &a.url {
                doc.add_text(url, u);
            }
            if let Some(d) = day {
                doc.add_u64(date, d);
            }
            doc.add_u64(paragraph, n as u64 + 1);
            writer.add_document(doc)?;
            passages += 1;
        }
        articles += 1;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{{\"articles\": {articles}, \"passages\": {passages}, \"input_bytes\": {bytes}, \"seconds\": {seconds:.3}, \
         \"mb_per_s\": {:.2}, \"articles_per_s\": {:.0}}}",
        bytes as f64 / 1e6 / seconds,
        articles as f64 / seconds
    );
    Ok(())
}

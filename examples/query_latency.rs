//! In-process search latency over a fixed set of queries: a term, a phrase, a speaker filter,
//! a country in a month, and a query with facets, each run `ROUNDS` times (after three
//! warm-up runs) against an index opened once; prints p50 and p99 per query as JSON lines.
//! `scripts/bench_ingest.sh` runs it on the benchmark's index.
//!
//! ```sh
//! cargo run --release --example query_latency -- INDEX_DIR [ROUNDS] [ONLY]
//! ```
//!
//! `ONLY` runs the queries whose name starts with it (`facets`), for a profile of one.

use newsquote::index::reader::IndexHandle;
use newsquote::search::request::{SearchRequest, Side, parse_bound};
use newsquote::search::run::search;
use std::path::Path;
use std::time::Instant;

/// The fixed query set: a name and a request.
fn queries() -> Result<Vec<(&'static str, SearchRequest)>, Box<dyn std::error::Error>> {
    let base = SearchRequest { limit: 10, ..SearchRequest::default() };
    let text = |t: &str| SearchRequest { text: Some(t.into()), ..base.clone() };
    Ok(vec![
        ("term: minister", text("minister")),
        ("phrase: \"interest rates\"", text("\"interest rates\"")),
        ("speaker: blair", SearchRequest { speaker: vec!["blair".into()], ..base.clone() }),
        (
            "country US, 1987-03",
            SearchRequest {
                country: vec!["US".into()],
                from: Some(parse_bound("1987-03", Side::Start)?),
                to: Some(parse_bound("1987-03", Side::End)?),
                ..base.clone()
            },
        ),
        ("facets: oil", SearchRequest { facets: true, ..text("oil") }),
    ])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).ok_or("usage: query_latency INDEX_DIR [ROUNDS] [ONLY]")?;
    let rounds: usize = args.get(2).map_or(Ok(200), |r| r.parse())?;
    let only = args.get(3).map_or("", String::as_str);
    let handle = IndexHandle::open(Path::new(dir))?;
    for (name, request) in queries()?.into_iter().filter(|(name, _)| name.starts_with(only)) {
        let mut times = Vec::with_capacity(rounds);
        let mut total = 0;
        for round in 0..rounds + 3 {
            let started = Instant::now();
            let results = search(&handle, &request)?;
            let elapsed = started.elapsed().as_secs_f64() * 1e3;
            if round >= 3 {
                times.push(elapsed);
            }
            total = results.total;
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "{{\"query\": {:?}, \"hits\": {total}, \"p50_ms\": {:.2}, \"p99_ms\": {:.2}, \"rounds\": {rounds}}}",
            name,
            at(0.5),
            at(0.99)
        );
    }
    Ok(())
}

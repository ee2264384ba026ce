//! Extraction alone on one article, without `ingest`'s and `extract`'s limits of work per
//! article (`pipeline::MAX_QUOTATION_MARKS` and the others, issue 18), so that
//! `scripts/bench_dense.sh` can show how `extract::analyze` grows with an article past them
//! (issue 11: linear). Prints the article's passages, quotes and persons found.
//!
//! ```sh
//! cargo run --release --example dense_extract -- target/dense/dense-paragraph-1x.txt
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: dense_extract FILE")?;
    let text = std::fs::read_to_string(&path)?;
    // A text file's first line is its title, as the text reader takes it.
    let (title, body) = text.split_once("\n\n").unwrap_or(("", &text));
    let article = newsquote::model::Article {
        id: path.clone(),
        title: Some(title.trim().to_owned()),
        body: body.to_owned(),
        source_path: path,
        source_line: 1,
        ..newsquote::model::Article::default()
    };
    let analyzed = newsquote::extract::analyze(article);
    let speakers = analyzed.quotes.iter().filter(|q| q.speaker.is_some()).count();
    println!(
        "{} passages, {} quotes ({speakers} with a speaker), {} persons",
        analyzed.passages.len(),
        analyzed.quotes.len(),
        analyzed.entities.persons.len()
    );
    Ok(())
}

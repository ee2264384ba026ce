//! Where an index's bytes go: tantivy's space usage of each field (term dictionary,
//! postings, positions, fast column, field norms) and of the document store, in MB. The
//! size table of BENCHMARKS.md is printed by it.
//!
//! ```sh
//! cargo run --release --example space_usage -- index/generation-1
//! ```

use std::collections::BTreeMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: space_usage GENERATION_DIR")?;
    let index = tantivy::Index::open_in_dir(&dir)?;
    newsquote::index::schema::register_tokenizers(&index);
    let usage = index.reader()?.searcher().space_usage()?;
    let mut fields: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    let mut store = 0;
    for segment in usage.segments() {
        store += segment.store().total().get_bytes() as usize;
        let parts =
            [segment.termdict(), segment.postings(), segment.positions(), segment.fast_fields(), segment.fieldnorms()];
        for (n, part) in parts.iter().enumerate() {
            for field in part.fields() {
                fields.entry(field.field_name().to_owned()).or_default()[n] += field.total().get_bytes() as usize;
            }
        }
    }
    let mb = |bytes: usize| bytes as f64 / 1e6;
    println!("| field | terms | postings | positions | fast | norms | total |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut all = store;
    for (name, parts) in &fields {
        let total: usize = parts.iter().sum();
        all += total;
        let [t, p, pos, fast, norms] = parts.map(mb);
        println!("| {name} | {t:.2} | {p:.2} | {pos:.2} | {fast:.2} | {norms:.2} | {:.2} |", mb(total));
    }
    println!("| document store | | | | | | {:.2} |", mb(store));
    println!("| all | | | | | | {:.2} |", mb(all));
    Ok(())
}

//! Build step: turns the word classes of `src/lexicon/word_classes.txt` into constant slices
//! (`pub const PRONOUNS: &[&str] = &["he", ...]`), so a rule's `PRONOUNS.contains(&w)` is
//! as fast as a list written in the code while the words stay data, one copy each.

use std::fmt::Write as _;

const SOURCE: &str = "src/lexicon/word_classes.txt";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let mut classes: Vec<(String, Vec<String>)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            assert!(valid, "{SOURCE}:{}: a class name is lower case and underscores: [{name}]", n + 1);
            assert!(classes.iter().all(|(c, _)| c != name), "{SOURCE}:{}: [{name}] appears twice", n + 1);
            classes.push((name.to_owned(), Vec::new()));
        } else {
            let Some((_, words)) = classes.last_mut() else { panic!("{SOURCE}:{}: a word before any [class]", n + 1) };
            words.push(line.to_owned());
        }
    }
    let mut out = String::new();
    for (name, words) in &classes {
        assert!(!words.is_empty(), "{SOURCE}: [{name}] has no words");
        let _ = writeln!(out, "/// The words of `[{name}]` in `word_classes.txt`.");
        let _ = writeln!(out, "pub const {}: &[&str] = &{:?};", name.to_uppercase(), words);
    }
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let path = std::path::Path::new(&dir).join("word_classes.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

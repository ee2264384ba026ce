//! The `newsquote` binary: parses arguments, dispatches to a subcommand and maps the
//! outcome to an exit code: 0 found (or done cleanly), 1 nothing found, 2 error or some
//! input skipped, 130 ingest stopped by Ctrl-C after committing. A closed pipe exits 0.
//! A panic never ends the program with Rust's exit 101: it is reported once, exit 2.

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;
use std::sync::Mutex;

/// mimalloc: ingest allocates many small strings and documents on several threads at once
/// (extraction, tantivy's indexing threads), where it spends less time than the system
/// allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Panic messages, recorded by the panic hook instead of printed raw: the library turns a
/// panic inside the search engine into an error that says the index is damaged, and any
/// other is reported once by `main`.
static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        // A panic the library catches comes back as an error that says it.
        if newsquote::error::panic_is_caught() {
            return;
        }
        let message = newsquote::error::panic_message(info.payload());
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        if let Ok(mut panics) = PANICS.lock() {
            panics.push(format!("{message}{at}"));
        }
    }));
    let cli = cli::Cli::parse();
    let outcome = std::panic::catch_unwind(|| commands::run(cli));
    let panics = PANICS.lock().map(|p| p.join("; ")).unwrap_or_default();
    match outcome {
        Ok(Ok(code)) if panics.is_empty() => code.into(),
        Ok(Ok(_)) => {
            eprintln!("newsquote: error: a background thread failed ({panics}); run `newsquote check`");
            ExitCode::from(2)
        }
        Ok(Err(err)) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            // Escaped: an error may quote a file name or an article's words.
            eprintln!("newsquote: error: {}", newsquote::escape::text(&format!("{err:#}")));
            ExitCode::from(2)
        }
        Err(_) => {
            eprintln!("newsquote: internal error: {panics}; this is a bug, please report it");
            ExitCode::from(2)
        }
    }
}

/// A reader that closed the pipe (`newsquote search | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

//! The `newsquote` binary: parses arguments, dispatches to a subcommand and maps the
//! outcome to an exit code: 0 found (or done cleanly), 1 nothing found, 2 error or some
//! input skipped, 130 ingest stopped by Ctrl-C after committing. A closed pipe exits 0.

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code.into(),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsquote: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// A reader that closed the pipe (`newsquote search | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

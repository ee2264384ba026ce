//! One file per subcommand; this module dispatches and defines the exit codes.

mod check;
mod export;
mod extract;
mod ingest;
mod progress;
mod search;
mod show;
mod stats;

use crate::cli::{Cli, ColorChoice, Command};
use std::io::IsTerminal;
use std::process::ExitCode;

/// How a command ended, as scripts see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Results found, or the work done cleanly: exit 0.
    Found,
    /// Nothing found: exit 1.
    NothingFound,
    /// Work done, but some input was skipped: exit 2.
    Skipped,
    /// Stopped by Ctrl-C after saving the work done: exit 130, as shells report SIGINT.
    Interrupted,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        match o {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NothingFound => ExitCode::from(1),
            Outcome::Skipped => ExitCode::from(2),
            Outcome::Interrupted => ExitCode::from(130),
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Ingest(args) => ingest::run(args),
        Command::Search(args) => search::run(args),
        Command::Show(args) => show::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Check(args) => check::run(args),
        Command::Export(args) => export::run(args),
    }
}

/// Colour for stdout: `--color`, then `NO_COLOR`, then whether stdout is a terminal.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

//! One file per subcommand; this module dispatches and defines the exit codes.

mod check;
mod export;
mod extract;
mod ingest;
mod progress;
mod search;
mod serve;
mod show;
mod speakers;
mod stats;

use crate::cli::{Cli, ColorChoice, Command, FilterArgs, GenerateArgs, Generated};
use newsquote::search::request::SearchOptions;
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
        Command::Speakers(args) => speakers::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Check(args) => check::run(args),
        Command::Export(args) => export::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Generate(args) => generate(args),
    }
}

/// Prints shell completions or the man page, from the clap definition itself.
fn generate(args: GenerateArgs) -> anyhow::Result<Outcome> {
    use anyhow::Context;
    use clap::CommandFactory;
    use clap_complete::Shell;
    let mut command = Cli::command();
    let mut out = std::io::stdout().lock();
    let shell = match (args.what, &args.dir) {
        (Generated::Man, Some(dir)) => {
            std::fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))?;
            clap_mangen::generate_to(command, dir).with_context(|| format!("{}", dir.display()))?;
            return Ok(Outcome::Found);
        }
        (Generated::Man, None) => {
            clap_mangen::Man::new(command).render(&mut out)?;
            return Ok(Outcome::Found);
        }
        (_, Some(_)) => anyhow::bail!("--dir goes with `generate man` only"),
        (Generated::Bash, None) => Shell::Bash,
        (Generated::Zsh, None) => Shell::Zsh,
        (Generated::Fish, None) => Shell::Fish,
        (Generated::Powershell, None) => Shell::PowerShell,
        (Generated::Elvish, None) => Shell::Elvish,
    };
    // Rendered first: clap_complete panics on a failed write, and a closed pipe is no error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "newsquote", &mut script);
    std::io::Write::write_all(&mut out, &script)?;
    std::io::Write::flush(&mut out)?;
    Ok(Outcome::Found)
}

/// Search options holding the filters that `search` and `speakers` share, the rest default.
fn filtered(filters: &FilterArgs) -> SearchOptions {
    SearchOptions {
        speaker: filters.speaker.clone(),
        person: filters.person.clone(),
        country: filters.country.clone(),
        outlet: filters.outlet.clone(),
        full: filters.full,
        from: filters.from.clone(),
        to: filters.to.clone(),
        ..SearchOptions::default()
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

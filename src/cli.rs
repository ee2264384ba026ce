//! Command-line arguments as clap types: the raw flags, before validation.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Full-text search over news articles: direct quotes, their speakers, and citations.
#[derive(Debug, Parser)]
#[command(name = "newsquote", version, about, long_about = None, after_help = EXAMPLES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const EXAMPLES: &str = "Examples:
  newsquote ingest corpus/                      build index/ from corpus/
  newsquote search \"human rights\" --speaker petro
  newsquote search --country Colombian --from 2025-11 --format json
  newsquote show 5a1f0c9e2b7d-p3-q1              the cited paragraph in context
  newsquote extract --format jsonl corpus/       analysis without indexing

Exit status: 0 results found (or work done), 1 no results, 2 error or skipped input,
130 ingest interrupted by Ctrl-C (work done so far is kept).";

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles into the index (text, Markdown, JSON, JSON Lines, CSV, HTML, WARC; .gz or
    /// .zst; folders recursively). Ctrl-C stops after committing the work done.
    Ingest(IngestArgs),
    /// Find quotes, ranked, with citations.
    Search(SearchArgs),
    /// Show a cited paragraph in its context.
    Show(ShowArgs),
    /// Print each article's analysis (quotes, speakers, entities) without indexing.
    Extract(ExtractArgs),
    /// Count the articles, passages and quotes in the index.
    Stats(StatsArgs),
}

/// Where the index lives.
#[derive(Debug, Args)]
pub struct IndexArg {
    /// Index folder.
    #[arg(long, value_name = "DIR", default_value = "index", env = "NEWSQUOTE_INDEX")]
    pub index: PathBuf,
}

/// Progress and message verbosity.
#[derive(Debug, Args)]
pub struct Verbosity {
    /// Print nothing but errors (no progress bar, no summary).
    #[arg(long, short)]
    pub quiet: bool,
    /// Also list warnings such as legacy encodings.
    #[arg(long, short, conflicts_with = "quiet")]
    pub verbose: bool,
}

/// `newsquote ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or folders to read.
    #[arg(value_name = "PATH", default_value = "corpus")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub index: IndexArg,
    /// Empty the index before reading.
    #[arg(long)]
    pub rebuild: bool,
    /// Index writer memory budget in MB.
    #[arg(long, value_name = "MB", default_value_t = 128, value_parser = clap::value_parser!(u64).range(32..=4096))]
    pub memory: u64,
    /// Summary format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// `newsquote search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find (tantivy syntax: "a phrase", OR, -word, quote:word). Omit to list
    /// every quote that passes the filters, newest first.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// Only quotes by this speaker (any part of the name: "petro", "rand paul").
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only quotes whose passage names this person.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Only quotes whose passage refers to this country (name, ISO code or demonym).
    #[arg(long, value_name = "NAME|CODE")]
    pub country: Option<String>,
    /// Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Number of hits to show.
    #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub limit: u64,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    #[command(flatten)]
    pub index: IndexArg,
    #[command(flatten)]
    pub color: ColorArg,
}

/// `newsquote show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A citation from search output, e.g. 5a1f0c9e2b7d-p3-q1.
    pub citation: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    #[command(flatten)]
    pub index: IndexArg,
    #[command(flatten)]
    pub color: ColorArg,
}

/// `newsquote extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read.
    #[arg(value_name = "PATH", default_value = "corpus")]
    pub paths: Vec<PathBuf>,
    /// Output format (one JSON object per article).
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// `newsquote stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    #[command(flatten)]
    pub index: IndexArg,
}

/// When to colour text output.
#[derive(Debug, Args)]
pub struct ColorArg {
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Search and show output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people.
    Text,
    /// One JSON object.
    Json,
}

/// Extract output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per article per line.
    Jsonl,
}

/// Summary formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// For people.
    Text,
    /// One JSON object.
    Json,
}

//! Command-line arguments as clap types: the raw flags, before validation.

use clap::{Args, Parser, Subcommand, ValueEnum};
use newsquote::search::collect::FACET_VALUES;
use newsquote::search::request::{DEFAULT_LIMIT, MAX_LIMIT};
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
  newsquote search 'drugs AND (fish OR cocaine)' --format markdown
  newsquote search --country Colombian --from 2025-11 --format json --facets
  newsquote speakers --country Colombia --from 2025-11   who is quoted on Colombia
  newsquote show 5a1f0c9e2b7d-p3-q1              the cited paragraph in context
  newsquote extract --format jsonl corpus/       analysis without indexing
  newsquote check                               verify the index's files and counts
  newsquote serve                               search page at http://127.0.0.1:8080/
  newsquote export --format bulk > index.bulk   every document, for OpenSearch/Elasticsearch

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
    /// Who is quoted: the speakers of the matching quotes, most quoted first, each with
    /// aliases, roles, countries and first and last dates.
    Speakers(SpeakersArgs),
    /// Show a cited paragraph in its context.
    Show(ShowArgs),
    /// Print each article's analysis (quotes, speakers, entities) without indexing.
    Extract(ExtractArgs),
    /// Count the articles, passages and quotes in the index.
    Stats(StatsArgs),
    /// Verify every file of the index (checksums) and its counts; exit 0 sound, 2 damaged.
    Check(CheckArgs),
    /// Write the index out for OpenSearch, Elasticsearch or Quickwit: every document
    /// (JSON Lines or a _bulk body), or the engine's index mapping.
    Export(ExportArgs),
    /// Serve a search page and a JSON API over HTTP (read-only; Ctrl-C stops).
    Serve(ServeArgs),
    /// Print shell completions or the man page, generated from these very flags.
    Generate(GenerateArgs),
}

/// `newsquote generate`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsquote generate bash > ~/.local/share/bash-completion/completions/newsquote
  newsquote generate zsh > ~/.zfunc/_newsquote
  newsquote generate man > newsquote.1 && man -l newsquote.1
  newsquote generate man --dir ~/.local/share/man/man1   one page per command")]
pub struct GenerateArgs {
    /// What to print.
    #[arg(value_enum)]
    pub what: Generated,
    /// With `man`: write a page per command (newsquote.1, newsquote-search.1, ...) into DIR.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// What `generate` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generated {
    /// Completions for bash.
    Bash,
    /// Completions for zsh.
    Zsh,
    /// Completions for fish.
    Fish,
    /// Completions for PowerShell.
    Powershell,
    /// Completions for elvish.
    Elvish,
    /// The man page, in roff: the main page, or every command's page with `--dir`.
    Man,
}

/// Where the index lives.
#[derive(Debug, Args)]
pub struct IndexArg {
    /// Index folder.
    #[arg(long, value_name = "DIR", default_value = "index", env = "NEWSQUOTE_INDEX", value_parser = index_dir)]
    pub index: PathBuf,
}

/// An index folder: an empty value (`NEWSQUOTE_INDEX=`) is said to be empty, not missing.
fn index_dir(value: &str) -> Result<PathBuf, String> {
    if value.is_empty() {
        return Err("the index folder is empty: give a folder, or unset NEWSQUOTE_INDEX".into());
    }
    Ok(PathBuf::from(value))
}

/// Progress and message verbosity.
#[derive(Debug, Args)]
pub struct Verbosity {
    /// Print nothing but errors and ingest's one-line summary (no progress bar, no skipped
    /// files named).
    #[arg(long, short)]
    pub quiet: bool,
    /// List every skipped input (not only the first five of each reason), and warnings such
    /// as legacy encodings.
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
    /// Read numeric dates day first: 12/11/2025 is 12 November (default: month first,
    /// unless the first number is over 12).
    #[arg(long)]
    pub day_first: bool,
    /// Outlet of the articles that name none (plain text, Markdown, records without an
    /// outlet field); an article's own outlet wins.
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Publication day of the articles that have no date of their own (a metadata field, a
    /// text file's date line); an article's own date wins, and none is then guessed from
    /// the opening words.
    #[arg(long, value_name = "DATE", conflicts_with = "date_from_path")]
    pub date: Option<String>,
    /// Read the publication day of undated articles from their path: YYYY, MM and DD stand
    /// for the year, month and day (YYYY/MM/DD, YYYY-MM-DD, YYYYMMDD); an article's own date
    /// wins. A path the pattern does not match leaves its article undated, with a warning.
    #[arg(long, value_name = "PATTERN")]
    pub date_from_path: Option<String>,
    /// Commit at least every this many seconds: a killed run loses at most that much work
    /// (a rebuild commits once, when complete). Searches see each commit.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub commit_every: u64,
    /// Index writer memory budget in MB (peak memory grows several times with it).
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(32..=4096))]
    pub memory: u64,
    /// Summary format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// Query syntax, shown by `newsquote search --help`.
const QUERY_HELP: &str = "Query syntax (every word is required unless OR joins it):
  human rights              both words, in the quote, its passage or the speaker's name
  \"human rights\"            the phrase
  \"drugs rights\"~5          proximity: both words within 5 positions of each other
  drugs OR cocaine          either word; group with parentheses: (drugs OR cocaine) AND fish
  -fish   NOT fish          without the word (a query starting with - needs -- before it:
                            newsquote search -- -fish drugs)
  speaker:petro             a word in one field: quote, reported (--reported), passage, speaker,
                            person, country (ISO code: country:co), organization, title, outlet
  date:[20250101 TO 20251231]   a date range (or use --from/--to)
Words are matched by stem (rights = right). AND, OR and NOT are upper case. A word found in
the quote itself weighs more than one found only in the passage around it.

Copies of one quote in several articles are one hit listing every article (citations,
earliest first); `total` counts such distinct quotes, `matches` every copy.

Exit status: 0 hits found, 1 nothing found, 2 error (bad query, no index...).";

/// `newsquote search`.
#[derive(Debug, Args)]
#[command(after_help = QUERY_HELP)]
pub struct SearchArgs {
    /// Words to find (see "Query syntax" below). Omit to list everything that passes the
    /// filters, newest first.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// Search every passage of the articles, not only quotes.
    #[arg(long)]
    pub passages: bool,
    /// Also find reported statements (speech without quotation marks: "Petro said the
    /// strikes violated international law"), beside the quotes. Each hit says which it is
    /// (`kind` in json and csv; "reported:" and no quotation marks in text and markdown).
    /// --full keeps them (a reported statement is never a fragment); --attributed keeps
    /// those with a known source.
    #[arg(long, conflicts_with = "passages")]
    pub reported: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Only quotes whose speaker is known.
    #[arg(long)]
    pub attributed: bool,
    /// Order: relevance (default with a query) or date (newest first; default without).
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,
    /// Number of hits to show; 0 shows only the counts (total, and --facets and --histogram).
    #[arg(long, short = 'n', value_name = "N", default_value_t = DEFAULT_LIMIT as u64, value_parser = hit_limit, allow_negative_numbers = true)]
    pub limit: u64,
    /// Hits to skip (for paging; the order is the same from one run to the next).
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Also count the matching set by speaker, person, country, organisation and outlet.
    /// With --format csv or jsonl, the counts are written instead of the hits (one row per
    /// value: count_of, value, label, count); not with markdown.
    #[arg(long)]
    pub facets: bool,
    /// Also count the matching set over time; periods between the first and the last match
    /// without one are listed at zero. Written as --facets is.
    #[arg(long, value_enum, value_name = "INTERVAL")]
    pub histogram: Option<IntervalArg>,
    /// With --histogram: also say for each period how many of its articles hold a match, out
    /// of all its articles in the index (reads every matching document: slower).
    #[arg(long, requires = "histogram")]
    pub per_article: bool,
    /// Also show N paragraphs on each side of each hit's paragraph, from its article, the
    /// quote marked (text; json and jsonl give them as `context`).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub context: u64,
    /// Values listed per facet, most frequent first (1 to 10,000).
    #[arg(long, value_name = "N", default_value_t = FACET_VALUES as u64)]
    pub facet_limit: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
    pub format: SearchFormat,
    /// With --format csv: write cells as they are. By default a cell starting with =, +, -,
    /// @, a tab or a carriage return gets a leading ' so that spreadsheets show it as text.
    #[arg(long)]
    pub raw_csv: bool,
    /// With --format csv: start with a UTF-8 byte-order mark, so that Excel reads the file
    /// as UTF-8 ("£", not "Â£").
    #[arg(long)]
    pub bom: bool,
    /// Print the request that OpenSearch, Elasticsearch or Quickwit needs for this search
    /// (see docs/scale-out.md) instead of searching.
    #[arg(long, value_enum, value_name = "ENGINE")]
    pub explain: Option<EngineArg>,
    #[command(flatten)]
    pub index: IndexArg,
    #[command(flatten)]
    pub color: ColorArg,
}

/// The filters `search` and `speakers` share: which quotes count.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only quotes by this speaker, as a reader types the name ("petro", "rand paul", "Mr.
    /// Obama", "Sen. Cruz", "G.W. Bush", "the governor"; in double quotes, one person only);
    /// with --passages (search), passages holding a quote by them. Repeat for any of several
    /// speakers.
    #[arg(long, value_name = "NAME")]
    pub speaker: Vec<String>,
    /// Only quotes whose passage names this person.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Only quotes whose passage refers to this country (name, ISO code or demonym). Repeat
    /// for any of several countries.
    #[arg(long, value_name = "NAME|CODE")]
    pub country: Vec<String>,
    /// Only articles of this outlet (any part of its name: "reuters"). Repeat for any of
    /// several outlets.
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
    /// Only full quotes: no fragments (short phrases quoted inside the reporter's sentence).
    #[arg(long)]
    pub full: bool,
    /// Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// `--limit`: 0 to [`MAX_LIMIT`]; a negative number is refused as one (not mistaken for a flag).
fn hit_limit(value: &str) -> Result<u64, String> {
    match value.trim().parse::<i64>() {
        Ok(n) if (0..=MAX_LIMIT as i64).contains(&n) => Ok(n as u64),
        _ => Err(format!("give a number of hits from 0 (counts only) to {MAX_LIMIT}")),
    }
}

/// `--sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Best match first.
    Relevance,
    /// Newest first.
    Date,
}

/// `--histogram` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IntervalArg {
    /// Per year.
    Year,
    /// Per month.
    Month,
    /// Per ISO week.
    Week,
    /// Per day.
    Day,
}

/// Search output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// For people: numbered hits, matched words marked.
    Text,
    /// One JSON object: total, matches, hits, facets, histogram.
    Json,
    /// One JSON object per hit, one a line.
    Jsonl,
    /// One row per hit, with a header row.
    Csv,
    /// Citations ready to paste: quote, speaker, outlet, date, link.
    Markdown,
}

/// `newsquote show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A citation from search output, e.g. 5a1f0c9e2b7d-p3-q1, or an article's key alone
    /// (5a1f0c9e2b7d: the whole article).
    pub citation: String,
    /// Paragraphs shown on each side of the cited one.
    #[arg(long, value_name = "N", default_value_t = newsquote::search::show::DEFAULT_REACH, conflicts_with = "article")]
    pub context: u64,
    /// Show the whole article, the cited quote (or paragraph) marked.
    #[arg(long)]
    pub article: bool,
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
    /// Read numeric dates day first: 12/11/2025 is 12 November.
    #[arg(long)]
    pub day_first: bool,
    #[command(flatten)]
    pub verbosity: Verbosity,
}

/// `newsquote speakers`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsquote speakers                                   everyone quoted, most quoted first
  newsquote speakers \"interest rates\" --from 2005      who is quoted on interest rates
  newsquote speakers --country Colombia --from 2025-11 --to 2025-11 --format json")]
pub struct SpeakersArgs {
    /// Words the quotes must match (the search query syntax). Omit for every quote.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Also count reported statements (speech without quotation marks), in a column of
    /// their own beside the quotes; speakers are then ordered by both together.
    #[arg(long)]
    pub reported: bool,
    /// Number of speakers to show.
    #[arg(long, short = 'n', default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=MAX_LIMIT as u64))]
    pub limit: u64,
    /// Speakers to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SpeakersFormatArg::Text)]
    pub format: SpeakersFormatArg,
    /// With --format csv: write cells as they are (see `search --raw-csv`).
    #[arg(long)]
    pub raw_csv: bool,
    #[command(flatten)]
    pub index: IndexArg,
}

/// `newsquote speakers` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SpeakersFormatArg {
    /// For people.
    Text,
    /// One JSON document.
    Json,
    /// One row per speaker.
    Csv,
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

/// `newsquote check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    #[command(flatten)]
    pub index: IndexArg,
}

/// `newsquote serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub index: IndexArg,
    /// Address and port to listen on. The default is reachable from this machine only;
    /// another address serves everyone who can reach it, without authentication.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Longest time one request may search, in seconds (then it is answered 503).
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0, value_parser = request_time)]
    pub timeout: f64,
}

fn request_time(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 3600.0 => Ok(s),
        _ => Err("give a number of seconds above 0, at most 3600".into()),
    }
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

/// `newsquote export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Document format: ndjson (one JSON object a line) or bulk (an OpenSearch/Elasticsearch
    /// _bulk body: an index action with the document's citation as `_id`, then the document).
    #[arg(long, value_enum, default_value_t = ExportFormat::Ndjson)]
    pub format: ExportFormat,
    /// Print the engine's index mapping (Quickwit: its index config, YAML) instead of the
    /// documents; needs no index.
    #[arg(long, value_enum, value_name = "ENGINE")]
    pub mapping: Option<EngineArg>,
    /// Index name: `_index` of the bulk actions, `index_id` of the Quickwit config.
    #[arg(long, value_name = "NAME", default_value = "newsquote")]
    pub target_index: String,
    #[command(flatten)]
    pub index: IndexArg,
}

/// `export --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per document per line.
    Ndjson,
    /// An OpenSearch/Elasticsearch _bulk body.
    Bulk,
}

/// Engines that `export --mapping` and `search --explain` write for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    /// OpenSearch 2.x.
    Opensearch,
    /// Elasticsearch 8.x.
    Elasticsearch,
    /// Quickwit 0.8 or later.
    Quickwit,
}

impl From<EngineArg> for newsquote::export::mapping::Engine {
    fn from(e: EngineArg) -> Self {
        match e {
            EngineArg::Opensearch => Self::OpenSearch,
            EngineArg::Elasticsearch => Self::Elasticsearch,
            EngineArg::Quickwit => Self::Quickwit,
        }
    }
}

//! Progress and problem reporting on stderr: a progress bar on a terminal (never in pipes
//! or CI) with articles, MB read, MB/s and time left, and one `path:line: reason` line per
//! skipped input, the first [`SHOWN_PER_REASON`] of each reason, then one line saying how many
//! more (with `--verbose`: every one, and every warning and duplicate).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsquote::ingest::Problem;
use newsquote::model::Article;
use newsquote::pipeline::{Observer, Summary};
use std::collections::HashMap;
use std::io::IsTerminal;

/// Skipped inputs named per reason before the rest are counted (all with `--verbose`).
pub const SHOWN_PER_REASON: usize = 5;

/// Reports a run on stderr.
pub struct Reporter {
    bar: Option<ProgressBar>,
    quiet: bool,
    verbose: bool,
    /// Skips per reason (numbers blanked, so "line 3" and "line 9" are one reason), with
    /// the reason as first said.
    skips: HashMap<String, (usize, String)>,
}

impl Reporter {
    /// A reporter; the bar shows only on an interactive stderr outside CI.
    pub fn new(quiet: bool, verbose: bool) -> Reporter {
        let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = (!quiet && interactive).then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{spinner} {msg:>16} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta} left",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar
        });
        Reporter { bar, quiet, verbose, skips: HashMap::new() }
    }

    fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar and says how many skips of each reason were not named.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let named_all = self.verbose;
        let mut unnamed: Vec<&(usize, String)> =
            self.skips.values().filter(|(n, _)| *n > SHOWN_PER_REASON && !named_all).collect();
        unnamed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (n, reason) in unnamed {
            let more = n - SHOWN_PER_REASON;
            eprintln!("skipped {more} more: {} (--verbose lists every one)", newsquote::escape::line(reason));
        }
    }
}

/// What makes two skips the same reason: the reason with its numbers and its `quoted`
/// parts (ids, places) blanked.
fn reason_key(reason: &str) -> String {
    let mut key = String::with_capacity(reason.len());
    for (i, part) in reason.split('`').enumerate() {
        if i % 2 == 1 {
            key.push_str("`_`");
        } else {
            key.extend(part.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }));
        }
    }
    key
}

impl Observer for Reporter {
    fn start(&mut self, _files: usize, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_length(bytes);
        }
    }

    fn progress(&mut self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
        }
    }

    fn duplicate(&mut self, article: &Article, of: &str) {
        if self.verbose {
            let place = article.place();
            let (at, of) = (newsquote::escape::line(&place), newsquote::escape::line(of));
            self.say(&format!("duplicate: {at}: same text or id as {of}; not indexed"));
        }
    }

    fn problem(&mut self, problem: &Problem, skipped: bool) {
        if self.quiet {
            return;
        }
        if skipped {
            let key = reason_key(&problem.reason);
            let (n, _) = self.skips.entry(key).or_insert_with(|| (0, problem.reason.clone()));
            *n += 1;
            if *n <= SHOWN_PER_REASON || self.verbose {
                self.say(&format!("skipped {problem}"));
            }
        } else if self.verbose {
            self.say(&format!("warning: {problem}"));
        }
    }

    fn limited(&mut self, problem: &Problem) {
        if !self.quiet {
            self.say(&format!("limited {problem}"));
        }
    }

    fn articles_done(&mut self, summary: &Summary) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{} articles", summary.articles));
        }
    }
}

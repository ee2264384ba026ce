//! Opens an index for reading: searches, citation lookups and counts. Reading takes no
//! lock of newsquote's, so searches run beside an ingest and on a read-only index.

use super::directory::ReadDirectory;
use super::folder::{self, State, Version};
use super::schema::{Fields, SCHEMA_VERSION, build_schema, register_tokenizers};
use super::verify::{self, Counts, Depth, Findings};
use super::{catch, engine_failure, guard, read_error};
use crate::error::{Error, Result};
use serde::Serialize;
use std::any::Any;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tantivy::schema::{TantivyDocument, Value};
use tantivy::{Executor, Index, IndexReader, ReloadPolicy, Searcher};

/// How many times an open is tried while an ingest or a rebuild beside it moves the index.
const OPEN_TRIES: usize = 5;

/// An index opened for reading.
pub struct IndexHandle {
    /// The index folder.
    pub dir: PathBuf,
    /// The tantivy index.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    reader: IndexReader,
    generation: u64,
    memo: Mutex<Memo>,
    /// Spreads the collection pass of a search over the cores ([`spread_executor`]); the
    /// smaller searches (a page's copies, counts) stay on the calling thread, where a
    /// hand-over to other threads would cost more than it saves on a busy machine.
    executor: Executor,
}

/// Values worked out from the index's contents, not from a query (which spellings of a
/// surname are one person, for instance), kept for the commit they were made on.
#[derive(Default)]
struct Memo {
    /// The searcher generation the values belong to.
    generation: u64,
    values: HashMap<String, Arc<dyn Any + Send + Sync>>,
}

/// Threads a search's segments are spread over, at most (fewer on fewer cores).
const SEARCH_THREADS: usize = 4;

/// The executor that spreads a search's segments over the cores (up to [`SEARCH_THREADS`]):
/// at a million passages a search's collectors read columns for thousands of documents in
/// a dozen segments, and the largest segments' work overlaps instead of adding up. On one
/// core, or when no thread can be started, the calling thread does it all. Results do not
/// depend on it: tantivy hands the segments' fruits to `merge_fruits` in segment order.
fn spread_executor() -> Executor {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(SEARCH_THREADS);
    if threads > 1 {
        // A pool that cannot be built leaves the calling thread: slower, not wrong.
        Executor::multi_thread(threads, "newsquote-search-").unwrap_or_else(|_| Executor::single_thread())
    } else {
        Executor::single_thread()
    }
}

/// Values a [`Memo`] keeps at most: past that it starts afresh.
const MEMO_VALUES: usize = 100_000;

/// Document counts, by kind.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// Articles indexed.
    pub articles: usize,
    /// Passages indexed.
    pub passages: usize,
    /// Quotes indexed.
    pub quotes: usize,
    /// Reported statements indexed (speech without quotation marks).
    pub reported: usize,
    /// Schema version of the index.
    pub schema_version: u32,
}

impl IndexHandle {
    /// Opens the index in `dir`: checks its schema version and runs the checks of
    /// [`Depth::Open`]; a damaged index is [`Error::Damaged`].
    pub fn open(dir: &Path) -> Result<IndexHandle> {
        let (handle, findings) = IndexHandle::open_checked(dir, Depth::Open)?;
        match findings.problems.first() {
            None => Ok(handle),
            Some(first) => {
                let more = findings.problems.len() - 1;
                let detail = if more > 0 { format!("{first}; and {more} more") } else { first.clone() };
                Err(Error::Damaged { path: dir.to_path_buf(), detail })
            }
        }
    }

    /// Opens the index in `dir` and checks it to `depth`, returning what the checks found
    /// beside the handle. An index that cannot be opened at all is an error.
    ///
    /// An ingest may commit, or a rebuild swap generations, while the index is opened and
    /// checked: then the check runs again on what is now in use, a few times at most, so
    /// that a race is never reported as damage.
    pub fn open_checked(dir: &Path, depth: Depth) -> Result<(IndexHandle, Findings)> {
        guard(dir, || {
            let mut tries = 0;
            loop {
                tries += 1;
                let generation = generation_in_use(dir)?;
                let segments = || std::fs::read(folder::generation_dir(dir, generation).join("meta.json")).ok();
                let listed = segments();
                let outcome = IndexHandle::open_generation(dir, generation).map(|handle| {
                    let findings = handle.check(generation, depth);
                    (handle, findings)
                });
                let last = tries == OPEN_TRIES;
                // Another generation in use, or another commit of this one.
                let moved = || generation_in_use(dir).is_ok_and(|now| now != generation) || segments() != listed;
                match outcome {
                    Ok((handle, findings)) if findings.problems.is_empty() || last || !moved() => {
                        return Ok((handle, findings));
                    }
                    Err(e) if last || !moved() => return Err(e),
                    _ => {}
                }
            }
        })
    }

    /// Checks generation `generation` of this index, reloading the searcher and checking
    /// again while commits move it.
    fn check(&self, generation: u64, depth: Depth) -> Findings {
        let path = folder::generation_dir(&self.dir, generation);
        let mut tries = 0;
        loop {
            tries += 1;
            let mut findings = verify::check(&path, &self.index, &self.searcher(), &self.fields, depth);
            if !findings.moved {
                return findings;
            }
            if tries == OPEN_TRIES || self.reader.reload().is_err() {
                // Never taken for sound: the checks did not all run on one commit.
                findings.problems.push(format!(
                    "the index kept changing while it was checked ({tries} tries); run the command again"
                ));
                return findings;
            }
        }
    }

    fn open_generation(dir: &Path, generation: u64) -> Result<IndexHandle> {
        let path = folder::generation_dir(dir, generation);
        let directory = ReadDirectory::open(&path)
            .map_err(|e| Error::Damaged { path: dir.to_path_buf(), detail: e.to_string() })?;
        let index = Index::open(directory).map_err(read_error(dir))?;
        register_tokenizers(&index);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(read_error(dir))?;
        let (_, fields) = build_schema();
        let executor = spread_executor();
        Ok(IndexHandle { dir: dir.to_path_buf(), index, fields, reader, generation, memo: Mutex::default(), executor })
    }

    /// Makes the next searchers see the last commit (an ingest running beside commits
    /// every few seconds). A rebuild writes a new generation instead: see [`Self::is_current`].
    pub fn reload(&self) -> Result<()> {
        self.guard(|| self.reader.reload().map_err(self.err()))
    }

    /// False once a rebuild has replaced the generation this handle reads: open the index
    /// again to see it. An index that cannot be inspected counts as current (the handle
    /// keeps serving what it has).
    pub fn is_current(&self) -> bool {
        !matches!(generation_in_use(&self.dir), Ok(g) if g != self.generation)
    }

    /// A searcher over the last commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The value `make` gives for `key` on `searcher`'s commit, made once per commit and
    /// shared by every search on it (a searcher of a newer commit starts afresh): for values
    /// that depend on the index's contents only, never on a query.
    pub fn memoized<T: Any + Send + Sync>(
        &self,
        searcher: &Searcher,
        key: &str,
        make: impl FnOnce() -> Result<T>,
    ) -> Result<Arc<T>> {
        let generation = searcher.generation().generation_id();
        let lock = || self.memo.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        {
            let memo = lock();
            if memo.generation == generation
                && let Some(value) = memo.values.get(key).and_then(|v| v.clone().downcast::<T>().ok())
            {
                return Ok(value);
            }
        }
        let value = Arc::new(make()?);
        let mut memo = lock();
        if memo.generation != generation || memo.values.len() >= MEMO_VALUES {
            *memo = Memo { generation, values: HashMap::new() };
        }
        memo.values.insert(key.to_owned(), value.clone());
        Ok(value)
    }

    /// The executor a search's collection pass runs its segments on: a thread pool of up
    /// to four threads, one per core (the calling thread alone on one core).
    pub fn executor(&self) -> &Executor {
        &self.executor
    }

    /// Wraps tantivy errors with this index's folder (errors that say its files are
    /// damaged become [`Error::Damaged`]).
    pub fn err(&self) -> impl Fn(tantivy::TantivyError) -> Error + '_ {
        read_error(&self.dir)
    }

    /// Runs `work` on this index. A panic inside it is [`Error::Damaged`] when a full check
    /// of the index then finds a problem, and [`Error::Internal`] (a bug of ours, not a
    /// damaged index) when the index checks sound.
    pub fn guard<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        catch(work).unwrap_or_else(|message| {
            if !self.is_current() {
                return Err(Error::Request(format!(
                    "the index at {} was rebuilt while it was read ({message}): run the command again",
                    self.dir.display()
                )));
            }
            // The generation this handle read, not whatever is in use by now.
            match catch(|| self.check(self.generation, Depth::Full)) {
                Ok(findings) if findings.problems.is_empty() => Err(Error::Internal(message)),
                Ok(findings) => Err(engine_failure(&self.dir, &message, findings.problems.first().map(String::as_str))),
                Err(_) => Err(engine_failure(&self.dir, &message, None)),
            }
        })
    }

    /// Counts documents of each kind.
    pub fn stats(&self) -> Result<Stats> {
        self.guard(|| self.count())
    }

    fn count(&self) -> Result<Stats> {
        let c = Counts::by_search(&self.searcher(), &self.fields).map_err(self.err())?;
        let n = |v: u64| v as usize;
        Ok(Stats {
            articles: n(c.articles),
            passages: n(c.passages),
            quotes: n(c.quotes),
            reported: n(c.reported),
            schema_version: super::schema::SCHEMA_VERSION,
        })
    }
}

/// The generation the version file of `dir` names, or why there is none to read.
fn generation_in_use(dir: &Path) -> Result<u64> {
    let version = match folder::inspect(dir)? {
        State::Ours { version: Some(v) } => v,
        State::Ours { version: None } => {
            return Err(Error::Damaged {
                path: dir.to_path_buf(),
                detail: format!("{} is not a newsquote version file", folder::VERSION_FILE),
            });
        }
        _ => return Err(Error::NoIndex(dir.to_path_buf())),
    };
    match version {
        Version { schema_version, .. } if schema_version != SCHEMA_VERSION => {
            Err(Error::SchemaVersion { path: dir.to_path_buf(), found: schema_version, expected: SCHEMA_VERSION })
        }
        Version { generation: Some(n), .. } => Ok(n),
        Version { generation: None, .. } => Err(Error::NoIndex(dir.to_path_buf())),
    }
}

/// The first text value of `field` in a stored document.
pub fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned)
}

/// Every text value of `field` in a stored document.
pub fn texts_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Vec<String> {
    doc.get_all(field).filter_map(|v| v.as_str()).map(str::to_owned).collect()
}

/// The first number of `field` in a stored document.
pub fn number_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<u64> {
    doc.get_first(field).and_then(|v| v.as_u64())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::writer::IndexWriter;
    use crate::model::Article;

    fn add(writer: &mut IndexWriter, id: &str, words: &str) -> Result<()> {
        let article = Article { id: id.into(), body: format!("\"{words},\" Ana Soto said."), ..Article::default() };
        writer.admit(&article)?;
        writer.add(&crate::extract::analyze(article))?;
        writer.commit()
    }

    /// A temporary index `idx` holding one article, with its writer.
    fn bridge_index() -> Result<(tempfile::TempDir, IndexWriter)> {
        let tmp = tempfile::tempdir().map_err(|cause| Error::Io { path: "tmp".into(), cause })?;
        let mut writer = IndexWriter::open(&tmp.path().join("idx"), 15_000_000, false)?;
        add(&mut writer, "a", "The bridge opens in May")?;
        Ok((tmp, writer))
    }

    #[test]
    fn a_commit_during_the_checks_is_not_damage() -> Result<()> {
        let (tmp, mut writer) = bridge_index()?;
        let dir = tmp.path().join("idx");
        let handle = IndexHandle::open(&dir)?;
        let before = handle.searcher();
        add(&mut writer, "b", "The school opens in June")?;
        // The searcher of the first commit beside the segment list of the second: a race
        // with the commit, not damage.
        let generation = generation_in_use(&dir)?;
        let path = folder::generation_dir(&dir, generation);
        let raced = verify::check(&path, &handle.index, &before, &handle.fields, Depth::Full);
        assert!(raced.moved && raced.problems.is_empty(), "{raced:?}");
        let checked = handle.check(generation, Depth::Full);
        assert!(!checked.moved && checked.problems.is_empty(), "{checked:?}");
        assert_eq!(handle.stats()?.articles, 2);
        Ok(())
    }

    #[test]
    fn a_memoized_value_is_made_once_per_commit() -> Result<()> {
        let (tmp, mut writer) = bridge_index()?;
        let dir = tmp.path().join("idx");
        let handle = IndexHandle::open(&dir)?;
        let made = std::cell::Cell::new(0);
        let docs = |searcher: &Searcher| {
            handle.memoized(searcher, "docs", || {
                made.set(made.get() + 1);
                Ok(searcher.num_docs())
            })
        };
        let first = handle.searcher();
        assert_eq!((*docs(&first)?, *docs(&first)?, made.get()), (3, 3, 1), "made once for a commit");
        add(&mut writer, "b", "The school opens in June")?;
        handle.reload()?;
        let second = handle.searcher();
        assert_eq!((*docs(&second)?, made.get()), (6, 2), "made again for the next commit");
        Ok(())
    }

    #[test]
    fn a_panic_of_ours_on_a_sound_index_is_a_bug_not_damage() -> Result<()> {
        let (tmp, writer) = bridge_index()?;
        let dir = tmp.path().join("idx");
        drop(writer);
        let handle = IndexHandle::open(&dir)?;
        let outcome: Result<()> = handle.guard(|| panic!("a bug of ours"));
        assert!(matches!(&outcome, Err(Error::Internal(m)) if m == "a bug of ours"), "{outcome:?}");
        // The same panic on an index whose files were damaged since it was opened.
        let generation = folder::generation_dir(&dir, generation_in_use(&dir)?);
        let store = std::fs::read_dir(&generation)
            .map_err(|cause| Error::Io { path: generation.clone(), cause })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|e| e == "store"));
        let store = store.unwrap_or_else(|| panic!("a .store file in {}", generation.display()));
        let mut bytes = std::fs::read(&store).map_err(|cause| Error::Io { path: store.clone(), cause })?;
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        std::fs::write(&store, bytes).map_err(|cause| Error::Io { path: store.clone(), cause })?;
        let outcome: Result<()> = handle.guard(|| panic!("a bug of ours"));
        assert!(matches!(&outcome, Err(Error::Damaged { detail, .. }) if detail.contains("checksum")), "{outcome:?}");
        Ok(())
    }
}

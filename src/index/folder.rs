//! The index folder: what newsquote keeps in it, who may write it, and how a rebuild swaps
//! one index for another without ever leaving neither.
//!
//! ```text
//! index/
//!   newsquote.json     the version file: {"schema_version": 9, "generation": 3}
//!   newsquote.lock     held (flock) by the one process writing the folder
//!   generation-3/      tantivy's files of the index in use
//! ```
//!
//! Write rules:
//! - newsquote writes only into a folder that is missing, empty (a `.gitkeep` aside) or
//!   holds its own index, recognised by the version file; anything else is refused.
//! - The lock is taken before anything in the folder is touched, and held until the writer
//!   is dropped; readers never take it.
//! - The version file is always written first (atomically: a temporary file renamed over
//!   it), so every state a killed run can leave has one, and the next writer repairs it:
//!   generations the version file does not name and temporary files are leftovers, removed.
//! - A rebuild writes a new generation beside the one in use and only then points the
//!   version file at it: a kill at any moment leaves the old or the new index.
//! - Only files newsquote made are deleted: its generations, its temporary files and, for
//!   an index of the older flat layout (schema 4 and before), the files tantivy listed as
//!   its own.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version file.
pub const VERSION_FILE: &str = "newsquote.json";
/// The writer lock file.
pub const LOCK_FILE: &str = "newsquote.lock";
/// The version file while it is being replaced.
const VERSION_TEMP: &str = "newsquote.json.tmp";
/// Generation folders are named this prefix and a number.
const GENERATION_PREFIX: &str = "generation-";
/// Names a folder may hold and still count as empty.
const HARMLESS: &[&str] = &[".gitkeep", ".keep", LOCK_FILE, VERSION_TEMP];

/// What the version file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// The schema the index was written with.
    pub schema_version: u32,
    /// The generation in use; none while the first one is being made (and in indexes of
    /// the older flat layout, whose files sit in the folder itself).
    #[serde(default)]
    pub generation: Option<u64>,
}

/// What a folder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// No such folder.
    Missing,
    /// Empty, or only files that do not matter (`.gitkeep`, a lock left by a killed run).
    Empty,
    /// A newsquote index; `version` is `None` when the version file cannot be read as one.
    Ours {
        /// The version file's contents.
        version: Option<Version>,
    },
    /// Files newsquote did not make; the first few names are given.
    Foreign(Vec<String>),
}

/// Reads what `dir` holds, without writing anything.
pub fn inspect(dir: &Path) -> Result<State> {
    let io = |cause| Error::Io { path: dir.to_path_buf(), cause };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::Missing),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => return Err(Error::NotAFolder(dir.to_path_buf())),
        Err(e) => return Err(io(e)),
    };
    let mut foreign = Vec::new();
    let mut has_version = false;
    for entry in entries {
        let name = entry.map_err(io)?.file_name().to_string_lossy().into_owned();
        if name == VERSION_FILE {
            has_version = true;
        } else if !HARMLESS.contains(&name.as_str()) {
            foreign.push(name);
        }
    }
    if has_version {
        let version = read_version(dir)?;
        // A `newsquote.json` that is not a version file is ours only beside nothing but
        // our own generations: else it is someone else's file, and the folder theirs.
        let only_ours = foreign.iter().all(|n| generation_number(n).is_some());
        if version.is_some() || only_ours {
            return Ok(State::Ours { version });
        }
    }
    if foreign.is_empty() {
        return Ok(State::Empty);
    }
    foreign.sort();
    foreign.truncate(3);
    Ok(State::Foreign(foreign))
}

/// Reads the version file; `None` when it is not one (damaged).
fn read_version(dir: &Path) -> Result<Option<Version>> {
    let path = dir.join(VERSION_FILE);
    let text = std::fs::read_to_string(&path).map_err(|cause| Error::Io { path: path.clone(), cause })?;
    Ok(serde_json::from_str::<Version>(&text).ok())
}

/// Replaces the version file atomically: written beside it, synced, renamed over it.
pub fn write_version(dir: &Path, version: &Version) -> Result<()> {
    let temp = dir.join(VERSION_TEMP);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |cause| Error::Io { path, cause }
    };
    let text = serde_json::to_string(version).unwrap_or_default();
    let mut file = File::create(&temp).map_err(io(&temp))?;
    file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(io(&temp))?;
    std::fs::rename(&temp, dir.join(VERSION_FILE)).map_err(io(dir))?;
    sync_folder(dir);
    Ok(())
}

/// Makes a rename in `dir` durable. Best effort: some file systems cannot sync a folder,
/// and the rename is atomic either way.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// The folder of generation `n`.
pub fn generation_dir(dir: &Path, n: u64) -> PathBuf {
    dir.join(format!("{GENERATION_PREFIX}{n}"))
}

/// The number of a generation folder's name: only names newsquote writes (`generation-7`,
/// never `generation-007` or `generation-+7`).
fn generation_number(name: &str) -> Option<u64> {
    let digits = name.strip_prefix(GENERATION_PREFIX)?;
    digits.parse::<u64>().ok().filter(|n| n.to_string() == digits)
}

/// The generation numbers present in `dir`.
fn generations(dir: &Path) -> Result<Vec<u64>> {
    let io = |cause| Error::Io { path: dir.to_path_buf(), cause };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let name = entry.map_err(io)?.file_name();
        if let Some(n) = name.to_str().and_then(generation_number) {
            found.push(n);
        }
    }
    Ok(found)
}

/// The writer's hold on an index folder: the lock is held while this lives.
#[derive(Debug)]
pub struct WriteLock {
    dir: PathBuf,
    _lock: File,
}

impl WriteLock {
    /// Takes the writer lock of `dir`, creating the folder if needed. Refuses a folder
    /// holding files newsquote did not make, before touching it.
    pub fn take(dir: &Path) -> Result<WriteLock> {
        refuse_foreign(dir, inspect(dir)?)?;
        std::fs::create_dir_all(dir).map_err(|cause| Error::Io { path: dir.to_path_buf(), cause })?;
        let path = dir.join(LOCK_FILE);
        let file = File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|cause| Error::Io { path: path.clone(), cause })?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Locked(dir.to_path_buf())),
            Err(std::fs::TryLockError::Error(cause)) => return Err(Error::Io { path, cause }),
        }
        Ok(WriteLock { dir: dir.to_path_buf(), _lock: file })
    }

    /// The locked folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder's state, read under the lock (nothing can change it meanwhile).
    pub fn state(&self) -> Result<State> {
        let state = inspect(&self.dir)?;
        refuse_foreign(&self.dir, state.clone())?;
        Ok(state)
    }

    /// Starts a new, empty generation (numbered past every one present) and returns its
    /// number; the version file is written first, so that the folder is known as ours.
    pub fn new_generation(&self, current: Option<Version>) -> Result<u64> {
        let schema_version = super::schema::SCHEMA_VERSION;
        let in_use = current.filter(|v| v.schema_version == schema_version).and_then(|v| v.generation);
        if current.is_none() {
            write_version(&self.dir, &Version { schema_version, generation: None })?;
        }
        let n = generations(&self.dir)?.into_iter().chain(in_use).max().unwrap_or(0) + 1;
        let path = generation_dir(&self.dir, n);
        std::fs::create_dir(&path).map_err(|cause| Error::Io { path, cause })?;
        Ok(n)
    }

    /// Points the version file at generation `n`, then removes every other generation
    /// and the files of an older flat-layout index.
    pub fn switch_to(&self, n: u64) -> Result<()> {
        let old = read_version(&self.dir)?;
        write_version(&self.dir, &Version { schema_version: super::schema::SCHEMA_VERSION, generation: Some(n) })?;
        if old.is_some_and(|v| v.generation.is_none() && v.schema_version < 5) {
            remove_flat_index(&self.dir)?;
        }
        self.remove_leftovers(n)
    }

    /// Removes what killed runs left: generations other than `keep`, and tantivy's
    /// temporary files inside `keep`. Best effort: what cannot be removed now (a search
    /// writing its note of verified files into an old generation as it goes) is removed
    /// by a later ingest, and never stands in the way of this one.
    pub fn remove_leftovers(&self, keep: u64) -> Result<()> {
        for n in generations(&self.dir)? {
            if n != keep {
                self.discard(n);
            }
        }
        let kept = generation_dir(&self.dir, keep);
        let io = |cause| Error::Io { path: kept.clone(), cause };
        for entry in std::fs::read_dir(&kept).map_err(io)? {
            let path = entry.map_err(io)?.path();
            let temporary = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(".tmp"));
            if temporary && path.is_file() {
                let _ = std::fs::remove_file(&path);
            }
        }
        Ok(())
    }

    /// Removes generation `n` (a rebuild given up, or one replaced), best effort: a file
    /// a search adds meanwhile makes the first try fail, so it is tried twice.
    pub fn discard(&self, n: u64) {
        let path = generation_dir(&self.dir, n);
        if std::fs::remove_dir_all(&path).is_err() {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// A folder of someone else's files is never written.
fn refuse_foreign(dir: &Path, state: State) -> Result<()> {
    match state {
        State::Foreign(names) => Err(Error::NotAnIndex { path: dir.to_path_buf(), found: names.join(", ") }),
        _ => Ok(()),
    }
}

/// Removes the files of a flat-layout index (schema 4 and before) from `dir`: those
/// tantivy listed in its `.managed.json`, and its own bookkeeping files.
fn remove_flat_index(dir: &Path) -> Result<()> {
    let managed = dir.join(".managed.json");
    let listed: Vec<String> =
        std::fs::read_to_string(&managed).ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default();
    let bookkeeping = ["meta.json", ".managed.json", ".tantivy-writer.lock", ".tantivy-meta.lock"];
    for name in listed.iter().map(String::as_str).chain(bookkeeping) {
        // Only plain names: a listed path that leaves the folder is not tantivy's.
        if name.contains(['/', '\\']) || name.starts_with("..") {
            continue;
        }
        let path = dir.join(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(cause) => return Err(Error::Io { path, cause }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_of_other_files_is_foreign_and_never_locked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("movie.idx"), "mine").unwrap();
        assert_eq!(inspect(dir.path()).unwrap(), State::Foreign(vec!["movie.idx".into()]));
        assert!(matches!(WriteLock::take(dir.path()), Err(Error::NotAnIndex { .. })));
        assert!(!dir.path().join(LOCK_FILE).exists(), "nothing written into a foreign folder");
    }

    #[test]
    fn a_gitkeep_or_a_stale_lock_leaves_a_folder_empty() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
        std::fs::write(dir.path().join(LOCK_FILE), "").unwrap();
        assert_eq!(inspect(dir.path()).unwrap(), State::Empty);
        assert_eq!(inspect(&dir.path().join("nope")).unwrap(), State::Missing);
    }

    #[test]
    fn only_the_names_newsquote_writes_are_generations() {
        let numbers: Vec<_> =
            ["generation-7", "generation-007", "generation-+7", "generation-", "generation-7a", "generation-0"]
                .into_iter()
                .map(generation_number)
                .collect();
        assert_eq!(numbers, [Some(7), None, None, None, None, Some(0)]);
    }

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let _held = WriteLock::take(dir.path()).unwrap();
        assert!(matches!(WriteLock::take(dir.path()), Err(Error::Locked(_))));
    }

    #[test]
    fn switching_generations_removes_the_others_and_flat_files() {
        let dir = tempfile::tempdir().unwrap();
        // An old flat index: a version file without generation, tantivy's files beside it.
        std::fs::write(dir.path().join(VERSION_FILE), r#"{"schema_version":4}"#).unwrap();
        std::fs::write(dir.path().join(".managed.json"), r#"["a.idx","meta.json"]"#).unwrap();
        std::fs::write(dir.path().join("a.idx"), "").unwrap();
        std::fs::write(dir.path().join("meta.json"), "{}").unwrap();
        std::fs::write(dir.path().join(".gitkeep"), "").unwrap();
        let lock = WriteLock::take(dir.path()).unwrap();
        let State::Ours { version } = lock.state().unwrap() else { panic!("ours") };
        let n = lock.new_generation(version).unwrap();
        let stale = lock.new_generation(version).unwrap();
        std::fs::write(generation_dir(dir.path(), n).join(".tmp123"), "").unwrap();
        lock.switch_to(n).unwrap();
        let mut left: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        left.sort();
        assert_eq!(left, [".gitkeep", "generation-1", VERSION_FILE, LOCK_FILE]);
        assert!(!generation_dir(dir.path(), stale).exists());
        assert!(!generation_dir(dir.path(), n).join(".tmp123").exists());
        assert_eq!(
            read_version(dir.path()).unwrap(),
            Some(Version { schema_version: super::super::schema::SCHEMA_VERSION, generation: Some(n) })
        );
    }
}

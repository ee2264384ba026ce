//! The directory searches read through: tantivy's memory-mapped directory, except that a
//! lock it cannot take because the index is read-only (files at 0444, a read-only mount)
//! is not an error.
//!
//! tantivy takes its meta lock while a reader loads the list of segments, so that a writer
//! in another process does not delete files under it. Taking it means creating and writing
//! a lock file; where this user can write nothing, reading goes on without it. A writer of
//! another user may then remove a merged segment's files while a search opens them: the
//! open fails, sees the segment list changed, and tries again
//! ([`super::reader::IndexHandle::open_checked`]).

use std::io;
use std::path::Path;
use std::sync::Arc;
use tantivy::directory::error::{DeleteError, LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

/// A memory-mapped directory that reads a read-only index without its lock.
#[derive(Debug, Clone)]
pub struct ReadDirectory(MmapDirectory);

impl ReadDirectory {
    /// Opens `path`.
    pub fn open(path: &Path) -> Result<ReadDirectory, OpenDirectoryError> {
        MmapDirectory::open(path).map(ReadDirectory)
    }
}

/// True when an I/O error says that nothing can be written there.
fn is_read_only(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem)
}

impl Directory for ReadDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.0.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.0.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.0.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.0.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.0.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.0.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
            Err(LockError::IoError(e)) if is_read_only(&e) => Ok(DirectoryLock::from(Box::new(()))),
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.0.watch(watch_callback)
    }
}

//! The one index reader every request shares, kept fresh: [`SharedIndex::refresh`] makes
//! searches see each commit of an ingest that runs beside the server, and opens the new
//! generation once a rebuild has replaced the old one. Reading takes no lock, so the
//! server never stands in an ingest's way.

use crate::error::Result;
use crate::index::reader::IndexHandle;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// The index the server reads, shared among requests.
pub struct SharedIndex {
    dir: PathBuf,
    current: RwLock<Arc<IndexHandle>>,
}

impl SharedIndex {
    /// Opens the index in `dir` (read-only; a damaged or missing index is an error).
    pub fn open(dir: &Path) -> Result<SharedIndex> {
        let handle = IndexHandle::open(dir)?;
        Ok(SharedIndex { dir: dir.to_path_buf(), current: RwLock::new(Arc::new(handle)) })
    }

    /// The index folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The handle to search with; a request keeps the one it got even if a refresh
    /// replaces it meanwhile.
    pub fn handle(&self) -> Arc<IndexHandle> {
        // A poisoned lock still holds a valid handle: only an assignment happens under it.
        self.current.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Sees the last commit: reloads the reader, or opens the index again when a rebuild
    /// has swapped generations. On failure the old handle keeps serving.
    pub fn refresh(&self) -> Result<()> {
        let handle = self.handle();
        if handle.is_current() {
            return handle.reload();
        }
        let fresh = Arc::new(IndexHandle::open(&self.dir)?);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        Ok(())
    }
}

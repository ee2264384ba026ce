//! What every integration test crate needs: the repository's root and the binary.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The repository's root (the crate's manifest folder).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `newsquote` binary, run in `dir` with a clean environment and no colour.
pub fn newsquote(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsquote").unwrap_or_else(|e| panic!("binary: {e}"));
    cmd.current_dir(dir).env_clear().env("NO_COLOR", "1");
    cmd
}

//! Index safety end to end, one test per problem of the index-safety issue: one writer at a
//! time, half-made states repaired, foreign folders never written, damaged indexes refused
//! (never a panic or wrong results), read-only indexes searched, a rebuild killed at any
//! moment leaving the old or the new index.

use super::ingest::{generated_corpus, signal, start_ingest, stats, summary_of, tempdir, write};
use super::{Stats, newsquote, root, search_json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn run(dir: &Path, args: &[&str]) -> Output {
    newsquote(dir).args(args).output().unwrap_or_else(|e| panic!("run: {e}"))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()).unwrap_or_default())
        .collect();
    names.sort();
    names
}

fn ingest_corpus(dir: &Path, index: &str, extra: &[&str]) -> Output {
    let corpus = root().join("corpus");
    let out = newsquote(dir).args(["ingest", "--quiet", "--index", index]).args(extra).arg(&corpus).output();
    out.unwrap_or_else(|e| panic!("run: {e}"))
}

/// A copy of the bundled corpus in `dir/corpus`, for commands run there with `corpus` as input.
fn corpus_in(dir: &Path) {
    copy_folder(&root().join("corpus"), &dir.join("corpus"));
}

/// Counts of the bundled corpus, indexed into `idx` (and the corpus copied into `dir`).
fn corpus_counts(dir: &Path) -> Stats {
    corpus_in(dir);
    let out = ingest_corpus(dir, "idx", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    stats(dir).unwrap_or_else(|| panic!("no stats"))
}

#[cfg(unix)]
#[test]
fn a_rebuild_never_gets_past_the_lock_of_a_running_ingest() {
    let tmp = tempdir();
    let corpus = tmp.path().join("gen");
    let n = generated_corpus(&corpus, 30);
    let child = start_ingest(tmp.path(), &corpus);
    // The first ingest is paused while the rebuild tries, so that it cannot have finished
    // (and let go of the lock) on however fast a machine.
    signal(&child, "-STOP");
    let out = newsquote(tmp.path()).args(["ingest", "--rebuild", "--index", "idx"]).arg(&corpus).output();
    signal(&child, "-CONT");
    let out = out.unwrap_or_else(|e| panic!("run: {e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is being written by another process"), "{}", stderr(&out));
    let first = child.wait_with_output().unwrap_or_else(|e| panic!("wait: {e}"));
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    assert_eq!(summary_of(&first.stdout).articles, n);
    assert_eq!(stats(tmp.path()).map(|s| s.articles), Some(n));
    assert_eq!(run(tmp.path(), &["check", "--index", "idx"]).status.code(), Some(0));
}

#[test]
fn half_made_states_are_repaired_by_the_next_ingest() {
    let tmp = tempdir();
    let full = corpus_counts(tmp.path());
    let idx = tmp.path().join("idx");

    // A killed rebuild's generation, tantivy temporary files and a stale lock are removed.
    std::fs::create_dir(idx.join("generation-9")).unwrap_or_else(|e| panic!("{e}"));
    write(&idx.join("generation-9/abc.idx"), "half");
    write(&idx.join("generation-1/.tmpA1b2C3"), "half");
    let out = ingest_corpus(tmp.path(), "idx", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(names(&idx), ["generation-1", "newsquote.json", "newsquote.lock"]);
    assert!(!idx.join("generation-1/.tmpA1b2C3").exists());
    assert_eq!(stats(tmp.path()), Some(full));

    // A first ingest killed before it had an index: no index to search, the next ingest
    // makes one.
    std::fs::remove_dir_all(&idx).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(idx.join("generation-1")).unwrap_or_else(|e| panic!("{e}"));
    write(&idx.join("newsquote.json"), r#"{"schema_version":6,"generation":null}"#);
    write(&idx.join("generation-1/meta.json"), "{");
    let out = run(tmp.path(), &["stats", "--index", "idx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("no index at {}", idx.display())), "{}", stderr(&out));
    let out = ingest_corpus(tmp.path(), "idx", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stats(tmp.path()), Some(full));
    assert_eq!(names(&idx), ["generation-2", "newsquote.json", "newsquote.lock"]);

    // A version file that is not one: refused with the command that repairs it.
    write(&idx.join("newsquote.json"), "garbage");
    for args in [&["stats", "--index", "idx"][..], &["ingest", "--index", "idx", "corpus"]] {
        let out = run(tmp.path(), args);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("newsquote ingest --rebuild --index idx"), "{}", stderr(&out));
    }
    let out = ingest_corpus(tmp.path(), "idx", &["--rebuild"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stats(tmp.path()), Some(full));
}

#[test]
fn an_index_of_the_old_flat_layout_is_replaced_only_by_a_rebuild() {
    let tmp = tempdir();
    corpus_in(tmp.path());
    let idx = tmp.path().join("idx");
    std::fs::create_dir(&idx).unwrap_or_else(|e| panic!("{e}"));
    write(&idx.join("newsquote.json"), r#"{"schema_version":4}"#);
    write(&idx.join(".managed.json"), r#"["0a1b.idx","0a1b.store","meta.json"]"#);
    for name in ["0a1b.idx", "0a1b.store", "meta.json", ".gitkeep", "notes.txt"] {
        write(&idx.join(name), "old");
    }
    for args in [&["search", "x", "--index", "idx"][..], &["ingest", "--index", "idx", "corpus"]] {
        let out = run(tmp.path(), args);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("schema version 4") && stderr(&out).contains("--rebuild"), "{}", stderr(&out));
    }
    let out = ingest_corpus(tmp.path(), "idx", &["--rebuild"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // tantivy's files are gone, the files newsquote did not make are kept.
    assert_eq!(names(&idx), [".gitkeep", "generation-1", "newsquote.json", "newsquote.lock", "notes.txt"]);
    assert!(stats(tmp.path()).is_some_and(|s| s.articles > 0));

    // The older layout's half-made state (tantivy's files, no version file) is never
    // written into, and the message says how to recover.
    let half = tmp.path().join("half");
    std::fs::create_dir(&half).unwrap_or_else(|e| panic!("{e}"));
    write(&half.join("meta.json"), "{}");
    let out = ingest_corpus(tmp.path(), "half", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("remove the folder and ingest again"), "{}", stderr(&out));
    assert_eq!(names(&half), ["meta.json"]);
}

#[test]
fn a_folder_of_the_users_files_is_never_written_or_deleted() {
    let tmp = tempdir();
    let mine = tmp.path().join("mine");
    std::fs::create_dir(&mine).unwrap_or_else(|e| panic!("{e}"));
    for name in ["movie.idx", "backup.store", "chess.pos"] {
        write(&mine.join(name), "precious");
    }
    for extra in [&[][..], &["--rebuild"]] {
        let out = ingest_corpus(tmp.path(), "mine", extra);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("holds no newsquote index"), "{}", stderr(&out));
        assert_eq!(names(&mine), ["backup.store", "chess.pos", "movie.idx"]);
    }
    for name in ["movie.idx", "backup.store", "chess.pos"] {
        assert_eq!(std::fs::read_to_string(mine.join(name)).ok().as_deref(), Some("precious"));
    }
}

/// Overwrites `len` bytes in the middle of the first file of `generation` ending in `ext`.
fn overwrite_bytes(generation: &Path, ext: &str) {
    let file = names(generation)
        .into_iter()
        .find(|n| n.ends_with(ext))
        .unwrap_or_else(|| panic!("no {ext} file in {}", generation.display()));
    let path = generation.join(file);
    let mut bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let middle = bytes.len() / 2;
    for (i, b) in bytes[middle..].iter_mut().take(16).enumerate() {
        *b = b.wrapping_add(1 + i as u8);
    }
    write(&path, bytes);
}

/// Rewrites the segment list of `generation`'s meta.json with `edit`.
fn edit_segments(generation: &Path, edit: fn(&mut Vec<serde_json::Value>)) {
    let path = generation.join("meta.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut meta: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let segments = meta["segments"].as_array_mut().unwrap_or_else(|| panic!("no segments"));
    edit(segments);
    write(&path, meta.to_string());
}

/// A way of damaging a generation folder.
type Damage = Box<dyn Fn(&Path)>;

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for name in names(from) {
        let (src, dst) = (from.join(&name), to.join(&name));
        if src.is_dir() {
            copy_folder(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn a_damaged_index_is_refused_by_every_command_never_a_panic_or_wrong_results() {
    let tmp = tempdir();
    corpus_counts(tmp.path());
    let (hits, _) = search_json(tmp.path(), &["rights"]);
    let citation = hits.hits[0].citation.clone();
    let damages: [(&str, Damage); 6] = [
        ("bytes in a .term file", Box::new(|g| overwrite_bytes(g, ".term"))),
        ("bytes in a .fast file", Box::new(|g| overwrite_bytes(g, ".fast"))),
        ("bytes in a .store file", Box::new(|g| overwrite_bytes(g, ".store"))),
        ("a bad max_doc", Box::new(|g| edit_segments(g, |s| s[0]["max_doc"] = serde_json::json!(100_000)))),
        ("a duplicated segment", Box::new(|g| edit_segments(g, |s| s.push(s[0].clone())))),
        ("a missing file", Box::new(remove_an_idx_file)),
    ];
    for (what, damage) in &damages {
        let copy = tmp.path().join("copy");
        let _ = std::fs::remove_dir_all(&copy);
        copy_folder(&tmp.path().join("idx"), &copy);
        // A search first, so that the checksums are remembered: a file changed afterwards
        // must be verified again.
        let out = run(tmp.path(), &["search", "rights", "--index", "copy"]);
        assert_eq!(out.status.code(), Some(0), "{what}: {}", stderr(&out));
        damage(&copy.join("generation-1"));
        let commands: [&[&str]; 6] = [
            &["search", "rights", "--index", "copy"],
            &["search", "--facets", "--index", "copy"],
            &["show", &citation, "--index", "copy"],
            &["stats", "--index", "copy"],
            &["check", "--index", "copy"],
            &["ingest", "--index", "copy", "corpus"],
        ];
        for args in commands {
            let out = run(tmp.path(), args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{what}, {args:?}: {err}");
            assert!(!err.contains("panicked"), "{what}, {args:?}: {err}");
            if args[0] == "check" {
                assert!(String::from_utf8_lossy(&out.stdout).contains("damaged"), "{what}: {out:?}");
            } else {
                assert!(err.contains("is damaged") && err.contains("newsquote check"), "{what}, {args:?}: {err}");
            }
        }
    }
    let out = run(tmp.path(), &["check", "--index", "idx"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

/// Deletes the first `.idx` file of `generation`.
fn remove_an_idx_file(generation: &Path) {
    let file = names(generation).into_iter().find(|n| n.ends_with(".idx")).unwrap_or_else(|| panic!("no .idx"));
    std::fs::remove_file(generation.join(file)).unwrap_or_else(|e| panic!("{e}"));
}

/// Runs the binary as the unprivileged user `nobody` (root ignores file modes), or `None`
/// when that cannot be done here.
fn as_nobody(dir: &Path, args: &[&str]) -> Option<Output> {
    let bin = assert_cmd::cargo::cargo_bin("newsquote");
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&bin)
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    let err = stderr(&out);
    (!err.contains("setpriv:")).then_some(out)
}

fn chmod(path: &Path, mode: &str) {
    let ok = Command::new("chmod").args(["-R", mode]).arg(path).status().is_ok_and(|s| s.success());
    assert!(ok, "chmod {mode} {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_read_only_index_is_searched_and_an_unreadable_one_named() {
    let tmp = tempdir();
    corpus_counts(tmp.path());
    chmod(tmp.path(), "a+rX");
    chmod(&tmp.path().join("idx"), "a-w");
    let Some(out) = as_nobody(tmp.path(), &["search", "rights", "--index", "idx", "--format", "json"]) else {
        println!("note: cannot run as another user here (setpriv); test skipped");
        return;
    };
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("human rights"));
    let out = as_nobody(tmp.path(), &["check", "--index", "idx"]).unwrap_or_else(|| panic!("setpriv"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Writing is refused with the reason, and nothing is lost.
    let out = as_nobody(tmp.path(), &["ingest", "--index", "idx", "--rebuild"]).unwrap_or_else(|| panic!("setpriv"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("ermission denied"), "{}", stderr(&out));
    chmod(&tmp.path().join("idx"), "a-rwx");
    let out = as_nobody(tmp.path(), &["search", "rights", "--index", "idx"]).unwrap_or_else(|| panic!("setpriv"));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("ermission denied") && !err.contains("no index"), "{err}");
    chmod(&tmp.path().join("idx"), "u+rwX");
    assert_eq!(run(tmp.path(), &["check", "--index", "idx"]).status.code(), Some(0));
}

#[test]
fn errors_are_printed_once() {
    let tmp = tempdir();
    write(&tmp.path().join("afile"), "x");
    let out = run(tmp.path(), &["stats", "--index", "afile"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("is a file, not a folder").count(), 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_named_and_what_was_committed_kept() {
    let tmp = tempdir();
    let corpus = tmp.path().join("gen");
    generated_corpus(&corpus, 10);
    let disk = tmp.path().join("disk");
    std::fs::create_dir(&disk).unwrap_or_else(|e| panic!("{e}"));
    let bin = assert_cmd::cargo::cargo_bin("newsquote");
    // A small file system of its own, in a mount namespace that ends with the command.
    let script = format!(
        "mount -t tmpfs -o size=256k tmpfs disk || exit 99; {} ingest --quiet --index disk/idx gen; echo \"exit $?\"; {} stats --index disk/idx",
        bin.display(),
        bin.display()
    );
    let out = Command::new("unshare").args(["-m", "sh", "-c", &script]).current_dir(tmp.path()).output();
    let Some(out) = out.ok().filter(|o| o.status.code() != Some(99) && !stderr(o).contains("unshare:")) else {
        println!("note: cannot mount a small file system here; test skipped");
        return;
    };
    let (stdout, err) = (String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(stdout.contains("exit 2"), "{stdout}\n{err}");
    assert!(err.contains("the disk is full"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Spawns `ingest --rebuild` of `corpus` into `idx`.
fn spawn_rebuild(dir: &Path, corpus: &Path) -> std::process::Child {
    let bin = assert_cmd::cargo::cargo_bin("newsquote");
    Command::new(bin)
        .current_dir(dir)
        .env_clear()
        .args(["ingest", "--quiet", "--rebuild", "--index", "idx"])
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"))
}

#[test]
fn a_rebuild_killed_at_any_moment_leaves_the_old_or_the_new_index() {
    let tmp = tempdir();
    let corpora: [PathBuf; 2] = [tmp.path().join("small"), tmp.path().join("large")];
    generated_corpus(&corpora[0], 1);
    generated_corpus(&corpora[1], 3);
    let mut counts = Vec::new();
    let mut took = Duration::ZERO;
    for corpus in &corpora {
        let started = Instant::now();
        let status = spawn_rebuild(tmp.path(), corpus).wait().unwrap_or_else(|e| panic!("{e}"));
        took = took.max(started.elapsed());
        assert!(status.success());
        counts.push(stats(tmp.path()).unwrap_or_else(|| panic!("no stats")));
    }
    // Twenty kills spread over a whole rebuild, at uneven points (a fixed pseudo-random
    // walk), each rebuilding towards the corpus the index does not hold.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut swapped = 0;
    for round in 0..20u32 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let at = took.mul_f64(((seed >> 33) % 1000) as f64 / 1000.0 * 1.2);
        let now = stats(tmp.path()).unwrap_or_else(|| panic!("round {round}: no index"));
        let target = if now == counts[0] { 1 } else { 0 };
        let mut child = spawn_rebuild(tmp.path(), &corpora[target]);
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        let after = stats(tmp.path()).unwrap_or_else(|| panic!("round {round}: killed at {at:?}, no searchable index"));
        assert!(after == counts[0] || after == counts[1], "round {round}: killed at {at:?}: {after:?} is neither");
        swapped += usize::from(after == counts[target]);
        let (res, code) = search_json(tmp.path(), &["homes"]);
        assert!(code == 0 && res.total > 0, "round {round}: search exited {code}");
    }
    // Kills landed both before and after the swap (else the points were not spread).
    assert!(swapped > 0 && swapped < 20, "{swapped} of 20 rebuilds completed");
    let out = ingest_corpus(tmp.path(), "idx", &["--rebuild"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let generations = names(&tmp.path().join("idx")).into_iter().filter(|n| n.starts_with("generation-")).count();
    assert_eq!(generations, 1, "leftovers of killed runs removed");
    assert_eq!(run(tmp.path(), &["check", "--index", "idx"]).status.code(), Some(0));
}

#[test]
fn an_index_inside_the_folder_being_ingested_is_not_read_as_input() {
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    write(&input.join("a.txt"), "Town plans homes\n\n\"We will build,\" Mayor Lina Park said.");
    for run in 0..2 {
        let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "in/idx", "in"]).output();
        let out = out.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(0), "run {run}: {}", stderr(&out));
        let summary = summary_of(&out.stdout);
        assert_eq!((summary.files, summary.skipped, summary.articles + summary.unchanged), (1, 0, 1), "run {run}");
    }
    // Named on the command line, an index folder is said to be one, and not read.
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx", "in/idx"]).output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("in/idx: a newsquote index folder, not articles; not read"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read_like_any_other() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempdir();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap_or_else(|e| panic!("{e}"));
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    write(&input.join(name), "Town plans homes\n\n\"We will build,\" Mayor Lina Park said.");
    for target in [input.clone(), input.join(name)] {
        let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx"]).arg(&target).output();
        let out = out.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let summary = summary_of(&out.stdout);
        assert_eq!(summary.articles + summary.unchanged, 1, "{target:?}: {summary:?}");
    }
}

#[test]
fn an_empty_newsquote_index_is_named_as_empty() {
    let tmp = tempdir();
    let out = newsquote(tmp.path()).env("NEWSQUOTE_INDEX", "").arg("stats").output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unset NEWSQUOTE_INDEX"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_symlink_leading_out_of_the_folder_is_reported_and_not_followed() {
    let tmp = tempdir();
    let (input, outside) = (tmp.path().join("in"), tmp.path().join("outside"));
    for dir in [&input, &outside, &input.join("sub")] {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    write(&input.join("sub/a.txt"), "Town plans homes\n\n\"We will build,\" Mayor Lina Park said.");
    write(&outside.join("b.txt"), "Other town plans homes\n\n\"We will not,\" Mayor Ann Lee said.");
    let link = |to: &Path, at: &Path| std::os::unix::fs::symlink(to, at).unwrap_or_else(|e| panic!("{e}"));
    link(&outside, &input.join("out"));
    link(&input.join("sub"), &input.join("within"));
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx", "in"]).output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    let summary = summary_of(&out.stdout);
    assert_eq!((summary.articles, summary.skipped), (1, 1), "{}", stderr(&out));
    assert!(stderr(&out).contains("outside") && stderr(&out).contains("not followed"), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_rebuild_that_reads_nothing_keeps_the_index() {
    let tmp = tempdir();
    let full = corpus_counts(tmp.path());
    let out = run(tmp.path(), &["ingest", "--rebuild", "--index", "idx", "no_such_path"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stats(tmp.path()), Some(full));
}

#[test]
fn a_users_newsquote_json_beside_their_files_is_never_taken_for_an_index() {
    let tmp = tempdir();
    let mine = tmp.path().join("mine");
    std::fs::create_dir(&mine).unwrap_or_else(|e| panic!("{e}"));
    for name in ["newsquote.json", "notes.txt", "meta.json"] {
        write(&mine.join(name), "precious");
    }
    let out = ingest_corpus(tmp.path(), "mine", &["--rebuild"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(names(&mine), ["meta.json", "newsquote.json", "notes.txt"]);
}

#[test]
fn a_folder_with_a_users_newsquote_json_is_still_read() {
    let tmp = tempdir();
    let sub = tmp.path().join("in/sub");
    std::fs::create_dir_all(&sub).unwrap_or_else(|e| panic!("{e}"));
    write(&sub.join("a.txt"), "Town plans homes\n\n\"We will build,\" Mayor Lina Park said.");
    write(&sub.join("newsquote.json"), r#"{"total": 2, "hits": []}"#);
    let out = newsquote(tmp.path()).args(["ingest", "--format", "json", "--index", "idx", "in"]).output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(summary_of(&out.stdout).articles, 1, "{}", stderr(&out));
}

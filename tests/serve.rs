//! HTTP tests of `newsquote serve`: the real binary on a free loopback port, spoken to
//! with a minimal HTTP/1.1 client, its answers compared with what the CLI prints for the
//! same options.

#[path = "serve/api.rs"]
mod api;
#[path = "serve/failures.rs"]
mod failures;
#[path = "serve/page.rs"]
mod page;
#[path = "serve/server.rs"]
mod server;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

mod common;
use common::{newsquote, root};

/// A temp folder with `idx/` built from `inputs`.
fn indexed(inputs: &[PathBuf]) -> TempDir {
    let tmp = TempDir::new().unwrap_or_else(|e| panic!("tempdir: {e}"));
    newsquote(tmp.path()).args(["ingest", "--quiet"]).args(inputs).args(["--index", "idx"]).assert().success();
    tmp
}

fn corpus_index() -> TempDir {
    indexed(&[root().join("corpus")])
}

/// What the CLI prints (stdout, stderr, exit code) for `args` on `dir/idx`.
fn cli(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = newsquote(dir).args(args).args(["--index", "idx"]).output().unwrap_or_else(|e| panic!("run: {e}"));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code().unwrap_or(-1))
}

/// A running `newsquote serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
    stderr: Option<std::process::ChildStderr>,
}

impl Server {
    fn start(dir: &Path, extra: &[&str]) -> Server {
        Server::start_at(dir, "127.0.0.1:0", extra)
    }

    fn start_at(dir: &Path, addr: &str, extra: &[&str]) -> Server {
        let bin = assert_cmd::cargo::cargo_bin("newsquote");
        let mut child = std::process::Command::new(bin)
            .current_dir(dir)
            .env_clear()
            .args(["serve", "--index", "idx", "--addr", addr])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap_or_else(|e| panic!("read: {e}"));
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_owned();
        let stderr = child.stderr.take();
        Server { child, addr, stderr }
    }

    fn get(&self, path: &str) -> Response {
        self.request("GET", path)
    }

    fn request(&self, method: &str, path: &str) -> Response {
        let mut stream = TcpStream::connect(&self.addr).unwrap_or_else(|e| panic!("connect: {e}"));
        stream.set_read_timeout(Some(Duration::from_secs(60))).ok();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
            self.addr
        )
        .unwrap_or_else(|e| panic!("write: {e}"));
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap_or_else(|e| panic!("read: {e}"));
        Response::parse(&raw)
    }

    /// Sends SIGINT, as Ctrl-C does, and waits: (exit code, stderr).
    fn interrupt(mut self) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap_or_else(|e| panic!("kill: {e}"));
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap_or_else(|e| panic!("wait: {e}")) {
                break s;
            }
            assert!(Instant::now() < deadline, "the server did not stop on SIGINT");
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut err = String::new();
        if let Some(mut e) = self.stderr.take() {
            e.read_to_string(&mut err).ok();
        }
        (status.code(), err)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| panic!("no header end"));
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("status line: {head}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let body = &raw[split + 4..];
        let chunked = headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
        let body = if chunked { unchunk(body) } else { body.to_vec() };
        Response { status, headers, body: String::from_utf8_lossy(&body).into_owned() }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The `error` of a JSON error body.
    fn error(&self) -> String {
        let v: serde_json::Value = serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body));
        v["error"].as_str().unwrap_or_else(|| panic!("no error in {}", self.body)).to_owned()
    }
}

fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 4 + size..];
    }
    out
}

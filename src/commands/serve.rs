//! `newsquote serve`: binds the address, says where to point the browser (and warns when
//! the address is reachable from other machines), keeps the shared index fresh and serves
//! until Ctrl-C (or SIGTERM), then ends cleanly.

use super::Outcome;
use crate::cli::ServeArgs;
use anyhow::Context;
use newsquote::serve::shared::SharedIndex;
use newsquote::serve::{App, DEFAULT_REFRESH, router};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

pub fn run(args: ServeArgs) -> anyhow::Result<Outcome> {
    let index = SharedIndex::open(&args.index.index)?;
    let app = Arc::new(App::new(index, Duration::from_secs_f64(args.timeout)));
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the server")?;
    runtime.block_on(serve(app, args.addr))?;
    Ok(Outcome::Found)
}

async fn serve(app: Arc<App>, addr: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    if !local.ip().is_loopback() {
        eprintln!(
            "newsquote: warning: listening on {local}, which other machines may reach; there is no \
             authentication: anyone who can reach it can search this index"
        );
    }
    // An unspecified address (0.0.0.0) is not one to browse to: this machine's loopback is.
    let browse = if local.ip().is_unspecified() {
        SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), local.port())
    } else {
        local
    };
    // Listening for Ctrl-C and SIGTERM before saying where to browse: a signal sent as soon as
    // that line is read stops the server cleanly instead of killing it.
    let stop = stop_signal().context("cannot listen for Ctrl-C")?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "newsquote: serving {} at http://{browse}/ (open it in a browser; Ctrl-C stops)",
        app.index.dir().display()
    )?;
    out.flush()?;
    drop(out);
    tokio::spawn(keep_fresh(app.clone()));
    axum::serve(listener, router(app)).with_graceful_shutdown(stop).await.context("the server failed")?;
    eprintln!("newsquote: stopped");
    Ok(())
}

/// Reloads the index every [`DEFAULT_REFRESH`], so that searches see an ingest's commits;
/// a failure is reported once, until the index reads again.
async fn keep_fresh(app: Arc<App>) {
    let mut tick = tokio::time::interval(DEFAULT_REFRESH);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failing = false;
    loop {
        tick.tick().await;
        let shared = app.clone();
        let outcome = tokio::task::spawn_blocking(move || shared.index.refresh()).await;
        match outcome {
            Ok(Ok(())) => failing = false,
            Ok(Err(e)) if !failing => {
                failing = true;
                eprintln!("newsquote: warning: cannot read the index's last commit ({e}); serving the one before");
            }
            _ => {}
        }
    }
}

/// Ctrl-C, or SIGTERM from a service manager. The handlers are installed when this is
/// called, not when the future is first polled.
#[cfg(unix)]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        let interrupt = std::pin::pin!(async {
            interrupt.recv().await;
        });
        let terminate = std::pin::pin!(async {
            terminate.recv().await;
        });
        futures_select(interrupt, terminate).await;
    })
}

/// Ctrl-C.
#[cfg(not(unix))]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// Whichever of two futures ends first.
#[cfg(unix)]
async fn futures_select(
    a: std::pin::Pin<&mut impl std::future::Future<Output = ()>>,
    b: std::pin::Pin<&mut impl std::future::Future<Output = ()>>,
) {
    let mut a = a;
    let mut b = b;
    std::future::poll_fn(|cx| {
        if a.as_mut().poll(cx).is_ready() || b.as_mut().poll(cx).is_ready() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await
}

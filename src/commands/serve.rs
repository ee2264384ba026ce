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
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "newsquote: serving {} at http://{browse}/ (open it in a browser; Ctrl-C stops)",
        app.index.dir().display()
    )?;
    out.flush()?;
    drop(out);
    tokio::spawn(keep_fresh(app.clone()));
    axum::serve(listener, router(app)).with_graceful_shutdown(stop_signal()).await.context("the server failed")?;
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

/// Ctrl-C, or SIGTERM from a service manager.
async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        let interrupt = std::pin::pin!(interrupt);
        let terminate = std::pin::pin!(terminate);
        futures_select(interrupt, terminate).await;
    }
    #[cfg(not(unix))]
    interrupt.await;
}

/// Whichever of two futures ends first.
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

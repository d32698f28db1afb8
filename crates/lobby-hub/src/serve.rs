//! `serve`: the hub's loop. `LOBBY_UP` on the hub's nats-server sources every site's stream;
//! the hub fetches batches from its durable consumer, applies each in one PostgreSQL
//! transaction ([`crate::ingest::apply`]) and acknowledges it only after the commit. It also
//! keeps the way down: `LOBBY_DOWN` and each site's `LOBBY_DOWN_<SITE>`, and publishes what
//! waits in `down_outbox` ([`crate::down`]).

use crate::down;
use crate::error::{redact, Error, Result};
use crate::ingest::{self, Incoming};
use crate::kiosks::{self, Site};
use async_nats::jetstream::{self, consumer::pull, consumer::AckPolicy, stream};
use futures_util::StreamExt;
use lobby_core::fleet;
use sqlx::postgres::PgPool;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// The most messages applied in one transaction.
pub const BATCH: usize = 500;
/// How long a fetch waits for messages.
const FETCH_WAIT: Duration = Duration::from_millis(500);
/// How often the sites are read again, so a site added later is sourced.
const SITES_EVERY: Duration = Duration::from_secs(5);
/// How long the site streams keep message ids to drop repeats.
const DUPLICATE_WINDOW: Duration = Duration::from_secs(120);
/// How often `down_outbox` is published when nothing wakes the flusher earlier.
const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// How `serve` reaches the hub's nats-server.
#[derive(Debug, Clone)]
pub struct Nats {
    pub url: String,
    pub user: Option<String>,
    pub password_file: Option<PathBuf>,
    pub ca: Option<PathBuf>,
    /// The JetStream domain of the hub's own server.
    pub domain: String,
}

pub async fn connect(nats: &Nats) -> Result<async_nats::Client> {
    connect_within(nats, Duration::from_secs(10)).await
}

/// [`connect`], giving up after `patience`.
pub async fn connect_within(nats: &Nats, patience: Duration) -> Result<async_nats::Client> {
    let shown = redact(&nats.url);
    let refused = |reason: String| Error::Nats {
        url: shown.clone(),
        reason,
    };
    let mut options = async_nats::ConnectOptions::new()
        .name("lobby-hub")
        .connection_timeout(Duration::from_secs(5))
        .retry_on_initial_connect();
    if let Some(user) = &nats.user {
        let password = match &nats.password_file {
            Some(f) => std::fs::read_to_string(f)
                .map_err(|e| Error::FileRead {
                    path: f.display().to_string(),
                    reason: e.to_string(),
                })?
                .trim()
                .to_string(),
            None => String::new(),
        };
        options = options.user_and_password(user.clone(), password);
    }
    if let Some(ca) = &nats.ca {
        options = options.add_root_certificates(ca.clone()).require_tls(true);
    }
    let client = options
        .connect(nats.url.as_str())
        .await
        .map_err(|e| refused(e.to_string()))?;
    // retry_on_initial_connect returns at once; an operator who typed a wrong address should
    // hear about it instead of a silent loop.
    let deadline = Instant::now() + patience;
    while client.connection_state() != async_nats::connection::State::Connected {
        if Instant::now() > deadline {
            return Err(refused(format!(
                "not connected after {} s",
                patience.as_secs()
            )));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(client)
}

/// The JetStream context a site's stream lives in.
pub(crate) fn site_context(
    client: &async_nats::Client,
    nats: &Nats,
    site: &Site,
) -> jetstream::Context {
    if site.js_domain == nats.domain {
        jetstream::new(client.clone())
    } else {
        jetstream::with_domain(client.clone(), &site.js_domain)
    }
}

/// Creates a site's stream where it is missing (on the site's server, through the leaf node).
pub async fn ensure_site_stream(
    client: &async_nats::Client,
    nats: &Nats,
    site: &Site,
) -> std::result::Result<(), String> {
    let js = site_context(client, nats, site);
    let name = fleet::site_stream(&site.site);
    if js.get_stream(&name).await.is_ok() {
        return Ok(());
    }
    let stream = js
        .create_stream(stream::Config {
            name,
            subjects: vec![fleet::site_subjects(&site.site)],
            storage: stream::StorageType::File,
            duplicate_window: DUPLICATE_WINDOW,
            ..Default::default()
        })
        .await
        .map_err(|e| e.to_string())?;
    // A stream made anew (a site server replaced with an empty store) numbers its messages
    // on from where any earlier one could have reached: the hub's source remembers the last
    // sequence it took from the site and passes over lower ones, which would lose the new
    // stream's first messages. The first sequence is the time in milliseconds (a site sends
    // far fewer than a thousand messages a second); purging the empty stream up to it sets it.
    let first = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(1);
    stream
        .purge()
        .sequence(first)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn sources(nats: &Nats, sites: &[Site]) -> Vec<stream::Source> {
    sites
        .iter()
        .map(|s| stream::Source {
            name: fleet::site_stream(&s.site),
            external: (s.js_domain != nats.domain).then(|| stream::External {
                api_prefix: format!("$JS.{}.API", s.js_domain),
                delivery_prefix: None,
            }),
            ..Default::default()
        })
        .collect()
}

/// Makes `LOBBY_UP` exist with one source per site; returns whether it changed.
pub async fn ensure_hub_stream(
    js: &jetstream::Context,
    nats: &Nats,
    sites: &[Site],
) -> std::result::Result<bool, String> {
    let config = stream::Config {
        name: fleet::HUB_STREAM.to_string(),
        storage: stream::StorageType::File,
        sources: Some(sources(nats, sites)),
        ..Default::default()
    };
    match js.get_stream(fleet::HUB_STREAM).await {
        Ok(mut s) => {
            let info = s.info().await.map_err(|e| e.to_string())?;
            let mut have: Vec<_> = info.config.sources.clone().unwrap_or_default();
            let mut want = config.sources.clone().unwrap_or_default();
            have.sort_by(|a, b| a.name.cmp(&b.name));
            want.sort_by(|a, b| a.name.cmp(&b.name));
            let same = have.len() == want.len()
                && have
                    .iter()
                    .zip(&want)
                    .all(|(a, b)| a.name == b.name && a.external == b.external);
            if same {
                return Ok(false);
            }
            let mut updated = info.config.clone();
            updated.sources = config.sources;
            js.update_stream(updated).await.map_err(|e| e.to_string())?;
            Ok(true)
        }
        Err(_) => {
            js.create_stream(config).await.map_err(|e| e.to_string())?;
            Ok(true)
        }
    }
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Every [`SITES_EVERY`]: `LOBBY_UP` sources every site in the database, and each site's two
/// streams exist (made once per run; a site out of reach is tried again next time).
async fn keep_sources(pool: PgPool, client: async_nats::Client, nats: Nats) {
    let js = jetstream::new(client.clone());
    // Sites whose streams could not be made at the last look (said once, not every round).
    let mut unreachable: Vec<String> = Vec::new();
    let mut down_made = false;
    loop {
        // The hub's down stream first: the sites' down streams source it.
        if !down_made {
            match down::ensure_down_stream(&js).await {
                Ok(()) => down_made = true,
                Err(e) => tracing::warn!(error = %e, "down stream not ready"),
            }
        }
        match kiosks::sites(&pool).await {
            Ok(sites) => {
                match ensure_hub_stream(&js, &nats, &sites).await {
                    Ok(true) => tracing::info!(sites = sites.len(), "hub stream sources set"),
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "hub stream not ready"),
                }
                // Every round, not once: a site's server replaced with an empty store gets its
                // streams back within seconds, and its tablets can send again.
                for site in &sites {
                    let both = match ensure_site_stream(&client, &nats, site).await {
                        Ok(()) => down::ensure_site_down_stream(&client, &nats, site).await,
                        Err(e) => Err(e),
                    };
                    let known = unreachable.contains(&site.site);
                    match both {
                        Ok(()) => unreachable.retain(|s| *s != site.site),
                        Err(e) if !known => {
                            tracing::warn!(site = site.site, domain = site.js_domain,
                                error = %e, "site streams not reachable yet");
                            unreachable.push(site.site.clone());
                        }
                        Err(_) => {}
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot read sites"),
        }
        tokio::time::sleep(SITES_EVERY).await;
    }
}

/// Every second, or at once when woken: publishes what waits in `down_outbox` (written by
/// ingest's badge requests, or by a command that could not reach NATS itself).
async fn keep_flushing(pool: PgPool, client: async_nats::Client, wake: Arc<Notify>) {
    let js = jetstream::new(client);
    let mut ready = false;
    loop {
        if !ready {
            match down::ensure_down_stream(&js).await {
                Ok(()) => ready = true,
                Err(e) => tracing::debug!(error = %e, "down stream not there yet"),
            }
        }
        if ready {
            match down::flush(&pool, &js).await {
                Ok(f) => {
                    if f.sent > 0 {
                        tracing::info!(sent = f.sent, "shared changes published");
                    }
                    if let Some(e) = f.error {
                        tracing::warn!(error = %e, "shared changes wait for NATS");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot read the down outbox"),
            }
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(FLUSH_EVERY) => {}
        }
    }
}

/// Runs until `stop` resolves: sources the sites, fetches, applies, acknowledges.
pub async fn run(
    pool: PgPool,
    client: async_nats::Client,
    nats: Nats,
    stop: impl std::future::Future<Output = ()>,
) -> Result<()> {
    let js = jetstream::new(client.clone());
    tokio::pin!(stop);
    let mut consumer: Option<jetstream::consumer::Consumer<pull::Config>> = None;
    // Sources and site streams are kept in their own task: a site whose server is out of
    // reach makes its stream's creation wait for a timeout, and the other sites' entries must
    // not wait with it.
    let sources = tokio::spawn(keep_sources(pool.clone(), client.clone(), nats.clone()));
    let _abort = AbortOnDrop(sources);
    let wake = Arc::new(Notify::new());
    let flusher = tokio::spawn(keep_flushing(pool.clone(), client.clone(), wake.clone()));
    let _abort_flusher = AbortOnDrop(flusher);
    loop {
        if consumer.is_none() {
            consumer = match js.get_stream(fleet::HUB_STREAM).await {
                Ok(s) => s
                    .get_or_create_consumer(
                        fleet::HUB_CONSUMER,
                        pull::Config {
                            durable_name: Some(fleet::HUB_CONSUMER.to_string()),
                            ack_policy: AckPolicy::Explicit,
                            ack_wait: Duration::from_secs(60),
                            max_ack_pending: 10_000,
                            ..Default::default()
                        },
                    )
                    .await
                    .map_err(|e| tracing::warn!(error = %e, "consumer not ready"))
                    .ok(),
                Err(e) => {
                    tracing::debug!(error = %e, "hub stream not there yet");
                    None
                }
            };
        }
        let Some(c) = &consumer else {
            tokio::select! {
                _ = &mut stop => return Ok(()),
                _ = tokio::time::sleep(Duration::from_secs(1)) => continue,
            }
        };
        let fetched = tokio::select! {
            _ = &mut stop => return Ok(()),
            f = fetch(c) => f,
        };
        let messages = match fetched {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(error = %e, "fetch failed");
                consumer = None;
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if messages.is_empty() {
            continue;
        }
        let batch: Vec<Incoming<'_>> = messages
            .iter()
            .map(|m| Incoming {
                subject: m.subject.as_str(),
                body: &m.payload,
            })
            .collect();
        // The same batch again until it commits, never the next one first: a tablet's entries
        // must be applied in order, or the hub would flag gaps that are not there. (JetStream
        // redelivers the batch after ack_wait meanwhile; those repeats are no-ops.)
        let mut wait = Duration::from_millis(500);
        loop {
            match ingest::apply(&pool, &batch).await {
                Ok(report) => {
                    tracing::info!(?report, "batch applied");
                    if report.down > 0 {
                        wake.notify_one();
                    }
                    for m in &messages {
                        if let Err(e) = m.ack().await {
                            tracing::warn!(error = %e, "ack failed; the message comes again");
                        }
                    }
                    break;
                }
                Err(e) => {
                    tracing::error!(error = %e, "batch not applied; trying again");
                    tokio::select! {
                        _ = &mut stop => return Ok(()),
                        _ = tokio::time::sleep(wait) => {}
                    }
                    wait = (wait * 2).min(Duration::from_secs(10));
                }
            }
        }
    }
}

async fn fetch(
    consumer: &jetstream::consumer::Consumer<pull::Config>,
) -> std::result::Result<Vec<jetstream::Message>, String> {
    let mut batch = consumer
        .fetch()
        .max_messages(BATCH)
        .expires(FETCH_WAIT)
        .messages()
        .await
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    while let Some(m) = batch.next().await {
        match m {
            Ok(m) => out.push(m),
            Err(e) => {
                if out.is_empty() {
                    return Err(e.to_string());
                }
                break;
            }
        }
    }
    Ok(out)
}

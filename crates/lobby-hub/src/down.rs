//! The way down (issue 16): the hub's shared changes, from PostgreSQL to every tablet of a site.
//!
//! A command (or ingest, for a badge request) writes its records and one `down_outbox` row per
//! message in one transaction; [`flush`] then publishes the waiting rows in order to
//! [`fleet::down::DOWN_STREAM`] on the hub's server, each with a stable `Nats-Msg-Id`, and
//! deletes them once JetStream has acknowledged them. A change made while NATS is out of reach
//! waits in the table until `serve` (which flushes every second) gets it through, so nothing
//! is saved at the hub without its way to the tablets. Each site's server keeps its own copy
//! of its part ([`fleet::down::site_down_stream`]), sourced from the hub's stream: a site cut
//! off from the hub catches up by itself when the link returns.

use crate::kiosks::Site;
use crate::serve::Nats;
use async_nats::jetstream::{self, stream};
use lobby_core::fleet::down::{self, Down};
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};
use std::time::Duration;

/// How long the down streams keep message ids to drop repeats (as the up streams).
const DUPLICATE_WINDOW: Duration = Duration::from_secs(120);
/// The most rows published in one round.
const ROUND: i64 = 500;

/// RFC 3339 in UTC with milliseconds, as tablets write their times.
pub fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Adds a message to the outbox in the caller's transaction; returns its row id.
pub async fn enqueue(
    tx: &mut Transaction<'_, Postgres>,
    site: &str,
    message: &Down,
) -> crate::Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO down_outbox (site, subject, body) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(site)
    .bind(down::down_subject(site, message.kind()))
    .bind(message.to_json())
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// `Nats-Msg-Id` of an outbox row: the same row published twice (a flush cut off between the
/// ack and the delete) is dropped by JetStream's duplicate window.
pub fn msg_id(site: &str, outbox_id: i64) -> String {
    format!("down.{site}.{outbox_id}")
}

/// Makes the hub's `LOBBY_DOWN` exist.
pub async fn ensure_down_stream(js: &jetstream::Context) -> Result<(), String> {
    js.get_or_create_stream(stream::Config {
        name: down::DOWN_STREAM.to_string(),
        subjects: vec![down::DOWN_SUBJECTS.to_string()],
        storage: stream::StorageType::File,
        duplicate_window: DUPLICATE_WINDOW,
        ..Default::default()
    })
    .await
    .map(|_| ())
    .map_err(|e| e.to_string())
}

/// Makes a site's `LOBBY_DOWN_<SITE>` exist on the site's server: no subjects of its own, one
/// source, the site's part of the hub's stream (across the leaf node when the site's domain
/// is not the hub's).
pub async fn ensure_site_down_stream(
    client: &async_nats::Client,
    nats: &Nats,
    site: &Site,
) -> Result<(), String> {
    let js = crate::serve::site_context(client, nats, site);
    js.get_or_create_stream(stream::Config {
        name: down::site_down_stream(&site.site),
        storage: stream::StorageType::File,
        sources: Some(vec![stream::Source {
            name: down::DOWN_STREAM.to_string(),
            filter_subject: Some(down::site_down_subjects(&site.site)),
            external: (site.js_domain != nats.domain).then(|| stream::External {
                api_prefix: format!("$JS.{}.API", nats.domain),
                delivery_prefix: None,
            }),
            ..Default::default()
        }]),
        ..Default::default()
    })
    .await
    .map(|_| ())
    .map_err(|e| e.to_string())
}

/// What one [`flush`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flushed {
    pub sent: usize,
    /// Why it stopped before the outbox was empty, if it did.
    pub error: Option<String>,
}

/// Publishes the waiting rows in order and deletes what JetStream acknowledged. One flusher at
/// a time (serve, or a command): another one waiting behind would only publish the same rows
/// again; when another holds the lock this returns at once.
pub async fn flush(pool: &PgPool, js: &jetstream::Context) -> crate::Result<Flushed> {
    let mut done = Flushed::default();
    loop {
        let mut tx = pool.begin().await?;
        let locked: bool = sqlx::query_scalar(
            "SELECT pg_try_advisory_xact_lock(hashtextextended('lobby-hub down_outbox', 0))",
        )
        .fetch_one(&mut *tx)
        .await?;
        if !locked {
            return Ok(done);
        }
        let rows =
            sqlx::query("SELECT id, site, subject, body FROM down_outbox ORDER BY id LIMIT $1")
                .bind(ROUND)
                .fetch_all(&mut *tx)
                .await?;
        if rows.is_empty() {
            return Ok(done);
        }
        let mut acked: Vec<i64> = Vec::new();
        for r in &rows {
            let (id, site, subject, body): (i64, String, String, Vec<u8>) =
                (r.get(0), r.get(1), r.get(2), r.get(3));
            match publish(js, &subject, &msg_id(&site, id), body).await {
                Ok(()) => acked.push(id),
                Err(e) => {
                    done.error = Some(e);
                    break;
                }
            }
        }
        sqlx::query("DELETE FROM down_outbox WHERE id = ANY($1)")
            .bind(&acked)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        done.sent += acked.len();
        if done.error.is_some() || rows.len() < ROUND as usize {
            return Ok(done);
        }
    }
}

async fn publish(
    js: &jetstream::Context,
    subject: &str,
    msg_id: &str,
    body: Vec<u8>,
) -> Result<(), String> {
    let mut headers = async_nats::HeaderMap::new();
    headers.insert(async_nats::header::NATS_MESSAGE_ID, msg_id);
    let ack = js
        .publish_with_headers(subject.to_string(), headers, body.into())
        .await
        .map_err(|e| e.to_string())?;
    ack.await.map_err(|e| e.to_string())?;
    Ok(())
}

/// How many of these outbox rows still wait.
pub async fn waiting(pool: &PgPool, ids: &[i64]) -> crate::Result<usize> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM down_outbox WHERE id = ANY($1)")
        .bind(ids)
        .fetch_one(pool)
        .await?;
    Ok(n as usize)
}

/// What a publishing command did with its messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// JetStream acknowledged every one.
    Published,
    /// Saved; `serve` sends them when it reaches NATS. The reason, for the log.
    Queued(String),
}

/// A publishing command's last step: connect, make the hub's stream exist, flush. A NATS out
/// of reach is no error: the messages wait in the outbox for `serve`.
pub async fn send(pool: &PgPool, nats: Option<&Nats>, ids: &[i64]) -> crate::Result<Sent> {
    let Some(nats) = nats else {
        return Ok(Sent::Queued("no --nats".into()));
    };
    let client = match crate::serve::connect_within(nats, Duration::from_secs(5)).await {
        Ok(c) => c,
        Err(e) => return Ok(Sent::Queued(e.to_string())),
    };
    let js = jetstream::new(client.clone());
    if let Err(e) = ensure_down_stream(&js).await {
        return Ok(Sent::Queued(e));
    }
    // `serve` may be flushing at the same moment (it holds the lock then): its round
    // publishes these rows too, so wait a little for it before calling them queued.
    for _ in 0..10 {
        let flushed = flush(pool, &js).await?;
        if waiting(pool, ids).await? == 0 {
            return Ok(Sent::Published);
        }
        if let Some(e) = flushed.error {
            return Ok(Sent::Queued(e));
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    Ok(Sent::Queued("another flush is under way".into()))
}

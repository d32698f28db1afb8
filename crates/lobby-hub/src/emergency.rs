//! Emergencies of each site (issue 16): `lobby-hub emergency start|end|status SITE`, and the
//! ones tablets start and end, recorded from their audit entries, so the hub knows which one is
//! in force. The one in force is the newest start (by `started_at`, then `id`) that no all
//! clear named, as on every tablet.

use crate::down;
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use lobby_core::fleet::down::{Down, EmergencyFacts};
use lobby_core::fleet::{Entry, PROTOCOL};
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};

/// The kinds a tablet knows.
pub const KINDS: [&str; 4] = ["fire", "shelter", "medical", "custom"];
/// The most characters of an emergency's message (as on a tablet).
pub const MESSAGE_MAX: usize = 200;

/// An emergency as the hub holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emergency {
    pub id: String,
    pub kind: String,
    pub message: Option<String>,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub ended_at: Option<String>,
    pub ended_by: Option<String>,
}

fn text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Checks a start's kind and message before anything is touched.
pub fn check(kind: &str, message: Option<&str>) -> Result<()> {
    if !KINDS.contains(&kind) {
        return Err(Error::Emergency {
            problem: "kind",
            value: kind.to_string(),
        });
    }
    let message = message.map(str::trim).filter(|m| !m.is_empty());
    if kind == "custom" && message.is_none() {
        return Err(Error::Emergency {
            problem: "message-missing",
            value: String::new(),
        });
    }
    if let Some(m) = message {
        if m.chars().count() > MESSAGE_MAX {
            return Err(Error::Emergency {
                problem: "message-long",
                value: MESSAGE_MAX.to_string(),
            });
        }
        if m.chars().any(char::is_control) {
            return Err(Error::Emergency {
                problem: "message-control",
                value: String::new(),
            });
        }
    }
    Ok(())
}

/// `emergency start`: a new `hub:<n>`, saved and sent down in one transaction.
pub async fn start(
    pool: &PgPool,
    site: &str,
    kind: &str,
    message: Option<&str>,
) -> Result<(Emergency, i64)> {
    crate::kiosks::require_site(pool, site).await?;
    check(kind, message)?;
    let message = message
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_string);
    let now = Utc::now();
    let mut tx = pool.begin().await?;
    let n: i64 = sqlx::query_scalar("SELECT nextval('hub_emergency_ids')")
        .fetch_one(&mut *tx)
        .await?;
    let id = format!("hub:{n}");
    sqlx::query(
        "INSERT INTO site_emergencies (site, id, kind, message, started_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(site)
    .bind(&id)
    .bind(kind)
    .bind(&message)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let facts = EmergencyFacts {
        v: PROTOCOL,
        id: id.clone(),
        kind: kind.to_string(),
        message: message.clone(),
        started_at: text(now),
        ends: None,
    };
    let outbox = down::enqueue(&mut tx, site, &Down::Emergency(facts)).await?;
    tx.commit().await?;
    Ok((
        Emergency {
            id,
            kind: kind.to_string(),
            message,
            started_at: text(now),
            ended_at: None,
            ended_by: None,
        },
        outbox,
    ))
}

/// The emergencies not ended, the one in force first.
async fn open(tx: &mut Transaction<'_, Postgres>, site: &str) -> Result<Vec<Emergency>> {
    let rows = sqlx::query(
        "SELECT id, kind, message, started_at FROM site_emergencies
         WHERE site = $1 AND ended_at IS NULL ORDER BY started_at DESC, id DESC",
    )
    .bind(site)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Emergency {
            id: r.get(0),
            kind: r.get(1),
            message: r.get(2),
            started_at: text(r.get(3)),
            ended_at: None,
            ended_by: None,
        })
        .collect())
}

/// `emergency end`: ends the one in force and sends an all clear naming it. The all clear
/// carries the ended emergency's own facts (id, kind, message, start) with `ends` = its id.
pub async fn end(pool: &PgPool, site: &str) -> Result<(Emergency, i64)> {
    crate::kiosks::require_site(pool, site).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('emergency/' || $1, 0))")
        .bind(site)
        .execute(&mut *tx)
        .await?;
    let Some(mut current) = open(&mut tx, site).await?.into_iter().next() else {
        return Err(Error::NoEmergency {
            site: site.to_string(),
        });
    };
    let now = Utc::now();
    sqlx::query(
        "UPDATE site_emergencies SET ended_at = $3, ended_by = 'hub'
         WHERE site = $1 AND id = $2",
    )
    .bind(site)
    .bind(&current.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let facts = EmergencyFacts {
        v: PROTOCOL,
        id: current.id.clone(),
        kind: current.kind.clone(),
        message: current.message.clone(),
        started_at: current.started_at.clone(),
        ends: Some(current.id.clone()),
    };
    let outbox = down::enqueue(&mut tx, site, &Down::Emergency(facts)).await?;
    tx.commit().await?;
    current.ended_at = Some(text(now));
    current.ended_by = Some("hub".into());
    Ok((current, outbox))
}

/// `emergency status`: the one in force, if any, and how many others are open.
pub async fn status(pool: &PgPool, site: &str) -> Result<Vec<Emergency>> {
    crate::kiosks::require_site(pool, site).await?;
    let mut tx = pool.begin().await?;
    let open = open(&mut tx, site).await?;
    tx.commit().await?;
    Ok(open)
}

/// Records a tablet's own emergency start or all clear, in ingest's transaction. A start is
/// added if missing; an all clear ends the emergency it names if that one is open. A time
/// that cannot be read is logged and the fact left out: the entry itself is kept.
pub async fn record_tablet(
    tx: &mut Transaction<'_, Postgres>,
    entry: &Entry,
    facts: &EmergencyFacts,
) -> Result<()> {
    let parse = |t: &str| DateTime::parse_from_rfc3339(t).map(|t| t.with_timezone(&Utc));
    match &facts.ends {
        None => {
            let Ok(started) = parse(&facts.started_at) else {
                tracing::warn!(
                    site = entry.site,
                    tablet = entry.tablet,
                    id = facts.id,
                    at = facts.started_at,
                    "emergency start time unreadable; not recorded"
                );
                return Ok(());
            };
            sqlx::query(
                "INSERT INTO site_emergencies (site, id, kind, message, started_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (site, id) DO NOTHING",
            )
            .bind(&entry.site)
            .bind(&facts.id)
            .bind(&facts.kind)
            .bind(&facts.message)
            .bind(started)
            .execute(&mut **tx)
            .await?;
        }
        Some(ends) => {
            let ended = parse(&entry.at).unwrap_or_else(|_| Utc::now());
            sqlx::query(
                "UPDATE site_emergencies SET ended_at = $3, ended_by = $4
                 WHERE site = $1 AND id = $2 AND ended_at IS NULL",
            )
            .bind(&entry.site)
            .bind(ends)
            .bind(ended)
            .bind(&entry.tablet)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

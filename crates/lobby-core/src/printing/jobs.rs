//! The badge print queue (`badge_prints`): a badge is queued in the check-in's transaction,
//! claimed by the kiosk's printer task right after the commit, and recorded with what the
//! printer answered. Audited: `badge-printed`, `badge-print-failed`, `badge-reprint`.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

use crate::audit::{self, Actor, NewEntry};
use crate::config::{Config, VisitKind};
use crate::error::{Error, Result};
use crate::store::{Store, Write};

/// A claimed job is the task's for this long; a task killed mid-send leaves it to the next.
pub const LEASE: Duration = Duration::seconds(60);

/// A badge not printed within this long after it was asked for is not printed any more: the
/// visitor was told to collect it at the desk, and staff reprint it.
pub const TOO_LATE: Duration = Duration::minutes(5);

/// Where a badge is, as the welcome screen and staff see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PrintState {
    Waiting,
    Sending,
    Sent,
    Failed,
}

impl PrintState {
    fn parse(s: &str) -> Self {
        match s {
            "sending" => PrintState::Sending,
            "sent" => PrintState::Sent,
            "failed" => PrintState::Failed,
            _ => PrintState::Waiting,
        }
    }
}

/// Queues the visit's badge if `[printing]` prints its kind: in the check-in's transaction,
/// so a badge is never printed for a visit that was not saved.
pub(crate) async fn enqueue(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    visit_id: i64,
    kind: VisitKind,
) -> Result<Option<i64>> {
    let Some(printing) = config.printing.as_ref().filter(|p| p.prints(kind)) else {
        return Ok(None);
    };
    let id = insert(tx, now, visit_id, "kiosk", printing.copies).await?;
    Ok(Some(id))
}

async fn insert(
    tx: &mut Write,
    now: DateTime<Utc>,
    visit_id: i64,
    by: &str,
    copies: u32,
) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO badge_prints (visit_id, requested_by, copies, created_at) VALUES (?, ?, ?, ?)
         RETURNING id",
    )
    .bind(visit_id)
    .bind(by)
    .bind(copies)
    .bind(now.to_rfc3339())
    .fetch_one(&mut **tx)
    .await?)
}

/// Staff print a visitor's badge again (from the on-site list): one copy, audited.
pub async fn reprint(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    staff_id: i64,
    visit_id: i64,
) -> Result<i64> {
    if config.printing.is_none() {
        return Err(Error::PrintingOff);
    }
    let mut tx = store.begin_write().await?;
    let open: Option<Option<String>> =
        sqlx::query_scalar("SELECT checked_out_at FROM visits WHERE id = ?")
            .bind(visit_id)
            .fetch_optional(&mut *tx)
            .await?;
    match open {
        None => return Err(Error::VisitNotFound),
        Some(Some(_)) => return Err(Error::AlreadyCheckedOut),
        Some(None) => {}
    }
    let id = insert(&mut tx, now, visit_id, &format!("staff:{staff_id}"), 1).await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "badge-reprint",
            subject: Some(format!("visit:{visit_id}")),
            details: json!({ "print": id }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A job the printer task works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub visit_id: i64,
    pub copies: u32,
}

/// Claims the jobs that are due: waiting ones, and ones whose claim ran out. Jobs asked for
/// more than [`TOO_LATE`] ago fail instead ("too late").
pub async fn claim(store: &Store, now: DateTime<Utc>) -> Result<Vec<Job>> {
    let mut tx = store.begin_write().await?;
    let at = now.to_rfc3339();
    let late = (now - TOO_LATE).to_rfc3339();
    let stale: Vec<(i64, i64)> = sqlx::query_as(
        "UPDATE badge_prints SET state = 'failed', done_at = ?, problem = 'too-late'
         WHERE state IN ('waiting', 'sending') AND created_at < ?
           AND (state = 'waiting' OR claimed_until < ?)
         RETURNING id, visit_id",
    )
    .bind(&at)
    .bind(&late)
    .bind(&at)
    .fetch_all(&mut *tx)
    .await?;
    for (id, visit_id) in stale {
        failed_entry(&mut tx, now, id, visit_id, "too-late").await?;
    }
    let rows = sqlx::query(
        "UPDATE badge_prints SET state = 'sending', claimed_until = ?
         WHERE state = 'waiting' OR (state = 'sending' AND claimed_until < ?)
         RETURNING id, visit_id, copies",
    )
    .bind((now + LEASE).to_rfc3339())
    .bind(&at)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut jobs: Vec<Job> = rows
        .into_iter()
        .map(|r| Job {
            id: r.get(0),
            visit_id: r.get(1),
            copies: r.get::<i64, _>(2).clamp(1, 99) as u32,
        })
        .collect();
    jobs.sort_by_key(|j| j.id);
    Ok(jobs)
}

async fn failed_entry(
    tx: &mut Write,
    now: DateTime<Utc>,
    id: i64,
    visit_id: i64,
    problem: &str,
) -> Result<()> {
    audit::append(
        tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "badge-print-failed",
            subject: Some(format!("visit:{visit_id}")),
            details: json!({ "print": id, "problem": problem }),
        },
    )
    .await?;
    Ok(())
}

/// What the printer answered to one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accepted {
        job_id: i32,
        job_state: String,
        format: String,
        media: String,
    },
    Failed {
        problem: String,
    },
}

/// Records the printer's answer, audited.
pub async fn record(store: &Store, now: DateTime<Utc>, job: &Job, answer: &Answer) -> Result<()> {
    let mut tx = store.begin_write().await?;
    let at = now.to_rfc3339();
    match answer {
        Answer::Accepted {
            job_id,
            job_state,
            format,
            media,
        } => {
            sqlx::query(
                "UPDATE badge_prints SET state = 'sent', done_at = ?, job_id = ?, job_state = ?,
                   format = ?, media = ?, problem = NULL, claimed_until = NULL WHERE id = ?",
            )
            .bind(&at)
            .bind(job_id)
            .bind(job_state)
            .bind(format)
            .bind(media)
            .bind(job.id)
            .execute(&mut *tx)
            .await?;
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "badge-printed",
                    subject: Some(format!("visit:{}", job.visit_id)),
                    details: json!({
                        "print": job.id, "job": job_id, "job_state": job_state,
                        "format": format, "media": media, "copies": job.copies,
                    }),
                },
            )
            .await?;
        }
        Answer::Failed { problem } => {
            sqlx::query(
                "UPDATE badge_prints SET state = 'failed', done_at = ?, problem = ?,
                   claimed_until = NULL WHERE id = ?",
            )
            .bind(&at)
            .bind(problem)
            .bind(job.id)
            .execute(&mut *tx)
            .await?;
            failed_entry(&mut tx, now, job.id, job.visit_id, problem).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Where one badge is (the welcome screen asks while it is shown).
pub async fn state(store: &Store, id: i64) -> Result<PrintState> {
    let state: Option<String> = sqlx::query_scalar("SELECT state FROM badge_prints WHERE id = ?")
        .bind(id)
        .fetch_optional(store.pool())
        .await?;
    state
        .map(|s| PrintState::parse(&s))
        .ok_or(Error::VisitNotFound)
}

/// The printer's last answer, for staff and `lobby doctor`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PrinterHealth {
    /// The last finished job's outcome; `None` before the first badge.
    pub state: Option<PrintState>,
    /// When it was asked for (RFC 3339).
    pub at: Option<String>,
    /// Why it failed, as the printer or the network said.
    pub problem: Option<String>,
    /// Badges that failed in the last day.
    #[ts(type = "number")]
    pub failed_today: i64,
}

/// The last finished job and the day's failures.
pub async fn health(store: &Store, now: DateTime<Utc>) -> Result<PrinterHealth> {
    let row = sqlx::query(
        "SELECT state, created_at, problem FROM badge_prints
         WHERE state IN ('sent', 'failed') ORDER BY id DESC LIMIT 1",
    )
    .fetch_optional(store.pool())
    .await?;
    let failed_today: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM badge_prints WHERE state = 'failed' AND created_at >= ?",
    )
    .bind((now - Duration::days(1)).to_rfc3339())
    .fetch_one(store.pool())
    .await?;
    Ok(PrinterHealth {
        state: row
            .as_ref()
            .map(|r| PrintState::parse(&r.get::<String, _>(0))),
        at: row.as_ref().map(|r| r.get(1)),
        problem: row.as_ref().and_then(|r| r.get(2)),
        failed_today,
    })
}

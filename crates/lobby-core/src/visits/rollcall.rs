//! The evacuation roll call: a snapshot of who was on site when staff started it, each person
//! then marked safe or missing at the assembly point, with the time and the staff member.
//! Everything is local, so it works with the network down.

use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::Store;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    Unaccounted,
    Safe,
    Missing,
}

impl Mark {
    fn as_str(self) -> &'static str {
        match self {
            Mark::Unaccounted => "unaccounted",
            Mark::Safe => "safe",
            Mark::Missing => "missing",
        }
    }

    fn parse(s: &str) -> Mark {
        match s {
            "safe" => Mark::Safe,
            "missing" => Mark::Missing,
            _ => Mark::Unaccounted,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RollCallEntry {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub status: Mark,
    pub marked_at: Option<String>,
    pub marked_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RollCall {
    #[ts(type = "number")]
    pub id: i64,
    pub started_at: String,
    pub started_by: String,
    pub finished_at: Option<String>,
    pub entries: Vec<RollCallEntry>,
}

/// The roll call that is still open, if any.
pub async fn current(conn: &mut SqliteConnection) -> Result<Option<RollCall>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM roll_calls WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    match id {
        Some(id) => Ok(Some(get(conn, id).await?)),
        None => Ok(None),
    }
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<RollCall> {
    let head = sqlx::query(
        "SELECT r.id, r.started_at, s.name, r.finished_at FROM roll_calls r
         JOIN staff s ON s.id = r.started_by WHERE r.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::RollCallNotFound)?;
    let entries = sqlx::query(
        "SELECT e.id, e.name, e.kind, e.status, e.marked_at, s.name FROM roll_call_entries e
         LEFT JOIN staff s ON s.id = e.marked_by WHERE e.roll_call_id = ? ORDER BY e.name, e.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| RollCallEntry {
        id: r.get(0),
        name: r.get(1),
        kind: r.get(2),
        status: Mark::parse(&r.get::<String, _>(3)),
        marked_at: r.get(4),
        marked_by: r.get(5),
    })
    .collect();
    Ok(RollCall {
        id: head.get(0),
        started_at: head.get(1),
        started_by: head.get(2),
        finished_at: head.get(3),
        entries,
    })
}

/// Starts a roll call of everyone on site now, or returns the one already running.
pub async fn start(
    store: &Store,
    now: DateTime<Utc>,
    config: &crate::Config,
    staff_id: i64,
) -> Result<RollCall> {
    let mut tx = store.begin_write().await?;
    if let Some(open) = current(&mut tx).await? {
        return Ok(open);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO roll_calls (started_at, started_by) VALUES (?, ?) RETURNING id",
    )
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .fetch_one(&mut *tx)
    .await?;
    let people = sqlx::query(
        "INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind)
         SELECT ?, id, name, kind FROM visits WHERE checked_out_at IS NULL",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // Members who tapped their badge in today are on site too (they do not tap out).
    let day = now
        .with_timezone(&config.time_zone)
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let people = people
        + sqlx::query(
            "INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind)
             SELECT ?, NULL, m.name, 'member' FROM attendance a JOIN members m ON m.id = a.member_id
             WHERE a.day = ?",
        )
        .bind(id)
        .bind(&day)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "roll-call-start",
            subject: Some(format!("roll-call:{id}")),
            details: json!({ "people": people }),
        },
    )
    .await?;
    let call = get(&mut tx, id).await?;
    tx.commit().await?;
    Ok(call)
}

/// Marks one person safe or missing (again, if staff correct a mark).
pub async fn mark(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    entry_id: i64,
    status: Mark,
) -> Result<RollCall> {
    let mut tx = store.begin_write().await?;
    let row = sqlx::query(
        "SELECT e.roll_call_id, r.finished_at FROM roll_call_entries e JOIN roll_calls r ON r.id = e.roll_call_id
         WHERE e.id = ?",
    )
    .bind(entry_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(Error::RollCallNotFound)?;
    let call_id: i64 = row.get(0);
    if row.get::<Option<String>, _>(1).is_some() {
        return Err(Error::RollCallFinished);
    }
    sqlx::query(
        "UPDATE roll_call_entries SET status = ?, marked_at = ?, marked_by = ? WHERE id = ?",
    )
    .bind(status.as_str())
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .bind(entry_id)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "roll-call-mark",
            subject: Some(format!("roll-call:{call_id}")),
            details: json!({ "entry": entry_id, "status": status.as_str() }),
        },
    )
    .await?;
    let call = get(&mut tx, call_id).await?;
    tx.commit().await?;
    Ok(call)
}

pub async fn finish(store: &Store, now: DateTime<Utc>, staff_id: i64, id: i64) -> Result<RollCall> {
    let mut tx = store.begin_write().await?;
    let call = get(&mut tx, id).await?;
    if call.finished_at.is_some() {
        return Err(Error::RollCallFinished);
    }
    sqlx::query("UPDATE roll_calls SET finished_at = ?, finished_by = ? WHERE id = ?")
        .bind(now.to_rfc3339())
        .bind(staff_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let count = |m: Mark| call.entries.iter().filter(|e| e.status == m).count();
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "roll-call-finish",
            subject: Some(format!("roll-call:{id}")),
            details: json!({
                "safe": count(Mark::Safe),
                "missing": count(Mark::Missing),
                "unaccounted": count(Mark::Unaccounted),
            }),
        },
    )
    .await?;
    let call = get(&mut tx, id).await?;
    tx.commit().await?;
    Ok(call)
}

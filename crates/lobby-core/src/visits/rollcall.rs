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
        "SELECT r.id, r.started_at, COALESCE(r.tablet, s.name), r.finished_at FROM roll_calls r
         JOIN staff s ON s.id = r.started_by WHERE r.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::RollCallNotFound)?;
    let entries = sqlx::query(
        "SELECT e.id, e.name, e.kind, e.status, e.marked_at, COALESCE(s.name, e.marked_at_tablet)
         FROM roll_call_entries e
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
    // In a fleet: its id across the site, and everyone the site's other tablets checked in.
    let me: Option<String> =
        sqlx::query_scalar("SELECT tablet FROM fleet_link WHERE id = 1 AND active = 1")
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
    sqlx::query("UPDATE roll_calls SET fleet_id = ? || ':' || id WHERE id = ?")
        .bind(&me)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let people = sqlx::query(
        "INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind, person)
         SELECT ?1, id, name, kind, 'visit:' || COALESCE(?2, '') || '/' || id
         FROM visits WHERE checked_out_at IS NULL
         UNION ALL
         SELECT ?1, NULL, name, kind, 'visit:' || tablet || '/' || visit_id
         FROM fleet_visits WHERE checked_out_at IS NULL",
    )
    .bind(id)
    .bind(&me)
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
            "INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind, person)
             SELECT ?, NULL, m.name, 'member', 'member:' || m.id
             FROM attendance a JOIN members m ON m.id = a.member_id
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
        "UPDATE roll_call_entries SET status = ?, marked_at = ?, marked_by = ?,
           marked_at_tablet = (SELECT tablet FROM fleet_link WHERE id = 1 AND active = 1)
         WHERE id = ?",
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
            details: json!({ "entry": entry_id, "status": status.as_str(), "at": now.to_rfc3339() }),
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

/// A roll call as it travels to the site's other tablets (issue 16): its start with everyone in
/// it, one mark, or its end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollCallFacts {
    /// `<tablet>:<local id>` of the tablet that started it.
    pub id: String,
    pub started_at: String,
    /// On a start: everyone in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<RollCallPerson>,
    /// On a mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<RollCallMark>,
    /// On the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollCallPerson {
    /// `visit:<tablet>/<id>` or `member:<id>`.
    pub person: String,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RollCallMark {
    pub person: String,
    pub status: Mark,
    pub at: String,
}

/// The facts of this tablet's own roll call entry (`roll-call-start|mark|finish`).
pub(crate) async fn facts(
    conn: &mut SqliteConnection,
    action: &str,
    subject: Option<&str>,
    details: &str,
) -> Result<Option<RollCallFacts>> {
    let Some(id) = subject
        .and_then(|s| s.strip_prefix("roll-call:"))
        .and_then(|id| id.parse::<i64>().ok())
    else {
        return Ok(None);
    };
    let Some(head) =
        sqlx::query("SELECT fleet_id, started_at, finished_at FROM roll_calls WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    else {
        return Ok(None);
    };
    let Some(fleet_id) = head.get::<Option<String>, _>(0) else {
        return Ok(None);
    };
    let mut facts = RollCallFacts {
        id: fleet_id,
        started_at: head.get(1),
        people: Vec::new(),
        mark: None,
        finished_at: None,
    };
    match action {
        "roll-call-start" => {
            facts.people = sqlx::query(
                "SELECT person, name, kind FROM roll_call_entries
                 WHERE roll_call_id = ? AND person IS NOT NULL ORDER BY id",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| RollCallPerson {
                person: r.get(0),
                name: r.get(1),
                kind: r.get(2),
            })
            .collect();
        }
        "roll-call-mark" => {
            let details: serde_json::Value = serde_json::from_str(details).unwrap_or_default();
            let Some(entry) = details["entry"].as_i64() else {
                return Ok(None);
            };
            // The mark as the entry recorded it, not the row now (a later mark may follow).
            let row = sqlx::query("SELECT person FROM roll_call_entries WHERE id = ?")
                .bind(entry)
                .fetch_optional(&mut *conn)
                .await?;
            let (Some(row), Some(status)) = (row, details["status"].as_str()) else {
                return Ok(None);
            };
            let Some(person) = row.get::<Option<String>, _>(0) else {
                return Ok(None);
            };
            let at = details["at"].as_str().map(String::from);
            facts.mark = Some(RollCallMark {
                person,
                status: Mark::parse(status),
                at: at.unwrap_or_default(),
            });
        }
        "roll-call-finish" => facts.finished_at = head.get(2),
        _ => return Ok(None),
    }
    Ok(Some(facts))
}

/// Another tablet's roll call start, mark or end (`origin`): the same roll call here, marked
/// at any tablet; for each person the latest mark wins (by its time, then tablet), and each
/// tablet's mark stays in its own audit log (applied marks are audited here too).
pub(crate) async fn apply_remote(
    conn: &mut crate::store::Write,
    now: DateTime<Utc>,
    origin: &str,
    facts: &RollCallFacts,
    fleet_staff: i64,
) -> Result<bool> {
    let known: Option<(i64, Option<String>)> =
        sqlx::query_as("SELECT id, finished_at FROM roll_calls WHERE fleet_id = ?")
            .bind(&facts.id)
            .fetch_optional(&mut **conn)
            .await?;
    let by = Actor::Fleet(origin.to_string());
    if !facts.people.is_empty() || (known.is_none() && facts.mark.is_none()) {
        if known.is_some() {
            return Ok(false);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO roll_calls (started_at, started_by, fleet_id, tablet) VALUES (?, ?, ?, ?)
             RETURNING id",
        )
        .bind(&facts.started_at)
        .bind(fleet_staff)
        .bind(&facts.id)
        .bind(origin)
        .fetch_one(&mut **conn)
        .await?;
        for p in &facts.people {
            sqlx::query(
                "INSERT INTO roll_call_entries (roll_call_id, name, kind, person) VALUES (?, ?, ?, ?)",
            )
            .bind(id)
            .bind(&p.name)
            .bind(&p.kind)
            .bind(&p.person)
            .execute(&mut **conn)
            .await?;
        }
        audit::append(
            conn,
            now,
            NewEntry {
                actor: by,
                action: "roll-call-start",
                subject: Some(format!("roll-call:{id}")),
                details: json!({ "people": facts.people.len(), "fleet_id": facts.id }),
            },
        )
        .await?;
        return Ok(true);
    }
    let Some((id, finished)) = known else {
        return Ok(false);
    };
    if let Some(mark) = &facts.mark {
        let Some(row) = sqlx::query(
            "SELECT id, marked_at, marked_at_tablet FROM roll_call_entries
             WHERE roll_call_id = ? AND person = ?",
        )
        .bind(id)
        .bind(&mark.person)
        .fetch_optional(&mut **conn)
        .await?
        else {
            return Ok(false);
        };
        let entry: i64 = row.get(0);
        let theirs = (parse(&mark.at), origin.to_string());
        let ours = (
            row.get::<Option<String>, _>(1).as_deref().and_then(parse),
            row.get::<Option<String>, _>(2).unwrap_or_default(),
        );
        if ours.0.is_some() && ours >= theirs {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE roll_call_entries SET status = ?, marked_at = ?, marked_by = NULL,
               marked_at_tablet = ? WHERE id = ?",
        )
        .bind(mark.status.as_str())
        .bind(&mark.at)
        .bind(origin)
        .bind(entry)
        .execute(&mut **conn)
        .await?;
        audit::append(
            conn,
            now,
            NewEntry {
                actor: by,
                action: "roll-call-mark",
                subject: Some(format!("roll-call:{id}")),
                details: json!({ "entry": entry, "status": mark.status.as_str(), "at": mark.at }),
            },
        )
        .await?;
        return Ok(true);
    }
    if let (Some(at), None) = (&facts.finished_at, finished) {
        sqlx::query("UPDATE roll_calls SET finished_at = ?, finished_by = ? WHERE id = ?")
            .bind(at)
            .bind(fleet_staff)
            .bind(id)
            .execute(&mut **conn)
            .await?;
        audit::append(
            conn,
            now,
            NewEntry {
                actor: by,
                action: "roll-call-finish",
                subject: Some(format!("roll-call:{id}")),
                details: json!({ "fleet_id": facts.id }),
            },
        )
        .await?;
        return Ok(true);
    }
    Ok(false)
}

fn parse(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

//! Emergency mode: fire evacuation, shelter in place, a medical emergency or a custom message.
//! It is a row in the database, so it survives a restart of the app or the machine, and the
//! command line (a fire panel's relay, another system) starts it as well as staff do. Only
//! staff or the command line end it; the end is audited with how long it lasted.

use crate::audit::{self, Actor, NewEntry};
use crate::config::FieldRule;
use crate::error::{Error, Result};
use crate::store::Write;
use crate::{text, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EmergencyKind {
    /// Fire: evacuate by the nearest exit to the assembly point.
    Fire,
    /// Stay inside, away from windows, until told otherwise.
    Shelter,
    /// A medical emergency on site: call for help, keep the way clear.
    Medical,
    /// Staff's own words.
    Custom,
}

impl EmergencyKind {
    pub const ALL: [EmergencyKind; 4] = [Self::Fire, Self::Shelter, Self::Medical, Self::Custom];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fire => "fire",
            Self::Shelter => "shelter",
            Self::Medical => "medical",
            Self::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The longest custom message, in characters: two short lines on the emergency screen.
pub const MESSAGE_MAX: usize = 200;

/// Emergency mode as it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Emergency {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: EmergencyKind,
    /// The custom message as staff typed it (custom only).
    pub message: Option<String>,
    pub started_at: String,
    /// `staff:<id>` or `cli`.
    pub started_by: String,
}

/// How an emergency ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllClear {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: EmergencyKind,
    #[ts(type = "number")]
    pub duration_seconds: i64,
}

/// The emergency in force, if any.
pub async fn current(conn: &mut SqliteConnection) -> Result<Option<Emergency>> {
    let row = sqlx::query(
        "SELECT id, kind, message, started_at, started_by FROM emergencies WHERE ended_at IS NULL",
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| Emergency {
        id: r.get(0),
        kind: EmergencyKind::parse(&r.get::<String, _>(1)).unwrap_or(EmergencyKind::Custom),
        message: r.get(2),
        started_at: r.get(3),
        started_by: r.get(4),
    }))
}

/// Starts emergency mode. Starting the kind already in force changes nothing (a fire panel
/// may repeat itself); another kind ends the one in force and starts the new one, both
/// audited.
pub async fn start(
    store: &Store,
    now: DateTime<Utc>,
    by: Actor,
    kind: EmergencyKind,
    message: Option<&str>,
) -> Result<Emergency> {
    let message = match kind {
        EmergencyKind::Custom => text::field("message", message, MESSAGE_MAX, FieldRule::Required)?,
        _ => None,
    };
    let mut tx = store.begin_write().await?;
    if let Some(active) = current(&mut tx).await? {
        if active.kind == kind && active.message == message {
            return Ok(active);
        }
        end_row(&mut tx, now, &by, &active).await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO emergencies (kind, message, started_at, started_by) VALUES (?, ?, ?, ?)
         RETURNING id",
    )
    .bind(kind.as_str())
    .bind(&message)
    .bind(now.to_rfc3339())
    .bind(by.as_text())
    .fetch_one(&mut *tx)
    .await?;
    // Its id across the fleet, when this tablet belongs to one.
    sqlx::query(
        "UPDATE emergencies SET fleet_id = (SELECT tablet || ':' || ?1 FROM fleet_link
           WHERE id = 1 AND active = 1 AND tablet IS NOT NULL)
         WHERE id = ?1",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: by.clone(),
            action: "emergency-start",
            subject: Some(format!("emergency:{id}")),
            details: json!({ "kind": kind.as_str(), "custom_message": message.is_some() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Emergency {
        id,
        kind,
        message,
        started_at: now.to_rfc3339(),
        started_by: by.as_text(),
    })
}

/// "All clear": ends emergency mode. Refused when none is on.
pub async fn end(store: &Store, now: DateTime<Utc>, by: Actor) -> Result<AllClear> {
    let mut tx = store.begin_write().await?;
    let active = current(&mut tx).await?.ok_or(Error::NoEmergency)?;
    let clear = end_row(&mut tx, now, &by, &active).await?;
    tx.commit().await?;
    Ok(clear)
}

async fn end_row(
    conn: &mut Write,
    now: DateTime<Utc>,
    by: &Actor,
    active: &Emergency,
) -> Result<AllClear> {
    let started = DateTime::parse_from_rfc3339(&active.started_at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now);
    let duration_seconds = (now - started).num_seconds().max(0);
    sqlx::query("UPDATE emergencies SET ended_at = ?, ended_by = ? WHERE id = ?")
        .bind(now.to_rfc3339())
        .bind(by.as_text())
        .bind(active.id)
        .execute(&mut **conn)
        .await?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor: by.clone(),
            action: "emergency-end",
            subject: Some(format!("emergency:{}", active.id)),
            details: json!({ "kind": active.kind.as_str(), "duration_seconds": duration_seconds }),
        },
    )
    .await?;
    Ok(AllClear {
        id: active.id,
        kind: active.kind,
        duration_seconds,
    })
}

/// An emergency's start or all clear from elsewhere in the fleet (`fleet::down::EmergencyFacts`).
#[derive(Debug, Clone, Copy)]
pub struct Remote<'a> {
    /// `<tablet>:<local id>` or `hub:<n>`.
    pub id: &'a str,
    pub kind: &'a str,
    pub message: Option<&'a str>,
    pub started_at: &'a str,
    /// On an all clear: the id of the emergency it ends.
    pub ends: Option<&'a str>,
}

/// What [`apply_remote`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Applied,
    /// Known already, or an all clear for one not in force.
    Ignored,
    /// Older than the one in force: recorded as ended, never shown.
    Superseded,
}

/// When an emergency started, for ordering emergencies from different tablets.
fn started(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// An emergency started or ended elsewhere in the fleet (another tablet of the site, or the
/// hub: `origin`), as the site's streams carry it (issue 16).
///
/// The emergency in force is the newest start, by start time then id, that no all clear
/// named: a start older than the one in force is recorded as ended and never shown, so
/// tablets that started different kinds at once all end up showing the same one. An all clear
/// ends only the emergency it names, so a late or repeated one never ends a newer emergency.
/// Every emergency is recorded by its fleet id, so one seen before is never started again.
pub async fn apply_remote(
    conn: &mut Write,
    now: DateTime<Utc>,
    origin: &str,
    facts: &Remote<'_>,
) -> Result<Outcome> {
    let by = Actor::Fleet(origin.to_string());
    let kind = EmergencyKind::parse(facts.kind).unwrap_or(EmergencyKind::Custom);
    let message = match kind {
        EmergencyKind::Custom => Some(
            facts
                .message
                .unwrap_or("")
                .chars()
                .take(MESSAGE_MAX)
                .collect::<String>(),
        ),
        _ => None,
    };
    let known = sqlx::query("SELECT id, ended_at FROM emergencies WHERE fleet_id = ?")
        .bind(facts.id)
        .fetch_optional(&mut **conn)
        .await?;
    if let Some(ends) = facts.ends {
        return match known {
            Some(row) if row.get::<Option<String>, _>(1).is_none() => {
                let active = current(conn)
                    .await?
                    .filter(|a| a.id == row.get::<i64, _>(0));
                match active {
                    Some(active) => {
                        end_row(conn, now, &by, &active).await?;
                        Ok(Outcome::Applied)
                    }
                    None => Ok(Outcome::Ignored),
                }
            }
            Some(_) => Ok(Outcome::Ignored),
            // The all clear came before its start (they travel on different streams when one
            // side is the hub): remember the emergency as ended, so its start is not shown.
            None => {
                sqlx::query(
                    "INSERT INTO emergencies (kind, message, started_at, started_by, ended_at,
                       ended_by, fleet_id)
                     VALUES (?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(kind.as_str())
                .bind(&message)
                .bind(facts.started_at)
                .bind(by.as_text())
                .bind(now.to_rfc3339())
                .bind(by.as_text())
                .bind(ends)
                .execute(&mut **conn)
                .await?;
                Ok(Outcome::Ignored)
            }
        };
    }
    if known.is_some() {
        return Ok(Outcome::Ignored);
    }
    let active = current(conn).await?;
    if let Some(active) = &active {
        let active_id: Option<String> =
            sqlx::query_scalar("SELECT fleet_id FROM emergencies WHERE id = ?")
                .bind(active.id)
                .fetch_one(&mut **conn)
                .await?;
        let theirs = (started(facts.started_at), facts.id);
        let ours = (
            started(&active.started_at),
            active_id.as_deref().unwrap_or(""),
        );
        if ours > theirs {
            sqlx::query(
                "INSERT INTO emergencies (kind, message, started_at, started_by, ended_at,
                   ended_by, fleet_id)
                 VALUES (?, ?, ?, ?, ?, 'fleet:superseded', ?)",
            )
            .bind(kind.as_str())
            .bind(&message)
            .bind(facts.started_at)
            .bind(by.as_text())
            .bind(now.to_rfc3339())
            .bind(facts.id)
            .execute(&mut **conn)
            .await?;
            return Ok(Outcome::Superseded);
        }
        end_row(conn, now, &by, active).await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO emergencies (kind, message, started_at, started_by, fleet_id)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(kind.as_str())
    .bind(&message)
    .bind(facts.started_at)
    .bind(by.as_text())
    .bind(facts.id)
    .fetch_one(&mut **conn)
    .await?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor: by,
            action: "emergency-start",
            subject: Some(format!("emergency:{id}")),
            details: json!({ "kind": kind.as_str(), "custom_message": message.is_some(),
                "fleet_id": facts.id }),
        },
    )
    .await?;
    Ok(Outcome::Applied)
}

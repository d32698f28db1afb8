//! Check-ins held for staff: a visitor who matches the deny list (`privacy::deny`) sees a
//! neutral "Please wait" screen, and nothing is a visit yet: no host is told, no Wi-Fi pass or
//! badge exists. The form waits here until a staff member approves it (the check-in goes
//! ahead, as the visitor filled it in) or denies it (the form is dropped). Both are audited
//! with the staff member's id; a form nobody decided on within a day is dropped by the
//! retention sweep. The members of `[privacy] alert` are told through their own channels that
//! someone waits (by numbers only: no name reaches a message).

use super::{check_in_as, CheckInRequest, CheckedIn, Clean};
use crate::audit::{self, Actor, NewEntry};
use crate::config::{Config, VisitKind};
use crate::error::{Error, Result};
use crate::notify;
use crate::store::{Store, Write};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

/// How long a held check-in waits for a decision before the sweep drops it.
pub const WAITS_FOR: Duration = Duration::hours(24);

/// A check-in waiting for staff, as the staff screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Waiting {
    #[ts(type = "number")]
    pub id: i64,
    /// The name the visitor typed.
    pub name: String,
    pub kind: VisitKind,
    /// The deny-list entry it matched (`lobby deny list` shows it in full).
    #[ts(type = "number")]
    pub entry: i64,
    /// Why the entry is on the list, as the operator wrote it.
    pub reason: String,
    /// When the visitor was asked to wait (RFC 3339).
    pub since: String,
    /// The visitor's language: their welcome screen is shown in it.
    pub language: String,
}

/// Holds a check-in that matched `entry`, inside the check-in's transaction.
pub(super) async fn hold(
    conn: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    request: &CheckInRequest,
    entry: i64,
    clean: &Clean,
) -> Result<i64> {
    let form = serde_json::to_string(request)
        .map_err(|e| Error::Internal(format!("held check-in: {e}")))?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO approvals (entry_id, request, name, language, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(entry)
    .bind(&form)
    .bind(&clean.form.name)
    .bind(&clean.language)
    .bind(now.to_rfc3339())
    .fetch_one(&mut **conn)
    .await?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "approval-hold",
            subject: Some(format!("approval:{id}")),
            details: json!({ "deny_entry": entry, "kind": clean.form.kind.as_str() }),
        },
    )
    .await?;
    // Staff away from the kiosk are told through their own channels (`[privacy] alert`).
    notify::enqueue_held(
        conn,
        now,
        config,
        notify::Held {
            approval: id,
            entry,
        },
    )
    .await?;
    Ok(id)
}

/// The check-ins waiting for staff, oldest first.
pub async fn waiting(store: &Store) -> Result<Vec<Waiting>> {
    let mut conn = store.pool().acquire().await?;
    let rows = sqlx::query(
        "SELECT id, name, request, entry_id, created_at, language FROM approvals
         WHERE decided_at IS NULL ORDER BY created_at, id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let request: CheckInRequest =
            serde_json::from_str(row.get::<Option<&str>, _>(2).unwrap_or("{}")).unwrap_or_default();
        let entry: i64 = row.get(3);
        let reason = crate::privacy::deny::get(&mut conn, entry)
            .await?
            .map(|e| e.reason)
            .unwrap_or_default();
        out.push(Waiting {
            id: row.get(0),
            name: row.get(1),
            kind: request.kind.unwrap_or(VisitKind::Guest),
            entry,
            reason,
            since: row.get(4),
            language: row.get(5),
        });
    }
    Ok(out)
}

/// Staff decide on a held check-in: approved, the visitor is checked in as they filled the
/// form in (returned for their welcome screen); denied, the form is dropped.
pub async fn decide(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    id: i64,
    staff: i64,
    approve: bool,
) -> Result<Option<CheckedIn>> {
    let form: Option<String> =
        sqlx::query_scalar("SELECT request FROM approvals WHERE id = ? AND decided_at IS NULL")
            .bind(id)
            .fetch_optional(store.pool())
            .await?
            .flatten();
    let form = form.ok_or(Error::ApprovalNotFound)?;
    if approve {
        let request: CheckInRequest = serde_json::from_str(&form)
            .map_err(|e| Error::Internal(format!("held check-in {id}: {e}")))?;
        return check_in_as(store, now, config, &request, Some((id, staff)))
            .await
            .map(Some);
    }
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE approvals SET request = NULL, name = '', decided_at = ?, decided_by = ?,
           outcome = 'denied'
         WHERE id = ? AND decided_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(staff)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::ApprovalNotFound);
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff),
            action: "approval-deny",
            subject: Some(format!("approval:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(None)
}

/// Marks a held check-in approved, inside the transaction that checked the visitor in.
pub(super) async fn approved(
    conn: &mut Write,
    now: DateTime<Utc>,
    id: i64,
    staff: i64,
    visit: i64,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE approvals SET request = NULL, name = '', decided_at = ?, decided_by = ?,
           outcome = 'approved', visit_id = ?
         WHERE id = ? AND decided_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(staff)
    .bind(visit)
    .bind(id)
    .execute(&mut **conn)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::ApprovalNotFound);
    }
    audit::append(
        conn,
        now,
        NewEntry {
            actor: Actor::Staff(staff),
            action: "approval-approve",
            subject: Some(format!("approval:{id}")),
            details: json!({ "visit": visit }),
        },
    )
    .await?;
    Ok(())
}

/// Drops the forms nobody decided on within [`WAITS_FOR`], inside the retention sweep.
pub(crate) async fn abandon_stale(conn: &mut Write, now: DateTime<Utc>) -> Result<u64> {
    let gone = sqlx::query(
        "UPDATE approvals SET request = NULL, name = '', decided_at = ?, outcome = 'abandoned'
         WHERE decided_at IS NULL AND created_at < ?",
    )
    .bind(now.to_rfc3339())
    .bind((now - WAITS_FOR).to_rfc3339())
    .execute(&mut **conn)
    .await?
    .rows_affected();
    if gone > 0 {
        audit::append(
            conn,
            now,
            NewEntry {
                actor: Actor::System,
                action: "approvals-abandon",
                subject: None,
                details: json!({ "approvals": gone }),
            },
        )
        .await?;
    }
    Ok(gone)
}

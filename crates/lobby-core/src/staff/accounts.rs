//! Staff accounts as an operator runs them from the command line: who has one, disabling and
//! enabling an account, and new credentials (a PIN, an authenticator secret) for someone who
//! forgot or leaked theirs. Every change is audited. A disabled account cannot sign in, and
//! the kiosk ends its session at the next check (see `is_active`).

use super::{pin, totp, validate_name, NewStaff, StaffIdentity};
use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::keys::{self, Purpose};
use crate::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use sqlx::{Row, SqliteConnection};

/// A staff account as `lobby staff list` shows it (never its PIN hash or secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffAccount {
    pub id: i64,
    pub name: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    /// Badges that stand in for the authenticator code, not revoked.
    pub badges: i64,
}

/// Every staff account, active or not, by name (not the fleet's own row).
pub async fn list(store: &Store) -> Result<Vec<StaffAccount>> {
    let rows = sqlx::query(
        "SELECT id, name, active, created_at,
           (SELECT COUNT(*) FROM staff_badges b WHERE b.staff_id = staff.id AND b.revoked_at IS NULL)
         FROM staff WHERE name <> ? ORDER BY name, id",
    )
    .bind(super::FLEET_STAFF)
    .fetch_all(store.pool())
    .await?;
    rows.into_iter()
        .map(|r| {
            let created: String = r.get(3);
            let created_at = DateTime::parse_from_rfc3339(&created)
                .map_err(|e| Error::Internal(format!("staff.created_at: {e}")))?
                .with_timezone(&Utc);
            Ok(StaffAccount {
                id: r.get(0),
                name: r.get(1),
                active: r.get(2),
                created_at,
                badges: r.get(4),
            })
        })
        .collect()
}

/// Whether the account may still act: the kiosk asks before every staff command, so a
/// session of an account disabled from the command line ends at once.
pub async fn is_active(store: &Store, id: i64) -> Result<bool> {
    Ok(sqlx::query_scalar("SELECT active FROM staff WHERE id = ?")
        .bind(id)
        .fetch_optional(store.pool())
        .await?
        .unwrap_or(false))
}

/// The account of that name (as typed, trimmed), or [`Error::StaffNotFound`].
async fn find(conn: &mut SqliteConnection, name: &str) -> Result<(StaffIdentity, bool)> {
    let name = validate_name(name).map_err(|_| Error::StaffNotFound(name.trim().to_string()))?;
    let row = sqlx::query("SELECT id, name, active FROM staff WHERE name = ?")
        .bind(&name)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::StaffNotFound(name))?;
    Ok((
        StaffIdentity {
            id: row.get(0),
            name: row.get(1),
        },
        row.get(2),
    ))
}

/// Refuses a PIN another active staff member has (`except` is the account being changed).
/// A PIN belongs to one person: two accounts sharing one would each know the other's first
/// factor. Each hash is checked with argon2, which is slow on purpose: this is for the command
/// line, never for the kiosk.
pub async fn refuse_pin_in_use(store: &Store, new_pin: &str, except: Option<i64>) -> Result<()> {
    let rows = sqlx::query("SELECT id, pin_hash FROM staff WHERE active = 1")
        .fetch_all(store.pool())
        .await?;
    let taken = rows
        .iter()
        .filter(|r| Some(r.get::<i64, _>(0)) != except)
        .any(|r| pin::matches(new_pin, &r.get::<String, _>(1)));
    if taken {
        Err(Error::PinInUse)
    } else {
        Ok(())
    }
}

/// Disables (`active = false`) or enables an account. Returns whether anything changed; a
/// change is audited as `staff-disable` or `staff-enable`.
pub async fn set_active(
    store: &Store,
    now: DateTime<Utc>,
    name: &str,
    active: bool,
    actor: Actor,
) -> Result<bool> {
    let mut tx = store.begin_write().await?;
    let (who, was) = find(&mut tx, name).await?;
    if was == active {
        return Ok(false);
    }
    sqlx::query("UPDATE staff SET active = ? WHERE id = ?")
        .bind(active)
        .bind(who.id)
        .execute(&mut *tx)
        .await?;
    let subject = Some(format!("staff:{}", who.id));
    let entry = if active {
        NewEntry {
            actor,
            action: "staff-enable",
            subject,
            details: json!({}),
        }
    } else {
        NewEntry {
            actor,
            action: "staff-disable",
            subject,
            details: json!({}),
        }
    };
    audit::append(&mut tx, now, entry).await?;
    tx.commit().await?;
    Ok(true)
}

/// Lifts the wait on sign-in after wrong tries, for one account (`name`) or for all. Returns
/// the accounts that had wrong tries counted; each is audited as `staff-unlock`.
pub async fn unlock(
    store: &Store,
    now: DateTime<Utc>,
    name: Option<&str>,
    actor: Actor,
) -> Result<Vec<StaffIdentity>> {
    let mut tx = store.begin_write().await?;
    let only = match name {
        Some(name) => Some(find(&mut tx, name).await?.0.id),
        None => None,
    };
    let rows = sqlx::query(
        "SELECT s.id, s.name FROM staff_signin_throttle t JOIN staff s ON s.id = t.staff_id
         WHERE ?1 IS NULL OR s.id = ?1 ORDER BY s.name",
    )
    .bind(only)
    .fetch_all(&mut *tx)
    .await?;
    let mut unlocked = Vec::new();
    for r in rows {
        let who = StaffIdentity {
            id: r.get(0),
            name: r.get(1),
        };
        sqlx::query("DELETE FROM staff_signin_throttle WHERE staff_id = ?")
            .bind(who.id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor: actor.clone(),
                action: "staff-unlock",
                subject: Some(format!("staff:{}", who.id)),
                details: json!({}),
            },
        )
        .await?;
        unlocked.push(who);
    }
    tx.commit().await?;
    Ok(unlocked)
}

/// Gives an account a new PIN, under the rules for a new PIN. Audited as `staff-reset-pin`.
pub async fn reset_pin(
    store: &Store,
    now: DateTime<Utc>,
    name: &str,
    new_pin: &str,
    actor: Actor,
) -> Result<StaffIdentity> {
    pin::validate_new(new_pin)?;
    let (who, _) = find(&mut *store.conn().await?, name).await?;
    refuse_pin_in_use(store, new_pin, Some(who.id)).await?;
    let pin_hash = pin::hash(new_pin)?;
    let mut tx = store.begin_write().await?;
    sqlx::query("UPDATE staff SET pin_hash = ? WHERE id = ?")
        .bind(&pin_hash)
        .bind(who.id)
        .execute(&mut *tx)
        .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "staff-reset-pin",
            subject: Some(format!("staff:{}", who.id)),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(who)
}

/// Gives an account a new authenticator secret (the old one stops working at once) and
/// returns it to be enrolled. Audited as `staff-reset-totp`.
pub async fn reset_totp(
    store: &Store,
    now: DateTime<Utc>,
    issuer: &str,
    name: &str,
    actor: Actor,
) -> Result<NewStaff> {
    let secret = totp::new_secret();
    let mut tx = store.begin_write().await?;
    let (who, _) = find(&mut tx, name).await?;
    sqlx::query("UPDATE staff SET totp_secret = ?, totp_last_step = 0 WHERE id = ?")
        .bind(keys::seal_stored(tx.key(), Purpose::StaffTotp, &secret))
        .bind(who.id)
        .execute(&mut *tx)
        .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "staff-reset-totp",
            subject: Some(format!("staff:{}", who.id)),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    let provisioning_uri = totp::provisioning_uri(issuer, &who.name, &secret);
    Ok(NewStaff {
        identity: who,
        secret,
        provisioning_uri,
    })
}

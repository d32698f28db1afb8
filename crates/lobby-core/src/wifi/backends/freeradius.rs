//! FreeRADIUS per-guest accounts, written into FreeRADIUS's own SQL database (rlm_sql with
//! SQLite): `radcheck` holds the password and the expiry, `radreply` the VLAN and the session
//! limit. FreeRADIUS reads these tables on every login, so no reload is needed.
//!
//! FreeRADIUS answers logins from the same file while Lobby writes, so every change is one
//! short `BEGIN IMMEDIATE` transaction (a few milliseconds), with a busy timeout of 2 s. Only
//! rows whose user name is a pass id of a FreeRADIUS tier (`guest-7k3m9x`) are Lobby's; other
//! users in the database are never touched.

use super::super::passes::is_pass_id_of;
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection as _, Row, SqliteConnection};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// One guest account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub username: String,
    pub password: String,
    pub expires_at: DateTime<Utc>,
    pub vlan: Option<u16>,
}

/// What the rows say, for comparing: password, Expiration (Unix epoch), VLAN.
type Seen = (Option<String>, Option<String>, Option<String>);

fn wanted(a: &Account) -> Seen {
    (
        Some(a.password.clone()),
        Some(a.expires_at.timestamp().to_string()),
        a.vlan.map(|v| v.to_string()),
    )
}

async fn open(db: &Path) -> Result<SqliteConnection, String> {
    let options = SqliteConnectOptions::new()
        .filename(db)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(2));
    SqliteConnection::connect_with(&options)
        .await
        .map_err(|e| format!("cannot open the FreeRADIUS database {}: {e}", db.display()))
}

/// Brings the database in line with `accounts` for the users of `tiers`. Returns how many
/// users were added, changed or removed.
pub async fn apply(
    db: &Path,
    tiers: &[&str],
    accounts: &[Account],
    now: DateTime<Utc>,
) -> Result<usize, String> {
    let mut conn = open(db).await?;
    let result = apply_in(&mut conn, tiers, accounts, now).await;
    if result.is_err() {
        let _ = sqlx::query("ROLLBACK").execute(&mut conn).await;
    }
    let _ = conn.close().await;
    result
}

async fn apply_in(
    conn: &mut SqliteConnection,
    tiers: &[&str],
    accounts: &[Account],
    now: DateTime<Utc>,
) -> Result<usize, String> {
    let db = |e: sqlx::Error| format!("FreeRADIUS database: {e}");
    let ours = |u: &str| tiers.iter().any(|t| is_pass_id_of(t, u));
    // IMMEDIATE: take the write lock at once, so the transaction never has to upgrade a read
    // lock while FreeRADIUS writes (which would fail with "database is locked").
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let rows = sqlx::query(
        "SELECT username, attribute, value FROM radcheck
         WHERE attribute IN ('Cleartext-Password', 'Expiration')
         UNION ALL
         SELECT username, attribute, value FROM radreply WHERE attribute = 'Tunnel-Private-Group-Id'",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(db)?;
    for r in rows {
        let user: String = r.get(0);
        if !ours(&user) {
            continue;
        }
        let entry = seen.entry(user).or_default();
        let value = Some(r.get::<String, _>(2));
        match r.get::<String, _>(1).as_str() {
            "Cleartext-Password" => entry.0 = value,
            "Expiration" => entry.1 = value,
            _ => entry.2 = value,
        }
    }
    let mut changed = 0;
    let mut keep = std::collections::BTreeSet::new();
    for a in accounts {
        if !ours(&a.username) {
            return Err(format!(
                "{} is not a pass id of a FreeRADIUS tier",
                a.username
            ));
        }
        keep.insert(a.username.as_str());
        if seen.get(&a.username) == Some(&wanted(a)) {
            continue;
        }
        remove(conn, &a.username).await.map_err(db)?;
        let check = [
            ("Cleartext-Password", a.password.clone()),
            ("Expiration", a.expires_at.timestamp().to_string()),
        ];
        insert(conn, "radcheck", &a.username, &check)
            .await
            .map_err(db)?;
        let timeout = (a.expires_at - now).num_seconds().max(1).to_string();
        let mut reply = vec![("Session-Timeout", timeout)];
        if let Some(vlan) = a.vlan {
            reply.extend([
                ("Tunnel-Type", "VLAN".to_string()),
                ("Tunnel-Medium-Type", "IEEE-802".to_string()),
                ("Tunnel-Private-Group-Id", vlan.to_string()),
            ]);
        }
        insert(conn, "radreply", &a.username, &reply)
            .await
            .map_err(db)?;
        changed += 1;
    }
    for user in seen.keys().filter(|u| !keep.contains(u.as_str())) {
        remove(conn, user).await.map_err(db)?;
        changed += 1;
    }
    sqlx::query("COMMIT")
        .execute(&mut *conn)
        .await
        .map_err(db)?;
    Ok(changed)
}

/// Rows `user attribute := value` in `table` (radcheck or radreply).
async fn insert(
    conn: &mut SqliteConnection,
    table: &str,
    user: &str,
    rows: &[(&str, String)],
) -> Result<(), sqlx::Error> {
    for (attribute, value) in rows {
        sqlx::query(&format!(
            "INSERT INTO {table} (username, attribute, op, value) VALUES (?, ?, ':=', ?)"
        ))
        .bind(user)
        .bind(attribute)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn remove(conn: &mut SqliteConnection, user: &str) -> Result<(), sqlx::Error> {
    for table in ["radcheck", "radreply"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE username = ?"))
            .bind(user)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Whether the database can be opened and has FreeRADIUS's tables, for `lobby doctor`.
pub async fn check(db: &Path) -> Result<(), String> {
    let mut conn = open(db).await?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('radcheck', 'radreply')",
    )
    .fetch_one(&mut conn)
    .await
    .map_err(|e| format!("FreeRADIUS database: {e}"))?;
    let _ = conn.close().await;
    if tables == 2 {
        Ok(())
    } else {
        Err(format!(
            "{} has no radcheck and radreply tables (FreeRADIUS's schema.sql)",
            db.display()
        ))
    }
}

//! The tamper-evident audit log. Rows are only ever appended, in the same transaction as the
//! change they record. Each row stores the hash of the row before it and its own
//! `hash = HMAC-SHA256(audit key, prev_hash || canonical row)`, the audit key being derived
//! from the site key that is kept outside the database ([`crate::keys`]). Changing, removing
//! or reordering any row breaks the chain at that row, and [`verify`] names it; without the
//! key, nobody can recompute the hashes of a rewritten chain.
//!
//! Rows written before the site had a key are hashed with plain SHA-256 (`keyed = 0`); the
//! first keyed row (`site-key`, written when the key is set) seals them in, and every row
//! after it must be keyed.
//!
//! SQLite also remembers the highest sequence number ever used (`AUTOINCREMENT`), so cutting
//! rows off the end is detected too, at no extra statement per entry. [`head`] is the newest
//! hash: `lobby audit head` prints it, and backups and security-plan reports carry it, so even
//! a rewrite by someone holding the key is provable against a copy kept elsewhere.

use crate::error::{Error, Result};
use crate::keys::SiteKey;
use crate::store::Write;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

const GENESIS: [u8; 32] = [0; 32];

/// Who did it. Stored as text: `system`, `cli`, `kiosk`, `staff:<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    System,
    Cli,
    Kiosk,
    Staff(i64),
    /// A change applied from elsewhere in the fleet: another tablet of the site (its id), or
    /// `hub`. Such entries are never passed on again.
    Fleet(String),
}

impl Actor {
    pub fn as_text(&self) -> String {
        match self {
            Actor::System => "system".into(),
            Actor::Cli => "cli".into(),
            Actor::Kiosk => "kiosk".into(),
            Actor::Staff(id) => format!("staff:{id}"),
            Actor::Fleet(origin) => format!("fleet:{origin}"),
        }
    }
}

/// One event to record.
#[derive(Debug, Clone)]
pub struct NewEntry<'a> {
    pub actor: Actor,
    /// Stable kebab-case name (a Fluent variant key): `staff-sign-in`, `staff-add`, `demo-seed`, ...
    pub action: &'a str,
    /// What it is about, e.g. `staff:3`.
    pub subject: Option<String>,
    pub details: serde_json::Value,
}

/// A row as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub details: String,
}

impl AuditEntry {
    /// The exact bytes that are hashed: a JSON object with a fixed key order. `details` is
    /// included as the stored text, so re-serialising can never change a hash.
    fn canonical(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct Canonical<'a> {
            seq: i64,
            at: &'a str,
            actor: &'a str,
            action: &'a str,
            subject: Option<&'a str>,
            details: &'a str,
        }
        serde_json::to_vec(&Canonical {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            action: &self.action,
            subject: self.subject.as_deref(),
            details: &self.details,
        })
        .expect("serialising plain strings cannot fail")
    }
}

fn chain_hash(prev: &[u8], entry: &AuditEntry) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(entry.canonical());
    h.finalize().into()
}

/// The link of a row: keyed when there is a key.
fn link(key: Option<&SiteKey>, prev: &[u8], entry: &AuditEntry) -> [u8; 32] {
    match key {
        Some(key) => key.audit_mac(prev, &entry.canonical()),
        None => chain_hash(prev, entry),
    }
}

/// Whether a stored row's hash is the one its content and link make: `Some(true)` or
/// `Some(false)`, `None` for a keyed row checked without the key. The fleet publisher checks
/// every row it sends; the hub checks unkeyed rows itself.
pub fn row_holds(
    key: Option<&SiteKey>,
    prev: &[u8],
    entry: &AuditEntry,
    keyed: bool,
    hash: &[u8],
) -> Option<bool> {
    match (keyed, key) {
        (false, _) => Some(chain_hash(prev, entry).as_slice() == hash),
        (true, Some(key)) => Some(key.audit_mac(prev, &entry.canonical()).as_slice() == hash),
        (true, None) => None,
    }
}

/// The action of the first keyed row: the site key was set and the secrets sealed.
pub const SITE_KEY_ACTION: &str = "site-key";

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Appends an entry. Call it inside the write transaction of the change it records
/// ([`crate::Store::begin_write`]), so both are saved or neither is; it is keyed with the
/// transaction's site key.
pub async fn append(tx: &mut Write, at: DateTime<Utc>, new: NewEntry<'_>) -> Result<i64> {
    let key = tx.key().cloned();
    let conn: &mut SqliteConnection = tx;
    let last = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    let (seq, prev_hash) = match last {
        Some(row) => (row.get::<i64, _>(0) + 1, row.get::<Vec<u8>, _>(1)),
        None => (1, GENESIS.to_vec()),
    };
    let entry = AuditEntry {
        seq,
        at: timestamp(at),
        actor: new.actor.as_text(),
        action: new.action.to_string(),
        subject: new.subject,
        details: serde_json::to_string(&new.details)
            .map_err(|e| Error::Internal(format!("audit details: {e}")))?,
    };
    let hash = link(key.as_ref(), &prev_hash, &entry);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash, keyed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(entry.seq)
    .bind(&entry.at)
    .bind(&entry.actor)
    .bind(&entry.action)
    .bind(&entry.subject)
    .bind(&entry.details)
    .bind(&prev_hash)
    .bind(hash.as_slice())
    .bind(key.is_some())
    .execute(&mut *conn)
    .await?;
    Ok(seq)
}

/// What is wrong with the first bad row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    /// The row's content no longer matches its hash: it was edited.
    Altered,
    /// The row does not link to the row before it: a row before it was removed, replaced or
    /// moved.
    Unlinked,
    /// Rows are missing here (a gap in the sequence numbers).
    Missing,
    /// Rows after this one were cut off the end of the log.
    Truncated,
    /// The row is not keyed although the chain was keyed before it, or (checked with a key)
    /// the chain has no keyed row at all: it was rewritten without the key.
    Unkeyed,
    /// The chain is keyed with another site key than the one given.
    WrongKey,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Verdict {
    Intact {
        #[ts(type = "number")]
        entries: i64,
        /// Keyed rows whose hashes were not checked, for want of the key (their links were).
        #[ts(type = "number")]
        unchecked: i64,
    },
    Broken {
        /// The sequence number of the first bad row.
        #[ts(type = "number")]
        seq: i64,
        problem: Problem,
    },
}

/// Walks the whole chain from the first row and reports the first row that is wrong. With
/// the site key every keyed hash is checked; without it, keyed rows are only checked for their
/// links and counted as unchecked.
pub async fn verify(conn: &mut SqliteConnection, key: Option<&SiteKey>) -> Result<Verdict> {
    // The rows and SQLite's highest sequence number from one snapshot: read apart, an entry
    // committed in between (the kiosk writes while `lobby audit verify` or the fleet's chain
    // report reads) looked like rows cut off the end.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let verdict = verify_snapshot(&mut tx, key).await;
    tx.rollback().await?;
    verdict
}

async fn verify_snapshot(conn: &mut SqliteConnection, key: Option<&SiteKey>) -> Result<Verdict> {
    let rows = sqlx::query(
        "SELECT seq, at, actor, action, subject, details, prev_hash, hash, keyed
         FROM audit_log ORDER BY seq",
    )
    .fetch_all(&mut *conn)
    .await?;
    let broken = |seq, problem| Ok(Verdict::Broken { seq, problem });
    let mut expected_seq = 1;
    let mut prev = GENESIS.to_vec();
    let mut keyed_seen = false;
    let mut unchecked = 0;
    for row in &rows {
        let entry = AuditEntry {
            seq: row.get(0),
            at: row.get(1),
            actor: row.get(2),
            action: row.get(3),
            subject: row.get(4),
            details: row.get(5),
        };
        let stored_prev: Vec<u8> = row.get(6);
        let stored_hash: Vec<u8> = row.get(7);
        let keyed: bool = row.get(8);
        if entry.seq != expected_seq {
            return broken(expected_seq, Problem::Missing);
        }
        if stored_prev != prev {
            return broken(entry.seq, Problem::Unlinked);
        }
        if keyed_seen && !keyed {
            return broken(entry.seq, Problem::Unkeyed);
        }
        if keyed && !keyed_seen {
            keyed_seen = true;
            // The first keyed row names the key it was made with.
            let named = serde_json::from_str::<serde_json::Value>(&entry.details)
                .ok()
                .and_then(|d| d.get("key").and_then(|k| k.as_str()).map(str::to_owned));
            if let (Some(key), Some(named)) = (key, named) {
                if entry.action == SITE_KEY_ACTION && named != key.fingerprint() {
                    return broken(entry.seq, Problem::WrongKey);
                }
            }
        }
        let hash_ok = match (keyed, key) {
            (false, _) => chain_hash(&prev, &entry).as_slice() == stored_hash.as_slice(),
            (true, Some(key)) => {
                key.audit_mac(&prev, &entry.canonical()).as_slice() == stored_hash.as_slice()
            }
            (true, None) => {
                unchecked += 1;
                true
            }
        };
        if !hash_ok {
            return broken(entry.seq, Problem::Altered);
        }
        prev = stored_hash;
        expected_seq += 1;
    }
    let last_seq = expected_seq - 1;
    let highest: Option<i64> =
        sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")
            .fetch_optional(&mut *conn)
            .await?;
    if highest.is_some_and(|h| h > last_seq) {
        return broken(last_seq + 1, Problem::Truncated);
    }
    // A site with a key writes a keyed row the first time it opens the database; a chain
    // without one, checked with the key, was rewritten (or never belonged to this site).
    if key.is_some() && !keyed_seen {
        return broken(last_seq + 1, Problem::Unkeyed);
    }
    Ok(Verdict::Intact {
        entries: last_seq,
        unchecked,
    })
}

/// The newest entry's sequence number and hash (hex), or `None` for an empty log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Head {
    #[ts(type = "number")]
    pub seq: i64,
    pub hash: String,
    pub at: String,
}

pub async fn head(conn: &mut SqliteConnection) -> Result<Option<Head>> {
    let row = sqlx::query("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| Head {
        seq: r.get(0),
        hash: data_encoding::HEXLOWER.encode(&r.get::<Vec<u8>, _>(1)),
        at: r.get(2),
    }))
}

/// The fewest hex digits of a hash written down by hand that [`holds`] accepts (64 bits).
pub const HEAD_DIGITS_MIN: usize = 16;

/// Whether the chain holds the entry `seq` with this hash (hex; its first
/// [`HEAD_DIGITS_MIN`] digits or more): a head copied elsewhere (a backup, a printed report,
/// the staff screen) still matches the log.
pub async fn holds(conn: &mut SqliteConnection, seq: i64, hash_hex: &str) -> Result<bool> {
    let written = hash_hex.to_lowercase();
    if written.len() < HEAD_DIGITS_MIN {
        return Ok(false);
    }
    let stored: Option<Vec<u8>> = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = ?")
        .bind(seq)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(stored.is_some_and(|h| data_encoding::HEXLOWER.encode(&h).starts_with(&written)))
}

/// The newest entries, newest first, for the staff screen.
pub async fn recent(conn: &mut SqliteConnection, limit: i64) -> Result<Vec<AuditEntry>> {
    let rows = sqlx::query(
        "SELECT seq, at, actor, action, subject, details FROM audit_log ORDER BY seq DESC LIMIT ?",
    )
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| AuditEntry {
            seq: row.get(0),
            at: row.get(1),
            actor: row.get(2),
            action: row.get(3),
            subject: row.get(4),
            details: row.get(5),
        })
        .collect())
}

/// An export from the command line, in the log: what was exported and how many rows. Every
/// export writes one (`visits::export`, `invitations::export_csv`).
pub async fn record_export(
    store: &crate::Store,
    now: DateTime<Utc>,
    what: &str,
    rows: usize,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "export",
            subject: None,
            details: serde_json::json!({ "what": what, "rows": rows }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use chrono::TimeZone;
    use serde_json::json;

    async fn store_with(n: i64) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let t0 = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
        for i in 0..n {
            let mut tx = store.begin_write().await.unwrap();
            append(
                &mut tx,
                t0 + chrono::Duration::seconds(i),
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "test-event",
                    subject: Some(format!("thing:{i}")),
                    details: json!({ "i": i, "note": "ünïcödé; \"quoted\"" }),
                },
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
        }
        (dir, store)
    }

    async fn verdict(store: &Store) -> Verdict {
        verify(&mut store.pool().acquire().await.unwrap(), None)
            .await
            .unwrap()
    }

    async fn exec(store: &Store, sql: &str) {
        sqlx::query(sql).execute(store.pool()).await.unwrap();
    }

    #[tokio::test]
    async fn empty_and_intact_chains_verify() {
        let (_d, store) = store_with(0).await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Intact {
                entries: 0,
                unchecked: 0
            }
        );
        let (_d, store) = store_with(5).await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Intact {
                entries: 5,
                unchecked: 0
            }
        );
    }

    #[tokio::test]
    async fn an_edited_row_is_named() {
        let (_d, store) = store_with(5).await;
        exec(
            &store,
            "UPDATE audit_log SET actor = 'staff:9' WHERE seq = 3",
        )
        .await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 3,
                problem: Problem::Altered
            }
        );
    }

    #[tokio::test]
    async fn an_edited_timestamp_is_named() {
        let (_d, store) = store_with(4).await;
        exec(
            &store,
            "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2",
        )
        .await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 2,
                problem: Problem::Altered
            }
        );
    }

    #[tokio::test]
    async fn a_removed_row_is_named() {
        let (_d, store) = store_with(5).await;
        exec(&store, "DELETE FROM audit_log WHERE seq = 2").await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 2,
                problem: Problem::Missing
            }
        );
    }

    #[tokio::test]
    async fn a_removed_and_renumbered_row_is_named() {
        let (_d, store) = store_with(5).await;
        exec(&store, "DELETE FROM audit_log WHERE seq = 2").await;
        exec(&store, "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2").await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 2,
                problem: Problem::Unlinked
            }
        );
    }

    #[tokio::test]
    async fn swapped_rows_are_named() {
        let (_d, store) = store_with(5).await;
        exec(&store, "UPDATE audit_log SET seq = 100 WHERE seq = 2").await;
        exec(&store, "UPDATE audit_log SET seq = 2 WHERE seq = 4").await;
        exec(&store, "UPDATE audit_log SET seq = 4 WHERE seq = 100").await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 2,
                problem: Problem::Unlinked
            }
        );
    }

    #[tokio::test]
    async fn a_rehashed_row_breaks_the_next_link() {
        let (_d, store) = store_with(5).await;
        // Editing row 3 and recomputing only its own hash moves the break to row 4.
        let mut conn = store.pool().acquire().await.unwrap();
        let row = sqlx::query("SELECT seq, at, actor, action, subject, details, prev_hash FROM audit_log WHERE seq = 3")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let forged = AuditEntry {
            seq: 3,
            at: row.get(1),
            actor: "staff:9".into(),
            action: row.get(3),
            subject: row.get(4),
            details: row.get(5),
        };
        let hash = chain_hash(&row.get::<Vec<u8>, _>(6), &forged);
        sqlx::query("UPDATE audit_log SET actor = 'staff:9', hash = ? WHERE seq = 3")
            .bind(hash.as_slice())
            .execute(&mut *conn)
            .await
            .unwrap();
        drop(conn);
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 4,
                problem: Problem::Unlinked
            }
        );
    }

    #[tokio::test]
    async fn cutting_off_the_end_is_detected() {
        let (_d, store) = store_with(5).await;
        exec(&store, "DELETE FROM audit_log WHERE seq >= 4").await;
        assert_eq!(
            verdict(&store).await,
            Verdict::Broken {
                seq: 4,
                problem: Problem::Truncated
            }
        );
    }

    #[tokio::test]
    async fn a_rolled_back_change_leaves_no_entry() {
        let (_d, store) = store_with(1).await;
        let mut tx = store.begin_write().await.unwrap();
        append(
            &mut tx,
            Utc::now(),
            NewEntry {
                actor: Actor::Cli,
                action: "x",
                subject: None,
                details: json!({}),
            },
        )
        .await
        .unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(
            verdict(&store).await,
            Verdict::Intact {
                entries: 1,
                unchecked: 0
            }
        );
    }

    /// A store with a site key and `n` entries after its `site-key` row.
    async fn keyed_store_with(n: i64) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("etc").join(crate::keys::KEY_FILE);
        let store = crate::sealing::open_keyed(&dir.path().join("data"), &key_file)
            .await
            .unwrap();
        for i in 0..n {
            let mut tx = store.begin_write().await.unwrap();
            append(
                &mut tx,
                Utc::now(),
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "test-event",
                    subject: Some(format!("thing:{i}")),
                    details: json!({ "i": i }),
                },
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
        }
        (dir, store)
    }

    async fn keyed_verdict(store: &Store, key: Option<&SiteKey>) -> Verdict {
        verify(&mut store.pool().acquire().await.unwrap(), key)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_keyed_chain_verifies_with_its_key_and_links_without_it() {
        let (_d, store) = keyed_store_with(4).await;
        let key = store.key().unwrap().clone();
        assert_eq!(
            keyed_verdict(&store, Some(&key)).await,
            Verdict::Intact {
                entries: 5,
                unchecked: 0
            }
        );
        assert_eq!(
            keyed_verdict(&store, None).await,
            Verdict::Intact {
                entries: 5,
                unchecked: 5
            }
        );
        assert_eq!(
            keyed_verdict(&store, Some(&SiteKey::generate())).await,
            Verdict::Broken {
                seq: 1,
                problem: Problem::WrongKey
            }
        );
    }

    /// Whoever can write the file but lacks the key rewrites history and recomputes every
    /// hash the only way they can: unkeyed, or keyed rows with plain SHA-256.
    #[tokio::test]
    async fn a_chain_rewritten_without_the_key_is_caught() {
        async fn rewrite(store: &Store, from: i64, keyed: bool) {
            let mut conn = store.pool().acquire().await.unwrap();
            let rows = sqlx::query(
                "SELECT seq, at, actor, action, subject, details, prev_hash FROM audit_log
                 WHERE seq >= ? ORDER BY seq",
            )
            .bind(from)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
            let mut prev: Vec<u8> = rows[0].get(6);
            for row in rows {
                let entry = AuditEntry {
                    seq: row.get(0),
                    at: row.get(1),
                    actor: "staff:9".into(),
                    action: row.get(3),
                    subject: row.get(4),
                    details: row.get(5),
                };
                let hash = chain_hash(&prev, &entry);
                sqlx::query(
                    "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ?, keyed = ? WHERE seq = ?",
                )
                .bind(&entry.actor)
                .bind(&prev)
                .bind(hash.as_slice())
                .bind(keyed)
                .bind(entry.seq)
                .execute(&mut *conn)
                .await
                .unwrap();
                prev = hash.to_vec();
            }
        }
        // Every row made unkeyed, every hash recomputed.
        let (_d, store) = keyed_store_with(4).await;
        let key = store.key().unwrap().clone();
        rewrite(&store, 1, false).await;
        assert_eq!(
            keyed_verdict(&store, None).await,
            Verdict::Intact {
                entries: 5,
                unchecked: 0
            },
            "without the key the rewrite looks whole"
        );
        assert_eq!(
            keyed_verdict(&store, Some(&key)).await,
            Verdict::Broken {
                seq: 6,
                problem: Problem::Unkeyed
            }
        );
        // Only the tail rewritten, unkeyed after keyed rows.
        let (_d, store) = keyed_store_with(4).await;
        rewrite(&store, 3, false).await;
        assert_eq!(
            keyed_verdict(&store, None).await,
            Verdict::Broken {
                seq: 3,
                problem: Problem::Unkeyed
            }
        );
        // The tail rewritten, still marked keyed, hashed without the key.
        let (_d, store) = keyed_store_with(4).await;
        let key = store.key().unwrap().clone();
        rewrite(&store, 3, true).await;
        assert_eq!(
            keyed_verdict(&store, Some(&key)).await,
            Verdict::Broken {
                seq: 3,
                problem: Problem::Altered
            }
        );
    }

    #[tokio::test]
    async fn the_head_is_the_newest_hash_and_is_found_again() {
        let (_d, store) = keyed_store_with(2).await;
        let mut conn = store.pool().acquire().await.unwrap();
        let h = head(&mut conn).await.unwrap().unwrap();
        assert_eq!(h.seq, 3);
        assert_eq!(h.hash.len(), 64);
        assert!(holds(&mut conn, h.seq, &h.hash).await.unwrap());
        assert!(holds(&mut conn, h.seq, &h.hash[..16].to_uppercase())
            .await
            .unwrap());
        assert!(!holds(&mut conn, h.seq, &h.hash[..15]).await.unwrap());
        assert!(!holds(&mut conn, h.seq - 1, &h.hash).await.unwrap());
        sqlx::query("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 3")
            .execute(&mut *conn)
            .await
            .unwrap();
        assert!(!holds(&mut conn, h.seq, &h.hash).await.unwrap());
    }

    #[tokio::test]
    async fn concurrent_appends_keep_one_chain() {
        let (_d, store) = store_with(0).await;
        let mut tasks = Vec::new();
        for i in 0..16 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let mut tx = store.begin_write().await.unwrap();
                append(
                    &mut tx,
                    Utc::now(),
                    NewEntry {
                        actor: Actor::Staff(i),
                        action: "x",
                        subject: None,
                        details: json!({}),
                    },
                )
                .await
                .unwrap();
                tx.commit().await.unwrap();
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(
            verdict(&store).await,
            Verdict::Intact {
                entries: 16,
                unchecked: 0
            }
        );
    }
}

//! The deny list and its safe list (issue 23): people the kiosk must not let in without staff,
//! kept by operators (`lobby deny`) and staff, and the addresses of people who only share a
//! name with one of them.
//!
//! # When a visitor matches
//!
//! A visitor matches an entry when one of these keys, made by the match rule of
//! [`crate::privacy`] (NFKC, lower case, white space made one space; a phone number by its
//! digits and a leading `+`), equals one of the entry's:
//!
//! - the full name typed, against the entry's name and each of its aliases;
//! - the e-mail address, against the entry's address;
//! - the phone number, against the entry's number.
//!
//! Only whole keys are compared: "Jo Smith" does not match "Jo Smith-Jones", a first name alone
//! matches nothing, and one digit more or less is another number. An empty field never
//! matches. When the visitor's e-mail address is on the safe list, a match by name alone does
//! not count (they are known to be someone else of that name); a match by e-mail or phone
//! still does.
//!
//! An invitation is checked when it is created, and a check-in when it is made; each key is
//! one row of `deny_keys`, so the check is one indexed query. Removing an entry deletes its
//! row and its keys; the audit log names entries by id only, never what they say.

use super::{match_key, phone_key};
use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::store::Write;
use crate::text::{self, FieldRule};
use crate::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use sqlx::{Row, SqliteConnection};

/// An entry of the deny list, as operators and staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DenyEntry {
    pub id: i64,
    pub name: String,
    /// Other names the person is known by.
    pub aliases: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Why they are on the list, for staff; empty when none was given.
    pub reason: String,
    pub added_at: String,
}

/// What an operator or staff give to add someone.
#[derive(Debug, Clone, Default)]
pub struct NewDenyEntry {
    pub name: String,
    pub aliases: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub reason: Option<String>,
}

/// An address on the safe list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafeEmail {
    pub email: String,
    pub added_at: String,
}

/// A new entry's fields, checked by the rules of a check-in's.
struct Clean {
    name: String,
    aliases: Vec<String>,
    email: Option<String>,
    phone: Option<String>,
    reason: String,
}

fn clean(new: &NewDenyEntry) -> Result<Clean> {
    let name = text::name("name", &new.name)?;
    let aliases = new
        .aliases
        .iter()
        .map(|a| text::name("alias", a))
        .collect::<Result<Vec<_>>>()?;
    Ok(Clean {
        name,
        aliases,
        email: text::email("email", new.email.as_deref(), FieldRule::Optional)?,
        phone: text::phone("phone", new.phone.as_deref(), FieldRule::Optional)?,
        reason: text::field(
            "reason",
            new.reason.as_deref(),
            text::PURPOSE_MAX,
            FieldRule::Optional,
        )?
        .unwrap_or_default(),
    })
}

/// The keys an entry is found by (see the module's rule).
fn keys(c: &Clean) -> Vec<String> {
    let mut keys: Vec<String> = std::iter::once(&c.name)
        .chain(&c.aliases)
        .map(|n| match_key(n))
        .filter(|k| !k.is_empty())
        .map(|k| format!("name:{k}"))
        .collect();
    keys.extend(
        c.email
            .as_deref()
            .map(match_key)
            .filter(|k| !k.is_empty())
            .map(|k| format!("email:{k}")),
    );
    keys.extend(
        c.phone
            .as_deref()
            .map(phone_key)
            .filter(|k| !k.is_empty())
            .map(|k| format!("phone:{k}")),
    );
    keys
}

async fn insert(tx: &mut Write, now: DateTime<Utc>, actor: &Actor, c: &Clean) -> Result<DenyEntry> {
    let aliases = serde_json::to_string(&c.aliases)
        .map_err(|e| Error::Internal(format!("deny-list aliases: {e}")))?;
    let added_at = now.to_rfc3339();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO deny_entries (name, aliases, email, phone, reason, added_at, added_by)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&c.name)
    .bind(&aliases)
    .bind(&c.email)
    .bind(&c.phone)
    .bind(&c.reason)
    .bind(&added_at)
    .bind(actor.as_text())
    .fetch_one(&mut **tx)
    .await?;
    for key in keys(c) {
        // An alias may have the name's key: one row is enough.
        sqlx::query("INSERT OR IGNORE INTO deny_keys (key, entry_id) VALUES (?, ?)")
            .bind(key)
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    audit::append(
        tx,
        now,
        NewEntry {
            actor: actor.clone(),
            action: "deny-add",
            subject: Some(format!("deny:{id}")),
            // Never what the entry says: only its shape.
            details: json!({
                "aliases": c.aliases.len(),
                "email": c.email.is_some(),
                "phone": c.phone.is_some(),
            }),
        },
    )
    .await?;
    Ok(DenyEntry {
        id,
        name: c.name.clone(),
        aliases: c.aliases.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        reason: c.reason.clone(),
        added_at,
    })
}

/// Adds an entry. Audited.
pub async fn add(
    store: &Store,
    now: DateTime<Utc>,
    actor: Actor,
    new: &NewDenyEntry,
) -> Result<DenyEntry> {
    let c = clean(new)?;
    let mut tx = store.begin_write().await?;
    let entry = insert(&mut tx, now, &actor, &c).await?;
    tx.commit().await?;
    Ok(entry)
}

/// Reads a deny-list CSV (header `name,aliases,email,phone,reason`, aliases separated by `|`;
/// only the name required) and adds every row in one transaction, or none and names each line
/// it could not use.
pub async fn import_csv(
    store: &Store,
    now: DateTime<Utc>,
    actor: Actor,
    data: &[u8],
) -> Result<Vec<DenyEntry>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let no_name = || Error::ImportRejected {
        rows: vec![(1, Error::FieldRequired { field: "name" }.payload())],
    };
    let header = reader.headers().map_err(|_| no_name())?;
    let columns = text::csv_columns(header, ["name", "aliases", "email", "phone", "reason"]);
    if columns[0].is_none() {
        return Err(no_name());
    }
    let mut tx = store.begin_write().await?;
    let mut added = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let Ok(r) = record else {
            problems.push((
                line,
                Error::FieldInvalidCharacters { field: "line" }.payload(),
            ));
            continue;
        };
        let get = |c: Option<usize>| text::csv_cell(&r, c);
        let new = NewDenyEntry {
            name: get(columns[0]).unwrap_or("").to_string(),
            aliases: get(columns[1])
                .map(|a| {
                    a.split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            email: get(columns[2]).map(str::to_string),
            phone: get(columns[3]).map(str::to_string),
            reason: get(columns[4]).map(str::to_string),
        };
        match clean(&new) {
            Ok(c) => added.push(insert(&mut tx, now, &actor, &c).await?),
            Err(e) => problems.push((line, e.payload())),
        }
    }
    if !problems.is_empty() {
        return Err(Error::ImportRejected { rows: problems });
    }
    tx.commit().await?;
    Ok(added)
}

const COLUMNS: &str = "id, name, aliases, email, phone, reason, added_at";

fn from_row(r: &sqlx::sqlite::SqliteRow) -> DenyEntry {
    DenyEntry {
        id: r.get(0),
        name: r.get(1),
        aliases: serde_json::from_str(r.get::<&str, _>(2)).unwrap_or_default(),
        email: r.get(3),
        phone: r.get(4),
        reason: r.get(5),
        added_at: r.get(6),
    }
}

/// Every entry, oldest first.
pub async fn list(store: &Store) -> Result<Vec<DenyEntry>> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM deny_entries ORDER BY id"))
        .fetch_all(store.pool())
        .await?;
    Ok(rows.iter().map(from_row).collect())
}

pub async fn get(conn: &mut SqliteConnection, id: i64) -> Result<Option<DenyEntry>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM deny_entries WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.as_ref().map(from_row))
}

/// Removes an entry with everything it said. Audited.
pub async fn remove(store: &Store, now: DateTime<Utc>, actor: Actor, id: i64) -> Result<()> {
    let mut tx = store.begin_write().await?;
    sqlx::query("DELETE FROM deny_keys WHERE entry_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let removed = sqlx::query("DELETE FROM deny_entries WHERE id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        return Err(Error::DenyEntryNotFound(id));
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "deny-remove",
            subject: Some(format!("deny:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The entry a visitor matches, if any (the module's rule). Runs on every check-in: one query,
/// each key looked up by the primary key of `deny_keys`.
pub async fn matches(
    conn: &mut SqliteConnection,
    name: &str,
    email: Option<&str>,
    phone: Option<&str>,
) -> Result<Option<i64>> {
    let name = Some(match_key(name)).filter(|k| !k.is_empty());
    let email = email.map(match_key).filter(|k| !k.is_empty());
    let phone = phone.map(phone_key).filter(|k| !k.is_empty());
    if name.is_none() && email.is_none() && phone.is_none() {
        return Ok(None);
    }
    // A NULL key is in no list, so a field not given matches nothing.
    let id = sqlx::query_scalar(
        "SELECT entry_id FROM deny_keys
         WHERE key IN (?1, ?2, ?3)
           AND (substr(key, 1, 5) <> 'name:'
                OR NOT EXISTS (SELECT 1 FROM deny_safe WHERE email_key = ?4))
         ORDER BY entry_id LIMIT 1",
    )
    .bind(name.map(|k| format!("name:{k}")))
    .bind(email.as_ref().map(|k| format!("email:{k}")))
    .bind(phone.map(|k| format!("phone:{k}")))
    .bind(email)
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

/// Puts an address on the safe list; `false` when it was there already. Audited, without the
/// address.
pub async fn safe_add(
    store: &Store,
    now: DateTime<Utc>,
    actor: Actor,
    email: &str,
) -> Result<bool> {
    let email = safe_email(email)?;
    let mut tx = store.begin_write().await?;
    let added = sqlx::query(
        "INSERT INTO deny_safe (email_key, email, added_at, added_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (email_key) DO NOTHING",
    )
    .bind(match_key(&email))
    .bind(&email)
    .bind(now.to_rfc3339())
    .bind(actor.as_text())
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if added {
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor,
                action: "deny-safe-add",
                subject: None,
                details: json!({}),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(added)
}

/// Takes an address off the safe list; `false` when it was not on it. Audited, without the
/// address.
pub async fn safe_remove(
    store: &Store,
    now: DateTime<Utc>,
    actor: Actor,
    email: &str,
) -> Result<bool> {
    let email = safe_email(email)?;
    let mut tx = store.begin_write().await?;
    let removed = sqlx::query("DELETE FROM deny_safe WHERE email_key = ?")
        .bind(match_key(&email))
        .execute(&mut *tx)
        .await?
        .rows_affected()
        > 0;
    if removed {
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor,
                action: "deny-safe-remove",
                subject: None,
                details: json!({}),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(removed)
}

/// The safe list, in the order of the addresses.
pub async fn safe_list(store: &Store) -> Result<Vec<SafeEmail>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT email, added_at FROM deny_safe ORDER BY email_key")
            .fetch_all(store.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|(email, added_at)| SafeEmail { email, added_at })
        .collect())
}

fn safe_email(email: &str) -> Result<String> {
    text::email("email", Some(email), FieldRule::Required)
        .map(|e| e.expect("a required field is present"))
}

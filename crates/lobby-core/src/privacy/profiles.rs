//! Returning visitors, only when they choose: a visitor who ticks "Remember me next time"
//! leaves a profile (name, contact details, language, kind of visit, and the Code of Conduct
//! versions they signed). Next time they type their e-mail address and the kiosk offers to
//! fill the form in; a version they signed is not asked again.
//!
//! Nothing here ever lists, suggests or searches profiles: the only way in is the whole
//! address, by the match rule of `privacy`. An unknown address gets the same answer whatever
//! it is (`ProfileNotFound`). A known one is answered with the name the visitor gave and their
//! address masked, and fills in the form.
//!
//! A profile is deleted `[privacy] profile_days` after the last visit ([`expire`], run with
//! the visits' retention sweep), at once on "Forget me" ([`forget`]), or by
//! `lobby privacy erase`.

use super::{mask_email, match_key};
use crate::audit::{self, Actor, NewEntry};
use crate::config::{self, Config, VisitKind};
use crate::error::{Error, Result};
use crate::policies;
use crate::store::{Store, Write};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use std::collections::BTreeMap;
use ts_rs::TS;

/// "Is this you?": what the kiosk shows and fills in for a returning visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Returning {
    pub name: String,
    /// The address as the kiosk shows it back: `z•••@e•••.org`.
    pub masked_email: String,
    pub company: Option<String>,
    pub phone: Option<String>,
    pub language: String,
    pub kind: VisitKind,
    /// The Code of Conduct in force was signed on an earlier visit: it is not asked again.
    pub code_of_conduct_signed: bool,
}

/// A version of a policy a profile's visitor signed, and the acceptance that proves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signed {
    pub version: i64,
    pub acceptance: i64,
}

/// What a check-in keeps in a profile.
#[derive(Debug, Clone)]
pub struct Remember<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub company: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub language: &'a str,
    pub kind: VisitKind,
    /// A policy signed with this check-in: (policy, version, acceptance id).
    pub signed: Option<(&'a str, i64, i64)>,
}

async fn signed_of(conn: &mut SqliteConnection, key: &str) -> Result<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT id, signed FROM visitor_profiles WHERE email_key = ?")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

fn parse_signed(json: &str) -> BTreeMap<String, Signed> {
    serde_json::from_str(json).unwrap_or_default()
}

/// The acceptance by which the visitor with this address signed the version of `policy` in
/// force, if they have a profile and did.
pub async fn signed_in_force(
    conn: &mut SqliteConnection,
    email: &str,
    policy: &str,
) -> Result<Option<i64>> {
    let Some((_, signed)) = signed_of(conn, &match_key(email)).await? else {
        return Ok(None);
    };
    let Some(in_force) = policies::version_in_force(conn, policy).await? else {
        return Ok(None);
    };
    Ok(parse_signed(&signed)
        .get(policy)
        .filter(|s| s.version == in_force)
        .map(|s| s.acceptance))
}

/// "I have been here before": the profile of the visitor with this address.
pub async fn find(store: &Store, email: &str) -> Result<Returning> {
    let key = match_key(email);
    let mut conn = store.pool().acquire().await?;
    let row = sqlx::query(
        "SELECT name, email, company, phone, language, kind FROM visitor_profiles
         WHERE email_key = ?",
    )
    .bind(&key)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::ProfileNotFound)?;
    let kind = VisitKind::parse(row.get::<&str, _>(5)).ok_or(Error::ProfileNotFound)?;
    let code_of_conduct_signed = signed_in_force(&mut conn, email, config::CODE_OF_CONDUCT)
        .await?
        .is_some();
    Ok(Returning {
        name: row.get(0),
        masked_email: mask_email(row.get::<&str, _>(1)),
        company: row.get(2),
        phone: row.get(3),
        language: row.get(4),
        kind,
        code_of_conduct_signed,
    })
}

/// Keeps (or refreshes) the profile of a visitor who ticked "Remember me next time", inside
/// the check-in's transaction. Returns the profile's id.
pub async fn remember(conn: &mut Write, now: DateTime<Utc>, r: &Remember<'_>) -> Result<i64> {
    let key = match_key(r.email);
    let mut signed = match signed_of(conn, &key).await? {
        Some((_, json)) => parse_signed(&json),
        None => BTreeMap::new(),
    };
    if let Some((policy, version, acceptance)) = r.signed {
        signed.insert(
            policy.to_string(),
            Signed {
                version,
                acceptance,
            },
        );
    }
    let signed = serde_json::to_string(&signed)
        .map_err(|e| Error::Internal(format!("profile policies: {e}")))?;
    let at = now.to_rfc3339();
    let (id, created): (i64, bool) = sqlx::query_as(
        "INSERT INTO visitor_profiles (email_key, email, name, company, phone, language, kind,
           signed, created_at, last_visit_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (email_key) DO UPDATE SET email = excluded.email, name = excluded.name,
           company = excluded.company, phone = excluded.phone, language = excluded.language,
           kind = excluded.kind, signed = excluded.signed, last_visit_at = excluded.last_visit_at
         RETURNING id, created_at = ?",
    )
    .bind(&key)
    .bind(r.email.trim())
    .bind(r.name)
    .bind(r.company)
    .bind(r.phone)
    .bind(r.language)
    .bind(r.kind.as_str())
    .bind(&signed)
    .bind(&at)
    .bind(&at)
    .bind(&at)
    .fetch_one(&mut **conn)
    .await?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "profile-remember",
            subject: Some(format!("profile:{id}")),
            details: json!({ "new": created }),
        },
    )
    .await?;
    Ok(id)
}

/// A returning visitor checked in without asking to be remembered again: their profile's
/// retention counts from this visit.
pub async fn visited(conn: &mut Write, now: DateTime<Utc>, email: &str) -> Result<()> {
    sqlx::query("UPDATE visitor_profiles SET last_visit_at = ? WHERE email_key = ?")
        .bind(now.to_rfc3339())
        .bind(match_key(email))
        .execute(&mut **conn)
        .await?;
    Ok(())
}

/// "Forget me": the profile of the visitor with this address is deleted at once. Their
/// visits follow the normal retention rules.
pub async fn forget(store: &Store, now: DateTime<Utc>, email: &str) -> Result<()> {
    let mut tx = store.begin_write().await?;
    let id: i64 =
        sqlx::query_scalar("DELETE FROM visitor_profiles WHERE email_key = ? RETURNING id")
            .bind(match_key(email))
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::ProfileNotFound)?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "profile-forget",
            subject: Some(format!("profile:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await
}

/// Deletes the profiles whose last visit is older than `[privacy] profile_days`, inside the
/// retention sweep's transaction. Returns how many went.
pub async fn expire(conn: &mut Write, now: DateTime<Utc>, config: &Config) -> Result<u64> {
    let cutoff = now - Duration::days(config.privacy.profile_days.into());
    let gone = sqlx::query("DELETE FROM visitor_profiles WHERE last_visit_at < ?")
        .bind(cutoff.to_rfc3339())
        .execute(&mut **conn)
        .await?
        .rows_affected();
    if gone > 0 {
        audit::append(
            conn,
            now,
            NewEntry {
                actor: Actor::System,
                action: "profiles-expire",
                subject: None,
                details: json!({ "profiles": gone, "profile_days": config.privacy.profile_days }),
            },
        )
        .await?;
    }
    Ok(gone)
}

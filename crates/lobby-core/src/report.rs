//! The security-plan report: the evidence a space hands to a corporate client asking "how do
//! you keep us safe?". Every figure is read from the database at the moment it is asked for:
//! backups and restore tests, staff accounts and their second factor, guest Wi-Fi rotation and
//! passes in force, policy acceptance, the last roll call, the audit chain and retention runs.
//! and the security-concern reports still open, with the 72-hour clock of those involving
//! personal data.

use crate::audit::{self, Verdict};
use crate::backup::{self, BackupStatus};
use crate::config::Config;
use crate::error::Result;
use crate::wifi::passes;
use crate::wifi::tiers::Credentials;
use crate::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SecurityPlan {
    pub site: String,
    pub generated_at: String,
    pub backups: BackupStatus,
    pub staff: StaffFactors,
    pub wifi: WifiFigures,
    pub policies: Vec<PolicyCoverage>,
    pub last_roll_call: Option<RollCallFigures>,
    pub audit: Verdict,
    /// The newest audit entry: write it down, and a later rewrite of the log is provable.
    pub audit_head: Option<crate::audit::Head>,
    /// The fingerprint of the site key that seals secrets and keys the audit chain.
    pub site_key: Option<String>,
    pub retention: Retention,
    pub incidents: crate::incidents::IncidentFigures,
}

/// Every staff account signs in with a PIN and an authenticator code (TOTP); some also have a
/// badge that stands in for the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StaffFactors {
    #[ts(type = "number")]
    pub accounts: i64,
    #[ts(type = "number")]
    pub with_authenticator: i64,
    #[ts(type = "number")]
    pub with_badge: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WifiFigures {
    #[ts(type = "number")]
    pub active_passes: i64,
    /// Shared tiers: when the passphrase last changed.
    pub shared: Vec<SharedRotation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SharedRotation {
    pub tier: String,
    pub rotated_at: Option<String>,
    /// Hours since then, rounded down.
    #[ts(type = "number | null")]
    pub age_hours: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PolicyCoverage {
    pub policy: String,
    #[ts(type = "number | null")]
    pub version: Option<i64>,
    #[ts(type = "number")]
    pub accepted: i64,
    #[ts(type = "number")]
    pub members: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RollCallFigures {
    pub started_at: String,
    pub finished_at: Option<String>,
    #[ts(type = "number")]
    pub people: i64,
    #[ts(type = "number")]
    pub missing: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Retention {
    #[ts(type = "number")]
    pub retention_days: u32,
    /// The last time old visits were anonymised (none may have been due yet).
    pub last_anonymised_at: Option<String>,
}

pub async fn security_plan(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<SecurityPlan> {
    let backups = backup::status(store, config, now).await?;
    let mut conn = store.conn().await?;
    let (accounts, with_authenticator, with_badge): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE length(totp_secret) >= 16),
           COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM staff_badges b
             WHERE b.staff_id = staff.id AND b.revoked_at IS NULL))
         FROM staff WHERE active = 1",
    )
    .fetch_one(&mut *conn)
    .await?;
    let active_passes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM wifi_passes WHERE ended_at IS NULL")
            .fetch_one(&mut *conn)
            .await?;
    let rotations = passes::rotations(&mut conn).await?;
    let shared = config
        .wifi
        .tiers
        .iter()
        .filter(|t| t.credentials == Credentials::Shared)
        .map(|t| {
            let at = rotations
                .iter()
                .find(|(id, ..)| *id == t.id)
                .map(|r| r.1.clone());
            let age_hours = at
                .as_deref()
                .and_then(|a| DateTime::parse_from_rfc3339(a).ok())
                .map(|a| (now - a.with_timezone(&Utc)).num_hours());
            SharedRotation {
                tier: t.id.clone(),
                rotated_at: at,
                age_hours,
            }
        })
        .collect();
    let policies = crate::policies::coverage(&mut conn, config)
        .await?
        .into_iter()
        .map(|c| PolicyCoverage {
            policy: c.policy,
            version: c.version,
            accepted: c.accepted.len() as i64,
            members: (c.accepted.len() + c.missing.len()) as i64,
        })
        .collect();
    let last_roll_call: Option<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT id, started_at, finished_at FROM roll_calls ORDER BY started_at DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let last_roll_call = match last_roll_call {
        Some((id, started_at, finished_at)) => {
            let (people, missing): (i64, i64) = sqlx::query_as(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE status = 'missing')
                 FROM roll_call_entries WHERE roll_call_id = ?",
            )
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
            Some(RollCallFigures {
                started_at,
                finished_at,
                people,
                missing,
            })
        }
        None => None,
    };
    let audit = audit::verify(&mut conn, store.key()).await?;
    let audit_head = audit::head(&mut conn).await?;
    let incidents = crate::incidents::figures(&mut conn, now).await?;
    let last_anonymised_at: Option<String> = sqlx::query_scalar(
        "SELECT at FROM audit_log WHERE action = 'visits-anonymise' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(SecurityPlan {
        site: config.site_name.clone(),
        generated_at: now.to_rfc3339(),
        backups,
        staff: StaffFactors {
            accounts,
            with_authenticator,
            with_badge,
        },
        wifi: WifiFigures {
            active_passes,
            shared,
        },
        policies,
        last_roll_call,
        audit,
        audit_head,
        site_key: store.key().map(|k| k.fingerprint()),
        retention: Retention {
            retention_days: config.visits.retention_days,
            last_anonymised_at,
        },
        incidents,
    })
}

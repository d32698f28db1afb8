//! The network equipment Lobby keeps in line with its database: FreeRADIUS accounts and
//! hostapd keys. Each sync computes everything that should be in force and applies all of it,
//! so applying is idempotent: after an outage, the next sync catches up on every change.
//!
//! A failed sync is recorded (`wifi_backends`) and retried by the timer; staff see a warning
//! and `lobby doctor` says what is wrong. Check-ins never wait for it.

pub mod freeradius;
pub mod hostapd;

use super::passes::{self, live, live_shared};
use super::tiers::{BackendKind, Credentials};
use crate::config::Config;
use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use ts_rs::TS;

/// A failed backend is tried again this often.
pub const RETRY_SECONDS: i64 = 30;
/// A backend in line is reconciled this often anyway, in case someone edited it by hand.
pub const RECONCILE_SECONDS: i64 = 300;

/// How one backend stands, for staff and `lobby doctor`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackendStatus {
    pub backend: BackendKind,
    /// The last attempt worked and nothing changed since.
    pub in_line: bool,
    /// The last attempt's problem, in English (for the operator's log and the doctor).
    pub error: Option<String>,
    pub attempted_at: Option<String>,
    pub ok_at: Option<String>,
}

fn used(config: &Config) -> Vec<BackendKind> {
    let mut out = Vec::new();
    for kind in [BackendKind::Freeradius, BackendKind::Hostapd] {
        if config.wifi.tiers.iter().any(|t| t.backend == kind) {
            out.push(kind);
        }
    }
    out
}

/// Where each backend stands, for the backends the tiers use.
pub async fn status(store: &Store, config: &Config) -> Result<Vec<BackendStatus>> {
    let mut conn = store.conn().await?;
    let revision = passes::revision(&mut conn).await?;
    let mut out = Vec::new();
    for kind in used(config) {
        let row = sqlx::query(
            "SELECT revision, attempted_at, ok_at, error FROM wifi_backends WHERE backend = ?",
        )
        .bind(kind.as_str())
        .fetch_optional(&mut *conn)
        .await?;
        out.push(match row {
            Some(r) => {
                let error: Option<String> = r.get(3);
                BackendStatus {
                    backend: kind,
                    in_line: error.is_none() && r.get::<i64, _>(0) >= revision,
                    error,
                    attempted_at: r.get(1),
                    ok_at: r.get(2),
                }
            }
            None => BackendStatus {
                backend: kind,
                in_line: false,
                error: None,
                attempted_at: None,
                ok_at: None,
            },
        });
    }
    Ok(out)
}

/// Whether the timer should sync now: something changed, a failure is due for a retry, or
/// the periodic reconcile is due.
pub async fn due(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<bool> {
    for s in status(store, config).await? {
        let last = s
            .attempted_at
            .as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc));
        let Some(last) = last else { return Ok(true) };
        let wait = if s.error.is_some() {
            RETRY_SECONDS
        } else if !s.in_line {
            0
        } else {
            RECONCILE_SECONDS
        };
        if now - last >= Duration::seconds(wait) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Applies everything in force to every backend the tiers use; records each result.
pub async fn sync(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
) -> Result<Vec<BackendStatus>> {
    let (revision, passes, shared) = {
        let mut conn = store.conn().await?;
        let revision = passes::revision(&mut conn).await?;
        (
            revision,
            live(&mut conn, store.key()).await?,
            live_shared(&mut conn, store.key(), config, now).await?,
        )
    };
    let tiers_of = |kind: BackendKind| -> Vec<&str> {
        config
            .wifi
            .tiers
            .iter()
            .filter(|t| t.backend == kind)
            .map(|t| t.id.as_str())
            .collect()
    };
    for kind in used(config) {
        let tiers = tiers_of(kind);
        let result = match kind {
            BackendKind::Freeradius => {
                let db = config.wifi.freeradius.as_deref().expect("validated");
                let accounts: Vec<freeradius::Account> = passes
                    .iter()
                    .filter(|p| tiers.contains(&p.tier.as_str()))
                    .map(|p| freeradius::Account {
                        username: p.id.clone(),
                        password: p.password.clone(),
                        expires_at: p.expires_at,
                        vlan: config.wifi.tier(&p.tier).and_then(|t| t.vlan),
                    })
                    .collect();
                freeradius::apply(db, &tiers, &accounts, now).await
            }
            BackendKind::Hostapd => {
                let cfg = config.wifi.hostapd.clone().expect("validated");
                let mut keys: Vec<hostapd::PskLine> = passes
                    .iter()
                    .filter(|p| tiers.contains(&p.tier.as_str()))
                    .map(|p| hostapd::PskLine {
                        keyid: p.id.clone(),
                        vlan: config.wifi.tier(&p.tier).and_then(|t| t.vlan),
                        passphrase: p.password.clone(),
                    })
                    .collect();
                for (tier, password) in &shared {
                    let t = config.wifi.tier(tier).expect("filtered by live_shared");
                    if t.backend == BackendKind::Hostapd && t.credentials == Credentials::Shared {
                        keys.push(hostapd::PskLine {
                            keyid: t.id.clone(),
                            vlan: t.vlan,
                            passphrase: password.clone(),
                        });
                    }
                }
                tokio::task::spawn_blocking(move || hostapd::apply(&cfg, &keys))
                    .await
                    .unwrap_or_else(|e| Err(format!("hostapd writer stopped: {e}")))
            }
            BackendKind::None => continue,
        };
        if let Err(e) = &result {
            tracing::warn!(backend = kind.as_str(), "Wi-Fi backend not in line: {e}");
        }
        let mut tx = store.begin_write().await?;
        sqlx::query(
            "INSERT INTO wifi_backends (backend, revision, attempted_at, ok_at, error)
             VALUES (?1, ?2, ?3, CASE WHEN ?4 IS NULL THEN ?3 END, ?4)
             ON CONFLICT(backend) DO UPDATE SET
               revision = CASE WHEN excluded.error IS NULL THEN excluded.revision ELSE revision END,
               attempted_at = excluded.attempted_at,
               ok_at = COALESCE(excluded.ok_at, ok_at),
               error = excluded.error",
        )
        .bind(kind.as_str())
        .bind(if result.is_ok() { revision } else { -1 })
        .bind(now.to_rfc3339())
        .bind(result.err())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    }
    status(store, config).await
}

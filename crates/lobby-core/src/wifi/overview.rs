//! The staff screen's Wi-Fi panel: each tier, the passes in force and how the equipment
//! stands. It reads the passes (`passes`) and the backends (`backends`), which never read it.

use super::backends::{self, BackendStatus};
use super::passes::{active, rotations, tier_open, ActivePass};
use super::tiers::{BackendKind, Credentials};
use crate::config::Config;
use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A tier as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TierView {
    pub id: String,
    pub ssid: String,
    pub credentials: Credentials,
    pub backend: BackendKind,
    pub open: bool,
    /// Shared tiers: when the passphrase last changed and when it changes next.
    pub rotated_at: Option<String>,
    pub rotates_at: Option<String>,
}

/// The staff screen's Wi-Fi panel: tiers, passes in force, and how the equipment stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WifiOverview {
    pub tiers: Vec<TierView>,
    pub passes: Vec<ActivePass>,
    pub backends: Vec<BackendStatus>,
}

pub async fn overview(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<WifiOverview> {
    let mut conn = store.conn().await?;
    let rotated = rotations(&mut conn).await?;
    let passes = active(&mut conn).await?;
    drop(conn);
    let tiers = config
        .wifi
        .tiers
        .iter()
        .map(|t| {
            let r = rotated.iter().find(|(id, ..)| *id == t.id);
            TierView {
                id: t.id.clone(),
                ssid: t.ssid.clone(),
                credentials: t.credentials,
                backend: t.backend,
                open: tier_open(config, t, now),
                rotated_at: r.map(|r| r.1.clone()),
                rotates_at: r.map(|r| r.2.clone()),
            }
        })
        .collect();
    Ok(WifiOverview {
        tiers,
        passes,
        backends: backends::status(store, config).await?,
    })
}

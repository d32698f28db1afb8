//! What the kiosk's screens need from the domain: the settings the UI runs with and the staff
//! overview shown after sign-in.

use crate::audit::{self, AuditEntry, Verdict};
use crate::config::{Config, OnScreenKeyboard, VisitKind};
use crate::error::Result;
use crate::staff::{self, StaffIdentity};
use crate::{members, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Settings the UI needs at start. Nothing secret.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KioskSettings {
    pub site_name: String,
    pub kiosk_id: String,
    /// Offered languages, in the configured order; the first is the default.
    pub languages: Vec<String>,
    pub idle_timeout_seconds: u32,
    pub staff_idle_seconds: u32,
    pub time_zone: String,
    /// Running without a configuration file, on the sample site.
    pub demo: bool,
    /// The kinds of visit this site offers, in the order to show them.
    pub visit_kinds: Vec<VisitKind>,
    /// A USB reader that types UIDs like a keyboard is in use.
    pub keyboard_wedge: bool,
    /// When Lobby's own on-screen keyboard shows.
    pub on_screen_keyboard: OnScreenKeyboard,
    /// The staff PIN pad's digits are shuffled each time it opens.
    pub shuffle_pin_pad: bool,
}

impl KioskSettings {
    pub fn from_config(config: &Config) -> Self {
        Self {
            site_name: config.site_name.clone(),
            kiosk_id: config.kiosk_id.clone(),
            languages: config.languages.clone(),
            idle_timeout_seconds: config.idle_timeout_seconds as u32,
            staff_idle_seconds: staff::SESSION_IDLE.num_seconds() as u32,
            time_zone: config.time_zone.name().to_string(),
            demo: config.is_demo(),
            visit_kinds: config.visits.types.iter().map(|t| t.kind).collect(),
            keyboard_wedge: config.badges.keyboard_wedge,
            on_screen_keyboard: config.on_screen_keyboard,
            shuffle_pin_pad: config.shuffle_pin_pad,
        }
    }
}

/// The staff home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffOverview {
    pub staff: StaffIdentity,
    pub audit: Verdict,
    pub recent: Vec<AuditEntry>,
    #[ts(type = "number")]
    pub staff_accounts: i64,
    #[ts(type = "number")]
    pub active_members: i64,
    /// Members who tapped their badge in today, by full name.
    pub members_today: Vec<String>,
}

pub async fn staff_overview(
    store: &Store,
    config: &Config,
    now: chrono::DateTime<chrono::Utc>,
    staff: StaffIdentity,
) -> Result<StaffOverview> {
    let mut conn = store.pool().acquire().await?;
    let audit = audit::verify(&mut conn, store.key()).await?;
    let recent = audit::recent(&mut conn, 8).await?;
    let members_today = crate::badges::in_today(&mut conn, config, now)
        .await?
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    drop(conn);
    Ok(StaffOverview {
        staff,
        audit,
        recent,
        members_today,
        staff_accounts: staff::count_active(store).await?,
        active_members: members::count_active(store).await?,
    })
}

/// Audits that the screen's web process ended and was started again (`screen-restarted`), or,
/// the third time within ten minutes, that the app exits to start afresh (`screen-failing`).
pub async fn record_screen_restart(
    store: &Store,
    now: chrono::DateTime<chrono::Utc>,
    reason: &str,
    in_ten_minutes: usize,
    giving_up: bool,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        now,
        audit::NewEntry {
            actor: audit::Actor::Kiosk,
            action: if giving_up {
                "screen-failing"
            } else {
                "screen-restarted"
            },
            subject: None,
            details: serde_json::json!({ "reason": reason, "in_ten_minutes": in_ten_minutes }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

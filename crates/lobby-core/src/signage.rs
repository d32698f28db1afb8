//! Safety signage: what the idle screen shows between visitors. Lobby's standard items (exits,
//! fire alarm, first aid, camera notice, after-hours closure, Wi-Fi safety, phishing, how to
//! report a concern) are Fluent messages `signage-<id>-title` / `signage-<id>-body` in every
//! shipped language; a site adds its own items with text per language in `lobby.toml`. Site
//! facts (assembly point, numbers, address) are passed into the messages as arguments, never
//! concatenated into translations. [`frame`] is a pure function of the configuration and the
//! clock.

use crate::config::{Config, VisitKind};
use crate::emergency::{Emergency, EmergencyKind};
use crate::wifi::passes::{is_open, next_opening};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The signage section of the configuration (`[signage]`: items, pictograms, priorities),
/// kept with the configuration; what the screen shows from it is decided here.
pub use crate::config::signage::*;

pub fn facts(config: &Config) -> SiteFacts {
    let e = &config.emergency;
    SiteFacts {
        site: config.site_name.clone(),
        address: config.address.clone(),
        fire: e.fire.clone(),
        medical: e.medical.clone(),
        police: e.police.clone(),
        security: e.site_security.clone(),
        assembly_point: e.assembly_point.clone(),
        shelter: e.shelter.clone(),
        first_aid: e.first_aid.clone(),
        aed: e.aed.clone(),
        privacy_contact: config.signage.privacy_contact.clone(),
        camera_retention_days: config.signage.camera_retention_days,
        exit_pictogram: match config.signage.exit_side {
            ExitSide::Left => "E001",
            ExitSide::Right => "E002",
        }
        .into(),
    }
}

/// What the home screen shows now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Frame {
    /// Within opening hours.
    pub open: bool,
    /// Closed: the next opening (RFC 3339), if within a week.
    pub opens_at: Option<String>,
    /// Closed: days from today to that opening, in the site's time zone (0 today, 1 tomorrow),
    /// by the kiosk's clock, so the screen can say "today" rather than the weekday.
    #[ts(type = "number | null")]
    pub opens_in_days: Option<i64>,
    /// Visit kinds a visitor may check in for now.
    pub visit_kinds: Vec<VisitKind>,
    pub items: Vec<SignItem>,
    #[ts(type = "number")]
    pub rotate_seconds: u32,
    pub facts: SiteFacts,
    /// Emergency mode, when on: it replaces everything else.
    pub emergency: Option<Emergency>,
    /// The pictograms of the emergency in force, besides the emergency telephone (E004).
    pub emergency_pictograms: Vec<String>,
}

/// The items in force at `now`, by priority.
pub fn items_at(config: &Config, now: DateTime<Utc>) -> Vec<SignItem> {
    let open = is_open(config, now);
    let today = now.with_timezone(&config.time_zone).date_naive();
    config
        .signage
        .items
        .iter()
        .filter(|i| match i.schedule {
            Schedule::Always => true,
            Schedule::BusinessHours => open,
            Schedule::AfterHours => !open,
        })
        .filter(|i| i.from.is_none_or(|d| d <= today) && i.until.is_none_or(|d| today <= d))
        .cloned()
        .collect()
}

pub fn frame(config: &Config, now: DateTime<Utc>, emergency: Option<Emergency>) -> Frame {
    let open = is_open(config, now);
    let opening = (!open).then(|| next_opening(config, now)).flatten();
    let day = |t: DateTime<Utc>| t.with_timezone(&config.time_zone).date_naive();
    Frame {
        open,
        opens_at: opening.map(|t| t.to_rfc3339()),
        opens_in_days: opening.map(|t| (day(t) - day(now)).num_days()),
        visit_kinds: crate::visits::kinds_at(config, now),
        items: items_at(config, now),
        rotate_seconds: config.signage.rotate_seconds,
        facts: facts(config),
        emergency_pictograms: emergency
            .as_ref()
            .map(|e| emergency_pictograms(config, e.kind))
            .unwrap_or_default(),
        emergency,
    }
}

/// The pictograms an emergency of this kind shows, besides the emergency numbers (E004).
pub fn emergency_pictograms(config: &Config, kind: EmergencyKind) -> Vec<String> {
    let facts = facts(config);
    let mut out: Vec<String> = match kind {
        EmergencyKind::Fire => vec![facts.exit_pictogram, "E007".into()],
        EmergencyKind::Medical => vec!["E003".into()],
        EmergencyKind::Shelter | EmergencyKind::Custom => vec![],
    };
    if kind == EmergencyKind::Medical && !facts.aed.is_empty() {
        out.push("E010".into());
    }
    out
}

//! The `[signage]` section of `lobby.toml`: the standard items and a site's own, their
//! priorities and schedules, the pictograms Lobby ships, and its validation. What the home
//! screen shows from it, and when, is `crate::signage`.

use crate::config::{self, ConfigMessage, Translated};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The ISO 7010 pictograms Lobby ships (`icons/iso7010/<code>.svg`).
pub const PICTOGRAMS: [&str; 8] = [
    "E001", "E002", "E003", "E004", "E007", "E010", "F001", "F005",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    Safety,
    Security,
    Info,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Schedule {
    #[default]
    Always,
    BusinessHours,
    AfterHours,
}

/// A site's own item, as written in `[[signage.items]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: String,
    #[serde(default)]
    pub schedule: Schedule,
    /// Shown from this day (site time), inclusive.
    pub from: Option<NaiveDate>,
    /// Shown until this day (site time), inclusive.
    pub until: Option<NaiveDate>,
    #[serde(default = "info")]
    pub priority: Priority,
    #[serde(default)]
    pub pictograms: Vec<String>,
    pub title: Translated,
    #[serde(default)]
    pub body: Translated,
}

fn info() -> Priority {
    Priority::Info
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawSignage {
    /// Seconds each item stays on screen before the next.
    pub rotate_seconds: u32,
    /// Standard items this site does not want (e.g. `["cctv"]` where there are no cameras).
    pub hide: Vec<String>,
    /// Who answers questions about the cameras and personal data.
    pub privacy_contact: String,
    /// Days camera recordings are kept.
    pub camera_retention_days: u32,
    /// The side of the nearest emergency exit as seen from the kiosk: picks E001 or E002.
    pub exit_side: ExitSide,
    pub items: Vec<RawItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitSide {
    #[default]
    Left,
    Right,
}

impl Default for RawSignage {
    fn default() -> Self {
        Self {
            rotate_seconds: 12,
            hide: Vec::new(),
            privacy_contact: "Reception desk".into(),
            camera_retention_days: 7,
            exit_side: ExitSide::Left,
            items: Vec::new(),
        }
    }
}

/// One item of the rotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SignItem {
    pub id: String,
    pub priority: Priority,
    pub schedule: Schedule,
    #[serde(skip)]
    #[ts(skip)]
    pub from: Option<NaiveDate>,
    #[serde(skip)]
    #[ts(skip)]
    pub until: Option<NaiveDate>,
    /// ISO 7010 codes, e.g. `E001`.
    pub pictograms: Vec<String>,
    /// Standard items: the Fluent message prefix (`signage-exits`: `-title`, `-body`).
    pub message: Option<String>,
    /// Site items: their own text per language.
    pub title: Translated,
    pub body: Translated,
}

/// Site facts passed to every signage and emergency message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SiteFacts {
    pub site: String,
    pub address: String,
    pub fire: String,
    pub medical: String,
    pub police: String,
    pub security: String,
    /// Where people meet after an evacuation, per language (see [`crate::config::pick`]).
    pub assembly_point: Translated,
    /// Where people shelter in place, per language.
    pub shelter: Translated,
    /// Where the first-aid kit is, per language.
    pub first_aid: Translated,
    /// Where the defibrillator is, per language; empty when the site has none.
    pub aed: Translated,
    pub privacy_contact: String,
    #[ts(type = "number")]
    pub camera_retention_days: u32,
    /// `E001` (exit to the left) or `E002` (to the right).
    pub exit_pictogram: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signage {
    pub rotate_seconds: u32,
    pub items: Vec<SignItem>,
    pub privacy_contact: String,
    pub camera_retention_days: u32,
    pub exit_side: ExitSide,
}

/// The standard items: (id, priority, schedule, pictograms). `EXIT` stands for E001 or E002.
const STANDARD: [(&str, Priority, Schedule, &[&str]); 8] = [
    (
        "exits",
        Priority::Safety,
        Schedule::Always,
        &["EXIT", "E007"],
    ),
    (
        "fire-alarm",
        Priority::Safety,
        Schedule::Always,
        &["F005", "F001"],
    ),
    (
        "first-aid",
        Priority::Safety,
        Schedule::Always,
        &["E003", "E004"],
    ),
    (
        "after-hours",
        Priority::Security,
        Schedule::AfterHours,
        &["EXIT"],
    ),
    ("cctv", Priority::Security, Schedule::Always, &[]),
    ("report", Priority::Security, Schedule::Always, &[]),
    ("wifi-safety", Priority::Info, Schedule::Always, &[]),
    ("phishing", Priority::Info, Schedule::Always, &[]),
];

/// The ids of the standard items.
pub fn standard_ids() -> impl Iterator<Item = &'static str> {
    STANDARD.iter().map(|(id, ..)| *id)
}

pub(crate) fn validate(
    raw: RawSignage,
    languages: &[String],
) -> Result<Signage, (String, ConfigMessage)> {
    config::in_range("signage.rotate_seconds", raw.rotate_seconds.into(), 8, 120)?;
    config::in_range(
        "signage.camera_retention_days",
        raw.camera_retention_days.into(),
        1,
        365,
    )?;
    for id in &raw.hide {
        if !standard_ids().any(|s| s == id) {
            return Err((
                "signage.hide".into(),
                config::msg(
                    "cli-config-signage-unknown",
                    &[
                        ("value", id),
                        ("known", &standard_ids().collect::<Vec<_>>().join(", ")),
                    ],
                ),
            ));
        }
    }
    let contact = raw.privacy_contact.trim().to_string();
    if contact.is_empty() || contact.chars().count() > 80 {
        return Err((
            "signage.privacy_contact".into(),
            config::msg("cli-config-text-length", &[("max", "80")]),
        ));
    }
    let exit = match raw.exit_side {
        ExitSide::Left => "E001",
        ExitSide::Right => "E002",
    };
    let mut items: Vec<SignItem> = STANDARD
        .iter()
        .filter(|(id, ..)| !raw.hide.iter().any(|h| h == id))
        .map(|(id, priority, schedule, pictograms)| SignItem {
            id: (*id).to_string(),
            priority: *priority,
            schedule: *schedule,
            from: None,
            until: None,
            pictograms: pictograms
                .iter()
                .map(|p| if *p == "EXIT" { exit } else { p }.to_string())
                .collect(),
            message: Some(format!("signage-{id}")),
            title: Translated::new(),
            body: Translated::new(),
        })
        .collect();
    for (i, item) in raw.items.into_iter().enumerate() {
        let key = format!("signage.items[{i}]");
        let id_ok = !item.id.is_empty()
            && item.id.len() <= 40
            && item
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok || items.iter().any(|s| s.id == item.id) {
            return Err((
                format!("{key}.id"),
                config::msg("cli-config-signage-id", &[]),
            ));
        }
        for p in &item.pictograms {
            if !PICTOGRAMS.contains(&p.as_str()) {
                return Err((
                    format!("{key}.pictograms"),
                    config::msg(
                        "cli-config-pictogram",
                        &[("value", p), ("known", &PICTOGRAMS.join(", "))],
                    ),
                ));
            }
        }
        if let (Some(from), Some(until)) = (item.from, item.until) {
            if from > until {
                return Err((
                    format!("{key}.until"),
                    config::msg("cli-config-dates-order", &[]),
                ));
            }
        }
        config::validate_translated(&format!("{key}.title"), &item.title, languages)?;
        if !item.body.is_empty() {
            config::validate_translated(&format!("{key}.body"), &item.body, languages)?;
        }
        items.push(SignItem {
            id: item.id,
            priority: item.priority,
            schedule: item.schedule,
            from: item.from,
            until: item.until,
            pictograms: item.pictograms,
            message: None,
            title: item.title,
            body: item.body,
        });
    }
    // Safety first, then security, then the rest; the order written within a priority.
    items.sort_by_key(|i| i.priority);
    Ok(Signage {
        rotate_seconds: raw.rotate_seconds,
        items,
        privacy_contact: contact,
        camera_retention_days: raw.camera_retention_days,
        exit_side: raw.exit_side,
    })
}

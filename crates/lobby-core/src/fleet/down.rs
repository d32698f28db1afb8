//! The fleet, the way down and across (issue 16).
//!
//! **Down:** the hub owns the shared records (members with their badges, staff accounts, policy
//! versions, the site's configuration) and can start or end an emergency. It publishes each change as a
//! [`Down`] message on `lobby.down.<site>.<kind>` into its own stream [`DOWN_STREAM`]; each
//! site's server keeps [`site_down_stream`], which sources the hub's stream for that site, so
//! a site whose link to the hub was down catches up by itself, in order, when it returns.
//!
//! **Across:** tablets read their site's up stream ([`super::site_stream`]) too: another
//! tablet's check-in, check-out, emergency and roll call mark reach every tablet of the site
//! through the site's own `nats-server`, also while the hub is out of reach.
//!
//! A tablet applies each message through its inbox (`fleet_inbox`, one row per stream and
//! sequence, written in the transaction that applies the message), so each is applied exactly
//! once and in the stream's order.

use serde::{Deserialize, Serialize};

/// The hub's stream of shared changes, on the hub's server: subjects `lobby.down.>`.
pub const DOWN_STREAM: &str = "LOBBY_DOWN";

/// Every subject of [`DOWN_STREAM`].
pub const DOWN_SUBJECTS: &str = "lobby.down.>";

/// The subject of a shared change of `kind` ([`Down::kind`]) for a site.
pub fn down_subject(site: &str, kind: &str) -> String {
    format!("lobby.down.{site}.{kind}")
}

/// Every shared change of a site.
pub fn site_down_subjects(site: &str) -> String {
    format!("lobby.down.{site}.>")
}

/// A site's copy of its shared changes, on the site's own server (sourced from
/// [`DOWN_STREAM`], filtered on [`site_down_subjects`]).
pub fn site_down_stream(site: &str) -> String {
    format!("LOBBY_DOWN_{}", site.to_ascii_uppercase().replace('-', "_"))
}

/// One shared change from the hub, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Down {
    /// A member as the hub holds them now, with every badge that may open the door. A badge
    /// the tablet holds for this member and that is not in the list is revoked.
    Member(SharedMember),
    /// A policy version (every language's text).
    Policy(SharedPolicy),
    /// The site's `lobby.toml`, validated at the hub.
    Config(SharedConfig),
    /// An emergency started or ended at the hub (`lobby-hub emergency start|end SITE`).
    Emergency(EmergencyFacts),
    /// A problem staff must resolve, e.g. one card given to two members on two tablets.
    Flag(SharedFlag),
    /// A staff account as the hub holds it (`lobby-hub staff add|disable|enable`).
    Staff(SharedStaff),
}

impl Down {
    /// The last part of the subject.
    pub fn kind(&self) -> &'static str {
        match self {
            Down::Member(_) => "member",
            Down::Policy(_) => "policy",
            Down::Config(_) => "config",
            Down::Emergency(_) => "emergency",
            Down::Flag(_) => "flag",
            Down::Staff(_) => "staff",
        }
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("shared changes serialise")
    }

    pub fn parse(bytes: &[u8]) -> Result<Down, String> {
        let down: Down = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        let v = match &down {
            Down::Member(m) => m.v,
            Down::Policy(p) => p.v,
            Down::Config(c) => c.v,
            Down::Emergency(e) => e.v,
            Down::Flag(f) => f.v,
            Down::Staff(s) => s.v,
        };
        if v != super::PROTOCOL {
            return Err(format!("unknown shared change version {v}"));
        }
        Ok(down)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedMember {
    pub v: u32,
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub team: Option<String>,
    pub active: bool,
    pub badges: Vec<SharedBadge>,
    /// RFC 3339, when the hub changed the record.
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedBadge {
    /// Upper-case hex, in the reader's byte order (as `badges.uid` on a tablet).
    pub uid: String,
    /// `badges.card_type` (e.g. `mifare-classic`, `desfire`, `ntag`, `other`).
    pub card_type: String,
    /// Access group ids from lobby.toml.
    pub groups: Vec<String>,
    /// YYYY-MM-DD, inclusive.
    pub valid_from: String,
    pub valid_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedPolicy {
    pub v: u32,
    /// The policy's id (e.g. `code-of-conduct`).
    pub policy: String,
    /// (language, Markdown text).
    pub texts: Vec<(String, String)>,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedConfig {
    pub v: u32,
    /// The whole file as the hub validated it.
    pub toml: String,
    /// Hex SHA-256 of `toml`.
    pub sha256: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedFlag {
    pub v: u32,
    /// `badge-conflict`.
    pub problem: String,
    /// What staff need to resolve it, in plain words (ids, not personal data).
    pub detail: String,
    pub at: String,
}

/// A staff account of the site, made at the hub. It carries what a tablet stores and nothing
/// more: the PIN only as its argon2 hash (made by [`crate::staff::pin::hash`], so a tablet
/// checks it unchanged), the authenticator secret only sealed with the site's staff key
/// ([`SharedStaff::seal_totp`]), which the hub writes into each tablet's credentials file and
/// which never travels through NATS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStaff {
    pub v: u32,
    /// The account's name, unique in the site (as `staff.name` on a tablet).
    pub name: String,
    /// argon2id PHC string.
    pub pin_hash: String,
    /// The TOTP secret sealed with the site's staff key and bound to `name`, base64.
    pub totp_sealed: String,
    pub active: bool,
    /// RFC 3339, when the hub changed the account.
    pub at: String,
}

impl SharedStaff {
    /// Seals a TOTP secret for the account `name` with the site's staff key: XChaCha20-Poly1305
    /// ([`crate::keys`]) with the name in the associated data, base64.
    pub fn seal_totp(staff_key: &[u8; 32], name: &str, secret: &[u8]) -> String {
        let key = crate::keys::SiteKey::from_bytes(*staff_key);
        data_encoding::BASE64.encode(&key.seal_bound(
            crate::keys::Purpose::FleetStaffTotp,
            name,
            secret,
        ))
    }

    /// The TOTP secret, opened with the site's staff key; `None` when the key is not the one
    /// it was sealed with, the name was changed or the text is damaged.
    pub fn open_totp(&self, staff_key: &[u8; 32]) -> Option<Vec<u8>> {
        let sealed = data_encoding::BASE64
            .decode(self.totp_sealed.as_bytes())
            .ok()?;
        crate::keys::SiteKey::from_bytes(*staff_key)
            .open_bound(crate::keys::Purpose::FleetStaffTotp, &self.name, &sealed)
            .ok()
    }
}

/// An emergency's start (`ends` empty) or its all clear (`ends` names the emergency it ends),
/// as it travels between tablets (in an up event) and from the hub (in [`Down::Emergency`]).
///
/// Every emergency has a fleet-wide id: `<tablet>:<local id>` for one started at a tablet,
/// `hub:<n>` for one started at the hub. The emergency in force is the newest start (by
/// `started_at`, then `id`) that no all clear named, so tablets that started different kinds
/// at once converge on one, and a late or repeated all clear never ends a newer emergency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmergencyFacts {
    pub v: u32,
    pub id: String,
    /// `fire`, `shelter`, `medical`, `custom`.
    pub kind: String,
    pub message: Option<String>,
    /// RFC 3339.
    pub started_at: String,
    /// Set on an all clear: the id of the emergency it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
}

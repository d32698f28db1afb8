//! The `[wifi]` section of `lobby.toml`: the site's network tiers (guest, day pass, member…)
//! and the equipment Lobby keeps in line with its database.
//!
//! ```toml
//! [wifi.freeradius]
//! database = "/var/lib/lobby/radius.db"        # FreeRADIUS's own SQLite database (rlm_sql_sqlite)
//!
//! [wifi.hostapd]
//! psk_file = "/etc/hostapd/lobby.wpa_psk"      # hostapd's wpa_psk_file
//! reload = ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"]
//!
//! [wifi.tiers.guest]
//! ssid = "Nordhaus Guest"
//! security = "wpa2"              # wpa2 | wpa3 | open | enterprise
//! credentials = "per-guest"      # per-guest | shared
//! backend = "hostapd"            # hostapd | freeradius | none
//! vlan = 30
//! pass_hours = 8
//! close_at_closing = true
//! ```

use super::{is_policy_id, msg, ConfigMessage};
use crate::wifi::qr::{self, QrError, Security};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use ts_rs::TS;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawWifi {
    pub freeradius: Option<RawFreeRadius>,
    pub hostapd: Option<RawHostapd>,
    pub tiers: BTreeMap<String, RawTier>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFreeRadius {
    pub database: PathBuf,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHostapd {
    pub psk_file: PathBuf,
    /// The command that makes hostapd re-read the file; it must print `OK`.
    pub reload: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    pub ssid: String,
    pub security: TierSecurity,
    #[serde(default)]
    pub hidden: bool,
    #[serde(default = "per_guest")]
    pub credentials: Credentials,
    pub backend: BackendKind,
    pub vlan: Option<u16>,
    #[serde(default = "eight")]
    pub pass_hours: u32,
    #[serde(default = "yes")]
    pub close_at_closing: bool,
    #[serde(default = "day")]
    pub rotate_every_hours: u32,
}

fn per_guest() -> Credentials {
    Credentials::PerGuest
}
fn eight() -> u32 {
    8
}
fn yes() -> bool {
    true
}
fn day() -> u32 {
    24
}

/// How guests authenticate on a tier's network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TierSecurity {
    /// WPA2-Personal (or WPA2/WPA3 transition): a passphrase.
    Wpa2,
    /// WPA3-Personal only (SAE).
    Wpa3,
    /// No passphrase.
    Open,
    /// WPA2-Enterprise (802.1X): a user name and a password, checked by RADIUS.
    Enterprise,
}

impl TierSecurity {
    pub fn qr(self) -> Security {
        match self {
            TierSecurity::Wpa2 => Security::Wpa2,
            TierSecurity::Wpa3 => Security::Wpa3Sae,
            TierSecurity::Open => Security::Open,
            TierSecurity::Enterprise => Security::Enterprise,
        }
    }
}

/// Whether each guest gets their own login, or a tier shares one rotating passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Credentials {
    PerGuest,
    Shared,
}

/// Which equipment applies a tier's credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BackendKind {
    /// Nothing: the credentials are shown but no equipment is told (demo, or a manual AP).
    None,
    /// hostapd's `wpa_psk_file`: one line per pass (or one for the shared passphrase).
    Hostapd,
    /// FreeRADIUS's SQL database: one account per pass.
    Freeradius,
}

impl BackendKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BackendKind::None => "none",
            BackendKind::Hostapd => "hostapd",
            BackendKind::Freeradius => "freeradius",
        }
    }
}

/// One network tier as this site runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    pub id: String,
    pub ssid: String,
    pub security: TierSecurity,
    pub hidden: bool,
    pub credentials: Credentials,
    pub backend: BackendKind,
    pub vlan: Option<u16>,
    pub pass_hours: u32,
    pub close_at_closing: bool,
    pub rotate_every_hours: u32,
}

/// The validated `[wifi]` section.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wifi {
    pub tiers: Vec<Tier>,
    pub freeradius: Option<PathBuf>,
    pub hostapd: Option<Hostapd>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hostapd {
    pub psk_file: PathBuf,
    pub reload: Vec<String>,
}

impl Wifi {
    pub fn tier(&self, id: &str) -> Option<&Tier> {
        self.tiers.iter().find(|t| t.id == id)
    }
}

/// Tier ids become RADIUS user names and hostapd key ids (`guest-7k3m9x`): short and plain.
const TIER_ID_MAX: usize = 20;

fn qr_problem(e: &QrError) -> &'static str {
    match e {
        QrError::SsidEmpty => "cli-config-wifi-ssid-empty",
        QrError::SsidTooLong => "cli-config-wifi-ssid-long",
        _ => "cli-config-wifi-ssid-characters",
    }
}

pub fn validate(raw: RawWifi) -> Result<Wifi, (String, ConfigMessage)> {
    let mut tiers = Vec::new();
    for (id, t) in raw.tiers {
        let key = format!("wifi.tiers.{id}");
        if !is_policy_id(&id) || id.len() > TIER_ID_MAX {
            return Err((key, msg("cli-config-wifi-tier-id", &[("value", &id)])));
        }
        if let Err(e) = qr::check_ssid(&t.ssid) {
            return Err((format!("{key}.ssid"), msg(qr_problem(&e), &[])));
        }
        let range = |field: &str, value: u32, min: u64, max: u64| {
            super::in_range(&format!("{key}.{field}"), value.into(), min, max)
        };
        if let Some(vlan) = t.vlan {
            range("vlan", vlan.into(), 1, 4094)?;
        }
        range("pass_hours", t.pass_hours, 1, 168)?;
        range("rotate_every_hours", t.rotate_every_hours, 1, 720)?;
        // Which combinations equipment can actually run.
        use BackendKind as B;
        use Credentials as C;
        use TierSecurity as S;
        let fits = match (t.backend, t.security, t.credentials) {
            (_, S::Open, C::PerGuest) => false,
            (B::Freeradius, S::Enterprise, C::PerGuest) => true,
            (B::Freeradius, _, _) | (_, S::Enterprise, _) => false,
            // hostapd's wpa_psk_file is WPA2-PSK only (SAE uses sae_password lines).
            (B::Hostapd, S::Wpa2, _) => true,
            (B::Hostapd, _, _) => false,
            (B::None, _, _) => true,
        };
        if !fits {
            return Err((
                format!("{key}.backend"),
                msg(
                    "cli-config-wifi-combination",
                    &[
                        ("backend", t.backend.as_str()),
                        ("security", security_name(t.security)),
                        ("credentials", credentials_name(t.credentials)),
                    ],
                ),
            ));
        }
        let section = match t.backend {
            B::Hostapd if raw.hostapd.is_none() => Some("wifi.hostapd"),
            B::Freeradius if raw.freeradius.is_none() => Some("wifi.freeradius"),
            _ => None,
        };
        if let Some(section) = section {
            return Err((
                format!("{key}.backend"),
                msg("cli-config-wifi-section", &[("section", section)]),
            ));
        }
        tiers.push(Tier {
            id,
            ssid: t.ssid,
            security: t.security,
            hidden: t.hidden,
            credentials: t.credentials,
            backend: t.backend,
            vlan: t.vlan,
            pass_hours: t.pass_hours,
            close_at_closing: t.close_at_closing,
            rotate_every_hours: t.rotate_every_hours,
        });
    }
    let hostapd = match raw.hostapd {
        Some(h) => {
            if !h.psk_file.is_absolute() {
                return Err((
                    "wifi.hostapd.psk_file".into(),
                    msg("cli-config-wifi-absolute", &[]),
                ));
            }
            if h.reload.is_empty() || h.reload.iter().any(|a| a.is_empty()) {
                return Err((
                    "wifi.hostapd.reload".into(),
                    msg("cli-config-wifi-reload", &[]),
                ));
            }
            Some(Hostapd {
                psk_file: h.psk_file,
                reload: h.reload,
            })
        }
        None => None,
    };
    let freeradius = match raw.freeradius {
        Some(f) if !f.database.is_absolute() => {
            return Err((
                "wifi.freeradius.database".into(),
                msg("cli-config-wifi-absolute", &[]),
            ))
        }
        Some(f) => Some(f.database),
        None => None,
    };
    Ok(Wifi {
        tiers,
        freeradius,
        hostapd,
    })
}

fn security_name(s: TierSecurity) -> &'static str {
    match s {
        TierSecurity::Wpa2 => "wpa2",
        TierSecurity::Wpa3 => "wpa3",
        TierSecurity::Open => "open",
        TierSecurity::Enterprise => "enterprise",
    }
}

fn credentials_name(c: Credentials) -> &'static str {
    match c {
        Credentials::PerGuest => "per-guest",
        Credentials::Shared => "shared",
    }
}

/// The demo site's tiers: nothing is applied to real equipment.
pub const DEMO: &str = r#"
[tiers.guest]
ssid = "Lobby Guest"
security = "wpa2"
credentials = "per-guest"
backend = "none"
vlan = 30
pass_hours = 8

[tiers.day-pass]
ssid = "Lobby Day Pass"
security = "wpa2"
credentials = "shared"
backend = "none"
vlan = 20
pass_hours = 12
rotate_every_hours = 24
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Wifi, (String, ConfigMessage)> {
        validate(toml::from_str(text).unwrap())
    }

    #[test]
    fn the_demo_tiers_are_valid() {
        let w = parse(DEMO).unwrap();
        assert_eq!(w.tiers.len(), 2);
        assert_eq!(w.tier("day-pass").unwrap().credentials, Credentials::Shared);
    }

    #[test]
    fn equipment_must_fit_the_security() {
        let e = parse("[tiers.g]\nssid = \"G\"\nsecurity = \"wpa2\"\nbackend = \"freeradius\"\n[freeradius]\ndatabase = \"/r.db\"\n").unwrap_err();
        assert_eq!(
            (e.0.as_str(), e.1.id),
            ("wifi.tiers.g.backend", "cli-config-wifi-combination")
        );
        let e = parse("[tiers.g]\nssid = \"G\"\nsecurity = \"wpa3\"\nbackend = \"hostapd\"\n[hostapd]\npsk_file = \"/p\"\nreload = [\"true\"]\n").unwrap_err();
        assert_eq!(e.1.id, "cli-config-wifi-combination");
        let e = parse("[tiers.g]\nssid = \"G\"\nsecurity = \"open\"\nbackend = \"none\"\n")
            .unwrap_err();
        assert_eq!(
            e.1.id, "cli-config-wifi-combination",
            "an open network has no per-guest login"
        );
        let e =
            parse("[tiers.g]\nssid = \"G\"\nsecurity = \"enterprise\"\nbackend = \"freeradius\"\n")
                .unwrap_err();
        assert_eq!(
            (e.1.id, e.1.args[0].1.as_str()),
            ("cli-config-wifi-section", "wifi.freeradius")
        );
        let ok = parse("[tiers.g]\nssid = \"G\"\nsecurity = \"enterprise\"\nbackend = \"freeradius\"\nvlan = 30\n[freeradius]\ndatabase = \"/var/lib/r.db\"\n").unwrap();
        assert_eq!(ok.tiers[0].vlan, Some(30));
    }

    #[test]
    fn ssids_vlans_and_paths_are_checked() {
        let e = parse("[tiers.g]\nssid = \"a;b\\\\c\"\nsecurity = \"wpa2\"\nbackend = \"none\"\n")
            .unwrap_err();
        assert_eq!(
            (e.0.as_str(), e.1.id),
            ("wifi.tiers.g.ssid", "cli-config-wifi-ssid-characters")
        );
        let e =
            parse("[tiers.g]\nssid = \"\"\nsecurity = \"wpa2\"\nbackend = \"none\"\n").unwrap_err();
        assert_eq!(e.1.id, "cli-config-wifi-ssid-empty");
        let e = parse(
            "[tiers.g]\nssid = \"G\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nvlan = 4095\n",
        )
        .unwrap_err();
        assert_eq!(e.0, "wifi.tiers.g.vlan");
        let e = parse("[tiers.Guest]\nssid = \"G\"\nsecurity = \"wpa2\"\nbackend = \"none\"\n")
            .unwrap_err();
        assert_eq!(e.1.id, "cli-config-wifi-tier-id");
        let e = parse("[hostapd]\npsk_file = \"psk\"\nreload = [\"x\"]\n").unwrap_err();
        assert_eq!(e.0, "wifi.hostapd.psk_file");
        let e = parse("[hostapd]\npsk_file = \"/psk\"\nreload = []\n").unwrap_err();
        assert_eq!(e.0, "wifi.hostapd.reload");
    }
}

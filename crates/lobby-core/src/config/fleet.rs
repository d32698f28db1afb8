//! The `[fleet]` section of `lobby.toml`: this tablet sends its changes to the site's NATS
//! server (issue 15). `lobby fleet join` writes it; without it a tablet is on its own, as
//! before, and opens no socket.
//!
//! ```toml
//! [fleet]
//! server = "tls://nats.site.lan:4222"       # nats:// or tls://
//! credentials = "/etc/lobby/fleet.creds"    # from `lobby-hub kiosk add SITE TABLET`
//! ca = "/etc/lobby/fleet-ca.pem"            # the site CA, for a server with a private certificate
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::{msg, ConfigMessage};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFleet {
    pub server: String,
    pub credentials: PathBuf,
    pub ca: Option<PathBuf>,
}

/// A tablet's NATS identity, written by `lobby-hub kiosk add` (a small TOML file, 0600).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    pub site: String,
    pub tablet: String,
    pub user: String,
    pub password: String,
    /// The tablet's number in its site (0 to 9), given by `lobby-hub kiosk add`: the last
    /// digit of every check-out code it issues, so codes are unique across the site's tablets
    /// even while they are cut off from each other. Files written before issue 16 have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u8>,
    /// The site's staff key (64 hex digits), the same in every tablet's file of a site: the
    /// hub seals each staff account's authenticator secret with it before sending it down, so
    /// the secret never crosses NATS in the clear. Files written before the hub owned staff
    /// accounts have none; their tablets refuse the hub's staff accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_key: Option<String>,
}

impl Credentials {
    /// Reads and checks a credentials file; the error is a Fluent message.
    pub fn read(path: &Path) -> Result<Self, ConfigMessage> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            msg(
                "cli-config-fleet-credentials",
                &[("value", &shown), ("reason", &e.to_string())],
            )
        })?;
        let creds: Credentials = toml::from_str(&text).map_err(|e| {
            let reason = e.message().lines().next().unwrap_or("").to_string();
            msg(
                "cli-config-fleet-credentials",
                &[("value", &shown), ("reason", &reason)],
            )
        })?;
        for (field, value) in [("site", &creds.site), ("tablet", &creds.tablet)] {
            if !is_fleet_id(value) {
                return Err(msg(
                    "cli-config-fleet-credentials",
                    &[("value", &shown), ("reason", &format!("{field}: {value}"))],
                ));
            }
        }
        if creds.user.is_empty() || creds.password.is_empty() {
            return Err(msg(
                "cli-config-fleet-credentials",
                &[("value", &shown), ("reason", "user, password")],
            ));
        }
        if creds.staff_key.is_some() && creds.staff_key().is_none() {
            return Err(msg(
                "cli-config-fleet-credentials",
                &[("value", &shown), ("reason", "staff_key")],
            ));
        }
        Ok(creds)
    }

    /// The site's staff key, if the file has a well-formed one.
    pub fn staff_key(&self) -> Option<[u8; 32]> {
        let text = self.staff_key.as_deref()?;
        let bytes = data_encoding::HEXLOWER_PERMISSIVE
            .decode(text.trim().as_bytes())
            .ok()?;
        bytes.try_into().ok()
    }

    /// The file `lobby-hub kiosk add` writes.
    pub fn to_file_text(&self) -> String {
        format!(
            "# Lobby fleet credentials: tablet \"{}\" of site \"{}\". Keep this file secret;\n\
             # `lobby-hub kiosk revoke {} {}` cuts it off.\n{}",
            self.tablet,
            self.site,
            self.site,
            self.tablet,
            toml::to_string(self).expect("plain strings serialise")
        )
    }
}

/// A site's or tablet's id in the fleet: 1 to 40 lower-case letters, digits or "-". It is part
/// of NATS subjects, so no dots, spaces or wildcards.
pub fn is_fleet_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && !s.starts_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The validated `[fleet]` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fleet {
    /// `nats://host:port` or `tls://host:port`.
    pub server: String,
    pub credentials_file: PathBuf,
    pub credentials: Credentials,
    pub ca: Option<PathBuf>,
}

impl Fleet {
    pub fn site(&self) -> &str {
        &self.credentials.site
    }
    pub fn tablet(&self) -> &str {
        &self.credentials.tablet
    }
}

/// Checks a NATS server address: `nats://` or `tls://` with a host.
pub fn check_server(server: &str) -> Result<String, ConfigMessage> {
    let server = server.trim();
    let bad = || msg("cli-config-fleet-server", &[("value", server)]);
    let url = url::Url::parse(server).map_err(|_| bad())?;
    if !matches!(url.scheme(), "nats" | "tls") || url.host_str().is_none_or(str::is_empty) {
        return Err(bad());
    }
    if !url.username().is_empty() || url.password().is_some() {
        // Credentials belong in the credentials file, never in lobby.toml.
        return Err(bad());
    }
    Ok(server.to_string())
}

pub(crate) fn validate(
    raw: Option<RawFleet>,
    kiosk_id: &str,
) -> Result<Option<Fleet>, (String, ConfigMessage)> {
    let Some(raw) = raw else { return Ok(None) };
    let server = check_server(&raw.server).map_err(|m| ("fleet.server".to_string(), m))?;
    if !raw.credentials.is_absolute() {
        return Err((
            "fleet.credentials".into(),
            msg("cli-config-wifi-absolute", &[]),
        ));
    }
    let credentials =
        Credentials::read(&raw.credentials).map_err(|m| ("fleet.credentials".to_string(), m))?;
    if credentials.tablet != kiosk_id {
        return Err((
            "fleet.credentials".into(),
            msg(
                "cli-config-fleet-tablet",
                &[("tablet", &credentials.tablet), ("id", kiosk_id)],
            ),
        ));
    }
    if let Some(ca) = &raw.ca {
        if !ca.is_absolute() {
            return Err(("fleet.ca".into(), msg("cli-config-wifi-absolute", &[])));
        }
        let readable = std::fs::read_to_string(ca)
            .map(|t| t.contains("-----BEGIN CERTIFICATE-----"))
            .unwrap_or(false);
        if !readable {
            return Err((
                "fleet.ca".into(),
                msg(
                    "cli-config-fleet-ca",
                    &[("value", &ca.display().to_string())],
                ),
            ));
        }
    }
    Ok(Some(Fleet {
        server,
        credentials_file: raw.credentials,
        credentials,
        ca: raw.ca,
    }))
}

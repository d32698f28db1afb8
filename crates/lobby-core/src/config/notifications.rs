//! The `[notifications]` section of `lobby.toml`: how hosts are told their guest arrived.
//!
//! ```toml
//! [notifications]
//! channels = ["email"]              # what a member who chose nothing gets
//!
//! [notifications.email]
//! relay = "smtp.example.com"
//! port = 587                        # 587 with starttls, 465 with tls
//! security = "starttls"             # starttls | tls | none (loopback relays only)
//! username = "lobby@example.com"
//! password_file = "/etc/lobby/smtp-password"   # or password_env = "LOBBY_SMTP_PASSWORD"
//! from = "Lobby front desk <lobby@example.com>"
//! # ca_file = "/etc/lobby/relay-ca.pem"  # a private relay's CA, trusted beside the system's
//!
//! [notifications.slack]             # an incoming webhook
//! url_file = "/etc/lobby/slack-url"
//!
//! [notifications.teams]             # a Workflows webhook ("Post to a channel when a webhook request is received")
//! url_env = "LOBBY_TEAMS_URL"
//!
//! [notifications.webhook]           # any JSON receiver; signed with HMAC-SHA256
//! url = "https://hooks.example.com/lobby"
//! secret_file = "/etc/lobby/webhook-secret"
//! ```
//!
//! Secrets (the SMTP password, the webhook secret, and the Slack and Teams addresses, which
//! are secrets themselves) are read when a message is sent, so they can be rotated without a
//! restart, and are never printed.

use crate::config::{msg, ConfigMessage};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// A way of telling a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Slack,
    Teams,
    Webhook,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Email,
        Channel::Slack,
        Channel::Teams,
        Channel::Webhook,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Slack => "slack",
            Channel::Teams => "teams",
            Channel::Webhook => "webhook",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawNotifications {
    pub channels: Option<Vec<String>>,
    pub email: Option<RawEmail>,
    pub slack: Option<RawHook>,
    pub teams: Option<RawHook>,
    pub webhook: Option<RawWebhook>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEmail {
    pub relay: String,
    pub port: Option<u16>,
    #[serde(default)]
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
    pub password_file: Option<PathBuf>,
    pub password_env: Option<String>,
    pub from: String,
    /// A CA certificate (PEM) to trust for this relay, beside the system's: a relay with a
    /// private or self-signed certificate.
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHook {
    pub url: Option<String>,
    pub url_file: Option<PathBuf>,
    pub url_env: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWebhook {
    pub url: String,
    pub secret: Option<String>,
    pub secret_file: Option<PathBuf>,
    pub secret_env: Option<String>,
}

/// How the SMTP connection is protected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Plain connection upgraded with STARTTLS (port 587); refused if the server cannot.
    #[default]
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on this machine (loopback).
    None,
}

/// Where a secret comes from. Its `Debug` never shows an inline value.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Inline(String),
    File(PathBuf),
    Env(String),
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Inline(_) => f.write_str("Secret::Inline(…)"),
            Secret::File(p) => write!(f, "Secret::File({})", p.display()),
            Secret::Env(v) => write!(f, "Secret::Env({v})"),
        }
    }
}

impl Secret {
    /// The secret's value, without a trailing line break. The error names where it was
    /// looked for, never what it holds.
    pub fn read(&self) -> Result<String, String> {
        let value = match self {
            Secret::Inline(v) => v.clone(),
            Secret::File(p) => std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))?,
            Secret::Env(name) => {
                std::env::var(name).map_err(|_| format!("the environment has no {name}"))?
            }
        };
        let value = value.trim_end_matches(['\r', '\n']).to_string();
        if value.is_empty() {
            return Err(match self {
                Secret::Inline(_) => "the secret is empty".into(),
                Secret::File(p) => format!("{} is empty", p.display()),
                Secret::Env(name) => format!("{name} is empty"),
            });
        }
        Ok(value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub relay: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub from: String,
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    pub url: String,
    pub secret: Secret,
}

/// The validated `[notifications]` section. No section: nobody is told, as before.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notifications {
    /// What a member who chose nothing gets.
    pub channels: Vec<Channel>,
    pub email: Option<Email>,
    pub slack: Option<Secret>,
    pub teams: Option<Secret>,
    pub webhook: Option<Webhook>,
}

impl Notifications {
    pub fn configured(&self, channel: Channel) -> bool {
        match channel {
            Channel::Email => self.email.is_some(),
            Channel::Slack => self.slack.is_some(),
            Channel::Teams => self.teams.is_some(),
            Channel::Webhook => self.webhook.is_some(),
        }
    }

    /// Whether any channel is set up at all.
    pub fn any(&self) -> bool {
        Channel::ALL.into_iter().any(|c| self.configured(c))
    }
}

type Refusal = (String, ConfigMessage);

fn secret(
    key: &str,
    inline: Option<String>,
    file: Option<PathBuf>,
    env: Option<String>,
) -> Result<Option<Secret>, Refusal> {
    let given = [inline.is_some(), file.is_some(), env.is_some()]
        .iter()
        .filter(|g| **g)
        .count();
    if given > 1 {
        return Err((key.into(), msg("cli-config-notify-secret", &[("key", key)])));
    }
    if let Some(p) = &file {
        if !p.is_absolute() {
            return Err((format!("{key}_file"), msg("cli-config-wifi-absolute", &[])));
        }
    }
    if env
        .as_deref()
        .is_some_and(|e| e.is_empty() || !e.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
    {
        return Err((
            format!("{key}_env"),
            msg(
                "cli-config-notify-env",
                &[("value", env.as_deref().unwrap_or(""))],
            ),
        ));
    }
    Ok(inline
        .map(Secret::Inline)
        .or(file.map(Secret::File))
        .or(env.map(Secret::Env)))
}

fn required(key: &str, found: Option<Secret>) -> Result<Secret, Refusal> {
    found.ok_or_else(|| (key.into(), msg("cli-config-notify-secret", &[("key", key)])))
}

/// Whether `host` is this machine, where a relay or receiver without TLS is acceptable.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A webhook address: https, or http to this machine (a local relay, and the tests).
fn url(key: &str, value: &str) -> Result<String, Refusal> {
    let bad = || {
        (
            key.to_string(),
            msg("cli-config-notify-url", &[("value", value)]),
        )
    };
    let parsed = url::Url::parse(value.trim()).map_err(|_| bad())?;
    let host = parsed.host_str().ok_or_else(bad)?;
    match parsed.scheme() {
        "https" => Ok(value.trim().to_string()),
        "http" if is_loopback(host) => Ok(value.trim().to_string()),
        _ => Err(bad()),
    }
}

/// A URL held in a secret is checked when it is read: see [`checked_url`].
pub fn checked_url(value: &str) -> Result<String, String> {
    url("url", value).map_err(|_| "the address is not an https:// URL".to_string())
}

fn hook(key: &str, raw: RawHook) -> Result<Secret, Refusal> {
    let found = secret(key, raw.url.clone(), raw.url_file, raw.url_env)?;
    if let Some(u) = &raw.url {
        url(key, u)?;
    }
    required(key, found)
}

/// Checks `[notifications]`.
pub fn validate(raw: RawNotifications) -> Result<Notifications, Refusal> {
    let email = match raw.email {
        None => None,
        Some(e) => {
            let relay = e.relay.trim().to_string();
            if relay.is_empty() || relay.len() > 253 || relay.contains(char::is_whitespace) {
                return Err((
                    "notifications.email.relay".into(),
                    msg("cli-config-text-length", &[("max", "253")]),
                ));
            }
            if e.security == Security::None && !is_loopback(&relay) {
                return Err((
                    "notifications.email.security".into(),
                    msg("cli-config-notify-plain", &[("value", &relay)]),
                ));
            }
            if e.from.trim().parse::<lettre::message::Mailbox>().is_err() {
                return Err((
                    "notifications.email.from".into(),
                    msg("cli-config-notify-from", &[("value", &e.from)]),
                ));
            }
            let password = secret(
                "notifications.email.password",
                e.password,
                e.password_file,
                e.password_env,
            )?;
            if password.is_some() && e.username.is_none() {
                return Err((
                    "notifications.email.username".into(),
                    msg("cli-config-notify-username", &[]),
                ));
            }
            if e.ca_file.as_ref().is_some_and(|p| !p.is_absolute()) {
                return Err((
                    "notifications.email.ca_file".into(),
                    msg("cli-config-wifi-absolute", &[]),
                ));
            }
            Some(Email {
                ca_file: e.ca_file,
                port: e.port.unwrap_or(match e.security {
                    Security::Starttls => 587,
                    Security::Tls => 465,
                    Security::None => 25,
                }),
                relay,
                security: e.security,
                username: e.username,
                password,
                from: e.from.trim().to_string(),
            })
        }
    };
    let slack = raw
        .slack
        .map(|h| hook("notifications.slack.url", h))
        .transpose()?;
    let teams = raw
        .teams
        .map(|h| hook("notifications.teams.url", h))
        .transpose()?;
    let webhook = match raw.webhook {
        None => None,
        Some(w) => Some(Webhook {
            url: url("notifications.webhook.url", &w.url)?,
            secret: required(
                "notifications.webhook.secret",
                secret(
                    "notifications.webhook.secret",
                    w.secret,
                    w.secret_file,
                    w.secret_env,
                )?,
            )?,
        }),
    };
    let mut out = Notifications {
        channels: Vec::new(),
        email,
        slack,
        teams,
        webhook,
    };
    // By default every channel the site set up.
    let names = raw.channels.unwrap_or_else(|| {
        Channel::ALL
            .into_iter()
            .filter(|c| out.configured(*c))
            .map(|c| c.as_str().to_string())
            .collect()
    });
    for (i, name) in names.iter().enumerate() {
        let key = format!("notifications.channels[{i}]");
        let channel = Channel::parse(name).ok_or_else(|| {
            (
                key.clone(),
                msg("cli-config-notify-channel", &[("value", name)]),
            )
        })?;
        if !out.configured(channel) {
            return Err((key, msg("cli-config-notify-unset", &[("value", name)])));
        }
        if out.channels.contains(&channel) {
            return Err((key, msg("cli-config-language-twice", &[("value", name)])));
        }
        out.channels.push(channel);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Notifications, Refusal> {
        validate(toml::from_str(text).expect("toml"))
    }

    #[test]
    fn no_section_tells_nobody() {
        let n = parse("").unwrap();
        assert!(!n.any());
        assert!(n.channels.is_empty());
    }

    #[test]
    fn the_default_channels_are_those_set_up() {
        let n = parse(
            "[email]\nrelay = \"smtp.example.com\"\nfrom = \"Lobby <l@example.com>\"\n\
             [webhook]\nurl = \"https://h.example.com/x\"\nsecret_env = \"HOOK\"\n",
        )
        .unwrap();
        assert_eq!(n.channels, vec![Channel::Email, Channel::Webhook]);
        assert_eq!(n.email.as_ref().unwrap().port, 587);
        assert_eq!(n.webhook.unwrap().secret, Secret::Env("HOOK".into()));
    }

    #[test]
    fn refusals_name_the_key() {
        let cases = [
            ("channels = [\"pigeon\"]", "notifications.channels[0]"),
            ("channels = [\"slack\"]", "notifications.channels[0]"),
            (
                "[slack]\nurl = \"http://hooks.slack.com/x\"",
                "notifications.slack.url",
            ),
            (
                "[slack]\nurl = \"https://a\"\nurl_env = \"X\"",
                "notifications.slack.url",
            ),
            ("[teams]\n", "notifications.teams.url"),
            (
                "[webhook]\nurl = \"https://a.example\"",
                "notifications.webhook.secret",
            ),
            (
                "[webhook]\nurl = \"https://a.example\"\nsecret_file = \"rel\"",
                "notifications.webhook.secret_file",
            ),
            (
                "[webhook]\nurl = \"https://a.example\"\nsecret_env = \"A B\"",
                "notifications.webhook.secret_env",
            ),
            (
                "[email]\nrelay = \"smtp.example.com\"\nsecurity = \"none\"\nfrom = \"a@b.example\"",
                "notifications.email.security",
            ),
            (
                "[email]\nrelay = \"smtp.example.com\"\nfrom = \"not an address\"",
                "notifications.email.from",
            ),
            (
                "[email]\nrelay = \"smtp.example.com\"\nfrom = \"a@b.example\"\npassword_env = \"P\"",
                "notifications.email.username",
            ),
        ];
        for (text, key) in cases {
            let e = parse(text).unwrap_err();
            assert_eq!(e.0, key, "{text}");
        }
    }

    #[test]
    fn plain_smtp_and_http_only_to_this_machine() {
        let n = parse(
            "[email]\nrelay = \"127.0.0.1\"\nsecurity = \"none\"\nport = 2525\nfrom = \"a@b.example\"\n\
             [slack]\nurl = \"http://127.0.0.1:9/hook\"\n",
        )
        .unwrap();
        assert_eq!(n.email.unwrap().port, 2525);
        assert!(n.slack.is_some());
    }

    #[test]
    fn a_secret_never_shows_in_debug_output() {
        let n =
            parse("[slack]\nurl = \"https://hooks.slack.com/services/T0/B0/s3cr3t\"\n").unwrap();
        assert!(!format!("{n:?}").contains("s3cr3t"));
    }

    #[test]
    fn a_secret_file_loses_its_line_break() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s");
        std::fs::write(&p, "hunter2\n").unwrap();
        assert_eq!(Secret::File(p.clone()).read().unwrap(), "hunter2");
        std::fs::write(&p, "\n").unwrap();
        assert!(Secret::File(p).read().is_err());
    }
}

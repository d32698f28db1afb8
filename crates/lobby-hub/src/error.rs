//! The hub's errors. Each has a stable code; the operator reads `hub-error-<code>` from
//! Fluent with the error's arguments, the log gets the detail.

/// What went wrong, with what the message needs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database {url}: {reason}")]
    Database { url: String, reason: String },
    #[error("nats {url}: {reason}")]
    Nats { url: String, reason: String },
    #[error("unknown site {site}")]
    UnknownSite { site: String },
    #[error("bad id {value}")]
    BadId { value: String },
    #[error("bad date {value}")]
    BadDate { value: String },
    #[error("kiosk {site}/{tablet} exists")]
    KioskExists { site: String, tablet: String },
    #[error("unknown kiosk {site}/{tablet}")]
    UnknownKiosk { site: String, tablet: String },
    #[error("file {path}: {reason}")]
    File { path: String, reason: String },
    #[error("read {path}: {reason}")]
    FileRead { path: String, reason: String },
    #[error("no NATS server given")]
    NoNats,
    #[error("reload pid {pid}: {reason}")]
    Reload { pid: u32, reason: String },
    #[error("site {site} has ten tablets")]
    NoNumber { site: String },
    #[error("import {file} line {line}: {problem} {value}")]
    Import {
        file: String,
        line: usize,
        /// Which check failed: the message's selector.
        problem: &'static str,
        value: String,
        /// The other line, for a conflict between two.
        other: usize,
        /// The member who holds the uid at the hub, for `uid-held`.
        holder: String,
    },
    #[error("unknown badge {site}/{uid}")]
    UnknownBadge { site: String, uid: String },
    #[error("policy {problem} {value}")]
    Policy {
        problem: &'static str,
        value: String,
    },
    #[error("emergency {problem} {value}")]
    Emergency {
        problem: &'static str,
        value: String,
    },
    #[error("no emergency at {site}")]
    NoEmergency { site: String },
    /// `id` is empty when the newest was asked for.
    #[error("no roll call {id} at {site}")]
    NoRollCall { site: String, id: String },
    #[error("config refused: {0}")]
    Config(Box<lobby_core::config::ConfigError>),
    #[error("config {file} has a [fleet] section")]
    ConfigFleet { file: String },
    #[error("staff {site}/{name} exists")]
    StaffExists { site: String, name: String },
    #[error("unknown staff {site}/{name}")]
    UnknownStaff { site: String, name: String },
    #[error("bad staff name {value}")]
    StaffName { value: String },
    /// A PIN refused by the rules a tablet applies (said with the tablet's own messages).
    #[error("pin: {0}")]
    Pin(lobby_core::Error),
    #[error("sql: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("migrate: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The stable code: the message is `hub-error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Database { .. } => "database",
            Error::Nats { .. } => "nats",
            Error::UnknownSite { .. } => "unknown-site",
            Error::BadId { .. } => "bad-id",
            Error::BadDate { .. } => "bad-date",
            Error::KioskExists { .. } => "kiosk-exists",
            Error::UnknownKiosk { .. } => "unknown-kiosk",
            Error::File { .. } => "file",
            Error::FileRead { .. } => "file-read",
            Error::NoNats => "no-nats",
            Error::Reload { .. } => "reload",
            Error::NoNumber { .. } => "no-number",
            Error::Import { .. } => "import",
            Error::UnknownBadge { .. } => "unknown-badge",
            Error::Policy { .. } => "policy",
            Error::Emergency { .. } => "emergency",
            Error::NoEmergency { .. } => "no-emergency",
            Error::NoRollCall { .. } => "no-roll-call",
            Error::Config(_) | Error::ConfigFleet { .. } => "config",
            Error::StaffExists { .. } => "staff-exists",
            Error::UnknownStaff { .. } => "unknown-staff",
            Error::StaffName { .. } => "staff-name",
            Error::Pin(_) => "pin",
            Error::Sql(_) | Error::Migrate(_) => "sql",
        }
    }

    /// The message's arguments.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Database { url, reason } | Error::Nats { url, reason } => {
                vec![("url", url.clone()), ("reason", reason.clone())]
            }
            Error::UnknownSite { site } => vec![("site", site.clone())],
            Error::BadId { value } | Error::BadDate { value } => vec![("value", value.clone())],
            Error::KioskExists { site, tablet } | Error::UnknownKiosk { site, tablet } => {
                vec![("site", site.clone()), ("tablet", tablet.clone())]
            }
            Error::NoNats => Vec::new(),
            Error::File { path, reason } | Error::FileRead { path, reason } => {
                vec![("path", path.clone()), ("reason", reason.clone())]
            }
            Error::Reload { pid, reason } => {
                vec![("pid", pid.to_string()), ("reason", reason.clone())]
            }
            Error::NoNumber { site } | Error::NoEmergency { site } => {
                vec![("site", site.clone())]
            }
            Error::Import {
                file,
                line,
                problem,
                value,
                other,
                holder,
            } => vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("problem", problem.to_string()),
                ("value", value.clone()),
                ("other", other.to_string()),
                ("holder", holder.clone()),
            ],
            Error::NoRollCall { site, id } => vec![
                ("site", site.clone()),
                ("id", id.clone()),
                // The message's selector: a named roll call, or the newest.
                ("which", if id.is_empty() { "newest" } else { "id" }.into()),
            ],
            Error::UnknownBadge { site, uid } => {
                vec![("site", site.clone()), ("uid", uid.clone())]
            }
            Error::Policy { problem, value } | Error::Emergency { problem, value } => {
                vec![("problem", problem.to_string()), ("value", value.clone())]
            }
            // Said through the tablet's own messages (`cli::error_text`).
            Error::Config(e) => vec![(
                "file",
                e.file
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            )],
            Error::ConfigFleet { file } => vec![("file", file.clone())],
            Error::StaffExists { site, name } | Error::UnknownStaff { site, name } => {
                vec![("site", site.clone()), ("name", name.clone())]
            }
            Error::StaffName { value } => vec![("value", value.clone())],
            // Said through the tablet's own messages (`cli::error_text`).
            Error::Pin(_) => Vec::new(),
            Error::Sql(e) => vec![("reason", e.to_string())],
            Error::Migrate(e) => vec![("reason", e.to_string())],
        }
    }
}

/// A database or server address without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

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
    #[error("reload pid {pid}: {reason}")]
    Reload { pid: u32, reason: String },
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
            Error::Reload { .. } => "reload",
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
            Error::File { path, reason } => {
                vec![("path", path.clone()), ("reason", reason.clone())]
            }
            Error::Reload { pid, reason } => {
                vec![("pid", pid.to_string()), ("reason", reason.clone())]
            }
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

//! The one error type of the domain. Every case has a stable [`ErrorCode`]; the UI shows the
//! Fluent message `error-<code>` with the payload's arguments, never the Rust text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// A stable, user-facing error code. Renaming a variant is a breaking change: the UI and the
/// translations key on it (`error-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// Something failed inside Lobby; details are in the log only.
    Internal,
    /// A staff-only command was called without a valid staff session.
    StaffSessionRequired,
    /// Wrong PIN or wrong second-factor code (we do not say which).
    SignInFailed,
    /// Too many wrong attempts: sign-in is locked for a while.
    SignInLocked,
    /// The PIN does not follow the rules (6 to 12 digits).
    PinInvalid,
    /// The second-factor code is not 6 digits.
    CodeInvalid,
    /// A staff member with this name exists already.
    StaffExists,
    /// No staff member with this name.
    StaffNotFound,
    /// The staff name is empty or too long.
    StaffNameInvalid,
}

impl ErrorCode {
    /// Every code, for the check that each has a translated message.
    pub const ALL: [ErrorCode; 9] = [
        ErrorCode::Internal,
        ErrorCode::StaffSessionRequired,
        ErrorCode::SignInFailed,
        ErrorCode::SignInLocked,
        ErrorCode::PinInvalid,
        ErrorCode::CodeInvalid,
        ErrorCode::StaffExists,
        ErrorCode::StaffNotFound,
        ErrorCode::StaffNameInvalid,
    ];

    /// The code as the UI and the translations spell it, e.g. `sign-in-locked`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Internal => "internal",
            ErrorCode::StaffSessionRequired => "staff-session-required",
            ErrorCode::SignInFailed => "sign-in-failed",
            ErrorCode::SignInLocked => "sign-in-locked",
            ErrorCode::PinInvalid => "pin-invalid",
            ErrorCode::CodeInvalid => "code-invalid",
            ErrorCode::StaffExists => "staff-exists",
            ErrorCode::StaffNotFound => "staff-not-found",
            ErrorCode::StaffNameInvalid => "staff-name-invalid",
        }
    }

    /// The Fluent message that explains this error to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// What crosses the IPC boundary when a command fails: a code and the arguments of its
/// message. Internal causes are logged, never sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    /// Arguments for the Fluent message (numbers are sent as numbers).
    #[ts(type = "Record<string, string | number>")]
    pub args: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
    #[error("a staff session is required")]
    StaffSessionRequired,
    #[error("sign-in failed, {remaining} tries before the lock")]
    SignInFailed { remaining: u32 },
    #[error("sign-in locked for {retry_after_secs} s")]
    SignInLocked { retry_after_secs: u64 },
    #[error("the PIN must be 6 to 12 digits")]
    PinInvalid,
    #[error("the code must be 6 digits")]
    CodeInvalid,
    #[error("staff member {0:?} exists already")]
    StaffExists(String),
    #[error("no staff member named {0:?}")]
    StaffNotFound(String),
    #[error("a staff name must be 1 to 80 characters")]
    StaffNameInvalid,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Database(_) | Error::Migration(_) | Error::Io(_) | Error::Internal(_) => {
                ErrorCode::Internal
            }
            Error::StaffSessionRequired => ErrorCode::StaffSessionRequired,
            Error::SignInFailed { .. } => ErrorCode::SignInFailed,
            Error::SignInLocked { .. } => ErrorCode::SignInLocked,
            Error::PinInvalid => ErrorCode::PinInvalid,
            Error::CodeInvalid => ErrorCode::CodeInvalid,
            Error::StaffExists(_) => ErrorCode::StaffExists,
            Error::StaffNotFound(_) => ErrorCode::StaffNotFound,
            Error::StaffNameInvalid => ErrorCode::StaffNameInvalid,
        }
    }

    /// The payload for the UI. Names given by an operator are passed back as arguments
    /// (they are the operator's own input); internal causes never are.
    pub fn payload(&self) -> ErrorPayload {
        let mut args = BTreeMap::new();
        match self {
            Error::SignInFailed { remaining } => {
                args.insert("remaining".into(), (*remaining).into());
            }
            Error::SignInLocked { retry_after_secs } => {
                args.insert("seconds".into(), (*retry_after_secs).into());
            }
            Error::StaffExists(name) | Error::StaffNotFound(name) => {
                args.insert("name".into(), name.clone().into());
            }
            _ => {}
        }
        ErrorPayload {
            code: self.code(),
            args,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

//! The IPC commands: each takes the state and a request, calls one `lobby-core` function and
//! maps its error to a code the UI translates.

pub mod badges;
pub mod invitations;
pub mod kiosk;
pub mod names;
pub mod policies;
pub mod printing;
pub mod safety;
pub mod staff;
pub mod visits;
pub mod wifi;

use lobby_core::{ErrorCode, ErrorPayload};
use serde::Serialize;

/// A failed command as the webview receives it: `{ code, args }`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CommandError(ErrorPayload);

impl From<lobby_core::Error> for CommandError {
    fn from(e: lobby_core::Error) -> Self {
        if e.code() == ErrorCode::Internal {
            // The cause goes to the log; the screen gets only the code.
            tracing::error!(error = %e, "command failed");
        }
        CommandError(e.payload())
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

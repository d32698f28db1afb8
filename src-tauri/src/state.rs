//! What the commands share: the store, the validated configuration, the clock and the staff
//! session. The session is checked here, in Rust, for every privileged command.

use lobby_core::members::Directory;
use lobby_core::staff::{self, Expired, SessionSlot, StaffIdentity};
use lobby_core::{Clock, Config, Error, Store};
use std::sync::Arc;

pub struct AppState {
    pub store: Store,
    pub config: Config,
    pub clock: Arc<dyn Clock>,
    pub session: SessionSlot,
    /// Active members for the host typeahead, reloaded when the member list changes.
    pub directory: tokio::sync::Mutex<Directory>,
}

impl AppState {
    pub fn new(store: Store, config: Config, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            config,
            clock,
            session: SessionSlot::default(),
            directory: Default::default(),
        }
    }

    /// The signed-in staff member, or `staff-session-required`. An idle session is ended and
    /// its end audited.
    pub async fn require_staff(&self) -> Result<StaffIdentity, Error> {
        let now = self.clock.now();
        match self.session.require(now) {
            Ok(who) => Ok(who),
            Err(Some(Expired(who))) => {
                staff::record_sign_out(&self.store, now, who.id, "idle").await?;
                Err(Error::StaffSessionRequired)
            }
            Err(None) => {
                tracing::warn!("staff-only command refused: no staff session");
                Err(Error::StaffSessionRequired)
            }
        }
    }
}

//! What the commands share: the store, the validated configuration, the clock and the staff
//! session. The session is checked here, in Rust, for every privileged command.

use lobby_core::emergency::Emergency;
use lobby_core::members::{Directory, IdentifiedSlot};
use lobby_core::policies::receipt;
use lobby_core::staff::{self, Expired, SessionSlot, StaffIdentity};
use lobby_core::{Clock, Config, Error, Store};
use std::sync::Arc;

/// The staff session slot; debug builds take `LOBBY_TEST_STAFF_IDLE_SECONDS` so end-to-end
/// tests can see a session expire without waiting two minutes.
fn session_slot() -> SessionSlot {
    if cfg!(debug_assertions) {
        if let Some(secs) = std::env::var("LOBBY_TEST_STAFF_IDLE_SECONDS")
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
        {
            tracing::warn!(secs, "test staff idle time in use");
            return SessionSlot::with_idle(chrono::Duration::seconds(secs));
        }
    }
    SessionSlot::default()
}

pub struct AppState {
    pub store: Store,
    pub config: Config,
    pub clock: Arc<dyn Clock>,
    pub session: SessionSlot,
    /// The member the kiosk is serving, if any.
    pub member: IdentifiedSlot,
    /// Badge taps on their way to the screen.
    pub badges: crate::badges::BadgeDesk,
    /// Active members for the host typeahead, reloaded when the member list changes.
    pub directory: tokio::sync::Mutex<Directory>,
    /// Wrong self check-out tries (codes and names) at this kiosk.
    pub checkout_guard: std::sync::Mutex<lobby_core::visits::checkout::CheckoutGuard>,
    /// One Wi-Fi sync at a time (FreeRADIUS, hostapd).
    wifi_sync: Arc<tokio::sync::Mutex<()>>,
    /// Emergency mode as the database has it; the screen waits on changes.
    pub emergency: tokio::sync::watch::Sender<Option<Emergency>>,
    /// Wrong invitation codes typed or scanned at this kiosk.
    pub invitation_guard: std::sync::Mutex<lobby_core::visits::checkout::CheckoutGuard>,
    /// Wakes the sender of messages to hosts when a check-in queued one.
    pub outbox: Arc<tokio::sync::Notify>,
    /// Wakes the badge printer task when a check-in or a reprint queued a badge.
    pub printer: Arc<tokio::sync::Notify>,
    /// The fleet tasks: woken when a check-in wrote changes to send; the site as last heard.
    pub fleet: lobby_core::fleet::Links,
    /// The page's heartbeats and the screen's recent deaths (see `recovery`).
    pub screen: crate::recovery::Watch,
}

impl AppState {
    pub fn new(store: Store, config: Config, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            config,
            clock,
            session: session_slot(),
            member: IdentifiedSlot::default(),
            badges: Default::default(),
            directory: Default::default(),
            checkout_guard: Default::default(),
            wifi_sync: Default::default(),
            emergency: tokio::sync::watch::Sender::new(None),
            invitation_guard: Default::default(),
            outbox: Default::default(),
            printer: Default::default(),
            fleet: Default::default(),
            screen: Default::default(),
        }
    }

    /// Publishes emergency mode to the screen when it differs from what was published.
    pub fn emergency_changed(&self, now: Option<Emergency>) {
        self.emergency.send_if_modified(|e| {
            let changed = *e != now;
            if changed {
                tracing::warn!(emergency = ?now.as_ref().map(|e| (e.id, e.kind)), "emergency mode changed");
                *e = now;
            }
            changed
        });
    }

    /// Reads emergency mode from the database: at start, and often after, because the command
    /// line (a fire panel, another system) starts and ends it from another process.
    pub async fn poll_emergency(&self) -> Result<(), Error> {
        let mut conn = self.store.conn().await?;
        let now = lobby_core::emergency::current(&mut conn).await?;
        drop(conn);
        self.emergency_changed(now);
        Ok(())
    }

    /// The kiosk's guard against guessed check-out codes and names.
    pub fn checkout_tries(
        &self,
    ) -> std::sync::MutexGuard<'_, lobby_core::visits::checkout::CheckoutGuard> {
        self.checkout_guard
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Brings the Wi-Fi equipment in line with the database, in the background: a visitor
    /// never waits for it, and a failure is recorded, shown to staff and retried by the timer.
    pub fn sync_wifi(&self) {
        if self.config.wifi.freeradius.is_none() && self.config.wifi.hostapd.is_none() {
            return;
        }
        let (store, config, lock) = (
            self.store.clone(),
            self.config.clone(),
            self.wifi_sync.clone(),
        );
        let now = self.clock.now();
        tauri::async_runtime::spawn(async move {
            let _one = lock.lock().await;
            if let Err(e) = lobby_core::wifi::backends::sync(&store, now, &config).await {
                tracing::error!(error = %e, "Wi-Fi sync failed");
            }
        });
    }

    /// Takes a backup when one is due (on the schedule of `[backup]`). A failure is recorded
    /// and shown to staff; it is tried again an hour later.
    pub async fn backup_if_due(&self) -> Result<(), Error> {
        let now = self.clock.now();
        if lobby_core::backup::due(&self.store, &self.config, now).await? {
            let actor = lobby_core::audit::Actor::System;
            match lobby_core::backup::backup_now(&self.store, &self.config, now, actor).await {
                Ok(made) => tracing::info!(path = %made.path.display(), "backup taken"),
                Err(e) => tracing::error!(error = %e, "backup failed"),
            }
        }
        Ok(())
    }

    /// The timer's Wi-Fi work: sweep, then sync when something changed or is due.
    pub async fn wifi_housekeeping(&self) -> Result<(), Error> {
        let now = self.clock.now();
        let swept = lobby_core::wifi::passes::sweep(&self.store, now, &self.config).await?;
        if swept.changed() {
            tracing::info!(?swept, "Wi-Fi passes swept");
        }
        if swept.changed()
            || lobby_core::wifi::backends::due(&self.store, &self.config, now).await?
        {
            let _one = self.wifi_sync.lock().await;
            lobby_core::wifi::backends::sync(&self.store, now, &self.config).await?;
        }
        Ok(())
    }

    /// Writes the PDF receipt of an acceptance to `receipts/` in the data folder, in the
    /// background: the signer never waits for it, and a failure is logged (the acceptance is
    /// saved either way and `lobby policy receipt` can write it again).
    pub fn save_receipt(&self, acceptance_id: i64) {
        let store = self.store.clone();
        let config = self.config.clone();
        tauri::async_runtime::spawn(async move {
            let result = async {
                let pdf = {
                    let mut conn = store.conn().await?;
                    receipt::for_acceptance(&mut conn, &config, acceptance_id).await?
                };
                let dir = receipt::folder(&store);
                // Signed receipts hold a name and a signature: private, like the database.
                lobby_core::private::create_dir(&dir)?;
                lobby_core::private::write(&dir.join(receipt::file_name(acceptance_id)), &pdf)?;
                Ok::<_, Error>(())
            };
            if let Err(e) = result.await {
                tracing::error!(error = %e, acceptance_id, "receipt not written");
            }
        });
    }

    /// Ends, between commands, the session of an account disabled since it signed in (the
    /// housekeeping timer calls this, so the staff screen closes without waiting for a tap).
    pub async fn end_session_if_disabled(&self) -> Result<(), Error> {
        self.hold_session_in_emergencies().await?;
        let now = self.clock.now();
        let Some(who) = self.session.current(now) else {
            return Ok(());
        };
        if !staff::accounts::is_active(&self.store, who.id).await? && self.session.end().is_some() {
            staff::record_sign_out(&self.store, now, who.id, "disabled").await?;
            tracing::warn!("staff session ended: the account was disabled");
        }
        Ok(())
    }

    /// While emergency mode is on or a roll call is open, the staff session does not end for
    /// sitting idle (checked at each staff command and by the housekeeping timer).
    async fn hold_session_in_emergencies(&self) -> Result<(), Error> {
        let held = staff::session_held(&mut *self.store.conn().await?).await?;
        self.session.hold(held);
        Ok(())
    }

    /// The signed-in staff member, or `staff-session-required`. An idle session, or one whose
    /// account was disabled since (`lobby staff disable`, another process), is ended and its
    /// end audited.
    pub async fn require_staff(&self) -> Result<StaffIdentity, Error> {
        let now = self.clock.now();
        self.hold_session_in_emergencies().await?;
        match self.session.require(now) {
            Ok(who) if staff::accounts::is_active(&self.store, who.id).await? => Ok(who),
            Ok(who) => {
                self.session.end();
                staff::record_sign_out(&self.store, now, who.id, "disabled").await?;
                tracing::warn!("staff-only command refused: the account was disabled");
                Err(Error::StaffSessionRequired)
            }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use lobby_core::audit::Actor;
    use lobby_core::staff::accounts;

    /// Regression (issue 22): `lobby staff disable` ran in another process while the staff
    /// member was signed in at the kiosk, and the session went on until it sat idle.
    #[tokio::test]
    async fn a_session_ends_at_the_next_command_once_its_account_is_disabled() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let clock: Arc<dyn Clock> = Arc::new(lobby_core::SystemClock);
        let who = staff::add(
            &store,
            clock.as_ref(),
            "Lobby",
            "Dana",
            "582047",
            Actor::Cli,
        )
        .await
        .unwrap()
        .identity;
        let state = AppState::new(store.clone(), Config::demo(), clock.clone());
        state.session.start(who.clone(), clock.now());
        assert_eq!(state.require_staff().await.unwrap(), who);
        accounts::set_active(&store, clock.now(), "Dana", false, Actor::Cli)
            .await
            .unwrap();
        assert!(matches!(
            state.require_staff().await,
            Err(Error::StaffSessionRequired)
        ));
        assert!(state.session.current(clock.now()).is_none());
        // Enabled again, the account must sign in anew.
        accounts::set_active(&store, clock.now(), "Dana", true, Actor::Cli)
            .await
            .unwrap();
        assert!(state.require_staff().await.is_err());
        let mut conn = store.conn().await.unwrap();
        let last = lobby_core::audit::recent(&mut conn, 5).await.unwrap();
        assert!(
            last.iter()
                .any(|e| e.action == "staff-sign-out" && e.details.contains("disabled")),
            "{last:?}"
        );
    }

    #[tokio::test]
    async fn housekeeping_ends_a_disabled_accounts_session_without_a_command() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let clock: Arc<dyn Clock> = Arc::new(lobby_core::SystemClock);
        let who = staff::add(&store, clock.as_ref(), "Lobby", "Eli", "917364", Actor::Cli)
            .await
            .unwrap()
            .identity;
        let state = AppState::new(store.clone(), Config::demo(), clock.clone());
        state.session.start(who, clock.now());
        state.end_session_if_disabled().await.unwrap();
        assert!(state.session.current(clock.now()).is_some(), "still active");
        accounts::set_active(&store, clock.now(), "Eli", false, Actor::Cli)
            .await
            .unwrap();
        state.end_session_if_disabled().await.unwrap();
        assert!(state.session.current(clock.now()).is_none());
    }
}

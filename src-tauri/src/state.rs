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
    /// One Wi-Fi sync at a time (FreeRADIUS, hostapd).
    wifi_sync: Arc<tokio::sync::Mutex<()>>,
    /// Emergency mode as the database has it; the screen waits on changes.
    pub emergency: tokio::sync::watch::Sender<Option<Emergency>>,
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
            wifi_sync: Default::default(),
            emergency: tokio::sync::watch::Sender::new(None),
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
                tokio::fs::create_dir_all(&dir).await?;
                tokio::fs::write(dir.join(receipt::file_name(acceptance_id)), pdf).await?;
                Ok::<_, Error>(())
            };
            if let Err(e) = result.await {
                tracing::error!(error = %e, acceptance_id, "receipt not written");
            }
        });
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

//! Badge taps, from the reader's thread (or a keyboard-wedge reader) to the screen. What a tap
//! means is decided in lobby-core (`badges::tap::decide`): here the reader is read, the
//! screen's state given, and the answer applied and shown. While staff enroll, the card read
//! is kept here for them. The web view never sees a full UID: it learns the masked one, and
//! enrollment uses the card kept here, which only the reader can put there.

use crate::AppState;
use lobby_core::badges::tap::{self, Decision, Screen, TapSource};
use lobby_core::badges::{BadgeUpdate, Refusal, Tapped};
use lobby_core::policies;
use lobby_core::reader::{BadgeSource, CardType, ReaderEvent, Uid, Watching};
use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::mpsc;

/// How long a tapped staff badge waits for its PIN.
const STAFF_BADGE_FOR: std::time::Duration = std::time::Duration::from_secs(60);

pub struct BadgeDesk {
    updates: mpsc::UnboundedSender<BadgeUpdate>,
    pending: tokio::sync::Mutex<mpsc::UnboundedReceiver<BadgeUpdate>>,
    /// Staff asked for the next card to be read for enrollment.
    enrolling: Mutex<bool>,
    /// The card read for enrollment.
    card: Mutex<Option<(Uid, CardType)>>,
    readers: Mutex<Vec<String>>,
    /// A staff badge tapped for sign-in, and when.
    staff_badge: Mutex<Option<(Uid, std::time::Instant)>>,
    watching: Mutex<Option<Box<dyn Watching>>>,
}

impl Default for BadgeDesk {
    fn default() -> Self {
        let (updates, pending) = mpsc::unbounded_channel();
        Self {
            updates,
            pending: tokio::sync::Mutex::new(pending),
            enrolling: Mutex::new(false),
            card: Mutex::new(None),
            readers: Mutex::new(Vec::new()),
            staff_badge: Mutex::new(None),
            watching: Mutex::new(None),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl BadgeDesk {
    /// The next update for the screen, waiting up to `wait`.
    pub async fn next(&self, wait: std::time::Duration) -> Option<BadgeUpdate> {
        let mut pending = self.pending.lock().await;
        tokio::time::timeout(wait, pending.recv())
            .await
            .ok()
            .flatten()
    }

    pub fn set_enrolling(&self, on: bool) {
        *lock(&self.enrolling) = on;
        if !on {
            *lock(&self.card) = None;
        }
    }

    /// The card read for enrollment, taken (it is used once).
    pub fn take_card(&self) -> Option<(Uid, CardType)> {
        lock(&self.card).take()
    }

    /// The staff badge tapped in the last minute, taken (it counts for one sign-in).
    pub fn take_staff_badge(&self) -> Option<Uid> {
        lock(&self.staff_badge)
            .take()
            .filter(|(_, at)| at.elapsed() < STAFF_BADGE_FOR)
            .map(|(uid, _)| uid)
    }

    /// After using the card taken with [`BadgeDesk::take_card`]: done reading when it worked;
    /// otherwise the card is kept for another try (e.g. with the reassignment confirmed).
    pub fn settle(&self, uid: Uid, card: CardType, worked: bool) {
        if worked {
            self.set_enrolling(false);
        } else {
            *lock(&self.card) = Some((uid, card));
        }
    }

    pub fn readers(&self) -> Vec<String> {
        lock(&self.readers).clone()
    }

    pub fn stop(&self) {
        if let Some(w) = lock(&self.watching).take() {
            w.stop();
        }
    }
}

/// Starts a badge source; its events are handled on the async runtime.
pub fn start<R: Runtime>(app: &AppHandle<R>, source: &dyn BadgeSource) {
    let (tx, mut rx) = mpsc::unbounded_channel::<ReaderEvent>();
    let watching = source.start(Box::new(move |ev| {
        let _ = tx.send(ev);
    }));
    let state = app.state::<AppState>();
    *lock(&state.badges.watching) = Some(watching);
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while let Some(ev) = rx.recv().await {
            let state = app.state::<AppState>();
            if let Err(e) = handle(&state, ev, TapSource::Reader).await {
                tracing::error!(error = %e, "badge tap not handled");
            }
        }
    });
}

/// One event from a reader (`TapSource::Reader`) or the keyboard (`TapSource::Keyboard`).
pub async fn handle(
    state: &AppState,
    event: ReaderEvent,
    source: TapSource,
) -> Result<(), lobby_core::Error> {
    let desk = &state.badges;
    let update = match event {
        ReaderEvent::Readers(names) => {
            tracing::info!(readers = ?names, "badge readers");
            *lock(&desk.readers) = names;
            return Ok(());
        }
        ReaderEvent::ServiceDown => {
            tracing::warn!("the card service (pcscd) is not reachable; retrying");
            lock(&desk.readers).clear();
            return Ok(());
        }
        ReaderEvent::ReadFailed { reader, error } => {
            tracing::warn!(%reader, %error, "card not read");
            BadgeUpdate::Refused {
                reason: Refusal::Unreadable,
            }
        }
        ReaderEvent::Tap { uid, card, .. } => {
            let now = state.clock.now();
            let screen = Screen {
                enrolling: *lock(&desk.enrolling) && state.session.current(now).is_some(),
            };
            match tap::decide(&state.store, now, &state.config, screen, &uid, card, source).await? {
                Decision::Enroll(read) => {
                    *lock(&desk.card) = Some((uid, card));
                    BadgeUpdate::CardRead { card: read }
                }
                Decision::StaffBadge => {
                    *lock(&desk.staff_badge) = Some((uid, std::time::Instant::now()));
                    BadgeUpdate::StaffBadge
                }
                Decision::Member(tapped) => member_update(state, now, tapped).await?,
                Decision::Refused(reason) => {
                    tracing::info!(?reason, "tap refused");
                    BadgeUpdate::Refused { reason }
                }
            }
        }
    };
    let _ = desk.updates.send(update);
    Ok(())
}

/// What the screen is told after a member's tap.
async fn member_update(
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
    tapped: Tapped,
) -> Result<BadgeUpdate, lobby_core::Error> {
    Ok(match tapped {
        Tapped::Member {
            member_id,
            first_today,
        } => {
            state.member.start(&member_id, now);
            let lang = state.config.languages.first().cloned().unwrap_or_default();
            let greeting = policies::for_member(
                &mut *state.store.conn().await?,
                &state.config,
                &member_id,
                &lang,
            )
            .await?;
            BadgeUpdate::Member {
                greeting,
                first_today,
            }
        }
        Tapped::Unknown => BadgeUpdate::Refused {
            reason: Refusal::Unknown,
        },
        Tapped::Revoked => BadgeUpdate::Refused {
            reason: Refusal::Revoked,
        },
        Tapped::Suspended => BadgeUpdate::Refused {
            reason: Refusal::Suspended,
        },
        Tapped::OutsideDates => BadgeUpdate::Refused {
            reason: Refusal::OutsideDates,
        },
    })
}

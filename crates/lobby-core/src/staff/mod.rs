//! Staff accounts and sign-in at the kiosk: a PIN (argon2id) plus a second factor (TOTP).
//! Five wrong tries in a row lock sign-in for a delay that doubles with every further wrong
//! try; the lock is kept in the database so restarting the app does not lift it. Every attempt
//! is audited. A signed-in session ends after two minutes without a staff action.

pub mod accounts;
pub mod pin;
pub mod totp;

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use std::sync::Mutex;
use ts_rs::TS;

/// Wrong tries allowed before sign-in locks.
pub const MAX_FAILURES: u32 = 5;
/// The first lock; each further wrong try doubles it, up to [`MAX_LOCK`].
pub const FIRST_LOCK: Duration = Duration::seconds(30);
pub const MAX_LOCK: Duration = Duration::hours(1);
/// A staff session ends after this long without a staff action.
pub const SESSION_IDLE: Duration = Duration::minutes(2);

/// A staff member as the UI may see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffIdentity {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
}

/// What `lobby staff add` prints: the account and how to set up the authenticator app.
#[derive(Debug, Clone)]
pub struct NewStaff {
    pub identity: StaffIdentity,
    pub secret: Vec<u8>,
    pub provisioning_uri: String,
}

/// The staff sign-in form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SignInRequest {
    pub pin: String,
    pub code: String,
}

fn validate_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
        return Err(Error::StaffNameInvalid);
    }
    Ok(name.to_string())
}

/// Creates a staff account with a fresh TOTP secret. The PIN must not be one anyone would try
/// first ([`pin::weakness`]) nor one another active staff member has.
pub async fn add(
    store: &Store,
    clock: &dyn Clock,
    issuer: &str,
    name: &str,
    pin: &str,
    actor: Actor,
) -> Result<NewStaff> {
    let name = validate_name(name)?;
    pin::validate_new(pin)?;
    // A taken name is said first: it is the cheaper check, and says nothing about PINs.
    let taken: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM staff WHERE name = ?)")
        .bind(&name)
        .fetch_one(store.pool())
        .await?;
    if taken {
        return Err(Error::StaffExists(name));
    }
    accounts::refuse_pin_in_use(store, pin, None).await?;
    insert(
        store,
        clock.now(),
        issuer,
        &name,
        pin,
        totp::new_secret(),
        actor,
    )
    .await
}

/// Creates the account with the given secret and without the rules for a new PIN: only the
/// demo site's published account comes this way.
pub(crate) async fn insert(
    store: &Store,
    now: DateTime<Utc>,
    issuer: &str,
    name: &str,
    pin: &str,
    secret: Vec<u8>,
    actor: Actor,
) -> Result<NewStaff> {
    let name = validate_name(name)?;
    let pin_hash = pin::hash(pin)?;
    let mut tx = store.begin_write().await?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM staff WHERE name = ?")
        .bind(&name)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_some() {
        return Err(Error::StaffExists(name));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO staff (name, pin_hash, totp_secret, created_at) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(&name)
    .bind(&pin_hash)
    .bind(&secret)
    .bind(now.to_rfc3339())
    .fetch_one(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "staff-add",
            subject: Some(format!("staff:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    let provisioning_uri = totp::provisioning_uri(issuer, &name, &secret);
    Ok(NewStaff {
        identity: StaffIdentity { id, name },
        secret,
        provisioning_uri,
    })
}

/// The current lock, if sign-in is locked at `now`.
pub async fn locked_for(store: &Store, now: DateTime<Utc>) -> Result<Option<Duration>> {
    let until: Option<String> =
        sqlx::query_scalar("SELECT locked_until FROM signin_throttle WHERE id = 1")
            .fetch_one(store.pool())
            .await?;
    Ok(until
        .and_then(|u| DateTime::parse_from_rfc3339(&u).ok())
        .map(|u| u.with_timezone(&Utc) - now)
        .filter(|left| *left > Duration::zero()))
}

/// The lock after `failures` consecutive wrong tries, if any.
pub fn lock_after(failures: u32) -> Option<Duration> {
    if failures < MAX_FAILURES {
        return None;
    }
    let doublings = (failures - MAX_FAILURES).min(16);
    Some((FIRST_LOCK * 2i32.pow(doublings)).min(MAX_LOCK))
}

fn whole_seconds_up(d: Duration) -> u64 {
    let ms = d.num_milliseconds().max(0) as u64;
    ms.div_ceil(1000)
}

/// Checks a PIN and code against every active staff account. On success the failure count is
/// reset and the code's time step is remembered, so the same code cannot be used twice.
pub async fn sign_in(
    store: &Store,
    clock: &dyn Clock,
    request: &SignInRequest,
) -> Result<StaffIdentity> {
    sign_in_with(store, clock, request, None).await
}

/// Signs in with the PIN and, instead of the authenticator code, the staff member's badge
/// that was just tapped (`badge`). The same lock and audit apply.
pub async fn sign_in_with(
    store: &Store,
    clock: &dyn Clock,
    request: &SignInRequest,
    badge: Option<&crate::reader::Uid>,
) -> Result<StaffIdentity> {
    let now = clock.now();
    let mut tx = store.begin_write().await?;
    let row = sqlx::query("SELECT failures, locked_until FROM signin_throttle WHERE id = 1")
        .fetch_one(&mut *tx)
        .await?;
    let failures: i64 = row.get(0);
    let locked_until: Option<String> = row.get(1);
    if let Some(until) = locked_until.and_then(|u| DateTime::parse_from_rfc3339(&u).ok()) {
        let left = until.with_timezone(&Utc) - now;
        if left > Duration::zero() {
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "staff-sign-in",
                    subject: None,
                    details: json!({ "result": "locked" }),
                },
            )
            .await?;
            tx.commit().await?;
            return Err(Error::SignInLocked {
                retry_after_secs: whole_seconds_up(left),
            });
        }
    }

    // Malformed input counts as a wrong try: the lock must not be bypassed by typos.
    let well_formed = pin::validate(&request.pin).is_ok()
        && (badge.is_some()
            || (request.code.len() == totp::DIGITS as usize
                && request.code.bytes().all(|b| b.is_ascii_digit())));
    let mut matched: Option<(StaffIdentity, i64)> = None;
    let mut reused_code = false;
    if well_formed {
        let staff = sqlx::query(
            "SELECT id, name, pin_hash, totp_secret, totp_last_step FROM staff WHERE active = 1 ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await?;
        for s in staff {
            let pin_hash: String = s.get(2);
            if !pin::matches(&request.pin, &pin_hash) {
                continue;
            }
            let secret: Vec<u8> = s.get(3);
            let last_step: i64 = s.get(4);
            if let Some(uid) = badge {
                let holds: bool = sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM staff_badges
                       WHERE staff_id = ? AND uid = ? AND revoked_at IS NULL)",
                )
                .bind(s.get::<i64, _>(0))
                .bind(uid.hex())
                .fetch_one(&mut *tx)
                .await?;
                if holds {
                    matched = Some((
                        StaffIdentity {
                            id: s.get(0),
                            name: s.get(1),
                        },
                        last_step,
                    ));
                    break;
                }
                continue;
            }
            if let Some(step) = totp::matching_step(&secret, &request.code, now.timestamp()) {
                if step > last_step {
                    matched = Some((
                        StaffIdentity {
                            id: s.get(0),
                            name: s.get(1),
                        },
                        step,
                    ));
                    break;
                }
                reused_code = true;
            }
        }
    }

    match matched {
        Some((identity, step)) => {
            sqlx::query("UPDATE staff SET totp_last_step = ? WHERE id = ?")
                .bind(step)
                .bind(identity.id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE signin_throttle SET failures = 0, locked_until = NULL WHERE id = 1",
            )
            .execute(&mut *tx)
            .await?;
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor: Actor::Staff(identity.id),
                    action: "staff-sign-in",
                    subject: Some(format!("staff:{}", identity.id)),
                    details: json!({
                        "result": "ok",
                        "factor": if badge.is_some() { "badge" } else { "code" },
                    }),
                },
            )
            .await?;
            tx.commit().await?;
            Ok(identity)
        }
        None => {
            let failures = (failures.max(0) as u32).saturating_add(1);
            let lock = lock_after(failures);
            let locked_until = lock.map(|l| (now + l).to_rfc3339());
            sqlx::query("UPDATE signin_throttle SET failures = ?, locked_until = ? WHERE id = 1")
                .bind(failures as i64)
                .bind(&locked_until)
                .execute(&mut *tx)
                .await?;
            let reason = if !well_formed {
                "malformed"
            } else if reused_code {
                "code-reused"
            } else {
                "wrong-pin-or-code"
            };
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "staff-sign-in",
                    subject: None,
                    details: json!({ "result": reason, "failures": failures }),
                },
            )
            .await?;
            tx.commit().await?;
            match lock {
                Some(l) => Err(Error::SignInLocked {
                    retry_after_secs: whole_seconds_up(l),
                }),
                None => Err(Error::SignInFailed {
                    remaining: MAX_FAILURES - failures,
                }),
            }
        }
    }
}

/// Records that a session ended (signed out, or timed out).
pub async fn record_sign_out(
    store: &Store,
    at: DateTime<Utc>,
    staff_id: i64,
    reason: &str,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        at,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "staff-sign-out",
            subject: Some(format!("staff:{staff_id}")),
            details: json!({ "reason": reason }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn count_active(store: &Store) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE active = 1")
            .fetch_one(store.pool())
            .await?,
    )
}

/// A signed-in staff member on this kiosk.
#[derive(Debug, Clone)]
struct Session {
    identity: StaffIdentity,
    last_action: DateTime<Utc>,
}

/// The kiosk's one staff session, held in app state. Every privileged command goes through
/// [`SessionSlot::require`]; what the UI shows or hides is never trusted.
#[derive(Debug)]
pub struct SessionSlot {
    session: Mutex<Option<Session>>,
    idle: Duration,
    /// Emergency mode is on or a roll call is open (see [`session_held`]): the session does
    /// not end for sitting idle, so staff at the assembly point are never signed out mid-count.
    held: std::sync::atomic::AtomicBool,
}

/// Whether staff sessions are held open now: emergency mode is on or a roll call is open.
pub async fn session_held(conn: &mut sqlx::SqliteConnection) -> Result<bool> {
    Ok(crate::emergency::current(conn).await?.is_some()
        || crate::visits::rollcall::current(conn).await?.is_some())
}

impl Default for SessionSlot {
    fn default() -> Self {
        Self::with_idle(SESSION_IDLE)
    }
}

/// A session that ended because it sat idle, to be audited by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expired(pub StaffIdentity);

impl SessionSlot {
    /// A slot whose sessions end after `idle` without activity (tests use a short one).
    pub fn with_idle(idle: Duration) -> Self {
        Self {
            session: Mutex::new(None),
            idle,
            held: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Holds the session open (or lets it end when idle again), from [`session_held`].
    pub fn hold(&self, held: bool) {
        self.held.store(held, std::sync::atomic::Ordering::Relaxed);
    }

    fn live(&self, s: &Session, now: DateTime<Utc>) -> bool {
        self.held.load(std::sync::atomic::Ordering::Relaxed) || now - s.last_action < self.idle
    }

    pub fn start(&self, identity: StaffIdentity, now: DateTime<Utc>) {
        *self.lock() = Some(Session {
            identity,
            last_action: now,
        });
    }

    /// The signed-in staff member, if the session is still live; counts as activity.
    /// An idle session is cleared and returned as [`Expired`] in the error's place.
    pub fn require(
        &self,
        now: DateTime<Utc>,
    ) -> std::result::Result<StaffIdentity, Option<Expired>> {
        let mut slot = self.lock();
        match slot.as_mut() {
            Some(s) if self.live(s, now) => {
                s.last_action = now;
                Ok(s.identity.clone())
            }
            Some(_) => Err(slot.take().map(|s| Expired(s.identity))),
            None => Err(None),
        }
    }

    /// Who is signed in, without counting as activity.
    pub fn current(&self, now: DateTime<Utc>) -> Option<StaffIdentity> {
        self.lock()
            .as_ref()
            .filter(|s| self.live(s, now))
            .map(|s| s.identity.clone())
    }

    pub fn end(&self) -> Option<StaffIdentity> {
        self.lock().take().map(|s| s.identity)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Session>> {
        self.session.lock().unwrap_or_else(|e| e.into_inner())
    }
}

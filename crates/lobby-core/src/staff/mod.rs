//! Staff accounts and sign-in at the kiosk: a staff member picks their name (or taps their
//! staff badge), then gives a PIN (argon2id) and a second factor (TOTP, or the badge). Five
//! wrong tries in a row make that staff member's sign-in wait, 15 s doubling up to a minute;
//! the wait is kept in the database so restarting the app does not lift it, and
//! `lobby staff unlock` does. Other staff members are never kept out. Every attempt is
//! audited. A signed-in session ends after two minutes without a staff action.

pub mod accounts;
pub mod pin;
pub mod totp;

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::keys::{self, Purpose};
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use std::sync::Mutex;
use ts_rs::TS;

/// Wrong tries allowed for one staff member before their sign-in waits.
pub const MAX_FAILURES: u32 = 5;
/// The first wait; each further wrong try doubles it, up to [`MAX_LOCK`].
pub const FIRST_LOCK: Duration = Duration::seconds(15);
/// Never longer: a staff member who has both factors is never kept out for more than a
/// minute, whatever was typed at the screen before them (an evacuation may be waiting).
pub const MAX_LOCK: Duration = Duration::minutes(1);
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
    /// Who is signing in, as chosen from [`roster`]; may be left out when a staff badge was
    /// tapped (the badge says who).
    #[serde(default)]
    #[ts(type = "number | null")]
    pub staff_id: Option<i64>,
    pub pin: String,
    pub code: String,
}

/// The name of the staff row that stands for the fleet where a row needs a staff member (a
/// shared badge's enrollment, a roll call started at another tablet). It never signs in, and
/// no account of this name is made, listed or changed at a tablet or at the hub.
pub const FLEET_STAFF: &str = "lobby-fleet";

/// A staff account's name, trimmed: 1 to 80 characters, no control characters, not
/// [`FLEET_STAFF`].
pub fn validate_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > 80
        || name.chars().any(char::is_control)
        || name == FLEET_STAFF
    {
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
    .bind(keys::seal_stored(tx.key(), Purpose::StaffTotp, &secret))
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

/// Active staff members by name: the list a staff member picks their own name from before the
/// PIN, so that wrong tries count against one account and never lock the others out.
pub async fn roster(store: &Store) -> Result<Vec<StaffIdentity>> {
    let rows = sqlx::query("SELECT id, name FROM staff WHERE active = 1 ORDER BY name, id")
        .fetch_all(store.pool())
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| StaffIdentity {
            id: r.get(0),
            name: r.get(1),
        })
        .collect())
}

/// The current lock on this staff member's sign-in, if any, at `now`.
pub async fn locked_for(
    store: &Store,
    staff_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Duration>> {
    let until: Option<String> =
        sqlx::query_scalar("SELECT locked_until FROM staff_signin_throttle WHERE staff_id = ?")
            .bind(staff_id)
            .fetch_optional(store.pool())
            .await?
            .flatten();
    Ok(lock_left(until.as_deref(), now))
}

fn lock_left(until: Option<&str>, now: DateTime<Utc>) -> Option<Duration> {
    until
        .and_then(|u| DateTime::parse_from_rfc3339(u).ok())
        .map(|u| u.with_timezone(&Utc) - now)
        .filter(|left| *left > Duration::zero())
}

/// The lock after `failures` consecutive wrong tries for one staff member, if any.
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

/// Checks the chosen staff member's PIN and authenticator code. On success their failure count
/// is cleared and the code's time step is remembered, so the same code cannot be used twice.
pub async fn sign_in(
    store: &Store,
    clock: &dyn Clock,
    request: &SignInRequest,
) -> Result<StaffIdentity> {
    sign_in_with(store, clock, request, None).await
}

/// The account a sign-in is for: the holder of the staff badge just tapped (`badge`), or the
/// name chosen on the screen; either way an active account.
async fn signing_in(
    store: &Store,
    request: &SignInRequest,
    badge: Option<&crate::reader::Uid>,
) -> Result<Option<i64>> {
    let Some(uid) = badge else {
        return Ok(request.staff_id);
    };
    let holder: Option<i64> = sqlx::query_scalar(
        "SELECT b.staff_id FROM staff_badges b JOIN staff s ON s.id = b.staff_id
         WHERE b.uid = ? AND b.revoked_at IS NULL AND s.active = 1",
    )
    .bind(uid.hex())
    .fetch_optional(store.pool())
    .await?;
    // A badge and a different name chosen: neither is trusted.
    Ok(holder.filter(|id| request.staff_id.is_none_or(|chosen| chosen == *id)))
}

/// Signs a staff member in with their PIN and either their authenticator code or their staff
/// badge just tapped (`badge`, which also says who they are). Wrong tries count against that
/// staff member only: after [`MAX_FAILURES`] their sign-in waits [`FIRST_LOCK`], doubling up
/// to [`MAX_LOCK`]; tries while it waits are refused and not counted, so someone typing wrong
/// PINs at the screen keeps nobody out for longer than a minute. The PIN is checked (argon2,
/// slow on purpose) before the write transaction, so wrong tries never stall a check-in.
pub async fn sign_in_with(
    store: &Store,
    clock: &dyn Clock,
    request: &SignInRequest,
    badge: Option<&crate::reader::Uid>,
) -> Result<StaffIdentity> {
    let now = clock.now();
    let row =
        match signing_in(store, request, badge).await? {
            Some(id) => sqlx::query(
                "SELECT s.id, s.name, s.pin_hash, s.totp_secret, s.totp_last_step, t.locked_until
                 FROM staff s LEFT JOIN staff_signin_throttle t ON t.staff_id = s.id
                 WHERE s.id = ? AND s.active = 1",
            )
            .bind(id)
            .fetch_optional(store.pool())
            .await?,
            None => None,
        };
    let Some(row) = row else {
        // Nobody chosen, an account that is not active, or a badge that is nobody's: nothing
        // to check and nobody's count to raise.
        record_attempt(store, now, None, json!({ "result": "unknown-staff" })).await?;
        return Err(Error::SignInFailed {
            remaining: MAX_FAILURES,
        });
    };
    let identity = StaffIdentity {
        id: row.get(0),
        name: row.get(1),
    };
    if let Some(left) = lock_left(row.get::<Option<String>, _>(5).as_deref(), now) {
        record_attempt(store, now, Some(identity.id), json!({ "result": "locked" })).await?;
        return Err(Error::SignInLocked {
            retry_after_secs: whole_seconds_up(left),
        });
    }

    // Malformed input counts as a wrong try: the lock must not be bypassed by typos.
    let well_formed = pin::validate(&request.pin).is_ok()
        && (badge.is_some()
            || (request.code.len() == totp::DIGITS as usize
                && request.code.bytes().all(|b| b.is_ascii_digit())));
    let pin_hash: String = row.get(2);
    let pin_ok = well_formed && {
        let (pin, hash) = (request.pin.clone(), pin_hash);
        tokio::task::spawn_blocking(move || pin::matches(&pin, &hash))
            .await
            .map_err(|e| Error::Internal(format!("pin check: {e}")))?
    };
    let secret = keys::open_stored(store.key(), Purpose::StaffTotp, &row.get::<Vec<u8>, _>(3))?;
    let last_step: i64 = row.get(4);
    // The second factor: the badge (already proven to be theirs), or a code not used before.
    let step = match (pin_ok, badge) {
        (false, _) => Err("wrong-pin-or-code"),
        (true, Some(_)) => Ok(None),
        (true, None) => match totp::matching_step(&secret, &request.code, now.timestamp()) {
            Some(step) if step > last_step => Ok(Some(step)),
            Some(_) => Err("code-reused"),
            None => Err("wrong-pin-or-code"),
        },
    };
    let reason = if well_formed {
        step.err()
    } else {
        Some("malformed")
    };

    let mut tx = store.begin_write().await?;
    if reason.is_none() {
        // The same code typed twice at once: only the first one's step moves on.
        let fresh = match step {
            Ok(Some(step)) => {
                sqlx::query(
                    "UPDATE staff SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
                )
                .bind(step)
                .bind(identity.id)
                .bind(step)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1
            }
            _ => true,
        };
        if fresh {
            sqlx::query("DELETE FROM staff_signin_throttle WHERE staff_id = ?")
                .bind(identity.id)
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
            return Ok(identity);
        }
    }
    let failures: i64 =
        sqlx::query_scalar("SELECT failures FROM staff_signin_throttle WHERE staff_id = ?")
            .bind(identity.id)
            .fetch_optional(&mut *tx)
            .await?
            .unwrap_or(0);
    let failures = (failures.max(0) as u32).saturating_add(1);
    let lock = lock_after(failures);
    sqlx::query(
        "INSERT INTO staff_signin_throttle (staff_id, failures, locked_until) VALUES (?, ?, ?)
         ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures,
           locked_until = excluded.locked_until",
    )
    .bind(identity.id)
    .bind(failures as i64)
    .bind(lock.map(|l| (now + l).to_rfc3339()))
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "staff-sign-in",
            subject: Some(format!("staff:{}", identity.id)),
            details: json!({ "result": reason.unwrap_or("code-reused"), "failures": failures }),
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

/// Audits a sign-in attempt that changes nothing (refused while locked, or for nobody).
async fn record_attempt(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: Option<i64>,
    details: serde_json::Value,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "staff-sign-in",
            subject: staff_id.map(|id| format!("staff:{id}")),
            details,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
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

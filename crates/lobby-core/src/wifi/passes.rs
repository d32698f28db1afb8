//! Wi-Fi passes: what a visitor (or someone staff issue one for) gets to join a tier's network,
//! and the rules of their life: expiry at check-out or closing time, whichever is first;
//! revocation; the rotating shared passphrase of `shared` tiers; and tiers that close at
//! closing time and open again the next morning.
//!
//! The database is the source of truth. Every change bumps a revision; the backends
//! (`super::backends`) are brought in line with it afterwards, so a check-in never waits for
//! network equipment and never fails because of it.

use super::password;
use super::qr;
use super::tiers::{Credentials, Tier, TierSecurity};
use crate::audit::{self, Actor, NewEntry};
use crate::config::Config;
use crate::config::{next_closing, wall_clock_instant};
use crate::error::{Error, Result};
use crate::keys::{self, Purpose, SiteKey};
use crate::store::settings;
use crate::store::Write;
use crate::text;
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use rand::rngs::OsRng;
use rand::Rng;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

/// Bumped by every change the backends must follow.
pub const REVISION_KEY: &str = "wifi.revision";
/// The tiers that close at closing time and are open now, as last seen by the sweep.
const OPEN_TIERS_KEY: &str = "wifi.open-tiers";

/// Symbols after the tier in a pass id (`guest-7k3m9x`): 31^6 ≈ 887 million.
const PASS_ID_SYMBOLS: usize = 6;

/// What a guest needs to join: shown on the welcome screen and printed by `lobby wifi issue`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WifiAccess {
    /// The pass, for per-guest tiers; `None` for a shared passphrase.
    pub pass_id: Option<String>,
    pub tier: String,
    pub ssid: String,
    pub security: TierSecurity,
    pub hidden: bool,
    /// Enterprise networks: the user name to type.
    pub username: Option<String>,
    /// `None` on an open network.
    pub password: Option<String>,
    /// RFC 3339: when the pass ends (or the shared passphrase rotates).
    pub expires_at: String,
    /// The `WIFI:` QR code as SVG.
    pub qr_svg: String,
    /// The QR code's text, for `--qr FILE.png`.
    #[serde(skip)]
    #[ts(skip)]
    pub payload: String,
}

/// A pass in force, for staff. No password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivePass {
    pub id: String,
    pub tier: String,
    /// Who it is for: the visitor's name or the label staff gave.
    pub holder: String,
    #[ts(type = "number | null")]
    pub visit_id: Option<i64>,
    pub issued_at: String,
    pub expires_at: String,
}

/// What a sweep changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Swept {
    pub expired: usize,
    pub rotated: Vec<String>,
    pub opened: Vec<String>,
    pub closed: Vec<String>,
}

impl Swept {
    pub fn changed(&self) -> bool {
        self.expired > 0
            || !self.rotated.is_empty()
            || !self.opened.is_empty()
            || !self.closed.is_empty()
    }
}

/// How a pass ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Revoked,
    Expired,
    Checkout,
    Closing,
}

impl Ended {
    fn as_str(self) -> &'static str {
        match self {
            Ended::Revoked => "revoked",
            Ended::Expired => "expired",
            Ended::Checkout => "checkout",
            Ended::Closing => "closing",
        }
    }
}

fn tier<'a>(config: &'a Config, id: &str) -> Result<&'a Tier> {
    config.wifi.tier(id).ok_or_else(|| Error::WifiTierUnknown {
        tier: id.to_string(),
    })
}

/// The site is within its opening hours at `now`: between today's opening and closing
/// instants (see [`wall_clock_instant`]), so an hour the clock repeats opens or closes once.
pub fn is_open(config: &Config, now: DateTime<Utc>) -> bool {
    let tz = config.time_zone;
    let day = now.with_timezone(&tz).date_naive();
    config
        .hours_on(chrono::Datelike::weekday(&day))
        .is_some_and(|h| {
            let at = |t| wall_clock_instant(tz, day, t);
            at(h.open).is_some_and(|o| o <= now) && at(h.close).is_some_and(|c| now < c)
        })
}

/// The next opening time at or after `after`, if the site opens within a week.
pub fn next_opening(config: &Config, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let tz = config.time_zone;
    let start = after.with_timezone(&tz).date_naive();
    (0..8).find_map(|d| {
        let day = start + Duration::days(d);
        let hours = config.hours_on(chrono::Datelike::weekday(&day))?;
        let opening = wall_clock_instant(tz, day, hours.open)?;
        (opening >= after).then_some(opening)
    })
}

/// The next opening as local `HH:MM`, for messages.
pub fn opens_at(config: &Config, now: DateTime<Utc>) -> Option<String> {
    next_opening(config, now).map(|t| {
        t.with_timezone(&config.time_zone)
            .format("%H:%M")
            .to_string()
    })
}

/// A tier that closes at closing time is closed outside opening hours.
pub fn tier_open(config: &Config, tier: &Tier, now: DateTime<Utc>) -> bool {
    !tier.close_at_closing || is_open(config, now)
}

/// When a pass issued at `now` for `hours` ends: then, or at closing time if sooner.
fn expiry(config: &Config, tier: &Tier, now: DateTime<Utc>, hours: u32) -> DateTime<Utc> {
    let end = now + Duration::hours(hours.into());
    match next_closing(config, now) {
        Some(closing) if tier.close_at_closing && closing < end => closing,
        _ => end,
    }
}

/// When a shared passphrase set at `now` is next rotated: on schedule, or at closing time.
fn rotation_due(config: &Config, tier: &Tier, now: DateTime<Utc>) -> DateTime<Utc> {
    expiry(config, tier, now, tier.rotate_every_hours)
}

fn pass_id(tier: &str) -> String {
    let mut id = String::with_capacity(tier.len() + 1 + PASS_ID_SYMBOLS);
    id.push_str(tier);
    id.push('-');
    for _ in 0..PASS_ID_SYMBOLS {
        let i = OsRng.gen_range(0..password::ALPHABET.len());
        id.push(char::from(password::ALPHABET[i]));
    }
    id
}

/// Whether `username` looks like a pass id of `tier` (backends only touch what is Lobby's).
pub fn is_pass_id_of(tier: &str, username: &str) -> bool {
    username
        .strip_prefix(tier)
        .and_then(|r| r.strip_prefix('-'))
        .is_some_and(|r| {
            r.len() == PASS_ID_SYMBOLS && r.bytes().all(|b| password::ALPHABET.contains(&b))
        })
}

async fn bump(conn: &mut SqliteConnection) -> Result<()> {
    let current: i64 = settings::get(&mut *conn, REVISION_KEY)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    settings::set(&mut *conn, REVISION_KEY, &(current + 1).to_string()).await
}

/// The revision the backends must reach.
pub async fn revision(conn: &mut SqliteConnection) -> Result<i64> {
    Ok(settings::get(&mut *conn, REVISION_KEY)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

fn access(
    tier: &Tier,
    pass_id: Option<String>,
    password: &str,
    expires_at: DateTime<Utc>,
) -> Result<WifiAccess> {
    let qr_fail = |e: qr::QrError| Error::Internal(format!("Wi-Fi QR code for {}: {e}", tier.id));
    let (payload, username, password) = match tier.security {
        TierSecurity::Open => (
            qr::payload(&tier.ssid, "", qr::Security::Open, tier.hidden).map_err(qr_fail)?,
            None,
            None,
        ),
        TierSecurity::Enterprise => {
            let user = pass_id.clone().ok_or_else(|| {
                Error::Internal("an enterprise tier needs per-guest passes".into())
            })?;
            (
                qr::enterprise_payload(&tier.ssid, &user, password, tier.hidden)
                    .map_err(qr_fail)?,
                Some(user),
                Some(password.to_string()),
            )
        }
        s => (
            qr::payload(&tier.ssid, password, s.qr(), tier.hidden).map_err(qr_fail)?,
            None,
            Some(password.to_string()),
        ),
    };
    Ok(WifiAccess {
        pass_id,
        tier: tier.id.clone(),
        ssid: tier.ssid.clone(),
        security: tier.security,
        hidden: tier.hidden,
        username,
        password,
        expires_at: expires_at.to_rfc3339(),
        qr_svg: qr::svg(&payload).map_err(qr_fail)?,
        payload,
    })
}

/// Who a pass is issued for.
#[derive(Debug, Clone)]
pub enum Holder<'a> {
    Visit(i64),
    /// Staff or the command line, with a label saying who it is for.
    Label(&'a str),
}

/// Issues a pass on `tier_id` (or shows the shared passphrase), inside the caller's
/// transaction. Refused while the tier is closed.
pub async fn issue(
    conn: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    tier_id: &str,
    holder: Holder<'_>,
    hours: Option<u32>,
    actor: Actor,
) -> Result<WifiAccess> {
    let tier = tier(config, tier_id)?;
    let hours = match hours {
        None => tier.pass_hours,
        Some(h) if (1..=168).contains(&h) => h,
        Some(_) => return Err(Error::WifiHoursInvalid),
    };
    let label = match &holder {
        Holder::Label(l) => Some(text::name("label", l)?),
        Holder::Visit(_) => None,
    };
    if !tier_open(config, tier, now) {
        return Err(Error::WifiClosed {
            opens_at: opens_at(config, now),
        });
    }
    if tier.credentials == Credentials::Shared {
        let (password, due) = shared(conn, now, config, tier).await?;
        // Handing out the shared passphrase by hand is recorded (not who for: the audit log
        // is kept for good, a person's name is not).
        if label.is_some() {
            audit::append(
                conn,
                now,
                NewEntry {
                    actor,
                    action: "wifi-shared-shown",
                    subject: Some(format!("wifi-tier:{}", tier.id)),
                    details: json!({}),
                },
            )
            .await?;
        }
        return access(tier, None, &password, due);
    }
    let id = pass_id(&tier.id);
    let password = password::generate();
    let expires = expiry(config, tier, now, hours);
    let visit_id = match holder {
        Holder::Visit(v) => Some(v),
        Holder::Label(_) => None,
    };
    sqlx::query(
        "INSERT INTO wifi_passes (id, tier, visit_id, label, password, issued_at, issued_by, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&tier.id)
    .bind(visit_id)
    .bind(&label)
    .bind(keys::seal_stored_text(conn.key(), Purpose::WifiPassword, &password))
    .bind(now.to_rfc3339())
    .bind(actor.as_text())
    .bind(expires.to_rfc3339())
    .execute(&mut **conn)
    .await?;
    // Never the password (the audit log is evidence, not a key store), nor the label (it is
    // kept for good; the label goes with the visits' personal data after the retention period).
    audit::append(
        conn,
        now,
        NewEntry {
            actor,
            action: "wifi-pass-issue",
            subject: Some(format!("wifi:{id}")),
            details: json!({
                "tier": tier.id,
                "visit": visit_id,
                "expires_at": expires.to_rfc3339(),
            }),
        },
    )
    .await?;
    bump(conn).await?;
    access(tier, Some(id), &password, expires)
}

/// The current shared passphrase of a tier and when it rotates; made on first use.
async fn shared(
    conn: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    tier: &Tier,
) -> Result<(String, DateTime<Utc>)> {
    let row = sqlx::query("SELECT password, due_at FROM wifi_shared WHERE tier = ?")
        .bind(&tier.id)
        .fetch_optional(&mut **conn)
        .await?;
    if let Some(r) = row {
        let due = parse_time(&r.get::<String, _>(1))?;
        if due > now {
            let stored: String = r.get(0);
            let password = keys::open_stored_text(conn.key(), Purpose::WifiPassword, &stored)?;
            return Ok((password, due));
        }
    }
    rotate_in(conn, now, config, tier, "schedule", Actor::System).await
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| Error::Internal(format!("bad time {s:?} in wifi tables: {e}")))
}

async fn rotate_in(
    conn: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    tier: &Tier,
    reason: &str,
    actor: Actor,
) -> Result<(String, DateTime<Utc>)> {
    let password = password::generate();
    let due = rotation_due(config, tier, now);
    sqlx::query(
        "INSERT INTO wifi_shared (tier, password, rotated_at, due_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(tier) DO UPDATE SET password = excluded.password,
           rotated_at = excluded.rotated_at, due_at = excluded.due_at",
    )
    .bind(&tier.id)
    .bind(keys::seal_stored_text(
        conn.key(),
        Purpose::WifiPassword,
        &password,
    ))
    .bind(now.to_rfc3339())
    .bind(due.to_rfc3339())
    .execute(&mut **conn)
    .await?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor,
            action: "wifi-rotate",
            subject: Some(format!("wifi-tier:{}", tier.id)),
            details: json!({ "reason": reason, "next": due.to_rfc3339() }),
        },
    )
    .await?;
    bump(conn).await?;
    Ok((password, due))
}

/// Gives a shared tier a new passphrase now (staff or `lobby wifi rotate`).
pub async fn rotate(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    tier_id: &str,
    actor: Actor,
) -> Result<DateTime<Utc>> {
    let tier = tier(config, tier_id)?;
    if tier.credentials != Credentials::Shared {
        return Err(Error::WifiNotShared);
    }
    let mut tx = store.begin_write().await?;
    let (_, due) = rotate_in(&mut tx, now, config, tier, "staff", actor).await?;
    tx.commit().await?;
    Ok(due)
}

async fn end_pass(
    conn: &mut Write,
    now: DateTime<Utc>,
    id: &str,
    how: Ended,
    actor: Actor,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE wifi_passes SET ended_at = ?, ended_how = ?, password = ''
         WHERE id = ? AND ended_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(how.as_str())
    .bind(id)
    .execute(&mut **conn)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::append(
        conn,
        now,
        NewEntry {
            actor,
            action: "wifi-pass-end",
            subject: Some(format!("wifi:{id}")),
            details: json!({ "how": how.as_str() }),
        },
    )
    .await?;
    bump(conn).await?;
    Ok(true)
}

/// Ends the passes of a visit (at check-out), inside the caller's transaction.
pub async fn end_for_visit(
    conn: &mut Write,
    now: DateTime<Utc>,
    visit_id: i64,
    actor: Actor,
) -> Result<usize> {
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM wifi_passes WHERE visit_id = ? AND ended_at IS NULL")
            .bind(visit_id)
            .fetch_all(&mut **conn)
            .await?;
    let mut n = 0;
    for id in ids {
        n += usize::from(end_pass(conn, now, &id, Ended::Checkout, actor.clone()).await?);
    }
    Ok(n)
}

/// Revokes one pass (staff or `lobby wifi revoke`).
pub async fn revoke(store: &Store, now: DateTime<Utc>, id: &str, actor: Actor) -> Result<()> {
    let mut tx = store.begin_write().await?;
    if !end_pass(&mut tx, now, id, Ended::Revoked, actor).await? {
        return Err(Error::WifiPassNotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Passes in force, soonest to expire first.
pub async fn active(conn: &mut SqliteConnection) -> Result<Vec<ActivePass>> {
    let rows = sqlx::query(
        "SELECT p.id, p.tier, COALESCE(p.label, v.name, ''), p.visit_id, p.issued_at, p.expires_at
         FROM wifi_passes p LEFT JOIN visits v ON v.id = p.visit_id
         WHERE p.ended_at IS NULL ORDER BY p.expires_at, p.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ActivePass {
            id: r.get(0),
            tier: r.get(1),
            holder: r.get(2),
            visit_id: r.get(3),
            issued_at: r.get(4),
            expires_at: r.get(5),
        })
        .collect())
}

/// A pass in force with its password: what the backends are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LivePass {
    pub id: String,
    pub tier: String,
    pub password: String,
    pub expires_at: DateTime<Utc>,
}

pub async fn live(conn: &mut SqliteConnection, key: Option<&SiteKey>) -> Result<Vec<LivePass>> {
    let rows = sqlx::query(
        "SELECT id, tier, password, expires_at FROM wifi_passes WHERE ended_at IS NULL ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(LivePass {
                id: r.get(0),
                tier: r.get(1),
                password: keys::open_stored_text(
                    key,
                    Purpose::WifiPassword,
                    &r.get::<String, _>(2),
                )?,
                expires_at: parse_time(&r.get::<String, _>(3))?,
            })
        })
        .collect()
}

/// The current shared passphrase of each shared tier that is open at `now`.
pub async fn live_shared(
    conn: &mut SqliteConnection,
    key: Option<&SiteKey>,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query("SELECT tier, password FROM wifi_shared ORDER BY tier")
        .fetch_all(&mut *conn)
        .await?;
    rows.into_iter()
        .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))
        .filter(|(t, _)| {
            config
                .wifi
                .tier(t)
                .is_some_and(|t| t.credentials == Credentials::Shared && tier_open(config, t, now))
        })
        .map(|(t, stored)| {
            Ok((
                t,
                keys::open_stored_text(key, Purpose::WifiPassword, &stored)?,
            ))
        })
        .collect()
}

/// When each shared tier's passphrase was last rotated, for staff and the security report.
pub async fn rotations(conn: &mut SqliteConnection) -> Result<Vec<(String, String, String)>> {
    let rows = sqlx::query("SELECT tier, rotated_at, due_at FROM wifi_shared ORDER BY tier")
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

fn open_set(config: &Config, now: DateTime<Utc>) -> String {
    config
        .wifi
        .tiers
        .iter()
        .filter(|t| t.close_at_closing && tier_open(config, t, now))
        .map(|t| t.id.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The timer's work: ends expired passes, rotates shared passphrases that are due (at closing
/// time too), and closes or opens tiers at closing and opening time. Looks before it takes the
/// write lock, so a quiet minute costs three reads.
pub async fn sweep(store: &Store, now: DateTime<Utc>, config: &Config) -> Result<Swept> {
    let at = now.to_rfc3339();
    let mut conn = store.conn().await?;
    let expired: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM wifi_passes WHERE ended_at IS NULL AND expires_at <= ?",
    )
    .bind(&at)
    .fetch_one(&mut *conn)
    .await?;
    let due: Vec<String> = sqlx::query_scalar("SELECT tier FROM wifi_shared WHERE due_at <= ?")
        .bind(&at)
        .fetch_all(&mut *conn)
        .await?;
    let open_now = open_set(config, now);
    let open_before = settings::get(&mut *conn, OPEN_TIERS_KEY).await?;
    drop(conn);
    if expired == 0 && due.is_empty() && open_before.as_deref() == Some(open_now.as_str()) {
        return Ok(Swept::default());
    }
    let mut swept = Swept::default();
    let mut tx = store.begin_write().await?;
    let ids: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, expires_at FROM wifi_passes WHERE ended_at IS NULL AND expires_at <= ? ORDER BY id",
    )
    .bind(&at)
    .fetch_all(&mut *tx)
    .await?;
    for (id, expires_at) in ids {
        // Recorded as of the moment the pass ran out, not when the timer noticed.
        let when = parse_time(&expires_at)?;
        if end_pass(&mut tx, when, &id, Ended::Expired, Actor::System).await? {
            swept.expired += 1;
        }
    }
    let before: Vec<&str> = open_before
        .as_deref()
        .map(|s| s.split(',').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    for t in config.wifi.tiers.iter().filter(|t| t.close_at_closing) {
        let open = tier_open(config, t, now);
        // The first sweep after installing only records the state.
        if open_before.is_none() || open == before.contains(&t.id.as_str()) {
            continue;
        }
        let action = if open {
            "wifi-tier-open"
        } else {
            "wifi-tier-close"
        };
        if open {
            swept.opened.push(t.id.clone());
        } else {
            swept.closed.push(t.id.clone());
            // Anything still in force on a closed tier ends now.
            let left: Vec<String> = sqlx::query_scalar(
                "SELECT id FROM wifi_passes WHERE tier = ? AND ended_at IS NULL",
            )
            .bind(&t.id)
            .fetch_all(&mut *tx)
            .await?;
            for id in left {
                end_pass(&mut tx, now, &id, Ended::Closing, Actor::System).await?;
            }
        }
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor: Actor::System,
                action,
                subject: Some(format!("wifi-tier:{}", t.id)),
                details: json!({}),
            },
        )
        .await?;
        bump(&mut tx).await?;
    }
    settings::set(&mut *tx, OPEN_TIERS_KEY, &open_now).await?;
    for tier_id in due {
        let Some(t) = config.wifi.tier(&tier_id) else {
            continue;
        };
        let closing = swept.closed.contains(&tier_id) || !tier_open(config, t, now);
        let reason = if closing { "closing" } else { "schedule" };
        rotate_in(&mut tx, now, config, t, reason, Actor::System).await?;
        swept.rotated.push(tier_id);
    }
    tx.commit().await?;
    Ok(swept)
}

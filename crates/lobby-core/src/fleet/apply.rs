//! Applying what the site's streams carry (issue 16): another tablet's events from the site's
//! up stream, and the hub's shared changes from the site's down stream. Each message is applied
//! in one write transaction with its `fleet_inbox` row, so it is applied exactly once; the next
//! message read is the one after the highest sequence in the inbox.

use super::down::{Down, EmergencyFacts, SharedMember, SharedStaff};
use super::{Entry, Event, VisitFacts};
use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::keys::{self, Purpose};
use crate::store::{Store, Write};
use crate::visits::{self, CheckOutBy};
use chrono::{DateTime, Utc};
use serde_json::json;
use sqlx::{Row, SqliteConnection};

/// What applying one message did (`fleet_inbox.outcome`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Changed something here.
    Applied,
    /// This tablet's own event, back from the stream.
    Own,
    /// Nothing to do here (already so, or about something this tablet does not keep).
    Ignored,
    /// An emergency older than the one in force: recorded as ended, never shown.
    Superseded,
    /// Unreadable: kept out, the stream goes on.
    Rejected,
    /// Already applied (a repeat delivery).
    Repeat,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::Own => "own",
            Outcome::Ignored => "ignored",
            Outcome::Superseded => "superseded",
            Outcome::Rejected => "rejected",
            Outcome::Repeat => "repeat",
        }
    }
}

/// The highest sequence of `stream` applied here (0: none).
pub async fn cursor(store: &Store, stream: &str) -> Result<u64> {
    let seq: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM fleet_inbox WHERE stream = ?")
        .bind(stream)
        .fetch_one(store.pool())
        .await?;
    Ok(seq.unwrap_or(0).max(0) as u64)
}

async fn seen(tx: &mut Write, stream: &str, seq: u64) -> Result<bool> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM fleet_inbox WHERE stream = ? AND seq = ?")
            .bind(stream)
            .bind(seq as i64)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(found.is_some())
}

async fn record(
    tx: &mut Write,
    now: DateTime<Utc>,
    stream: &str,
    seq: u64,
    origin: &str,
    kind: &str,
    outcome: Outcome,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO fleet_inbox (stream, seq, origin, kind, outcome, applied_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(stream)
    .bind(seq as i64)
    .bind(origin)
    .bind(kind)
    .bind(outcome.as_str())
    .bind(super::timestamp(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// How long applied messages are listed in the inbox; the newest of each stream always stays
/// (it is where reading goes on from).
pub const INBOX_DAYS: i64 = 30;

/// Forgets inbox rows older than [`INBOX_DAYS`], but never a stream's newest.
pub async fn prune(store: &Store, now: DateTime<Utc>) -> Result<u64> {
    let mut tx = store.begin_write().await?;
    let gone = sqlx::query(
        "DELETE FROM fleet_inbox WHERE applied_at < ?
           AND seq < (SELECT MAX(i.seq) FROM fleet_inbox i WHERE i.stream = fleet_inbox.stream)",
    )
    .bind(super::timestamp(now - chrono::Duration::days(INBOX_DAYS)))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(gone)
}

/// This tablet's id in its fleet.
async fn me(conn: &mut SqliteConnection) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT tablet FROM fleet_link WHERE id = 1 AND active = 1")
            .fetch_optional(&mut *conn)
            .await?
            .flatten(),
    )
}

/// Applies message `seq` of the site's up stream `stream` (another tablet's event).
pub async fn apply_up(
    store: &Store,
    now: DateTime<Utc>,
    stream: &str,
    seq: u64,
    bytes: &[u8],
) -> Result<Outcome> {
    apply_up_from(store, now, stream, seq, None, bytes).await
}

/// [`apply_up`] for a message read from NATS: `subject` is the one it was published on. Each
/// tablet's NATS user may publish on its own subject only, so an event naming another tablet
/// than its subject (a tablet speaking for another) is rejected, as the hub rejects it.
pub async fn apply_up_from(
    store: &Store,
    now: DateTime<Utc>,
    stream: &str,
    seq: u64,
    subject: Option<&str>,
    bytes: &[u8],
) -> Result<Outcome> {
    let parsed = Event::parse(bytes).and_then(|event| match subject {
        Some(s) if s != super::subject(event.site(), event.tablet()) => Err(format!(
            "an event of {}/{} on {s}",
            event.site(),
            event.tablet()
        )),
        _ => Ok(event),
    });
    // This tablet's own events come back from the stream: nothing to do, and no write (a
    // check-in should not wait for its own echo). The cursor stays at the last event of
    // another tablet; after a restart the own ones after it are read and skipped again.
    if let Ok(event) = &parsed {
        let mut conn = store.conn().await?;
        if me(&mut conn).await?.as_deref() == Some(event.tablet()) {
            return Ok(Outcome::Own);
        }
    }
    let mut tx = store.begin_write().await?;
    if seen(&mut tx, stream, seq).await? {
        return Ok(Outcome::Repeat);
    }
    let me = me(&mut tx).await?.unwrap_or_default();
    let (origin, kind, outcome) = match parsed {
        Err(reason) => {
            tracing::warn!(stream, seq, %reason, "fleet: unreadable event in the site's stream");
            ("?".to_string(), "?".to_string(), Outcome::Rejected)
        }
        Ok(event) if event.tablet() == me => {
            (me.clone(), kind_of(&event).to_string(), Outcome::Own)
        }
        Ok(event) => {
            let origin = event.tablet().to_string();
            let kind = kind_of(&event).to_string();
            let outcome = match event {
                Event::Entry(entry) => apply_entry(&mut tx, now, &me, &entry).await?,
                Event::Chain(chain) => {
                    heard_of(&mut tx, &chain.tablet, &chain.at, chain.head_seq).await?;
                    Outcome::Ignored
                }
            };
            (origin, kind, outcome)
        }
    };
    record(&mut tx, now, stream, seq, &origin, &kind, outcome).await?;
    tx.commit().await?;
    Ok(outcome)
}

fn kind_of(event: &Event) -> &str {
    match event {
        Event::Entry(e) => &e.action,
        Event::Chain(_) => "chain",
    }
}

async fn heard_of(tx: &mut Write, tablet: &str, at: &str, seq: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO fleet_tablets (tablet, last_entry_at, last_seq) VALUES (?, ?, ?)
         ON CONFLICT(tablet) DO UPDATE SET last_entry_at = MAX(last_entry_at, excluded.last_entry_at),
           last_seq = MAX(last_seq, excluded.last_seq)",
    )
    .bind(tablet)
    .bind(at)
    .bind(seq)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn apply_entry(
    tx: &mut Write,
    now: DateTime<Utc>,
    me: &str,
    entry: &Entry,
) -> Result<Outcome> {
    heard_of(tx, &entry.tablet, &entry.at, entry.seq).await?;
    let mut outcome = Outcome::Ignored;
    if let Some(visit) = &entry.visit {
        mirror_visit(tx, &entry.tablet, &entry.action, visit).await?;
        outcome = Outcome::Applied;
    }
    if entry.action == visits::CHECK_OUT_ELSEWHERE {
        outcome = checked_out_elsewhere(tx, now, me, entry).await?;
    }
    if entry.action == crate::badges::MEMBER_CHECK_IN
        && crate::badges::attended_elsewhere(
            tx,
            entry.subject.as_deref(),
            &entry.details,
            &entry.at,
        )
        .await?
    {
        outcome = Outcome::Applied;
    }
    if entry.action == ERASURE {
        outcome = erased_elsewhere(tx, entry).await?;
    }
    if let Some(facts) = &entry.emergency {
        outcome = emergency(tx, now, &entry.tablet, facts).await?;
    }
    if let Some(facts) = &entry.rollcall {
        let by = fleet_staff(tx, now).await?;
        if crate::visits::rollcall::apply_remote(tx, now, &entry.tablet, facts, by).await? {
            outcome = Outcome::Applied;
        }
    }
    Ok(outcome)
}

/// The audit action of a person's erasure (`lobby privacy erase`); its details list the
/// person's visits.
pub const ERASURE: &str = "privacy-erase";

/// A person erased at the tablet that checked them in: this tablet's copies of their visits
/// lose the name, company and host at once (its own retention sweep does the rest in time).
async fn erased_elsewhere(tx: &mut Write, entry: &Entry) -> Result<Outcome> {
    let details: serde_json::Value = serde_json::from_str(&entry.details).unwrap_or_default();
    let ids: Vec<i64> = details["visits"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_i64()).collect())
        .unwrap_or_default();
    for id in &ids {
        sqlx::query(
            "UPDATE fleet_visits SET name = '', company = NULL, host_name = NULL
             WHERE tablet = ? AND visit_id = ?",
        )
        .bind(&entry.tablet)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(if ids.is_empty() {
        Outcome::Ignored
    } else {
        Outcome::Applied
    })
}

/// Another tablet's visit, as it last reported it.
async fn mirror_visit(tx: &mut Write, tablet: &str, action: &str, v: &VisitFacts) -> Result<()> {
    // A check-out undone by staff opens the visit again; otherwise a check-out known here (made
    // at this tablet with the code) stays, even when the owner's report is older than it.
    let reopened = action == "visit-check-out-undo";
    sqlx::query(
        "INSERT INTO fleet_visits (tablet, visit_id, kind, name, company, host_name, checked_in_at,
           checked_out_at, checkout_code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(tablet, visit_id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
           company = excluded.company, host_name = excluded.host_name,
           checked_out_at = CASE WHEN ?10 THEN excluded.checked_out_at
                                 ELSE COALESCE(excluded.checked_out_at, fleet_visits.checked_out_at) END,
           checkout_code = COALESCE(excluded.checkout_code, fleet_visits.checkout_code)",
    )
    .bind(tablet)
    .bind(v.id)
    .bind(&v.kind)
    .bind(if v.anonymised { "" } else { v.name.as_str() })
    .bind(if v.anonymised { None } else { v.company.as_ref() })
    .bind(&v.host_name)
    .bind(&v.checked_in_at)
    .bind(&v.checked_out_at)
    .bind(&v.checkout_code)
    .bind(reopened)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Another tablet's check-out of a visit with its code: this tablet's own visit is checked out
/// (the first check-out the stream carries wins), another tablet's is marked out.
async fn checked_out_elsewhere(
    tx: &mut Write,
    now: DateTime<Utc>,
    me: &str,
    entry: &Entry,
) -> Result<Outcome> {
    let details: serde_json::Value = serde_json::from_str(&entry.details).unwrap_or_default();
    let (Some(owner), Some(visit)) = (details["tablet"].as_str(), details["visit"].as_i64()) else {
        return Ok(Outcome::Rejected);
    };
    let at = DateTime::parse_from_rfc3339(&entry.at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now);
    if owner == me {
        return match visits::check_out_row(
            tx,
            at,
            visit,
            CheckOutBy::AtTablet(entry.tablet.clone()),
        )
        .await
        {
            Ok(_) => Ok(Outcome::Applied),
            Err(Error::AlreadyCheckedOut | Error::VisitNotFound) => Ok(Outcome::Ignored),
            Err(e) => Err(e),
        };
    }
    let changed = sqlx::query(
        "UPDATE fleet_visits SET checked_out_at = ?, checked_out_at_tablet = ?
         WHERE tablet = ? AND visit_id = ? AND checked_out_at IS NULL",
    )
    .bind(&entry.at)
    .bind(&entry.tablet)
    .bind(owner)
    .bind(visit)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(if changed > 0 {
        Outcome::Applied
    } else {
        Outcome::Ignored
    })
}

async fn emergency(
    tx: &mut Write,
    now: DateTime<Utc>,
    origin: &str,
    e: &EmergencyFacts,
) -> Result<Outcome> {
    use crate::emergency::{apply_remote, Outcome as Done, Remote};
    let remote = Remote {
        id: &e.id,
        kind: &e.kind,
        message: e.message.as_deref(),
        started_at: &e.started_at,
        ends: e.ends.as_deref(),
    };
    Ok(match apply_remote(tx, now, origin, &remote).await? {
        Done::Applied => Outcome::Applied,
        Done::Ignored => Outcome::Ignored,
        Done::Superseded => Outcome::Superseded,
    })
}

/// Applies message `seq` of the site's down stream `stream` (a shared change from the hub).
pub async fn apply_down(
    store: &Store,
    now: DateTime<Utc>,
    stream: &str,
    seq: u64,
    bytes: &[u8],
    staff_key: Option<[u8; 32]>,
) -> Result<Outcome> {
    let mut tx = store.begin_write().await?;
    if seen(&mut tx, stream, seq).await? {
        return Ok(Outcome::Repeat);
    }
    let (kind, outcome) = match Down::parse(bytes) {
        Err(reason) => {
            tracing::warn!(stream, seq, %reason, "fleet: unreadable shared change");
            ("?", Outcome::Rejected)
        }
        Ok(down) => {
            let kind = down.kind();
            let outcome = match &down {
                Down::Member(m) => apply_member(&mut tx, now, seq, m).await?,
                Down::Staff(st) => apply_staff(&mut tx, now, seq, staff_key.as_ref(), st).await?,
                Down::Emergency(e) => emergency(&mut tx, now, "hub", e).await?,
                Down::Flag(f) => {
                    // The same flag read again (a stream read from its start) is listed once.
                    sqlx::query(
                        "INSERT INTO fleet_flags (problem, detail, flagged_at)
                         SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM fleet_flags
                           WHERE problem = ?1 AND detail = ?2 AND flagged_at = ?3)",
                    )
                    .bind(&f.problem)
                    .bind(&f.detail)
                    .bind(&f.at)
                    .execute(&mut *tx)
                    .await?;
                    applied(&mut tx, now, seq, "flag", json!({ "problem": f.problem })).await?;
                    Outcome::Applied
                }
                Down::Config(c) => {
                    sqlx::query(
                        "INSERT INTO fleet_config (id, sha256, toml, pushed_at, received_at)
                         VALUES (1, ?, ?, ?, ?)
                         ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256,
                           toml = excluded.toml, pushed_at = excluded.pushed_at,
                           received_at = excluded.received_at, written_at = NULL,
                           write_error = NULL",
                    )
                    .bind(&c.sha256)
                    .bind(&c.toml)
                    .bind(&c.at)
                    .bind(super::timestamp(now))
                    .execute(&mut *tx)
                    .await?;
                    applied(&mut tx, now, seq, "config", json!({ "sha256": c.sha256 })).await?;
                    Outcome::Applied
                }
                Down::Policy(p) => {
                    if crate::policies::apply_shared(&mut tx, now, &p.policy, &p.texts).await? {
                        Outcome::Applied
                    } else {
                        Outcome::Rejected
                    }
                }
            };
            (kind, outcome)
        }
    };
    record(&mut tx, now, stream, seq, "hub", kind, outcome).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// The audit entry of a shared change applied here, naming where it came from.
async fn applied(
    tx: &mut Write,
    now: DateTime<Utc>,
    seq: u64,
    kind: &str,
    mut details: serde_json::Value,
) -> Result<()> {
    details["stream_seq"] = json!(seq);
    details["kind"] = json!(kind);
    audit::append(
        tx,
        now,
        NewEntry {
            actor: Actor::Fleet("hub".into()),
            action: "fleet-apply",
            subject: Some(format!("fleet:{kind}")),
            details,
        },
    )
    .await
    .map(|_| ())
}

/// The name of the staff row that stands for the fleet ([`fleet_staff`]); the hub never makes
/// an account of that name, and a tablet refuses one.
pub use crate::staff::FLEET_STAFF;

/// The staff row that stands for the fleet where a row needs a staff member: shared badges'
/// enrollment, a roll call started at another tablet. It never signs in.
async fn fleet_staff(tx: &mut Write, now: DateTime<Utc>) -> Result<i64> {
    const NAME: &str = FLEET_STAFF;
    if let Some(id) = sqlx::query_scalar::<_, i64>("SELECT id FROM staff WHERE name = ?")
        .bind(NAME)
        .fetch_optional(&mut **tx)
        .await?
    {
        return Ok(id);
    }
    // No PIN can match "!" (not a PHC string) and the row is inactive: nobody signs in as it.
    Ok(sqlx::query_scalar(
        "INSERT INTO staff (name, pin_hash, totp_secret, active, created_at)
         VALUES (?, '!', zeroblob(20), 0, ?) RETURNING id",
    )
    .bind(NAME)
    .bind(now.to_rfc3339())
    .fetch_one(&mut **tx)
    .await?)
}

/// A staff account as the hub holds it: its PIN hash, authenticator secret and whether it may
/// sign in, upserted by name.
///
/// In a fleet the hub owns staff accounts: an account of the same name made at this tablet
/// (`lobby staff add`) is replaced by the hub's, PIN and secret included, so one person has one
/// account on every tablet of the site. The secret arrives sealed with the site's staff key
/// (`staff_key` from this tablet's credentials file, [`SharedStaff::open_totp`]); it is opened
/// and sealed again with this tablet's own site key, as `lobby staff add` stores it. A message
/// that does not open (no staff key in the credentials, another site's key, a name changed on
/// the way), a malformed name or PIN hash, or the fleet's own row is rejected and changes
/// nothing. The audit entry names the account, never its hash or secret.
async fn apply_staff(
    tx: &mut Write,
    now: DateTime<Utc>,
    seq: u64,
    staff_key: Option<&[u8; 32]>,
    s: &SharedStaff,
) -> Result<Outcome> {
    let name_ok = crate::staff::validate_name(&s.name).is_ok_and(|n| n == s.name);
    let hash_ok = argon2::password_hash::PasswordHash::new(&s.pin_hash).is_ok();
    if !name_ok || !hash_ok {
        tracing::warn!(
            seq,
            "fleet: a staff account with a malformed name or PIN hash"
        );
        return Ok(Outcome::Rejected);
    }
    let Some(secret) = staff_key.and_then(|k| s.open_totp(k)) else {
        tracing::warn!(
            seq,
            has_key = staff_key.is_some(),
            "fleet: a staff account whose secret this tablet's staff key does not open"
        );
        return Ok(Outcome::Rejected);
    };
    let existing = sqlx::query("SELECT id, totp_secret FROM staff WHERE name = ?")
        .bind(&s.name)
        .fetch_optional(&mut **tx)
        .await?
        .map(|r| (r.get::<i64, _>(0), r.get::<Vec<u8>, _>(1)));
    let sealed = keys::seal_stored(tx.key(), Purpose::StaffTotp, &secret);
    match existing {
        Some((id, stored)) => {
            // The same secret again (the account disabled or enabled at the hub) keeps the last
            // code used, so that code cannot be used a second time.
            let same = keys::open_stored(tx.key(), Purpose::StaffTotp, &stored)
                .is_ok_and(|old| old == secret);
            sqlx::query(
                "UPDATE staff SET pin_hash = ?, totp_secret = ?, active = ?,
                   totp_last_step = CASE WHEN ? THEN totp_last_step ELSE 0 END
                 WHERE id = ?",
            )
            .bind(&s.pin_hash)
            .bind(&sealed)
            .bind(s.active)
            .bind(same)
            .bind(id)
            .execute(&mut **tx)
            .await?;
        }
        None => {
            sqlx::query(
                "INSERT INTO staff (name, pin_hash, totp_secret, active, created_at)
                 VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&s.name)
            .bind(&s.pin_hash)
            .bind(&sealed)
            .bind(s.active)
            .bind(now.to_rfc3339())
            .execute(&mut **tx)
            .await?;
        }
    }
    applied(
        tx,
        now,
        seq,
        "staff",
        json!({ "staff": s.name, "active": s.active }),
    )
    .await?;
    Ok(Outcome::Applied)
}

/// A member as the hub holds them: the record, and exactly the badges the hub lists.
async fn apply_member(
    tx: &mut Write,
    now: DateTime<Utc>,
    seq: u64,
    m: &SharedMember,
) -> Result<Outcome> {
    crate::members::upsert(
        tx,
        &crate::members::Member {
            id: m.id.clone(),
            name: m.name.clone(),
            email: m.email.clone(),
            team: m.team.clone(),
            active: m.active,
            notify: None,
            language: None,
        },
        now,
    )
    .await?;
    let at = now.to_rfc3339();
    let held = sqlx::query("SELECT id, uid FROM badges WHERE member_id = ? AND revoked_at IS NULL")
        .bind(&m.id)
        .fetch_all(&mut **tx)
        .await?;
    let mut revoked = 0;
    for row in &held {
        let (id, uid): (i64, String) = (row.get(0), row.get(1));
        if !m.badges.iter().any(|b| b.uid.eq_ignore_ascii_case(&uid)) {
            sqlx::query(
                "UPDATE badges SET revoked_at = ?, revoked_reason = 'revoked' WHERE id = ?",
            )
            .bind(&at)
            .bind(id)
            .execute(&mut **tx)
            .await?;
            revoked += 1;
        }
    }
    let mut added = 0;
    for b in &m.badges {
        let uid = b.uid.to_ascii_uppercase();
        let groups = serde_json::to_string(&b.groups).unwrap_or_else(|_| "[]".into());
        let mine = held.iter().any(|r| r.get::<String, _>(1) == uid);
        if mine {
            sqlx::query(
                "UPDATE badges SET access_groups = ?, valid_from = ?, valid_to = ?
                 WHERE uid = ? AND member_id = ? AND revoked_at IS NULL",
            )
            .bind(&groups)
            .bind(&b.valid_from)
            .bind(&b.valid_to)
            .bind(&uid)
            .bind(&m.id)
            .execute(&mut **tx)
            .await?;
            continue;
        }
        // The hub gave the card to this member: whoever held it here no longer does.
        sqlx::query(
            "UPDATE badges SET revoked_at = ?, revoked_reason = 'reassigned'
             WHERE uid = ? AND revoked_at IS NULL",
        )
        .bind(&at)
        .bind(&uid)
        .execute(&mut **tx)
        .await?;
        let by = fleet_staff(tx, now).await?;
        sqlx::query(
            "INSERT INTO badges (uid, card_type, member_id, access_groups, valid_from, valid_to,
               enrolled_at, enrolled_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&uid)
        .bind(&b.card_type)
        .bind(&m.id)
        .bind(&groups)
        .bind(&b.valid_from)
        .bind(&b.valid_to)
        .bind(&at)
        .bind(by)
        .execute(&mut **tx)
        .await?;
        added += 1;
    }
    applied(
        tx,
        now,
        seq,
        "member",
        json!({ "member": m.id, "active": m.active, "badges_added": added, "badges_revoked": revoked }),
    )
    .await?;
    Ok(Outcome::Applied)
}

/// Emergency facts of this tablet's own entry (`emergency-start` / `emergency-end` made here).
pub(crate) async fn emergency_facts(
    conn: &mut SqliteConnection,
    me: &str,
    action: &str,
    subject: Option<&str>,
) -> Result<Option<EmergencyFacts>> {
    let Some(id) = subject
        .and_then(|s| s.strip_prefix("emergency:"))
        .and_then(|id| id.parse::<i64>().ok())
    else {
        return Ok(None);
    };
    let row =
        sqlx::query("SELECT kind, message, started_at, fleet_id FROM emergencies WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|r| {
        let fleet_id: String = r
            .get::<Option<String>, _>(3)
            .unwrap_or_else(|| format!("{me}:{id}"));
        EmergencyFacts {
            v: super::PROTOCOL,
            ends: (action == "emergency-end").then(|| fleet_id.clone()),
            id: fleet_id,
            kind: r.get(0),
            message: r.get(1),
            started_at: r.get(2),
        }
    }))
}

//! Hosts are told when their guest arrives. A check-in writes one outbox row per channel in
//! its own transaction ([`enqueue_arrival`]); the sender ([`deliver::run_once`]) takes due
//! rows, sends them and records what the server answered. Nothing waits for the network: a
//! check-in commits whether or not a relay is reachable, and the outbox keeps trying with
//! growing pauses for a day ([`backoff`]).
//!
//! Exactly once, as far as a receiver can tell: a row is claimed for a lease before it is
//! sent; a sender killed mid-delivery leaves the claim to expire and the row is sent again
//! with the same idempotency key (the `Idempotency-Key` header, the e-mail's `Message-ID`).

pub mod deliver;
pub mod message;

use crate::audit::{self, Actor, NewEntry};
pub use crate::config::notifications::Channel;
use crate::config::{self, Config, VisitKind};
use crate::error::{Error, Result};
use crate::store::Write;
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

/// How long a sender holds a claimed row before another may try it.
pub const LEASE: Duration = Duration::minutes(5);
/// After this long since the check-in a message is given up on.
pub const GIVE_UP_AFTER: Duration = Duration::hours(24);

/// The pause after the `attempts`-th failed try: 30 s, doubling, at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    let doublings = attempts.clamp(1, 8) - 1;
    (Duration::seconds(30) * (1 << doublings)).min(Duration::hours(1))
}

/// What a message says, stored with the row and written in the host's language when sent.
/// Only what the host needs: who, from where, what kind of visit, when, and where they wait.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub visitor: String,
    pub company: Option<String>,
    pub kind: VisitKind,
    pub at: DateTime<Utc>,
    pub host_id: String,
    pub host_name: String,
    pub site: String,
    pub kiosk: String,
    /// Where the visitor was asked to wait, in the host's language.
    pub waiting_area: String,
    /// An invitation e-mail to a guest: its code and days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invited>,
    /// A check-in held for staff: which one, and the deny-list entry it matched. Nothing else
    /// of the visitor's is in the message (`visitor` and `company` stay empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<Held>,
}

/// What a "someone waits for you at the kiosk" message says: numbers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub approval: i64,
    pub entry: i64,
}

/// What an invitation e-mail needs beyond [`Facts`]: the code (and QR code) and the days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invited {
    pub code: String,
    /// `YYYY-MM-DD`, the site's dates.
    pub from: chrono::NaiveDate,
    pub until: chrono::NaiveDate,
}

/// Why a message is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename = "OutboxTopic")]
pub enum Topic {
    Arrival,
    Test,
    /// An invitation to a guest, with its code.
    Invitation,
    /// A check-in matched the deny list and waits for staff at the kiosk (`[privacy] alert`).
    Held,
}

impl Topic {
    fn as_str(self) -> &'static str {
        match self {
            Topic::Arrival => "arrival",
            Topic::Test => "test",
            Topic::Invitation => "invitation",
            Topic::Held => "held",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "test" => Topic::Test,
            "invitation" => Topic::Invitation,
            "held" => Topic::Held,
            _ => Topic::Arrival,
        }
    }
}

/// Where a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename = "OutboxState")]
pub enum State {
    Waiting,
    Sending,
    Sent,
    Failed,
}

impl State {
    fn parse(s: &str) -> Self {
        match s {
            "sending" => State::Sending,
            "sent" => State::Sent,
            "failed" => State::Failed,
            _ => State::Waiting,
        }
    }
}

/// A member's choice of channels, as stored in `members.notify`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Choice {
    /// The site's default channels.
    #[default]
    Site,
    Never,
    These(Vec<Channel>),
}

impl Choice {
    /// Reads `email, slack`, `none` or nothing. `Err` holds the word that is not a channel.
    pub fn parse(text: &str) -> std::result::Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Choice::Site);
        }
        if text.eq_ignore_ascii_case("none") {
            return Ok(Choice::Never);
        }
        let mut channels = Vec::new();
        for word in text.split([',', ';', ' ', '|']).filter(|w| !w.is_empty()) {
            let c = Channel::parse(word).ok_or_else(|| word.to_string())?;
            if !channels.contains(&c) {
                channels.push(c);
            }
        }
        channels.sort();
        Ok(Choice::These(channels))
    }

    pub fn as_text(&self) -> String {
        match self {
            Choice::Site => String::new(),
            Choice::Never => "none".into(),
            Choice::These(c) => c.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","),
        }
    }

    /// The channels a message goes through: the choice, limited to what the site set up.
    pub fn channels(&self, config: &Config) -> Vec<Channel> {
        let n = &config.notifications;
        match self {
            Choice::Site => n.channels.clone(),
            Choice::Never => Vec::new(),
            Choice::These(c) => c.iter().copied().filter(|c| n.configured(*c)).collect(),
        }
    }
}

/// A new idempotency key: 128 bits from the OS generator.
fn new_key() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("lobby-{}", data_encoding::HEXLOWER.encode(&bytes))
}

/// The member as a message needs them.
struct Recipient {
    id: String,
    name: String,
    email: Option<String>,
    language: String,
    choice: Choice,
}

async fn recipient(tx: &mut Write, config: &Config, member_id: &str) -> Result<Option<Recipient>> {
    let row = sqlx::query(
        "SELECT name, email, language, notify FROM members WHERE id = ? AND active = 1",
    )
    .bind(member_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| {
        let language: Option<String> = r.get(2);
        Recipient {
            id: member_id.to_string(),
            name: r.get(0),
            email: r.get(1),
            language: language
                .filter(|l| config::SHIPPED_LANGUAGES.contains(&l.as_str()))
                .or_else(|| config.languages.first().cloned())
                .unwrap_or_else(|| crate::i18n::REFERENCE.into()),
            choice: Choice::parse(r.get(3)).unwrap_or_default(),
        }
    }))
}

/// Queues one row per channel; returns the channels queued. E-mail needs an address.
async fn enqueue(
    tx: &mut Write,
    now: DateTime<Utc>,
    topic: Topic,
    visit_id: Option<i64>,
    who: &Recipient,
    channels: &[Channel],
    facts: &Facts,
) -> Result<Vec<Channel>> {
    let facts_json = serde_json::to_string(facts).map_err(|e| Error::Internal(e.to_string()))?;
    let mut queued = Vec::new();
    for &channel in channels {
        let recipient = match channel {
            Channel::Email => match &who.email {
                Some(e) => Some(e.clone()),
                None => continue,
            },
            _ => None,
        };
        sqlx::query(
            "INSERT INTO outbox (key, channel, topic, visit_id, member_id, recipient, language,
               facts, next_at, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(new_key())
        .bind(channel.as_str())
        .bind(topic.as_str())
        .bind(visit_id)
        .bind(&who.id)
        .bind(recipient)
        .bind(&who.language)
        .bind(&facts_json)
        .bind(now.to_rfc3339())
        .bind(now.to_rfc3339())
        .execute(&mut **tx)
        .await?;
        queued.push(channel);
    }
    Ok(queued)
}

/// The visit that just arrived, as the check-in knows it.
pub struct Arrival<'a> {
    pub visit_id: i64,
    pub visitor: &'a str,
    pub company: Option<&'a str>,
    pub kind: VisitKind,
    pub host_id: &'a str,
}

/// Queues the host's messages in the check-in's transaction. Returns whether any was queued,
/// so the welcome screen can say the host is being told (never that they read it).
pub async fn enqueue_arrival(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    arrival: Arrival<'_>,
) -> Result<bool> {
    if !config.notifications.any() {
        return Ok(false);
    }
    let Some(who) = recipient(tx, config, arrival.host_id).await? else {
        return Ok(false);
    };
    let channels = who.choice.channels(config);
    if channels.is_empty() {
        return Ok(false);
    }
    let facts = Facts {
        visitor: arrival.visitor.to_string(),
        company: arrival.company.map(str::to_string),
        kind: arrival.kind,
        at: now,
        host_id: arrival.host_id.to_string(),
        host_name: who.name.clone(),
        site: config.site_name.clone(),
        kiosk: config.kiosk_id.clone(),
        waiting_area: config::pick(
            &config.visits.waiting_area,
            &who.language,
            &config.languages,
        )
        .to_string(),
        invitation: None,
        held: None,
    };
    let queued = enqueue(
        tx,
        now,
        Topic::Arrival,
        Some(arrival.visit_id),
        &who,
        &channels,
        &facts,
    )
    .await?;
    Ok(!queued.is_empty())
}

/// Tells the members of `[privacy] alert`, each through their own channels and in their own
/// language, that a check-in waits for staff at the kiosk (in the hold's transaction). The
/// message names no one: the approval and deny-list entry numbers, the kiosk and the time.
/// Returns how many messages were queued.
pub async fn enqueue_held(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    held: Held,
) -> Result<usize> {
    if !config.notifications.any() {
        return Ok(0);
    }
    let mut queued = 0;
    for member_id in &config.privacy.alert {
        let Some(who) = recipient(tx, config, member_id).await? else {
            continue;
        };
        let channels = who.choice.channels(config);
        let facts = Facts {
            visitor: String::new(),
            company: None,
            kind: VisitKind::Guest,
            at: now,
            host_id: member_id.clone(),
            host_name: who.name.clone(),
            site: config.site_name.clone(),
            kiosk: config.kiosk_id.clone(),
            waiting_area: String::new(),
            invitation: None,
            held: Some(held),
        };
        queued += enqueue(tx, now, Topic::Held, None, &who, &channels, &facts)
            .await?
            .len();
    }
    Ok(queued)
}

/// Queues the invitation e-mail to a guest, in the invitation's transaction (the invitation
/// gives the facts, `Facts::invitation` set). E-mail only, and only where the site set up a
/// relay; otherwise the code is given to the guest another way.
pub(crate) async fn enqueue_invitation(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    invitation_id: i64,
    facts: &Facts,
    to: &str,
    language: &str,
) -> Result<bool> {
    if !config.notifications.configured(Channel::Email) {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO outbox (key, channel, topic, invitation_id, member_id, recipient, language,
           facts, next_at, created_at)
         VALUES (?, 'email', 'invitation', ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(new_key())
    .bind(invitation_id)
    .bind(&facts.host_id)
    .bind(to)
    .bind(language)
    .bind(serde_json::to_string(facts).map_err(|e| Error::Internal(e.to_string()))?)
    .bind(now.to_rfc3339())
    .bind(now.to_rfc3339())
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// What `lobby notify test` queued for one member, and why a channel was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestQueued {
    pub ids: Vec<i64>,
    /// Channels the member chose (or the site gives them) that could not be used.
    pub skipped: Vec<(Channel, Skip)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// The site has no section for it.
    NotSetUp,
    /// E-mail, but the member has no address.
    NoAddress,
}

/// Queues a test message through each of a member's channels (audited).
pub async fn enqueue_test(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    member_id: &str,
) -> Result<TestQueued> {
    let mut tx = store.begin_write().await?;
    let who = recipient(&mut tx, config, member_id)
        .await?
        .ok_or(Error::MemberNotFound)?;
    let wanted = match &who.choice {
        Choice::Site => config.notifications.channels.clone(),
        Choice::Never => Vec::new(),
        Choice::These(c) => c.clone(),
    };
    let mut skipped = Vec::new();
    for c in &wanted {
        if !config.notifications.configured(*c) {
            skipped.push((*c, Skip::NotSetUp));
        } else if *c == Channel::Email && who.email.is_none() {
            skipped.push((*c, Skip::NoAddress));
        }
    }
    let usable: Vec<Channel> = wanted
        .into_iter()
        .filter(|c| !skipped.iter().any(|(s, _)| s == c))
        .collect();
    let facts = Facts {
        visitor: String::new(),
        company: None,
        kind: VisitKind::Guest,
        at: now,
        host_id: member_id.to_string(),
        host_name: who.name.clone(),
        site: config.site_name.clone(),
        kiosk: config.kiosk_id.clone(),
        waiting_area: String::new(),
        invitation: None,
        held: None,
    };
    enqueue(&mut tx, now, Topic::Test, None, &who, &usable, &facts).await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE topic = 'test' AND member_id = ? AND created_at = ? ORDER BY id",
    )
    .bind(member_id)
    .bind(now.to_rfc3339())
    .fetch_all(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "notify-test",
            subject: Some(format!("member:{member_id}")),
            details: json!({ "channels": usable.iter().map(|c| c.as_str()).collect::<Vec<_>>() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(TestQueued { ids, skipped })
}

/// One outbox row, for staff and `lobby notify list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "OutboxMessage")]
pub struct Message {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(skip)]
    pub key: String,
    #[ts(type = "string")]
    pub channel: Channel,
    pub topic: Topic,
    #[ts(type = "number | null")]
    pub visit_id: Option<i64>,
    /// The host's full name.
    pub host: String,
    /// The visitor's full name ("" for a test).
    pub visitor: String,
    pub state: State,
    #[ts(type = "number")]
    pub attempts: i64,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    /// When the next try is due (waiting) or the claim ends (sending).
    #[ts(type = "string")]
    pub next_at: DateTime<Utc>,
    #[ts(type = "string | null")]
    pub sent_at: Option<DateTime<Utc>>,
    /// The last problem, in English as the server or the network gave it.
    pub last_error: Option<String>,
    /// What the server answered last.
    pub answer: Option<String>,
    #[serde(skip)]
    pub recipient: Option<String>,
    #[serde(skip)]
    pub language: String,
    #[serde(skip)]
    pub facts: Facts,
}

fn time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn from_row(r: &sqlx::sqlite::SqliteRow) -> Result<Message> {
    let facts: Facts = serde_json::from_str(r.get::<&str, _>("facts"))
        .map_err(|e| Error::Internal(format!("outbox facts: {e}")))?;
    Ok(Message {
        id: r.get("id"),
        key: r.get("key"),
        channel: Channel::parse(r.get("channel")).unwrap_or(Channel::Email),
        topic: Topic::parse(r.get("topic")),
        visit_id: r.get("visit_id"),
        host: facts.host_name.clone(),
        visitor: facts.visitor.clone(),
        state: State::parse(r.get("state")),
        attempts: r.get("attempts"),
        created_at: time(r.get("created_at")),
        next_at: time(r.get("next_at")),
        sent_at: r.get::<Option<String>, _>("sent_at").as_deref().map(time),
        last_error: r.get("last_error"),
        answer: r.get("answer"),
        recipient: r.get("recipient"),
        language: r.get("language"),
        facts,
    })
}

const COLUMNS: &str = "id, key, channel, topic, visit_id, recipient, language, facts, state,
    attempts, next_at, last_error, answer, created_at, sent_at";

/// Messages still to be delivered or given up on, oldest first; with `all`, the last day's
/// sent ones too.
pub async fn list(store: &Store, now: DateTime<Utc>, all: bool) -> Result<Vec<Message>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM outbox
         WHERE state <> 'sent' OR (? AND created_at >= ?)
         ORDER BY id"
    ))
    .bind(all)
    .bind((now - Duration::days(1)).to_rfc3339())
    .fetch_all(store.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn get(store: &Store, id: i64) -> Result<Message> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM outbox WHERE id = ?"))
        .bind(id)
        .fetch_optional(store.pool())
        .await?
        .ok_or(Error::NotificationNotFound)?;
    from_row(&row)
}

/// How many messages wait and how many were given up on, for `lobby doctor` and staff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "OutboxCounts")]
pub struct Counts {
    #[ts(type = "number")]
    pub waiting: i64,
    #[ts(type = "number")]
    pub failed: i64,
    /// When the oldest waiting message was queued.
    #[ts(type = "string | null")]
    pub oldest_waiting: Option<DateTime<Utc>>,
}

pub async fn counts(store: &Store) -> Result<Counts> {
    let row = sqlx::query(
        "SELECT COALESCE(SUM(state IN ('waiting', 'sending')), 0), COALESCE(SUM(state = 'failed'), 0),
           MIN(CASE WHEN state IN ('waiting', 'sending') THEN created_at END)
         FROM outbox",
    )
    .fetch_one(store.pool())
    .await?;
    Ok(Counts {
        waiting: row.get(0),
        failed: row.get(1),
        oldest_waiting: row.get::<Option<String>, _>(2).as_deref().map(time),
    })
}

/// Staff or an operator send a message again: a failed one gets a new day of tries, a waiting
/// one is tried now. The idempotency key stays, so a receiver that got it drops the repeat.
/// A sent message is not sent again.
pub async fn resend(store: &Store, now: DateTime<Utc>, actor: Actor, id: i64) -> Result<Message> {
    let mut tx = store.begin_write().await?;
    let state: String = sqlx::query_scalar("SELECT state FROM outbox WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(Error::NotificationNotFound)?;
    if state == "sent" {
        return Err(Error::NotificationSent);
    }
    sqlx::query(
        "UPDATE outbox SET state = 'waiting', attempts = 0, next_at = ?, created_at = ? WHERE id = ?",
    )
    .bind(now.to_rfc3339())
    .bind(now.to_rfc3339())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "notify-resend",
            subject: Some(format!("notification:{id}")),
            details: json!({ "was": state }),
        },
    )
    .await?;
    tx.commit().await?;
    get(store, id).await
}

/// Claims up to `limit` due rows for this sender (or, with `only`, those rows whatever their
/// due time): they become `sending` for [`LEASE`]. A sent or failed row is never claimed.
pub async fn claim(
    store: &Store,
    now: DateTime<Utc>,
    only: Option<&[i64]>,
    limit: i64,
) -> Result<Vec<Message>> {
    let mut tx = store.begin_write().await?;
    // Either the due rows, or the rows named (a test message is sent at once).
    let pick = match only {
        None => "(state = 'waiting' AND next_at <= ?2 OR state = 'sending' AND next_at <= ?2)",
        Some(_) => {
            "(state = 'waiting' OR state = 'sending' AND next_at <= ?2)
                    AND id IN (SELECT value FROM json_each(?4))"
        }
    };
    let ids = serde_json::to_string(only.unwrap_or_default()).unwrap_or_else(|_| "[]".into());
    let rows = sqlx::query(&format!(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1, next_at = ?1
         WHERE id IN (SELECT id FROM outbox WHERE {pick} ORDER BY next_at, id LIMIT ?3)
         RETURNING {COLUMNS}"
    ))
    .bind((now + LEASE).to_rfc3339())
    .bind(now.to_rfc3339())
    .bind(limit)
    .bind(ids)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut out: Vec<Message> = rows.iter().map(from_row).collect::<Result<_>>()?;
    out.sort_by_key(|m| m.id);
    Ok(out)
}

/// How a try ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server took it; what it answered.
    Sent(String),
    /// Worth another try later (the network, a busy server, a 5xx).
    Retry(String),
    /// No point trying again until someone fixes something (a refused address, a 4xx).
    Permanent(String),
}

/// Records a try's outcome; returns the row's new state.
pub async fn record(
    store: &Store,
    now: DateTime<Utc>,
    message: &Message,
    outcome: &Outcome,
) -> Result<State> {
    let mut tx = store.begin_write().await?;
    let state = match outcome {
        Outcome::Sent(answer) => {
            sqlx::query(
                "UPDATE outbox SET state = 'sent', sent_at = ?, answer = ?, last_error = NULL
                 WHERE id = ?",
            )
            .bind(now.to_rfc3339())
            .bind(answer)
            .bind(message.id)
            .execute(&mut *tx)
            .await?;
            State::Sent
        }
        Outcome::Retry(problem) | Outcome::Permanent(problem) => {
            let next = now + backoff(message.attempts);
            let give_up = matches!(outcome, Outcome::Permanent(_))
                || next > message.created_at + GIVE_UP_AFTER;
            let state = if give_up {
                State::Failed
            } else {
                State::Waiting
            };
            sqlx::query("UPDATE outbox SET state = ?, next_at = ?, last_error = ? WHERE id = ?")
                .bind(if give_up { "failed" } else { "waiting" })
                .bind(next.to_rfc3339())
                .bind(problem)
                .bind(message.id)
                .execute(&mut *tx)
                .await?;
            if give_up {
                audit::append(
                    &mut tx,
                    now,
                    NewEntry {
                        actor: Actor::System,
                        action: "notify-failed",
                        subject: Some(format!("notification:{}", message.id)),
                        details: json!({ "channel": message.channel.as_str(), "attempts": message.attempts }),
                    },
                )
                .await?;
            }
            state
        }
    };
    tx.commit().await?;
    Ok(state)
}

/// When the sender should look again: the earliest due time of a waiting or claimed row.
pub async fn next_due(store: &Store) -> Result<Option<DateTime<Utc>>> {
    let next: Option<String> =
        sqlx::query_scalar("SELECT MIN(next_at) FROM outbox WHERE state IN ('waiting', 'sending')")
            .fetch_one(store.pool())
            .await?;
    Ok(next.as_deref().map(time))
}

/// With the visits they belong to, messages older than the retention period go: they hold the
/// visitor's name.
pub(crate) async fn forget_before(tx: &mut Write, cutoff: &str) -> Result<u64> {
    Ok(sqlx::query("DELETE FROM outbox WHERE created_at < ?")
        .bind(cutoff)
        .execute(&mut **tx)
        .await?
        .rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_an_hour() {
        let secs: Vec<i64> = (1..=10).map(|a| backoff(a).num_seconds()).collect();
        assert_eq!(secs, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    }

    #[test]
    fn a_choice_reads_what_operators_write() {
        assert_eq!(Choice::parse("").unwrap(), Choice::Site);
        assert_eq!(Choice::parse(" None ").unwrap(), Choice::Never);
        assert_eq!(
            Choice::parse("slack, Email;slack").unwrap(),
            Choice::These(vec![Channel::Email, Channel::Slack])
        );
        assert_eq!(Choice::parse("email,fax").unwrap_err(), "fax");
        assert_eq!(
            Choice::parse("teams email").unwrap().as_text(),
            "email,teams"
        );
    }
}

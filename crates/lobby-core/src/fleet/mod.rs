//! The fleet, the way up (issue 15): every change a tablet makes reaches one central store,
//! exactly once, through NATS JetStream and PostgreSQL (`lobby-hub`).
//!
//! Every change is already an audit entry, written in the change's own transaction. While
//! the tablet belongs to a fleet (`fleet_link.active`, set from the `[fleet]` section), a
//! trigger adds the entry's sequence number to `fleet_outbox` in that same transaction, so
//! no change can be saved without its way out. The [`publisher`] sends waiting entries in
//! order as [`Event::Entry`], each with `Nats-Msg-Id` = [`entry_msg_id`], and deletes the
//! outbox rows only after JetStream has acknowledged them; a tablet killed in between sends
//! them again and JetStream (and the hub's unique key) drop the repeat.
//!
//! An event carries the audit row as stored (content, previous hash, hash), the tablet's own
//! check of that row with its site key ([`RowCheck`]), and, for a row about a visit, the
//! visit's facts the central store needs ([`VisitFacts`]: no e-mail, no phone). The hub
//! verifies the links itself; [`Event::Chain`] reports the whole local chain's verdict at
//! each start and every hour, so an entry edited, removed or reordered after it was sent is
//! named too.
//!
//! A restore (`lobby backup restore`) starts a new chain epoch: the epoch of an entry is the
//! sequence number of the newest `backup-restore` entry at or before it (0 before any).

pub mod apply;
pub mod down;
pub mod publisher;
pub mod site_config;
pub mod subscriber;

use crate::audit::{self, AuditEntry, Verdict};
use crate::config::fleet::Fleet;
use crate::error::Result;
use crate::store::Store;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

/// The version of the event format.
pub const PROTOCOL: u32 = 1;
/// The action of the audit entry a restore writes; it starts a new epoch.
pub const RESTORE_ACTION: &str = "backup-restore";
/// The hub's stream, which sources every site's stream.
pub const HUB_STREAM: &str = "LOBBY_UP";
/// The hub's durable consumer on [`HUB_STREAM`].
pub const HUB_CONSUMER: &str = "lobby-hub";

/// The subject a tablet publishes on; its NATS user may publish on nothing else.
pub fn subject(site: &str, tablet: &str) -> String {
    format!("lobby.up.{site}.{tablet}")
}

/// Every subject of a site's tablets.
pub fn site_subjects(site: &str) -> String {
    format!("lobby.up.{site}.>")
}

/// The site's stream, on the site's own `nats-server`: tablets' events land here first, so
/// a site whose link to the hub is down keeps getting acknowledgements.
pub fn site_stream(site: &str) -> String {
    format!("LOBBY_UP_{}", site.to_ascii_uppercase().replace('-', "_"))
}

/// What the kiosk shares with its fleet tasks.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Poked after a commit so a change leaves at once; without it the outbox is looked at
    /// every [`publisher::POLL`].
    pub wake: std::sync::Arc<tokio::sync::Notify>,
    /// Poked after a change from the site's streams was applied here.
    pub changed: std::sync::Arc<tokio::sync::Notify>,
    /// The site's tablets as last heard.
    pub site: std::sync::Arc<subscriber::SiteView>,
    /// The kiosk's lobby.toml: a site configuration the hub pushes is written there for the
    /// next start (none: it is only kept in the database).
    pub config_file: Option<std::path::PathBuf>,
}

/// What a tablet's NATS user may publish on (the site server's users file, `lobby-hub kiosk
/// add`): its own up subject, its presence subject, and what an ordered pull consumer on its
/// site's two streams needs (create, next, delete, info, ack). Nothing else: not another
/// tablet's subject, not `lobby.down.>`, no stream edits.
pub fn tablet_publish_allow(site: &str, tablet: &str) -> Vec<String> {
    let mut allow = vec![
        subject(site, tablet),
        subscriber::presence_subject(site, tablet),
    ];
    for stream in [site_stream(site), down::site_down_stream(site)] {
        allow.extend([
            format!("$JS.API.CONSUMER.CREATE.{stream}"),
            format!("$JS.API.CONSUMER.CREATE.{stream}.>"),
            format!("$JS.API.CONSUMER.MSG.NEXT.{stream}.>"),
            format!("$JS.API.CONSUMER.DELETE.{stream}.>"),
            format!("$JS.API.CONSUMER.INFO.{stream}.>"),
            format!("$JS.API.STREAM.INFO.{stream}"),
            format!("$JS.ACK.{stream}.>"),
        ]);
    }
    allow
}

/// What a tablet's NATS user may subscribe to: replies, and its site's tablets' presence.
pub fn tablet_subscribe_allow(site: &str) -> Vec<String> {
    vec!["_INBOX.>".to_string(), format!("lobby.presence.{site}.*")]
}

/// `Nats-Msg-Id` of an entry: stable, so a repeat is dropped by JetStream's duplicate window.
///
/// It ends with the start of the entry's hash: a repeat of the same entry is dropped, but a
/// different entry under the same number (an old database copied back) gets through to the
/// hub, which flags it as a fork, instead of being taken for a repeat within the window.
pub fn entry_msg_id(site: &str, tablet: &str, epoch: i64, seq: i64, hash_hex: &str) -> String {
    let hash = hash_hex.get(..16).unwrap_or(hash_hex);
    format!("{site}.{tablet}.{epoch}.{seq}.{hash}")
}

/// One message from a tablet, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
// One event lives at a time, on its way to or from JSON: boxing the entry would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Event {
    Entry(Entry),
    Chain(Chain),
}

impl Event {
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("events serialise")
    }

    /// Reads an event; the error says what is wrong, for the hub's log and its flag.
    pub fn parse(bytes: &[u8]) -> std::result::Result<Event, String> {
        let event: Event = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        let (v, site, tablet) = match &event {
            Event::Entry(e) => (e.v, &e.site, &e.tablet),
            Event::Chain(c) => (c.v, &c.site, &c.tablet),
        };
        if v != PROTOCOL {
            return Err(format!("unknown event version {v}"));
        }
        use crate::config::fleet::is_fleet_id;
        if !is_fleet_id(site) || !is_fleet_id(tablet) {
            return Err(format!("bad site or tablet id: {site:?} {tablet:?}"));
        }
        Ok(event)
    }

    pub fn site(&self) -> &str {
        match self {
            Event::Entry(e) => &e.site,
            Event::Chain(c) => &c.site,
        }
    }

    pub fn tablet(&self) -> &str {
        match self {
            Event::Entry(e) => &e.tablet,
            Event::Chain(c) => &c.tablet,
        }
    }
}

/// What the tablet found when it checked the row with its site key before sending it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowCheck {
    /// The row's hash is the one its content and link make.
    Holds,
    /// It is not: the row was edited in the database file.
    Altered,
    /// A keyed row on a tablet that has no key at hand.
    Unchecked,
}

/// One audit entry, as stored on the tablet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub v: u32,
    pub site: String,
    pub tablet: String,
    pub epoch: i64,
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    /// The details as stored (JSON text), so the hash can be recomputed.
    pub details: String,
    /// Hex.
    pub prev_hash: String,
    /// Hex.
    pub hash: String,
    pub keyed: bool,
    pub check: RowCheck,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit: Option<VisitFacts>,
    /// For `emergency-start` / `emergency-end` made on this tablet (not applied from another).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency: Option<down::EmergencyFacts>,
    /// For `badge-enroll` / `badge-revoke` made on this tablet: a request the hub applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub badge: Option<BadgeFacts>,
    /// For `roll-call-start|mark|finish` made on this tablet: the site's tablets mark the same
    /// roll call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollcall: Option<crate::visits::rollcall::RollCallFacts>,
}

impl Entry {
    /// The row as the audit module hashes it.
    pub fn audit_entry(&self) -> AuditEntry {
        AuditEntry {
            seq: self.seq,
            at: self.at.clone(),
            actor: self.actor.clone(),
            action: self.action.clone(),
            subject: self.subject.clone(),
            details: self.details.clone(),
        }
    }

    pub fn msg_id(&self) -> String {
        entry_msg_id(&self.site, &self.tablet, self.epoch, self.seq, &self.hash)
    }
}

/// What the central store keeps of a visit: who, which kind, whose guest, when. No e-mail
/// address, no phone number; `name` and `company` are empty once the tablet anonymised it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitFacts {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub company: Option<String>,
    pub host_id: Option<String>,
    pub host_name: Option<String>,
    pub checked_in_at: String,
    pub checked_out_at: Option<String>,
    pub checked_out_by: Option<String>,
    pub anonymised: bool,
    /// The check-out code while the visit is open, so the visitor can check out at any tablet
    /// of the site (codes are unique per site: their last digit is the tablet's number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkout_code: Option<String>,
}

/// A badge enrolled or revoked at a tablet, as the hub needs it to apply the request: the
/// hub owns members' badges and sends the result back down ([`down::Down::Member`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadgeFacts {
    /// The tablet's own badge id.
    pub id: i64,
    pub member_id: String,
    /// Upper-case hex.
    pub uid: String,
    pub card_type: String,
    pub groups: Vec<String>,
    pub valid_from: String,
    pub valid_to: Option<String>,
    /// Set when the badge was revoked (`revoked`, `lost`, `reassigned`).
    pub revoked: Option<String>,
}

/// The tablet's whole chain, checked with its key: sent at each start and every hour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chain {
    pub v: u32,
    pub site: String,
    pub tablet: String,
    pub epoch: i64,
    pub at: String,
    pub head_seq: i64,
    /// Hex; empty for an empty log.
    pub head_hash: String,
    pub verdict: Verdict,
}

impl Chain {
    pub fn msg_id(&self) -> String {
        let verdict = match &self.verdict {
            Verdict::Intact { .. } => "intact".to_string(),
            Verdict::Broken { seq, problem } => format!("{problem:?}-{seq}"),
        };
        let hash = self.head_hash.get(..16).unwrap_or(&self.head_hash);
        format!(
            "chain.{}.{}.{}.{}.{hash}.{}",
            self.site, self.tablet, self.epoch, self.head_seq, verdict
        )
    }
}

pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// What `lobby fleet status`, `lobby doctor` and the staff screen show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FleetStatus")]
pub struct Status {
    /// The tablet belongs to a fleet.
    pub active: bool,
    pub site: Option<String>,
    pub tablet: Option<String>,
    pub server: Option<String>,
    /// Connected to the site's NATS server, as the kiosk last saw it.
    pub connected: bool,
    /// When `connected` last changed.
    pub connected_at: Option<String>,
    /// Changes waiting to be sent.
    #[ts(type = "number")]
    pub waiting: i64,
    /// When the oldest waiting change was made.
    pub oldest_waiting_at: Option<String>,
    /// When JetStream last acknowledged a change.
    pub last_ack_at: Option<String>,
    /// Why the last try failed (`fleet-error-<code>`), until the next acknowledgement.
    pub error: Option<String>,
    /// The site's tablets, this one first.
    pub tablets: Vec<SiteTablet>,
    /// Problems the hub flagged for staff, newest first.
    pub flags: Vec<Flag>,
    /// The site configuration the hub last pushed, and what became of it here.
    pub site_config: Option<SiteConfig>,
}

/// A site configuration pushed by the hub: written into lobby.toml for the kiosk's next start,
/// or why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FleetSiteConfig")]
pub struct SiteConfig {
    pub pushed_at: String,
    pub written_at: Option<String>,
    pub error: Option<String>,
}

/// One tablet of the site, as this one last heard of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FleetTablet")]
pub struct SiteTablet {
    pub tablet: String,
    pub this_tablet: bool,
    /// Heard from within the last few seconds (through the site's server).
    pub connected: bool,
    /// When it was last heard from, or its last change was.
    pub last_contact: Option<String>,
    /// Changes it has waiting to be sent, as it last said.
    #[ts(type = "number | null")]
    pub waiting: Option<i64>,
}

/// A problem the hub flagged (e.g. `badge-conflict`: one card given to two members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "FleetFlag")]
pub struct Flag {
    pub problem: String,
    pub detail: String,
    pub flagged_at: String,
}

impl Status {
    /// Adds what the site's tablets said in the last moments (the kiosk's presence listener).
    pub fn with_presence(mut self, view: &subscriber::SiteView, now: DateTime<Utc>) -> Status {
        for (tablet, at, waiting) in view.tablets() {
            let connected = now - at <= subscriber::PRESENCE_LOST;
            let at = timestamp(at);
            match self.tablets.iter_mut().find(|t| t.tablet == tablet) {
                Some(t) if t.this_tablet => {}
                Some(t) => {
                    t.connected = connected;
                    t.waiting = Some(waiting);
                    if t.last_contact.as_deref().is_none_or(|l| *l < *at) {
                        t.last_contact = Some(at);
                    }
                }
                None => self.tablets.push(SiteTablet {
                    tablet,
                    this_tablet: false,
                    connected,
                    last_contact: Some(at),
                    waiting: Some(waiting),
                }),
            }
        }
        let first = usize::from(self.tablets.first().is_some_and(|t| t.this_tablet));
        self.tablets[first..].sort_by(|a, b| a.tablet.cmp(&b.tablet));
        self
    }
}

pub async fn status(store: &Store) -> Result<Status> {
    let mut conn = store.conn().await?;
    let row = sqlx::query(
        "SELECT active, site, tablet, server, connected, connected_at, last_ack_at, error_code
         FROM fleet_link WHERE id = 1",
    )
    .fetch_one(&mut *conn)
    .await?;
    let (waiting, oldest): (i64, Option<String>) =
        sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM fleet_outbox")
            .fetch_one(&mut *conn)
            .await?;
    let mut tablets = Vec::new();
    let me: Option<String> = row.get(2);
    if let Some(me) = &me {
        tablets.push(SiteTablet {
            tablet: me.clone(),
            this_tablet: true,
            connected: row.get::<bool, _>(0) && row.get::<bool, _>(4),
            last_contact: row.get(6),
            waiting: Some(waiting),
        });
    }
    let others = sqlx::query("SELECT tablet, last_entry_at FROM fleet_tablets ORDER BY tablet")
        .fetch_all(&mut *conn)
        .await?;
    for r in others {
        let tablet: String = r.get(0);
        if Some(&tablet) != me.as_ref() {
            tablets.push(SiteTablet {
                tablet,
                this_tablet: false,
                connected: false,
                last_contact: r.get(1),
                waiting: None,
            });
        }
    }
    let flags = sqlx::query(
        "SELECT problem, detail, flagged_at FROM fleet_flags WHERE resolved_at IS NULL
         ORDER BY id DESC LIMIT 20",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Flag {
        problem: r.get(0),
        detail: r.get(1),
        flagged_at: r.get(2),
    })
    .collect();
    let site_config =
        sqlx::query("SELECT pushed_at, written_at, write_error FROM fleet_config WHERE id = 1")
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| SiteConfig {
                pushed_at: r.get(0),
                written_at: r.get(1),
                error: r.get(2),
            });
    Ok(Status {
        active: row.get(0),
        site: row.get(1),
        tablet: row.get(2),
        server: row.get(3),
        connected: row.get::<bool, _>(0) && row.get::<bool, _>(4),
        connected_at: row.get(5),
        waiting,
        oldest_waiting_at: oldest,
        last_ack_at: row.get(6),
        error: row.get(7),
        tablets,
        flags,
        site_config,
    })
}

/// What [`sync`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Joined,
    Left,
    Unchanged,
}

/// Makes the database follow the configuration: with a `[fleet]` section the tablet is in
/// the fleet as the credentials say, without one it is not. Joining and leaving are audited;
/// the join entry is the first change sent, the leave entry the last.
pub async fn sync(store: &Store, now: DateTime<Utc>, fleet: Option<&Fleet>) -> Result<Change> {
    let mut tx = store.begin_write().await?;
    let row = sqlx::query("SELECT active, site, tablet, server FROM fleet_link WHERE id = 1")
        .fetch_one(&mut *tx)
        .await?;
    let active: bool = row.get(0);
    let current: (Option<String>, Option<String>, Option<String>) =
        (row.get(1), row.get(2), row.get(3));
    let change = match fleet {
        Some(f) => {
            let wanted = (
                Some(f.site().to_string()),
                Some(f.tablet().to_string()),
                Some(f.server.clone()),
            );
            let change = if active && current == wanted {
                Change::Unchanged
            } else {
                sqlx::query(
                    "UPDATE fleet_link SET active = 1, site = ?, tablet = ?, server = ?,
                       joined_at = ?, connected = 0, connected_at = NULL, error_code = NULL,
                       error_detail = NULL
                     WHERE id = 1",
                )
                .bind(f.site())
                .bind(f.tablet())
                .bind(&f.server)
                .bind(timestamp(now))
                .execute(&mut *tx)
                .await?;
                audit::append(
                    &mut tx,
                    now,
                    audit::NewEntry {
                        actor: audit::Actor::Cli,
                        action: "fleet-join",
                        subject: Some(format!("fleet:{}/{}", f.site(), f.tablet())),
                        details: json!({ "server": f.server, "site": f.site(), "tablet": f.tablet() }),
                    },
                )
                .await?;
                share_open_visits(&mut tx, now).await?;
                Change::Joined
            };
            sqlx::query("UPDATE fleet_link SET number = ? WHERE id = 1")
                .bind(f.credentials.number.map(i64::from))
                .execute(&mut *tx)
                .await?;
            change
        }
        None if active => {
            audit::append(
                &mut tx,
                now,
                audit::NewEntry {
                    actor: audit::Actor::Cli,
                    action: "fleet-leave",
                    subject: current
                        .0
                        .as_ref()
                        .zip(current.1.as_ref())
                        .map(|(s, t)| format!("fleet:{s}/{t}")),
                    details: json!({ "server": current.2 }),
                },
            )
            .await?;
            sqlx::query("UPDATE fleet_link SET active = 0, connected = 0 WHERE id = 1")
                .execute(&mut *tx)
                .await?;
            Change::Left
        }
        None => Change::Unchanged,
    };
    tx.commit().await?;
    Ok(change)
}

/// The audit action that hands a visit open when the tablet joins to the site: its entry
/// carries the visit's facts like any entry about a visit, so the site's other tablets list the
/// visitor (and check them out with their code) and the hub has the visit.
pub const SHARE_VISIT: &str = "fleet-share-visit";

/// One [`SHARE_VISIT`] entry per visit open now, after the join entry.
async fn share_open_visits(tx: &mut crate::store::Write, now: DateTime<Utc>) -> Result<()> {
    let open: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM visits WHERE checked_out_at IS NULL ORDER BY id")
            .fetch_all(&mut **tx)
            .await?;
    for id in open {
        audit::append(
            tx,
            now,
            audit::NewEntry {
                actor: audit::Actor::Cli,
                action: SHARE_VISIT,
                subject: Some(format!("visit:{id}")),
                details: json!({}),
            },
        )
        .await?;
    }
    Ok(())
}

/// Up to `limit` waiting entries, oldest first, as events. Outbox rows whose audit entry is
/// gone from the database are dropped here: the hub sees the gap they leave.
pub async fn pending(store: &Store, limit: i64) -> Result<Vec<Entry>> {
    pending_after(store, 0, limit).await
}

/// [`pending`], from the entry after `after` on: the kiosk's publisher skips what it has sent
/// but not yet cleared from the outbox.
pub async fn pending_after(store: &Store, after: i64, limit: i64) -> Result<Vec<Entry>> {
    let mut conn = store.conn().await?;
    let link = sqlx::query("SELECT site, tablet FROM fleet_link WHERE id = 1")
        .fetch_one(&mut *conn)
        .await?;
    let (Some(site), Some(tablet)): (Option<String>, Option<String>) = (link.get(0), link.get(1))
    else {
        return Ok(Vec::new());
    };
    let rows = sqlx::query(
        "SELECT o.seq, a.seq, a.at, a.actor, a.action, a.subject, a.details, a.prev_hash,
                a.hash, a.keyed
         FROM fleet_outbox o LEFT JOIN audit_log a ON a.seq = o.seq
         WHERE o.seq > ? ORDER BY o.seq LIMIT ?",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let restores: Vec<i64> =
        sqlx::query_scalar("SELECT seq FROM audit_log WHERE action = ? ORDER BY seq")
            .bind(RESTORE_ACTION)
            .fetch_all(&mut *conn)
            .await?;
    let mut out = Vec::with_capacity(rows.len());
    let mut gone = Vec::new();
    for row in rows {
        let seq: i64 = row.get(0);
        let Some(_) = row.get::<Option<i64>, _>(1) else {
            gone.push(seq);
            continue;
        };
        let entry = AuditEntry {
            seq,
            at: row.get(2),
            actor: row.get(3),
            action: row.get(4),
            subject: row.get(5),
            details: row.get(6),
        };
        let prev: Vec<u8> = row.get(7);
        let hash: Vec<u8> = row.get(8);
        let keyed: bool = row.get(9);
        let check = match audit::row_holds(store.key(), &prev, &entry, keyed, &hash) {
            Some(true) => RowCheck::Holds,
            Some(false) => RowCheck::Altered,
            None => RowCheck::Unchecked,
        };
        let epoch = restores
            .iter()
            .copied()
            .filter(|r| *r <= seq)
            .max()
            .unwrap_or(0);
        let visit = match entry
            .subject
            .as_deref()
            .and_then(|s| s.strip_prefix("visit:"))
            .and_then(|id| id.parse::<i64>().ok())
        {
            Some(id) => visit_facts(&mut conn, id).await?,
            None => None,
        };
        // What other tablets and the hub act on, for changes made here (never for changes
        // applied from elsewhere, which would echo round the site).
        let local = !entry.actor.starts_with("fleet:");
        let emergency = match entry.action.as_str() {
            "emergency-start" | "emergency-end" if local => {
                apply::emergency_facts(&mut conn, &tablet, &entry.action, entry.subject.as_deref())
                    .await?
            }
            _ => None,
        };
        let badge = match entry.action.as_str() {
            "badge-enroll" | "badge-revoke" if local => {
                badge_facts(&mut conn, &entry.details).await?
            }
            _ => None,
        };
        let rollcall = match entry.action.as_str() {
            "roll-call-start" | "roll-call-mark" | "roll-call-finish" if local => {
                crate::visits::rollcall::facts(
                    &mut conn,
                    &entry.action,
                    entry.subject.as_deref(),
                    &entry.details,
                )
                .await?
            }
            _ => None,
        };
        out.push(Entry {
            v: PROTOCOL,
            site: site.clone(),
            tablet: tablet.clone(),
            epoch,
            seq,
            at: entry.at,
            actor: entry.actor,
            action: entry.action,
            subject: entry.subject,
            details: entry.details,
            prev_hash: data_encoding::HEXLOWER.encode(&prev),
            hash: data_encoding::HEXLOWER.encode(&hash),
            keyed,
            check,
            visit,
            emergency,
            badge,
            rollcall,
        });
    }
    drop(conn);
    if !gone.is_empty() {
        tracing::warn!(
            ?gone,
            "audit entries waiting to be sent are gone from the log"
        );
        let mut tx = store.begin_write().await?;
        for seq in gone {
            sqlx::query("DELETE FROM fleet_outbox WHERE seq = ?")
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(out)
}

async fn badge_facts(
    conn: &mut sqlx::SqliteConnection,
    details: &str,
) -> Result<Option<BadgeFacts>> {
    let details: serde_json::Value = serde_json::from_str(details).unwrap_or_default();
    let Some(id) = details["badge"].as_i64() else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT member_id, uid, card_type, access_groups, valid_from, valid_to, revoked_reason,
                revoked_at IS NOT NULL
         FROM badges WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| BadgeFacts {
        id,
        member_id: r.get(0),
        uid: r.get(1),
        card_type: r.get(2),
        groups: serde_json::from_str(&r.get::<String, _>(3)).unwrap_or_default(),
        valid_from: r.get(4),
        valid_to: r.get(5),
        revoked: r.get::<bool, _>(7).then(|| {
            r.get::<Option<String>, _>(6)
                .unwrap_or_else(|| "revoked".into())
        }),
    }))
}

/// The facts of visit `id` as they are now. The check-out code goes with an open visit only when
/// it ends in this tablet's number (or the tablet has none): a code given out before the tablet
/// joined could be another tablet's, and then works at this tablet only.
async fn visit_facts(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<Option<VisitFacts>> {
    let row = sqlx::query(
        "SELECT v.kind, v.name, v.company, v.host_member_id, m.name, v.checked_in_at,
                v.checked_out_at, v.checked_out_by, v.anonymised_at IS NOT NULL,
                CASE WHEN v.checked_out_at IS NULL AND COALESCE(
                       substr(v.checkout_code, -1) =
                         (SELECT CAST(number % 10 AS TEXT) FROM fleet_link WHERE id = 1),
                       1)
                     THEN v.checkout_code END
         FROM visits v LEFT JOIN members m ON m.id = v.host_member_id WHERE v.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| VisitFacts {
        id,
        kind: r.get(0),
        name: r.get(1),
        company: r.get(2),
        host_id: r.get(3),
        host_name: r.get(4),
        checked_in_at: r.get(5),
        checked_out_at: r.get(6),
        checked_out_by: r.get(7),
        anonymised: r.get(8),
        checkout_code: r.get(9),
    }))
}

/// JetStream acknowledged these entries: they leave the outbox.
pub async fn mark_sent(store: &Store, now: DateTime<Utc>, seqs: &[i64]) -> Result<()> {
    let Some(last) = seqs.iter().copied().max() else {
        return Ok(());
    };
    let mut tx = store.begin_write().await?;
    for seq in seqs {
        sqlx::query("DELETE FROM fleet_outbox WHERE seq = ?")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE fleet_link SET last_ack_at = ?, last_sent_seq = MAX(COALESCE(last_sent_seq, 0), ?),
           error_code = NULL, error_detail = NULL
         WHERE id = 1",
    )
    .bind(timestamp(now))
    .bind(last)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The publisher's view of the connection, for `lobby fleet status` in another process.
pub async fn record_connection(store: &Store, now: DateTime<Utc>, connected: bool) -> Result<()> {
    let mut tx = store.begin_write().await?;
    sqlx::query(
        "UPDATE fleet_link SET connected = ?, connected_at = ? WHERE id = 1 AND connected <> ?",
    )
    .bind(connected)
    .bind(timestamp(now))
    .bind(connected)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Why sending failed: `code` names a `fleet-error-<code>` message.
pub async fn record_error(store: &Store, code: &str, detail: &str) -> Result<()> {
    let mut tx = store.begin_write().await?;
    sqlx::query("UPDATE fleet_link SET error_code = ?, error_detail = ? WHERE id = 1")
        .bind(code)
        .bind(detail)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The whole local chain checked with the site key, and its head.
pub async fn attest(store: &Store, now: DateTime<Utc>) -> Result<Option<Chain>> {
    let mut conn = store.conn().await?;
    let link = sqlx::query("SELECT site, tablet FROM fleet_link WHERE id = 1")
        .fetch_one(&mut *conn)
        .await?;
    let (Some(site), Some(tablet)): (Option<String>, Option<String>) = (link.get(0), link.get(1))
    else {
        return Ok(None);
    };
    // The verdict, the head and the epoch from one snapshot, while the kiosk goes on writing.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let verdict = audit::verify(&mut tx, store.key()).await?;
    let head = audit::head(&mut tx).await?;
    let epoch: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM audit_log WHERE action = ?")
            .bind(RESTORE_ACTION)
            .fetch_one(&mut *tx)
            .await?;
    tx.rollback().await?;
    Ok(Some(Chain {
        v: PROTOCOL,
        site,
        tablet,
        epoch,
        at: timestamp(now),
        head_seq: head.as_ref().map_or(0, |h| h.seq),
        head_hash: head.map(|h| h.hash).unwrap_or_default(),
        verdict,
    }))
}

//! Applying a batch of tablets' messages to PostgreSQL, in one transaction and idempotently:
//! the hub acknowledges the batch to JetStream only after the commit, so a hub stopped in
//! between receives the same messages again, and they change nothing.
//!
//! The chain rules (spec "Epochs and chain rules"): the first entry of a tablet anchors its
//! chain; each next entry of the same epoch must link to the head (`unlinked`) and follow it
//! (`gap`); a row whose hash does not match its content is `altered` (the tablet's own check
//! for keyed rows, the hub's re-hash for unkeyed ones); the same (site, tablet, epoch, seq)
//! with other content is a `fork`, and so is a new epoch that does not start with a
//! `backup-restore` entry linking to an entry the hub holds. Flagged entries are kept all the
//! same: a flag is for a person to look at, and nothing a tablet sent is thrown away.

use crate::error::Result;
use lobby_core::audit::{self, Verdict};
use lobby_core::fleet::{self, Chain, Entry, Event, RowCheck, RESTORE_ACTION};
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One message as it came from JetStream.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub subject: &'a str,
    pub body: &'a [u8],
}

/// What a batch did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Entries stored for the first time.
    pub stored: usize,
    /// Entries the hub already held, unchanged: redeliveries.
    pub repeats: usize,
    /// Chain reports read.
    pub chains: usize,
    /// New flags.
    pub flagged: usize,
    /// Messages that could not be read, kept in `rejected`.
    pub rejected: usize,
    /// Shared changes written to `down_outbox` (badge requests' results and flags).
    pub down: usize,
}

/// A problem the hub found, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub site: String,
    pub tablet: String,
    pub epoch: i64,
    pub seq: i64,
    pub problem: String,
    pub detail: String,
}

type Tablet = (String, String);
type Key = (String, String, i64, i64);

/// An entry whose hashes were decoded.
struct Read {
    entry: Entry,
    prev: Vec<u8>,
    hash: Vec<u8>,
}

impl Read {
    fn key(&self) -> Key {
        let e = &self.entry;
        (e.site.clone(), e.tablet.clone(), e.epoch, e.seq)
    }
}

/// What the hub holds of an entry, to tell a redelivery from a fork.
#[derive(PartialEq, Eq)]
struct Held {
    content: (String, String, String, Option<String>, String),
    prev: Vec<u8>,
    hash: Vec<u8>,
}

impl Held {
    fn of(r: &Read) -> Held {
        let e = &r.entry;
        Held {
            content: (
                e.at.clone(),
                e.actor.clone(),
                e.action.clone(),
                e.subject.clone(),
                e.details.clone(),
            ),
            prev: r.prev.clone(),
            hash: r.hash.clone(),
        }
    }
}

enum Message {
    Entry(Box<Read>),
    Chain(Chain),
}

/// Reads a message; the error is the reason it is rejected.
fn read(incoming: &Incoming<'_>) -> std::result::Result<Message, String> {
    let event = Event::parse(incoming.body)?;
    let own = fleet::subject(event.site(), event.tablet());
    // A tablet's NATS user may publish on its own subject only: an event naming another
    // tablet is a tablet speaking for another.
    if incoming.subject != own {
        return Err(format!(
            "subject {} does not match the event's site and tablet ({own})",
            incoming.subject
        ));
    }
    match event {
        Event::Entry(entry) => {
            let hex = |h: &str| data_encoding::HEXLOWER_PERMISSIVE.decode(h.as_bytes());
            let (Ok(prev), Ok(hash)) = (hex(&entry.prev_hash), hex(&entry.hash)) else {
                return Err("prev_hash or hash is not hexadecimal".into());
            };
            Ok(Message::Entry(Box::new(Read { entry, prev, hash })))
        }
        Event::Chain(chain) => Ok(Message::Chain(chain)),
    }
}

/// Applies a batch in one transaction. Messages that cannot be read are stored in `rejected`
/// and count as done: redelivering them would not make them readable.
pub async fn apply(pool: &PgPool, batch: &[Incoming<'_>]) -> Result<Report> {
    let mut report = Report::default();
    let mut rejected: Vec<(String, String, Vec<u8>)> = Vec::new();
    let mut messages = Vec::with_capacity(batch.len());
    for incoming in batch {
        match read(incoming) {
            Ok(m) => messages.push(m),
            Err(reason) => {
                tracing::warn!(subject = incoming.subject, %reason, "message rejected");
                rejected.push((incoming.subject.to_string(), reason, incoming.body.to_vec()));
            }
        }
    }
    let tablets: BTreeSet<Tablet> = messages
        .iter()
        .map(|m| match m {
            Message::Entry(r) => (r.entry.site.clone(), r.entry.tablet.clone()),
            Message::Chain(c) => (c.site.clone(), c.tablet.clone()),
        })
        .collect();

    let mut tx = pool.begin().await?;
    // One writer per tablet at a time (a second hub, or a command), in a fixed order.
    let lock_keys: Vec<String> = tablets.iter().map(|(s, t)| format!("{s}/{t}")).collect();
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) k")
        .bind(&lock_keys)
        .execute(&mut *tx)
        .await?;
    let mut state = State::load(&mut tx, &tablets, &messages).await?;

    for message in messages {
        match message {
            Message::Entry(r) => state.entry(&mut tx, *r, &mut report).await?,
            Message::Chain(c) => {
                report.chains += 1;
                state.chain(&mut tx, &c).await?;
            }
        }
    }
    state.save(&mut tx).await?;
    // Tablets' requests, emergencies and roll calls, from entries the hub had not held: a
    // redelivered entry is a repeat above and applies nothing twice.
    for r in &state.new_rows {
        let e = &r.entry;
        if e.actor.starts_with("fleet:") {
            continue;
        }
        if e.badge.is_some() {
            report.down += crate::members::request(&mut tx, e, &mut state.flags).await?;
        }
        if let Some(facts) = &e.emergency {
            crate::emergency::record_tablet(&mut tx, e, facts).await?;
        }
        if let Some(facts) = &e.rollcall {
            crate::rollcall::record_tablet(&mut tx, e, facts).await?;
        }
    }
    report.flagged = save_flags(&mut tx, &state.flags).await?;
    report.rejected = rejected.len();
    if !rejected.is_empty() {
        let (subjects, reasons, bodies): (Vec<_>, Vec<_>, Vec<_>) = rejected.into_iter().fold(
            (Vec::new(), Vec::new(), Vec::new()),
            |(mut s, mut r, mut b), (x, y, z)| {
                s.push(x);
                r.push(y);
                b.push(z);
                (s, r, b)
            },
        );
        sqlx::query(
            "INSERT INTO rejected (subject, reason, body)
             SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])",
        )
        .bind(&subjects)
        .bind(&reasons)
        .bind(&bodies)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(report)
}

/// The newest entry of a tablet's epoch.
#[derive(Debug, Clone)]
struct Head {
    seq: i64,
    hash: Vec<u8>,
    keyed: bool,
}

/// The batch's view of its tablets: chain heads per epoch, rows already held, and what the
/// batch adds.
struct State {
    heads: HashMap<Tablet, BTreeMap<i64, Head>>,
    changed_heads: BTreeSet<(Tablet, i64)>,
    held: HashMap<Key, Held>,
    new_rows: Vec<Read>,
    flags: Vec<Flag>,
}

impl State {
    async fn load(
        tx: &mut Transaction<'_, Postgres>,
        tablets: &BTreeSet<Tablet>,
        messages: &[Message],
    ) -> Result<State> {
        let (sites, tabs): (Vec<String>, Vec<String>) = tablets.iter().cloned().unzip();
        let rows = sqlx::query(
            "SELECT c.site, c.tablet, c.epoch, c.head_seq, c.head_hash, c.head_keyed
             FROM chains c JOIN unnest($1::text[], $2::text[]) AS k(site, tablet)
               ON c.site = k.site AND c.tablet = k.tablet",
        )
        .bind(&sites)
        .bind(&tabs)
        .fetch_all(&mut **tx)
        .await?;
        let mut heads: HashMap<Tablet, BTreeMap<i64, Head>> = HashMap::new();
        for r in rows {
            heads.entry((r.get(0), r.get(1))).or_default().insert(
                r.get(2),
                Head {
                    seq: r.get(3),
                    hash: r.get(4),
                    keyed: r.get(5),
                },
            );
        }
        let keys: Vec<Key> = messages
            .iter()
            .filter_map(|m| match m {
                Message::Entry(r) => Some(r.key()),
                Message::Chain(_) => None,
            })
            .collect();
        let mut held = HashMap::new();
        if !keys.is_empty() {
            let mut k = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for (s, t, e, q) in keys {
                k.0.push(s);
                k.1.push(t);
                k.2.push(e);
                k.3.push(q);
            }
            let rows = sqlx::query(
                "SELECT e.site, e.tablet, e.epoch, e.seq, e.at, e.actor, e.action, e.subject,
                        e.details, e.prev_hash, e.hash
                 FROM events e
                 JOIN unnest($1::text[], $2::text[], $3::int8[], $4::int8[])
                   AS k(site, tablet, epoch, seq)
                   ON e.site = k.site AND e.tablet = k.tablet AND e.epoch = k.epoch
                  AND e.seq = k.seq",
            )
            .bind(&k.0)
            .bind(&k.1)
            .bind(&k.2)
            .bind(&k.3)
            .fetch_all(&mut **tx)
            .await?;
            for r in rows {
                held.insert(
                    (r.get(0), r.get(1), r.get(2), r.get(3)),
                    Held {
                        content: (r.get(4), r.get(5), r.get(6), r.get(7), r.get(8)),
                        prev: r.get(9),
                        hash: r.get(10),
                    },
                );
            }
        }
        Ok(State {
            heads,
            changed_heads: BTreeSet::new(),
            held,
            new_rows: Vec::new(),
            flags: Vec::new(),
        })
    }

    fn flag(
        &mut self,
        site: &str,
        tablet: &str,
        epoch: i64,
        seq: i64,
        problem: &str,
        detail: String,
    ) {
        self.flags.push(Flag {
            site: site.to_string(),
            tablet: tablet.to_string(),
            epoch,
            seq,
            problem: problem.to_string(),
            detail,
        });
    }

    /// The hash of `seq` of a tablet in any epoch, from this batch or the database.
    async fn hashes_at(
        &self,
        tx: &mut Transaction<'_, Postgres>,
        tablet: &Tablet,
        epoch: Option<i64>,
        seq: i64,
    ) -> Result<Vec<Vec<u8>>> {
        let mut found: Vec<Vec<u8>> = self
            .new_rows
            .iter()
            .filter(|r| {
                r.entry.site == tablet.0
                    && r.entry.tablet == tablet.1
                    && r.entry.seq == seq
                    && epoch.is_none_or(|e| e == r.entry.epoch)
            })
            .map(|r| r.hash.clone())
            .collect();
        let stored: Vec<Vec<u8>> = sqlx::query_scalar(
            "SELECT hash FROM events WHERE site = $1 AND tablet = $2 AND seq = $3
               AND ($4::int8 IS NULL OR epoch = $4)",
        )
        .bind(&tablet.0)
        .bind(&tablet.1)
        .bind(seq)
        .bind(epoch)
        .fetch_all(&mut **tx)
        .await?;
        found.extend(stored);
        Ok(found)
    }

    async fn entry(
        &mut self,
        tx: &mut Transaction<'_, Postgres>,
        r: Read,
        report: &mut Report,
    ) -> Result<()> {
        let key = r.key();
        let (site, tablet, epoch, seq) = key.clone();
        if let Some(held) = self.held.get(&key) {
            if *held == Held::of(&r) {
                report.repeats += 1;
            } else {
                let detail = format!(
                    "held hash {}, received {}",
                    data_encoding::HEXLOWER.encode(&held.hash),
                    r.entry.hash
                );
                self.flag(&site, &tablet, epoch, seq, "fork", detail);
            }
            return Ok(());
        }
        let id: Tablet = (site.clone(), tablet.clone());
        let chains = self.heads.get(&id);
        match chains.map(|c| (c.is_empty(), c.get(&epoch).cloned())) {
            // The tablet's first entry: the anchor.
            None | Some((true, _)) => self.advance(&id, epoch, &r),
            Some((_, Some(head))) => {
                if seq == head.seq + 1 {
                    if r.prev != head.hash {
                        self.flag(&site, &tablet, epoch, seq, "unlinked", String::new());
                    }
                    if head.keyed && !r.entry.keyed {
                        self.flag(&site, &tablet, epoch, seq, "unkeyed", String::new());
                    }
                    self.advance(&id, epoch, &r);
                } else if seq > head.seq + 1 {
                    let detail = format!("{}..{}", head.seq + 1, seq - 1);
                    self.flag(&site, &tablet, epoch, head.seq + 1, "gap", detail);
                    self.advance(&id, epoch, &r);
                }
                // Below the head: a row the hub missed before; kept, the head stays.
            }
            Some((false, None)) => {
                let restore = seq == epoch && r.entry.action == RESTORE_ACTION && {
                    let before = self.hashes_at(tx, &id, None, epoch - 1).await?;
                    before.contains(&r.prev)
                };
                if !restore {
                    let detail =
                        format!("new epoch {epoch} starts at seq {seq}, {}", r.entry.action);
                    self.flag(&site, &tablet, epoch, seq, "fork", detail);
                }
                // Kept as its own chain, so what follows it links and is checked.
                self.advance(&id, epoch, &r);
            }
        }
        let altered = r.entry.check == RowCheck::Altered
            || (!r.entry.keyed
                && audit::row_holds(None, &r.prev, &r.entry.audit_entry(), false, &r.hash)
                    == Some(false));
        if altered {
            self.flag(&site, &tablet, epoch, seq, "altered", String::new());
        }
        self.held.insert(key, Held::of(&r));
        self.new_rows.push(r);
        report.stored += 1;
        Ok(())
    }

    /// `r` is the epoch's new head; a chain once keyed stays keyed.
    fn advance(&mut self, tablet: &Tablet, epoch: i64, r: &Read) {
        let chain = self.heads.entry(tablet.clone()).or_default();
        let keyed = r.entry.keyed || chain.get(&epoch).is_some_and(|h| h.keyed);
        chain.insert(
            epoch,
            Head {
                seq: r.entry.seq,
                hash: r.hash.clone(),
                keyed,
            },
        );
        self.changed_heads.insert((tablet.clone(), epoch));
    }

    async fn chain(&mut self, tx: &mut Transaction<'_, Postgres>, c: &Chain) -> Result<()> {
        match &c.verdict {
            Verdict::Broken { seq, problem } => {
                let problem = serde_json::to_value(problem)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_else(|| format!("{problem:?}"));
                let detail = format!("reported by the tablet at {}", c.at);
                self.flag(&c.site, &c.tablet, c.epoch, *seq, &problem, detail);
            }
            Verdict::Intact { .. } => {
                let Ok(head) = data_encoding::HEXLOWER_PERMISSIVE.decode(c.head_hash.as_bytes())
                else {
                    return Ok(());
                };
                if head.is_empty() {
                    return Ok(());
                }
                let id = (c.site.clone(), c.tablet.clone());
                let held = self.hashes_at(tx, &id, Some(c.epoch), c.head_seq).await?;
                if held.iter().any(|h| *h != head) {
                    let detail = format!("tablet reports head {} intact", c.head_hash);
                    self.flag(&c.site, &c.tablet, c.epoch, c.head_seq, "fork", detail);
                }
            }
        }
        Ok(())
    }

    /// Writes the batch's new rows, heads and visits.
    async fn save(&self, tx: &mut Transaction<'_, Postgres>) -> Result<()> {
        save_rows(tx, &self.new_rows).await?;
        let mut k = (
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        );
        for ((site, tablet), epoch) in &self.changed_heads {
            let head = &self.heads[&(site.clone(), tablet.clone())][epoch];
            k.0.push(site.clone());
            k.1.push(tablet.clone());
            k.2.push(*epoch);
            k.3.push(head.seq);
            k.4.push(head.hash.clone());
            k.5.push(head.keyed);
        }
        sqlx::query(
            "INSERT INTO chains (site, tablet, epoch, head_seq, head_hash, head_keyed)
             SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::bytea[],
                                  $6::bool[])
             ON CONFLICT (site, tablet, epoch) DO UPDATE
               SET head_seq = EXCLUDED.head_seq, head_hash = EXCLUDED.head_hash,
                   head_keyed = EXCLUDED.head_keyed,
                   updated_at = now()",
        )
        .bind(&k.0)
        .bind(&k.1)
        .bind(&k.2)
        .bind(&k.3)
        .bind(&k.4)
        .bind(&k.5)
        .execute(&mut **tx)
        .await?;
        crate::ingest::visits::apply(
            tx,
            &self.new_rows.iter().map(|r| &r.entry).collect::<Vec<_>>(),
        )
        .await
    }
}

async fn save_rows(tx: &mut Transaction<'_, Postgres>, rows: &[Read]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let n = rows.len();
    let mut site = Vec::with_capacity(n);
    let mut tablet = Vec::with_capacity(n);
    let mut epoch = Vec::with_capacity(n);
    let mut seq = Vec::with_capacity(n);
    let mut at = Vec::with_capacity(n);
    let mut actor = Vec::with_capacity(n);
    let mut action = Vec::with_capacity(n);
    let mut subject = Vec::with_capacity(n);
    let mut details = Vec::with_capacity(n);
    let mut prev = Vec::with_capacity(n);
    let mut hash = Vec::with_capacity(n);
    let mut keyed = Vec::with_capacity(n);
    let mut check = Vec::with_capacity(n);
    for r in rows {
        let e = &r.entry;
        site.push(e.site.as_str());
        tablet.push(e.tablet.as_str());
        epoch.push(e.epoch);
        seq.push(e.seq);
        at.push(e.at.as_str());
        actor.push(e.actor.as_str());
        action.push(e.action.as_str());
        subject.push(e.subject.as_deref());
        details.push(e.details.as_str());
        prev.push(r.prev.as_slice());
        hash.push(r.hash.as_slice());
        keyed.push(e.keyed);
        check.push(match e.check {
            RowCheck::Holds => "holds",
            RowCheck::Altered => "altered",
            RowCheck::Unchecked => "unchecked",
        });
    }
    sqlx::query(
        "INSERT INTO events (site, tablet, epoch, seq, at, actor, action, subject, details,
                             prev_hash, hash, keyed, row_check)
         SELECT site, tablet, epoch, seq, at, actor, action, subject, details, prev_hash, hash,
                keyed, row_check
         FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::text[],
                     $6::text[], $7::text[], $8::text[], $9::text[], $10::bytea[],
                     $11::bytea[], $12::bool[], $13::text[])
              WITH ORDINALITY AS u(site, tablet, epoch, seq, at, actor, action, subject, details,
                                   prev_hash, hash, keyed, row_check, ord)
         -- In arrival order, so `ingested` numbers them as they came.
         ORDER BY ord
         ON CONFLICT DO NOTHING",
    )
    .bind(&site)
    .bind(&tablet)
    .bind(&epoch)
    .bind(&seq)
    .bind(&at)
    .bind(&actor)
    .bind(&action)
    .bind(&subject)
    .bind(&details)
    .bind(&prev)
    .bind(&hash)
    .bind(&keyed)
    .bind(&check)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stores new flags; one that is already there is not counted again.
async fn save_flags(tx: &mut Transaction<'_, Postgres>, flags: &[Flag]) -> Result<usize> {
    if flags.is_empty() {
        return Ok(0);
    }
    for f in flags {
        tracing::warn!(
            site = f.site,
            tablet = f.tablet,
            epoch = f.epoch,
            seq = f.seq,
            problem = f.problem,
            detail = f.detail,
            "chain flagged"
        );
    }
    let result = sqlx::query(
        "INSERT INTO flags (site, tablet, epoch, seq, problem, detail)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::text[],
                              $6::text[])
         ON CONFLICT DO NOTHING",
    )
    .bind(flags.iter().map(|f| f.site.as_str()).collect::<Vec<_>>())
    .bind(flags.iter().map(|f| f.tablet.as_str()).collect::<Vec<_>>())
    .bind(flags.iter().map(|f| f.epoch).collect::<Vec<_>>())
    .bind(flags.iter().map(|f| f.seq).collect::<Vec<_>>())
    .bind(flags.iter().map(|f| f.problem.as_str()).collect::<Vec<_>>())
    .bind(flags.iter().map(|f| f.detail.as_str()).collect::<Vec<_>>())
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected() as usize)
}

pub mod visits;

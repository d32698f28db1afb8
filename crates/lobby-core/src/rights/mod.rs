//! Requests from the people Lobby holds data about (GDPR Art. 15 and 17): everything held about
//! one person, found by the match rule of [`crate::privacy`] (`gather`, written out by
//! `export` as JSON and a PDF in their language), its erasure (`erase`), the legal holds that
//! keep records an erasure would otherwise remove, and the requests with their one-month limit.
//!
//! A person is named by an e-mail address, a name or a visit id. By address, the records whose
//! address has the same key; by name, those whose name has the same key; by visit, that visit.
//! Records hanging off a found visit (its signatures, Wi-Fi passes, roll-call lines, messages,
//! badge prints) come with it. Security reports count when their contact has the key of one
//! of the person's addresses or names, or their description contains one.
//!
//! The audit log names requests and holds by id (`request:<id>`, `hold:<id>`), never the
//! person: it keeps verifying after an erasure and holds nothing an erasure must remove.

mod erase;
mod pdf;

pub use erase::{erase, Erasure, Kept, KeptWhy};

use crate::audit::{self, Actor, NewEntry};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n;
use crate::privacy::match_key;
use crate::store::Write;
use crate::Store;
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::{Row, SqliteConnection};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// How a request or a hold names a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    Email(String),
    Name(String),
    Visit(i64),
}

impl Person {
    /// `email`, `name` or `visit`, as stored.
    pub fn named_by(&self) -> &'static str {
        match self {
            Person::Email(_) => "email",
            Person::Name(_) => "name",
            Person::Visit(_) => "visit",
        }
    }

    /// The match key (or the visit id), as stored.
    pub fn key(&self) -> String {
        match self {
            Person::Email(s) | Person::Name(s) => match_key(s),
            Person::Visit(id) => id.to_string(),
        }
    }
}

/// What a request row keeps of an erased person's key.
fn hashed(key: &str) -> String {
    format!(
        "sha256:{}",
        data_encoding::HEXLOWER.encode(&Sha256::digest(key.as_bytes()))
    )
}

/// The site's date of `now`.
fn today(now: DateTime<Utc>, config: &Config) -> NaiveDate {
    now.with_timezone(&config.time_zone).date_naive()
}

// ---------------------------------------------------------------------------------------------
// Everything held about one person
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct VisitRecord {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub company: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A tour's interest, another visit's purpose.
    pub purpose: Option<String>,
    pub host_member_id: Option<String>,
    pub host: Option<String>,
    pub language: String,
    pub checked_in_at: String,
    pub checked_out_at: Option<String>,
    pub privacy_accepted_at: String,
    pub off_limits_shown_at: Option<String>,
    /// A tour's consent to be kept as a sales lead.
    pub lead_consent: bool,
    pub anonymised_at: Option<String>,
    pub kiosk_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AcceptanceRecord {
    pub id: i64,
    pub visit_id: Option<i64>,
    pub policy: String,
    pub version: i64,
    pub language: String,
    pub text_hash: String,
    pub signer_name: String,
    pub accepted_at: String,
    pub kiosk_id: String,
    pub signature_sha256: String,
    /// The signature image written beside the JSON file (`signature-<id>.png`), while kept.
    pub signature_file: Option<String>,
    /// The pen strokes as drawn (JSON), while kept.
    pub strokes: Option<serde_json::Value>,
    #[serde(skip)]
    pub signature_png: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WifiPassRecord {
    pub id: String,
    pub tier: String,
    pub visit_id: Option<i64>,
    pub label: Option<String>,
    pub issued_at: String,
    pub expires_at: String,
    pub ended_at: Option<String>,
    pub ended_how: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RollCallRecord {
    pub id: i64,
    pub roll_call_id: i64,
    pub started_at: String,
    pub visit_id: Option<i64>,
    pub name: String,
    pub status: String,
    pub marked_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MessageRecord {
    pub id: i64,
    pub channel: String,
    pub topic: String,
    pub visit_id: Option<i64>,
    pub invitation_id: Option<i64>,
    /// Only when it is the person's own address (an invitation to them); a host's address is
    /// the host's.
    pub recipient: Option<String>,
    pub language: String,
    pub facts: serde_json::Value,
    pub state: String,
    pub created_at: String,
    pub sent_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InvitationRecord {
    pub id: i64,
    pub host_member_id: String,
    pub name: String,
    pub email: Option<String>,
    pub company: Option<String>,
    pub kind: String,
    pub language: String,
    pub valid_from: String,
    pub valid_until: String,
    pub created_at: String,
    pub cancelled_at: Option<String>,
    pub used_at: Option<String>,
    pub visit_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BadgePrintRecord {
    pub id: i64,
    pub visit_id: i64,
    pub state: String,
    pub created_at: String,
    pub done_at: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApprovalRecord {
    pub id: i64,
    pub name: String,
    /// The check-in form as typed (JSON), until staff decided.
    pub request: Option<serde_json::Value>,
    pub language: String,
    pub created_at: String,
    pub decided_at: Option<String>,
    pub outcome: Option<String>,
    pub visit_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProfileRecord {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub company: Option<String>,
    pub phone: Option<String>,
    pub language: String,
    pub kind: String,
    pub signed: serde_json::Value,
    pub created_at: String,
    pub last_visit_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IncidentRecord {
    pub id: i64,
    pub kind: String,
    pub description: String,
    pub contact: Option<String>,
    pub reported_at: String,
    pub closed_at: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DenyRecord {
    pub id: i64,
    pub name: String,
    pub aliases: serde_json::Value,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub reason: Option<String>,
    pub added_at: String,
}

/// A legal hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hold {
    pub id: i64,
    pub who_by: String,
    pub who: String,
    pub reason: String,
    pub until: String,
    pub set_at: String,
    pub set_by: String,
    pub released_at: Option<String>,
}

impl Hold {
    /// On: not released and `until` not past.
    pub fn is_on(&self, today: NaiveDate) -> bool {
        self.released_at.is_none() && self.until.as_str() >= today.to_string().as_str()
    }
}

/// Everything Lobby holds about one person.
#[derive(Debug, Clone, Serialize)]
pub struct Holdings {
    /// How they were named: `email`, `name` or `visit`, and what was given.
    pub named_by: String,
    pub named: String,
    pub generated_at: String,
    /// The language of their visits or profile: the PDF's.
    pub language: String,
    pub visits: Vec<VisitRecord>,
    pub acceptances: Vec<AcceptanceRecord>,
    pub wifi_passes: Vec<WifiPassRecord>,
    pub roll_calls: Vec<RollCallRecord>,
    pub messages: Vec<MessageRecord>,
    pub invitations: Vec<InvitationRecord>,
    pub badge_prints: Vec<BadgePrintRecord>,
    pub approvals: Vec<ApprovalRecord>,
    pub profile: Option<ProfileRecord>,
    pub incidents: Vec<IncidentRecord>,
    pub deny_entries: Vec<DenyRecord>,
    /// Legal holds on their records that are on now.
    pub holds: Vec<Hold>,
}

impl Holdings {
    /// How many records, all tables together.
    pub fn records(&self) -> usize {
        self.visits.len()
            + self.acceptances.len()
            + self.wifi_passes.len()
            + self.roll_calls.len()
            + self.messages.len()
            + self.invitations.len()
            + self.badge_prints.len()
            + self.approvals.len()
            + usize::from(self.profile.is_some())
            + self.incidents.len()
            + self.deny_entries.len()
    }

    /// The keys of every address and name the records give for the person.
    fn terms(&self) -> BTreeSet<String> {
        let mut t = BTreeSet::new();
        let mut add = |s: Option<&str>| {
            if let Some(k) = s.map(match_key).filter(|k| !k.is_empty()) {
                t.insert(k);
            }
        };
        for v in &self.visits {
            add(Some(&v.name));
            add(v.email.as_deref());
        }
        for i in &self.invitations {
            add(Some(&i.name));
            add(i.email.as_deref());
        }
        if let Some(p) = &self.profile {
            add(Some(&p.name));
            add(Some(&p.email));
        }
        if let Some(named) = (self.named_by != "visit").then_some(self.named.as_str()) {
            add(Some(named));
        }
        t
    }
}

fn opt_key(s: &Option<String>) -> Option<String> {
    s.as_deref().map(match_key).filter(|k| !k.is_empty())
}

/// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`.
fn id_list(ids: impl IntoIterator<Item = i64>) -> String {
    serde_json::Value::from(ids.into_iter().collect::<Vec<_>>()).to_string()
}

fn json_text(s: Option<String>) -> Option<serde_json::Value> {
    s.map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s)))
}

/// Whether a table exists (the deny list arrives with its own migration).
async fn table_exists(conn: &mut SqliteConnection, table: &str) -> Result<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(table)
            .fetch_one(&mut *conn)
            .await?;
    Ok(n > 0)
}

/// Everything held about `person`; [`Error::PersonNotFound`] when nothing is.
pub async fn gather(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    config: &Config,
    person: &Person,
) -> Result<Holdings> {
    let key = person.key();
    let (by_email, by_name, by_visit) = match person {
        Person::Email(_) => (Some(key.as_str()), None, None),
        Person::Name(_) => (None, Some(key.as_str()), None),
        Person::Visit(id) => (None, None, Some(*id)),
    };
    let email_is = |s: &Option<String>| by_email.is_some() && opt_key(s).as_deref() == by_email;
    let name_is = |s: &str| by_name.is_some_and(|k| match_key(s) == k);

    let rows = sqlx::query(
        "SELECT v.id, v.kind, v.name, v.company, v.email, v.phone, v.purpose, v.host_member_id,
                m.name, v.language, v.checked_in_at, v.checked_out_at, v.privacy_accepted_at,
                v.off_limits_shown_at, v.lead_consent, v.anonymised_at, v.kiosk_id
         FROM visits v LEFT JOIN members m ON m.id = v.host_member_id ORDER BY v.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut visits = Vec::new();
    for r in rows {
        let v = VisitRecord {
            id: r.get(0),
            kind: r.get(1),
            name: r.get(2),
            company: r.get(3),
            email: r.get(4),
            phone: r.get(5),
            purpose: r.get(6),
            host_member_id: r.get(7),
            host: r.get(8),
            language: r.get(9),
            checked_in_at: r.get(10),
            checked_out_at: r.get(11),
            privacy_accepted_at: r.get(12),
            off_limits_shown_at: r.get(13),
            lead_consent: r.get(14),
            anonymised_at: r.get(15),
            kiosk_id: r.get(16),
        };
        if by_visit == Some(v.id) || email_is(&v.email) || name_is(&v.name) {
            visits.push(v);
        }
    }
    let visit_ids = id_list(visits.iter().map(|v| v.id));
    let is_mine = |id: Option<i64>| id.is_some_and(|id| visits.iter().any(|v| v.id == id));

    let rows = sqlx::query(
        "SELECT id, visit_id, policy, version, lang, text_hash, signer_name, accepted_at, kiosk_id,
                signature_sha256, signature_png IS NOT NULL, strokes
         FROM acceptances WHERE visit_id IS NOT NULL ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut acceptances = Vec::new();
    for r in rows {
        let visit_id: Option<i64> = r.get(1);
        let signer: String = r.get(6);
        if !(is_mine(visit_id) || name_is(&signer)) {
            continue;
        }
        let id: i64 = r.get(0);
        let has_png: bool = r.get(10);
        let png: Option<Vec<u8>> = if has_png {
            sqlx::query_scalar("SELECT signature_png FROM acceptances WHERE id = ?")
                .bind(id)
                .fetch_one(&mut *conn)
                .await?
        } else {
            None
        };
        acceptances.push(AcceptanceRecord {
            id,
            visit_id,
            policy: r.get(2),
            version: r.get(3),
            language: r.get(4),
            text_hash: r.get(5),
            signer_name: signer,
            accepted_at: r.get(7),
            kiosk_id: r.get(8),
            signature_sha256: r.get(9),
            signature_file: png.as_ref().map(|_| format!("signature-{id}.png")),
            strokes: json_text(r.get(11)),
            signature_png: png,
        });
    }

    let rows = sqlx::query(
        "SELECT id, tier, visit_id, label, issued_at, expires_at, ended_at, ended_how
         FROM wifi_passes WHERE visit_id IS NOT NULL OR COALESCE(label, '') <> ''
         ORDER BY issued_at",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut wifi_passes = Vec::new();
    for r in rows {
        let visit_id: Option<i64> = r.get(2);
        let label: Option<String> = r.get(3);
        if is_mine(visit_id) || label.as_deref().is_some_and(name_is) {
            wifi_passes.push(WifiPassRecord {
                id: r.get(0),
                tier: r.get(1),
                visit_id,
                label,
                issued_at: r.get(4),
                expires_at: r.get(5),
                ended_at: r.get(6),
                ended_how: r.get(7),
            });
        }
    }

    let rows = sqlx::query(
        "SELECT e.id, e.roll_call_id, r.started_at, e.visit_id, e.name, e.status, e.marked_at
         FROM roll_call_entries e JOIN roll_calls r ON r.id = e.roll_call_id ORDER BY e.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut roll_calls = Vec::new();
    for r in rows {
        let visit_id: Option<i64> = r.get(3);
        let name: String = r.get(4);
        if is_mine(visit_id) || name_is(&name) {
            roll_calls.push(RollCallRecord {
                id: r.get(0),
                roll_call_id: r.get(1),
                started_at: r.get(2),
                visit_id,
                name,
                status: r.get(5),
                marked_at: r.get(6),
            });
        }
    }

    let rows = sqlx::query(
        "SELECT id, host_member_id, name, email, company, kind, language, valid_from, valid_until,
                created_at, cancelled_at, used_at, visit_id
         FROM invitations ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut invitations = Vec::new();
    for r in rows {
        let i = InvitationRecord {
            id: r.get(0),
            host_member_id: r.get(1),
            name: r.get(2),
            email: r.get(3),
            company: r.get(4),
            kind: r.get(5),
            language: r.get(6),
            valid_from: r.get(7),
            valid_until: r.get(8),
            created_at: r.get(9),
            cancelled_at: r.get(10),
            used_at: r.get(11),
            visit_id: r.get(12),
        };
        if is_mine(i.visit_id) || email_is(&i.email) || name_is(&i.name) {
            invitations.push(i);
        }
    }

    let rows = sqlx::query(
        "SELECT id, channel, topic, visit_id, invitation_id, recipient, language, facts, state,
                created_at, sent_at
         FROM outbox ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut own_emails: BTreeSet<String> = by_email.map(str::to_owned).into_iter().collect();
    own_emails.extend(visits.iter().filter_map(|v| opt_key(&v.email)));
    own_emails.extend(invitations.iter().filter_map(|i| opt_key(&i.email)));
    let mut messages = Vec::new();
    for r in rows {
        let visit_id: Option<i64> = r.get(3);
        let invitation_id: Option<i64> = r.get(4);
        let recipient: Option<String> = r.get(5);
        let mine = invitation_id.is_some_and(|i| invitations.iter().any(|x| x.id == i));
        let own = opt_key(&recipient).is_some_and(|k| own_emails.contains(&k));
        if is_mine(visit_id) || mine || own {
            messages.push(MessageRecord {
                id: r.get(0),
                channel: r.get(1),
                topic: r.get(2),
                visit_id,
                invitation_id,
                recipient: recipient.filter(|_| own),
                language: r.get(6),
                facts: json_text(r.get(7)).unwrap_or_default(),
                state: r.get(8),
                created_at: r.get(9),
                sent_at: r.get(10),
            });
        }
    }

    let badge_prints = sqlx::query(
        "SELECT id, visit_id, state, created_at, done_at FROM badge_prints
         WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY id",
    )
    .bind(&visit_ids)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| BadgePrintRecord {
        id: r.get(0),
        visit_id: r.get(1),
        state: r.get(2),
        created_at: r.get(3),
        done_at: r.get(4),
    })
    .collect();

    let rows = sqlx::query(
        "SELECT id, name, request, language, created_at, decided_at, outcome, visit_id
         FROM approvals ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut approvals = Vec::new();
    for r in rows {
        let name: String = r.get(1);
        let request = json_text(r.get(2));
        let visit_id: Option<i64> = r.get(7);
        let form_email = request
            .as_ref()
            .and_then(|f| f.get("email"))
            .and_then(|e| e.as_str())
            .map(str::to_owned);
        if is_mine(visit_id) || name_is(&name) || email_is(&form_email) {
            approvals.push(ApprovalRecord {
                id: r.get(0),
                name,
                request,
                language: r.get(3),
                created_at: r.get(4),
                decided_at: r.get(5),
                outcome: r.get(6),
                visit_id,
            });
        }
    }

    let rows = sqlx::query(
        "SELECT id, email_key, email, name, company, phone, language, kind, signed, created_at,
                last_visit_at
         FROM visitor_profiles ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut profile = None;
    for r in rows {
        let email_key: String = r.get(1);
        let name: String = r.get(3);
        if by_email == Some(email_key.as_str()) || name_is(&name) {
            profile = Some(ProfileRecord {
                id: r.get(0),
                email: r.get(2),
                name,
                company: r.get(4),
                phone: r.get(5),
                language: r.get(6),
                kind: r.get(7),
                signed: json_text(r.get(8)).unwrap_or_default(),
                created_at: r.get(9),
                last_visit_at: r.get(10),
            });
            break;
        }
    }

    let mut held = Holdings {
        named_by: person.named_by().to_owned(),
        named: match person {
            Person::Email(s) | Person::Name(s) => s.clone(),
            Person::Visit(id) => id.to_string(),
        },
        generated_at: now.to_rfc3339(),
        language: String::new(),
        visits,
        acceptances,
        wifi_passes,
        roll_calls,
        messages,
        invitations,
        badge_prints,
        approvals,
        profile,
        incidents: Vec::new(),
        deny_entries: Vec::new(),
        holds: Vec::new(),
    };

    // Reports and deny-list entries name people in free text or by any of their names.
    let terms = held.terms();
    let names_them = |text: &str| {
        let text = match_key(text);
        terms
            .iter()
            .any(|t| t.chars().count() >= 3 && text.contains(t.as_str()))
    };
    let rows = sqlx::query(
        "SELECT id, kind, description, contact, reported_at, closed_at, note FROM incidents
         WHERE anonymised_at IS NULL ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let description: String = r.get(2);
        let contact: Option<String> = r.get(3);
        let note: Option<String> = r.get(6);
        let contact_is = opt_key(&contact).is_some_and(|k| terms.contains(&k));
        if contact_is || names_them(&description) || note.as_deref().is_some_and(names_them) {
            held.incidents.push(IncidentRecord {
                id: r.get(0),
                kind: r.get(1),
                description,
                contact,
                reported_at: r.get(4),
                closed_at: r.get(5),
                note,
            });
        }
    }

    if table_exists(conn, "deny_entries").await? {
        let rows = sqlx::query(
            "SELECT id, name, aliases, email, phone, reason, added_at FROM deny_entries ORDER BY id",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in rows {
            let name: String = r.get(1);
            let aliases = json_text(r.get(2)).unwrap_or_default();
            let email: Option<String> = r.get(3);
            let alias_is = aliases.as_array().is_some_and(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .any(|x| terms.contains(&match_key(x)))
            });
            if terms.contains(&match_key(&name))
                || opt_key(&email).is_some_and(|k| terms.contains(&k))
                || alias_is
            {
                held.deny_entries.push(DenyRecord {
                    id: r.get(0),
                    name,
                    aliases,
                    email,
                    phone: r.get(4),
                    reason: r.get(5),
                    added_at: r.get(6),
                });
            }
        }
    }

    if held.records() == 0 {
        return Err(Error::PersonNotFound);
    }
    let day = today(now, config);
    held.holds = all_holds(conn)
        .await?
        .into_iter()
        .filter(|h| h.is_on(day) && held.is_held_by(h).is_some())
        .collect();
    held.language = held
        .profile
        .as_ref()
        .map(|p| p.language.clone())
        .or_else(|| held.visits.last().map(|v| v.language.clone()))
        .or_else(|| held.invitations.last().map(|i| i.language.clone()))
        .or_else(|| held.approvals.last().map(|a| a.language.clone()))
        .unwrap_or_else(|| {
            config
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| i18n::REFERENCE.to_owned())
        });
    Ok(held)
}

/// What a hold holds of one person's records: visit ids, invitation ids, the profile, and
/// stand-alone rows by name.
pub(crate) struct HeldSet {
    pub visits: BTreeSet<i64>,
    pub invitations: BTreeSet<i64>,
    pub profile: bool,
    /// Rows named only by a name (a hand-issued pass, a roll-call line, an approval).
    pub name_keys: BTreeSet<String>,
    pub incident_terms: BTreeSet<String>,
}

impl Holdings {
    /// What `hold` keeps of these records; None when nothing.
    pub(crate) fn is_held_by(&self, hold: &Hold) -> Option<HeldSet> {
        let matches = |email: Option<&str>, name: Option<&str>, visit: Option<i64>| match hold
            .who_by
            .as_str()
        {
            "email" => email.is_some_and(|e| match_key(e) == hold.who),
            "name" => name.is_some_and(|n| match_key(n) == hold.who),
            _ => visit.is_some_and(|v| v.to_string() == hold.who),
        };
        let visits: BTreeSet<i64> = self
            .visits
            .iter()
            .filter(|v| matches(v.email.as_deref(), Some(&v.name), Some(v.id)))
            .map(|v| v.id)
            .collect();
        let invitations: BTreeSet<i64> = self
            .invitations
            .iter()
            .filter(|i| {
                matches(i.email.as_deref(), Some(&i.name), None)
                    || i.visit_id.is_some_and(|v| visits.contains(&v))
            })
            .map(|i| i.id)
            .collect();
        let profile = self
            .profile
            .as_ref()
            .is_some_and(|p| matches(Some(&p.email), Some(&p.name), None));
        let name_keys: BTreeSet<String> = (hold.who_by == "name")
            .then(|| hold.who.clone())
            .into_iter()
            .collect();
        let incident_terms: BTreeSet<String> = (hold.who_by != "visit")
            .then(|| hold.who.clone())
            .into_iter()
            .collect();
        let incidents = self.incidents.iter().any(|i| {
            opt_key(&i.contact).is_some_and(|k| incident_terms.contains(&k))
                || incident_terms
                    .iter()
                    .any(|t| match_key(&i.description).contains(t.as_str()))
        });
        let by_name = !name_keys.is_empty()
            && (self.wifi_passes.iter().any(|w| {
                w.label
                    .as_deref()
                    .is_some_and(|l| name_keys.contains(&match_key(l)))
            }) || self
                .roll_calls
                .iter()
                .any(|r| name_keys.contains(&match_key(&r.name)))
                || self
                    .approvals
                    .iter()
                    .any(|a| name_keys.contains(&match_key(&a.name)))
                || self
                    .acceptances
                    .iter()
                    .any(|a| name_keys.contains(&match_key(&a.signer_name))));
        (!visits.is_empty() || !invitations.is_empty() || profile || incidents || by_name)
            .then_some(HeldSet {
                visits,
                invitations,
                profile,
                name_keys,
                incident_terms,
            })
    }
}

// ---------------------------------------------------------------------------------------------
// Access: the export
// ---------------------------------------------------------------------------------------------

/// The files an export wrote, and the request it answered.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub request_id: i64,
    pub json: PathBuf,
    pub pdf: PathBuf,
    pub records: usize,
}

/// The names of an export's files in its folder.
pub const EXPORT_JSON: &str = "personal-data.json";
pub const EXPORT_PDF: &str = "personal-data.pdf";

/// Writes everything held about `person` to `out` (`personal-data.json`, `personal-data.pdf`
/// in their language, and each kept signature as `signature-<id>.png`) and records the access
/// request (received on `received`, today by default) as answered.
pub async fn export(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    person: &Person,
    received: Option<NaiveDate>,
    out: &Path,
) -> Result<Exported> {
    let held = {
        let mut conn = store.conn().await?;
        gather(&mut conn, now, config, person).await?
    };
    let document = pdf::document(&held, config)?;
    crate::private::create_dir(out)?;
    let json = out.join(EXPORT_JSON);
    let pdf_path = out.join(EXPORT_PDF);
    let text = serde_json::to_vec_pretty(&held).map_err(|e| Error::Internal(e.to_string()))?;
    crate::private::write(&json, &text)?;
    crate::private::write(&pdf_path, &document)?;
    for a in &held.acceptances {
        if let (Some(file), Some(png)) = (&a.signature_file, &a.signature_png) {
            crate::private::write(&out.join(file), png)?;
        }
    }
    let mut tx = store.begin_write().await?;
    let request_id = answer(&mut tx, now, config, &actor, "access", person, received).await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "privacy-export",
            subject: Some(format!("request:{request_id}")),
            details: json!({
                "records": held.records(),
                "visits": held.visits.iter().map(|v| v.id).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Exported {
        request_id,
        json,
        pdf: pdf_path,
        records: held.records(),
    })
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/// A request, with its limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    pub id: i64,
    pub kind: String,
    pub named_by: String,
    /// The key it names; `sha256:…` once that person was erased.
    pub named: String,
    pub received_on: String,
    pub answered_at: Option<String>,
    /// One calendar month after it was received.
    pub due_on: String,
    /// Days from today to `due_on`; negative when overdue.
    pub days_left: i64,
}

fn due(received: NaiveDate) -> NaiveDate {
    received
        .checked_add_months(Months::new(1))
        .unwrap_or(received)
}

/// Answers the open request of this kind naming `person`, or records one received on
/// `received` (today by default) and answers it. Returns its id.
async fn answer(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    actor: &Actor,
    kind: &str,
    person: &Person,
    received: Option<NaiveDate>,
) -> Result<i64> {
    let open: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM privacy_requests
         WHERE answered_at IS NULL AND kind = ? AND named_by = ? AND named = ?
         ORDER BY received_on LIMIT 1",
    )
    .bind(kind)
    .bind(person.named_by())
    .bind(person.key())
    .fetch_optional(&mut **tx)
    .await?;
    let id = match open {
        Some(id) => id,
        None => {
            insert_request(tx, now, config, actor, kind, person, received)
                .await?
                .id
        }
    };
    sqlx::query("UPDATE privacy_requests SET answered_at = ?, answered_by = ? WHERE id = ?")
        .bind(now.to_rfc3339())
        .bind(actor.as_text())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

async fn insert_request(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    actor: &Actor,
    kind: &str,
    person: &Person,
    received: Option<NaiveDate>,
) -> Result<Request> {
    let day = today(now, config);
    let received = received.unwrap_or(day);
    if received > day {
        return Err(Error::RequestDateInvalid);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO privacy_requests (kind, named_by, named, received_on) VALUES (?, ?, ?, ?)
         RETURNING id",
    )
    .bind(kind)
    .bind(person.named_by())
    .bind(person.key())
    .bind(received.to_string())
    .fetch_one(&mut **tx)
    .await?;
    audit::append(
        tx,
        now,
        NewEntry {
            actor: actor.clone(),
            action: "privacy-request",
            subject: Some(format!("request:{id}")),
            details: json!({ "kind": kind, "received_on": received.to_string() }),
        },
    )
    .await?;
    let due_on = due(received);
    Ok(Request {
        id,
        kind: kind.to_owned(),
        named_by: person.named_by().to_owned(),
        named: person.key(),
        received_on: received.to_string(),
        answered_at: None,
        due_on: due_on.to_string(),
        days_left: (due_on - day).num_days(),
    })
}

/// Records a request received (today by default) and not answered yet: `kind` is `access` or
/// `erasure`. `export` and `erase` answer it.
pub async fn receive(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    kind: &str,
    person: &Person,
    received: Option<NaiveDate>,
) -> Result<Request> {
    if !matches!(kind, "access" | "erasure") {
        return Err(Error::Internal(format!("request kind {kind}")));
    }
    let mut tx = store.begin_write().await?;
    let request = insert_request(&mut tx, now, config, &actor, kind, person, received).await?;
    tx.commit().await?;
    Ok(request)
}

/// Open requests, oldest first, with the days left; `all` adds answered ones.
pub async fn requests(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    all: bool,
) -> Result<Vec<Request>> {
    let day = today(now, config);
    let rows = sqlx::query(
        "SELECT id, kind, named_by, named, received_on, answered_at FROM privacy_requests
         WHERE ? OR answered_at IS NULL ORDER BY received_on, id",
    )
    .bind(all)
    .fetch_all(store.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let received_on: String = r.get(4);
            let received = NaiveDate::parse_from_str(&received_on, "%Y-%m-%d").unwrap_or(day);
            let due_on = due(received);
            Request {
                id: r.get(0),
                kind: r.get(1),
                named_by: r.get(2),
                named: r.get(3),
                received_on,
                answered_at: r.get(5),
                due_on: due_on.to_string(),
                days_left: (due_on - day).num_days(),
            }
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------
// Legal holds
// ---------------------------------------------------------------------------------------------

async fn all_holds(conn: &mut SqliteConnection) -> Result<Vec<Hold>> {
    Ok(sqlx::query(
        "SELECT id, who_by, who, reason, until, set_at, set_by, released_at FROM legal_holds
         ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| Hold {
        id: r.get(0),
        who_by: r.get(1),
        who: r.get(2),
        reason: r.get(3),
        until: r.get(4),
        set_at: r.get(5),
        set_by: r.get(6),
        released_at: r.get(7),
    })
    .collect())
}

/// Holds `person`'s records until `until` (inclusive, after today) for `reason`.
pub async fn hold(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    person: &Person,
    reason: &str,
    until: NaiveDate,
) -> Result<Hold> {
    if until <= today(now, config) {
        return Err(Error::HoldDatesInvalid);
    }
    let mut tx = store.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO legal_holds (who_by, who, reason, until, set_at, set_by)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(person.named_by())
    .bind(person.key())
    .bind(reason.trim())
    .bind(until.to_string())
    .bind(now.to_rfc3339())
    .bind(actor.as_text())
    .fetch_one(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: actor.clone(),
            action: "privacy-hold",
            subject: Some(format!("hold:{id}")),
            details: json!({ "until": until.to_string() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Hold {
        id,
        who_by: person.named_by().to_owned(),
        who: person.key(),
        reason: reason.trim().to_owned(),
        until: until.to_string(),
        set_at: now.to_rfc3339(),
        set_by: actor.as_text(),
        released_at: None,
    })
}

/// Holds that are on; `all` adds released and ended ones.
pub async fn holds(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    all: bool,
) -> Result<Vec<Hold>> {
    let day = today(now, config);
    let mut conn = store.conn().await?;
    Ok(all_holds(&mut conn)
        .await?
        .into_iter()
        .filter(|h| all || h.is_on(day))
        .collect())
}

/// Ends a hold now; None when no hold that is on has this id.
pub async fn release(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    id: i64,
) -> Result<Option<Hold>> {
    let mut tx = store.begin_write().await?;
    let Some(mut hold) = all_holds(&mut tx)
        .await?
        .into_iter()
        .find(|h| h.id == id && h.is_on(today(now, config)))
    else {
        return Ok(None);
    };
    sqlx::query("UPDATE legal_holds SET released_at = ?, released_by = ? WHERE id = ?")
        .bind(now.to_rfc3339())
        .bind(actor.as_text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "privacy-hold-release",
            subject: Some(format!("hold:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    hold.released_at = Some(now.to_rfc3339());
    Ok(Some(hold))
}

/// Request rows naming any of `keys` by address or name keep only their hash from now on.
async fn forget_request_keys(tx: &mut Write, keys: &BTreeSet<String>) -> Result<()> {
    for key in keys {
        sqlx::query(
            "UPDATE privacy_requests SET named = ? WHERE named_by IN ('email', 'name') AND named = ?",
        )
        .bind(hashed(key))
        .bind(key)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

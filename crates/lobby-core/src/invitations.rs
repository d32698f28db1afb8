//! Invitations (pre-registration): a host, staff or an operator registers a guest ahead; the
//! guest gets a short code and its QR code by e-mail, and checks in at the kiosk with two
//! touches. A code is 8 symbols from an alphabet without look-alikes, drawn from the OS
//! generator; it is good from its first day to its last (the site's dates) and once.
//!
//! The invitation e-mail goes through the outbox like a host's message (`notify`), so it is
//! written in the creating transaction and survives an outage of the relay.

use crate::audit::{self, Actor, NewEntry};
use crate::config::{self, Config, FieldRule, VisitKind};
use crate::error::{Error, Result};
use crate::privacy::{deny, profiles};
use crate::store::Write;
use crate::{members, notify, text, Store};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;
use ts_rs::TS;

/// The symbols of a code: no 0/O/D, 1/I/L, 2/Z, 5/S, 8/B, U/V.
pub const ALPHABET: &[u8] = b"ACEFGHJKMNPQRTWXY34679";
/// Symbols in a code.
pub const CODE_LEN: usize = 8;
/// The longest an invitation lasts.
pub const MAX_DAYS: u32 = 30;

/// A new code from the OS generator.
pub fn new_code() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..CODE_LEN)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// A code as a guest may type it (lower case, spaces, a hyphen) or a scanner sends it, in the
/// stored form; `None` if it cannot be a code.
pub fn normalise(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// The code as printed: two groups of four, `ACEF-GH34`.
pub use crate::text::grouped_code as display;

/// What staff or an operator give to invite someone.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct NewInvitation {
    pub host_id: String,
    pub name: String,
    pub email: Option<String>,
    pub company: Option<String>,
    /// Guest by default.
    pub kind: Option<VisitKind>,
    /// The first day, `YYYY-MM-DD` in the site's time zone.
    pub date: String,
    /// How many days it is good for (1 by default).
    #[ts(type = "number | null")]
    pub days: Option<u32>,
    /// The invitation e-mail's language; the site's first by default.
    pub language: Option<String>,
}

/// An invitation as staff and operators see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Invitation {
    #[ts(type = "number")]
    pub id: i64,
    /// As printed and typed: `ACEF-GH34`.
    pub code: String,
    pub host_id: String,
    /// The host's full name.
    pub host: String,
    pub name: String,
    pub email: Option<String>,
    pub company: Option<String>,
    pub kind: VisitKind,
    pub language: String,
    pub from: String,
    pub until: String,
    pub status: Status,
    /// The visit it was used for.
    #[ts(type = "number | null")]
    pub visit_id: Option<i64>,
    pub used_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename = "InvitationStatus")]
pub enum Status {
    Upcoming,
    Valid,
    Used,
    Cancelled,
    Expired,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Upcoming => "upcoming",
            Status::Valid => "valid",
            Status::Used => "used",
            Status::Cancelled => "cancelled",
            Status::Expired => "expired",
        }
    }
}

fn today(config: &Config, now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&config.time_zone).date_naive()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

const COLUMNS: &str = "i.id, i.code, i.host_member_id, COALESCE(m.name, ''), i.name, i.email,
    i.company, i.kind, i.language, i.valid_from, i.valid_until, i.cancelled_at, i.visit_id,
    i.used_at";

fn from_row(r: &sqlx::sqlite::SqliteRow, today: NaiveDate) -> Invitation {
    let from: String = r.get(9);
    let until: String = r.get(10);
    let cancelled: Option<String> = r.get(11);
    let used_at: Option<String> = r.get(13);
    let status = if used_at.is_some() {
        Status::Used
    } else if cancelled.is_some() {
        Status::Cancelled
    } else if date(&until) < today {
        Status::Expired
    } else if date(&from) > today {
        Status::Upcoming
    } else {
        Status::Valid
    };
    Invitation {
        id: r.get(0),
        code: display(r.get::<&str, _>(1)),
        host_id: r.get(2),
        host: r.get(3),
        name: r.get(4),
        email: r.get(5),
        company: r.get(6),
        kind: VisitKind::parse(r.get::<&str, _>(7)).unwrap_or(VisitKind::Guest),
        language: r.get(8),
        from,
        until,
        status,
        visit_id: r.get(12),
        used_at,
    }
}

/// Checks a new invitation's fields against the site's rules.
struct Clean {
    host_id: String,
    /// The host's full name, for the invitation e-mail.
    host_name: String,
    name: String,
    email: Option<String>,
    company: Option<String>,
    kind: VisitKind,
    from: NaiveDate,
    until: NaiveDate,
    language: String,
}

async fn clean(
    conn: &mut sqlx::SqliteConnection,
    config: &Config,
    now: DateTime<Utc>,
    new: &NewInvitation,
) -> Result<Clean> {
    let name = text::name("name", &new.name)?;
    let email = text::email("email", new.email.as_deref(), FieldRule::Optional)?;
    let company = text::field(
        "company",
        new.company.as_deref(),
        text::COMPANY_MAX,
        FieldRule::Optional,
    )?;
    let kind = new.kind.unwrap_or(VisitKind::Guest);
    // A tour has a guide, not a host; a delivery does not come by invitation.
    if matches!(kind, VisitKind::Tour | VisitKind::Delivery) || config.visits.get(kind).is_none() {
        return Err(Error::VisitTypeUnavailable);
    }
    let host_id = new.host_id.trim().to_string();
    let host_name = members::name_of(conn, &host_id)
        .await?
        .ok_or(Error::HostUnknown)?;
    let from = NaiveDate::parse_from_str(new.date.trim(), "%Y-%m-%d")
        .map_err(|_| Error::InvitationDates)?;
    let days = new.days.unwrap_or(1);
    if from < today(config, now) || !(1..=MAX_DAYS).contains(&days) {
        return Err(Error::InvitationDates);
    }
    let language = match new.language.as_deref().map(str::trim) {
        None | Some("") => config
            .languages
            .first()
            .cloned()
            .unwrap_or_else(|| crate::i18n::REFERENCE.into()),
        Some(l) => crate::config::shipped_language(l)
            .map(str::to_string)
            .ok_or(Error::FieldInvalidCharacters { field: "language" })?,
    };
    // "A pre-registered invitation is checked when it is created" (issue 23).
    if let Some(entry) = deny::matches(conn, &name, email.as_deref(), None).await? {
        return Err(Error::InvitationDenied { entry });
    }
    Ok(Clean {
        host_id,
        host_name,
        name,
        email,
        company,
        kind,
        from,
        until: from + Duration::days(i64::from(days) - 1),
        language,
    })
}

async fn insert(
    tx: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    c: &Clean,
) -> Result<i64> {
    let (id, code) = loop {
        let code = new_code();
        let inserted = sqlx::query_scalar::<_, i64>(
            "INSERT INTO invitations (code, host_member_id, name, email, company, kind, language,
               valid_from, valid_until, created_at, created_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&code)
        .bind(&c.host_id)
        .bind(&c.name)
        .bind(&c.email)
        .bind(&c.company)
        .bind(c.kind.as_str())
        .bind(&c.language)
        .bind(c.from.to_string())
        .bind(c.until.to_string())
        .bind(now.to_rfc3339())
        .bind(actor.as_text())
        .fetch_one(&mut **tx)
        .await;
        match inserted {
            Ok(id) => break (id, code),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    };
    audit::append(
        tx,
        now,
        NewEntry {
            actor,
            action: "invitation-create",
            subject: Some(format!("invitation:{id}")),
            details: json!({ "kind": c.kind.as_str(), "days": (c.until - c.from).num_days() + 1, "emailed": c.email.is_some() }),
        },
    )
    .await?;
    if let Some(email) = &c.email {
        let facts = notify::Facts {
            visitor: c.name.clone(),
            company: c.company.clone(),
            kind: c.kind,
            at: now,
            host_id: c.host_id.clone(),
            host_name: c.host_name.clone(),
            site: config.site_name.clone(),
            kiosk: config.kiosk_id.clone(),
            waiting_area: String::new(),
            invitation: Some(notify::Invited {
                code,
                from: c.from,
                until: c.until,
            }),
            held: None,
        };
        notify::enqueue_invitation(tx, now, config, id, &facts, email, &c.language).await?;
    }
    Ok(id)
}

/// Creates an invitation (and queues its e-mail when it has an address). Audited.
pub async fn create(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    new: &NewInvitation,
) -> Result<Invitation> {
    let mut tx = store.begin_write().await?;
    let c = clean(&mut tx, config, now, new).await?;
    let id = insert(&mut tx, now, config, actor, &c).await?;
    tx.commit().await?;
    get(store, now, config, id).await
}

/// Reads an invitation CSV (header `host,name,email,company,kind,date,days,language`; host,
/// name and date required) and creates every row in one transaction, or none and names each
/// line it could not use.
pub async fn import_csv(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    data: &[u8],
) -> Result<Vec<Invitation>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let header = reader.headers().map_err(|_| Error::ImportRejected {
        rows: vec![(1, Error::FieldRequired { field: "host" }.payload())],
    })?;
    let columns = text::csv_columns(
        header,
        [
            "host", "name", "email", "company", "kind", "date", "days", "language",
        ],
    );
    for (i, needed) in ["host", "name", "date"].iter().enumerate() {
        let at = [0, 1, 5][i];
        if columns[at].is_none() {
            return Err(Error::ImportRejected {
                rows: vec![(1, Error::FieldRequired { field: needed }.payload())],
            });
        }
    }
    let mut tx = store.begin_write().await?;
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let Ok(r) = record else {
            problems.push((
                line,
                Error::FieldInvalidCharacters { field: "line" }.payload(),
            ));
            continue;
        };
        let get = |c: Option<usize>| text::csv_cell(&r, c);
        let kind = match get(columns[4]) {
            None => None,
            Some(k) => match VisitKind::parse(k) {
                Some(k) => Some(k),
                None => {
                    problems.push((line, Error::VisitTypeUnavailable.payload()));
                    continue;
                }
            },
        };
        let days = match get(columns[6]).map(str::parse::<u32>) {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(_)) => {
                problems.push((line, Error::InvitationDates.payload()));
                continue;
            }
        };
        let new = NewInvitation {
            host_id: get(columns[0]).unwrap_or("").to_string(),
            name: get(columns[1]).unwrap_or("").to_string(),
            email: get(columns[2]).map(str::to_string),
            company: get(columns[3]).map(str::to_string),
            kind,
            date: get(columns[5]).unwrap_or("").to_string(),
            days,
            language: get(columns[7]).map(str::to_string),
        };
        match clean(&mut tx, config, now, &new).await {
            Ok(c) => ids.push(insert(&mut tx, now, config, actor.clone(), &c).await?),
            Err(e) => problems.push((line, e.payload())),
        }
    }
    if !problems.is_empty() {
        return Err(Error::ImportRejected { rows: problems });
    }
    tx.commit().await?;
    let mut out = Vec::new();
    for id in ids {
        out.push(get(store, now, config, id).await?);
    }
    Ok(out)
}

pub async fn get(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    id: i64,
) -> Result<Invitation> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM invitations i LEFT JOIN members m ON m.id = i.host_member_id
         WHERE i.id = ?"
    ))
    .bind(id)
    .fetch_optional(store.pool())
    .await?
    .ok_or(Error::InvitationUnknown)?;
    Ok(from_row(&row, today(config, now)))
}

/// Invitations from today on (and, with `all`, every one kept), soonest first.
pub async fn list(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    all: bool,
) -> Result<Vec<Invitation>> {
    let today = today(config, now);
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM invitations i LEFT JOIN members m ON m.id = i.host_member_id
         WHERE i.anonymised_at IS NULL AND (? OR i.valid_until >= ?)
         ORDER BY i.valid_from, i.id"
    ))
    .bind(all)
    .bind(today.to_string())
    .fetch_all(store.pool())
    .await?;
    Ok(rows.iter().map(|r| from_row(r, today)).collect())
}

/// The staff screen's invitations: who is expected today (and who of them arrived), and who
/// is invited for a later day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Expected {
    pub today: Vec<Invitation>,
    pub upcoming: Vec<Invitation>,
}

pub async fn expected(store: &Store, now: DateTime<Utc>, config: &Config) -> Result<Expected> {
    Ok(Expected {
        today: expected_today(store, now, config).await?,
        upcoming: list(store, now, config, false)
            .await?
            .into_iter()
            .filter(|i| i.status == Status::Upcoming)
            .collect(),
    })
}

/// Who is expected today, and who of them arrived: for the staff screen.
pub async fn expected_today(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
) -> Result<Vec<Invitation>> {
    let today = today(config, now).to_string();
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM invitations i LEFT JOIN members m ON m.id = i.host_member_id
         WHERE i.anonymised_at IS NULL AND i.cancelled_at IS NULL
           AND i.valid_from <= ?1 AND i.valid_until >= ?1
         ORDER BY i.used_at IS NOT NULL, i.name"
    ))
    .bind(today)
    .fetch_all(store.pool())
    .await?;
    let today = self::today(config, now);
    Ok(rows.iter().map(|r| from_row(r, today)).collect())
}

/// Cancels an invitation not used yet (by its code or number). Audited.
pub async fn cancel(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    code_or_id: &str,
) -> Result<Invitation> {
    let mut tx = store.begin_write().await?;
    let id: i64 = match normalise(code_or_id) {
        Some(code) => {
            sqlx::query_scalar("SELECT id FROM invitations WHERE code = ?")
                .bind(code)
                .fetch_optional(&mut *tx)
                .await?
        }
        None => match code_or_id.trim().parse::<i64>() {
            Ok(id) => {
                sqlx::query_scalar("SELECT id FROM invitations WHERE id = ?")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
            }
            Err(_) => None,
        },
    }
    .ok_or(Error::InvitationUnknown)?;
    let (used, cancelled): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT used_at, cancelled_at FROM invitations WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    if used.is_some() {
        return Err(Error::InvitationUsed);
    }
    if cancelled.is_none() {
        sqlx::query("UPDATE invitations SET cancelled_at = ? WHERE id = ?")
            .bind(now.to_rfc3339())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor,
                action: "invitation-cancel",
                subject: Some(format!("invitation:{id}")),
                details: json!({}),
            },
        )
        .await?;
    }
    tx.commit().await?;
    get(store, now, config, id).await
}

/// What the kiosk shows a guest who typed or scanned a good code: enough to recognise their
/// invitation, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Invited {
    pub code: String,
    pub kind: VisitKind,
    pub name: String,
    pub first_name: String,
    pub company: Option<String>,
    /// Kept for the check-in; never sent to the screen, where anyone holding the code stands.
    #[serde(skip)]
    #[ts(skip)]
    pub email: Option<String>,
    pub host_id: String,
    /// First name and last initial.
    pub host: String,
    /// The guest asked to be remembered on an earlier visit, with the invitation's address,
    /// and signed the Code of Conduct in force then: it is not asked again.
    pub code_of_conduct_signed: bool,
}

/// The invitation behind a code, if it can be used now; otherwise why not.
pub(crate) async fn usable(
    conn: &mut sqlx::SqliteConnection,
    now: DateTime<Utc>,
    config: &Config,
    typed: &str,
) -> Result<(i64, Invited)> {
    let code = normalise(typed).ok_or(Error::InvitationUnknown)?;
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM invitations i LEFT JOIN members m ON m.id = i.host_member_id
         WHERE i.code = ? AND i.anonymised_at IS NULL"
    ))
    .bind(&code)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::InvitationUnknown)?;
    let inv = from_row(&row, today(config, now));
    match inv.status {
        Status::Used => return Err(Error::InvitationUsed),
        Status::Cancelled => return Err(Error::InvitationCancelled),
        Status::Expired => return Err(Error::InvitationExpired { until: inv.until }),
        Status::Upcoming => return Err(Error::InvitationNotYet { from: inv.from }),
        Status::Valid => {}
    }
    if inv.host.is_empty() {
        // The host left the member list since.
        return Err(Error::HostUnknown);
    }
    Ok((
        inv.id,
        Invited {
            code,
            kind: inv.kind,
            first_name: text::first_name(&inv.name),
            name: inv.name,
            company: inv.company,
            email: inv.email,
            host_id: inv.host_id,
            host: text::short_name(&inv.host),
            code_of_conduct_signed: false,
        },
    ))
}

/// The kiosk's "I have an invitation": the invitation behind a code, or why it cannot be used
/// (unknown, not yet, expired, cancelled, used: each its own message).
pub async fn lookup(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    typed: &str,
) -> Result<Invited> {
    let mut conn = store.conn().await?;
    let (_, mut invited) = usable(&mut conn, now, config, typed).await?;
    if let Some(email) = &invited.email {
        invited.code_of_conduct_signed =
            profiles::signed_in_force(&mut conn, email, config::CODE_OF_CONDUCT)
                .await?
                .is_some();
    }
    Ok(invited)
}

/// Marks the invitation used by this visit (in the check-in's transaction).
pub(crate) async fn mark_used(
    tx: &mut Write,
    now: DateTime<Utc>,
    id: i64,
    visit_id: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE invitations SET used_at = ?, visit_id = ? WHERE id = ? AND used_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(visit_id)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Five wrong codes in a minute at the kiosk: recorded once per pause, so the audit log shows
/// someone guessing.
pub async fn record_guessing(store: &Store, now: DateTime<Utc>, tries: usize) -> Result<()> {
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "invitation-guessing",
            subject: None,
            details: json!({ "wrong_codes": tries }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// With the visits, invitations whose last day is older than the retention period lose the
/// guest's name, address and company.
pub(crate) async fn anonymise_before(
    tx: &mut Write,
    now: DateTime<Utc>,
    cutoff_day: NaiveDate,
) -> Result<u64> {
    Ok(sqlx::query(
        "UPDATE invitations SET name = '', email = NULL, company = NULL, anonymised_at = ?
         WHERE anonymised_at IS NULL AND valid_until < ?",
    )
    .bind(now.to_rfc3339())
    .bind(cutoff_day.to_string())
    .execute(&mut **tx)
    .await?
    .rows_affected())
}

/// `lobby export invites`: every invitation kept, as CSV.
pub async fn export_csv(store: &Store, now: DateTime<Utc>, config: &Config) -> Result<Vec<u8>> {
    let list = list(store, now, config, true).await?;
    audit::record_export(store, now, "invites", list.len()).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| Error::Internal(e.to_string());
    w.write_record([
        "id", "code", "host_id", "host", "name", "company", "email", "kind", "from", "until",
        "status", "visit_id", "used_at",
    ])
    .map_err(io)?;
    for i in list {
        w.write_record([
            i.id.to_string(),
            display(&i.code),
            i.host_id,
            i.host,
            text::csv_safe(&i.name),
            text::csv_safe(i.company.as_deref().unwrap_or("")),
            text::csv_safe(i.email.as_deref().unwrap_or("")),
            i.kind.as_str().to_string(),
            i.from,
            i.until,
            i.status.as_str().to_string(),
            i.visit_id.map(|v| v.to_string()).unwrap_or_default(),
            i.used_at.unwrap_or_default(),
        ])
        .map_err(io)?;
    }
    w.into_inner().map_err(|e| Error::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_the_alphabet_and_read_back_however_typed() {
        for _ in 0..200 {
            let code = new_code();
            assert_eq!(code.len(), CODE_LEN);
            assert_eq!(
                normalise(&display(&code).to_lowercase()),
                Some(code.clone())
            );
            assert_eq!(normalise(&format!(" {} ", &code)), Some(code));
        }
        assert_eq!(normalise("ACEF-GH3O"), None, "O is not a symbol");
        assert_eq!(normalise("ACEFGH3"), None, "too short");
    }
}

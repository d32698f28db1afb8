//! Security concerns reported at the kiosk: a lost badge, a suspicious person, phishing, a
//! possible network breach, data exposure or anything else. Anyone may report; staff
//! acknowledge and close each report with a note. A lost badge reported by a member who
//! identifies themselves (their name and the e-mail address on record) is suspended in the
//! same transaction. Reports that may involve personal data show the 72-hour clock (GDPR
//! Art. 33: the supervisory authority is told within 72 hours where required).

use crate::audit::{self, Actor, NewEntry};
use crate::config::{Config, FieldRule};
use crate::error::{Error, Result};
use crate::{text, Store};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum IncidentKind {
    LostBadge,
    SuspiciousPerson,
    Phishing,
    NetworkBreach,
    DataExposure,
    Other,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 6] = [
        Self::LostBadge,
        Self::SuspiciousPerson,
        Self::Phishing,
        Self::NetworkBreach,
        Self::DataExposure,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LostBadge => "lost-badge",
            Self::SuspiciousPerson => "suspicious-person",
            Self::Phishing => "phishing",
            Self::NetworkBreach => "network-breach",
            Self::DataExposure => "data-exposure",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Data exposure is about personal data by definition; for the others the reporter says.
    fn always_personal_data(self) -> bool {
        self == Self::DataExposure
    }
}

pub const DESCRIPTION_MAX: usize = 2000;
pub const CONTACT_MAX: usize = 200;
pub const NOTE_MAX: usize = 1000;
/// After this many lost-badge reports in [`IDENTIFY_WINDOW`] that identified no member, the
/// kiosk stops comparing e-mail addresses until the window has passed: the reports are still
/// filed, for staff to check who made them. This keeps the form from being used to test many
/// addresses against members; each try is a report staff see.
pub const IDENTIFY_FAILURES_MAX: i64 = 3;
/// After this many lost-badge reports in [`IDENTIFY_WINDOW`] that suspended cards, further
/// reports are filed for staff but suspend nothing until the window has passed: someone who
/// knows several members' names and e-mail addresses cannot switch off a row of badges.
pub const SUSPENSIONS_MAX: i64 = 3;
pub const IDENTIFY_WINDOW: Duration = Duration::minutes(15);
/// GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware.
pub const NOTIFY_WITHIN: Duration = Duration::hours(72);

/// What the report screen sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportRequest {
    pub kind: Option<IncidentKind>,
    pub description: String,
    pub contact: Option<String>,
    pub personal_data: bool,
    /// Lost badge: the member picked from the name search...
    pub member_id: Option<String>,
    /// ...and the e-mail address they gave us, which must match the one on record.
    pub member_email: Option<String>,
}

/// What the visitor is told after reporting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reported {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: IncidentKind,
    /// Lost badge: the member was identified and this many badges no longer open anything.
    #[ts(type = "number")]
    pub badges_suspended: i64,
    /// Lost badge: a member was named but not identified (the e-mail address did not match,
    /// or address checks are paused after repeated failures).
    pub not_identified: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum IncidentStatus {
    Open,
    Acknowledged,
    Closed,
}

impl IncidentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Acknowledged => "acknowledged",
            Self::Closed => "closed",
        }
    }
}

/// A report as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Incident {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: IncidentKind,
    pub status: IncidentStatus,
    pub description: String,
    pub contact: Option<String>,
    pub personal_data: bool,
    /// The identified member's name (lost badge).
    pub member: Option<String>,
    #[ts(type = "number")]
    pub badges_suspended: i64,
    pub reported_at: String,
    pub acknowledged_at: Option<String>,
    pub closed_at: Option<String>,
    pub note: Option<String>,
    /// Personal data: when the 72 hours to notify the supervisory authority end.
    pub notify_by: Option<String>,
    /// Personal data, still open: whole hours left before `notify_by` (negative: overdue).
    #[ts(type = "number | null")]
    pub hours_left: Option<i64>,
}

/// Files a report. A lost badge from an identified member suspends their badges at once.
pub async fn report(
    store: &Store,
    now: DateTime<Utc>,
    request: &ReportRequest,
) -> Result<Reported> {
    let kind = request.kind.ok_or(Error::FieldRequired { field: "kind" })?;
    // A lost badge says enough by itself; everything else needs a few words.
    let rule = if kind == IncidentKind::LostBadge {
        FieldRule::Optional
    } else {
        FieldRule::Required
    };
    let description = text::field(
        "description",
        Some(request.description.as_str()),
        DESCRIPTION_MAX,
        rule,
    )?
    .unwrap_or_default();
    let contact = text::field(
        "contact",
        request.contact.as_deref(),
        CONTACT_MAX,
        FieldRule::Optional,
    )?;
    let personal_data = request.personal_data || kind.always_personal_data();
    let mut tx = store.begin_write().await?;
    let named = match (kind, request.member_id.as_deref()) {
        (IncidentKind::LostBadge, Some(id)) if !id.is_empty() => Some(id),
        _ => None,
    };
    let mut checks_paused = false;
    let mut identified = None;
    if let Some(id) = named {
        let matched = identify(&mut tx, id, request.member_email.as_deref()).await?;
        checks_paused = unidentified_since(&mut tx, now - IDENTIFY_WINDOW).await?
            >= IDENTIFY_FAILURES_MAX
            || suspensions_since(&mut tx, now - IDENTIFY_WINDOW).await? >= SUSPENSIONS_MAX;
        identified = (matched && !checks_paused).then_some(id);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO incidents (kind, description, contact, personal_data, member_id, reported_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(kind.as_str())
    .bind(&description)
    .bind(&contact)
    .bind(personal_data)
    .bind(identified)
    .bind(now.to_rfc3339())
    .fetch_one(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "incident-report",
            subject: Some(format!("incident:{id}")),
            details: json!({
                "kind": kind.as_str(),
                "personal_data": personal_data,
                "member_identified": identified.is_some(),
                "identity_check_paused": checks_paused,
            }),
        },
    )
    .await?;
    let mut badges_suspended = 0;
    if let Some(member_id) = identified {
        let badges: Vec<i64> = sqlx::query_scalar(
            "UPDATE badges SET revoked_at = ?, revoked_reason = 'lost', suspended_by = ?
             WHERE member_id = ? AND revoked_at IS NULL RETURNING id",
        )
        .bind(now.to_rfc3339())
        .bind(id)
        .bind(member_id)
        .fetch_all(&mut *tx)
        .await?;
        badges_suspended = badges.len() as i64;
        for badge in &badges {
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor: Actor::Kiosk,
                    action: "badge-suspend",
                    subject: Some(format!("member:{member_id}")),
                    details: json!({ "badge": badge, "incident": id }),
                },
            )
            .await?;
        }
        sqlx::query("UPDATE incidents SET badges_suspended = ? WHERE id = ?")
            .bind(badges_suspended)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(Reported {
        id,
        kind,
        badges_suspended,
        not_identified: named.is_some() && identified.is_none(),
    })
}

/// Whether `email` is the active member's address on record (case and spaces ignored).
/// Lost-badge reports since `since` that identified no member.
async fn unidentified_since(conn: &mut SqliteConnection, since: DateTime<Utc>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM incidents
         WHERE kind = 'lost-badge' AND member_id IS NULL AND reported_at >= ?",
    )
    .bind(since.to_rfc3339())
    .fetch_one(&mut *conn)
    .await?)
}

/// Lost-badge reports since `since` that suspended cards.
async fn suspensions_since(conn: &mut SqliteConnection, since: DateTime<Utc>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM incidents
         WHERE kind = 'lost-badge' AND badges_suspended > 0 AND reported_at >= ?",
    )
    .bind(since.to_rfc3339())
    .fetch_one(&mut *conn)
    .await?)
}

async fn identify(
    conn: &mut SqliteConnection,
    member_id: &str,
    email: Option<&str>,
) -> Result<bool> {
    let on_record: Option<Option<String>> =
        sqlx::query_scalar("SELECT email FROM members WHERE id = ? AND active = 1")
            .bind(member_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(on_record) = on_record else {
        return Err(Error::MemberNotFound);
    };
    let fold = |s: &str| s.trim().to_lowercase();
    Ok(match (on_record, email) {
        (Some(a), Some(b)) => !a.trim().is_empty() && fold(&a) == fold(b),
        _ => false,
    })
}

/// Reports, newest first: open and acknowledged ones, or all of them.
pub async fn list(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    all: bool,
) -> Result<Vec<Incident>> {
    let rows = sqlx::query(
        "SELECT i.id, i.kind, i.description, i.contact, i.personal_data, m.name,
                i.badges_suspended, i.reported_at, i.acknowledged_at, i.closed_at, i.note
         FROM incidents i LEFT JOIN members m ON m.id = i.member_id
         WHERE ? OR i.closed_at IS NULL
         ORDER BY i.reported_at DESC, i.id DESC",
    )
    .bind(all)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let reported_at: String = r.get(7);
            let acknowledged_at: Option<String> = r.get(8);
            let closed_at: Option<String> = r.get(9);
            let personal_data: bool = r.get(4);
            let status = if closed_at.is_some() {
                IncidentStatus::Closed
            } else if acknowledged_at.is_some() {
                IncidentStatus::Acknowledged
            } else {
                IncidentStatus::Open
            };
            let deadline = DateTime::parse_from_rfc3339(&reported_at)
                .ok()
                .map(|t| t.with_timezone(&Utc) + NOTIFY_WITHIN)
                .filter(|_| personal_data);
            Incident {
                id: r.get(0),
                kind: IncidentKind::parse(&r.get::<String, _>(1)).unwrap_or(IncidentKind::Other),
                status,
                description: r.get(2),
                contact: r.get(3),
                personal_data,
                member: r.get(5),
                badges_suspended: r.get(6),
                notify_by: deadline.map(|d| d.to_rfc3339()),
                hours_left: deadline
                    .filter(|_| status != IncidentStatus::Closed)
                    .map(|d| (d - now).num_minutes().div_euclid(60)),
                reported_at,
                acknowledged_at,
                closed_at,
                note: r.get(10),
            }
        })
        .collect())
}

/// Staff have seen the report and are on it.
pub async fn acknowledge(store: &Store, now: DateTime<Utc>, staff_id: i64, id: i64) -> Result<()> {
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE incidents SET acknowledged_at = ?, acknowledged_by = ?
         WHERE id = ? AND acknowledged_at IS NULL AND closed_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    handled(tx, now, staff_id, id, done, "incident-acknowledge").await
}

/// Audits what staff did to report `id`, and commits; `IncidentNotFound` if no row changed.
async fn handled(
    mut tx: crate::store::Write,
    now: DateTime<Utc>,
    staff_id: i64,
    id: i64,
    rows_changed: u64,
    action: &str,
) -> Result<()> {
    if rows_changed == 0 {
        return Err(Error::IncidentNotFound);
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action,
            subject: Some(format!("incident:{id}")),
            details: json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Closes a report with a note of what was done.
pub async fn close(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    id: i64,
    note: &str,
) -> Result<()> {
    let note = text::field("note", Some(note), NOTE_MAX, FieldRule::Required)?;
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE incidents SET closed_at = ?, closed_by = ?, note = ?,
           acknowledged_at = COALESCE(acknowledged_at, ?),
           acknowledged_by = COALESCE(acknowledged_by, ?)
         WHERE id = ? AND closed_at IS NULL",
    )
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .bind(&note)
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    handled(tx, now, staff_id, id, done, "incident-close").await
}

/// Removes the description, contact and note of reports closed more than the retention
/// period ago (the same period as visits). Kind, times and the audit chain stay.
pub async fn anonymise_expired(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
    config: &Config,
) -> Result<u64> {
    let cutoff = now - Duration::days(config.visits.retention_days.into());
    Ok(sqlx::query(
        "UPDATE incidents SET description = '', contact = NULL, note = NULL, anonymised_at = ?
         WHERE anonymised_at IS NULL AND closed_at IS NOT NULL AND closed_at < ?",
    )
    .bind(now.to_rfc3339())
    .bind(cutoff.to_rfc3339())
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// Counts for the staff screen and the security-plan report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IncidentFigures {
    #[ts(type = "number")]
    pub open: i64,
    /// Open reports that may involve personal data.
    #[ts(type = "number")]
    pub personal_data_open: i64,
    /// Of those, past the 72 hours.
    #[ts(type = "number")]
    pub overdue: i64,
}

pub async fn figures(conn: &mut SqliteConnection, now: DateTime<Utc>) -> Result<IncidentFigures> {
    let cutoff = (now - NOTIFY_WITHIN).to_rfc3339();
    let r = sqlx::query(
        "SELECT COUNT(*), COALESCE(SUM(personal_data), 0),
                COALESCE(SUM(personal_data AND reported_at < ?), 0)
         FROM incidents WHERE closed_at IS NULL",
    )
    .bind(cutoff)
    .fetch_one(&mut *conn)
    .await?;
    Ok(IncidentFigures {
        open: r.get(0),
        personal_data_open: r.get(1),
        overdue: r.get(2),
    })
}

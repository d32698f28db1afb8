//! Badges: staff enroll members' NFC cards (refusing random UIDs, and reassigning a card only
//! when asked to), give them access groups and validity dates, revoke and replace them; a
//! member's tap identifies them and checks them in for the day. Every change is audited.
//! `export_csv` is the access list door-access systems read. What a tap means on the screen
//! showing is decided in [`tap`]; cards suspended by a lost-badge report are listed and
//! restored in [`suspended`].

pub mod suspended;
pub mod tap;

use crate::audit::{self, Actor, NewEntry};
use crate::config::{self, Config};
use crate::error::{Error, Result};
use crate::reader::{CardType, Uid};
use crate::store::Write;
use crate::{members, text, Store};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

/// A card as a reader just read it, shown to staff before they enroll it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CardRead {
    /// Every digit hidden but the last 4.
    pub masked_uid: String,
    pub card_type: CardType,
    /// A random UID (phones, privacy-mode cards): it cannot be enrolled.
    pub random: bool,
    /// The member this card belongs to now, by first name and last initial.
    pub owner: Option<String>,
    pub owner_id: Option<String>,
}

/// What staff choose when enrolling the card that was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EnrollRequest {
    pub member_id: String,
    pub groups: Vec<String>,
    /// YYYY-MM-DD; empty or missing: today.
    pub valid_from: Option<String>,
    /// YYYY-MM-DD, inclusive; missing: no end.
    pub valid_to: Option<String>,
    /// Confirmed: take the card away from its current owner.
    pub reassign: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Badge {
    #[ts(type = "number")]
    pub id: i64,
    pub masked_uid: String,
    pub card_type: CardType,
    pub member_id: String,
    pub groups: Vec<String>,
    pub valid_from: String,
    pub valid_to: Option<String>,
    pub status: BadgeStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum BadgeStatus {
    Active,
    NotYetValid,
    Expired,
    Revoked,
}

impl BadgeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BadgeStatus::Active => "active",
            BadgeStatus::NotYetValid => "not-yet-valid",
            BadgeStatus::Expired => "expired",
            BadgeStatus::Revoked => "revoked",
        }
    }
}

/// What the kiosk screen is told after a tap (or a card read for enrollment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BadgeUpdate {
    /// A member was identified: greet them and show what they still have to sign.
    Member {
        greeting: crate::policies::MemberPolicies,
        /// This tap checked them in for the day.
        first_today: bool,
    },
    /// The card was not accepted at the home screen.
    Refused { reason: Refusal },
    /// Staff are enrolling: the card that was read.
    CardRead { card: CardRead },
    /// A staff member's badge: it stands in for the code at sign-in (for a minute).
    StaffBadge,
}

/// Why a tap at the home screen was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Refusal {
    Unknown,
    Revoked,
    /// Suspended after a report that the card was lost or stolen: staff can restore it.
    Suspended,
    OutsideDates,
    /// The card could not be read; try again.
    Unreadable,
    /// A number typed on a keyboard (a keyboard-wedge reader) while staff enroll: only a card
    /// read by the reader is enrolled.
    Typed,
}

/// What a tap at the home screen found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tapped {
    /// A member with a valid badge; `first_today` when this tap checked them in.
    Member {
        member_id: String,
        first_today: bool,
    },
    /// No badge has this UID.
    Unknown,
    /// The badge was revoked, or its member left.
    Revoked,
    /// The badge was suspended by a lost-badge report.
    Suspended,
    /// Outside the badge's validity dates.
    OutsideDates,
}

fn today(config: &Config, now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&config.time_zone).date_naive()
}

fn parse_day(field: &'static str, value: Option<&str>) -> Result<Option<NaiveDate>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| Error::BadgeDatesInvalid { field }),
    }
}

fn status(revoked: bool, from: &str, to: Option<&str>, day: NaiveDate) -> BadgeStatus {
    let day = day.format("%Y-%m-%d").to_string();
    if revoked {
        BadgeStatus::Revoked
    } else if day.as_str() < from {
        BadgeStatus::NotYetValid
    } else if to.is_some_and(|t| day.as_str() > t) {
        BadgeStatus::Expired
    } else {
        BadgeStatus::Active
    }
}

/// The active badge with this UID: (badge id, member id).
async fn holder(conn: &mut SqliteConnection, uid: &Uid) -> Result<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT id, member_id FROM badges WHERE uid = ? AND revoked_at IS NULL")
            .bind(uid.hex())
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// The staff member (by name) whose active staff badge has this UID.
async fn staff_holder(conn: &mut SqliteConnection, uid: &Uid) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT s.name FROM staff_badges b JOIN staff s ON s.id = b.staff_id
         WHERE b.uid = ? AND b.revoked_at IS NULL AND s.active = 1",
    )
    .bind(uid.hex())
    .fetch_optional(&mut *conn)
    .await?)
}

/// Whether this card is a staff member's badge (a tap then stands in for the code at sign-in).
pub async fn is_staff_badge(conn: &mut SqliteConnection, uid: &Uid) -> Result<bool> {
    Ok(staff_holder(conn, uid).await?.is_some())
}

/// Makes the card that was read the signed-in staff member's badge, replacing any earlier
/// one of theirs. Refuses random UIDs and cards that are someone else's.
pub async fn enroll_staff(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    uid: &Uid,
) -> Result<()> {
    if uid.is_random() {
        return Err(Error::BadgeRandomUid);
    }
    let mut tx = store.begin_write().await?;
    if let Some((_, member)) = holder(&mut tx, uid).await? {
        let name = members::name_of(&mut tx, &member)
            .await?
            .unwrap_or_default();
        return Err(Error::BadgeTaken {
            owner: text::short_name(&name),
        });
    }
    if let Some(other) = staff_holder(&mut tx, uid).await? {
        return Err(Error::BadgeTaken { owner: other });
    }
    let at = now.to_rfc3339();
    sqlx::query("UPDATE staff_badges SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL")
        .bind(&at)
        .bind(staff_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO staff_badges (staff_id, uid, enrolled_at) VALUES (?, ?, ?)")
        .bind(staff_id)
        .bind(uid.hex())
        .bind(&at)
        .execute(&mut *tx)
        .await?;
    let hex = uid.hex();
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "staff-badge-enroll",
            subject: Some(format!("staff:{staff_id}")),
            details: json!({ "uid_end": &hex[hex.len() - 4..] }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Describes a card that was read, for the enrollment screen.
pub async fn describe(
    conn: &mut SqliteConnection,
    uid: &Uid,
    card_type: CardType,
) -> Result<CardRead> {
    let owner = match holder(conn, uid).await? {
        Some((_, member)) => {
            let name = members::name_of(conn, &member).await?.unwrap_or_default();
            Some((text::short_name(&name), member))
        }
        None => None,
    };
    Ok(CardRead {
        masked_uid: uid.masked(),
        card_type,
        random: uid.is_random(),
        owner_id: owner.as_ref().map(|o| o.1.clone()),
        owner: owner.map(|o| o.0),
    })
}

/// Enrolls the card that was read for a member. Refuses random UIDs; a card that belongs to
/// someone else is refused unless `reassign` was confirmed, and then taken from them.
pub async fn enroll(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    staff_id: i64,
    uid: &Uid,
    card_type: CardType,
    request: &EnrollRequest,
) -> Result<Badge> {
    if uid.is_random() {
        return Err(Error::BadgeRandomUid);
    }
    for g in &request.groups {
        if !config.badges.access_groups.iter().any(|(id, _)| id == g) {
            return Err(Error::BadgeGroupUnknown { group: g.clone() });
        }
    }
    let from =
        parse_day("valid_from", request.valid_from.as_deref())?.unwrap_or(today(config, now));
    let to = parse_day("valid_to", request.valid_to.as_deref())?;
    if to.is_some_and(|t| t < from) {
        return Err(Error::BadgeDatesInvalid { field: "valid_to" });
    }
    let mut tx = store.begin_write().await?;
    if members::name_of(&mut tx, &request.member_id)
        .await?
        .is_none()
    {
        return Err(Error::MemberNotFound);
    }
    let at = now.to_rfc3339();
    if let Some(staff) = staff_holder(&mut tx, uid).await? {
        return Err(Error::BadgeTaken { owner: staff });
    }
    if let Some((old, owner)) = holder(&mut tx, uid).await? {
        if owner == request.member_id {
            return Err(Error::BadgeAlreadyEnrolled);
        }
        if !request.reassign {
            let name = members::name_of(&mut tx, &owner).await?.unwrap_or_default();
            return Err(Error::BadgeTaken {
                owner: text::short_name(&name),
            });
        }
        revoke_row(&mut tx, now, staff_id, old, "reassigned").await?;
    }
    let groups = serde_json::to_string(&request.groups)
        .map_err(|e| Error::Internal(format!("groups: {e}")))?;
    let from_s = from.format("%Y-%m-%d").to_string();
    let to_s = to.map(|t| t.format("%Y-%m-%d").to_string());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO badges (uid, card_type, member_id, access_groups, valid_from, valid_to,
           enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(uid.hex())
    .bind(card_type.as_str())
    .bind(&request.member_id)
    .bind(&groups)
    .bind(&from_s)
    .bind(&to_s)
    .bind(&at)
    .bind(staff_id)
    .fetch_one(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "badge-enroll",
            subject: Some(format!("member:{}", request.member_id)),
            // The last 4 hex digits only: enough to tell cards apart in the log.
            details: json!({ "badge": id, "uid_end": &uid.hex()[uid.hex().len() - 4..],
                "card_type": card_type.as_str(), "groups": request.groups,
                "valid_from": from_s, "valid_to": to_s, "reassigned": request.reassign }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Badge {
        id,
        masked_uid: uid.masked(),
        card_type,
        member_id: request.member_id.clone(),
        groups: request.groups.clone(),
        status: status(false, &from_s, to_s.as_deref(), today(config, now)),
        valid_from: from_s,
        valid_to: to_s,
    })
}

async fn revoke_row(
    conn: &mut Write,
    now: DateTime<Utc>,
    staff_id: i64,
    badge_id: i64,
    reason: &str,
) -> Result<String> {
    let member: String = sqlx::query_scalar(
        "UPDATE badges SET revoked_at = ?, revoked_by = ?, revoked_reason = ?
         WHERE id = ? AND revoked_at IS NULL RETURNING member_id",
    )
    .bind(now.to_rfc3339())
    .bind(staff_id)
    .bind(reason)
    .bind(badge_id)
    .fetch_optional(&mut **conn)
    .await?
    .ok_or(Error::BadgeNotFound)?;
    audit::append(
        conn,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "badge-revoke",
            subject: Some(format!("member:{member}")),
            details: json!({ "badge": badge_id, "reason": reason }),
        },
    )
    .await?;
    Ok(member)
}

/// Revokes a badge: it no longer identifies anyone.
pub async fn revoke(store: &Store, now: DateTime<Utc>, staff_id: i64, badge_id: i64) -> Result<()> {
    let mut tx = store.begin_write().await?;
    revoke_row(&mut tx, now, staff_id, badge_id, "revoked").await?;
    tx.commit().await?;
    Ok(())
}

/// A lost card: revokes it and enrolls the card that was read in its place, with the same
/// member, groups and dates, in one step.
pub async fn replace(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    staff_id: i64,
    lost_badge_id: i64,
    uid: &Uid,
    card_type: CardType,
) -> Result<Badge> {
    let row = sqlx::query(
        "SELECT member_id, access_groups, valid_from, valid_to FROM badges
         WHERE id = ? AND revoked_at IS NULL",
    )
    .bind(lost_badge_id)
    .fetch_optional(store.pool())
    .await?
    .ok_or(Error::BadgeNotFound)?;
    if uid.is_random() {
        return Err(Error::BadgeRandomUid);
    }
    let request = EnrollRequest {
        member_id: row.get(0),
        groups: serde_json::from_str(&row.get::<String, _>(1)).unwrap_or_default(),
        valid_from: Some(row.get(2)),
        valid_to: row.get(3),
        reassign: false,
    };
    {
        let mut tx = store.begin_write().await?;
        revoke_row(&mut tx, now, staff_id, lost_badge_id, "lost").await?;
        tx.commit().await?;
    }
    enroll(store, now, config, staff_id, uid, card_type, &request).await
}

/// A member's badges, newest first.
pub async fn of_member(
    conn: &mut SqliteConnection,
    config: &Config,
    now: DateTime<Utc>,
    member_id: &str,
) -> Result<Vec<Badge>> {
    let rows = sqlx::query(
        "SELECT id, uid, card_type, access_groups, valid_from, valid_to, revoked_at IS NOT NULL
         FROM badges WHERE member_id = ? ORDER BY id DESC",
    )
    .bind(member_id)
    .fetch_all(&mut *conn)
    .await?;
    let day = today(config, now);
    rows.into_iter()
        .map(|r| {
            let uid = Uid::parse_hex(&r.get::<String, _>(1))
                .map_err(|e| Error::Internal(format!("stored uid: {e}")))?;
            let from: String = r.get(4);
            let to: Option<String> = r.get(5);
            Ok(Badge {
                id: r.get(0),
                masked_uid: uid.masked(),
                card_type: CardType::parse(&r.get::<String, _>(2)),
                member_id: member_id.to_string(),
                groups: serde_json::from_str(&r.get::<String, _>(3)).unwrap_or_default(),
                status: status(r.get(6), &from, to.as_deref(), day),
                valid_from: from,
                valid_to: to,
            })
        })
        .collect()
}

/// A tap at the home screen: who it is, and, for a member with a valid badge, their check-in
/// for the day. Unknown and refused cards are audited too (by their last 4 hex digits).
pub async fn tap(store: &Store, now: DateTime<Utc>, config: &Config, uid: &Uid) -> Result<Tapped> {
    let mut tx = store.begin_write().await?;
    let row = sqlx::query(
        "SELECT b.id, b.member_id, b.valid_from, b.valid_to, b.revoked_at IS NOT NULL,
                COALESCE(m.active, 0), b.suspended_by IS NOT NULL AND COALESCE(m.active, 0)
         FROM badges b LEFT JOIN members m ON m.id = b.member_id
         WHERE b.uid = ? ORDER BY b.revoked_at IS NULL DESC, b.id DESC LIMIT 1",
    )
    .bind(uid.hex())
    .fetch_optional(&mut *tx)
    .await?;
    let hex = uid.hex();
    let uid_end = &hex[hex.len() - 4..];
    let refuse = |action: &'static str, subject: Option<String>| NewEntry {
        actor: Actor::Kiosk,
        action,
        subject,
        details: json!({ "uid_end": uid_end }),
    };
    let result = match row {
        None => {
            audit::append(&mut tx, now, refuse("badge-unknown", None)).await?;
            Tapped::Unknown
        }
        Some(r) => {
            let member: String = r.get(1);
            let revoked = r.get::<bool, _>(4) || !r.get::<bool, _>(5);
            let from: String = r.get(2);
            let to: Option<String> = r.get(3);
            match status(revoked, &from, to.as_deref(), today(config, now)) {
                BadgeStatus::Revoked => {
                    audit::append(
                        &mut tx,
                        now,
                        refuse("badge-refused", Some(format!("member:{member}"))),
                    )
                    .await?;
                    // The member is told why: a report said the card was lost.
                    if r.get::<bool, _>(6) {
                        Tapped::Suspended
                    } else {
                        Tapped::Revoked
                    }
                }
                BadgeStatus::Expired | BadgeStatus::NotYetValid => {
                    audit::append(
                        &mut tx,
                        now,
                        refuse("badge-refused", Some(format!("member:{member}"))),
                    )
                    .await?;
                    Tapped::OutsideDates
                }
                BadgeStatus::Active => {
                    let day = today(config, now).format("%Y-%m-%d").to_string();
                    let inserted = sqlx::query(
                        "INSERT INTO attendance (member_id, day, first_tap_at, badge_id)
                         VALUES (?, ?, ?, ?) ON CONFLICT (member_id, day) DO NOTHING",
                    )
                    .bind(&member)
                    .bind(&day)
                    .bind(now.to_rfc3339())
                    .bind(r.get::<i64, _>(0))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                        == 1;
                    if inserted {
                        audit::append(
                            &mut tx,
                            now,
                            NewEntry {
                                actor: Actor::Kiosk,
                                action: MEMBER_CHECK_IN,
                                subject: Some(format!("member:{member}")),
                                details: json!({ "badge": r.get::<i64, _>(0), "day": day }),
                            },
                        )
                        .await?;
                    }
                    Tapped::Member {
                        member_id: member,
                        first_today: inserted,
                    }
                }
            }
        }
    };
    tx.commit().await?;
    Ok(result)
}

/// The audit action of a member's first tap of the day; its subject is `member:<id>` and its
/// details name the day (site time).
pub const MEMBER_CHECK_IN: &str = "member-check-in";

/// A member's first tap of the day at another tablet of the site (its `member-check-in`
/// entry): the member is on site here too, for the staff screen and a roll call started here.
/// A member this tablet does not know, or a malformed entry, changes nothing; a member already
/// in today stays as they are. Whether the member was recorded.
pub(crate) async fn attended_elsewhere(
    tx: &mut Write,
    subject: Option<&str>,
    details: &str,
    at: &str,
) -> Result<bool> {
    let details: serde_json::Value = serde_json::from_str(details).unwrap_or_default();
    let (Some(member), Some(day)) = (
        subject.and_then(|s| s.strip_prefix("member:")),
        details["day"]
            .as_str()
            .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok()),
    ) else {
        return Ok(false);
    };
    Ok(sqlx::query(
        "INSERT INTO attendance (member_id, day, first_tap_at, badge_id)
         SELECT id, ?, ?, NULL FROM members WHERE id = ?
         ON CONFLICT (member_id, day) DO NOTHING",
    )
    .bind(day)
    .bind(at)
    .bind(member)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1)
}

/// Members who tapped in today (site time): (member id, full name), by name.
pub async fn in_today(
    conn: &mut SqliteConnection,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<Vec<(String, String)>> {
    let day = today(config, now).format("%Y-%m-%d").to_string();
    Ok(sqlx::query_as(
        "SELECT m.id, m.name FROM attendance a JOIN members m ON m.id = a.member_id
         WHERE a.day = ? ORDER BY m.name",
    )
    .bind(day)
    .fetch_all(&mut *conn)
    .await?)
}

/// The access list for door-access systems: one row per badge (UID, member, groups, valid
/// from and to, status), UTF-8 CSV with a header. Audited.
pub async fn export_csv(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<Vec<u8>> {
    let rows = sqlx::query(
        "SELECT b.uid, b.member_id, m.name, b.access_groups, b.valid_from, b.valid_to,
                b.revoked_at IS NOT NULL OR m.active = 0, b.card_type
         FROM badges b JOIN members m ON m.id = b.member_id ORDER BY m.name, b.id",
    )
    .fetch_all(store.pool())
    .await?;
    let day = today(config, now);
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::Internal(format!("csv: {e}"));
    out.write_record([
        "uid",
        "member_id",
        "member",
        "groups",
        "valid_from",
        "valid_to",
        "status",
        "card_type",
    ])
    .map_err(csv_err)?;
    for r in &rows {
        let groups: Vec<String> = serde_json::from_str(&r.get::<String, _>(3)).unwrap_or_default();
        let from: String = r.get(4);
        let to: Option<String> = r.get(5);
        let st = status(r.get(6), &from, to.as_deref(), day);
        out.write_record([
            r.get::<String, _>(0),
            text::csv_safe(&r.get::<String, _>(1)),
            text::csv_safe(&r.get::<String, _>(2)),
            groups.join(" "),
            from,
            to.unwrap_or_default(),
            st.as_str().to_string(),
            r.get::<String, _>(7),
        ])
        .map_err(csv_err)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "badges-export",
            subject: None,
            details: json!({ "rows": rows.len() }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(bytes)
}

/// An access group as staff see it when enrolling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AccessGroup {
    pub id: String,
    pub name: String,
    /// Ticked by default.
    pub default: bool,
}

/// The configured access groups, named in `lang`.
pub fn groups(config: &Config, lang: &str) -> Vec<AccessGroup> {
    config
        .badges
        .access_groups
        .iter()
        .map(|(id, name)| AccessGroup {
            id: id.clone(),
            name: config::pick(name, lang, &config.languages).to_string(),
            default: config.badges.default_groups.contains(id),
        })
        .collect()
}

//! Members and their badges, owned by the hub (issue 16): `members import`, `members list`,
//! `badge revoke`, and the badge requests tablets send up (an enrollment or a revocation made
//! at a tablet is a request the hub applies, then sends the member's whole record down).
//!
//! Every change is saved with its `Down::Member` in `down_outbox` in one transaction
//! ([`crate::down`]): a member changed at the hub always reaches the tablets.

use crate::down;
use crate::error::{Error, Result};
use crate::ingest::Flag;
use lobby_core::config::FieldRule;
use lobby_core::fleet::down::{Down, SharedBadge, SharedFlag, SharedMember};
use lobby_core::fleet::{Entry, PROTOCOL};
use lobby_core::text::{csv_cell, csv_columns};
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};
use std::collections::BTreeMap;
use std::path::Path;

/// The most characters of a member id.
const ID_MAX: usize = 64;

/// A badge uid as tablets store it: upper-case hex, whole bytes. `None` if it is not one.
pub fn uid(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()
        && v.len().is_multiple_of(2)
        && v.len() <= 64
        && v.chars().all(|c| c.is_ascii_hexdigit()))
    .then(|| v.to_ascii_uppercase())
}

/// The end of a uid, enough for staff to find the card without writing it out whole.
pub fn uid_tail(uid: &str) -> String {
    let start = uid.len().saturating_sub(4);
    format!("…{}", &uid[start..])
}

fn is_date(v: &str) -> bool {
    v.len() == 10 && chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok()
}

fn is_card_type(v: &str) -> bool {
    v == "unknown" || lobby_core::reader::CardType::parse(v).as_str() == v
}

/// One member as the file gives them, with the line they first appear on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileMember {
    line: usize,
    name: String,
    email: Option<String>,
    team: Option<String>,
    active: bool,
    badges: Vec<(usize, SharedBadge)>,
}

/// The file read and checked: members in the order of their first line.
#[derive(Debug, Default)]
pub struct Import {
    members: Vec<(String, FileMember)>,
}

impl Import {
    pub fn members(&self) -> usize {
        self.members.len()
    }

    pub fn badges(&self) -> usize {
        self.members.iter().map(|(_, m)| m.badges.len()).sum()
    }
}

/// Reads and checks a whole members file; the first problem names its line, and nothing is
/// saved. `today` is the default `valid_from` of a badge that gives none.
pub fn read_import(path: &Path, text: &[u8], today: &str) -> Result<Import> {
    let file = path.display().to_string();
    let fail = |line: usize, problem: &'static str, value: &str, other: usize| Error::Import {
        file: file.clone(),
        line,
        problem,
        value: value.to_string(),
        other,
        holder: String::new(),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text);
    let header = reader
        .headers()
        .map_err(|e| fail(1, "csv", &e.to_string(), 0))?
        .clone();
    let [id, name, email, team, active, badge_uid, card, groups, from, to] = csv_columns(
        &header,
        [
            "id",
            "name",
            "email",
            "team",
            "active",
            "badge_uid",
            "card_type",
            "groups",
            "valid_from",
            "valid_to",
        ],
    );
    for (column, name) in [
        (id, "id"),
        (name, "name"),
        (email, "email"),
        (team, "team"),
        (active, "active"),
    ] {
        if column.is_none() {
            return Err(fail(1, "header", name, 0));
        }
    }
    let mut members: Vec<(String, FileMember)> = Vec::new();
    let mut uids: BTreeMap<String, usize> = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
            fail(line, "csv", &e.to_string(), 0)
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let member_id = csv_cell(&record, id).unwrap_or("");
        if member_id.is_empty()
            || member_id.chars().count() > ID_MAX
            || member_id.chars().any(char::is_control)
        {
            return Err(fail(line, "id", member_id, 0));
        }
        let raw_name = csv_cell(&record, name).unwrap_or("");
        let member_name = lobby_core::text::name("name", raw_name)
            .map_err(|_| fail(line, "name", raw_name, 0))?;
        let raw_email = csv_cell(&record, email);
        let member_email = lobby_core::text::email("email", raw_email, FieldRule::Optional)
            .map_err(|_| fail(line, "email", raw_email.unwrap_or(""), 0))?;
        let member_team = csv_cell(&record, team).map(str::to_string);
        let raw_active = csv_cell(&record, active).unwrap_or("");
        let member_active = match raw_active.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" | "y" => true,
            "false" | "no" | "0" | "n" => false,
            _ => return Err(fail(line, "active", raw_active, 0)),
        };
        let badge = match csv_cell(&record, badge_uid) {
            None => {
                let rest = [card, groups, from, to]
                    .iter()
                    .find_map(|c| csv_cell(&record, *c));
                if let Some(v) = rest {
                    return Err(fail(line, "uid-missing", v, 0));
                }
                None
            }
            Some(raw) => {
                let uid = uid(raw).ok_or_else(|| fail(line, "uid", raw, 0))?;
                let card_type = csv_cell(&record, card).unwrap_or("unknown");
                if !is_card_type(card_type) {
                    return Err(fail(line, "card-type", card_type, 0));
                }
                let valid_from = csv_cell(&record, from).unwrap_or(today);
                if !is_date(valid_from) {
                    return Err(fail(line, "date", valid_from, 0));
                }
                let valid_to = csv_cell(&record, to);
                if let Some(t) = valid_to {
                    if !is_date(t) {
                        return Err(fail(line, "date", t, 0));
                    }
                    if t < valid_from {
                        return Err(fail(line, "date-order", t, 0));
                    }
                }
                let groups: Vec<String> = csv_cell(&record, groups)
                    .map(|g| {
                        g.split(';')
                            .map(str::trim)
                            .filter(|g| !g.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(first) = uids.get(&uid) {
                    return Err(fail(line, "uid-twice", &uid, *first));
                }
                uids.insert(uid.clone(), line);
                Some(SharedBadge {
                    uid,
                    card_type: card_type.to_string(),
                    groups,
                    valid_from: valid_from.to_string(),
                    valid_to: valid_to.map(str::to_string),
                })
            }
        };
        let this = FileMember {
            line,
            name: member_name,
            email: member_email,
            team: member_team,
            active: member_active,
            badges: Vec::new(),
        };
        match members.iter_mut().find(|(m, _)| m == member_id) {
            Some((_, known)) => {
                let same = known.name == this.name
                    && known.email == this.email
                    && known.team == this.team
                    && known.active == this.active;
                if !same {
                    return Err(fail(line, "member-differs", member_id, known.line));
                }
                if let Some(b) = badge {
                    known.badges.push((line, b));
                }
            }
            None => {
                let mut this = this;
                if let Some(b) = badge {
                    this.badges.push((line, b));
                }
                members.push((member_id.to_string(), this));
            }
        }
    }
    if members.is_empty() {
        return Err(fail(1, "empty", "", 0));
    }
    Ok(Import { members })
}

/// A member's whole record as the tablets receive it: every badge not revoked.
pub async fn record(
    tx: &mut Transaction<'_, Postgres>,
    site: &str,
    member_id: &str,
    at: &str,
) -> Result<Option<SharedMember>> {
    let Some(m) = sqlx::query(
        "SELECT name, email, team, active FROM shared_members WHERE site = $1 AND member_id = $2",
    )
    .bind(site)
    .bind(member_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    let badges = sqlx::query(
        "SELECT uid, card_type, groups, valid_from, valid_to FROM shared_badges
         WHERE site = $1 AND member_id = $2 AND revoked_at IS NULL ORDER BY uid",
    )
    .bind(site)
    .bind(member_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .map(|b| SharedBadge {
        uid: b.get(0),
        card_type: b.get(1),
        groups: b.get(2),
        valid_from: b.get(3),
        valid_to: b.get(4),
    })
    .collect();
    Ok(Some(SharedMember {
        v: PROTOCOL,
        id: member_id.to_string(),
        name: m.get(0),
        email: m.get(1),
        team: m.get(2),
        active: m.get(3),
        badges,
        at: at.to_string(),
    }))
}

/// One writer of a site's members at a time (an import, a revoke, ingest's requests).
async fn lock_members(tx: &mut Transaction<'_, Postgres>, site: &str) -> Result<()> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('members/' || $1, 0))")
        .bind(site)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sends the member down if their record changed since `before`; returns the outbox id.
async fn republish(
    tx: &mut Transaction<'_, Postgres>,
    site: &str,
    member_id: &str,
    before: Option<SharedMember>,
    at: &str,
) -> Result<Option<i64>> {
    let after = record(tx, site, member_id, at).await?;
    match after {
        Some(after) if before.as_ref() != Some(&after) => {
            Ok(Some(down::enqueue(tx, site, &Down::Member(after)).await?))
        }
        _ => Ok(None),
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub members: usize,
    /// Members whose record changed, each sent down once.
    pub changed: usize,
    pub outbox: Vec<i64>,
}

/// Saves a checked import in one transaction: members upserted, their badges added or
/// updated (a badge the hub holds and the file does not name is left as it is: revoking is
/// `badge revoke`). A uid another member holds at the hub refuses the whole file.
pub async fn import(pool: &PgPool, site: &str, file: &Path, import: &Import) -> Result<Imported> {
    crate::kiosks::require_site(pool, site).await?;
    let at = down::now_text();
    let mut tx = pool.begin().await?;
    lock_members(&mut tx, site).await?;
    let mut outbox = Vec::new();
    for (member_id, m) in &import.members {
        let before = record(&mut tx, site, member_id, &at).await?;
        sqlx::query(
            "INSERT INTO shared_members (site, member_id, name, email, team, active)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (site, member_id) DO UPDATE
               SET name = EXCLUDED.name, email = EXCLUDED.email, team = EXCLUDED.team,
                   active = EXCLUDED.active, updated_at = now()",
        )
        .bind(site)
        .bind(member_id)
        .bind(&m.name)
        .bind(&m.email)
        .bind(&m.team)
        .bind(m.active)
        .execute(&mut *tx)
        .await?;
        for (line, b) in &m.badges {
            let holder: Option<String> = sqlx::query_scalar(
                "SELECT member_id FROM shared_badges
                 WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
            )
            .bind(site)
            .bind(&b.uid)
            .fetch_optional(&mut *tx)
            .await?;
            match holder {
                Some(h) if h != *member_id => {
                    return Err(Error::Import {
                        file: file.display().to_string(),
                        line: *line,
                        problem: "uid-held",
                        value: b.uid.clone(),
                        other: 0,
                        holder: h,
                    });
                }
                Some(_) => {
                    sqlx::query(
                        "UPDATE shared_badges SET card_type = $3, groups = $4, valid_from = $5,
                                valid_to = $6
                         WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
                    )
                    .bind(site)
                    .bind(&b.uid)
                    .bind(&b.card_type)
                    .bind(&b.groups)
                    .bind(&b.valid_from)
                    .bind(&b.valid_to)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    // A card revoked at the hub (lost, stolen) is not given back by a file
                    // that still lists it: that takes a person's decision, not a re-import.
                    let revoked: Option<String> = sqlx::query_scalar(
                        "SELECT member_id FROM shared_badges
                         WHERE site = $1 AND uid = $2 AND revoked_at IS NOT NULL
                         ORDER BY revoked_at DESC LIMIT 1",
                    )
                    .bind(site)
                    .bind(&b.uid)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if let Some(h) = revoked {
                        return Err(Error::Import {
                            file: file.display().to_string(),
                            line: *line,
                            problem: "uid-revoked",
                            value: b.uid.clone(),
                            other: 0,
                            holder: h,
                        });
                    }
                    insert_badge(&mut tx, site, member_id, b, "import").await?
                }
            }
        }
        if let Some(id) = republish(&mut tx, site, member_id, before, &at).await? {
            outbox.push(id);
        }
    }
    tx.commit().await?;
    Ok(Imported {
        members: import.members.len(),
        changed: outbox.len(),
        outbox,
    })
}

async fn insert_badge(
    tx: &mut Transaction<'_, Postgres>,
    site: &str,
    member_id: &str,
    b: &SharedBadge,
    source: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO shared_badges (site, member_id, uid, card_type, groups, valid_from,
                                    valid_to, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(site)
    .bind(member_id)
    .bind(&b.uid)
    .bind(&b.card_type)
    .bind(&b.groups)
    .bind(&b.valid_from)
    .bind(&b.valid_to)
    .bind(source)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// `badge revoke SITE UID`: the badge is revoked at the hub and its member sent down without
/// it. Returns the member's id and the outbox row.
pub async fn revoke(pool: &PgPool, site: &str, raw_uid: &str) -> Result<(String, Vec<i64>)> {
    crate::kiosks::require_site(pool, site).await?;
    let unknown = || Error::UnknownBadge {
        site: site.to_string(),
        uid: raw_uid.to_string(),
    };
    let uid = uid(raw_uid).ok_or_else(unknown)?;
    let at = down::now_text();
    let mut tx = pool.begin().await?;
    lock_members(&mut tx, site).await?;
    let member: Option<String> = sqlx::query_scalar(
        "SELECT member_id FROM shared_badges WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
    )
    .bind(site)
    .bind(&uid)
    .fetch_optional(&mut *tx)
    .await?;
    let member = member.ok_or_else(unknown)?;
    let before = record(&mut tx, site, &member, &at).await?;
    sqlx::query(
        "UPDATE shared_badges SET revoked_at = now(), revoked_reason = 'revoked'
         WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
    )
    .bind(site)
    .bind(&uid)
    .execute(&mut *tx)
    .await?;
    let outbox = republish(&mut tx, site, &member, before, &at).await?;
    tx.commit().await?;
    Ok((member, outbox.into_iter().collect()))
}

/// A member as `members list` shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub active: bool,
    pub badges: i64,
}

pub async fn list(pool: &PgPool, site: &str) -> Result<Vec<Listed>> {
    crate::kiosks::require_site(pool, site).await?;
    let rows = sqlx::query(
        "SELECT m.member_id, m.name, m.active,
                (SELECT COUNT(*) FROM shared_badges b WHERE b.site = m.site
                   AND b.member_id = m.member_id AND b.revoked_at IS NULL)
         FROM shared_members m WHERE m.site = $1 ORDER BY m.member_id",
    )
    .bind(site)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Listed {
            id: r.get(0),
            name: r.get(1),
            active: r.get(2),
            badges: r.get(3),
        })
        .collect())
}

/// Applies one badge request of a tablet (an entry with `badge`, made at that tablet), in
/// ingest's transaction: the entry is new to the hub, so a redelivery never gets here twice.
/// Returns the outbox rows written.
pub async fn request(
    tx: &mut Transaction<'_, Postgres>,
    entry: &Entry,
    flags: &mut Vec<Flag>,
) -> Result<usize> {
    let Some(b) = &entry.badge else {
        return Ok(0);
    };
    let site = entry.site.as_str();
    let at = down::now_text();
    let flag = |problem: &str, detail: String| Flag {
        site: entry.site.clone(),
        tablet: entry.tablet.clone(),
        epoch: entry.epoch,
        seq: entry.seq,
        problem: problem.to_string(),
        detail,
    };
    let Some(uid) = uid(&b.uid) else {
        flags.push(flag("badge-bad-uid", format!("member {}", b.member_id)));
        return Ok(0);
    };
    lock_members(tx, site).await?;
    let before = record(tx, site, &b.member_id, &at).await?;
    if before.is_none() {
        flags.push(flag(
            "badge-unknown-member",
            format!("member {}, uid {}", b.member_id, uid_tail(&uid)),
        ));
        return Ok(0);
    }
    if b.revoked.is_some() {
        sqlx::query(
            "UPDATE shared_badges SET revoked_at = now(), revoked_reason = $4
             WHERE site = $1 AND uid = $2 AND member_id = $3 AND revoked_at IS NULL",
        )
        .bind(site)
        .bind(&uid)
        .bind(&b.member_id)
        .bind(&b.revoked)
        .execute(&mut **tx)
        .await?;
        return Ok(republish(tx, site, &b.member_id, before, &at)
            .await?
            .map_or(0, |_| 1));
    }
    let holder: Option<(String, String)> = sqlx::query_as(
        "SELECT member_id, source FROM shared_badges
         WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
    )
    .bind(site)
    .bind(&uid)
    .fetch_optional(&mut **tx)
    .await?;
    let badge = SharedBadge {
        uid: uid.clone(),
        card_type: b.card_type.clone(),
        groups: b.groups.clone(),
        valid_from: b.valid_from.clone(),
        valid_to: b.valid_to.clone(),
    };
    match holder {
        Some((other, source)) if other != b.member_id => {
            // One card, two members: staff decide; neither member changes.
            let detail = format!(
                "uid {}: enrolled for member {} at tablet {}, held by member {} (from {})",
                uid_tail(&uid),
                b.member_id,
                entry.tablet,
                other,
                source
            );
            flags.push(flag("badge-conflict", detail.clone()));
            let shared = Down::Flag(SharedFlag {
                v: PROTOCOL,
                problem: "badge-conflict".into(),
                detail,
                at,
            });
            down::enqueue(tx, site, &shared).await?;
            Ok(1)
        }
        Some(_) => {
            sqlx::query(
                "UPDATE shared_badges SET card_type = $3, groups = $4, valid_from = $5,
                        valid_to = $6
                 WHERE site = $1 AND uid = $2 AND revoked_at IS NULL",
            )
            .bind(site)
            .bind(&uid)
            .bind(&badge.card_type)
            .bind(&badge.groups)
            .bind(&badge.valid_from)
            .bind(&badge.valid_to)
            .execute(&mut **tx)
            .await?;
            Ok(republish(tx, site, &b.member_id, before, &at)
                .await?
                .map_or(0, |_| 1))
        }
        None => {
            insert_badge(tx, site, &b.member_id, &badge, &entry.tablet).await?;
            Ok(republish(tx, site, &b.member_id, before, &at)
                .await?
                .map_or(0, |_| 1))
        }
    }
}

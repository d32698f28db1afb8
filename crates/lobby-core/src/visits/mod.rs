//! Visits: a visitor checks in (guest, tour, day pass, contractor, interview), gets a short
//! check-out code, and checks out by it or is checked out by staff or at closing time. Staff see
//! who is on site; a roll call turns that into a checklist at the assembly point. Visits older
//! than the retention period are anonymised.

pub mod approvals;
pub mod checkout;
pub mod export;
pub mod rollcall;

use crate::audit::{self, Actor, NewEntry};
pub use crate::config::next_closing;
use crate::config::{self, Config, FieldRule, VisitKind, VisitType};
use crate::error::{Error, Result};
use crate::policies::{self, SignedPolicy, Signer};
use crate::privacy::{deny, profiles};
use crate::store::Write;
use crate::text;
use crate::wifi::passes::{self as wifi, WifiAccess};
use crate::{invitations, members, notify, printing, Store};
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

/// Digits in a check-out code.
pub const CODE_DIGITS: usize = 6;

/// What the check-in screens need to know about the site's kinds of visit.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CheckInOptions {
    pub types: Vec<VisitType>,
    /// Tour guides: staff, by first name and last initial.
    pub guides: Vec<Guide>,
    /// Off-limits areas in the requested language.
    pub off_limits: Vec<String>,
    #[ts(type = "number")]
    pub retention_days: u32,
    /// Days a returning visitor's profile is kept after their last visit.
    #[ts(type = "number")]
    pub profile_days: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct Guide {
    #[ts(type = "number")]
    pub id: i64,
    pub display: String,
}

/// The check-in form, as the visitor filled it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct CheckInRequest {
    pub kind: Option<VisitKind>,
    pub name: String,
    pub company: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A tour's "interest".
    pub purpose: Option<String>,
    pub host_id: Option<String>,
    #[ts(type = "number | null")]
    pub guide_id: Option<i64>,
    /// The visitor does not know their host (or, on a tour, their guide): the front desk
    /// looks after them, and a required host or guide is not asked for.
    #[serde(default)]
    pub host_unknown: bool,
    pub privacy_accepted: bool,
    /// Tours: the off-limits areas were shown and acknowledged.
    pub off_limits_acknowledged: bool,
    /// Tours: keep the contact details as a sales lead. Unticked by default.
    pub lead_consent: bool,
    /// The language the visitor used.
    pub language: String,
    /// The Code of Conduct as signed, for kinds of visit that require it.
    pub code_of_conduct: Option<SignedPolicy>,
    /// The code of the invitation the visitor checks in with: the kind of visit, the name and
    /// the host come from the invitation, and it cannot be used again.
    #[serde(default)]
    pub invitation: Option<String>,
    /// "Remember me next time", which only the visitor ticks: their details are kept as a
    /// profile (needs an e-mail address, by which they are found again).
    #[serde(default)]
    pub remember_me: bool,
    /// The address a returning visitor found their profile with ("I have been here before"):
    /// a Code of Conduct version they signed is not asked again, and the profile's last visit
    /// is now.
    #[serde(default)]
    pub returning: Option<String>,
}

/// The welcome screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckedIn {
    #[ts(type = "number")]
    pub visit_id: i64,
    pub kind: VisitKind,
    pub first_name: String,
    /// The host (or guide) by first name and last initial.
    pub host: Option<String>,
    /// The visitor did not know their host or guide: who looks after them instead (the site's
    /// `visits.front_desk`, in their language).
    pub front_desk: Option<String>,
    pub checkout_code: String,
    pub waiting_area: String,
    /// The Code of Conduct acceptance made with this check-in, if any.
    #[ts(type = "number | null")]
    pub acceptance_id: Option<i64>,
    /// Guest Wi-Fi, for kinds of visit that get it.
    pub wifi: Option<WifiAccess>,
    /// The kind of visit gets Wi-Fi, but its tier is closed until this local time (`HH:MM`,
    /// or empty when it does not open within a week).
    pub wifi_closed_until: Option<String>,
    /// A message to the host was queued: the welcome screen says they are being told (never
    /// that they read it).
    pub host_told: bool,
    /// The visitor's badge was queued for the printer: the welcome screen asks how it went.
    #[ts(type = "number | null")]
    pub badge_print: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckedOut {
    #[ts(type = "number")]
    pub visit_id: i64,
    pub first_name: String,
}

/// A person on site, for staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OnSite {
    #[ts(type = "number")]
    pub visit_id: i64,
    pub kind: VisitKind,
    pub name: String,
    pub company: Option<String>,
    /// The host's (or the tour guide's) full name.
    pub host: Option<String>,
    pub checked_in_at: String,
    /// The tablet of the site it was checked in at, when not this one.
    pub tablet: Option<String>,
}

/// How a visit ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutBy {
    /// The visitor, with their code.
    Visitor,
    Staff(i64),
    /// Automatically, at closing time.
    Closing,
    /// The visitor, with their code, at another tablet of the site (its id).
    AtTablet(String),
}

impl CheckOutBy {
    fn as_text(&self) -> String {
        match self {
            CheckOutBy::Visitor => "self".into(),
            CheckOutBy::Staff(id) => format!("staff:{id}"),
            CheckOutBy::Closing => "closing".into(),
            CheckOutBy::AtTablet(_) => "self".into(),
        }
    }

    fn actor(&self) -> Actor {
        match self {
            CheckOutBy::Visitor => Actor::Kiosk,
            CheckOutBy::Staff(id) => Actor::Staff(*id),
            CheckOutBy::Closing => Actor::System,
            CheckOutBy::AtTablet(t) => Actor::Fleet(t.clone()),
        }
    }
}

pub async fn guides(store: &Store) -> Result<Vec<Guide>> {
    let rows = sqlx::query("SELECT id, name FROM staff WHERE active = 1 ORDER BY name")
        .fetch_all(store.pool())
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Guide {
            id: r.get(0),
            display: text::short_name(&r.get::<String, _>(1)),
        })
        .collect())
}

/// Kinds of visit a visitor may check in for at `now`: all of them while the site is open,
/// outside opening hours only those with `after_hours = true`.
pub fn kinds_at(config: &Config, now: DateTime<Utc>) -> Vec<VisitKind> {
    let open = crate::wifi::passes::is_open(config, now);
    config
        .visits
        .types
        .iter()
        .filter(|t| open || t.after_hours)
        .map(|t| t.kind)
        .collect()
}

/// What the check-in form offers at `now` (see [`kinds_at`]).
pub async fn options(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    lang: &str,
) -> Result<CheckInOptions> {
    let allowed = kinds_at(config, now);
    Ok(CheckInOptions {
        types: config
            .visits
            .types
            .iter()
            .filter(|t| allowed.contains(&t.kind))
            .cloned()
            .collect(),
        guides: guides(store).await?,
        off_limits: config
            .visits
            .off_limits
            .iter()
            .map(|t| config::pick(t, lang, &config.languages).to_string())
            .collect(),
        retention_days: config.visits.retention_days,
        profile_days: config.privacy.profile_days,
    })
}

/// A validated form: what will be stored.
struct Clean {
    /// The typed fields; a tour's contact details only with consent.
    form: Details,
    host: Option<(String, String)>,
    guide: Option<(i64, String)>,
    /// No host or guide known: the front desk looks after this visitor.
    front_desk: bool,
    lead_consent: bool,
    language: String,
}

/// The fields a visitor types, cleaned by the rules of `text` for their kind of visit.
struct Details {
    kind: VisitKind,
    name: String,
    company: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    purpose: Option<String>,
}

fn details(config: &Config, r: &CheckInRequest) -> Result<Details> {
    let kind = r.kind.ok_or(Error::VisitTypeUnavailable)?;
    let t = config.visits.get(kind).ok_or(Error::VisitTypeUnavailable)?;
    // Where the name is optional (deliveries) and left out, the company stands in for it.
    let left_out = t.name == FieldRule::Optional && r.name.trim().is_empty();
    let name = if left_out {
        None
    } else {
        Some(text::name("name", &r.name)?)
    };
    let company = text::field(
        "company",
        r.company.as_deref(),
        text::COMPANY_MAX,
        t.company,
    )?;
    let name = match (name, &company) {
        (Some(name), _) => name,
        (None, Some(company)) => company.clone(),
        (None, None) => text::name("name", "")?,
    };
    Ok(Details {
        kind,
        name,
        company,
        // "Remember me next time" finds the visitor again by their address: asked of every
        // kind of visit then, whatever the site asks otherwise.
        email: text::email(
            "email",
            r.email.as_deref(),
            if r.remember_me {
                FieldRule::Required
            } else {
                t.email
            },
        )?,
        phone: text::phone("phone", r.phone.as_deref(), t.phone)?,
        purpose: text::field(
            "purpose",
            r.purpose.as_deref(),
            text::PURPOSE_MAX,
            t.purpose,
        )?,
    })
}

/// Checks the fields of the details screen (name, company, e-mail, phone, purpose) by the same
/// rules as [`check_in`], and stores nothing: the screen shows a problem next to its field
/// before the visitor goes on to read and sign anything (issue 25).
pub fn check_details(config: &Config, request: &CheckInRequest) -> Result<()> {
    details(config, request).map(|_| ())
}

async fn validate(
    conn: &mut SqliteConnection,
    config: &Config,
    r: &CheckInRequest,
) -> Result<Clean> {
    let Details {
        kind,
        name,
        mut company,
        mut email,
        mut phone,
        mut purpose,
    } = details(config, r)?;
    let t = config.visits.get(kind).ok_or(Error::VisitTypeUnavailable)?;
    let host = match r
        .host_id
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty())
    {
        Some(id) if t.host != FieldRule::Off => {
            let full = members::name_of(conn, id)
                .await?
                .ok_or(Error::HostUnknown)?;
            Some((id.to_string(), full))
        }
        _ if t.host == FieldRule::Required && !r.host_unknown => return Err(Error::HostRequired),
        _ => None,
    };
    let mut guide = None;
    if kind == VisitKind::Tour {
        match r.guide_id {
            Some(id) => {
                let full: String =
                    sqlx::query_scalar("SELECT name FROM staff WHERE id = ? AND active = 1")
                        .bind(id)
                        .fetch_optional(&mut *conn)
                        .await?
                        .ok_or(Error::GuideRequired)?;
                guide = Some((id, full));
            }
            None if r.host_unknown => {}
            None => return Err(Error::GuideRequired),
        }
        if !r.off_limits_acknowledged {
            return Err(Error::OffLimitsNotShown);
        }
        // Without consent a tour's contact details are not kept at all.
        // (The address of a visitor who asked to be remembered is kept for that.)
        if !r.lead_consent {
            (company, phone, purpose) = (None, None, None);
            if !r.remember_me {
                email = None;
            }
        }
    }
    if !r.privacy_accepted {
        return Err(Error::PrivacyNotAccepted);
    }
    let language = crate::i18n::negotiate(&r.language);
    Ok(Clean {
        form: Details {
            kind,
            name,
            company,
            email,
            phone,
            purpose,
        },
        front_desk: r.host_unknown && host.is_none() && guide.is_none(),
        host,
        guide,
        lead_consent: kind == VisitKind::Tour && r.lead_consent,
        language,
    })
}

/// A random check-out code. On a fleet tablet its last digit is the tablet's number in the
/// site, so two tablets never give out the same code, even while cut off from each other.
fn new_code(tablet_number: Option<u8>) -> String {
    let mut rng = rand::rngs::OsRng;
    (0..CODE_DIGITS)
        .map(|i| match tablet_number {
            Some(n) if i == CODE_DIGITS - 1 => char::from(b'0' + n % 10),
            _ => char::from(b'0' + rng.gen_range(0..10u8)),
        })
        .collect()
}

/// This tablet's number in its site, when it belongs to a fleet.
async fn tablet_number(conn: &mut SqliteConnection) -> Result<Option<u8>> {
    let n: Option<i64> =
        sqlx::query_scalar("SELECT number FROM fleet_link WHERE id = 1 AND active = 1")
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
    Ok(n.and_then(|n| u8::try_from(n).ok()))
}

/// Checks a visitor in. The visit and its audit entry are committed (with `synchronous=FULL`)
/// before this returns, so the welcome screen never shows a visit that could be lost.
///
/// A visitor who matches the deny list is not checked in: the form waits for a staff member's
/// decision (`approvals`) and this returns `ApprovalNeeded`.
pub async fn check_in(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    request: &CheckInRequest,
) -> Result<CheckedIn> {
    check_in_as(store, now, config, request, None).await
}

/// A check-in, or one that staff approved: `approved` is (approval id, staff id), and the
/// deny list is not asked again.
async fn check_in_as(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    request: &CheckInRequest,
    approved: Option<(i64, i64)>,
) -> Result<CheckedIn> {
    // The signature is checked and drawn before the write lock is taken; its problems are
    // reported after the form's, which the visitor filled in first.
    let signed = match &request.code_of_conduct {
        Some(s) if s.policy == config::CODE_OF_CONDUCT => Some(policies::prepare(s)),
        Some(_) => Some(Err(Error::PolicyNotAccepted)),
        None => None,
    };
    let mut tx = store.begin_write().await?;
    let invited = match request.invitation.as_deref() {
        Some(code) => Some(invitations::usable(&mut tx, now, config, code).await?),
        None => None,
    };
    let merged;
    let request = match &invited {
        Some((_, inv)) => {
            let typed = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
            merged = CheckInRequest {
                kind: Some(inv.kind),
                name: inv.name.clone(),
                host_id: Some(inv.host_id.clone()),
                host_unknown: false,
                company: typed(&request.company).or(inv.company.clone()),
                email: typed(&request.email).or(inv.email.clone()),
                ..request.clone()
            };
            &merged
        }
        None => request,
    };
    let v = validate(&mut tx, config, request).await?;
    if !kinds_at(config, now).contains(&v.form.kind) {
        return Err(Error::VisitTypeUnavailable);
    }
    let signed = signed.transpose()?;
    let needs_code = config
        .visits
        .get(v.form.kind)
        .is_some_and(|t| t.code_of_conduct)
        && policies::is_published(&mut tx, config::CODE_OF_CONDUCT).await?;
    // A returning visitor who signed the version in force on an earlier visit is not asked
    // again: that acceptance stands for this visit too.
    // An invitation's address stands for the one typed at "I have been here before".
    let returning = request
        .returning
        .clone()
        .or_else(|| invited.as_ref().and_then(|(_, inv)| inv.email.clone()));
    let signed_before = match (&returning, needs_code && signed.is_none()) {
        (Some(email), true) => {
            profiles::signed_in_force(&mut tx, email, config::CODE_OF_CONDUCT).await?
        }
        _ => None,
    };
    if needs_code && signed.is_none() && signed_before.is_none() {
        return Err(Error::PolicyNotAccepted);
    }
    if approved.is_none() {
        let found = deny::matches(
            &mut tx,
            &v.form.name,
            v.form.email.as_deref(),
            v.form.phone.as_deref(),
        )
        .await?;
        if let Some(entry) = found {
            let approval = approvals::hold(&mut tx, now, config, request, entry, &v).await?;
            tx.commit().await?;
            return Err(Error::ApprovalNeeded { approval });
        }
    }
    let at = now.to_rfc3339();
    // A code is unique among open visits (a partial unique index): draw again on the rare
    // collision instead of looking first, which saves the check-in path a query.
    let number = tablet_number(&mut tx).await?;
    let (id, code) = loop {
        let code = new_code(number);
        let inserted = sqlx::query_scalar::<_, i64>(
            "INSERT INTO visits (kind, name, company, email, phone, purpose, host_member_id, guide_staff_id,
               language, checkout_code, checked_in_at, privacy_accepted_at, off_limits_shown_at,
               lead_consent, kiosk_id)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(v.form.kind.as_str())
        .bind(&v.form.name)
        .bind(&v.form.company)
        .bind(&v.form.email)
        .bind(&v.form.phone)
        .bind(&v.form.purpose)
        .bind(v.host.as_ref().map(|h| &h.0))
        .bind(v.guide.as_ref().map(|g| g.0))
        .bind(&v.language)
        .bind(&code)
        .bind(&at)
        .bind(&at)
        .bind((v.form.kind == VisitKind::Tour).then_some(&at))
        .bind(v.lead_consent)
        .bind(&config.kiosk_id)
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok(id) => break (id, code),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
            Err(e) => return Err(e.into()),
        }
    };
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "visit-check-in",
            subject: Some(format!("visit:{id}")),
            details: {
                let mut details = match &invited {
                    Some((invitation, _)) => json!({ "kind": v.form.kind.as_str(), "off_limits_shown": false, "invitation": invitation }),
                    None => json!({ "kind": v.form.kind.as_str(), "off_limits_shown": v.form.kind == VisitKind::Tour }),
                };
                if let Some(acceptance) = signed_before {
                    details["code_of_conduct_signed_before"] = json!(acceptance);
                }
                details
            },
        },
    )
    .await?;
    if let Some((invitation, _)) = &invited {
        invitations::mark_used(&mut tx, now, *invitation, id).await?;
    }
    // The host's messages are queued in this transaction: a check-in never waits for the
    // network, and no message is queued for a visit that was not saved.
    let host_told = match &v.host {
        Some((host_id, _)) => {
            notify::enqueue_arrival(
                &mut tx,
                now,
                config,
                notify::Arrival {
                    visit_id: id,
                    visitor: &v.form.name,
                    company: v.form.company.as_deref(),
                    kind: v.form.kind,
                    host_id,
                },
            )
            .await?
        }
        None => false,
    };
    let accepted = match &signed {
        Some(signed) => {
            Some(policies::record(&mut tx, now, config, &Signer::Visit(id), signed).await?)
        }
        None => None,
    };
    let acceptance_id = accepted.as_ref().map(|a| a.acceptance_id);
    if let (true, Some(email)) = (request.remember_me, &v.form.email) {
        let remember = profiles::Remember {
            name: &v.form.name,
            email,
            company: v.form.company.as_deref(),
            phone: v.form.phone.as_deref(),
            language: &v.language,
            kind: v.form.kind,
            signed: accepted
                .as_ref()
                .map(|a| (a.policy.as_str(), a.version, a.acceptance_id)),
        };
        profiles::remember(&mut tx, now, &remember).await?;
    } else if let Some(email) = &request.returning {
        profiles::visited(&mut tx, now, email).await?;
    }
    if let Some((approval, staff)) = approved {
        approvals::approved(&mut tx, now, approval, staff, id).await?;
    }
    // The pass is committed with the visit; the equipment learns of it right after.
    let tier = config
        .visits
        .get(v.form.kind)
        .and_then(|t| t.wifi_tier.as_deref());
    let (wifi, wifi_closed_until) = match tier {
        Some(tier) => {
            let holder = wifi::Holder::Visit(id);
            match wifi::issue(&mut tx, now, config, tier, holder, None, Actor::Kiosk).await {
                Ok(access) => (Some(access), None),
                Err(Error::WifiClosed { opens_at }) => (None, Some(opens_at.unwrap_or_default())),
                Err(e) => return Err(e),
            }
        }
        None => (None, None),
    };
    let badge_print = printing::jobs::enqueue(&mut tx, now, config, id, v.form.kind).await?;
    tx.commit().await?;
    let host = v
        .host
        .map(|h| h.1)
        .or(v.guide.map(|g| g.1))
        .map(|n| text::short_name(&n));
    Ok(CheckedIn {
        visit_id: id,
        kind: v.form.kind,
        first_name: text::first_name(&v.form.name),
        host,
        front_desk: v.front_desk.then(|| {
            config::pick(&config.visits.front_desk, &v.language, &config.languages).to_string()
        }),
        checkout_code: code,
        waiting_area: config::pick(&config.visits.waiting_area, &v.language, &config.languages)
            .to_string(),
        acceptance_id,
        wifi,
        wifi_closed_until,
        host_told,
        badge_print,
    })
}

pub(crate) async fn check_out_row(
    conn: &mut Write,
    at: DateTime<Utc>,
    id: i64,
    by: CheckOutBy,
) -> Result<CheckedOut> {
    let row = sqlx::query("SELECT name, checked_out_at FROM visits WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut **conn)
        .await?
        .ok_or(Error::VisitNotFound)?;
    let name: String = row.get(0);
    if row.get::<Option<String>, _>(1).is_some() {
        return Err(Error::AlreadyCheckedOut);
    }
    sqlx::query("UPDATE visits SET checked_out_at = ?, checked_out_by = ? WHERE id = ? AND checked_out_at IS NULL")
        .bind(at.to_rfc3339())
        .bind(by.as_text())
        .bind(id)
        .execute(&mut **conn)
        .await?;
    // A guest's Wi-Fi ends when they leave.
    wifi::end_for_visit(conn, at, id, by.actor()).await?;
    audit::append(
        conn,
        at,
        NewEntry {
            actor: by.actor(),
            action: "visit-check-out",
            subject: Some(format!("visit:{id}")),
            details: json!({ "how": by.as_text() }),
        },
    )
    .await?;
    Ok(CheckedOut {
        visit_id: id,
        first_name: text::first_name(&name),
    })
}

/// Self-service check-out with the code from the welcome screen.
pub async fn check_out_by_code(
    store: &Store,
    now: DateTime<Utc>,
    code: &str,
) -> Result<CheckedOut> {
    let code = code.trim();
    if code.len() != CODE_DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::CheckoutCodeUnknown);
    }
    let mut tx = store.begin_write().await?;
    let open: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM visits WHERE checkout_code = ? AND checked_out_at IS NULL",
    )
    .bind(code)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = open else {
        // A visit checked in at another tablet of the site.
        if let Some(out) = check_out_elsewhere(&mut tx, now, code).await? {
            tx.commit().await?;
            return Ok(out);
        }
        // Say "already checked out" for a code used today, so nobody worries they are still in;
        // never whose visit it was (the code may not be theirs).
        let recent: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM visits WHERE checkout_code = ? AND checked_out_at >= ? ORDER BY id DESC LIMIT 1",
        )
        .bind(code)
        .bind((now - Duration::hours(24)).to_rfc3339())
        .fetch_optional(&mut *tx)
        .await?;
        return Err(match recent {
            Some(_) => Error::AlreadyCheckedOut,
            None => Error::CheckoutCodeUnknown,
        });
    };
    let out = check_out_row(&mut tx, now, id, CheckOutBy::Visitor).await?;
    tx.commit().await?;
    Ok(out)
}

/// A visit checked out at the screen (with its code, or by name) in the last day: someone
/// else may have done it, so staff see these and can undo one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SelfCheckOut {
    #[ts(type = "number")]
    pub visit_id: i64,
    pub kind: VisitKind,
    pub name: String,
    /// The host's (or the tour guide's) full name.
    pub host: Option<String>,
    pub checked_in_at: String,
    pub checked_out_at: String,
}

/// How long a check-out at the screen can be undone by staff.
const UNDO_FOR: Duration = Duration::hours(24);

/// Check-outs made at the screen in the last day, newest first.
pub async fn self_check_outs(
    conn: &mut SqliteConnection,
    now: DateTime<Utc>,
) -> Result<Vec<SelfCheckOut>> {
    let rows = sqlx::query(
        "SELECT v.id, v.kind, v.name, COALESCE(m.name, s.name), v.checked_in_at, v.checked_out_at
         FROM visits v
         LEFT JOIN members m ON m.id = v.host_member_id
         LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.checked_out_by = 'self' AND v.checked_out_at >= ? AND v.anonymised_at IS NULL
         ORDER BY v.checked_out_at DESC, v.id DESC",
    )
    .bind((now - UNDO_FOR).to_rfc3339())
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| SelfCheckOut {
            visit_id: r.get(0),
            kind: VisitKind::parse(&r.get::<String, _>(1)).unwrap_or(VisitKind::Guest),
            name: r.get(2),
            host: r.get(3),
            checked_in_at: r.get(4),
            checked_out_at: r.get(5),
        })
        .collect())
}

/// Staff undo a check-out made at the screen in the last day: the visit is open again (back on
/// the roll call), with a new check-out code if its old one was given to someone since. The
/// guest Wi-Fi pass it ended stays ended. Audited as `visit-check-out-undo`.
pub async fn undo_self_check_out(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    visit_id: i64,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    let row = sqlx::query(
        "SELECT checkout_code, checked_out_at FROM visits
         WHERE id = ? AND checked_out_by = 'self' AND checked_out_at >= ? AND anonymised_at IS NULL",
    )
    .bind(visit_id)
    .bind((now - UNDO_FOR).to_rfc3339())
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(Error::VisitNotFound)?;
    let mut code: String = row.get(0);
    let checked_out_at: String = row.get(1);
    loop {
        let taken: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM visits WHERE checkout_code = ? AND checked_out_at IS NULL",
        )
        .bind(&code)
        .fetch_optional(&mut *tx)
        .await?;
        if taken.is_none() {
            break;
        }
        code = new_code(tablet_number(&mut tx).await?);
    }
    sqlx::query(
        "UPDATE visits SET checked_out_at = NULL, checked_out_by = NULL, checkout_code = ?
         WHERE id = ?",
    )
    .bind(&code)
    .bind(visit_id)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "visit-check-out-undo",
            subject: Some(format!("visit:{visit_id}")),
            details: json!({ "checked_out_at": checked_out_at }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Staff check anyone out.
pub async fn check_out_by_staff(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    visit_id: i64,
) -> Result<CheckedOut> {
    let mut tx = store.begin_write().await?;
    let out = check_out_row(&mut tx, now, visit_id, CheckOutBy::Staff(staff_id)).await?;
    tx.commit().await?;
    Ok(out)
}

/// Everyone checked in and not out, earliest first.
pub async fn on_site(conn: &mut SqliteConnection) -> Result<Vec<OnSite>> {
    // With the site's other tablets' visits (a fleet): everyone in the building.
    let rows = sqlx::query(
        "SELECT v.id, v.kind, v.name, v.company, COALESCE(m.name, s.name), v.checked_in_at,
                NULL AS tablet
         FROM visits v
         LEFT JOIN members m ON m.id = v.host_member_id
         LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.checked_out_at IS NULL
         UNION ALL
         SELECT f.visit_id, f.kind, f.name, f.company, f.host_name, f.checked_in_at, f.tablet
         FROM fleet_visits f WHERE f.checked_out_at IS NULL
         ORDER BY 6, 7, 1",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| OnSite {
            visit_id: r.get(0),
            kind: VisitKind::parse(&r.get::<String, _>(1)).unwrap_or(VisitKind::Guest),
            name: r.get(2),
            company: r.get(3),
            host: r.get(4),
            checked_in_at: r.get(5),
            tablet: r.get(6),
        })
        .collect())
}

/// Checks out, as of the closing time, every open visit of a kind that may not stay after
/// closing and whose first closing time since check-in has passed. Returns how many.
pub async fn sweep_closing(store: &Store, now: DateTime<Utc>, config: &Config) -> Result<usize> {
    // Look first without the write lock: most of the time nobody is due, and a visitor's
    // check-in should not wait for this every few seconds.
    let rows =
        sqlx::query("SELECT id, kind, checked_in_at FROM visits WHERE checked_out_at IS NULL")
            .fetch_all(store.pool())
            .await?;
    let mut due = Vec::new();
    for r in rows {
        let kind = VisitKind::parse(&r.get::<String, _>(1));
        let may_stay = kind
            .and_then(|k| config.visits.get(k))
            .is_some_and(|t| t.may_stay_after_closing);
        if may_stay {
            continue;
        }
        let Ok(checked_in) = DateTime::parse_from_rfc3339(&r.get::<String, _>(2)) else {
            continue;
        };
        match next_closing(config, checked_in.with_timezone(&Utc)) {
            Some(closing) if closing <= now => due.push((r.get::<i64, _>(0), closing)),
            _ => {}
        }
    }
    if due.is_empty() {
        return Ok(0);
    }
    let mut tx = store.begin_write().await?;
    let mut done = 0;
    for (id, closing) in due {
        // Checked out in the meantime (by code or by staff): leave it as it is.
        match check_out_row(&mut tx, closing, id, CheckOutBy::Closing).await {
            Ok(_) => done += 1,
            Err(Error::AlreadyCheckedOut) => {}
            Err(e) => return Err(e),
        }
    }
    tx.commit().await?;
    Ok(done)
}

/// Removes names and contact details of visits that ended more than the retention period
/// ago. Counts, times and the audit chain stay. Returns how many visits were anonymised.
pub async fn anonymise_expired(store: &Store, now: DateTime<Utc>, config: &Config) -> Result<u64> {
    let cutoff = (now - Duration::days(config.visits.retention_days.into())).to_rfc3339();
    let mut tx = store.begin_write().await?;
    let done = sqlx::query(
        "UPDATE visits SET name = '', company = NULL, email = NULL, phone = NULL, purpose = NULL,
           anonymised_at = ?
         WHERE anonymised_at IS NULL AND checked_out_at IS NOT NULL AND checked_out_at < ?",
    )
    .bind(now.to_rfc3339())
    .bind(&cutoff)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    // The site's other tablets' visits this tablet keeps a copy of (a fleet), by the same rule.
    sqlx::query(
        "UPDATE fleet_visits SET name = '', company = NULL, host_name = NULL
         WHERE name <> '' AND checked_out_at IS NOT NULL AND checked_out_at < ?",
    )
    .bind(&cutoff)
    .execute(&mut *tx)
    .await?;
    // The proof that a visitor accepted a text stays (which text, when, the signature's hash);
    // who it was and what the signature looked like go with the visit's other personal data.
    sqlx::query(
        "UPDATE acceptances SET signer_name = '', signature_png = NULL, strokes = NULL
         WHERE signature_png IS NOT NULL AND visit_id IN
           (SELECT id FROM visits WHERE anonymised_at IS NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    // Who a Wi-Fi pass issued by hand was for.
    sqlx::query(
        "UPDATE wifi_passes SET label = '' WHERE label <> '' AND ended_at IS NOT NULL AND ended_at < ?",
    )
    .bind(&cutoff)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE roll_call_entries SET name = '' WHERE name <> '' AND roll_call_id IN
           (SELECT id FROM roll_calls WHERE finished_at IS NOT NULL AND finished_at < ?)",
    )
    .bind(&cutoff)
    .execute(&mut *tx)
    .await?;
    // Messages to hosts name the visitor; invitations name the guest.
    notify::forget_before(&mut tx, &cutoff).await?;
    let cutoff_day = (now - Duration::days(config.visits.retention_days.into()))
        .with_timezone(&config.time_zone)
        .date_naive();
    invitations::anonymise_before(&mut tx, now, cutoff_day).await?;
    // What security reports said and who left contact details, once closed long enough.
    crate::incidents::anonymise_expired(&mut tx, now, config).await?;
    // Returning visitors' profiles past their own retention; check-ins nobody decided on.
    profiles::expire(&mut tx, now, config).await?;
    approvals::abandon_stale(&mut tx, now).await?;
    if done > 0 {
        audit::append(
            &mut tx,
            now,
            NewEntry {
                actor: Actor::System,
                action: "visits-anonymise",
                subject: None,
                details: json!({ "visits": done, "retention_days": config.visits.retention_days }),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}

/// The audit action of a check-out made here for a visit another tablet checked in.
pub const CHECK_OUT_ELSEWHERE: &str = "fleet-check-out";

/// Self check-out with a code another tablet of the site gave: the visit is marked out here at
/// once (so a second try here is "already checked out") and the owner, reading this tablet's
/// entry, checks it out in its own database. `None` when no tablet of the site has the code open.
pub(crate) async fn check_out_elsewhere(
    tx: &mut Write,
    now: DateTime<Utc>,
    code: &str,
) -> Result<Option<CheckedOut>> {
    let row = sqlx::query(
        "SELECT tablet, visit_id, name FROM fleet_visits
         WHERE checkout_code = ? AND checked_out_at IS NULL",
    )
    .bind(code)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else {
        let recent: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM fleet_visits WHERE checkout_code = ? AND checked_out_at >= ? LIMIT 1",
        )
        .bind(code)
        .bind((now - Duration::hours(24)).to_rfc3339())
        .fetch_optional(&mut **tx)
        .await?;
        return match recent {
            Some(_) => Err(Error::AlreadyCheckedOut),
            None => Ok(None),
        };
    };
    let (tablet, visit_id, name): (String, i64, String) = (row.get(0), row.get(1), row.get(2));
    mark_out_elsewhere(tx, now, Actor::Kiosk, &tablet, visit_id).await?;
    Ok(Some(CheckedOut {
        visit_id,
        first_name: text::first_name(&name),
    }))
}

/// Staff check out a visit another tablet of the site checked in (`tablet`, its `visit_id`
/// there), as a visitor's code would: marked out here at once, and the owner follows.
pub async fn check_out_elsewhere_by_staff(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    tablet: &str,
    visit_id: i64,
) -> Result<CheckedOut> {
    let mut tx = store.begin_write().await?;
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT name, checked_out_at FROM fleet_visits WHERE tablet = ? AND visit_id = ?",
    )
    .bind(tablet)
    .bind(visit_id)
    .fetch_optional(&mut *tx)
    .await?;
    let name = match row {
        None => return Err(Error::VisitNotFound),
        Some((_, Some(_))) => return Err(Error::AlreadyCheckedOut),
        Some((name, None)) => name,
    };
    mark_out_elsewhere(&mut tx, now, Actor::Staff(staff_id), tablet, visit_id).await?;
    tx.commit().await?;
    Ok(CheckedOut {
        visit_id,
        first_name: text::first_name(&name),
    })
}

/// Marks another tablet's visit out here and writes the `fleet-check-out` entry its owner
/// applies.
async fn mark_out_elsewhere(
    tx: &mut Write,
    now: DateTime<Utc>,
    actor: Actor,
    tablet: &str,
    visit_id: i64,
) -> Result<()> {
    let here: Option<String> =
        sqlx::query_scalar("SELECT tablet FROM fleet_link WHERE id = 1 AND active = 1")
            .fetch_optional(&mut **tx)
            .await?
            .flatten();
    sqlx::query(
        "UPDATE fleet_visits SET checked_out_at = ?, checked_out_at_tablet = ?
         WHERE tablet = ? AND visit_id = ?",
    )
    .bind(now.to_rfc3339())
    .bind(&here)
    .bind(tablet)
    .bind(visit_id)
    .execute(&mut **tx)
    .await?;
    audit::append(
        tx,
        now,
        NewEntry {
            actor,
            action: CHECK_OUT_ELSEWHERE,
            subject: Some(format!("visit:{tablet}/{visit_id}")),
            details: json!({ "tablet": tablet, "visit": visit_id }),
        },
    )
    .await?;
    Ok(())
}

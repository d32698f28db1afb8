//! Policies people accept by signing: the Code of Conduct, house rules, the Wi-Fi acceptable-use
//! policy, or whatever `[policies]` lists. Each has versions; each version has its text per
//! language, identified by the SHA-256 of its exact bytes and never edited once published.
//! An acceptance records who signed which exact text, when, where, and the drawn signature,
//! and goes into the audit chain. [`verify`] checks every acceptance against its text.

pub mod markdown;
pub mod receipt;
pub mod signature;

use crate::audit::{self, Actor, NewEntry};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::store::Write;
use crate::{members, text, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use signature::Signature;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// A policy text may not be larger than this (bytes): it is read on a tablet.
pub const MAX_TEXT_BYTES: usize = 256 * 1024;

/// A policy as shown for signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Document {
    pub policy: String,
    #[ts(type = "number")]
    pub version: i64,
    /// The language of the text shown.
    pub lang: String,
    /// The signer's language is not available: this is the site's reference text.
    pub fallback: bool,
    pub title: String,
    /// Safe HTML made from the Markdown (see [`markdown`]).
    pub html: String,
    pub text_hash: String,
}

/// "I agree": what the signer saw and signed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SignedPolicy {
    pub policy: String,
    #[ts(type = "number")]
    pub version: i64,
    pub lang: String,
    pub text_hash: String,
    pub signer_name: String,
    pub signature: Signature,
}

/// Whose acceptance it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signer {
    Visit(i64),
    Member(String),
}

/// A policy a member still has to accept in its current version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PendingPolicy {
    pub policy: String,
    #[ts(type = "number")]
    pub version: i64,
    pub title: String,
}

/// A member at the kiosk and what they still have to sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MemberPolicies {
    pub member_id: String,
    /// First name and last initial, as hosts are shown to visitors.
    pub display: String,
    pub first_name: String,
    /// The name to put under a signature, editable by the member.
    pub full_name: String,
    pub pending: Vec<PendingPolicy>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Accepted {
    #[ts(type = "number")]
    pub acceptance_id: i64,
    pub policy: String,
    #[ts(type = "number")]
    pub version: i64,
}

/// One language of a version, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedText {
    pub lang: String,
    pub title: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub policy: String,
    pub version: i64,
    pub texts: Vec<PublishedText>,
}

/// The SHA-256 of the exact bytes, as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(bytes))
}

/// A language tag in its canonical spelling (`fr`, `zh-CN`), or `None` if it is not one.
fn canonical_lang(lang: &str) -> Option<String> {
    lang.parse::<LanguageIdentifier>()
        .ok()
        .map(|l| l.to_string())
}

/// The language texts fall back to: the site's first language.
fn reference_lang(config: &Config) -> &str {
    config
        .languages
        .first()
        .map(String::as_str)
        .unwrap_or(crate::i18n::REFERENCE)
}

fn known_policy(config: &Config, policy: &str) -> Result<()> {
    if config.policies.documents.iter().any(|p| p == policy) {
        Ok(())
    } else {
        Err(Error::PolicyUnknown {
            policy: policy.to_string(),
        })
    }
}

/// Checks one text for publishing: UTF-8, not too large, a `# Title` first line.
fn check_text(lang: &str, bytes: &[u8]) -> Result<(String, String, String)> {
    let invalid = || Error::PolicyTextInvalid {
        lang: lang.to_string(),
    };
    let lang = canonical_lang(lang).ok_or_else(invalid)?;
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(invalid());
    }
    let body = std::str::from_utf8(bytes).map_err(|_| invalid())?;
    if body.contains('\0') {
        return Err(invalid());
    }
    let title = markdown::title(body).ok_or_else(invalid)?;
    Ok((lang, title, body.to_string()))
}

/// Publishes texts of a policy. With `into_version`, adds languages to that version (each
/// language once: a published text is never replaced); without, starts the next version,
/// which must include the site's reference language. Audited.
pub async fn publish(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    policy: &str,
    into_version: Option<i64>,
    texts: &[(String, Vec<u8>)],
) -> Result<Published> {
    known_policy(config, policy)?;
    let mut checked = Vec::new();
    for (lang, bytes) in texts {
        let (lang, title, body) = check_text(lang, bytes)?;
        if checked.iter().any(|(l, _, _)| *l == lang) {
            return Err(Error::PolicyLanguagePublished { lang });
        }
        checked.push((lang, title, body));
    }
    if checked.is_empty() {
        return Err(Error::PolicyTextInvalid {
            lang: String::new(),
        });
    }
    let at = now.to_rfc3339();
    let mut tx = store.begin_write().await?;
    let (version_id, version) = match into_version {
        Some(version) => {
            let id: i64 = sqlx::query_scalar(
                "SELECT id FROM policy_versions WHERE policy = ? AND version = ?",
            )
            .bind(policy)
            .bind(version)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::PolicyVersionUnknown { version })?;
            (id, version)
        }
        None => {
            let reference = reference_lang(config);
            if !checked.iter().any(|(l, _, _)| l == reference) {
                return Err(Error::PolicyReferenceMissing {
                    lang: reference.to_string(),
                });
            }
            let version: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM policy_versions WHERE policy = ?",
            )
            .bind(policy)
            .fetch_one(&mut *tx)
            .await?;
            let id = sqlx::query_scalar(
                "INSERT INTO policy_versions (policy, version, published_at) VALUES (?, ?, ?)
                 RETURNING id",
            )
            .bind(policy)
            .bind(version)
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
            (id, version)
        }
    };
    let mut published = Vec::new();
    for (lang, title, body) in checked {
        let sha256 = sha256_hex(body.as_bytes());
        let inserted = sqlx::query(
            "INSERT INTO policy_texts (version_id, lang, title, body, sha256, published_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(version_id)
        .bind(&lang)
        .bind(&title)
        .bind(&body)
        .bind(&sha256)
        .bind(&at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(Error::PolicyLanguagePublished { lang });
            }
            Err(e) => return Err(e.into()),
        }
        published.push(PublishedText {
            lang,
            title,
            sha256,
        });
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "policy-publish",
            subject: Some(format!("policy:{policy}")),
            details: json!({
                "version": version,
                "texts": published.iter().map(|t| json!({ "lang": t.lang, "sha256": t.sha256 })).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Published {
        policy: policy.to_string(),
        version,
        texts: published,
    })
}

/// A policy version the hub published (issue 16): the next version of that policy here, with
/// the hub's texts, audited as coming from the hub (the version in force with the same texts
/// is left as it is). `false` (nothing saved) when a text is not
/// a policy text: the hub checks them, so this only guards against a damaged message.
pub async fn apply_shared(
    tx: &mut crate::store::Write,
    now: DateTime<Utc>,
    policy: &str,
    texts: &[(String, String)],
) -> Result<bool> {
    let mut checked = Vec::new();
    for (lang, text) in texts {
        match check_text(lang, text.as_bytes()) {
            Ok(t) => checked.push(t),
            Err(_) => return Ok(false),
        }
    }
    if checked.is_empty() {
        return Ok(false);
    }
    // The version in force with exactly these texts already (the same message read again, from
    // a stream read from its start): nothing new.
    let mut wanted: Vec<(String, String)> = checked
        .iter()
        .map(|(lang, _, body)| (lang.clone(), sha256_hex(body.as_bytes())))
        .collect();
    wanted.sort();
    if let Some((current, _)) = current_version(tx, policy).await? {
        let have: Vec<(String, String)> = sqlx::query_as(
            "SELECT lang, sha256 FROM policy_texts WHERE version_id = ? ORDER BY lang, sha256",
        )
        .bind(current)
        .fetch_all(&mut **tx)
        .await?;
        if have == wanted {
            return Ok(true);
        }
    }
    let at = now.to_rfc3339();
    let version: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM policy_versions WHERE policy = ?",
    )
    .bind(policy)
    .fetch_one(&mut **tx)
    .await?;
    let version_id: i64 = sqlx::query_scalar(
        "INSERT INTO policy_versions (policy, version, published_at) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(policy)
    .bind(version)
    .bind(&at)
    .fetch_one(&mut **tx)
    .await?;
    let mut texts = Vec::new();
    for (lang, title, body) in checked {
        let sha256 = sha256_hex(body.as_bytes());
        sqlx::query(
            "INSERT OR IGNORE INTO policy_texts (version_id, lang, title, body, sha256, published_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(version_id)
        .bind(&lang)
        .bind(&title)
        .bind(&body)
        .bind(&sha256)
        .bind(&at)
        .execute(&mut **tx)
        .await?;
        texts.push(json!({ "lang": lang, "sha256": sha256 }));
    }
    audit::append(
        tx,
        now,
        NewEntry {
            actor: Actor::Fleet("hub".into()),
            action: "policy-publish",
            subject: Some(format!("policy:{policy}")),
            details: json!({ "version": version, "texts": texts }),
        },
    )
    .await?;
    Ok(true)
}

/// The current (newest) version of a policy: (row id, version number).
async fn current_version(conn: &mut SqliteConnection, policy: &str) -> Result<Option<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, version FROM policy_versions WHERE policy = ? ORDER BY version DESC LIMIT 1",
    )
    .bind(policy)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Picks the text for a reader: their language, else the same language of another region,
/// else the site's reference language, else any. Returns (lang, title, body, sha256).
async fn pick_text(
    conn: &mut SqliteConnection,
    version_id: i64,
    lang: &str,
    reference: &str,
) -> Result<Option<(String, String, String, String)>> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT lang, title, body, sha256 FROM policy_texts WHERE version_id = ? ORDER BY lang",
    )
    .bind(version_id)
    .fetch_all(&mut *conn)
    .await?;
    let primary = |l: &str| l.split('-').next().unwrap_or(l).to_ascii_lowercase();
    let pos = rows
        .iter()
        .position(|r| r.0 == lang)
        .or_else(|| rows.iter().position(|r| primary(&r.0) == primary(lang)))
        .or_else(|| rows.iter().position(|r| r.0 == reference));
    let mut rows = rows;
    Ok(match pos {
        Some(i) => Some(rows.swap_remove(i)),
        None => rows.into_iter().next(),
    })
}

/// The current version of a policy, in the reader's language if it has one. `None` when the
/// policy has never been published.
pub async fn document(
    conn: &mut SqliteConnection,
    config: &Config,
    policy: &str,
    lang: &str,
) -> Result<Option<Document>> {
    known_policy(config, policy)?;
    let Some((version_id, version)) = current_version(conn, policy).await? else {
        return Ok(None);
    };
    let Some((text_lang, title, body, hash)) =
        pick_text(conn, version_id, lang, reference_lang(config)).await?
    else {
        return Ok(None);
    };
    let primary = |l: &str| l.split('-').next().unwrap_or(l).to_ascii_lowercase();
    Ok(Some(Document {
        policy: policy.to_string(),
        version,
        fallback: primary(&text_lang) != primary(lang),
        lang: text_lang,
        title,
        // The title is shown as the screen's heading, not twice.
        html: markdown::to_safe_html(markdown::without_title(&body)),
        text_hash: hash,
    }))
}

/// An acceptance checked and drawn, before the write transaction (so the PNG is made while
/// nothing is locked).
#[derive(Debug, Clone)]
pub struct Prepared {
    signed: SignedPolicy,
    signer_name: String,
    png: Vec<u8>,
    png_sha256: String,
    strokes: String,
}

/// Checks the signer's name and signature and draws the PNG.
pub fn prepare(signed: &SignedPolicy) -> Result<Prepared> {
    let signer_name = text::name("signer_name", &signed.signer_name)?;
    signed.signature.check()?;
    let png = signed.signature.to_png()?;
    let strokes = serde_json::to_string(&signed.signature)
        .map_err(|e| Error::Internal(format!("strokes: {e}")))?;
    Ok(Prepared {
        signed: signed.clone(),
        signer_name,
        png_sha256: sha256_hex(&png),
        png,
        strokes,
    })
}

/// Stores an acceptance inside the caller's write transaction: the text must be the current
/// version's and have the hash the signer was shown. Audited.
pub async fn record(
    conn: &mut Write,
    now: DateTime<Utc>,
    config: &Config,
    signer: &Signer,
    p: &Prepared,
) -> Result<Accepted> {
    let s = &p.signed;
    known_policy(config, &s.policy)?;
    let current = current_version(conn, &s.policy).await?;
    let text: Option<(i64, String)> = sqlx::query_as(
        "SELECT t.id, t.sha256 FROM policy_texts t JOIN policy_versions v ON v.id = t.version_id
         WHERE v.policy = ? AND v.version = ? AND t.lang = ?",
    )
    .bind(&s.policy)
    .bind(s.version)
    .bind(&s.lang)
    .fetch_optional(&mut **conn)
    .await?;
    let text_id = match (current, text) {
        (Some((_, v)), Some((id, hash))) if v == s.version && hash == s.text_hash => id,
        _ => return Err(Error::PolicyOutdated),
    };
    let (visit_id, member_id) = match signer {
        Signer::Visit(id) => (Some(*id), None),
        Signer::Member(id) => {
            if members::name_of(conn, id).await?.is_none() {
                return Err(Error::MemberNotFound);
            }
            (None, Some(id.as_str()))
        }
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO acceptances (text_id, policy, version, lang, text_hash, visit_id, member_id,
           signer_name, accepted_at, kiosk_id, signature_png, signature_sha256, strokes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(text_id)
    .bind(&s.policy)
    .bind(s.version)
    .bind(&s.lang)
    .bind(&s.text_hash)
    .bind(visit_id)
    .bind(member_id)
    .bind(&p.signer_name)
    .bind(now.to_rfc3339())
    .bind(&config.kiosk_id)
    .bind(&p.png)
    .bind(&p.png_sha256)
    .bind(&p.strokes)
    .fetch_one(&mut **conn)
    .await?;
    let subject = match signer {
        Signer::Visit(v) => format!("visit:{v}"),
        Signer::Member(m) => format!("member:{m}"),
    };
    audit::append(
        conn,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "policy-accept",
            subject: Some(subject),
            details: json!({
                "acceptance": id,
                "policy": s.policy,
                "version": s.version,
                "lang": s.lang,
                "text_sha256": s.text_hash,
                "signature_sha256": p.png_sha256,
            }),
        },
    )
    .await?;
    Ok(Accepted {
        acceptance_id: id,
        policy: s.policy.clone(),
        version: s.version,
    })
}

/// A member accepts a policy: checked, drawn and committed in one go.
pub async fn accept_as_member(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    member_id: &str,
    signed: &SignedPolicy,
) -> Result<Accepted> {
    let prepared = prepare(signed)?;
    let mut tx = store.begin_write().await?;
    let accepted = record(
        &mut tx,
        now,
        config,
        &Signer::Member(member_id.to_string()),
        &prepared,
    )
    .await?;
    tx.commit().await?;
    Ok(accepted)
}

/// Someone read a policy and declined it. Only the fact is kept (no name, no signature).
pub async fn decline(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    policy: &str,
    version: i64,
    who: Option<&str>,
    details: serde_json::Value,
) -> Result<()> {
    known_policy(config, policy)?;
    let mut tx = store.begin_write().await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Kiosk,
            action: "policy-decline",
            subject: who.map(str::to_string),
            details: json!({ "policy": policy, "version": version, "context": details }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The version of a policy in force now, if one is published.
pub async fn version_in_force(conn: &mut SqliteConnection, policy: &str) -> Result<Option<i64>> {
    Ok(current_version(conn, policy).await?.map(|(_, v)| v))
}

/// Whether a visit type's Code of Conduct must be signed: only once one is published.
pub async fn is_published(conn: &mut SqliteConnection, policy: &str) -> Result<bool> {
    Ok(current_version(conn, policy).await?.is_some())
}

/// The policies (of `[policies] members`) whose current version a member has not accepted,
/// in the configured order, titled in `lang` where possible.
pub async fn pending_for_member(
    conn: &mut SqliteConnection,
    config: &Config,
    member_id: &str,
    lang: &str,
) -> Result<Vec<PendingPolicy>> {
    let mut pending = Vec::new();
    for policy in &config.policies.members {
        let Some((version_id, version)) = current_version(conn, policy).await? else {
            continue;
        };
        let accepted: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM acceptances
               WHERE member_id = ? AND policy = ? AND version = ?)",
        )
        .bind(member_id)
        .bind(policy)
        .bind(version)
        .fetch_one(&mut *conn)
        .await?;
        if accepted {
            continue;
        }
        let title = pick_text(conn, version_id, lang, reference_lang(config))
            .await?
            .map(|t| t.1)
            .unwrap_or_else(|| policy.clone());
        pending.push(PendingPolicy {
            policy: policy.clone(),
            version,
            title,
        });
    }
    Ok(pending)
}

/// Every configured policy with its current version and that version's languages.
pub async fn versions(
    conn: &mut SqliteConnection,
    config: &Config,
) -> Result<Vec<(String, Option<i64>, Vec<String>)>> {
    let mut out = Vec::new();
    for policy in &config.policies.documents {
        let current = current_version(conn, policy).await?;
        let langs = match current {
            Some((id, _)) => {
                sqlx::query_scalar(
                    "SELECT lang FROM policy_texts WHERE version_id = ? ORDER BY lang",
                )
                .bind(id)
                .fetch_all(&mut *conn)
                .await?
            }
            None => Vec::new(),
        };
        out.push((policy.clone(), current.map(|c| c.1), langs));
    }
    Ok(out)
}

/// Greets an active member with what they still have to sign.
pub async fn for_member(
    conn: &mut SqliteConnection,
    config: &Config,
    member_id: &str,
    lang: &str,
) -> Result<MemberPolicies> {
    let name = members::name_of(conn, member_id)
        .await?
        .ok_or(Error::MemberNotFound)?;
    Ok(MemberPolicies {
        member_id: member_id.to_string(),
        display: text::short_name(&name),
        first_name: text::first_name(&name),
        pending: pending_for_member(conn, config, member_id, lang).await?,
        full_name: name,
    })
}

/// Who has accepted the current version of one policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub policy: String,
    /// `None`: never published.
    pub version: Option<i64>,
    /// (member id, name), by name.
    pub accepted: Vec<(String, String)>,
    pub missing: Vec<(String, String)>,
}

/// Coverage of every policy members must accept, over the active members.
pub async fn coverage(conn: &mut SqliteConnection, config: &Config) -> Result<Vec<Coverage>> {
    let mut out = Vec::new();
    for policy in &config.policies.members {
        let version = current_version(conn, policy).await?.map(|v| v.1);
        let rows = sqlx::query(
            "SELECT m.id, m.name, EXISTS (SELECT 1 FROM acceptances a
               WHERE a.member_id = m.id AND a.policy = ? AND a.version = ?)
             FROM members m WHERE m.active = 1 ORDER BY m.name, m.id",
        )
        .bind(policy)
        .bind(version.unwrap_or(0))
        .fetch_all(&mut *conn)
        .await?;
        let (mut accepted, mut missing) = (Vec::new(), Vec::new());
        for row in rows {
            let who = (row.get::<String, _>(0), row.get::<String, _>(1));
            if row.get::<bool, _>(2) {
                accepted.push(who);
            } else {
                missing.push(who);
            }
        }
        out.push(Coverage {
            policy: policy.clone(),
            version,
            accepted,
            missing,
        });
    }
    Ok(out)
}

/// What is wrong with a stored acceptance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// The stored text no longer has the hash it was published with.
    TextAltered,
    /// The acceptance claims a hash other than its text's.
    HashMismatch,
    /// The acceptance claims another policy, version or language than its text's.
    ClaimsMismatch,
    /// The signature image is not the one that was recorded.
    SignatureAltered,
}

impl Mismatch {
    /// Stable name (a Fluent variant key of `cli-policy-verify-problem`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mismatch::TextAltered => "text-altered",
            Mismatch::HashMismatch => "hash-mismatch",
            Mismatch::ClaimsMismatch => "claims-mismatch",
            Mismatch::SignatureAltered => "signature-altered",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub checked: u64,
    /// (acceptance id, what is wrong), by id.
    pub problems: Vec<(i64, Mismatch)>,
}

/// Checks every stored acceptance against the text it claims.
pub async fn verify(conn: &mut SqliteConnection) -> Result<Verdict> {
    let rows = sqlx::query(
        "SELECT a.id, a.policy, a.version, a.lang, a.text_hash, a.signature_png,
                a.signature_sha256, v.policy, v.version, t.lang, t.body, t.sha256
         FROM acceptances a
         JOIN policy_texts t ON t.id = a.text_id
         JOIN policy_versions v ON v.id = t.version_id
         ORDER BY a.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut problems = Vec::new();
    for row in &rows {
        let id: i64 = row.get(0);
        let body: String = row.get(10);
        let text_sha: String = row.get(11);
        let problem = if sha256_hex(body.as_bytes()) != text_sha {
            Some(Mismatch::TextAltered)
        } else if row.get::<String, _>(4) != text_sha {
            Some(Mismatch::HashMismatch)
        } else if row.get::<String, _>(1) != row.get::<String, _>(7)
            || row.get::<i64, _>(2) != row.get::<i64, _>(8)
            || row.get::<String, _>(3) != row.get::<String, _>(9)
        {
            Some(Mismatch::ClaimsMismatch)
        } else {
            match row.get::<Option<Vec<u8>>, _>(5) {
                Some(png) if sha256_hex(&png) != row.get::<String, _>(6) => {
                    Some(Mismatch::SignatureAltered)
                }
                _ => None,
            }
        };
        if let Some(p) = problem {
            problems.push((id, p));
        }
    }
    Ok(Verdict {
        checked: rows.len() as u64,
        problems,
    })
}

/// Everything a receipt shows about one acceptance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptanceRecord {
    pub id: i64,
    pub policy: String,
    pub title: String,
    pub version: i64,
    pub lang: String,
    pub text_hash: String,
    pub signer_name: String,
    /// `true`: a member; `false`: a visitor.
    pub member: bool,
    pub accepted_at: DateTime<Utc>,
    pub kiosk_id: String,
    /// `None` once the visit was anonymised.
    pub signature_png: Option<Vec<u8>>,
}

pub async fn acceptance(conn: &mut SqliteConnection, id: i64) -> Result<AcceptanceRecord> {
    let row = sqlx::query(
        "SELECT a.policy, t.title, a.version, a.lang, a.text_hash, a.signer_name, a.member_id,
                a.accepted_at, a.kiosk_id, a.signature_png
         FROM acceptances a JOIN policy_texts t ON t.id = a.text_id WHERE a.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(Error::AcceptanceNotFound)?;
    let at: String = row.get(7);
    Ok(AcceptanceRecord {
        id,
        policy: row.get(0),
        title: row.get(1),
        version: row.get(2),
        lang: row.get(3),
        text_hash: row.get(4),
        signer_name: row.get(5),
        member: row.get::<Option<String>, _>(6).is_some(),
        accepted_at: DateTime::parse_from_rfc3339(&at)
            .map_err(|e| Error::Internal(format!("acceptance {id} time: {e}")))?
            .with_timezone(&Utc),
        kiosk_id: row.get(8),
        signature_png: row.get(9),
    })
}

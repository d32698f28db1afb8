//! Erasure on request: one person's personal fields blanked everywhere, the way the retention
//! sweep (`visits::anonymise_expired`) blanks them for everyone after the retention period —
//! the time, the kind of visit and the host stay; names, contacts, signature images and the
//! visitor profile go — except what a hold keeps: an open security report naming them, or the
//! records a legal hold that is on names. Deny-list entries are the site's own record and stay.
//!
//! The bytes go too, not only the values: the transaction runs with `secure_delete` on (SQLite
//! overwrites what it frees with zeros, in the pages and on the free list), and after the
//! commit a `TRUNCATE` checkpoint copies the new pages over the old ones in the database file
//! and empties the WAL. Backups taken before stay as they are until they are rotated out.

use super::{answer, forget_request_keys, gather, today, Hold, Person};
use crate::audit::{self, Actor, NewEntry};
use crate::config::Config;
use crate::error::Result;
use crate::privacy::match_key;
use crate::Store;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;
use sqlx::Row;
use std::collections::BTreeMap;

/// Why a record was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "kebab-case")]
pub enum KeptWhy {
    /// A security report still open names the person.
    OpenIncident,
    /// A legal hold that is on.
    Hold {
        hold: i64,
        until: String,
        reason: String,
    },
    /// A deny-list entry: the site's own record, changed only with `lobby deny`.
    DenyList,
}

/// One record an erasure kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kept {
    /// The table, e.g. `visits`.
    pub table: &'static str,
    pub id: String,
    pub why: KeptWhy,
}

/// What an erasure did: the receipt.
#[derive(Debug, Clone, Serialize)]
pub struct Erasure {
    pub request_id: i64,
    pub at: String,
    /// Rows changed or removed, by table (tables with none are left out).
    pub erased: Vec<(&'static str, u64)>,
    pub kept: Vec<Kept>,
    /// Whether the WAL could be emptied at once (another process reading it keeps it).
    pub checkpointed: bool,
}

/// Erases `person` (see the module docs), records the erasure request (received on `received`,
/// today by default) as answered on the grounds `reason`, and returns the receipt. The reason
/// is the operator's: it should say why ("Art. 17(1)(a), asked by e-mail"), not whom.
pub async fn erase(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    actor: Actor,
    person: &Person,
    reason: &str,
    received: Option<NaiveDate>,
) -> Result<Erasure> {
    let at = now.to_rfc3339();
    let mut tx = store.begin_write().await?;
    sqlx::query("PRAGMA secure_delete = ON")
        .execute(&mut *tx)
        .await?;
    let held = gather(&mut tx, now, config, person).await?;
    let day = today(now, config);
    let holds: Vec<(Hold, super::HeldSet)> = held
        .holds
        .iter()
        .filter(|h| h.is_on(day))
        .filter_map(|h| held.is_held_by(h).map(|s| (h.clone(), s)))
        .collect();
    let why = |h: &Hold| KeptWhy::Hold {
        hold: h.id,
        until: h.until.clone(),
        reason: h.reason.clone(),
    };
    let visit_hold = |id: Option<i64>| {
        id.and_then(|id| {
            holds
                .iter()
                .find(|(_, s)| s.visits.contains(&id))
                .map(|(h, _)| why(h))
        })
    };
    let invitation_hold = |id: Option<i64>| {
        id.and_then(|id| {
            holds
                .iter()
                .find(|(_, s)| s.invitations.contains(&id))
                .map(|(h, _)| why(h))
        })
    };
    let name_hold = |name: Option<&str>| {
        name.and_then(|n| {
            let k = match_key(n);
            holds
                .iter()
                .find(|(_, s)| s.name_keys.contains(&k))
                .map(|(h, _)| why(h))
        })
    };

    let mut erased: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut kept: Vec<Kept> = Vec::new();
    let mut keep = |table: &'static str, id: String, why: KeptWhy| {
        kept.push(Kept { table, id, why });
    };
    let mut erased_acceptances = Vec::new();

    for v in &held.visits {
        if let Some(why) = visit_hold(Some(v.id)) {
            keep("visits", v.id.to_string(), why);
            continue;
        }
        let n = sqlx::query(
            "UPDATE visits SET name = '', company = NULL, email = NULL, phone = NULL,
               purpose = NULL, anonymised_at = COALESCE(anonymised_at, ?)
             WHERE id = ? AND (name <> '' OR company IS NOT NULL OR email IS NOT NULL
               OR phone IS NOT NULL OR purpose IS NOT NULL)",
        )
        .bind(&at)
        .bind(v.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        *erased.entry("visits").or_default() += n;
    }
    for a in &held.acceptances {
        if let Some(why) = visit_hold(a.visit_id).or_else(|| name_hold(Some(&a.signer_name))) {
            keep("acceptances", a.id.to_string(), why);
            continue;
        }
        let n = sqlx::query(
            "UPDATE acceptances SET signer_name = '', signature_png = NULL, strokes = NULL
             WHERE id = ? AND (signer_name <> '' OR signature_png IS NOT NULL
               OR strokes IS NOT NULL)",
        )
        .bind(a.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        *erased.entry("acceptances").or_default() += n;
        erased_acceptances.push(a.id);
    }
    for w in &held.wifi_passes {
        if let Some(why) = visit_hold(w.visit_id).or_else(|| name_hold(w.label.as_deref())) {
            keep("wifi_passes", w.id.clone(), why);
            continue;
        }
        let n = sqlx::query("UPDATE wifi_passes SET label = '' WHERE id = ? AND label <> ''")
            .bind(&w.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        *erased.entry("wifi_passes").or_default() += n;
    }
    for r in &held.roll_calls {
        if let Some(why) = visit_hold(r.visit_id).or_else(|| name_hold(Some(&r.name))) {
            keep("roll_call_entries", r.id.to_string(), why);
            continue;
        }
        let n = sqlx::query("UPDATE roll_call_entries SET name = '' WHERE id = ? AND name <> ''")
            .bind(r.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        *erased.entry("roll_call_entries").or_default() += n;
    }
    // Messages name the visitor in their facts: they go, as the retention sweep removes them.
    for m in &held.messages {
        if let Some(why) = visit_hold(m.visit_id).or_else(|| invitation_hold(m.invitation_id)) {
            keep("outbox", m.id.to_string(), why);
            continue;
        }
        let n = sqlx::query("DELETE FROM outbox WHERE id = ?")
            .bind(m.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        *erased.entry("outbox").or_default() += n;
    }
    for i in &held.invitations {
        if let Some(why) = invitation_hold(Some(i.id)) {
            keep("invitations", i.id.to_string(), why);
            continue;
        }
        let n = sqlx::query(
            "UPDATE invitations SET name = '', email = NULL, company = NULL,
               anonymised_at = COALESCE(anonymised_at, ?)
             WHERE id = ? AND (name <> '' OR email IS NOT NULL OR company IS NOT NULL)",
        )
        .bind(&at)
        .bind(i.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        *erased.entry("invitations").or_default() += n;
    }
    for a in &held.approvals {
        if let Some(why) = visit_hold(a.visit_id).or_else(|| name_hold(Some(&a.name))) {
            keep("approvals", a.id.to_string(), why);
            continue;
        }
        let n = sqlx::query(
            "UPDATE approvals SET request = NULL, name = ''
             WHERE id = ? AND (request IS NOT NULL OR name <> '')",
        )
        .bind(a.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        *erased.entry("approvals").or_default() += n;
    }
    if let Some(p) = &held.profile {
        match holds.iter().find(|(_, s)| s.profile) {
            Some((h, _)) => keep("visitor_profiles", p.id.to_string(), why(h)),
            None => {
                let n = sqlx::query("DELETE FROM visitor_profiles WHERE id = ?")
                    .bind(p.id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                *erased.entry("visitor_profiles").or_default() += n;
            }
        }
    }
    for i in &held.incidents {
        if i.closed_at.is_none() {
            keep("incidents", i.id.to_string(), KeptWhy::OpenIncident);
            continue;
        }
        let description = match_key(&i.description);
        let contact = i.contact.as_deref().map(match_key);
        let hold = holds.iter().find(|(_, s)| {
            s.incident_terms
                .iter()
                .any(|t| description.contains(t.as_str()) || contact.as_deref() == Some(t))
        });
        if let Some((h, _)) = hold {
            keep("incidents", i.id.to_string(), why(h));
            continue;
        }
        let n = sqlx::query(
            "UPDATE incidents SET description = '', contact = NULL, note = NULL,
               anonymised_at = ?
             WHERE id = ? AND anonymised_at IS NULL",
        )
        .bind(&at)
        .bind(i.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        *erased.entry("incidents").or_default() += n;
    }
    for d in &held.deny_entries {
        keep("deny_entries", d.id.to_string(), KeptWhy::DenyList);
    }

    let request_id = answer(&mut tx, now, config, &actor, "erasure", person, received).await?;
    sqlx::query("UPDATE privacy_requests SET reason = ? WHERE id = ?")
        .bind(reason.trim())
        .bind(request_id)
        .execute(&mut *tx)
        .await?;
    forget_request_keys(&mut tx, &held.terms()).await?;
    let mut kept_ids: BTreeMap<&'static str, Vec<&str>> = BTreeMap::new();
    for k in &kept {
        kept_ids.entry(k.table).or_default().push(&k.id);
    }
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "privacy-erase",
            subject: Some(format!("request:{request_id}")),
            details: json!({
                "erased": erased,
                "kept": kept_ids,
                "visits": held.visits.iter().map(|v| v.id).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    // The pages are zeroed as they change; the pooled connection goes back to the default.
    sqlx::query("PRAGMA secure_delete = OFF")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;

    // The WAL still holds the old pages' images until they are copied into the database file
    // and the WAL is emptied.
    let busy: i64 = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(store.pool())
        .await?
        .get(0);
    // Saved receipts name the signer and show the signature.
    let receipts = crate::policies::receipt::folder(store);
    for id in erased_acceptances {
        let file = receipts.join(crate::policies::receipt::file_name(id));
        match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(Erasure {
        request_id,
        at,
        erased: erased.into_iter().filter(|(_, n)| *n > 0).collect(),
        kept,
        checkpointed: busy == 0,
    })
}

//! The visits' facts the entries carry, kept per visit; and the tablets' anonymisations,
//! repeated at the hub so a name leaves the central store when it leaves the tablet.

use crate::error::Result;
use chrono::{DateTime, Duration, Utc};
use lobby_core::fleet::Entry;
use sqlx::{Postgres, Transaction};
use std::collections::HashMap;

/// The action a tablet records when it anonymised visits past its retention period.
pub const ANONYMISE_ACTION: &str = "visits-anonymise";
/// A person's erasure at a tablet: its details list the person's visits.
pub const ERASE_ACTION: &str = "privacy-erase";

fn time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A visit at the hub: site, tablet, the tablet's visit id, the check-in time.
type VisitKey<'a> = (&'a str, &'a str, i64, DateTime<Utc>);

/// Upserts the facts of the batch's new entries (the last facts of a visit win: they are the
/// newest), then applies the batch's anonymisations in order.
pub async fn apply(tx: &mut Transaction<'_, Postgres>, entries: &[&Entry]) -> Result<()> {
    let mut latest: HashMap<VisitKey<'_>, (usize, &Entry)> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let Some(v) = &e.visit else { continue };
        let Some(checked_in) = time(&v.checked_in_at) else {
            tracing::warn!(
                site = e.site,
                tablet = e.tablet,
                seq = e.seq,
                "visit without a readable check-in time"
            );
            continue;
        };
        latest.insert((&e.site, &e.tablet, v.id, checked_in), (i, e));
    }
    if !latest.is_empty() {
        let mut rows: Vec<_> = latest.into_iter().collect();
        rows.sort_by_key(|(_, (i, _))| *i);
        let mut c = Columns::default();
        for ((site, tablet, id, checked_in), (_, e)) in rows {
            let Some(v) = &e.visit else { continue };
            c.site.push(site.to_string());
            c.tablet.push(tablet.to_string());
            c.id.push(id);
            c.checked_in.push(checked_in);
            c.epoch.push(e.epoch);
            c.kind.push(v.kind.clone());
            c.name.push(if v.anonymised {
                String::new()
            } else {
                v.name.clone()
            });
            c.company.push(if v.anonymised {
                None
            } else {
                v.company.clone()
            });
            c.host_id.push(v.host_id.clone());
            c.host_name.push(v.host_name.clone());
            c.checked_out
                .push(v.checked_out_at.as_deref().and_then(time));
            c.checked_out_by.push(v.checked_out_by.clone());
            c.anonymised.push(v.anonymised);
        }
        sqlx::query(
            "INSERT INTO visits (site, tablet, visit_id, checked_in_at, epoch, kind, name, company,
                                 host_id, host_name, checked_out_at, checked_out_by, anonymised)
             SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::timestamptz[],
                                  $5::int8[], $6::text[], $7::text[], $8::text[], $9::text[],
                                  $10::text[], $11::timestamptz[], $12::text[], $13::bool[])
             ON CONFLICT (site, tablet, visit_id, checked_in_at) DO UPDATE SET
               kind = EXCLUDED.kind,
               name = CASE WHEN visits.anonymised THEN '' ELSE EXCLUDED.name END,
               company = CASE WHEN visits.anonymised THEN NULL ELSE EXCLUDED.company END,
               host_id = EXCLUDED.host_id,
               host_name = EXCLUDED.host_name,
               checked_out_at = EXCLUDED.checked_out_at,
               checked_out_by = EXCLUDED.checked_out_by,
               anonymised = visits.anonymised OR EXCLUDED.anonymised,
               updated_at = now()",
        )
        .bind(&c.site)
        .bind(&c.tablet)
        .bind(&c.id)
        .bind(&c.checked_in)
        .bind(&c.epoch)
        .bind(&c.kind)
        .bind(&c.name)
        .bind(&c.company)
        .bind(&c.host_id)
        .bind(&c.host_name)
        .bind(&c.checked_out)
        .bind(&c.checked_out_by)
        .bind(&c.anonymised)
        .execute(&mut **tx)
        .await?;
    }
    for e in entries.iter().filter(|e| e.action == ANONYMISE_ACTION) {
        let days = serde_json::from_str::<serde_json::Value>(&e.details)
            .ok()
            .and_then(|d| d.get("retention_days").and_then(|n| n.as_i64()));
        let (Some(days), Some(at)) = (days, time(&e.at)) else {
            tracing::warn!(
                site = e.site,
                tablet = e.tablet,
                seq = e.seq,
                "anonymisation without retention_days or time"
            );
            continue;
        };
        let cutoff = at - Duration::days(days);
        sqlx::query(
            "UPDATE visits SET name = '', company = NULL, anonymised = TRUE, updated_at = now()
             WHERE site = $1 AND tablet = $2 AND NOT anonymised
               AND checked_out_at IS NOT NULL AND checked_out_at < $3",
        )
        .bind(&e.site)
        .bind(&e.tablet)
        .bind(cutoff)
        .execute(&mut **tx)
        .await?;
    }
    // A person erased at a tablet (`lobby privacy erase`): the hub's copies of their visits lose
    // the name and company too. The entry lists the visits; the facts sent after it are blank.
    for e in entries.iter().filter(|e| e.action == ERASE_ACTION) {
        let ids: Vec<i64> = serde_json::from_str::<serde_json::Value>(&e.details)
            .ok()
            .and_then(|d| {
                d.get("visits")
                    .and_then(|v| v.as_array())
                    .map(|a| a.iter().filter_map(|v| v.as_i64()).collect())
            })
            .unwrap_or_default();
        sqlx::query(
            "UPDATE visits SET name = '', company = NULL, anonymised = TRUE, updated_at = now()
             WHERE site = $1 AND tablet = $2 AND visit_id = ANY($3)",
        )
        .bind(&e.site)
        .bind(&e.tablet)
        .bind(&ids)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[derive(Default)]
struct Columns {
    site: Vec<String>,
    tablet: Vec<String>,
    id: Vec<i64>,
    checked_in: Vec<DateTime<Utc>>,
    epoch: Vec<i64>,
    kind: Vec<String>,
    name: Vec<String>,
    company: Vec<Option<String>>,
    host_id: Vec<Option<String>>,
    host_name: Vec<Option<String>>,
    checked_out: Vec<Option<DateTime<Utc>>>,
    checked_out_by: Vec<Option<String>>,
    anonymised: Vec<bool>,
}

//! CSV exports for staff and operators: UTF-8, a header row, RFC 4180 quoting (the `csv`
//! crate), times in the site's time zone, and cells that look like spreadsheet formulas
//! defused. Each export is audited with what and how many rows, never the rows themselves.

use super::rollcall;
use crate::audit;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::text::csv_safe;
use crate::Store;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use sqlx::Row;

fn local(config: &Config, at: Option<&str>) -> String {
    at.and_then(|a| DateTime::parse_from_rfc3339(a).ok())
        .map(|a| {
            a.with_timezone(&config.time_zone)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_default()
}

fn day_start(config: &Config, day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    config
        .time_zone
        .from_local_datetime(&midnight)
        .earliest()
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

fn writer_error(e: csv::Error) -> Error {
    Error::Internal(format!("csv: {e}"))
}

/// Visits that began on days `from` to `to` (inclusive, site time), oldest first.
pub async fn visits_csv(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<u8>> {
    let rows = sqlx::query(
        "SELECT v.id, v.kind, v.name, v.company, m.name, s.name, v.checked_in_at, v.checked_out_at,
                v.checked_out_by, v.off_limits_shown_at, v.anonymised_at
         FROM visits v LEFT JOIN members m ON m.id = v.host_member_id
         LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.checked_in_at >= ? AND v.checked_in_at < ? ORDER BY v.checked_in_at, v.id",
    )
    .bind(day_start(config, from).to_rfc3339())
    .bind(day_start(config, to + Duration::days(1)).to_rfc3339())
    .fetch_all(store.pool())
    .await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "visit_id",
        "kind",
        "name",
        "company",
        "host",
        "guide",
        "checked_in",
        "checked_out",
        "checked_out_by",
        "off_limits_shown",
        "anonymised",
    ])
    .map_err(writer_error)?;
    for r in &rows {
        let opt = |i: usize| r.get::<Option<String>, _>(i).unwrap_or_default();
        w.write_record([
            r.get::<i64, _>(0).to_string(),
            r.get::<String, _>(1),
            csv_safe(&r.get::<String, _>(2)),
            csv_safe(&opt(3)),
            csv_safe(&opt(4)),
            csv_safe(&opt(5)),
            local(config, Some(&r.get::<String, _>(6))),
            local(config, r.get::<Option<String>, _>(7).as_deref()),
            opt(8),
            local(config, r.get::<Option<String>, _>(9).as_deref()),
            local(config, r.get::<Option<String>, _>(10).as_deref()),
        ])
        .map_err(writer_error)?;
    }
    let out = w
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    audit::record_export(store, now, "visits", rows.len()).await?;
    Ok(out)
}

/// Tour prospects who agreed to be contacted.
pub async fn leads_csv(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<Vec<u8>> {
    let rows = sqlx::query(
        "SELECT v.id, v.name, v.email, v.phone, v.company, v.purpose, v.checked_in_at, s.name
         FROM visits v LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.kind = 'tour' AND v.lead_consent = 1 AND v.anonymised_at IS NULL
         ORDER BY v.checked_in_at",
    )
    .fetch_all(store.pool())
    .await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "visit_id",
        "name",
        "email",
        "phone",
        "company",
        "interest",
        "toured_at",
        "guide",
    ])
    .map_err(writer_error)?;
    for r in &rows {
        let opt = |i: usize| csv_safe(&r.get::<Option<String>, _>(i).unwrap_or_default());
        w.write_record([
            r.get::<i64, _>(0).to_string(),
            csv_safe(&r.get::<String, _>(1)),
            opt(2),
            opt(3),
            opt(4),
            opt(5),
            local(config, Some(&r.get::<String, _>(6))),
            opt(7),
        ])
        .map_err(writer_error)?;
    }
    let out = w
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    audit::record_export(store, now, "leads", rows.len()).await?;
    Ok(out)
}

pub async fn roll_call_csv(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    id: i64,
) -> Result<Vec<u8>> {
    let mut conn = store.pool().acquire().await?;
    let call = rollcall::get(&mut conn, id).await?;
    drop(conn);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "roll_call",
        "started",
        "started_by",
        "finished",
        "name",
        "kind",
        "status",
        "marked_at",
        "marked_by",
    ])
    .map_err(writer_error)?;
    for e in &call.entries {
        let status = serde_json::to_value(e.status)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        w.write_record([
            call.id.to_string(),
            local(config, Some(&call.started_at)),
            csv_safe(&call.started_by),
            local(config, call.finished_at.as_deref()),
            csv_safe(&e.name),
            e.kind.clone(),
            status,
            local(config, e.marked_at.as_deref()),
            csv_safe(e.marked_by.as_deref().unwrap_or("")),
        ])
        .map_err(writer_error)?;
    }
    let out = w
        .into_inner()
        .map_err(|e| Error::Internal(format!("csv: {e}")))?;
    audit::record_export(store, now, "roll-call", call.entries.len()).await?;
    Ok(out)
}

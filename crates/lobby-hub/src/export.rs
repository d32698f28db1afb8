//! `export visits`: the visits of every site (or one) as CSV, with the tablets' own rules:
//! UTF-8, a header row, RFC 4180 quoting, and cells that look like formulas defused
//! ([`lobby_core::text::csv_safe`]). Times are UTC: the sites may be in different zones.

use crate::error::{Error, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use lobby_core::text::csv_safe;
use sqlx::postgres::PgPool;
use sqlx::Row;

/// Reads a `YYYY-MM-DD` date.
pub fn date(value: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| Error::BadDate {
        value: value.to_string(),
    })
}

fn utc(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// Visits checked in on days `from` to `to` (inclusive, UTC), oldest first. Returns the CSV
/// and its number of rows.
pub async fn visits_csv(
    pool: &PgPool,
    from: NaiveDate,
    to: NaiveDate,
    site: Option<&str>,
) -> Result<(Vec<u8>, usize)> {
    let start = from
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc();
    let end = (to + Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc();
    let rows = sqlx::query(
        "SELECT site, tablet, visit_id, kind, name, company, host_name, checked_in_at,
                checked_out_at, checked_out_by, anonymised
         FROM visits
         WHERE checked_in_at >= $1 AND checked_in_at < $2 AND ($3::text IS NULL OR site = $3)
         ORDER BY checked_in_at, site, tablet, visit_id",
    )
    .bind(start)
    .bind(end)
    .bind(site)
    .fetch_all(pool)
    .await?;
    let csv_error = |e: String| Error::File {
        path: "csv".into(),
        reason: e,
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "site",
        "tablet",
        "visit_id",
        "kind",
        "name",
        "company",
        "host",
        "checked_in_utc",
        "checked_out_utc",
        "checked_out_by",
        "anonymised",
    ])
    .map_err(|e| csv_error(e.to_string()))?;
    for r in &rows {
        let opt = |i: usize| r.get::<Option<String>, _>(i).unwrap_or_default();
        w.write_record([
            r.get::<String, _>(0),
            r.get::<String, _>(1),
            r.get::<i64, _>(2).to_string(),
            csv_safe(&r.get::<String, _>(3)),
            csv_safe(&r.get::<String, _>(4)),
            csv_safe(&opt(5)),
            csv_safe(&opt(6)),
            utc(r.get(7)),
            utc(r.get(8)),
            csv_safe(&opt(9)),
            if r.get::<bool, _>(10) { "yes" } else { "no" }.to_string(),
        ])
        .map_err(|e| csv_error(e.to_string()))?;
    }
    let out = w.into_inner().map_err(|e| csv_error(e.to_string()))?;
    Ok((out, rows.len()))
}

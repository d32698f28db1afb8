//! The site's evacuation roll calls (issue 16: "export from any tablet or from the hub"),
//! recorded from the tablets' own `roll-call-start|mark|finish` entries, and
//! `lobby-hub export rollcall SITE`.
//!
//! The hub merges marks with the tablets' rule (`lobby_core::visits::rollcall::apply_remote`):
//! for each person the latest mark wins, by its time and then its tablet, so the hub's list is
//! the one every tablet shows once it has read the whole site. Each tablet's stream is in order
//! but the site's tablets are not ordered between them: a mark or an end may arrive before its
//! start, and is kept until the start completes the roll call.
//!
//! Names are kept as the tablets keep them in `roll_call_entries`: a roll call is an evacuation
//! record, not a visit, and the visits' anonymisation (`ingest::visits`) does not reach it.

use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use lobby_core::fleet::Entry;
use lobby_core::text::csv_safe;
use lobby_core::visits::rollcall::{Mark, RollCallFacts, RollCallPerson};
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};

fn time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn status(mark: Mark) -> String {
    serde_json::to_value(mark)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_else(|| "unaccounted".into())
}

/// The tablet a fleet id `<tablet>:<n>` names (the id's tablet part has no `:`).
fn starter(id: &str) -> &str {
    id.rsplit_once(':').map_or(id, |(tablet, _)| tablet)
}

/// Records one of a tablet's own roll call entries, the first time the hub holds it (the
/// caller skips redeliveries and entries applied from another tablet, `fleet:*`).
pub async fn record_tablet(
    tx: &mut Transaction<'_, Postgres>,
    entry: &Entry,
    facts: &RollCallFacts,
) -> Result<()> {
    let unreadable = |what: &str, at: &str| {
        tracing::warn!(
            site = entry.site,
            tablet = entry.tablet,
            seq = entry.seq,
            id = facts.id,
            at,
            "roll call {what} time unreadable; not recorded"
        );
    };
    let Some(started) = time(&facts.started_at) else {
        unreadable("start", &facts.started_at);
        return Ok(());
    };
    if entry.action == "roll-call-start" {
        // The start is the authority on when and where; a mark or end that came first made
        // the row from what it knew, and keeps its finish.
        sqlx::query(
            "INSERT INTO roll_calls (site, id, started_at, started_by_tablet)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (site, id) DO UPDATE
               SET started_at = EXCLUDED.started_at,
                   started_by_tablet = EXCLUDED.started_by_tablet",
        )
        .bind(&entry.site)
        .bind(&facts.id)
        .bind(started)
        .bind(&entry.tablet)
        .execute(&mut **tx)
        .await?;
        let column = |f: fn(&RollCallPerson) -> &String| -> Vec<&str> {
            facts.people.iter().map(|p| f(p).as_str()).collect()
        };
        // A person already there came from an earlier-arriving mark: the start gives the name
        // and kind, the mark stays.
        sqlx::query(
            "INSERT INTO roll_call_people (site, roll_call, person, name, kind)
             SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[])
             ON CONFLICT (site, roll_call, person) DO UPDATE
               SET name = EXCLUDED.name, kind = EXCLUDED.kind",
        )
        .bind(&entry.site)
        .bind(&facts.id)
        .bind(column(|p| &p.person))
        .bind(column(|p| &p.name))
        .bind(column(|p| &p.kind))
        .execute(&mut **tx)
        .await?;
        return Ok(());
    }
    // A mark or an end: the roll call exists from now on, whether its start came or not.
    sqlx::query(
        "INSERT INTO roll_calls (site, id, started_at, started_by_tablet)
         VALUES ($1, $2, $3, $4) ON CONFLICT (site, id) DO NOTHING",
    )
    .bind(&entry.site)
    .bind(&facts.id)
    .bind(started)
    .bind(starter(&facts.id))
    .execute(&mut **tx)
    .await?;
    if let Some(mark) = &facts.mark {
        let Some(at) = time(&mark.at) else {
            unreadable("mark", &mark.at);
            return Ok(());
        };
        // The tablets' rule: a later (time, tablet) wins; an older or equal one changes nothing.
        sqlx::query(
            "INSERT INTO roll_call_people
               (site, roll_call, person, name, kind, status, marked_at, marked_at_tablet)
             VALUES ($1, $2, $3, '', '', $4, $5, $6)
             ON CONFLICT (site, roll_call, person) DO UPDATE
               SET status = EXCLUDED.status, marked_at = EXCLUDED.marked_at,
                   marked_at_tablet = EXCLUDED.marked_at_tablet
               WHERE roll_call_people.marked_at IS NULL
                  OR (roll_call_people.marked_at, roll_call_people.marked_at_tablet)
                     < (EXCLUDED.marked_at, EXCLUDED.marked_at_tablet)",
        )
        .bind(&entry.site)
        .bind(&facts.id)
        .bind(&mark.person)
        .bind(status(mark.status))
        .bind(at)
        .bind(&entry.tablet)
        .execute(&mut **tx)
        .await?;
    } else if let Some(finished) = &facts.finished_at {
        let Some(at) = time(finished) else {
            unreadable("finish", finished);
            return Ok(());
        };
        // Two tablets may each end it while apart: the first end is when it ended, whatever
        // order they arrive in.
        sqlx::query(
            "UPDATE roll_calls SET finished_at = LEAST(finished_at, $3)
             WHERE site = $1 AND id = $2",
        )
        .bind(&entry.site)
        .bind(&facts.id)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

fn utc(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// A roll call of `site` as CSV, with the columns of a tablet's `lobby export rollcall`
/// (`roll_call_csv`) and times in UTC as `export visits` gives them: `id`, or the newest one
/// (by start, then id). Returns the CSV, the roll call's id and its number of people;
/// [`Error::NoRollCall`] when there is none.
pub async fn csv(pool: &PgPool, site: &str, id: Option<&str>) -> Result<(Vec<u8>, String, usize)> {
    let head = sqlx::query(
        "SELECT id, started_at, started_by_tablet, finished_at FROM roll_calls
         WHERE site = $1 AND ($2::text IS NULL OR id = $2)
         ORDER BY started_at DESC, id DESC LIMIT 1",
    )
    .bind(site)
    .bind(id)
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| Error::NoRollCall {
        site: site.to_string(),
        id: id.unwrap_or_default().to_string(),
    })?;
    let call: String = head.get(0);
    let rows = sqlx::query(
        "SELECT name, kind, status, marked_at, marked_at_tablet FROM roll_call_people
         WHERE site = $1 AND roll_call = $2 ORDER BY name, person",
    )
    .bind(site)
    .bind(&call)
    .fetch_all(pool)
    .await?;
    let csv_error = |e: String| Error::File {
        path: "csv".into(),
        reason: e,
    };
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
    .map_err(|e| csv_error(e.to_string()))?;
    for r in &rows {
        w.write_record([
            csv_safe(&call),
            utc(head.get(1)),
            csv_safe(&head.get::<String, _>(2)),
            utc(head.get(3)),
            csv_safe(&r.get::<String, _>(0)),
            csv_safe(&r.get::<String, _>(1)),
            r.get::<String, _>(2),
            utc(r.get(3)),
            csv_safe(&r.get::<Option<String>, _>(4).unwrap_or_default()),
        ])
        .map_err(|e| csv_error(e.to_string()))?;
    }
    let out = w.into_inner().map_err(|e| csv_error(e.to_string()))?;
    Ok((out, call, rows.len()))
}

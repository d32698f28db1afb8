//! A site's roll call at the hub (issue 16: "export from any tablet or from the hub"): started
//! on one tablet, marked on two others, ingested in any order, exported as the tablets merge it.

use crate::common::*;
use chrono::{DateTime, Duration, Utc};
use lobby_core::fleet::{apply, Entry, Event};
use lobby_core::visits::rollcall::{self, Mark};
use lobby_hub::rollcall as hub_rollcall;
use sqlx::postgres::PgPool;
use std::process::Command;

const STREAM: &str = "LOBBY_UP_HQ";

/// The site's up stream between its tablets, as in lobby-core's site tests: each tablet's
/// waiting entries are both sent to the stream (for the other tablets) and returned (for the
/// hub).
#[derive(Default)]
struct Site {
    up: Vec<Vec<u8>>,
}

impl Site {
    async fn send(&mut self, t: &Tablet) -> Vec<Entry> {
        let entries = t.take().await;
        for e in &entries {
            self.up.push(Event::Entry(e.clone()).to_json());
        }
        entries
    }

    /// Applies what `t` has not read yet, as its subscriber does.
    async fn read(&self, t: &Tablet, now: DateTime<Utc>) {
        let from = apply::cursor(&t.store, STREAM).await.unwrap() as usize;
        for (i, bytes) in self.up.iter().enumerate().skip(from) {
            apply::apply_up(&t.store, now, STREAM, i as u64 + 1, bytes)
                .await
                .unwrap();
        }
    }
}

async fn open_call(t: &Tablet) -> rollcall::RollCall {
    rollcall::current(&mut t.store.conn().await.unwrap())
        .await
        .unwrap()
        .expect("a roll call is open on the tablet")
}

fn entry_of(call: &rollcall::RollCall, name: &str) -> i64 {
    call.entries.iter().find(|e| e.name == name).unwrap().id
}

/// The export's rows as (name, status, marked_by), sorted, and the whole text.
async fn exported(pool: &PgPool, id: Option<&str>) -> (Vec<(String, String, String)>, String) {
    let (csv, _, rows) = hub_rollcall::csv(pool, "hq", id).await.unwrap();
    let text = String::from_utf8(csv).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "roll_call",
            "started",
            "started_by",
            "finished",
            "name",
            "kind",
            "status",
            "marked_at",
            "marked_by"
        ]
    );
    let mut out: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[4].to_string(), r[6].to_string(), r[8].to_string())
        })
        .collect();
    assert_eq!(out.len(), rows, "{text}");
    out.sort();
    (out, text)
}

fn row(name: &str, status: &str, by: &str) -> (String, String, String) {
    (name.into(), status.into(), by.into())
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_roll_call_marked_on_two_tablets_is_exported_from_the_hub_in_any_arrival_order() {
    let (a, b, c) = (
        Tablet::new("hq", "lobby-a").await,
        Tablet::new("hq", "lobby-b").await,
        Tablet::new("hq", "lobby-c").await,
    );
    let mut site = Site::default();
    let t0 = friday_morning();
    // Each tablet checks its own guest in; A learns B's and C's from the site's stream, so its
    // roll call has everyone of the site.
    a.check_in(t0, "Ada Lovelace").await;
    b.check_in(t0, "Bo Diddley").await;
    c.check_in(t0, "=cmd|' /C calc'!A0").await;
    let mut from_a = site.send(&a).await;
    let mut from_b = site.send(&b).await;
    let mut from_c = site.send(&c).await;
    for t in [&a, &b, &c] {
        site.read(t, t0).await;
    }
    let started = t0 + Duration::minutes(1);
    let call = rollcall::start(&a.store, started, &a.config, 1)
        .await
        .unwrap();
    assert_eq!(call.entries.len(), 3, "{call:?}");
    from_a.extend(site.send(&a).await);
    site.read(&b, started).await;
    site.read(&c, started).await;

    // B marks Ada missing and Bo safe; C marks Ada safe a second later: C's mark of Ada wins.
    let t1 = t0 + Duration::minutes(3);
    let (on_b, on_c) = (open_call(&b).await, open_call(&c).await);
    rollcall::mark(
        &b.store,
        t1,
        1,
        entry_of(&on_b, "Ada Lovelace"),
        Mark::Missing,
    )
    .await
    .unwrap();
    rollcall::mark(&b.store, t1, 1, entry_of(&on_b, "Bo Diddley"), Mark::Safe)
        .await
        .unwrap();
    rollcall::mark(
        &c.store,
        t1 + Duration::seconds(1),
        1,
        entry_of(&on_c, "Ada Lovelace"),
        Mark::Safe,
    )
    .await
    .unwrap();
    from_b.extend(site.send(&b).await);
    from_c.extend(site.send(&c).await);

    let expected = vec![
        row("'=cmd|' /C calc'!A0", "unaccounted", ""),
        row("Ada Lovelace", "safe", "lobby-c"),
        row("Bo Diddley", "safe", "lobby-b"),
    ];
    let fleet_id = format!("lobby-a:{}", call.id);

    // The start first, then B's marks, then C's.
    let in_order = database().await;
    apply_entries(&in_order, &from_a).await;
    apply_entries(&in_order, &from_b).await;
    apply_entries(&in_order, &from_c).await;
    let (rows, text) = exported(&in_order, None).await;
    assert_eq!(rows, expected, "{text}");
    let first = text.lines().nth(1).unwrap();
    assert!(
        first.starts_with(&format!("{fleet_id},2026-11-27 09:01:00,lobby-a,,")),
        "roll call, UTC start, the tablet that started it: {text}"
    );
    assert!(
        text.contains("safe,2026-11-27 09:03:01,lobby-c"),
        "the winning mark's time and tablet: {text}"
    );
    assert_eq!(text.matches("Ada Lovelace").count(), 1, "{text}");

    // Redelivery of everything changes nothing.
    for batch in [&from_a, &from_b, &from_c] {
        let report = apply_entries(&in_order, batch).await;
        assert_eq!(report.stored, 0);
        assert_eq!(report.repeats, batch.len());
    }
    assert_eq!(exported(&in_order, None).await.1, text);

    // C's mark first (before the start, and before B's older mark), then B's, then the start.
    let reversed = database().await;
    apply_entries(&reversed, &from_c).await;
    let (early, early_text) = exported(&reversed, Some(&fleet_id)).await;
    assert!(
        early.contains(&row("", "safe", "lobby-c")),
        "a mark before its start is kept: {early_text}"
    );
    apply_entries(&reversed, &from_b).await;
    apply_entries(&reversed, &from_a).await;
    let (rows, reversed_text) = exported(&reversed, None).await;
    assert_eq!(rows, expected, "{reversed_text}");
    assert_eq!(reversed_text, text, "the same export whatever the order");

    // The end on A reaches the export; `--latest` and `--id` name the same roll call.
    let t2 = t0 + Duration::minutes(10);
    rollcall::finish(&a.store, t2, 1, call.id).await.unwrap();
    apply_entries(&in_order, &site.send(&a).await).await;
    let (_, finished) = exported(&in_order, Some(&fleet_id)).await;
    assert!(
        finished
            .lines()
            .skip(1)
            .all(|l| l.contains(",lobby-a,2026-11-27 09:10:00,")),
        "{finished}"
    );
    assert_eq!(exported(&in_order, None).await.1, finished);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn the_newest_roll_call_is_exported_and_none_is_refused_in_the_operators_language() {
    let (pool, url) = database_and_url().await;
    sqlx::query("INSERT INTO sites (site, js_domain) VALUES ('hq', 'hq')")
        .execute(&pool)
        .await
        .unwrap();
    let hub = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_lobby-hub"))
            .args(["--database", url.as_str()])
            .args(args)
            .env("LC_ALL", "de_DE.UTF-8")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = hub(&["export", "rollcall", "hq"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("noch keine Anwesenheitskontrolle") && out.is_empty(),
        "{err}"
    );

    // Two roll calls on one tablet: the newest by default, the older one by its id.
    let a = Tablet::new("hq", "lobby-a").await;
    let t0 = friday_morning();
    a.check_in(t0, "Ada Lovelace").await;
    let first = rollcall::start(&a.store, t0, &a.config, 1).await.unwrap();
    rollcall::finish(&a.store, t0 + Duration::minutes(5), 1, first.id)
        .await
        .unwrap();
    a.check_in(t0 + Duration::minutes(6), "Bo Diddley").await;
    let second = rollcall::start(&a.store, t0 + Duration::minutes(7), &a.config, 1)
        .await
        .unwrap();
    apply_entries(&pool, &a.take().await).await;
    let (first_id, second_id) = (
        format!("lobby-a:{}", first.id),
        format!("lobby-a:{}", second.id),
    );

    let (code, out, err) = hub(&["export", "rollcall", "hq", "--latest"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&second_id) && out.contains("Bo Diddley"),
        "{out}"
    );
    assert!(!out.contains(&first_id), "{out}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("roll-call.csv");
    let (code, out, err) = hub(&[
        "export",
        "rollcall",
        "hq",
        "--id",
        &first_id,
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty() && err.contains(&first_id), "{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.contains("Ada Lovelace") && text.contains("2026-11-27 09:05:00"),
        "{text}"
    );

    let (code, _, err) = hub(&["export", "rollcall", "hq", "--id", "lobby-z:9"]);
    assert_eq!(code, 2);
    assert!(err.contains("lobby-z:9"), "{err}");
    let (code, _, _) = hub(&["export", "rollcall", "hq", "--id", "x", "--latest"]);
    assert_eq!(code, 2, "--id and --latest exclude each other");
}

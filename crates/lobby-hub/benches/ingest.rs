//! Ingest throughput into a real PostgreSQL: 10,000 entries from 3 tablets, in the batches
//! `serve` fetches (500), every chain checked and every unkeyed row re-hashed by the hub.
//!
//! The entries are what tablets send: each tablet is a lobby-core store in the fleet whose
//! audit log gets ~3,334 entries, read back with `fleet::pending`.
//!
//!     tests/fleet/postgres.sh start
//!     eval "$(tests/fleet/postgres.sh env)"; export LOBBY_HUB_DATABASE
//!     cargo bench -p lobby-hub --bench ingest

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{Duration, TimeZone, Utc};
use lobby_core::audit::{self, Actor, NewEntry};
use lobby_core::config::fleet::{Credentials, Fleet};
use lobby_core::fleet::{self, Event};
use lobby_core::Store;
use lobby_hub::ingest::{self, Incoming};
use serde_json::json;
use sqlx::{Connection, Executor, PgConnection};
use std::time::Instant;

const EVENTS: usize = 10_000;
const TABLETS: usize = 3;
const BATCH: usize = lobby_hub::serve::BATCH;

async fn tablet(dir: &std::path::Path, name: &str, entries: usize) -> Vec<(String, Vec<u8>)> {
    let store = Store::open(dir).await.unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let credentials = Credentials {
        site: "hq".into(),
        tablet: name.into(),
        user: format!("lobby-hq-{name}"),
        password: "unused".into(),
        number: None,
        staff_key: None,
    };
    let fleet = Fleet {
        server: "nats://127.0.0.1:4222".into(),
        credentials_file: dir.join("fleet.creds"),
        credentials,
        ca: None,
    };
    fleet::sync(&store, at, Some(&fleet)).await.unwrap();
    let mut tx = store.begin_write().await.unwrap();
    for i in 1..entries {
        audit::append(
            &mut tx,
            at + Duration::seconds(i as i64),
            NewEntry {
                actor: Actor::Kiosk,
                action: "visit-check-in",
                subject: Some(format!("visit:{i}")),
                details: json!({ "kind": "guest", "host": "M-1001", "n": i }),
            },
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let subject = fleet::subject("hq", name);
    fleet::pending(&store, 1_000_000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (subject.clone(), Event::Entry(e).to_json()))
        .collect()
}

#[tokio::main]
async fn main() {
    let url = std::env::var("LOBBY_HUB_DATABASE")
        .expect("LOBBY_HUB_DATABASE: start tests/fleet/postgres.sh and eval its env");
    let dirs: Vec<_> = (0..TABLETS).map(|_| tempfile::tempdir().unwrap()).collect();
    let mut per_tablet = Vec::new();
    for (i, dir) in dirs.iter().enumerate() {
        let n = EVENTS / TABLETS + usize::from(i < EVENTS % TABLETS);
        per_tablet.push(tablet(dir.path(), &format!("lobby-{}", i + 1), n).await);
    }
    // Interleaved as the hub stream delivers them: each tablet in order, tablets mixed.
    let mut messages = Vec::with_capacity(EVENTS);
    let longest = per_tablet.iter().map(Vec::len).max().unwrap();
    for i in 0..longest {
        for t in &per_tablet {
            if let Some(m) = t.get(i) {
                messages.push(m.clone());
            }
        }
    }
    assert_eq!(messages.len(), EVENTS);

    let name = format!("hub_bench_{}", std::process::id());
    let mut admin = PgConnection::connect(&url).await.unwrap();
    admin
        .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
        .await
        .unwrap();
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let mut bench_url = url::Url::parse(&url).unwrap();
    bench_url.set_path(&name);
    let pool = lobby_hub::db::connect(bench_url.as_str()).await.unwrap();

    for (label, expect_stored) in [("first delivery", EVENTS), ("redelivery (no-op)", 0)] {
        let started = Instant::now();
        let mut stored = 0;
        let mut flagged = 0;
        for chunk in messages.chunks(BATCH) {
            let batch: Vec<Incoming<'_>> = chunk
                .iter()
                .map(|(s, b)| Incoming {
                    subject: s,
                    body: b,
                })
                .collect();
            let report = ingest::apply(&pool, &batch).await.unwrap();
            stored += report.stored;
            flagged += report.flagged;
        }
        let secs = started.elapsed().as_secs_f64();
        assert_eq!(stored, expect_stored);
        assert_eq!(flagged, 0, "the chains hold");
        println!(
            "ingest {label}: {EVENTS} events from {TABLETS} tablets in batches of {BATCH}: \
             {secs:.2} s, {:.0} events/s",
            EVENTS as f64 / secs
        );
    }
    let found = lobby_hub::verify::verify(&pool, None, None).await.unwrap();
    assert!(found.clean());
    let started = Instant::now();
    lobby_hub::verify::verify(&pool, None, None).await.unwrap();
    println!(
        "audit verify over {EVENTS} stored entries: {:.2} s",
        started.elapsed().as_secs_f64()
    );
    pool.close().await;
    admin
        .execute(format!("DROP DATABASE {name}").as_str())
        .await
        .unwrap();
}

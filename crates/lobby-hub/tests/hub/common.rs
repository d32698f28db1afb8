//! What the tests share: a fresh database per test, and tablets that are real lobby-core stores
//! in the fleet, so the events are exactly what tablets send.

#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use lobby_core::config::fleet::{Credentials, Fleet};
use lobby_core::config::VisitKind;
use lobby_core::fleet::{self, Entry, Event};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, Config, FixedClock, Store};
use lobby_hub::ingest::{self, Incoming, Report};
use rand::distributions::{Alphanumeric, DistString};
use sqlx::postgres::PgPool;
use sqlx::{Connection, Executor, PgConnection};

/// The servers of `tests/fleet/nats.sh` are shared: a test rewrites the site's users file (with
/// its own tablets only) or takes a server down and up again. `make test-fleet` runs tests two
/// at a time, so the tests that use those servers hold this while they run.
pub static SERVERS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A fresh, migrated database of its own on the server `LOBBY_HUB_DATABASE` names.
pub async fn database() -> PgPool {
    database_and_url().await.0
}

/// The same, with its address (for the binary).
pub async fn database_and_url() -> (PgPool, String) {
    let url = std::env::var("LOBBY_HUB_DATABASE").expect(
        "LOBBY_HUB_DATABASE: start tests/fleet/postgres.sh and eval \"$(tests/fleet/postgres.sh env)\"",
    );
    let name = format!(
        "hub_test_{}",
        Alphanumeric
            .sample_string(&mut rand::thread_rng(), 12)
            .to_lowercase()
    );
    let mut admin = PgConnection::connect(&url).await.unwrap();
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let mut parsed = url::Url::parse(&url).unwrap();
    parsed.set_path(&name);
    let pool = lobby_hub::db::connect(parsed.as_str()).await.unwrap();
    (pool, parsed.to_string())
}

/// Friday 27 November 2026, 09:00 UTC (10:00 in Berlin: the demo site is open).
pub fn friday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

/// The demo site, open all day, its visitors asked for the privacy notice only.
const SITE_CONFIG: &str = r#"
[hours]
monday = "00:00-23:59"
tuesday = "00:00-23:59"
wednesday = "00:00-23:59"
thursday = "00:00-23:59"
friday = "00:00-23:59"
saturday = "00:00-23:59"
sunday = "00:00-23:59"
[visits.types.guest]
code_of_conduct = false
"#;

/// A tablet of the demo site that belongs to the fleet as `site`/`tablet`.
pub struct Tablet {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub config: Config,
    pub site: String,
    pub tablet: String,
}

impl Tablet {
    pub async fn new(site: &str, tablet: &str) -> Tablet {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let config = Config::parse(SITE_CONFIG, None).unwrap();
        demo::seed(&store, &FixedClock::new(friday_morning()), &config, "Lobby")
            .await
            .unwrap();
        let credentials = Credentials {
            site: site.into(),
            tablet: tablet.into(),
            user: format!("lobby-{site}-{tablet}"),
            password: "not-used-here".into(),
            number: None,
            staff_key: None,
        };
        let creds_file = dir.path().join("fleet.creds");
        std::fs::write(&creds_file, credentials.to_file_text()).unwrap();
        let fleet = Fleet {
            server: "nats://127.0.0.1:4222".into(),
            credentials: Credentials::read(&creds_file).unwrap(),
            credentials_file: creds_file,
            ca: None,
        };
        fleet::sync(&store, friday_morning(), Some(&fleet))
            .await
            .unwrap();
        Tablet {
            dir,
            store,
            config,
            site: site.into(),
            tablet: tablet.into(),
        }
    }

    pub fn subject(&self) -> String {
        fleet::subject(&self.site, &self.tablet)
    }

    /// Checks a guest of Amira (M-1001) in; returns the visit id and check-out code.
    pub async fn check_in(&self, at: DateTime<Utc>, name: &str) -> (i64, String) {
        let request = CheckInRequest {
            kind: Some(VisitKind::Guest),
            name: name.into(),
            host_id: Some("M-1001".into()),
            privacy_accepted: true,
            language: "en-US".into(),
            ..Default::default()
        };
        let w = visits::check_in(&self.store, at, &self.config, &request)
            .await
            .unwrap();
        (w.visit_id, w.checkout_code)
    }

    /// What waits to be sent, and clears it from the outbox as JetStream's ack would.
    pub async fn take(&self) -> Vec<Entry> {
        let entries = fleet::pending(&self.store, 100_000).await.unwrap();
        let seqs: Vec<i64> = entries.iter().map(|e| e.seq).collect();
        fleet::mark_sent(&self.store, friday_morning(), &seqs)
            .await
            .unwrap();
        entries
    }
}

pub fn bodies(entries: &[Entry]) -> Vec<Vec<u8>> {
    entries
        .iter()
        .map(|e| Event::Entry(e.clone()).to_json())
        .collect()
}

/// Applies events on their own subject.
pub async fn apply(pool: &PgPool, subject: &str, bodies: &[Vec<u8>]) -> Report {
    let batch: Vec<Incoming<'_>> = bodies
        .iter()
        .map(|b| Incoming { subject, body: b })
        .collect();
    ingest::apply(pool, &batch).await.unwrap()
}

pub async fn apply_entries(pool: &PgPool, entries: &[Entry]) -> Report {
    let subject = fleet::subject(&entries[0].site, &entries[0].tablet);
    apply(pool, &subject, &bodies(entries)).await
}

/// The stored flags as (site, tablet, epoch, seq, problem).
pub async fn flags(pool: &PgPool) -> Vec<(String, String, i64, i64, String)> {
    sqlx::query_as(
        "SELECT site, tablet, epoch, seq, problem FROM flags ORDER BY site, tablet, epoch, seq, problem",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

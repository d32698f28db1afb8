//! `serve` end to end: a tablet (a real lobby-core store and its publisher) sends over TLS to
//! the site's nats-server, the site stream reaches the hub's `LOBBY_UP` through the leaf node,
//! and the hub stores the entries in PostgreSQL. Needs PostgreSQL and the two servers of
//! `tests/fleet/nats.sh` (its `env` lines in the environment).

use crate::common::*;
use lobby_core::config::fleet::Fleet;
use lobby_core::fleet::publisher;
use lobby_core::FixedClock;
use lobby_hub::{kiosks, serve};
use std::time::{Duration, Instant};

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name}: eval \"$(tests/fleet/nats.sh env)\""))
}

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn a_tablets_entries_reach_postgresql_through_the_site_and_the_hub() {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let site = env("NATS_SITE");
    let dir = tempfile::tempdir().unwrap();
    kiosks::add_site(&pool, &site, &site).await.unwrap();
    // A site whose server is out of reach (no such JetStream domain): the others' entries
    // must not wait for it.
    kiosks::add_site(&pool, "far", "nowhere").await.unwrap();
    let tablet_id = format!("serve-{}", std::process::id());
    let creds = kiosks::add_kiosk(&pool, &site, &tablet_id, false)
        .await
        .unwrap();
    let creds_file = dir.path().join("fleet.creds");
    kiosks::write_credentials(&creds_file, &creds).unwrap();
    // Every site's tablets: other tests' kiosks of the same server stay in.
    kiosks::write_users(
        &pool,
        std::path::Path::new(&env("NATS_SITE_USERS")),
        Some(&site),
    )
    .await
    .unwrap();
    let pid: u32 = std::fs::read_to_string(env("NATS_SITE_PIDFILE"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    kiosks::reload(pid).unwrap();

    let password_file = dir.path().join("hub.password");
    std::fs::write(&password_file, env("NATS_HUB_PASSWORD")).unwrap();
    let nats = serve::Nats {
        url: env("NATS_HUB_URL"),
        user: Some(env("NATS_HUB_USER")),
        password_file: Some(password_file),
        ca: None,
        domain: "hub".into(),
    };
    let client = serve::connect(&nats).await.unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let hub = tokio::spawn(serve::run(pool.clone(), client, nats, async move {
        let _ = stop_rx.await;
    }));

    let t = Tablet::new(&site, &tablet_id).await;
    t.check_in(friday_morning(), "Ana Lima").await;
    let fleet = Fleet {
        server: env("NATS_SITE_URL"),
        credentials_file: creds_file.clone(),
        credentials: creds.clone(),
        ca: Some(env("NATS_SITE_CA").into()),
    };
    let tablet_client = publisher::connect(&fleet, None).await.unwrap();
    let js = async_nats::jetstream::new(tablet_client);
    let clock = FixedClock::new(friday_morning());
    // The site stream appears once serve has made it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let sent = loop {
        match publisher::send_waiting(&t.store, &clock, &js).await {
            Ok(n) => break n,
            Err(f) => {
                assert!(Instant::now() < deadline, "never sent: {f:?}");
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        }
    };
    assert!(sent >= 2, "fleet-join and the check-in: {sent}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM events WHERE tablet = $1")
            .bind(&tablet_id)
            .fetch_one(&pool)
            .await
            .unwrap();
        if stored as usize == sent {
            break;
        }
        assert!(Instant::now() < deadline, "stored {stored} of {sent}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM visits WHERE tablet = $1")
        .bind(&tablet_id)
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(names, ["Ana Lima"]);

    // A site added while serve runs, whose tablets use the hub's own server (domain `hub`):
    // serve makes its stream there and sources it without an external prefix.
    let later = format!("later-{}", std::process::id());
    kiosks::add_site(&pool, &later, "hub").await.unwrap();
    let t2 = Tablet::new(&later, "front").await;
    let entries = t2.take().await;
    let hub_client = async_nats::ConnectOptions::with_user_and_password(
        env("NATS_HUB_USER"),
        env("NATS_HUB_PASSWORD"),
    )
    .connect(env("NATS_HUB_URL"))
    .await
    .unwrap();
    let hub_js = async_nats::jetstream::new(hub_client);
    let deadline = Instant::now() + Duration::from_secs(30);
    for e in &entries {
        let event = lobby_core::fleet::Event::Entry(e.clone());
        while let Err(f) = publisher::publish(&hub_js, &t2.subject(), &e.msg_id(), &event).await {
            assert!(
                Instant::now() < deadline,
                "the later site's stream never came: {f:?}"
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM events WHERE site = $1")
            .bind(&later)
            .fetch_one(&pool)
            .await
            .unwrap();
        if stored as usize == entries.len() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "later site: stored {stored} of {}",
            entries.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    stop_tx.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), hub)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
}

//! The fleet's outbox on the tablet (issue 15): joining and leaving follow lobby.toml and are
//! audited, every audit entry made in the fleet waits in the outbox until JetStream
//! acknowledges it, and what waits is read with its epoch and the tablet's own check.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::{check_in_guest, friday_morning, site_with, NO_CODE_OF_CONDUCT};
use crate::fleet_config::{credentials_file, fleet_toml};
use chrono::Duration;
use lobby_core::audit::{self, Actor};
use lobby_core::config::Config;
use lobby_core::fleet::{self, Change, RowCheck};
use lobby_core::Store;
use serde_json::json;

/// The demo configuration with a `[fleet]` section (its credentials live in `dir`).
fn in_fleet(dir: &std::path::Path) -> Config {
    let creds = credentials_file(dir, "lobby-1");
    let text = format!(
        "{NO_CODE_OF_CONDUCT}{}",
        fleet_toml("nats://127.0.0.1:1", &creds)
    );
    Config::parse(&text, None).unwrap()
}

async fn outbox(store: &Store) -> Vec<i64> {
    sqlx::query_scalar("SELECT seq FROM fleet_outbox ORDER BY seq")
        .fetch_all(&mut *store.conn().await.unwrap())
        .await
        .unwrap()
}

async fn action_of(store: &Store, seq: i64) -> String {
    sqlx::query_scalar("SELECT action FROM audit_log WHERE seq = ?")
        .bind(seq)
        .fetch_one(&mut *store.conn().await.unwrap())
        .await
        .unwrap()
}

async fn head(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT MAX(seq) FROM audit_log")
        .fetch_one(&mut *store.conn().await.unwrap())
        .await
        .unwrap()
}

async fn execute(store: &Store, sql: &str) {
    sqlx::query(sql)
        .execute(&mut *store.conn().await.unwrap())
        .await
        .unwrap();
}

#[tokio::test]
async fn joining_audits_fleet_join_and_every_later_entry_waits_in_the_outbox() {
    let creds = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(in_fleet(creds.path())).await;
    let before = head(&store).await;
    assert!(outbox(&store).await.is_empty(), "demo seed before the join");
    let fleet = config.fleet.as_ref().unwrap();
    let now = friday_morning();

    assert_eq!(
        fleet::sync(&store, now, Some(fleet)).await.unwrap(),
        Change::Joined
    );
    assert_eq!(
        fleet::sync(&store, now, Some(fleet)).await.unwrap(),
        Change::Unchanged
    );
    let join = before + 1;
    assert_eq!(action_of(&store, join).await, "fleet-join");
    assert_eq!(outbox(&store).await, [join]);

    check_in_guest(&store, &config, "Ada Lovelace").await;
    check_in_guest(&store, &config, "Grace Hopper").await;
    let last = head(&store).await;
    assert!(last >= join + 2);
    // One outbox row per audit entry, nothing skipped, nothing twice.
    assert_eq!(outbox(&store).await, (join..=last).collect::<Vec<_>>());

    let s = fleet::status(&store).await.unwrap();
    assert!(s.active && !s.connected);
    assert_eq!(
        (s.site.as_deref(), s.tablet.as_deref(), s.server.as_deref()),
        (Some("hq"), Some("lobby-1"), Some("nats://127.0.0.1:1"))
    );
    assert_eq!(s.waiting, last - join + 1);
    assert!(s.oldest_waiting_at.is_some() && s.last_ack_at.is_none() && s.error.is_none());
}

#[tokio::test]
async fn leaving_writes_fleet_leave_as_the_last_row_and_nothing_after() {
    let creds = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(in_fleet(creds.path())).await;
    let now = friday_morning();
    fleet::sync(&store, now, config.fleet.as_ref())
        .await
        .unwrap();
    check_in_guest(&store, &config, "Ada Lovelace").await;

    assert_eq!(fleet::sync(&store, now, None).await.unwrap(), Change::Left);
    assert_eq!(
        fleet::sync(&store, now, None).await.unwrap(),
        Change::Unchanged
    );
    let rows = outbox(&store).await;
    let leave = *rows.last().unwrap();
    assert_eq!(action_of(&store, leave).await, "fleet-leave");
    assert_eq!(leave, head(&store).await);

    check_in_guest(&store, &config, "Grace Hopper").await;
    assert_eq!(outbox(&store).await, rows, "nothing after the leave waits");
    let s = fleet::status(&store).await.unwrap();
    assert!(!s.active && !s.connected);
    assert_eq!(s.waiting, rows.len() as i64, "unsent changes stay");
}

#[tokio::test]
async fn without_a_fleet_section_a_check_in_writes_no_outbox_row() {
    let (_dir, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    assert_eq!(
        fleet::sync(&store, friday_morning(), None).await.unwrap(),
        Change::Unchanged
    );
    check_in_guest(&store, &config, "Ada Lovelace").await;
    assert!(outbox(&store).await.is_empty());
    assert!(fleet::pending(&store, 100).await.unwrap().is_empty());
    assert!(!fleet::status(&store).await.unwrap().active);
}

#[tokio::test]
async fn pending_names_the_epoch_checks_each_row_and_drops_rows_whose_entry_is_gone() {
    let creds = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(in_fleet(creds.path())).await;
    let now = friday_morning();
    fleet::sync(&store, now, config.fleet.as_ref())
        .await
        .unwrap();
    let join = head(&store).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let mut tx = store.begin_write().await.unwrap();
    let restore = audit::append(
        &mut tx,
        now + Duration::minutes(1),
        audit::NewEntry {
            actor: Actor::Cli,
            action: fleet::RESTORE_ACTION,
            subject: None,
            details: json!({}),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    check_in_guest(&store, &config, "Grace Hopper").await;
    let last = head(&store).await;

    let entries = fleet::pending(&store, 1000).await.unwrap();
    assert_eq!(entries.first().unwrap().seq, join);
    assert_eq!(entries.last().unwrap().seq, last);
    for e in &entries {
        let epoch = if e.seq >= restore { restore } else { 0 };
        assert_eq!(e.epoch, epoch, "seq {}", e.seq);
        assert_eq!((e.site.as_str(), e.tablet.as_str()), ("hq", "lobby-1"));
        assert_eq!(e.check, RowCheck::Holds, "seq {}", e.seq);
        assert_eq!(
            e.msg_id(),
            format!("hq.lobby-1.{epoch}.{}.{}", e.seq, &e.hash[..16])
        );
    }
    let visit = entries
        .iter()
        .find(|e| e.action == "visit-check-in")
        .unwrap();
    let facts = visit.visit.as_ref().unwrap();
    assert_eq!(facts.name, "Ada Lovelace");
    assert_eq!(facts.host_id.as_deref(), Some("M-1001"));

    // Edited in the database file: the tablet says so itself.
    execute(
        &store,
        &format!(
            "UPDATE audit_log SET details = '{{}}' WHERE seq = {}",
            join + 1
        ),
    )
    .await;
    // Removed: its outbox row goes, the hub sees the gap.
    execute(
        &store,
        &format!("DELETE FROM audit_log WHERE seq = {}", join + 2),
    )
    .await;
    let entries = fleet::pending(&store, 1000).await.unwrap();
    let edited = entries.iter().find(|e| e.seq == join + 1).unwrap();
    assert_eq!(edited.check, RowCheck::Altered);
    assert!(entries.iter().all(|e| e.seq != join + 2));
    assert!(!outbox(&store).await.contains(&(join + 2)));
}

#[tokio::test]
async fn mark_sent_clears_acknowledged_rows_and_records_the_acknowledgement() {
    let creds = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(in_fleet(creds.path())).await;
    let now = friday_morning();
    fleet::sync(&store, now, config.fleet.as_ref())
        .await
        .unwrap();
    check_in_guest(&store, &config, "Ada Lovelace").await;
    fleet::record_error(&store, "unreachable", "connection refused")
        .await
        .unwrap();
    assert_eq!(
        fleet::status(&store).await.unwrap().error.as_deref(),
        Some("unreachable")
    );
    let rows = outbox(&store).await;
    let (sent, rest) = rows.split_at(1);
    fleet::mark_sent(&store, now + Duration::seconds(5), sent)
        .await
        .unwrap();
    assert_eq!(outbox(&store).await, rest);
    let s = fleet::status(&store).await.unwrap();
    assert_eq!(s.waiting, rest.len() as i64);
    assert_eq!(s.error, None, "an acknowledgement clears the last error");
    assert_eq!(s.last_ack_at.as_deref(), Some("2026-11-27T09:00:05.000Z"));
    fleet::record_connection(&store, now, true).await.unwrap();
    let s = fleet::status(&store).await.unwrap();
    assert!(s.connected);
    assert_eq!(s.connected_at.as_deref(), Some("2026-11-27T09:00:00.000Z"));
    fleet::mark_sent(&store, now, &[]).await.unwrap();
}

/// A `nats-server` with JetStream on a free loopback port: the site's server, with this
/// tablet's user (publish on its own subject only) and an admin that makes the site stream.
/// Killed when dropped. `None` where nats-server is not installed.
struct SiteServer {
    child: std::process::Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl SiteServer {
    fn start() -> Option<SiteServer> {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let conf = dir.path().join("site.conf");
        std::fs::write(
            &conf,
            format!(
                "listen: 127.0.0.1:{port}\njetstream {{ store_dir: \"{}\" }}\n\
                 authorization {{ users = [\n\
                 {{ user: \"lobby-hq-lobby-1\", password: \"s3cret-from-the-hub\", permissions: {{ publish: {{ allow: [\"lobby.up.hq.lobby-1\"] }}, subscribe: {{ allow: [\"_INBOX.>\"] }} }} }},\n\
                 {{ user: \"admin\", password: \"admin-pw\" }}\n] }}\n",
                dir.path().join("js").display()
            ),
        )
        .unwrap();
        let child = std::process::Command::new("nats-server")
            .arg("-c")
            .arg(&conf)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let server = SiteServer {
            child,
            url: format!("nats://127.0.0.1:{port}"),
            _dir: dir,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "nats-server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Some(server)
    }

    async fn stream(&self) -> async_nats::jetstream::stream::Stream {
        let admin =
            async_nats::ConnectOptions::with_user_and_password("admin".into(), "admin-pw".into())
                .connect(self.url.as_str())
                .await
                .unwrap();
        async_nats::jetstream::new(admin)
            .get_or_create_stream(async_nats::jetstream::stream::Config {
                name: fleet::site_stream("hq"),
                subjects: vec![fleet::site_subjects("hq")],
                duplicate_window: std::time::Duration::from_secs(120),
                ..Default::default()
            })
            .await
            .unwrap()
    }
}

impl Drop for SiteServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_real_jetstream_acknowledges_every_waiting_change_once_and_a_wrong_password_is_named() {
    use lobby_core::fleet::publisher;
    let Some(server) = SiteServer::start() else {
        eprintln!("nats-server is not installed: skipped");
        return;
    };
    let mut stream = server.stream().await;
    let creds = tempfile::tempdir().unwrap();
    let path = credentials_file(creds.path(), "lobby-1");
    let text = format!("{NO_CODE_OF_CONDUCT}{}", fleet_toml(&server.url, &path));
    let (_dir, store, config) = site_with(Config::parse(&text, None).unwrap()).await;
    let fleet_section = config.fleet.clone().unwrap();
    let clock = lobby_core::FixedClock::new(friday_morning());
    fleet::sync(&store, friday_morning(), Some(&fleet_section))
        .await
        .unwrap();
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let waiting = outbox(&store).await.len();

    let within = std::time::Duration::from_secs(5);
    let sent = publisher::reach(&store, &clock, &fleet_section, within)
        .await
        .unwrap();
    assert_eq!(sent, waiting);
    assert!(outbox(&store).await.is_empty());
    let s = fleet::status(&store).await.unwrap();
    assert!(s.last_ack_at.is_some() && s.error.is_none());
    assert_eq!(stream.info().await.unwrap().state.messages, waiting as u64);

    // A tablet killed before it deleted its outbox rows sends them again: JetStream drops the
    // repeat by its Nats-Msg-Id.
    execute(&store, "INSERT INTO fleet_outbox (seq, created_at) SELECT seq, at FROM audit_log WHERE action = 'fleet-join'").await;
    assert_eq!(
        publisher::reach(&store, &clock, &fleet_section, within)
            .await
            .unwrap(),
        1
    );
    assert_eq!(stream.info().await.unwrap().state.messages, waiting as u64);

    // Revoked or mistyped: the join says so instead of "unreachable".
    let mut wrong = fleet_section.clone();
    wrong.credentials.password = "not-it".into();
    check_in_guest(&store, &config, "Grace Hopper").await;
    let failed = publisher::reach(&store, &clock, &wrong, within)
        .await
        .unwrap_err();
    assert_eq!(failed.code, "credentials", "{failed:?}");
    assert!(!outbox(&store).await.is_empty());
}

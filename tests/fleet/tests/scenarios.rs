//! The fleet against its real peers (issue 15): PostgreSQL, the hub's and the site's
//! `nats-server` (leaf node, TLS with a CA made for the test), `lobby-hub serve`, and tablet
//! processes on their own data folders. Run by `make test-fleet` (one test at a time: they
//! share the servers), which starts the servers first.

#![allow(clippy::unwrap_used)]

use chrono::Utc;
use lobby_fleet_tests::{env, nats, sockets_of, tablet_main, Fleet, Tablet, CONVERGE, SITE};
use rand::Rng;
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// The tablet process (see `tablet_main`): does nothing in a normal run.
#[test]
fn tablet_process() {
    tablet_main();
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Each sequence number once, in increasing order.
fn assert_once_in_order(tablet: &str, held: &[i64], expected: &[i64]) {
    let distinct: HashSet<_> = held.iter().collect();
    assert_eq!(
        distinct.len(),
        held.len(),
        "{tablet}: the hub holds an entry twice"
    );
    assert!(
        held.windows(2).all(|w| w[0] < w[1]),
        "{tablet}: the hub stored entries out of the tablet's order: {held:?}"
    );
    assert_eq!(
        held, expected,
        "{tablet}: the hub's entries differ from the tablet's"
    );
}

/// Scenario 1: Three tablets check 300 guests in while the hub's `nats-server` and `lobby-hub` are down:
/// every entry reaches PostgreSQL exactly once, in each tablet's order, after they return.
#[test]
fn checkins_made_while_the_hub_is_down_arrive_once_in_order() {
    runtime().block_on(async {
        let mut fleet = Fleet::start("hub_down").await;
        let tablets: Vec<Tablet> = ["entrance", "first-floor", "annex"]
            .iter()
            .map(|id| fleet.add_tablet(id))
            .collect();
        fleet.stop_hub();
        nats("stop-hub");
        let running: Vec<_> = tablets.iter().map(|t| t.spawn(100, 0)).collect();
        for (t, p) in tablets.iter().zip(&running) {
            // The site's own server acknowledges: the tablets drain although the hub is down.
            assert!(
                p.wait_line("drained", CONVERGE).is_some(),
                "{} did not send its changes to the site server",
                t.id
            );
            // The check the tablet on its own passes (test 6) can fail: a fleet tablet is connected.
            assert!(sockets_of(p.child.id()) > 0, "{} holds no socket", t.id);
        }
        let pg_before: i64 = {
            let pool = fleet.pg().await;
            let n = sqlx::query_scalar("SELECT COUNT(*) FROM events")
                .fetch_one(&pool)
                .await
                .unwrap();
            pool.close().await;
            n
        };
        assert_eq!(
            pg_before, 0,
            "nothing can reach PostgreSQL while the hub is down"
        );
        nats("start-hub");
        fleet.start_hub();
        for t in &tablets {
            let expected = t.seqs_since_join().await;
            // A join, a hundred check-ins.
            assert!(
                expected.len() >= 101,
                "{}: {} entries",
                t.id,
                expected.len()
            );
            let held = fleet.wait_for(&t.id, expected.len()).await;
            assert_once_in_order(&t.id, &held, &expected);
        }
        let visits: i64 = {
            let pool = fleet.pg().await;
            let n = sqlx::query_scalar("SELECT COUNT(*) FROM visits WHERE site = $1")
                .bind(SITE)
                .fetch_one(&pool)
                .await
                .unwrap();
            pool.close().await;
            n
        };
        assert_eq!(visits, 300);
        assert_eq!(
            fleet.flags().await,
            vec![],
            "nothing is wrong with these chains"
        );
        for p in running {
            p.kill();
        }
    });
}

/// Scenario 2: A tablet killed with SIGKILL at 20 random moments while it checks people in and sends
/// them: nothing lost, nothing twice.
#[test]
fn a_tablet_killed_twenty_times_loses_and_repeats_nothing() {
    runtime().block_on(async {
        let fleet = Fleet::start("sigkill").await;
        let tablet = fleet.add_tablet("entrance");
        let mut rng = rand::thread_rng();
        for _ in 0..20 {
            let p = tablet.spawn(1000, 5);
            assert!(p.wait_line("ready", CONVERGE).is_some());
            std::thread::sleep(Duration::from_millis(rng.gen_range(20..400)));
            p.kill();
        }
        let p = tablet.spawn(0, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        let expected = tablet.seqs_since_join().await;
        let held = fleet.wait_for(&tablet.id, expected.len()).await;
        assert_once_in_order(&tablet.id, &held, &expected);
        assert!(
            expected.len() > 40,
            "the kills came too early to test anything: {} entries",
            expected.len()
        );
        assert_eq!(fleet.flags().await, vec![]);
        p.kill();
    });
}

/// Changes the tablet's database file behind Lobby's back.
async fn tamper(tablet: &Tablet, sql: &str) {
    let store = tablet.store().await;
    sqlx::query(sql).execute(store.pool()).await.unwrap();
    store.close().await;
}

/// Scenario 3: An entry edited, removed or reordered in a tablet's SQLite file is flagged with the
/// tablet and the sequence number; a restore is accepted as a new epoch, a silent fork is not.
#[test]
fn tampering_is_flagged_a_restore_is_a_new_epoch_a_silent_fork_is_not() {
    runtime().block_on(async {
        let fleet = Fleet::start("tamper").await;

        // Edited after it was sent: the tablet's next chain report names it.
        let edited = fleet.add_tablet("edited");
        let p = edited.spawn(5, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        p.kill();
        let seqs = edited.seqs_since_join().await;
        let victim = seqs[3];
        tamper(
            &edited,
            &format!("UPDATE audit_log SET details = '{{\"kind\":\"tour\"}}' WHERE seq = {victim}"),
        )
        .await;
        let p = edited.spawn(0, 0);
        let flags = fleet
            .wait_for_flag("edited", |f| f.iter().any(|f| f.1 == victim))
            .await;
        assert!(
            flags.contains(&("edited".into(), victim, "altered".into())),
            "{flags:?}"
        );
        p.kill();

        // Removed.
        let removed = fleet.add_tablet("removed");
        let p = removed.spawn(5, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        p.kill();
        let victim = removed.seqs_since_join().await[2];
        tamper(
            &removed,
            &format!("DELETE FROM audit_log WHERE seq = {victim}"),
        )
        .await;
        let p = removed.spawn(0, 0);
        let flags = fleet
            .wait_for_flag("removed", |f| f.iter().any(|f| f.1 == victim))
            .await;
        assert!(
            flags.iter().any(|f| f.1 == victim),
            "the removed entry {victim} is not named: {flags:?}"
        );
        p.kill();

        // Reordered: two rows swap their content.
        let reordered = fleet.add_tablet("reordered");
        let p = reordered.spawn(5, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        p.kill();
        let s = reordered.seqs_since_join().await;
        let (a, b) = (s[2], s[3]);
        tamper(
            &reordered,
            &format!(
                "UPDATE audit_log SET seq = -1 WHERE seq = {a}; \
                 UPDATE audit_log SET seq = {a} WHERE seq = {b}; \
                 UPDATE audit_log SET seq = {b} WHERE seq = -1;"
            ),
        )
        .await;
        let p = reordered.spawn(0, 0);
        let flags = fleet
            .wait_for_flag("reordered", |f| f.iter().any(|f| f.1 == a || f.1 == b))
            .await;
        assert!(
            flags.iter().any(|f| f.1 == a || f.1 == b),
            "the reordered entries {a}, {b} are not named: {flags:?}"
        );
        p.kill();

        // A restore: a backup, more check-ins sent, then the backup restored.
        let restored = fleet.add_tablet("restored");
        let p = restored.spawn(3, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        p.kill();
        let config = lobby_core::Config::load(&restored.config).unwrap();
        let store = restored.store().await;
        let made = lobby_core::backup::backup_now(
            &store,
            &config,
            Utc::now(),
            lobby_core::audit::Actor::Cli,
        )
        .await
        .unwrap();
        store.close().await;
        let old_db = fleet.dir.path().join("restored-old.db");
        std::fs::copy(&made.path, &old_db).unwrap();
        let p = restored.spawn(3, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        p.kill();
        lobby_core::backup::restore(
            &restored.data,
            &made.path,
            None,
            Some(&restored.key),
            Utc::now(),
        )
        .await
        .unwrap();
        let p = restored.spawn(2, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        let expected_head = *restored.seqs_since_join().await.last().unwrap();
        let started = std::time::Instant::now();
        loop {
            let pool = fleet.pg().await;
            let epochs: i64 = sqlx::query_scalar(
                "SELECT COUNT(DISTINCT epoch) FROM events WHERE tablet = 'restored'",
            )
            .fetch_one(&pool)
            .await
            .unwrap();
            let head: Option<i64> = sqlx::query_scalar(
                "SELECT MAX(seq) FROM events WHERE tablet = 'restored' AND epoch > 0",
            )
            .fetch_one(&pool)
            .await
            .unwrap();
            pool.close().await;
            if (epochs == 2 && head == Some(expected_head)) || started.elapsed() > CONVERGE {
                assert_eq!(epochs, 2, "the restore starts a second epoch");
                assert_eq!(head, Some(expected_head));
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let flags: Vec<_> = fleet
            .flags()
            .await
            .into_iter()
            .filter(|f| f.0 == "restored")
            .collect();
        assert_eq!(flags, vec![], "a restore is not a fork");
        p.kill();

        // A silent fork: the old file copied back, no restore.
        std::fs::copy(&old_db, restored.data.join("lobby.db")).unwrap();
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(restored.data.join(format!("lobby.db{suffix}")));
        }
        let p = restored.spawn(2, 0);
        let flags = fleet
            .wait_for_flag("restored", |f| f.iter().any(|f| f.2 == "fork"))
            .await;
        assert!(
            flags.iter().any(|f| f.2 == "fork"),
            "an old database copied back is a fork: {flags:?}"
        );
        p.kill();

        // `lobby-hub audit verify` names them all and fails.
        let out = fleet.hub(&["audit", "verify", "--site", SITE]);
        assert!(!out.ok, "audit verify must fail with flags: {}", out.stdout);
        for t in ["edited", "removed", "reordered", "restored"] {
            assert!(out.stdout.contains(t), "{t} missing from:\n{}", out.stdout);
        }
    });
}

/// Connects as a tablet with its own credentials file. The site server reloads its users when
/// `kiosk add` signals it, a moment later: until then the user is refused, so this tries again
/// for a while.
async fn connect_as(creds: &std::path::Path) -> async_nats::Client {
    let creds = lobby_core::config::fleet::Credentials::read(creds).unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let connected = async_nats::ConnectOptions::with_user_and_password(
            creds.user.clone(),
            creds.password.clone(),
        )
        .add_root_certificates(env("NATS_SITE_CA").into())
        .require_tls(true)
        .connect(env("NATS_SITE_URL"))
        .await;
        match connected {
            Ok(client) => return client,
            Err(e) if Instant::now() < deadline => {
                eprintln!("not yet connected as {}: {e}", creds.user);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("connect as {}: {e}", creds.user),
        }
    }
}

/// Scenario 4: A tablet's credentials cannot publish on another tablet's subject: the server refuses
/// it, and the site's stream never holds it. Without the site CA a tablet does not connect.
#[test]
fn a_tablet_cannot_publish_as_another_and_tls_needs_the_site_ca() {
    runtime().block_on(async {
        let fleet = Fleet::start("permissions").await;
        let a = fleet.add_tablet("entrance");
        let _b = fleet.add_tablet("first-floor");
        let client = connect_as(&a.data.parent().unwrap().join("fleet.creds")).await;
        let js = async_nats::jetstream::new(client.clone());
        let own = js
            .publish(lobby_core::fleet::subject(SITE, "entrance"), "{}".into())
            .await
            .unwrap()
            .await;
        assert!(own.is_ok(), "its own subject: {own:?}");
        let other = match js
            .publish(lobby_core::fleet::subject(SITE, "first-floor"), "{}".into())
            .await
        {
            Ok(ack) => ack.await.map(|_| ()),
            Err(e) => Err(e),
        };
        assert!(
            other.is_err(),
            "publishing as another tablet was acknowledged"
        );
        let site_js = async_nats::jetstream::with_domain(
            async_nats::ConnectOptions::with_user_and_password(
                env("NATS_HUB_USER"),
                env("NATS_HUB_PASSWORD"),
            )
            .connect(env("NATS_HUB_URL"))
            .await
            .unwrap(),
            SITE,
        );
        let mut stream = site_js
            .get_stream(lobby_core::fleet::site_stream(SITE))
            .await
            .unwrap();
        let info = stream.info().await.unwrap();
        assert_eq!(
            info.state.messages, 1,
            "only the tablet's own message is stored"
        );

        // Without the CA the server's certificate is not trusted.
        let creds = lobby_core::config::fleet::Credentials::read(
            &a.data.parent().unwrap().join("fleet.creds"),
        )
        .unwrap();
        let untrusted =
            async_nats::ConnectOptions::with_user_and_password(creds.user, creds.password)
                .require_tls(true)
                .connection_timeout(Duration::from_secs(3))
                .connect(env("NATS_SITE_URL"))
                .await;
        assert!(untrusted.is_err(), "connected without the site CA");
    });
}

/// Scenario 5: A revoked tablet can no longer publish: its changes wait on the tablet, the hub gets
/// nothing more, and the tablet says why.
#[test]
fn a_revoked_tablet_can_no_longer_publish() {
    runtime().block_on(async {
        let fleet = Fleet::start("revoke").await;
        let tablet = fleet.add_tablet("stolen");
        let p = tablet.spawn(3, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        let before = tablet.seqs_since_join().await;
        assert_eq!(fleet.wait_for("stolen", before.len()).await, before);
        fleet.revoke("stolen");
        p.kill();
        let p = tablet.spawn(4, 0);
        assert!(p.wait_line("ready", CONVERGE).is_some());
        // The tablet keeps its changes and names the reason.
        let started = std::time::Instant::now();
        let status = loop {
            let store = tablet.store().await;
            let status = lobby_core::fleet::status(&store).await.unwrap();
            store.close().await;
            if (status.waiting >= 4 && status.error.is_some()) || started.elapsed() > CONVERGE {
                break status;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        assert!(status.waiting >= 4, "{status:?}");
        assert!(!status.connected, "{status:?}");
        assert_eq!(status.error.as_deref(), Some("credentials"), "{status:?}");
        // Direct: the old credentials are refused.
        let creds = lobby_core::config::fleet::Credentials::read(
            &tablet.data.parent().unwrap().join("fleet.creds"),
        )
        .unwrap();
        let refused =
            async_nats::ConnectOptions::with_user_and_password(creds.user, creds.password)
                .add_root_certificates(env("NATS_SITE_CA").into())
                .require_tls(true)
                .connect(env("NATS_SITE_URL"))
                .await;
        assert!(refused.is_err(), "revoked credentials still connect");
        assert_eq!(
            fleet.seqs("stolen").await,
            before,
            "the hub got nothing more"
        );
        p.kill();
    });
}

/// Scenario 6: A tablet with no `[fleet]` section opens no socket and writes no outbox rows.
#[test]
fn a_tablet_without_a_fleet_section_opens_no_socket_and_queues_nothing() {
    runtime().block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let tablet = Tablet::alone(dir.path(), "alone");
        let p = tablet.spawn(20, 0);
        assert!(p.wait_line("drained", CONVERGE).is_some());
        assert_eq!(
            sockets_of(p.child.id()),
            0,
            "a tablet on its own holds a socket"
        );
        p.kill();
        let store = tablet.store().await;
        let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM fleet_outbox")
            .fetch_one(store.pool())
            .await
            .unwrap();
        let visits: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM visits")
            .fetch_one(store.pool())
            .await
            .unwrap();
        let status = lobby_core::fleet::status(&store).await.unwrap();
        store.close().await;
        assert_eq!(visits, 20);
        assert_eq!(queued, 0);
        assert!(!status.active);
    });
}

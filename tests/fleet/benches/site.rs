//! One site's tablets seeing each other (issue 16), for BENCHMARKS.md, against the real peers
//! `make bench-fleet` starts (PostgreSQL, the hub's and the site's nats-server, `lobby-hub`),
//! with three tablet processes running the kiosk's fleet tasks:
//!
//! 1. a check-in on A until it is on B's on-site list;
//! 2. an emergency started on A until B's and C's databases have it in force (the kiosk's
//!    screen then follows within its 100 ms poll and one paint: `lobby-bench --fleet` measures
//!    the whole way to two painted screens), with the hub's link up and down;
//! 3. C off while the hub sends 1,000 shared changes (members), then the time from C's start
//!    until it applied all of them.
//!
//! Each is measured twice: made by the tablet process itself, as the kiosk makes it (its
//! publisher woken at once), and made from this process on the tablet's database, as `lobby`
//! on that machine does (the publisher finds it at its next look at the outbox, every 250 ms).

#![allow(clippy::unwrap_used)]

use chrono::Utc;
use lobby_core::audit::Actor;
use lobby_core::config::VisitKind;
use lobby_core::emergency::{self, EmergencyKind};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Config, Store};
use lobby_fleet_tests::{eventually, nats, tablet_main, Fleet, TabletProcess, SITE};
use std::time::{Duration, Instant};

fn sorted_ms(mut v: Vec<Duration>) -> Vec<f64> {
    v.sort();
    v.into_iter().map(|d| d.as_secs_f64() * 1000.0).collect()
}

fn report(what: &str, v: Vec<Duration>) {
    let ms = sorted_ms(v);
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{what} ({} runs): p50 {:.0} ms  p95 {:.0} ms  max {:.0} ms",
        ms.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}

/// Polls `probe` every 2 ms until it holds; how long that took.
async fn until<F, Fut>(started: Instant, mut probe: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    loop {
        if probe().await {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "never happened"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

async fn open_emergencies(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM emergencies WHERE ended_at IS NULL")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

async fn has_fleet_id(store: &Store, id: &str) -> bool {
    sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM emergencies WHERE fleet_id = ? AND ended_at IS NULL",
    )
    .bind(id)
    .fetch_one(store.pool())
    .await
    .unwrap()
        == 1
}

/// Emergencies started at A's kiosk (`process`: its publisher woken at once, as the staff
/// screen does) or by `lobby emergency start` there (`None`: found at the next look).
async fn emergency_runs(
    a: &Store,
    mut process: Option<&mut TabletProcess>,
    others: &[&Store],
    runs: usize,
) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        match process.as_deref_mut() {
            Some(p) => p.say("emergency fire"),
            None => {
                emergency::start(a, Utc::now(), Actor::Cli, EmergencyKind::Fire, None)
                    .await
                    .unwrap();
            }
        }
        until(started, || async { open_emergencies(a).await == 1 }).await;
        let local: i64 = sqlx::query_scalar("SELECT id FROM emergencies WHERE ended_at IS NULL")
            .fetch_one(a.pool())
            .await
            .unwrap();
        let id = format!("a:{local}");
        let mut slowest = Duration::ZERO;
        for s in others {
            slowest = slowest.max(until(started, || has_fleet_id(s, &id)).await);
        }
        times.push(slowest);
        emergency::end(a, Utc::now(), Actor::Cli).await.unwrap();
        for s in others {
            until(Instant::now(), || async { open_emergencies(s).await == 0 }).await;
        }
    }
    times
}

fn main() {
    if tablet_main() {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut fleet = Fleet::start("bench_site").await;
        let tablets: Vec<_> = ["a", "b", "c"]
            .iter()
            .map(|id| fleet.add_tablet(id))
            .collect();
        let mut running: Vec<_> = tablets.iter().map(|t| Some(t.spawn(0, 0))).collect();
        for p in running.iter().flatten() {
            assert!(p.wait_line("drained", Duration::from_secs(60)).is_some());
        }
        let mut stores = Vec::new();
        for t in &tablets {
            stores.push(t.store().await);
        }
        let config_a = Config::load(&tablets[0].config).unwrap();

        // 1. Check-in at A's kiosk → on B's on-site list.
        let mut times = Vec::new();
        for i in 0..50 {
            let name = format!("Bench Guest {i}");
            let started = Instant::now();
            running[0]
                .as_mut()
                .unwrap()
                .say(&format!("check-in {name}"));
            let b = &stores[1];
            times.push(
                until(started, || async {
                    visits::on_site(&mut b.conn().await.unwrap())
                        .await
                        .unwrap()
                        .iter()
                        .any(|v| v.name == name)
                })
                .await,
            );
        }
        report("check-in at A's kiosk → on B's on-site list", times);
        // The same from another process on A's machine (found at the publisher's next look).
        let mut times = Vec::new();
        for i in 0..50 {
            let request = CheckInRequest {
                kind: Some(VisitKind::Guest),
                name: format!("Other Guest {i}"),
                privacy_accepted: true,
                language: "en-US".into(),
                ..Default::default()
            };
            let started = Instant::now();
            visits::check_in(&stores[0], Utc::now(), &config_a, &request)
                .await
                .unwrap();
            let b = &stores[1];
            times.push(
                until(started, || async {
                    visits::on_site(&mut b.conn().await.unwrap())
                        .await
                        .unwrap()
                        .iter()
                        .any(|v| v.name == request.name)
                })
                .await,
            );
        }
        report(
            "check-in by another process on A → on B's on-site list",
            times,
        );

        // 2. Emergency on A → in force on B and C, hub link up, then down.
        let others = [&stores[1], &stores[2]];
        for hub in ["hub up", "hub's nats-server down"] {
            if hub != "hub up" {
                fleet.stop_hub();
                nats("stop-hub");
            }
            let p = running[0].as_mut();
            report(
                &format!("emergency at A's kiosk → in force on B and C, {hub}"),
                emergency_runs(&stores[0], p, &others, 20).await,
            );
            report(
                &format!("`lobby emergency start` on A → in force on B and C, {hub}"),
                emergency_runs(&stores[0], None, &others, 20).await,
            );
        }
        nats("start-hub");
        fleet.start_hub();

        // 3. C off while the hub sends 1,000 members; then C's catch-up.
        running[2].take().unwrap().kill();
        let csv = fleet.dir.path().join("members.csv");
        let mut text = String::from("id,name,email,team,active\n");
        for i in 0..1000 {
            text.push_str(&format!("M-{i:05},Bench Member {i},,,1\n"));
        }
        std::fs::write(&csv, text).unwrap();
        let out = fleet.hub(&["members", "import", SITE, csv.to_str().unwrap()]);
        assert!(out.ok, "members import: {}{}", out.stdout, out.stderr);
        let down = lobby_core::fleet::down::site_down_stream(SITE);
        let applied = |s: &Store| {
            let (s, down) = (s.clone(), down.clone());
            async move {
                sqlx::query_scalar::<_, i64>(
                    "SELECT COUNT(*) FROM fleet_inbox WHERE stream LIKE ? || '@%' AND kind = 'member'",
                )
                .bind(&down)
                .fetch_one(s.pool())
                .await
                .unwrap()
            }
        };
        eventually("A applied the 1,000 members", || async {
            (applied(&stores[0]).await >= 1000).then_some(())
        })
        .await;
        let started = Instant::now();
        running[2] = Some(tablets[2].spawn(0, 0));
        let all = until(started, || async { applied(&stores[2]).await >= 1000 }).await;
        let done_at = Utc::now();
        let connected_at: Option<String> =
            sqlx::query_scalar("SELECT connected_at FROM fleet_link WHERE id = 1")
                .fetch_one(stores[2].pool())
                .await
                .unwrap();
        let since_connected = connected_at
            .and_then(|at| chrono::DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| (done_at - at.with_timezone(&Utc)).num_milliseconds());
        println!(
            "catch-up: C applied 1,000 shared changes {all:.2?} after its process started, \
             {} ms after it connected",
            since_connected.unwrap_or(-1)
        );
        for p in running.into_iter().flatten() {
            p.kill();
        }
        fleet.stop_hub();
    });
}

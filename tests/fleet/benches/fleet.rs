//! The fleet's numbers for BENCHMARKS.md (issue 15), side by side in one run, against the real
//! peers `make bench-fleet` starts (PostgreSQL, the hub's and the site's nats-server):
//!
//! 1. a check-in on a fleet tablet (its publisher sending to the site server meanwhile) and
//!    on a tablet on its own, interleaved: p50, p99 and their ratio;
//! 2. catch-up: 1,000 check-ins queued while the tablet's link to the site server is down,
//!    then the time from the site server's return until all of them are in PostgreSQL;
//! 3. the resident memory of an idle fleet tablet process and of one on its own.
//!
//! (Hub ingest alone is `cargo bench -p lobby-hub --bench ingest`.)

#![allow(clippy::unwrap_used)]

use chrono::Utc;
use lobby_core::config::VisitKind;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Config, SystemClock};
use lobby_fleet_tests::{nats, tablet_main, Fleet, Tablet, CONVERGE};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHECKINS: usize = 500;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

fn request(i: usize) -> CheckInRequest {
    CheckInRequest {
        kind: Some(VisitKind::Guest),
        name: format!("Bench Guest {i}"),
        privacy_accepted: true,
        language: "en-US".into(),
        ..Default::default()
    }
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
        let mut fleet = Fleet::start("bench").await;

        // 1. Check-in latency, fleet and alone, interleaved in one process.
        let with = fleet.add_tablet("bench-fleet");
        let alone_dir = fleet.dir.path().join("alone");
        std::fs::create_dir_all(&alone_dir).unwrap();
        let alone = Tablet::alone(&alone_dir, "bench-alone");
        let with_config = Config::load(&with.config).unwrap();
        let alone_config = Config::load(&alone.config).unwrap();
        let with_store = with.store().await;
        let alone_store = alone.store().await;
        lobby_core::fleet::sync(&with_store, Utc::now(), with_config.fleet.as_ref())
            .await
            .unwrap();
        tokio::spawn(lobby_core::fleet::publisher::run(
            with_store.clone(),
            with_config.fleet.clone().unwrap(),
            Arc::new(SystemClock),
            Default::default(),
        ));
        let (mut t_with, mut t_alone) = (Vec::new(), Vec::new());
        for i in 0..CHECKINS + 20 {
            for (store, config, times) in [
                (&with_store, &with_config, &mut t_with),
                (&alone_store, &alone_config, &mut t_alone),
            ] {
                let started = Instant::now();
                visits::check_in(store, Utc::now(), config, &request(i))
                    .await
                    .unwrap();
                // The first 20 warm the caches.
                if i >= 20 {
                    times.push(started.elapsed());
                }
            }
        }
        t_with.sort();
        t_alone.sort();
        let (w50, w99) = (percentile(&t_with, 0.5), percentile(&t_with, 0.99));
        let (a50, a99) = (percentile(&t_alone, 0.5), percentile(&t_alone, 0.99));
        println!("check-in, {CHECKINS} each, interleaved:");
        println!("  on its own   p50 {a50:.2?}  p99 {a99:.2?}");
        println!("  fleet tablet p50 {w50:.2?}  p99 {w99:.2?}");
        println!(
            "  p99 ratio {:.2}x, p50 ratio {:.2}x",
            w99.as_secs_f64() / a99.as_secs_f64(),
            w50.as_secs_f64() / a50.as_secs_f64()
        );
        with_store.close().await;
        alone_store.close().await;

        // 2. Catch-up after the tablet's link returns.
        let offline = fleet.add_tablet("bench-offline");
        nats("stop-site");
        let p = offline.spawn(1000, 0);
        // Its store is made (and migrated) by the tablet first.
        assert!(p.wait_line("ready", CONVERGE).is_some());
        let started = Instant::now();
        loop {
            let store = offline.store().await;
            let status = lobby_core::fleet::status(&store).await.unwrap();
            store.close().await;
            if status.waiting >= 1001 || started.elapsed() > CONVERGE {
                assert!(status.waiting >= 1001, "{status:?}");
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let expected = offline.seqs_since_join().await.len();
        nats("start-site");
        let back = Instant::now();
        let held = fleet.wait_for("bench-offline", expected).await;
        let took = back.elapsed();
        assert_eq!(held.len(), expected);
        println!("catch-up: {expected} queued entries in PostgreSQL {took:.2?} after the site server returned");
        p.kill();

        // 3. Memory of idle tablet processes.
        let idle_fleet = fleet.add_tablet("bench-idle");
        let idle_alone_dir = fleet.dir.path().join("idle-alone");
        std::fs::create_dir_all(&idle_alone_dir).unwrap();
        let idle_alone = Tablet::alone(&idle_alone_dir, "bench-idle-alone");
        let pf = idle_fleet.spawn(10, 0);
        let pa = idle_alone.spawn(10, 0);
        assert!(pf.wait_line("drained", CONVERGE).is_some());
        assert!(pa.wait_line("drained", CONVERGE).is_some());
        tokio::time::sleep(Duration::from_secs(5)).await;
        let (mf, ma) = (rss_kib(pf.child.id()), rss_kib(pa.child.id()));
        println!(
            "idle tablet process RSS: fleet {:.1} MiB, on its own {:.1} MiB (+{:.1} MiB)",
            mf as f64 / 1024.0,
            ma as f64 / 1024.0,
            (mf as f64 - ma as f64) / 1024.0
        );
        pf.kill();
        pa.kill();
        fleet.stop_hub();
    });
}

//! Check-in latency while someone at the screen types wrong staff PINs (issue 22).
//!
//! Run with `cargo bench -p lobby-core --bench signin` (`make bench` runs it too). Prints a
//! markdown table. Plain `Instant` timing, percentiles by nearest rank.
//!
//! A real database file (under Cargo's target `tmp` folder, where fsync costs what it costs on
//! disk) with the demo site and 20 staff accounts. `visits::check_in` is timed from the call to
//! the commit, first alone, then while another task signs in with a wrong PIN and code as fast
//! as it can, each try for one of the 20 staff members in turn (argon2id on every try, as at the
//! kiosk). `LOBBY_BENCH_SAMPLES` shrinks the run for a quick try.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{DateTime, TimeZone, Utc};
use lobby_core::audit::Actor;
use lobby_core::config::{Config, VisitKind};
use lobby_core::staff::{self, SignInRequest};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, FixedClock, Store, SystemClock};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const STAFF: usize = 20;
const WARM_UP: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// A Friday morning, when the demo site is open: the visits are stamped with it.
fn friday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

async fn check_ins(store: &Store, config: &Config, samples: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(samples);
    for i in 0..WARM_UP + samples {
        let request = CheckInRequest {
            kind: Some(VisitKind::Guest),
            name: format!("Bench Guest {i}"),
            host_id: Some("M-1001".into()),
            privacy_accepted: true,
            language: "en-US".into(),
            ..Default::default()
        };
        let start = Instant::now();
        let welcome = visits::check_in(store, friday_morning(), config, &request)
            .await
            .unwrap();
        let took = start.elapsed();
        if i >= WARM_UP {
            times.push(took);
        }
        // Out again (untimed), so the number on site stays a day's worth.
        visits::check_out_by_code(store, friday_morning(), &welcome.checkout_code)
            .await
            .unwrap();
    }
    times.sort();
    times
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let samples: usize = std::env::var("LOBBY_BENCH_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    let parent = std::env::var_os("LOBBY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    std::fs::create_dir_all(&parent).unwrap();
    let dir = tempfile::Builder::new()
        .prefix("lobby-bench-signin-")
        .tempdir_in(&parent)
        .unwrap();
    // As the kiosk opens it: with a site key, so secrets are sealed and the audit chain keyed.
    let store = lobby_core::sealing::open_keyed(dir.path(), &dir.path().join("site.key"))
        .await
        .unwrap();
    let config = Config::parse("[visits.types.guest]\ncode_of_conduct = false\n", None).unwrap();
    demo::seed(&store, &FixedClock::new(friday_morning()), &config, "Lobby")
        .await
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..STAFF {
        // Distinct PINs that pass the rules for a new PIN.
        let pin = format!("{:06}", 314_159 + i * 7_919);
        let made = staff::add(
            &store,
            &SystemClock,
            "Lobby",
            &format!("Staff {i}"),
            &pin,
            Actor::Cli,
        )
        .await
        .unwrap();
        ids.push(made.identity.id);
    }

    let alone = check_ins(&store, &config, samples).await;

    let stop = Arc::new(AtomicBool::new(false));
    let tries = Arc::new(AtomicU64::new(0));
    let guesser = {
        let (store, stop, tries) = (store.clone(), stop.clone(), tries.clone());
        tokio::spawn(async move {
            let mut n = 0usize;
            while !stop.load(Ordering::Relaxed) {
                let request = SignInRequest {
                    staff_id: Some(ids[n % ids.len()]),
                    pin: "907153".into(),
                    code: "000000".into(),
                };
                let _ = staff::sign_in(&store, &SystemClock, &request).await;
                tries.fetch_add(1, Ordering::Relaxed);
                n += 1;
            }
        })
    };
    let started = Instant::now();
    let guessed = check_ins(&store, &config, samples).await;
    let seconds = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    guesser.await.unwrap();
    let per_second = tries.load(Ordering::Relaxed) as f64 / seconds;

    println!("| check-in ({samples} samples, {STAFF} staff accounts) | p50 | p99 | max |");
    println!("|---|---|---|---|");
    for (what, t) in [
        ("alone".to_string(), &alone),
        (
            format!("while wrong PINs are typed ({per_second:.1} tries/s)"),
            &guessed,
        ),
    ] {
        println!(
            "| {what} | {} | {} | {} |",
            ms(percentile(t, 50.0)),
            ms(percentile(t, 99.0)),
            ms(*t.last().unwrap())
        );
    }
}

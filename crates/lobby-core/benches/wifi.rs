//! Guest Wi-Fi: the time to issue a pass with its QR code, and FreeRADIUS's accept rate while
//! the kiosk writes passes into its database.
//!
//! Run with `make bench` (it starts the test FreeRADIUS), or
//! `cargo bench -p lobby-core --bench wifi` for the first part only. Prints markdown tables.
//! Plain `Instant` timing, percentiles by nearest rank.
//!
//! *Issue a pass*: `passes::issue` inside a write transaction, then `COMMIT` with
//! `synchronous=FULL`: the random pass id and passphrase, the insert, the audit append, the
//! `WIFI:` payload and its SVG QR code. *PNG*: the same code as a PNG (`lobby wifi issue --qr`).
//!
//! *FreeRADIUS under kiosk writes*: `radtest` (PAP, a new process each time, as an access point
//! would send one request per login) logs in one existing guest again and again, while the
//! kiosk issues a pass and syncs FreeRADIUS (one `BEGIN IMMEDIATE` transaction) in a loop.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{TimeZone, Utc};
use lobby_core::audit::Actor;
use lobby_core::config::Config;
use lobby_core::wifi::backends;
use lobby_core::wifi::passes::{self, Holder};
use lobby_core::wifi::qr;
use lobby_core::{demo, FixedClock, Store};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const WARM_UP: usize = 20;
const SAMPLES: usize = 500;
const LOGINS: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn row(name: &str, mut t: Vec<Duration>) {
    t.sort();
    println!(
        "| {name} | {} | {} | {} | {} | {} |",
        t.len(),
        ms(percentile(&t, 50.0)),
        ms(percentile(&t, 95.0)),
        ms(percentile(&t, 99.0)),
        ms(*t.last().unwrap())
    );
}

async fn site(config: &Config) -> (tempfile::TempDir, Store) {
    let base = std::env::var_os("LOBBY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    let dir = tempfile::tempdir_in(base).unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    demo::seed(&store, &FixedClock::new(t0), config, "Lobby")
        .await
        .unwrap();
    (dir, store)
}

async fn issue(store: &Store, config: &Config, tier: &str) -> passes::WifiAccess {
    let mut tx = store.begin_write().await.unwrap();
    let a = passes::issue(
        &mut tx,
        Utc::now(),
        config,
        tier,
        Holder::Label("Bench Guest"),
        Some(8),
        Actor::Cli,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    a
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        // Open around the clock, so the real clock never meets closing time.
        let config = Config::parse(
            "[wifi.tiers.guest]\nssid = \"Lobby Guest\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nvlan = 30\nclose_at_closing = false\n",
            None,
        )
        .unwrap();
        let (_dir, store) = site(&config).await;
        let mut issued = Vec::new();
        let mut png = Vec::new();
        let (mut svg_bytes, mut png_bytes) = (0, 0);
        for i in 0..WARM_UP + SAMPLES {
            let start = Instant::now();
            let a = issue(&store, &config, "guest").await;
            let took = start.elapsed();
            let start = Instant::now();
            let image = qr::png(&a.payload, 8).unwrap();
            let png_took = start.elapsed();
            if i >= WARM_UP {
                issued.push(took);
                png.push(png_took);
                svg_bytes = a.qr_svg.len();
                png_bytes = image.len();
            }
        }
        println!("| step | samples | p50 | p95 | p99 | max |");
        println!("|---|---|---|---|---|---|");
        row("issue a pass with its SVG QR code, committed", issued);
        row("the same QR code as PNG (8 px per module)", png);
        println!("\nSVG size: {svg_bytes} bytes; PNG size: {png_bytes} bytes");

        let (Ok(db), Ok(port), Ok(secret)) = (
            std::env::var("RADIUS_DB"),
            std::env::var("RADIUS_PORT"),
            std::env::var("RADIUS_SECRET"),
        ) else {
            println!("\nFreeRADIUS part skipped: RADIUS_DB is not set (make bench starts it).");
            return;
        };
        let config = Config::parse(
            &format!("[wifi.freeradius]\ndatabase = \"{db}\"\n[wifi.tiers.guest]\nssid = \"Lobby Guest\"\nsecurity = \"enterprise\"\nbackend = \"freeradius\"\nvlan = 30\nclose_at_closing = false\n"),
            None,
        )
        .unwrap();
        let (_dir, store) = site(&config).await;
        let guest = issue(&store, &config, "guest").await;
        backends::sync(&store, Utc::now(), &config).await.unwrap();
        let (user, password) = (guest.username.unwrap(), guest.password.unwrap());
        let logins = std::thread::spawn(move || {
            let server = format!("127.0.0.1:{port}");
            let start = Instant::now();
            let mut accepted = 0;
            let mut times = Vec::new();
            for _ in 0..LOGINS {
                let t = Instant::now();
                let ok = std::process::Command::new("radtest")
                    .args([&user, &password, &server, "0", &secret])
                    .output()
                    .unwrap()
                    .status
                    .success();
                times.push(t.elapsed());
                accepted += usize::from(ok);
            }
            (accepted, start.elapsed(), times)
        });
        let mut writes = Vec::new();
        while !logins.is_finished() {
            let t = Instant::now();
            issue(&store, &config, "guest").await;
            backends::sync(&store, Utc::now(), &config).await.unwrap();
            writes.push(t.elapsed());
        }
        let (accepted, took, times) = logins.join().unwrap();
        println!("\n| FreeRADIUS under kiosk writes | value |");
        println!("|---|---|");
        println!("| logins (radtest, PAP) | {LOGINS} in {:.1} s |", took.as_secs_f64());
        println!("| accepted | {accepted} ({:.1} %) |", accepted as f64 * 100.0 / LOGINS as f64);
        println!("| passes issued and synced meanwhile | {} |", writes.len());
        let mut t = times;
        t.sort();
        println!("| radtest round trip p50 / p95 / max | {} / {} / {} |", ms(percentile(&t, 50.0)), ms(percentile(&t, 95.0)), ms(*t.last().unwrap()));
        let mut w = writes;
        w.sort();
        println!("| issue + FreeRADIUS sync p50 / p95 / max | {} / {} / {} |", ms(percentile(&w, 50.0)), ms(percentile(&w, 95.0)), ms(*w.last().unwrap()));
    });
}

//! Telling hosts (issue 17): what queueing a host's messages costs a check-in, and how soon a
//! message reaches a real SMTP relay after the check-in committed.
//!
//! Run with `cargo bench -p lobby-core --bench notify` (`make bench` runs it too). Prints
//! markdown tables. Plain `Instant` timing, percentiles by nearest rank.
//!
//! 1. *Check-in with notifications on vs off*: two real database files (under Cargo's target
//!    `tmp` folder, as the kiosk opens them: keyed) with the demo site; one site has no
//!    `[notifications]`, the other e-mail, Slack, Teams and the webhook set up, so each
//!    check-in also writes four outbox rows in its transaction. Check-ins alternate between the
//!    two, so both see the same disk; nothing is sent.
//! 2. *Check-in committed to message accepted*: Debian's aiosmtpd on a loopback port (as the
//!    tests start it); each sample checks a guest in, then runs the sender once, as the kiosk's
//!    sender does when the check-in wakes it, and stops the clock when the relay has answered
//!    250 for the host's e-mail.
//!
//! `LOBBY_BENCH_SAMPLES` shrinks the run for a quick try.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{DateTime, TimeZone, Utc};
use lobby_core::config::{Config, VisitKind};
use lobby_core::notify::{deliver, State};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, FixedClock, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WARM_UP: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// A Friday morning, when the demo site is open.
fn friday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn site(parent: &Path, config: &Config) -> (tempfile::TempDir, Store) {
    let dir = tempfile::Builder::new()
        .prefix("lobby-bench-notify-")
        .tempdir_in(parent)
        .unwrap();
    let store = lobby_core::sealing::open_keyed(dir.path(), &dir.path().join("site.key"))
        .await
        .unwrap();
    demo::seed(&store, &FixedClock::new(friday_morning()), config, "Lobby")
        .await
        .unwrap();
    (dir, store)
}

async fn check_in(store: &Store, config: &Config, i: usize) -> (Duration, String) {
    let request = CheckInRequest {
        kind: Some(VisitKind::Guest),
        name: format!("Bench Guest {i}"),
        company: Some("Acme".into()),
        host_id: Some("M-1001".into()),
        privacy_accepted: true,
        language: "en-US".into(),
        ..Default::default()
    };
    let start = Instant::now();
    let welcome = visits::check_in(store, friday_morning(), config, &request)
        .await
        .unwrap();
    (start.elapsed(), welcome.checkout_code)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let samples: usize = std::env::var("LOBBY_BENCH_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let parent = std::env::var_os("LOBBY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    std::fs::create_dir_all(&parent).unwrap();
    let base = "[visits.types.guest]\ncode_of_conduct = false\n";
    let off = Config::parse(base, None).unwrap();
    let dead = free_port();
    let on = Config::parse(
        &format!(
            "{base}[notifications.email]\nrelay = \"127.0.0.1\"\nport = {dead}\nsecurity = \"none\"\n\
             from = \"Lobby <lobby@example.org>\"\n\
             [notifications.slack]\nurl = \"http://127.0.0.1:{dead}/slack\"\n\
             [notifications.teams]\nurl = \"http://127.0.0.1:{dead}/teams\"\n\
             [notifications.webhook]\nurl = \"http://127.0.0.1:{dead}/hook\"\nsecret = \"s\"\n"
        ),
        None,
    )
    .unwrap();
    let one = Config::parse(
        &format!(
            "{base}[notifications.email]\nrelay = \"127.0.0.1\"\nport = {dead}\nsecurity = \"none\"\n\
             from = \"Lobby <lobby@example.org>\"\n"
        ),
        None,
    )
    .unwrap();
    let (_a, store_off) = site(&parent, &off).await;
    let (_b, store_on) = site(&parent, &on).await;
    let (_d, store_one) = site(&parent, &one).await;
    let (mut t_off, mut t_on, mut t_one) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..WARM_UP + samples {
        let mut codes = Vec::new();
        // Each round in another order, so no site is always first or last after the
        // check-outs' writes.
        let mut round = [
            (&store_off, &off, &mut t_off),
            (&store_one, &one, &mut t_one),
            (&store_on, &on, &mut t_on),
        ];
        round.rotate_left(i % 3);
        for (store, config, times) in round {
            let (took, code) = check_in(store, config, i).await;
            if i >= WARM_UP {
                times.push(took);
            }
            codes.push((store, code));
        }
        // Out again (untimed), so the number on site stays a day's worth.
        for (store, code) in codes {
            visits::check_out_by_code(store, friday_morning(), &code)
                .await
                .unwrap();
        }
    }
    t_off.sort();
    t_one.sort();
    t_on.sort();
    println!("| check-in ({samples} samples each, keyed store) | p50 | p95 | p99 | max |");
    println!("|---|---|---|---|---|");
    for (what, t) in [
        ("notifications off", &t_off),
        ("e-mail only (1 outbox row)", &t_one),
        ("e-mail, Slack, Teams, webhook (4 outbox rows)", &t_on),
    ] {
        println!(
            "| {what} | {} | {} | {} | {} |",
            ms(percentile(t, 50.0)),
            ms(percentile(t, 95.0)),
            ms(percentile(t, 99.0)),
            ms(*t.last().unwrap())
        );
    }
    let p99 = |t: &[Duration]| percentile(t, 99.0).as_secs_f64();
    println!(
        "\np99 against off: e-mail only {:.2}×, four channels {:.2}×\n",
        p99(&t_one) / p99(&t_off),
        p99(&t_on) / p99(&t_off)
    );

    // 2. Commit to accepted, against aiosmtpd.
    let port = free_port();
    let mail = tempfile::tempdir().unwrap();
    let mut relay = Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(mail.path().join("box"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd: apt-get install python3-aiosmtpd");
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    let email = Config::parse(
        &format!(
            "{base}[notifications.email]\nrelay = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n\
             from = \"Lobby <lobby@example.org>\"\n"
        ),
        None,
    )
    .unwrap();
    let (_c, store) = site(&parent, &email).await;
    let rounds = (samples / 5).max(20);
    let mut times = Vec::new();
    for i in 0..WARM_UP + rounds {
        let (_, code) = check_in(&store, &email, i).await;
        let committed = Instant::now();
        let tried = deliver::run_once(&store, &email, friday_morning())
            .await
            .unwrap();
        let took = committed.elapsed();
        assert!(
            tried.len() == 1 && tried[0].state == State::Sent,
            "{tried:?}"
        );
        if i >= WARM_UP {
            times.push(took);
        }
        visits::check_out_by_code(&store, friday_morning(), &code)
            .await
            .unwrap();
    }
    let _ = relay.kill();
    let _ = relay.wait();
    times.sort();
    println!("| committed → accepted by aiosmtpd ({rounds} messages) | p50 | p95 | max |");
    println!("|---|---|---|---|");
    println!(
        "| host's e-mail (text + HTML, one connection each) | {} | {} | {} |",
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 95.0)),
        ms(*times.last().unwrap())
    );
}

//! The long run (issue 19): the real app, driven as a finger would through the visitor and
//! staff flows again and again, must stay the same size. Every 100 interactions (taps, keys,
//! signatures) it samples the proportional set size (PSS) of the app and its WebKit processes,
//! the app's open file descriptors and its threads.
//!
//! `make soak` runs it (`LOBBY_SOAK_INTERACTIONS`, 2,000 by default) and prints a markdown
//! table for BENCHMARKS.md; `make test` runs a short one (700). After the first 300
//! interactions (warm-up: WebKit's caches, the JIT, SQLite's page cache), PSS may grow by no
//! more than 10 %, and descriptors and threads may not grow at all (compared as the highest of
//! the first and of the last third).
//!
//! The kiosk's clock moves 30 days over the run, a little after each round (the visitors still
//! on site are checked out at closing time, Wi-Fi passes end, a backup falls due each day and
//! old ones are pruned, visits older than the site's 7 days are anonymised), and once, halfway,
//! it goes back an hour as an NTP correction would. At the end the data folder is bounded
//! (the backups kept, the write-ahead log checkpointed) and the audit chain verifies.

use crate::harness::*;
use std::process::Command;
use std::sync::atomic::Ordering::SeqCst;

/// The site the soak runs: the demo's guest Wi-Fi, visits kept 7 days, a daily backup with
/// three daily and one weekly kept.
fn site() -> &'static str {
    leak(format!(
        "[visits]\nretention_days = 7\n\n[backup]\nevery_hours = 24\nkeep_daily = 3\nkeep_weekly = 1\n\n{}",
        demo_wifi(&[])
    ))
}

/// The days the clock moves over the whole run.
const DAYS: i64 = 30;

/// What the kiosk holds at one moment.
#[derive(Debug, Clone, Copy)]
struct Sample {
    interactions: u32,
    /// The app and its WebKit processes, kB.
    pss_kb: u64,
    /// Of which the app itself and WebKit's web process (the page), kB.
    app_kb: u64,
    web_kb: u64,
    /// Elements in the page.
    elements: u64,
    fds: u64,
    threads: u64,
    /// The database with its write-ahead log, kB.
    db_kb: u64,
    wal_kb: u64,
    backups: u64,
    /// How far the clock was moved, days.
    day: i64,
}

fn size_kb(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len() / 1024).unwrap_or(0)
}

/// The process and its descendants.
fn family(pid: &str) -> Vec<String> {
    let mut all = vec![pid.to_string()];
    let mut i = 0;
    while i < all.len() {
        let out = Command::new("pgrep")
            .args(["-P", &all[i]])
            .output()
            .unwrap();
        all.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(str::to_string),
        );
        i += 1;
    }
    all
}

fn status_field(pid: &str, file: &str, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

async fn sample(k: &Kiosk, interactions: u32, day: i64) -> Sample {
    let app = k.app_pid();
    let data = k.data_dir();
    let comm = |p: &str| std::fs::read_to_string(format!("/proc/{p}/comm")).unwrap_or_default();
    let pss = |p: &String| status_field(p, "smaps_rollup", "Pss:");
    let elements = k
        .js("return document.getElementsByTagName('*').length")
        .await
        .as_u64()
        .unwrap_or(0);
    Sample {
        app_kb: pss(&app),
        web_kb: family(&app)
            .iter()
            .filter(|p| comm(p).starts_with("WebKitWebProces"))
            .map(pss)
            .sum(),
        elements,
        interactions,
        pss_kb: family(&app)
            .iter()
            .map(|p| status_field(p, "smaps_rollup", "Pss:"))
            .sum(),
        fds: std::fs::read_dir(format!("/proc/{app}/fd"))
            .map(|d| d.count() as u64)
            .unwrap_or(0),
        threads: status_field(&app, "status", "Threads:"),
        db_kb: size_kb(&data.join("lobby.db")),
        wal_kb: size_kb(&data.join("lobby.db-wal")),
        backups: std::fs::read_dir(data.join("backups"))
            .map(|d| d.flatten().filter(|e| e.path().is_file()).count() as u64)
            .unwrap_or(0),
        day,
    }
}

/// One round of the flows: a guest (signing the Code of Conduct), a delivery, the guest out
/// again by name, the home screen in German and back; every third round staff in and out,
/// every fifth an emergency on and off from the command line.
async fn round(k: &Kiosk, i: u32, staff: bool) {
    let continue_ = button(&en("action-continue", &[]));
    let guest = format!("Soak Guest {i}");
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys(&guest).await;
    k.tap_on(&continue_).await;
    k.type_keys("Am").await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.tap_on(&button(&en("action-done", &[]))).await;

    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "delivery".into())])))
        .await;
    k.type_keys("Parcelo").await;
    k.tap_on(&continue_).await;
    k.type_keys("Am").await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.tap_on(&button(&en("action-done", &[]))).await;

    k.tap_on(&button(&en("home-check-out", &[]))).await;
    k.tap_on(&button(&en("checkout-no-code", &[]))).await;
    k.type_keys(&guest).await;
    k.tap_key("{enter}").await;
    k.type_keys("Amira").await;
    k.tap_key("{enter}").await;
    k.tap_on(&button(&en("action-done", &[]))).await;

    k.tap_on(&button(&text("de", "language-name", &[]))).await;
    k.tap_on(&button(&text("de", "home-check-in", &[]))).await;
    k.tap_on(&button(&text("de", "action-cancel", &[]))).await;
    k.tap_on(&button(&text("en-US", "language-name", &[])))
        .await;

    // Staff every third round: a sign-in takes the authenticator's next 30-second code, and
    // rounds come faster than that.
    if staff && i % 3 == 2 {
        k.staff_sign_in().await;
        k.tap_on(&button(&en("action-sign-out", &[]))).await;
        k.find(&button(&en("home-check-in", &[]))).await;
    }

    if i % 5 == 4 {
        k.cli(&["emergency", "start", "fire"]);
        k.find("//*[@role='alertdialog']").await;
        k.cli(&["emergency", "end"]);
        k.find(&button(&en("home-check-in", &[]))).await;
    }
}

async fn soak(interactions: u32) -> Vec<Sample> {
    let k = Kiosk::launch(Options {
        config: Some(site()),
        seed: true,
        ..Options::default()
    })
    .await;
    k.find(&button(&en("home-check-in", &[]))).await;
    let mut samples = vec![sample(&k, 0, 0).await];
    let (mut done, mut next, mut i) = (0, 100, 0);
    // Seconds moved so far, and whether the hour back was taken.
    let (mut moved, mut went_back) = (0i64, false);
    let mut staff = true;
    while done < interactions {
        round(&k, i, staff).await;
        i += 1;
        let pace = k.take_pace();
        done += pace.taps.load(SeqCst)
            + pace.keys.load(SeqCst)
            + pace.swipes.load(SeqCst)
            + pace.signatures.load(SeqCst);
        // The clock keeps pace with the interactions: 30 days when the run ends.
        let due = DAYS * 86_400 * i64::from(done.min(interactions)) / i64::from(interactions);
        staff = true;
        if !went_back && done >= interactions / 2 {
            // An NTP correction: an hour back, and a round run in it (without staff, whose
            // authenticator codes of the hour to come were already used).
            went_back = true;
            staff = false;
            k.move_clock(chrono::Duration::hours(-1));
            moved -= 3600;
        } else if due > moved {
            k.move_clock(chrono::Duration::seconds(due - moved));
            moved = due;
        }
        if done >= next {
            samples.push(sample(&k, done, moved / 86_400).await);
            next += 100;
        }
    }
    // Housekeeping (every 5 s) sees the last move: closing time, backups, retention.
    tokio::time::sleep(std::time::Duration::from_secs(12)).await;
    samples.push(sample(&k, done, moved / 86_400).await);
    let verify = k.cli(&["audit", "verify"]);
    println!("{}", verify.trim());
    check_the_visits(&k, i);
    k.close().await;
    samples
}

/// What 30 days did to the visits: each round's guest and delivery are there; those checked in
/// more than the site's 7 days ago are anonymised; everyone but the last round's delivery
/// (checked in "today", on site until closing time) has left.
fn check_the_visits(k: &Kiosk, rounds: u32) {
    let today = chrono::Utc::now().date_naive();
    let (from, to) = (
        today - chrono::Days::new(2),
        today + chrono::Days::new(DAYS as u64 + 2),
    );
    let csv = k.cli(&[
        "export",
        "visits",
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
    ]);
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    assert_eq!(
        rows.len(),
        2 * rounds as usize,
        "a guest and a delivery each round"
    );
    let anonymised = rows.iter().filter(|r| !r[10].is_empty()).count();
    assert!(
        anonymised >= rows.len() / 2,
        "{anonymised} of {} visits anonymised after {DAYS} days with 7 kept",
        rows.len()
    );
    assert!(rows
        .iter()
        .filter(|r| !r[10].is_empty())
        .all(|r| r[2].is_empty()));
    let last_guest = format!("Soak Guest {}", rounds - 1);
    assert!(
        rows.iter().any(|r| r[2] == last_guest),
        "the last guest is kept"
    );
    let on_site: Vec<_> = rows.iter().filter(|r| r[7].is_empty()).collect();
    assert!(
        on_site.len() <= 1 && on_site.iter().all(|r| r[1] == "delivery"),
        "still on site: {on_site:?}"
    );
}

/// Warm-up, then the first and last thirds of what is left. Memory is compared highest to
/// highest; descriptors and threads, whose counts include short-lived ones (a blocking
/// database call's thread, a backup's file), as the fewest of the last third to the most of
/// the first: a leak raises even the fewest.
fn judge(samples: &[Sample]) -> Result<(), String> {
    let warm: Vec<&Sample> = samples.iter().filter(|s| s.interactions >= 300).collect();
    if warm.len() < 3 {
        return Err(format!("too few samples after warm-up: {}", warm.len()));
    }
    let third = (warm.len() / 3).max(1);
    let (first, last) = (&warm[..third], &warm[warm.len() - third..]);
    let max = |s: &[&Sample], f: fn(&Sample) -> u64| s.iter().map(|x| f(x)).max().unwrap_or(0);
    let pss = (max(first, |s| s.pss_kb), max(last, |s| s.pss_kb));
    let min = |s: &[&Sample], f: fn(&Sample) -> u64| s.iter().map(|x| f(x)).min().unwrap_or(0);
    let fds = (max(first, |s| s.fds), min(last, |s| s.fds));
    let threads = (max(first, |s| s.threads), min(last, |s| s.threads));
    let mut problems = Vec::new();
    if pss.1 as f64 > pss.0 as f64 * 1.10 {
        problems.push(format!("PSS grew from {} to {} kB", pss.0, pss.1));
    }
    if fds.1 > fds.0 {
        problems.push(format!("descriptors grew from {} to {}", fds.0, fds.1));
    }
    if threads.1 > threads.0 {
        problems.push(format!("threads grew from {} to {}", threads.0, threads.1));
    }
    let end = samples.last().expect("samples");
    // Three daily and one weekly kept, and the one being taken.
    if end.backups > 5 {
        problems.push(format!("{} backups kept, not pruned", end.backups));
    }
    // Checkpointed every 5 s: never more than a few rounds of writes.
    if end.wal_kb > 8 * 1024 {
        problems.push(format!("the write-ahead log is {} kB", end.wal_kb));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn print_table(samples: &[Sample]) {
    println!("| interactions | clock moved | PSS (app + WebKit) | app | web process | elements | descriptors | threads | database | WAL | backups |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for s in samples {
        println!(
            "| {} | {} d | {:.1} MB | {:.1} MB | {:.1} MB | {} | {} | {} | {} kB | {} kB | {} |",
            s.interactions,
            s.day,
            s.pss_kb as f64 / 1024.0,
            s.app_kb as f64 / 1024.0,
            s.web_kb as f64 / 1024.0,
            s.elements,
            s.fds,
            s.threads,
            s.db_kb,
            s.wal_kb,
            s.backups
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "long: make soak"]
async fn soak_the_kiosk_stays_the_same_size() {
    let interactions: u32 = std::env::var("LOBBY_SOAK_INTERACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let samples = soak(interactions).await;
    print_table(&samples);
    judge(&samples).unwrap();
}

/// The short soak of `make test`: the same rounds and clock, 700 interactions.
#[tokio::test(flavor = "multi_thread")]
async fn a_short_soak_stays_the_same_size() {
    let samples = soak(700).await;
    print_table(&samples);
    judge(&samples).unwrap();
}

#[test]
fn the_judge_allows_ten_percent_and_no_growth_in_descriptors_or_threads() {
    let s = |interactions, pss_kb, fds, threads| Sample {
        interactions,
        pss_kb,
        app_kb: pss_kb / 4,
        web_kb: pss_kb / 2,
        elements: 300,
        fds,
        threads,
        db_kb: 500,
        wal_kb: 100,
        backups: 4,
        day: 0,
    };
    let flat: Vec<Sample> = (0..12).map(|i| s(i * 100, 200_000, 40, 30)).collect();
    assert_eq!(judge(&flat), Ok(()));
    let mut leaking = flat.clone();
    for (i, x) in leaking.iter_mut().enumerate() {
        x.pss_kb += i as u64 * 5_000;
    }
    assert!(judge(&leaking).unwrap_err().contains("PSS"));
    let mut fds = flat.clone();
    fds[11].fds = 41;
    assert_eq!(judge(&fds), Ok(()), "one more for a moment");
    for x in &mut fds[8..] {
        x.fds = 41;
    }
    assert!(judge(&fds).unwrap_err().contains("descriptors"));
    let mut backups = flat.clone();
    backups[11].backups = 9;
    assert!(judge(&backups).unwrap_err().contains("backups"));
    assert!(judge(&flat[..3]).is_err(), "all warm-up");
}

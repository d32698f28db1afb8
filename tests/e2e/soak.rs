//! The long run (issue 19): the real app, driven as a finger would through the visitor and
//! staff flows again and again, must stay the same size. Every 100 interactions (taps, keys,
//! signatures) it samples the proportional set size (PSS) of the app and its WebKit processes,
//! the app's open file descriptors and its threads.
//!
//! `make soak` runs it (`LOBBY_SOAK_INTERACTIONS`, 2,000 by default) and prints a markdown
//! table for BENCHMARKS.md. After the first 300 interactions (warm-up: WebKit's caches, the
//! JIT, SQLite's page cache), PSS may grow by no more than 10 %, and descriptors and threads
//! may not grow at all (compared as the highest of the first and of the last third).

use crate::harness::*;
use std::process::Command;
use std::sync::atomic::Ordering::SeqCst;

/// What the kiosk holds at one moment.
#[derive(Debug, Clone, Copy)]
struct Sample {
    interactions: u32,
    /// The app and its WebKit processes, kB.
    pss_kb: u64,
    fds: u64,
    threads: u64,
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

fn sample(k: &Kiosk, interactions: u32) -> Sample {
    let app = k.app_pid();
    Sample {
        interactions,
        pss_kb: family(&app)
            .iter()
            .map(|p| status_field(p, "smaps_rollup", "Pss:"))
            .sum(),
        fds: std::fs::read_dir(format!("/proc/{app}/fd"))
            .map(|d| d.count() as u64)
            .unwrap_or(0),
        threads: status_field(&app, "status", "Threads:"),
    }
}

/// One round of the flows: a guest (signing the Code of Conduct), a delivery, the guest out
/// again by name, the home screen in German and back; every third round staff in and out,
/// every fifth an emergency on and off from the command line.
async fn round(k: &Kiosk, i: u32) {
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
    if i % 3 == 2 {
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
    let k = Kiosk::seeded().await;
    k.find(&button(&en("home-check-in", &[]))).await;
    let mut samples = vec![sample(&k, 0)];
    let mut done = 0;
    let mut next = 100;
    let mut i = 0;
    while done < interactions {
        round(&k, i).await;
        i += 1;
        let pace = k.take_pace();
        done += pace.taps.load(SeqCst)
            + pace.keys.load(SeqCst)
            + pace.swipes.load(SeqCst)
            + pace.signatures.load(SeqCst);
        if done >= next {
            samples.push(sample(&k, done));
            next += 100;
        }
    }
    k.close().await;
    samples
}

/// Warm-up, then the first and last thirds of what is left.
fn judge(samples: &[Sample]) -> Result<(), String> {
    let warm: Vec<&Sample> = samples.iter().filter(|s| s.interactions >= 300).collect();
    if warm.len() < 3 {
        return Err(format!("too few samples after warm-up: {}", warm.len()));
    }
    let third = (warm.len() / 3).max(1);
    let (first, last) = (&warm[..third], &warm[warm.len() - third..]);
    let max = |s: &[&Sample], f: fn(&Sample) -> u64| s.iter().map(|x| f(x)).max().unwrap_or(0);
    let pss = (max(first, |s| s.pss_kb), max(last, |s| s.pss_kb));
    let fds = (max(first, |s| s.fds), max(last, |s| s.fds));
    let threads = (max(first, |s| s.threads), max(last, |s| s.threads));
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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
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
    println!("| interactions | PSS (app + WebKit) | descriptors | threads |");
    println!("|---|---|---|---|");
    for s in &samples {
        println!(
            "| {} | {:.1} MB | {} | {} |",
            s.interactions,
            s.pss_kb as f64 / 1024.0,
            s.fds,
            s.threads
        );
    }
    judge(&samples).unwrap();
}

#[test]
fn the_judge_allows_ten_percent_and_no_growth_in_descriptors_or_threads() {
    let s = |interactions, pss_kb, fds, threads| Sample {
        interactions,
        pss_kb,
        fds,
        threads,
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
    assert!(judge(&fds).unwrap_err().contains("descriptors"));
    assert!(judge(&flat[..3]).is_err(), "all warm-up");
}

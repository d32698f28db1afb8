//! Printed badges (issue 18): how big a badge is on each media, how long drawing it takes, and
//! how soon a real IPP printer has accepted the job after the check-in committed.
//!
//! Run with `cargo bench -p lobby-core --bench print` (`make bench` runs it too). Prints
//! markdown tables. Plain `Instant` timing, percentiles by nearest rank.
//!
//! 1. *Sizes*: a sample badge (name, company, host, logo, QR code) on every named media: the
//!    PDF, and PWG Raster at 300 dpi in `sgray_8` and `black_1`, with the time to draw each.
//! 2. *Check-in committed to job accepted*: `ippeveprinter` (as the tests start it), once
//!    taking PDF and once only PWG Raster; each sample checks a guest in, then runs the
//!    printer task once, as the kiosk does when the check-in wakes it, and stops the clock when
//!    the printer has answered the Print-Job. Between samples (untimed) it waits until the
//!    printer is idle again, since `ippeveprinter` answers "busy" while it "prints".
//!
//! `LOBBY_BENCH_SAMPLES` shrinks the run for a quick try.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

#[path = "../tests/core/printer.rs"]
mod printer;

use chrono::{DateTime, TimeZone, Utc};
use lobby_core::config::{Config, VisitKind};
use lobby_core::printing::{self, ipp, layout, pdf, pwg, raster, Answer, Badge, Media};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, typeset, FixedClock, Store};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// A Friday morning, when the demo site is open.
fn friday_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn sizes() {
    let fonts = typeset::system_fonts().unwrap();
    let logo = Arc::new(printing::page::Logo {
        width: 240,
        height: 240,
        rgba: (0..240 * 240)
            .flat_map(|i| [0x1f, 0x4e, 0x79, if i % 7 == 0 { 0 } else { 255 }])
            .collect(),
    });
    println!("### Badge sizes and drawing times (sample badge, 300 dpi for raster)\n");
    println!(
        "| media | page (pt) | PDF | draw PDF | PWG sgray_8 | PWG black_1 | draw + encode raster |"
    );
    println!("|---|---|---|---|---|---|---|");
    for name in Media::NAMED {
        let media = Media::parse(name).unwrap();
        let badge = Badge {
            name: "Zoë Fischer",
            company: Some("Acme GmbH"),
            kind: "Guest",
            host: Some("Visiting Jonas B."),
            date: "2026-11-27",
            valid_until: "Valid until 20:00",
            site: "Lobby Demo Space",
            logo: Some(logo.clone()),
            code: "K7Q2MX",
            rtl: false,
        };
        let t = Instant::now();
        let page = layout::layout(&badge, &media, fonts).unwrap();
        let doc = pdf::render(&page, "badge", false).unwrap();
        let t_pdf = t.elapsed();
        let t = Instant::now();
        let image = raster::render(&page, 300, media.turned());
        let (w, l) = media.fed_mm();
        let size = (w * printing::media::MM, l * printing::media::MM);
        let gray = pwg::encode(
            &image,
            300,
            pwg::RasterType::Sgray8,
            size,
            &media.pwg_name(),
            1,
        );
        let t_raster = t.elapsed();
        let black = pwg::encode(
            &image,
            300,
            pwg::RasterType::Black1,
            size,
            &media.pwg_name(),
            1,
        );
        let (pw, ph) = page.size();
        println!(
            "| {name} | {pw:.0} × {ph:.0} | {} | {} | {} | {} | {} |",
            kb(doc.len()),
            ms(t_pdf),
            kb(gray.len()),
            kb(black.len()),
            ms(t_raster)
        );
    }
    println!();
}

async fn site(config: &Config) -> (tempfile::TempDir, Store) {
    let parent = std::env::var_os("LOBBY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    std::fs::create_dir_all(&parent).unwrap();
    let dir = tempfile::Builder::new()
        .prefix("lobby-bench-print-")
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

async fn wait_idle(uri: &str) {
    for _ in 0..600 {
        if ipp::query(uri).await.is_ok_and(|i| i.state == "idle") {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the printer did not become idle");
}

async fn accepted(kind: printer::Kind, media: &str, samples: usize) -> Vec<Duration> {
    let printer = printer::Printer::start(kind);
    let config = Config::parse(
        &format!(
            "[visits.types.guest]\ncode_of_conduct = false\n[printing]\nprinter = \"{}\"\nmedia = \"{media}\"\n",
            printer.uri()
        ),
        None,
    )
    .unwrap();
    let (_dir, store) = site(&config).await;
    let mut times = Vec::new();
    for i in 0..samples + 3 {
        wait_idle(&printer.uri()).await;
        let request = CheckInRequest {
            kind: Some(VisitKind::Guest),
            name: format!("Bench Guest {i}"),
            company: Some("Acme".into()),
            host_id: Some("M-1001".into()),
            privacy_accepted: true,
            language: "en-US".into(),
            ..Default::default()
        };
        let welcome = visits::check_in(&store, friday_morning(), &config, &request)
            .await
            .unwrap();
        let start = Instant::now();
        let done = printing::send::run_once(&store, &config, friday_morning())
            .await
            .unwrap();
        let took = start.elapsed();
        assert!(
            matches!(done[0].1, Answer::Accepted { .. }),
            "{:?}",
            done[0].1
        );
        if i >= 3 {
            times.push(took);
        }
        visits::check_out_by_code(&store, friday_morning(), &welcome.checkout_code)
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
        .unwrap_or(30);
    sizes();
    println!(
        "### Check-in committed → job accepted (ippeveprinter on loopback, {samples} samples)\n"
    );
    println!("| printer | media | p50 | p95 | max |");
    println!("|---|---|---|---|---|");
    for (kind, label, media) in [
        (printer::Kind::Pdf, "PDF", "brother-62mm"),
        (printer::Kind::Raster, "PWG Raster only", "brother-62mm"),
        (printer::Kind::Raster, "PWG Raster only", "a6"),
    ] {
        let t = accepted(kind, media, samples).await;
        println!(
            "| {label} | {media} | {} | {} | {} |",
            ms(percentile(&t, 50.0)),
            ms(percentile(&t, 95.0)),
            ms(*t.last().unwrap())
        );
    }
}

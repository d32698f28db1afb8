//! Printed visitor badges through the real kiosk: a guest checks in by taps alone, the welcome
//! screen says the badge is ready, and the IPP printer (`ippeveprinter`) has the job; staff
//! reprint it from the on-site list.

use crate::harness::*;
use crate::printer::{Kind, Printer};
use std::process::Command;

#[tokio::test]
async fn a_guest_checked_in_by_touch_gets_a_printed_badge_and_staff_reprint_it() {
    let printer = Printer::start(Kind::Pdf);
    let config: &'static str = Box::leak(
        format!(
            "[printing]\nprinter = \"{}\"\nmedia = \"brother-62mm\"\n",
            printer.uri()
        )
        .into_boxed_str(),
    );
    let k = Kiosk::launch(Options {
        config: Some(config),
        seed: true,
        ..Options::default()
    })
    .await;

    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys("Zoe Printer").await;
    k.tap_on(&button(&en("action-continue", &[]))).await;
    k.tap_type(&textbox(&en("checkin-host-search", &[])), "am")
        .await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&with_text(&en("checkin-badge-ready", &[]))).await;
    k.screenshot("check-in-welcome-badge").await;

    printer.wait_for_jobs(1);
    let pdf = printer
        .spool_files()
        .into_iter()
        .find(|f| f.extension().is_some_and(|e| e == "pdf"))
        .expect("a PDF job in the printer's spool");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Zoe Printer"), "{text}");
    assert!(text.contains("Amira H."), "{text}");

    // Staff reprint it from the on-site list.
    k.tap_on(&button(&en("action-done", &[]))).await;
    k.staff_sign_in().await;
    k.tap_on(&button(&en("staff-onsite-reprint", &[]))).await;
    k.find(&with_text(&en(
        "staff-onsite-reprinted",
        &[("name", "Zoe Printer".into())],
    )))
    .await;
    k.screenshot("staff-on-site-reprint").await;
    printer.wait_for_jobs(2);
    // The printer has the document before the kiosk has its answer: wait for the record.
    let sent = || k.sql("SELECT COUNT(*) FROM badge_prints WHERE state = 'sent'");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while sent() != "2" && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(sent(), "2");
    let reprint = k.sql("SELECT requested_by FROM badge_prints ORDER BY id DESC LIMIT 1");
    assert!(reprint.starts_with("staff:"), "{reprint}");
    k.close().await;
}

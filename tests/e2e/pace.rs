//! How long the visitor flows take a person, by the pace model of issue 25: the flows are done
//! with taps on the real kiosk (the on-screen keyboard included), the harness counts taps, keys,
//! swipes and signatures, and the model turns them into seconds (2 s a tap, 0.4 s a key, 1 s a
//! swipe, 4 s a signature; reading time apart). A benchmark, not a test: `make bench` runs it
//! and BENCHMARKS.md keeps the table it prints.

use crate::harness::*;

fn row(flow: &str, pace: &Pace, target: &str) -> String {
    let [taps, keys, swipes, signatures] = pace.get();
    format!(
        "| {flow} | {taps} | {keys} | {swipes} | {signatures} | {:.1} s | {target} |",
        pace.seconds()
    )
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "benchmark: make bench"]
async fn bench_pace_of_visitor_flows() {
    let k = Kiosk::seeded().await;
    let mut rows = Vec::new();
    let continue_ = button(&en("action-continue", &[]));

    // A guest's first visit: the name (focused on its own; company and e-mail left empty),
    // Continue, two letters of the host, the privacy notice, the Code of Conduct read and signed.
    k.take_pace();
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys("Dana Whitfield").await;
    k.tap_on(&continue_).await;
    k.type_keys("Am").await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&button(&en("action-done", &[]))).await;
    rows.push(row("Guest, first visit", &k.take_pace(), "≤ 30 s"));
    k.tap_on(&button(&en("action-done", &[]))).await;

    // A delivery: the company (focused on its own), two letters of the recipient.
    k.take_pace();
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "delivery".into())])))
        .await;
    k.type_keys("Parcelo").await;
    k.tap_on(&continue_).await;
    k.type_keys("Am").await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.find(&button(&en("action-done", &[]))).await;
    rows.push(row("Delivery", &k.take_pace(), "≤ 15 s"));
    k.tap_on(&button(&en("action-done", &[]))).await;

    // Check-out by name: the full name, Enter, the host's first name, Enter.
    k.take_pace();
    k.tap_on(&button(&en("home-check-out", &[]))).await;
    k.tap_on(&button(&en("checkout-no-code", &[]))).await;
    k.type_keys("Dana Whitfield").await;
    k.tap_key("{enter}").await;
    k.type_keys("Amira").await;
    k.tap_key("{enter}").await;
    k.find(&heading(&en(
        "checkout-done-title",
        &[("name", "Dana".into())],
    )))
    .await;
    rows.push(row("Check-out by name", &k.take_pace(), "≤ 15 s"));
    k.tap_on(&button(&en("action-done", &[]))).await;

    // An e-mail typo on a day pass: what fixing it costs beyond the Continue tapped anyway
    // (the tap that shows the problem, the tap on the field, the key that fixes it).
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "day-pass".into())])))
        .await;
    k.type_keys("Eve Mail").await;
    let email = textbox(&en("field-email", &[]));
    k.tap_type(&email, "eve@example").await;
    k.take_pace();
    k.tap_on(&continue_).await;
    k.find(&alert(&en("error-email-invalid", &[]))).await;
    k.tap_on(&email).await;
    k.tap_key(".com").await;
    k.tap_on(&continue_).await;
    k.find(&heading(&en("checkin-privacy-title", &[]))).await;
    let typo = k.take_pace();
    typo.taps.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    rows.push(row("E-mail typo, fixed in place", &typo, "≤ 10 s"));
    k.tap_on(&button(&en("action-cancel", &[]))).await;

    // An invited guest: Check in, "I have an invitation", the code (8 keys), Continue, "Yes,
    // that is me", the privacy notice, the Code of Conduct (the demo's guests sign it).
    let site = lobby_core::Config::demo().time_zone;
    let today = chrono::Utc::now()
        .with_timezone(&site)
        .date_naive()
        .to_string();
    let invite = |name: &str| {
        k.cli(&[
            "invite", "create", "--host", "M-1001", "--name", name, "--date", &today,
        ])
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string()
    };
    let code = invite("Ivo Invited");
    k.find(&button(&en("home-check-in", &[]))).await;
    k.take_pace();
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("home-invitation", &[]))).await;
    k.type_keys(&code.replace('-', "").to_lowercase()).await;
    k.tap_on(&continue_).await;
    k.tap_on(&button(&en("invite-confirm-yes", &[]))).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&button(&en("action-done", &[]))).await;
    rows.push(row("Invited guest, code typed", &k.take_pace(), "≤ 30 s"));
    k.tap_on(&button(&en("action-done", &[]))).await;

    // The same with the QR code held to a scanner at the home screen (no tap, no key).
    let code = invite("Ivy Scanned");
    k.find(&button(&en("home-check-in", &[]))).await;
    k.take_pace();
    k.js("document.activeElement && document.activeElement.blur()")
        .await;
    k.c.active_element()
        .await
        .unwrap()
        .send_keys(&format!("{code}\u{E007}"))
        .await
        .unwrap();
    k.tap_on(&button(&en("invite-confirm-yes", &[]))).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&button(&en("action-done", &[]))).await;
    rows.push(row(
        "Invited guest, QR code scanned",
        &k.take_pace(),
        "≤ 30 s",
    ));
    k.close().await;

    println!("| Flow | Taps | Keys | Swipes | Signatures | Model | Target |");
    println!("|---|---|---|---|---|---|---|");
    for r in rows {
        println!("{r}");
    }
}

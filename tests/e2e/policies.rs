//! Reading and signing policies in the real app: a visitor in French with a drawn signature,
//! a refused dot, declining, and a member asked again after a new version.

use crate::harness::*;
use lobby_core::policies::sha256_hex;
use std::time::{Duration, Instant};

fn fr(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    text("fr", id, args)
}

/// The demo's text of a policy in one language, as shipped in docs/policies.
fn shipped(policy: &str, lang: &str) -> &'static str {
    lobby_core::demo::POLICIES
        .iter()
        .find(|(p, _)| *p == policy)
        .and_then(|(_, texts)| texts.iter().find(|(l, _)| *l == lang))
        .map(|(_, t)| *t)
        .unwrap()
}

/// Check-in as a guest in French up to the Code of Conduct.
async fn guest_until_the_code(k: &Kiosk, lang: &str, name: &str) {
    let t = |id: &str| text(lang, id, &[]);
    k.click(&button(&t("language-name"))).await;
    k.click(&button(&t("home-check-in"))).await;
    k.click(&button(&text(
        lang,
        "visit-kind",
        &[("kind", "guest".into())],
    )))
    .await;
    k.type_into(&textbox(&t("field-name")), name).await;
    k.click(&button(&t("action-continue"))).await;
    k.type_into(&textbox(&t("checkin-host-search")), "am").await;
    k.click(&button("Amira H.")).await;
    k.click(&button(&t("checkin-privacy-accept"))).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_reads_the_code_in_french_signs_with_a_finger_and_checks_in() {
    let k = Kiosk::seeded().await;
    guest_until_the_code(&k, "fr", "Zoë Martin").await;
    k.find(&heading("Code de conduite")).await;
    // "Continue" waits until the text has been scrolled to its end.
    let go_on = button(&fr("policy-continue", &[]));
    assert!(k
        .find(&go_on)
        .await
        .attr("disabled")
        .await
        .unwrap()
        .is_some());
    k.screenshot("policy-read-fr").await;
    k.read_policy("fr").await;
    // The typed name is the visitor's, and can be changed.
    assert_eq!(
        k.value_of(&textbox(&fr("policy-signer-name", &[]))).await,
        "Zoë Martin"
    );
    // A dot is not a signature: refused next to the pad, in French, nothing saved.
    k.draw_on_pad(&[(10.0, 10.0)]).await;
    k.click(&button(&fr("policy-agree", &[]))).await;
    k.find(&alert(&fr("error-signature-too-small", &[]))).await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM acceptances"), "0");
    k.click(&button(&fr("policy-signature-clear", &[]))).await;
    k.draw_signature().await;
    k.screenshot("policy-sign-fr").await;
    k.click(&button(&fr("policy-agree", &[]))).await;
    k.find(&heading(&fr(
        "checkin-welcome-title",
        &[("name", "Zoë".into())],
    )))
    .await;

    let row = k.sql(
        "SELECT a.lang || '|' || a.text_hash || '|' || a.signer_name || '|' || v.name
         FROM acceptances a JOIN visits v ON v.id = a.visit_id",
    );
    let french = sha256_hex(shipped("code-of-conduct", "fr").as_bytes());
    assert_eq!(row, format!("fr|{french}|Zoë Martin|Zoë Martin"));
    let png = k.sql("SELECT hex(signature_png) FROM acceptances");
    let png = data_encoding::HEXUPPER.decode(png.as_bytes()).unwrap();
    let img = image::load_from_memory(&png).expect("the signature is a PNG");
    assert_eq!(img.color(), image::ColorType::L8);
    assert!(png.len() < 50_000, "{} bytes", png.len());
    assert_eq!(
        k.cli(&["policy", "verify"]).trim(),
        en("cli-policy-verify-ok", &[("count", 1.into())])
    );

    // The receipt is written to the data folder in the background.
    let receipt = k.data_dir().join("receipts/acceptance-1.pdf");
    let start = Instant::now();
    while !receipt.exists() && start.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let out = std::process::Command::new("pdftotext")
        .args([receipt.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext");
    let pdf_text = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "Zoë Martin",
        "Code de conduite",
        "code-of-conduct",
        french.as_str(),
    ] {
        assert!(
            pdf_text.contains(expected),
            "{expected:?} not in {pdf_text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn declining_the_code_ends_the_check_in_without_a_visit_or_an_acceptance() {
    let k = Kiosk::seeded().await;
    guest_until_the_code(&k, "en-US", "Dana Decline").await;
    // "I do not agree" asks first (issue 25): "Go back" keeps the visitor where they were.
    k.tap_on(&button(&en("policy-decline", &[]))).await;
    k.tap_on(&button(&en("policy-decline-keep", &[]))).await;
    k.find(&button(&en("policy-continue", &[]))).await;
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'policy-decline'"),
        "0"
    );
    k.tap_on(&button(&en("policy-decline", &[]))).await;
    k.tap_on(&button(&en("policy-decline-yes", &[]))).await;
    k.find(&heading(&en("policy-declined-title", &[]))).await;
    k.click(&button(&en("action-done", &[]))).await;
    k.find(&button(&en("home-check-in", &[]))).await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM acceptances"), "0");
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "0");
    assert_eq!(
        k.sql("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"),
        "policy-decline"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_version_makes_a_member_who_signed_the_old_one_sign_again() {
    let k = Kiosk::seeded().await;
    let hand_over_to_jonas = || async {
        k.staff_sign_in().await;
        k.type_into(&textbox(&en("staff-members-search", &[])), "jon")
            .await;
        k.click(&button(&en(
            "staff-members-handover",
            &[("name", "Jonas B.".into())],
        )))
        .await;
        k.find(&heading(&en("member-hello", &[("name", "Jonas".into())])))
            .await;
    };
    hand_over_to_jonas().await;
    k.find(&with_text(&en("member-pending", &[("count", 3.into())])))
        .await;
    k.screenshot("member-pending").await;
    k.click(&button(&en("member-start", &[]))).await;
    for title in ["Code of Conduct", "House Rules", "Wi-Fi Acceptable Use"] {
        k.find(&heading(title)).await;
        k.sign_policy("en-US").await;
    }
    k.find(&with_text(&en("member-signed", &[]))).await;
    // Jonas checks his guest in: the host is known, so it is not asked.
    k.click(&button(&en("member-guest", &[]))).await;
    k.type_into(&textbox(&en("field-name", &[])), "Greta Guest")
        .await;
    k.click(&button(&en("action-continue", &[]))).await;
    k.click(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&with_text(&en(
        "checkin-welcome-host",
        &[("host", "Jonas B.".into())],
    )))
    .await;
    k.click(&button(&en("action-done", &[]))).await;
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM acceptances WHERE member_id = 'M-1002'"),
        "3"
    );
    let coverage = k.cli(&["policy", "coverage"]);
    assert!(coverage.contains("1 of 12"), "{coverage}");

    // Version 2 of the Code of Conduct: Jonas is asked for it, and only for it.
    let v2 = k.data_dir().join("coc-v2.md");
    std::fs::write(
        &v2,
        "# Code of Conduct\n\nVersion 2: be kind, and keep exits clear.\n",
    )
    .unwrap();
    let published = k.cli(&[
        "policy",
        "publish",
        "code-of-conduct",
        v2.to_str().unwrap(),
        "--lang",
        "en-US",
    ]);
    assert!(published.contains("version 2"), "{published}");
    hand_over_to_jonas().await;
    k.find(&with_text(&en("member-pending", &[("count", 1.into())])))
        .await;
    k.find(&with_text("Code of Conduct")).await;
}

use crate::harness::*;
use lobby_core::demo::{DEMO_STAFF_NAME, DEMO_STAFF_PIN, DEMO_TOTP_SECRET};
use lobby_core::staff::totp;

async fn sign_in(k: &Kiosk, pin: &str, code: &str) {
    k.type_into(&textbox(&en("staff-signin-pin", &[])), pin)
        .await;
    k.type_into(&textbox(&en("staff-signin-code", &[])), code)
        .await;
    k.click(&button(&en("action-sign-in", &[]))).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn five_wrong_sign_ins_lock_staff_sign_in() {
    let k = Kiosk::launch(Options {
        seed: true,
        ..Options::default()
    })
    .await;
    k.click(&button(&en("home-staff", &[]))).await;
    for remaining in (1..=4i64).rev() {
        sign_in(&k, "999999", "000000").await;
        k.find(&alert(&en(
            "error-sign-in-failed",
            &[("remaining", remaining.into())],
        )))
        .await;
    }
    sign_in(&k, "999999", "000000").await;
    k.find(&alert(&en(
        "error-sign-in-locked",
        &[("seconds", 30.into())],
    )))
    .await;
    // Locked: even the right PIN and code are refused now.
    let code = totp::code_at(DEMO_TOTP_SECRET, chrono::Utc::now().timestamp());
    sign_in(&k, DEMO_STAFF_PIN, &code).await;
    // Still locked (a second or two of the 30 may have passed).
    let locked: Vec<String> = (20..=30i64)
        .map(|s| alert(&en("error-sign-in-locked", &[("seconds", s.into())])))
        .collect();
    let locked = locked.join(" | ");
    k.find(&locked).await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_sign_in_with_pin_and_authenticator_code() {
    let k = Kiosk::launch(Options {
        seed: true,
        ..Options::default()
    })
    .await;
    k.first_backup().await;
    k.click(&button(&en("home-staff", &[]))).await;
    let code = totp::code_at(DEMO_TOTP_SECRET, chrono::Utc::now().timestamp());
    sign_in(&k, DEMO_STAFF_PIN, &code).await;
    k.find(&heading(&en(
        "staff-home-title",
        &[("name", DEMO_STAFF_NAME.into())],
    )))
    .await;
    // The staff screen checks the audit chain: staff account, seed, the three sample policies
    // published, the first backup, and this sign-in.
    k.find(&with_text(&en(
        "staff-audit-intact",
        &[("entries", 7.into())],
    )))
    .await;
    // With a session the staff command answers over IPC too.
    let overview = k.invoke("staff_overview", serde_json::json!({})).await;
    assert!(overview.starts_with("ok:"), "{overview}");
    k.screenshot("staff-home").await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&heading(&en(
        "home-welcome",
        &[("site", "Lobby Demo Space".into())],
    )))
    .await;
    // Signed out: the same command is refused again.
    let after = k.invoke("staff_overview", serde_json::json!({})).await;
    assert!(after.contains("staff-session-required"), "{after}");
    k.close().await;
}

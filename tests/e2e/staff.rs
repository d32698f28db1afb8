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

/// Issue 22: ten wrong tries typed at the screen keep the staff member out for a while, never
/// for more than a minute: then their PIN and code sign them in.
#[tokio::test(flavor = "multi_thread")]
async fn ten_wrong_sign_ins_keep_a_staff_member_with_both_factors_out_a_minute_at_most() {
    let k = Kiosk::seeded().await;
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
        &[("seconds", 15.into())],
    )))
    .await;
    // Five more wrong tries while it waits: refused, and the wait does not grow.
    for _ in 0..5 {
        sign_in(&k, "999999", "000000").await;
    }
    let waits: Vec<String> = (1..=15i64)
        .map(|s| alert(&en("error-sign-in-locked", &[("seconds", s.into())])))
        .collect();
    k.find(&waits.join(" | ")).await;
    // Locked: even the right PIN and code are refused now.
    let code = totp::code_at(DEMO_TOTP_SECRET, chrono::Utc::now().timestamp());
    sign_in(&k, DEMO_STAFF_PIN, &code).await;
    k.find(&waits.join(" | ")).await;
    // Once the wait is over (15 s here, a minute at most), PIN and a fresh code sign in.
    tokio::time::sleep(std::time::Duration::from_secs(16)).await;
    let step = chrono::Utc::now().timestamp() / 30 + 1;
    let code = totp::code_at(DEMO_TOTP_SECRET, step * 30);
    sign_in(&k, DEMO_STAFF_PIN, &code).await;
    k.find(&heading(&en(
        "staff-home-title",
        &[("name", DEMO_STAFF_NAME.into())],
    )))
    .await;
    let refused = k.sql(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'staff-sign-in' \
         AND details LIKE '%locked%'",
    );
    assert_eq!(
        refused, "6",
        "each try while locked is audited, none counted"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_sign_in_with_pin_and_authenticator_code() {
    let k = Kiosk::seeded().await;
    k.first_backup().await;
    k.click(&button(&en("home-staff", &[]))).await;
    let code = totp::code_at(DEMO_TOTP_SECRET, chrono::Utc::now().timestamp());
    sign_in(&k, DEMO_STAFF_PIN, &code).await;
    k.find(&heading(&en(
        "staff-home-title",
        &[("name", DEMO_STAFF_NAME.into())],
    )))
    .await;
    // The staff screen checks the audit chain, with the site key: the key set (its first
    // entry), staff account, seed, the three sample policies published, the first backup, and
    // this sign-in.
    k.find(&with_text(&en(
        "staff-audit-intact",
        &[("entries", 8.into())],
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

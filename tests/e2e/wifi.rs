//! Guest Wi-Fi end to end: a guest checks in on the real app, the welcome screen's QR code
//! (read back from a screenshot by zbarimg) holds the network and the password shown, and a
//! real FreeRADIUS accepts that login until the guest checks out, then rejects it.
//! Needs `make test-e2e` (it starts FreeRADIUS and passes its address in the environment).

use crate::harness::*;
use std::process::Command;
use std::time::{Duration, Instant};

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run `make test-e2e`"))
}

/// The demo site with guests on a FreeRADIUS (802.1X) tier. The harness opens the site around
/// the clock (`LOBBY_TEST_ALWAYS_OPEN`), so the real clock (which FreeRADIUS uses) never meets
/// closing time in the middle of the test.
fn config() -> &'static str {
    let text = format!(
        r#"[visits.types.guest]
wifi_tier = "guest"

[wifi.freeradius]
database = "{db}"

[wifi.tiers.guest]
ssid = "Lobby Guest"
security = "enterprise"
backend = "freeradius"
vlan = 30
close_at_closing = false
"#,
        db = env("RADIUS_DB"),
    );
    Box::leak(text.into_boxed_str())
}

fn radtest(user: &str, password: &str) -> bool {
    let server = format!("127.0.0.1:{}", env("RADIUS_PORT"));
    Command::new("radtest")
        .args([user, password, &server, "0", &env("RADIUS_SECRET")])
        .output()
        .expect("radtest runs")
        .status
        .success()
}

/// Asks FreeRADIUS until it answers `accept` (the kiosk applies passes in the background).
fn radius_says(user: &str, password: &str, accept: bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while radtest(user, password) != accept {
        assert!(
            Instant::now() < deadline,
            "FreeRADIUS never said accept={accept} for {user}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The text of the `<dd>` after the `<dt>` saying `term`.
fn value_of(term: &str) -> String {
    format!(
        "//dt[normalize-space(.)={}]/following-sibling::dd[1]",
        lit(term)
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guests_qr_code_logs_in_to_freeradius_until_they_check_out() {
    let k = Kiosk::launch(Options {
        config: Some(config()),
        seed: true,
        ..Options::default()
    })
    .await;
    k.click(&button(&en("home-check-in", &[]))).await;
    k.click(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_into(&textbox(&en("field-name", &[])), "Grace Hopper")
        .await;
    k.click(&button(&en("action-continue", &[]))).await;
    k.type_into(&textbox(&en("checkin-host-search", &[])), "am")
        .await;
    k.click(&button("Amira H.")).await;
    k.click(&button(&en("checkin-privacy-accept", &[]))).await;
    k.sign_policy("en-US").await;
    k.find(&heading(&en(
        "checkin-welcome-title",
        &[("name", "Grace".into())],
    )))
    .await;

    let ssid = k
        .find(&value_of(&en("wifi-network", &[])))
        .await
        .text()
        .await
        .unwrap();
    let user = k
        .find(&value_of(&en("wifi-username", &[])))
        .await
        .text()
        .await
        .unwrap();
    let password = k
        .find(&value_of(&en("wifi-password", &[])))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(ssid, "Lobby Guest");
    assert!(user.starts_with("guest-"), "{user}");
    assert_eq!(password.len(), 19, "xxxx-xxxx-xxxx-xxxx: {password}");
    k.find(&image(&en(
        "wifi-qr-label",
        &[("ssid", "Lobby Guest".into())],
    )))
    .await;
    k.screenshot("check-in-welcome-wifi").await;

    // The QR code, read from what is on screen by an independent decoder.
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("welcome.png");
    std::fs::write(&shot, k.page_png().await).unwrap();
    let out = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sbinary"])
        .arg(&shot)
        .output()
        .expect("zbarimg runs");
    assert!(
        out.status.success(),
        "no QR code found on the welcome screen"
    );
    let payload = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        payload.trim_end_matches('\n'),
        format!("WIFI:T:WPA2-EAP;S:Lobby Guest;E:PEAP;PH2:MSCHAPV2;I:{user};P:{password};;")
    );

    // FreeRADIUS takes that login, with the tier's VLAN, while the guest is here...
    radius_says(&user, &password, true);
    let code_section = format!(
        "//section[h2[normalize-space(.)={}]]/p[1]",
        lit(&en("checkin-welcome-code", &[]))
    );
    let code = k.find(&code_section).await.text().await.unwrap();
    k.click(&button(&en("action-done", &[]))).await;

    // ...and refuses it once they have checked out.
    k.click(&button(&en("home-check-out", &[]))).await;
    k.type_into(&textbox(&en("checkout-code", &[])), &code)
        .await;
    k.click(&button(&en("home-check-out", &[]))).await;
    k.find(&heading(&en(
        "checkout-done-title",
        &[("name", "Grace".into())],
    )))
    .await;
    radius_says(&user, &password, false);
    k.click(&button(&en("action-done", &[]))).await;

    // Staff see the network in line, and no pass in force.
    k.staff_sign_in().await;
    k.find(&heading(&en("staff-wifi-title", &[]))).await;
    k.find(&with_text(&en("staff-wifi-active", &[("count", 0.into())])))
        .await;
    k.js("document.getElementById('wifi-staff-title').scrollIntoView(); return 1;")
        .await;
    k.screenshot("staff-wifi").await;
    let audit = k.sql("SELECT group_concat(action || ' ' || details, char(10)) FROM audit_log WHERE action LIKE 'wifi-%'");
    assert!(
        audit.contains("wifi-pass-issue") && audit.contains("\"how\":\"checkout\""),
        "{audit}"
    );
    assert!(!audit.contains(&password), "no password in the audit log");
    k.close().await;
}

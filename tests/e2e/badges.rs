//! Badges through the real PC/SC stack: pcscd with the vpcd driver and the project's virtual
//! card (tests/pcsc/vcard.rs). Staff enroll a member's card, the member taps at home and is
//! greeted and checked in, reassigning needs a confirmation, a random UID and a revoked card
//! are refused.

use crate::harness::*;
use crate::vcard::{self, VirtualCard, ATR_MIFARE_CLASSIC_1K, PORT_0};
use std::process::Command;
use std::sync::Once;

/// Starts pcscd with vpcd once for this test binary (`make test` stops it by its PID after).
fn pcscd() {
    static START: Once = Once::new();
    START.call_once(|| {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/pcsc/virtual-reader.sh"
        );
        let out = Command::new(script)
            .arg("start")
            .output()
            .expect("virtual-reader.sh");
        assert!(
            out.status.success(),
            "pcscd with vpcd did not start: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    });
}

const JONAS_CARD: [u8; 7] = [0x04, 0xA2, 0x3B, 0x5C, 0x6D, 0x7E, 0x80];

/// Holds the card on the reader until the screen shows `xpath`, then takes it away.
async fn tap_until(k: &Kiosk, uid: &[u8], xpath: &str) {
    let card = vcard::tap(
        PORT_0,
        VirtualCard::new(uid).with_atr(&ATR_MIFARE_CLASSIC_1K),
    );
    k.find(xpath).await;
    card.remove();
}

async fn find_member(k: &Kiosk, letters: &str, shown: &str) {
    k.type_into(&textbox(&en("staff-badges-search", &[])), letters)
        .await;
    k.click(&button(shown)).await;
    k.find(&heading(&en(
        "staff-badges-member",
        &[("name", shown.into())],
    )))
    .await;
}

/// Staff (signed in) enroll Jonas's card: find him, tap the card, confirm.
async fn enroll_jonas(k: &Kiosk) {
    find_member(k, "jon", "Jonas B.").await;
    k.click(&button(&en("staff-badge-enroll", &[]))).await;
    k.find(&with_text(&en("staff-badge-tap-now", &[]))).await;
    tap_until(k, &JONAS_CARD, &with_text(&card_line("7E80"))).await;
    k.screenshot("badge-enroll").await;
    k.click(&button(&en("staff-badge-confirm", &[]))).await;
    k.find(&with_text(&en(
        "staff-badge-enrolled",
        &[("uid", "••••••••••7E80".into())],
    )))
    .await;
}

/// Signed-in staff make the card on the reader their own badge.
async fn enroll_own_badge(k: &Kiosk, card: &[u8]) {
    k.click(&button(&en("staff-badge-self", &[]))).await;
    tap_until(k, card, &button(&en("staff-badge-self-confirm", &[]))).await;
    k.click(&button(&en("staff-badge-self-confirm", &[]))).await;
    k.find(&with_text(&en("staff-badge-self-done", &[]))).await;
}

fn card_line(uid_end: &str) -> String {
    en(
        "staff-badge-card",
        &[
            ("uid", format!("••••••••••{uid_end}").into()),
            (
                "type",
                en(
                    "staff-badge-card-type",
                    &[("type", "mifare-classic-1k".into())],
                )
                .into(),
            ),
        ],
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_enroll_a_badge_the_member_taps_in_and_reassigning_and_revoking_are_guarded() {
    pcscd();
    let k = Kiosk::seeded().await;
    k.staff_sign_in().await;
    // A newcomer who is not in the member list yet is added on the spot.
    k.click(&button(&en("staff-member-add", &[]))).await;
    k.type_into(&textbox(&en("field-name", &[])), "Nia Newcomer")
        .await;
    k.click(&button(&en("staff-member-add-confirm", &[]))).await;
    k.find(&heading(&en(
        "staff-badges-member",
        &[("name", "Nia N.".into())],
    )))
    .await;
    enroll_jonas(&k).await;

    // A phone's random UID cannot be enrolled.
    k.click(&button(&en("staff-badge-enroll", &[]))).await;
    tap_until(
        &k,
        &[0x08, 0x12, 0x34, 0x56],
        &alert(&en("error-badge-random-uid", &[])),
    )
    .await;
    k.click(&button(&en("staff-badge-cancel", &[]))).await;

    // Jonas taps at the home screen: greeted by name and checked in for the day.
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&button(&en("home-check-in", &[]))).await;
    tap_until(
        &k,
        &JONAS_CARD,
        &heading(&en("member-hello", &[("name", "Jonas".into())])),
    )
    .await;
    k.find(&with_text(&en("member-checked-in", &[]))).await;
    k.screenshot("badge-member-greeted").await;
    assert_eq!(
        k.sql("SELECT member_id FROM attendance"),
        "M-1002",
        "the tap checked Jonas in"
    );
    k.click(&button(&en("action-cancel", &[]))).await;

    // The same card for Amira: refused without a confirmation, then reassigned with one.
    k.staff_sign_in().await;
    // Staff see who tapped in today.
    k.find(&format!(
        "//section[h2[normalize-space(.)={}]]//li[normalize-space(.)='Jonas Becker']",
        lit(&en("staff-members-today-title", &[]))
    ))
    .await;
    find_member(&k, "ami", "Amira H.").await;
    k.click(&button(&en("staff-badge-enroll", &[]))).await;
    tap_until(&k, &JONAS_CARD, &with_text(&card_line("7E80"))).await;
    k.find(&with_text(&en(
        "staff-badge-owner",
        &[("name", "Jonas B.".into())],
    )))
    .await;
    let refused = k
        .invoke(
            "staff_badge_enroll",
            serde_json::json!({ "request": { "member_id": "M-1001", "groups": [],
                "valid_from": null, "valid_to": null, "reassign": false } }),
        )
        .await;
    assert!(refused.contains("badge-taken"), "{refused}");
    k.click(&button(&en(
        "staff-badge-reassign",
        &[("name", "Amira H.".into())],
    )))
    .await;
    k.find(&with_text(&en(
        "staff-badge-enrolled",
        &[("uid", "••••••••••7E80".into())],
    )))
    .await;
    assert_eq!(
        k.sql("SELECT member_id FROM badges WHERE revoked_at IS NULL"),
        "M-1001"
    );

    // Revoked: refused at the home screen.
    k.click(&button(&en("staff-badge-revoke", &[]))).await;
    k.find(&with_text(&en("staff-badge-revoked", &[]))).await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&button(&en("home-check-in", &[]))).await;
    tap_until(
        &k,
        &JONAS_CARD,
        &with_text(&en("badge-refused", &[("reason", "revoked".into())])),
    )
    .await;
    let csv = k.cli(&["badges", "export", "--format", "csv"]);
    assert!(
        csv.contains("04A23B5C6D7E80,M-1001,Amira Haddad,main-door meeting-rooms,2026-"),
        "{csv}"
    );
    assert!(csv.contains(",revoked,mifare-classic-1k"), "{csv}");
}

/// A keyboard-wedge reader "types" the UID: the member is greeted; the same keys typed into a
/// form field stay in the field.
#[tokio::test(flavor = "multi_thread")]
async fn a_keyboard_wedge_reader_identifies_a_member_without_taking_a_visitors_typing() {
    let k = Kiosk::launch(Options {
        seed: true,
        config: Some("[badges]\nkeyboard_wedge = true\n"),
        ..Options::default()
    })
    .await;
    // Enrolled through lobby-core on the kiosk's own database, as staff would.
    {
        use lobby_core::badges::{self, EnrollRequest};
        use lobby_core::reader::{CardType, Uid};
        // With the kiosk's site key, as every writer opens it (the audit chain stays keyed).
        let data = k.data_dir();
        let store = lobby_core::sealing::open_keyed(&data, &data.with_extension("key"))
            .await
            .unwrap();
        let config = lobby_core::Config::parse("[badges]\nkeyboard_wedge = true\n", None).unwrap();
        let request = EnrollRequest {
            member_id: "M-1002".into(),
            ..Default::default()
        };
        let uid = Uid::new(JONAS_CARD.to_vec()).unwrap();
        badges::enroll(
            &store,
            chrono::Utc::now(),
            &config,
            1,
            &uid,
            CardType::Unknown,
            &request,
        )
        .await
        .unwrap();
        store.close().await;
    }
    // Into a form field: the visitor's typing stays there.
    k.click(&button(&en("home-check-in", &[]))).await;
    k.click(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_into(&textbox(&en("field-name", &[])), "04A23B5C6D7E80\n")
        .await;
    assert_eq!(
        k.value_of(&textbox(&en("field-name", &[]))).await,
        "04A23B5C6D7E80"
    );
    k.click(&button(&en("action-cancel", &[]))).await;
    // At the home screen, nothing focused: the reader's burst is a tap.
    k.find(&button(&en("home-check-in", &[]))).await;
    k.js("document.activeElement && document.activeElement.blur()")
        .await;
    k.c.active_element()
        .await
        .unwrap()
        .send_keys("04A23B5C6D7E80\u{E007}")
        .await
        .unwrap();
    k.find(&heading(&en("member-hello", &[("name", "Jonas".into())])))
        .await;
}

/// Staff set up their own badge; then a tap and the PIN sign them in without the code.
#[tokio::test(flavor = "multi_thread")]
async fn a_staff_badge_tap_is_the_second_factor_with_the_pin() {
    use lobby_core::demo::{DEMO_STAFF_NAME, DEMO_STAFF_PIN};
    pcscd();
    let k = Kiosk::seeded().await;
    const STAFF_CARD: [u8; 7] = [0x04, 0x5A, 0xF0, 0x00, 0x00, 0x12, 0x34];
    k.staff_sign_in().await;
    enroll_own_badge(&k, &STAFF_CARD).await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&button(&en("home-check-in", &[]))).await;
    // At home, the staff badge opens sign-in and stands in for the code.
    tap_until(
        &k,
        &STAFF_CARD,
        &with_text(&en("staff-signin-badge-read", &[])),
    )
    .await;
    k.type_into(&textbox(&en("staff-signin-pin", &[])), DEMO_STAFF_PIN)
        .await;
    k.click(&button(&en("action-sign-in", &[]))).await;
    k.find(&heading(&en(
        "staff-home-title",
        &[("name", DEMO_STAFF_NAME.into())],
    )))
    .await;
    assert_eq!(
        k.sql("SELECT json_extract(details, '$.factor') FROM audit_log WHERE action = 'staff-sign-in' ORDER BY seq DESC LIMIT 1"),
        "badge"
    );
}

/// A member reports their badge lost at the kiosk, naming themselves with their e-mail address
/// on record: the badge is blocked at once, and the card is refused at the reader after.
#[tokio::test(flavor = "multi_thread")]
async fn a_lost_badge_reported_at_the_kiosk_is_blocked_at_once() {
    pcscd();
    let k = Kiosk::seeded().await;
    k.staff_sign_in().await;
    enroll_jonas(&k).await;
    k.click(&button(&en("action-sign-out", &[]))).await;

    k.click(&button(&en("home-report", &[]))).await;
    k.click(&format!(
        "//button[span[normalize-space(.)={}]]",
        lit(&en("report-kind", &[("kind", "lost-badge".into())]))
    ))
    .await;
    k.type_into(&textbox(&en("report-member-search", &[])), "jon")
        .await;
    k.click(&button("Jonas B.")).await;
    k.type_into(
        &textbox(&en("report-member-email", &[])),
        "Jonas@Example.org",
    )
    .await;
    k.click(&button(&en("report-send", &[]))).await;
    k.find(&with_text(&en(
        "report-thanks-badge",
        &[("count", 1.into())],
    )))
    .await;
    k.screenshot("report-lost-badge").await;
    assert_eq!(
        k.sql("SELECT revoked_reason FROM badges WHERE member_id = 'M-1002'"),
        "lost"
    );
    assert_eq!(
        k.sql("SELECT subject FROM audit_log WHERE action = 'badge-suspend'"),
        "member:M-1002"
    );
    k.click(&button(&en("action-done", &[]))).await;
    // Jonas is told why his card stopped.
    tap_until(
        &k,
        &JONAS_CARD,
        &with_text(&en("badge-refused", &[("reason", "suspended".into())])),
    )
    .await;
    let listed = k.cli(&["incidents", "list"]);
    assert!(
        listed.contains("lost-badge") && listed.contains("Jonas Becker"),
        "{listed}"
    );
    // He still has it: staff see the suspended card and restore it with one tap.
    k.staff_sign_in().await;
    let restore = button(&en(
        "staff-badge-restore-person",
        &[("name", "Jonas Becker".into())],
    ));
    k.find(&restore).await;
    k.js("document.getElementById('suspended-title').scrollIntoView({ block: 'center' })")
        .await;
    k.screenshot("staff-badge-restore").await;
    k.tap_on(&restore).await;
    k.find(&with_text(&en(
        "staff-badge-restored",
        &[
            ("name", "Jonas Becker".into()),
            ("uid", "••••••••••7E80".into()),
        ],
    )))
    .await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    tap_until(
        &k,
        &JONAS_CARD,
        &heading(&en("member-hello", &[("name", "Jonas".into())])),
    )
    .await;
    assert_eq!(
        k.sql("SELECT actor FROM audit_log WHERE action = 'badge-restore'"),
        "staff:1"
    );
    k.close().await;
}

/// Issue 20: with a keyboard-wedge reader on, anyone at a USB keyboard (or calling the public
/// `badge_wedge` command) can type a staff badge's number. A typed UID identifies a member at
/// most: it never stands in for the authenticator code, and staff never enroll a typed number.
#[tokio::test(flavor = "multi_thread")]
async fn a_typed_uid_is_never_a_staff_factor_and_never_enrolled() {
    use lobby_core::demo::DEMO_STAFF_PIN;
    pcscd();
    let k = Kiosk::launch(Options {
        seed: true,
        config: Some("[badges]\nkeyboard_wedge = true\n"),
        ..Options::default()
    })
    .await;
    const STAFF_CARD: [u8; 7] = [0x04, 0x5A, 0xF0, 0x00, 0x00, 0x56, 0x78];
    const STAFF_HEX: &str = "045AF000005678";
    let type_at_screen = |keys: String| {
        let k = &k;
        async move {
            k.js("document.activeElement && document.activeElement.blur()")
                .await;
            k.c.active_element()
                .await
                .unwrap()
                .send_keys(&keys)
                .await
                .unwrap();
        }
    };
    // The staff member's own badge, from the reader.
    k.staff_sign_in().await;
    enroll_own_badge(&k, &STAFF_CARD).await;

    // Enrolling for Jonas, a typed number is refused and said so; nothing is enrolled.
    find_member(&k, "jon", "Jonas B.").await;
    k.click(&button(&en("staff-badge-enroll", &[]))).await;
    k.find(&with_text(&en("staff-badge-tap-now", &[]))).await;
    type_at_screen("04A23B5C6D7E80\u{E007}".to_string()).await;
    k.find(&alert(&en("badge-refused", &[("reason", "typed".into())])))
        .await;
    k.screenshot("badge-enroll-typed").await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM badges"), "0");
    k.click(&button(&en("staff-badge-cancel", &[]))).await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&button(&en("home-check-in", &[]))).await;

    // At home, the staff badge's number typed: nobody's card, no sign-in with the PIN alone.
    type_at_screen(format!("{STAFF_HEX}\u{E007}")).await;
    k.find(&with_text(&en(
        "badge-refused",
        &[("reason", "unknown".into())],
    )))
    .await;
    let r = k
        .invoke("badge_wedge", serde_json::json!({ "uid": STAFF_HEX }))
        .await;
    assert!(r.starts_with("ok:"), "{r}");
    let r = k
        .invoke(
            "staff_sign_in",
            serde_json::json!({ "request": { "staff_id": null, "pin": DEMO_STAFF_PIN, "code": "" } }),
        )
        .await;
    assert!(r.contains("sign-in-failed"), "{r}");
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'staff-sign-in' AND json_extract(details, '$.factor') = 'badge'"),
        "0",
        "no sign-in with a badge as the second factor"
    );
    // The same card on the reader is still the second factor.
    tap_until(
        &k,
        &STAFF_CARD,
        &with_text(&en("staff-signin-badge-read", &[])),
    )
    .await;
    k.close().await;
}

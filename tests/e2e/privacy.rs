//! Issue 23 at the glass, by taps: a visitor asks to be remembered, comes back in another
//! language and is not asked to sign again, then has the kiosk forget them; a visitor on the
//! deny list waits on a neutral screen until staff let them in or turn them away.

use crate::harness::*;

const EMAIL: &str = "zoe.quill@example.org";

fn fr(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    text("fr", id, args)
}

fn de(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    text("de", id, args)
}

/// A checkbox by the text of its label, tapped where a finger would: on the label.
fn check_label(label: &str) -> String {
    format!(
        "//label[input[@type='checkbox']][normalize-space(.)={}]",
        lit(label)
    )
}

/// Opens "I have been here before" in `lang` and types the address on the on-screen keyboard.
async fn find_me(k: &Kiosk, lang: &str, email: &str) {
    let t = |id: &str| text(lang, id, &[]);
    k.tap_on(&button(&t("home-check-in"))).await;
    k.tap_on(&button(&t("checkin-returning"))).await;
    k.find(&heading(&t("checkin-returning-title"))).await;
    k.type_keys(email).await;
    k.tap_on(&button(&t("checkin-returning-find"))).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_remembered_in_french_returns_in_german_without_signing_again_then_is_forgotten()
{
    let k = Kiosk::seeded().await;
    // First visit, in French, as a contractor (who signs the Code of Conduct). Contractors give
    // no address on the demo site; ticking "Remember me" asks for one.
    k.tap_on(&button(&fr("language-name", &[]))).await;
    k.tap_on(&button(&fr("home-check-in", &[]))).await;
    k.tap_on(&button(&fr("visit-kind", &[("kind", "contractor".into())])))
        .await;
    k.type_keys("Zoë Quill").await;
    k.tap_type(&textbox(&fr("field-phone", &[])), "+49 30 5550199")
        .await;
    k.tap_type(&textbox(&fr("field-company", &[])), "Quillworks")
        .await;
    k.tap_type(&textbox(&fr("field-purpose", &[])), "Valves")
        .await;
    assert!(
        k.c.find(fantoccini::Locator::XPath(&textbox(&fr(
            "field-email",
            &[]
        ))))
        .await
        .is_err(),
        "no address is asked before the box is ticked"
    );
    k.tap_on(&check_label(&fr("checkin-remember", &[]))).await;
    k.tap_type(&textbox(&fr("field-email", &[])), "Zoe.Quill@Example.org")
        .await;
    k.screenshot("remember-me-fr").await;
    k.tap_on(&button(&fr("action-continue", &[]))).await;
    k.tap_type(&textbox(&fr("checkin-host-search", &[])), "am")
        .await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&fr("checkin-privacy-accept", &[]))).await;
    k.sign_policy("fr").await;
    k.find(&heading(&fr(
        "checkin-welcome-title",
        &[("name", "Zoë".into())],
    )))
    .await;
    assert_eq!(
        k.sql("SELECT name || '|' || email_key || '|' || language FROM visitor_profiles"),
        format!("Zoë Quill|{EMAIL}|fr")
    );
    k.tap_on(&button(&fr("action-done", &[]))).await;

    // An address that is not theirs (one letter off) says only that it was not found. (The
    // keyboard's Enter key looks it up, as "Find me" does.)
    k.tap_on(&button(&de("language-name", &[]))).await;
    k.tap_on(&button(&de("home-check-in", &[]))).await;
    k.tap_on(&button(&de("checkin-returning", &[]))).await;
    k.type_keys("zoe.quil@example.org").await;
    k.tap_key("{enter}").await;
    k.find(&alert(&de("error-profile-not-found", &[]))).await;
    k.tap_on(&button(&de("action-cancel", &[]))).await;

    // Back, in German: the whole address (in capitals) finds them; the form is filled in.
    k.tap_on(&button(&de("language-name", &[]))).await;
    find_me(&k, "de", "ZOE.QUILL@EXAMPLE.ORG").await;
    k.find(&heading(&de("checkin-returning-found-title", &[])))
        .await;
    k.find(&with_text("Zoë Quill")).await;
    k.find(&with_text("Z•••@E•••.org")).await;
    k.screenshot("returning-is-this-you-de").await;
    k.tap_on(&button(&de("checkin-returning-yes", &[]))).await;
    k.find(&heading(&de("checkin-details-title", &[]))).await;
    assert_eq!(
        k.value_of(&textbox(&de("field-name", &[]))).await,
        "Zoë Quill"
    );
    assert_eq!(
        k.value_of(&textbox(&de("field-company", &[]))).await,
        "Quillworks"
    );
    k.tap_type(&textbox(&de("field-purpose", &[])), "Ventile")
        .await;
    k.tap_on(&button(&de("action-continue", &[]))).await;
    k.tap_type(&textbox(&de("checkin-host-search", &[])), "am")
        .await;
    k.tap_on(&button("Amira H.")).await;
    // The Code of Conduct in force was signed last time: the welcome screen follows the
    // privacy notice at once.
    k.tap_on(&button(&de("checkin-privacy-accept", &[]))).await;
    k.find(&heading(&de(
        "checkin-welcome-title",
        &[("name", "Zoë".into())],
    )))
    .await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "2");
    assert_eq!(k.sql("SELECT COUNT(*) FROM acceptances"), "1");
    assert_eq!(
        k.sql("SELECT language FROM visits ORDER BY id DESC LIMIT 1"),
        "de"
    );
    k.tap_on(&button(&de("action-done", &[]))).await;

    // "Forget me": the profile goes at once; the address then finds nothing.
    k.tap_on(&button(&de("language-name", &[]))).await;
    find_me(&k, "de", EMAIL).await;
    k.tap_on(&button(&de("checkin-returning-forget", &[])))
        .await;
    k.find(&with_text(&de("checkin-returning-forgotten", &[])))
        .await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM visitor_profiles"), "0");
    k.tap_on(&button(&de("checkin-returning", &[]))).await;
    k.type_keys(EMAIL).await;
    k.tap_on(&button(&de("checkin-returning-find", &[]))).await;
    k.find(&alert(&de("error-profile-not-found", &[]))).await;
    // The chain says what happened, by profile id only.
    assert_eq!(
        k.sql("SELECT group_concat(action || ' ' || subject, ', ') FROM audit_log WHERE action LIKE 'profile-%'"),
        "profile-remember profile:1, profile-forget profile:1"
    );
    k.close().await;
}

fn es(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    text("es", id, args)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_on_the_deny_list_waits_until_staff_let_one_in_and_turn_another_away() {
    use lobby_core::demo::{DEMO_STAFF_NAME, DEMO_STAFF_PIN};
    let k = Kiosk::seeded().await;
    let added = k.cli(&[
        "deny",
        "add",
        "--name",
        "Mallory Banned",
        "--alias",
        "M. Banned",
        "--reason",
        "Harassed members in March",
    ]);
    assert!(!added.is_empty(), "{added}");

    // In Spanish, by taps, with the name in lower case: the same person.
    k.tap_on(&button(&es("language-name", &[]))).await;
    k.tap_on(&button(&es("home-check-in", &[]))).await;
    k.tap_on(&button(&es("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys("mallory banned").await;
    k.tap_on(&button(&es("action-continue", &[]))).await;
    k.tap_type(&textbox(&es("checkin-host-search", &[])), "am")
        .await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&es("checkin-privacy-accept", &[]))).await;
    k.sign_policy("es").await;
    // A neutral screen: nothing says why, nothing is a visit, nobody is told, no Wi-Fi.
    k.find(&heading(&es("checkin-wait-title", &[]))).await;
    k.screenshot("deny-list-wait-es").await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "0");
    assert_eq!(k.sql("SELECT COUNT(*) FROM outbox"), "0");
    assert_eq!(k.sql("SELECT COUNT(*) FROM wifi_passes"), "0");
    assert_eq!(k.sql("SELECT COUNT(*) FROM acceptances"), "0");
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM approvals WHERE decided_at IS NULL AND request IS NOT NULL"),
        "1"
    );

    // Staff come to the kiosk, sign in from that screen, and let her in: her welcome screen,
    // in Spanish, and only now the visit, the signature and the host's message.
    k.tap_on(&button(&es("checkin-wait-staff", &[]))).await;
    let code = k.next_totp_code();
    k.type_into(&textbox(&es("staff-signin-pin", &[])), DEMO_STAFF_PIN)
        .await;
    k.type_into(&textbox(&es("staff-signin-code", &[])), &code)
        .await;
    k.tap_on(&button(&es("action-sign-in", &[]))).await;
    k.find(&heading(&es(
        "staff-home-title",
        &[("name", DEMO_STAFF_NAME.into())],
    )))
    .await;
    k.find(&heading(&es("staff-approvals-title", &[]))).await;
    k.find(&with_text(&es(
        "staff-approvals-reason",
        &[("reason", "Harassed members in March".into())],
    )))
    .await;
    k.screenshot("deny-list-staff-es").await;
    k.tap_on(&button(&es("staff-approvals-approve", &[]))).await;
    k.find(&heading(&es(
        "checkin-welcome-title",
        &[("name", "mallory".into())],
    )))
    .await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "1");
    assert_eq!(k.sql("SELECT COUNT(*) FROM acceptances"), "1");
    assert_eq!(
        k.sql("SELECT outcome || '|' || ifnull(request, 'none') || '|' || name || '|' || visit_id FROM approvals"),
        "approved|none||1"
    );
    assert_eq!(
        k.sql("SELECT actor FROM audit_log WHERE action = 'approval-approve'"),
        "staff:1"
    );
    // The kiosk went back to the visitor: staff are signed out.
    let current = k.invoke("staff_current", serde_json::json!({})).await;
    assert_eq!(current, "ok:null");
    k.tap_on(&button(&es("action-done", &[]))).await;

    // Her alias, another day: held again, and this time turned away.
    let held = k
        .invoke(
            "check_in",
            serde_json::json!({ "request": {
                "kind": "delivery", "name": "M. Banned", "company": "Parcelo",
                "host_id": "M-1001", "privacy_accepted": true, "off_limits_acknowledged": false,
                "lead_consent": false, "language": "en-US"
            }}),
        )
        .await;
    assert!(held.contains("approval-needed"), "{held}");
    k.tap_on(&button(&text("en-US", "language-name", &[])))
        .await;
    k.staff_sign_in().await;
    k.find(&with_text("M. Banned")).await;
    k.tap_on(&button(&en("staff-approvals-deny", &[]))).await;
    k.find(&with_text(&en("staff-approvals-denied", &[]))).await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "1");
    assert_eq!(
        k.sql("SELECT outcome || '|' || ifnull(request, 'none') || '|' || name FROM approvals WHERE id = 2"),
        "denied|none|"
    );
    assert_eq!(
        k.sql("SELECT actor FROM audit_log WHERE action = 'approval-deny'"),
        "staff:1"
    );
    k.close().await;
}

/// In portrait, by taps alone: an Arabic visitor finds their profile on the keyboard's e-mail
/// layout and sees "Is this you?"; a German one ticks "Remember me" and the address field
/// appears and takes the address from the keyboard.
#[tokio::test(flavor = "multi_thread")]
async fn in_portrait_a_returning_visitor_in_arabic_and_a_remembered_one_in_german_use_only_taps() {
    let screen = Screen::start(800, 1280);
    let k = Kiosk::launch(Options {
        seed: true,
        env: vec![("DISPLAY", screen.display.clone())],
        ..Options::default()
    })
    .await;
    let remembered = k
        .invoke(
            "check_in",
            serde_json::json!({ "request": {
                "kind": "delivery", "name": "ليلى حداد", "company": "شركة النور",
                "email": "layla@example.org", "host_id": "M-1001", "privacy_accepted": true,
                "off_limits_acknowledged": false, "lead_consent": false, "language": "ar",
                "remember_me": true
            }}),
        )
        .await;
    assert!(remembered.starts_with("ok:"), "{remembered}");
    let ar = |id: &str| text("ar", id, &[]);
    k.tap_on(&button(&ar("language-name"))).await;
    find_me(&k, "ar", "layla@example.org").await;
    k.find(&heading(&ar("checkin-returning-found-title"))).await;
    k.find(&with_text("ليلى حداد")).await;
    k.screenshot("returning-ar-portrait").await;
    k.tap_on(&button(&ar("checkin-returning-yes"))).await;
    k.find(&heading(&ar("checkin-details-title"))).await;
    assert_eq!(
        k.value_of(&textbox(&ar("field-company"))).await,
        "شركة النور"
    );
    k.tap_on(&button(&ar("action-cancel"))).await;

    k.tap_on(&button(&de("language-name", &[]))).await;
    k.tap_on(&button(&de("home-check-in", &[]))).await;
    k.tap_on(&button(&de("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys("Jonas Berg").await;
    k.tap_on(&check_label(&de("checkin-remember", &[]))).await;
    k.tap_type(&textbox(&de("field-email", &[])), "jonas@example.de")
        .await;
    k.screenshot("remember-me-de-portrait").await;
    k.tap_on(&button(&de("action-continue", &[]))).await;
    k.find(&heading(&de("checkin-host-title", &[]))).await;
    k.close().await;
    drop(screen);
}

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

    // An address that is not theirs (one letter off) says only that it was not found.
    k.tap_on(&button(&de("language-name", &[]))).await;
    find_me(&k, "de", "zoe.quil@example.org").await;
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

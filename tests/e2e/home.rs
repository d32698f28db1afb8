use crate::harness::*;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn home_opens_in_english_with_every_language_in_its_own_name() {
    let k = Kiosk::launch(Options::default()).await;
    k.find(&heading(&en(
        "home-welcome",
        &[("site", "Lobby Demo Space".into())],
    )))
    .await;
    for lang in lobby_core::config::SHIPPED_LANGUAGES {
        let own_name = text(lang, "language-name", &[]);
        let b = k.find(&button(&own_name)).await;
        assert_eq!(b.attr("lang").await.unwrap().as_deref(), Some(lang));
    }
    assert_eq!(k.js("return document.documentElement.lang").await, "en-US");
    assert_eq!(k.js("return document.documentElement.dir").await, "ltr");
    k.screenshot("home-en-US").await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_shows_arabic_text_right_to_left() {
    let k = Kiosk::launch(Options::default()).await;
    k.click(&button(&text("ar", "language-name", &[]))).await;
    let welcome = text("ar", "home-welcome", &[("site", "Lobby Demo Space".into())]);
    assert!(
        welcome
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{welcome}"
    );
    let h1 = k.find(&heading(&welcome)).await;
    assert_eq!(k.js("return document.documentElement.dir").await, "rtl");
    assert_eq!(k.js("return document.documentElement.lang").await, "ar");
    let direction =
        k.c.execute(
            "return getComputedStyle(arguments[0]).direction",
            vec![serde_json::to_value(&h1).unwrap()],
        )
        .await
        .unwrap();
    assert_eq!(direction, "rtl");
    // The staff entry moved to the other side: in RTL the start is on the right.
    let staff = k.find(&button(&text("ar", "home-staff", &[]))).await;
    let (x, _, w, _) = staff.rectangle().await.unwrap();
    let width = k.js("return window.innerWidth").await.as_f64().unwrap();
    assert!(
        x + w / 2.0 < width / 2.0,
        "in Arabic the staff entry sits at the far (left) end"
    );
    // Safety pictograms show a physical direction: never mirrored in right to left.
    let exit = k.find("//img[contains(@src, 'E001')]").await;
    let transform =
        k.c.execute(
            "return getComputedStyle(arguments[0]).transform",
            vec![serde_json::to_value(&exit).unwrap()],
        )
        .await
        .unwrap();
    assert_eq!(transform, "none");
    k.screenshot("home-ar").await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_idle_timer_returns_home_and_clears_a_half_filled_field() {
    let k = Kiosk::launch(Options {
        config: Some("[kiosk]\nidle_timeout_seconds = 10\n"),
        ..Options::default()
    })
    .await;
    // A visitor picks German, starts typing, and walks away.
    k.click(&button(&text("de", "language-name", &[]))).await;
    k.click(&button(&text("de", "home-staff", &[]))).await;
    let pin = textbox(&text("de", "staff-signin-pin", &[]));
    k.type_into(&pin, "1357").await;
    assert_eq!(k.value_of(&pin).await, "1357");
    // Home again, in the default language, within the timeout (plus slack for a slow machine).
    k.find_within(&button(&en("home-staff", &[])), Duration::from_secs(25))
        .await;
    assert_eq!(k.js("return document.documentElement.lang").await, "en-US");
    k.click(&button(&en("home-staff", &[]))).await;
    assert_eq!(k.value_of(&textbox(&en("staff-signin-pin", &[]))).await, "");
    k.close().await;
}

/// Issue 25: before the idle timer starts a screen over, it asks "Still there?"; a tap keeps
/// the visitor where they were, with what they typed.
#[tokio::test(flavor = "multi_thread")]
async fn a_visitor_is_asked_if_they_are_still_there_before_the_screen_starts_over() {
    let k = Kiosk::launch(Options {
        config: Some("[kiosk]\nidle_timeout_seconds = 10\n"),
        ..Options::default()
    })
    .await;
    k.tap_on(&button(&text("de", "language-name", &[]))).await;
    k.tap_on(&button(&text("de", "home-check-in", &[]))).await;
    k.tap_on(&button(&text(
        "de",
        "visit-kind",
        &[("kind", "guest".into())],
    )))
    .await;
    let name = textbox(&text("de", "field-name", &[]));
    k.tap_type(&name, "Zoe").await;
    // Halfway through a 10-second timeout (10 s before it, for longer ones), in German.
    let still_here = button(&text("de", "idle-still-here", &[]));
    k.find_within(&still_here, Duration::from_secs(15)).await;
    k.find(&with_text(&text("de", "idle-still-there", &[])))
        .await;
    k.axe("the still-there notice").await;
    k.tap_on(&still_here).await;
    assert!(k
        .c
        .find(fantoccini::Locator::XPath(&still_here))
        .await
        .is_err());
    assert_eq!(k.value_of(&name).await, "Zoe");
    // Unanswered, it comes again and the screen starts over.
    k.find_within(&still_here, Duration::from_secs(15)).await;
    k.find_within(&button(&en("home-staff", &[])), Duration::from_secs(15))
        .await;
    k.close().await;
}

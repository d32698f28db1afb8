//! Safety signage, the after-hours home screen, emergency mode and security-concern reports,
//! through the real app: the clock injected with LOBBY_TEST_CLOCK, emergency mode started from
//! the command line while the kiosk runs, the app killed with SIGKILL and started again.

use crate::harness::*;
use fantoccini::Locator;
use lobby_core::config::{Config, SHIPPED_LANGUAGES};
use serde_json::json;
use std::time::Duration;

fn site() -> String {
    Config::demo().site_name
}

/// The signage card shows this notice now.
fn notice(id: &str) -> String {
    format!("//section[@data-notice={}]", lit(id))
}

fn guest_request() -> serde_json::Value {
    json!({ "request": {
        "kind": "guest", "name": "Eve Evening", "company": null, "email": null, "phone": null,
        "purpose": null, "host_id": "M-1001", "guide_id": null, "privacy_accepted": true,
        "off_limits_acknowledged": false, "lead_consent": false, "language": "en-US",
        "code_of_conduct": null } })
}

#[tokio::test(flavor = "multi_thread")]
async fn after_closing_the_home_screen_says_so_and_shows_the_after_hours_notice() {
    // Friday 21:00 in Berlin: the demo site closed at 20:00.
    let k = Kiosk::launch(Options {
        seed: true,
        env: vec![("LOBBY_TEST_CLOCK", "2026-11-27T21:00:00+01:00".into())],
        ..Options::default()
    })
    .await;
    k.find(&heading(&en(
        "home-closed-title",
        &[("site", site().into())],
    )))
    .await;
    k.find(&with_text(&en("home-closed-members", &[]))).await;
    // Friday 21:00: the site opens tomorrow, and home says so (not "Saturday").
    let page = k.js("return document.body.innerText").await;
    let page: String = page
        .as_str()
        .unwrap()
        .chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect();
    assert!(page.contains("We open again tomorrow at 10:00"), "{page}");
    // The desk is closed: home does not send people to it (issue 25), it says whom to call.
    assert!(!page.contains(&en("home-desk-help", &[])), "{page}");
    let security = lobby_core::Config::demo().emergency.site_security;
    assert!(
        page.contains(&en(
            "home-closed-visitors",
            &[("security", security.into())]
        )),
        "{page}"
    );
    // Only contractors may check in after hours, and there is no tour.
    k.find(&button(&en("home-closed-check-in", &[]))).await;
    assert!(k
        .c
        .find(Locator::XPath(&button(&en("home-tour", &[]))))
        .await
        .is_err());
    let options = k
        .invoke("check_in_options", json!({ "language": "en-US" }))
        .await;
    assert!(
        options.contains("\"kind\":\"contractor\"") && !options.contains("\"kind\":\"guest\""),
        "{options}"
    );
    // The rule is Rust's: a guest check-in sent anyway is refused and nothing is saved.
    let refused = k.invoke("check_in", guest_request()).await;
    assert!(refused.contains("visit-type-unavailable"), "{refused}");
    assert_eq!(k.sql("SELECT COUNT(*) FROM visits"), "0");

    // The after-hours notice is in the rotation; stepping through pauses it.
    k.find(&notice("exits")).await;
    let mut found = false;
    for _ in 0..10 {
        if k.c
            .find(Locator::XPath(&notice("after-hours")))
            .await
            .is_ok()
        {
            found = true;
            break;
        }
        k.click(&button(&en("signage-next", &[]))).await;
    }
    assert!(found, "the after-hours notice is shown after closing");
    k.find(&format!(
        "{}{}",
        notice("after-hours"),
        heading(&en("signage-after-hours-title", &[]))
    ))
    .await;
    k.find(&format!(
        "{}[@aria-pressed='true']",
        button(&en("signage-resume", &[]))
    ))
    .await;
    k.screenshot("home-after-hours").await;
    k.axe("home after hours").await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_after_hours_notice_is_not_shown_while_open() {
    let k = Kiosk::launch(Options {
        seed: true,
        env: vec![("LOBBY_TEST_CLOCK", "2026-11-27T10:00:00+01:00".into())],
        ..Options::default()
    })
    .await;
    k.find(&heading(&en("home-welcome", &[("site", site().into())])))
        .await;
    let frame = k.invoke("signage_frame", json!({})).await;
    assert!(frame.contains("\"open\":true"), "{frame}");
    assert!(
        frame.contains("\"id\":\"exits\"") && !frame.contains("\"id\":\"after-hours\""),
        "{frame}"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn emergency_mode_from_the_command_line_survives_a_restart_and_only_staff_end_it() {
    let k = Kiosk::seeded().await;
    k.first_backup().await;
    k.find(&heading(&en("home-welcome", &[("site", site().into())])))
        .await;
    // A fire panel's relay runs the command line while the kiosk shows home.
    let out = k.cli(&["emergency", "start", "fire"]);
    assert!(
        out.contains(&en("cli-emergency-started", &[("kind", "fire".into())])),
        "{out}"
    );
    k.find("//*[@role='alertdialog']").await;
    // Every configured language at once, each block marked with its language.
    for lang in SHIPPED_LANGUAGES {
        k.find(&format!(
            "//*[@role='alertdialog']//section[@lang={l}]/h2[normalize-space(translate(., '\u{2068}\u{2069}', ''))={t}]",
            l = lit(lang),
            t = lit(&text(lang, "emergency-title", &[("kind", "fire".into())]))
        ))
        .await;
    }
    k.find(&format!(
        "//*[@role='alertdialog']//img[@alt={}]",
        lit(&en("pictogram-name", &[("code", "E007".into())]))
    ))
    .await;
    k.screenshot("emergency-fire").await;
    k.axe("emergency screen").await;

    // A visitor has no way to end it: no control on screen, and Rust refuses the command.
    assert!(k
        .c
        .find(Locator::XPath(&button(&en("staff-emergency-end", &[]))))
        .await
        .is_err());
    let refused = k.invoke("staff_emergency_end", json!({})).await;
    assert!(refused.contains("staff-session-required"), "{refused}");

    // A power cut: the app is killed and started again; emergency mode is on from the start.
    let k = k.kill_and_relaunch(Options::default()).await;
    k.find(&format!(
        "//*[@role='alertdialog']//section[@lang='en-US']/h2[normalize-space(translate(., '\u{2068}\u{2069}', ''))={}]",
        lit(&en("emergency-title", &[("kind", "fire".into())]))
    ))
    .await;

    // Staff sign in from the emergency screen, see the roll call, and give the all clear.
    k.staff_sign_in_from(&en("emergency-staff", &[])).await;
    k.find(&heading(&en("staff-rollcall-title", &[]))).await;
    k.axe("staff home in an emergency").await;
    // "All clear" asks first (issue 25); Cancel leaves emergency mode on.
    k.tap_on(&button(&en("staff-emergency-end", &[]))).await;
    k.tap_on(&button(&en("action-cancel", &[]))).await;
    k.tap_on(&button(&en("staff-emergency-end", &[]))).await;
    k.tap_on(&button(&en("staff-emergency-end-yes", &[]))).await;
    k.find(&format!(
        "//section[h2[normalize-space(.)={}]]//button[normalize-space(.)={}]",
        lit(&en("staff-emergency-title", &[])),
        lit(&en("staff-emergency-start", &[("kind", "fire".into())]))
    ))
    .await;
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find(&heading(&en("home-welcome", &[("site", site().into())])))
        .await;
    assert!(k
        .c
        .find(Locator::XPath("//*[@role='alertdialog']"))
        .await
        .is_err());

    assert_eq!(
        k.sql("SELECT actor || ' ' || json_extract(details, '$.kind') FROM audit_log WHERE action = 'emergency-start'"),
        "cli fire"
    );
    let ended = k.sql(
        "SELECT actor, json_extract(details, '$.duration_seconds') FROM audit_log WHERE action = 'emergency-end'",
    );
    let (actor, seconds) = ended.split_once('|').unwrap();
    assert!(actor.starts_with("staff:"), "{ended}");
    assert!(seconds.parse::<i64>().unwrap() >= 0, "{ended}");
    assert_eq!(
        k.cli(&["emergency", "status"]).trim(),
        en("cli-emergency-off", &[])
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_start_a_custom_emergency_and_the_screen_shows_their_words() {
    let k = Kiosk::seeded().await;
    k.staff_sign_in().await;
    k.click(&button(&en(
        "staff-emergency-start",
        &[("kind", "custom".into())],
    )))
    .await;
    k.type_into(
        &textbox(&en("staff-emergency-message", &[])),
        "Gas leak: use the back stairs",
    )
    .await;
    // Confirmed with the button of the same name, now alone under the question.
    k.find(&with_text(&en("staff-emergency-confirm", &[])))
        .await;
    k.click(&button(&en(
        "staff-emergency-start",
        &[("kind", "custom".into())],
    )))
    .await;
    k.find(&with_text(&en(
        "staff-emergency-on",
        &[(
            "kind",
            en("staff-emergency-start", &[("kind", "custom".into())]).into(),
        )],
    )))
    .await;
    // Signing out shows the emergency screen with the message.
    k.click(&button(&en("action-sign-out", &[]))).await;
    k.find("//*[@role='alertdialog']//p[normalize-space(.)='Gas leak: use the back stairs']")
        .await;
    assert_eq!(
        k.sql("SELECT kind || ' ' || started_by FROM emergencies WHERE ended_at IS NULL"),
        "custom staff:1"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn anyone_reports_a_concern_and_staff_handle_it_with_the_72_hour_clock() {
    let k = Kiosk::seeded().await;
    k.click(&button(&en("home-report", &[]))).await;
    k.find(&heading(&en("report-title", &[]))).await;
    k.axe("report: what is it about").await;
    k.screenshot("report-kinds").await;
    k.click(&format!(
        "//button[span[normalize-space(.)={}]]",
        lit(&en("report-kind", &[("kind", "phishing".into())]))
    ))
    .await;
    // Nothing typed: the translated message, nothing saved.
    k.click(&button(&en("report-send", &[]))).await;
    k.find(&alert(&en(
        "error-field-required",
        &[("field", "description".into())],
    )))
    .await;
    assert_eq!(k.sql("SELECT COUNT(*) FROM incidents"), "0");
    k.type_into(
        "//textarea[@id='report-description']",
        "A mail asked for my Wi-Fi password and I typed it in",
    )
    .await;
    k.click(&format!(
        "//label[span[normalize-space(.)={}]]/input",
        lit(&en("report-personal-data", &[]))
    ))
    .await;
    k.type_into(&textbox(&en("report-contact", &[])), "sam@example.org")
        .await;
    k.axe("report: the form").await;
    k.screenshot("report-form").await;
    k.click(&button(&en("report-send", &[]))).await;
    k.find(&heading(&en("report-thanks-title", &[]))).await;
    k.find(&with_text(&en(
        "report-thanks-reference",
        &[("id", 1.into())],
    )))
    .await;
    k.axe("report: thank you").await;
    k.click(&button(&en("action-done", &[]))).await;

    let listed = k.cli(&["incidents", "list"]);
    assert!(
        listed.contains("phishing") && listed.contains("sam@example.org"),
        "{listed}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&k.cli(&["incidents", "list", "--format", "json"])).unwrap();
    assert_eq!(json[0]["personal_data"], true);
    assert_eq!(json[0]["status"], "open");

    k.staff_sign_in().await;
    let item = "//li[@data-incident='1']";
    k.find(&format!("{item}//p[@role='note']")).await;
    k.screenshot("staff-incidents").await;
    k.click(&format!(
        "{item}{}",
        button(&en("staff-incident-acknowledge", &[]))
    ))
    .await;
    k.find(&format!(
        "{item}//*[normalize-space(.)={}]",
        lit(&en(
            "staff-incident-status",
            &[("status", "acknowledged".into())]
        ))
    ))
    .await;
    k.click(&format!(
        "{item}{}",
        button(&en("staff-incident-close", &[]))
    ))
    .await;
    k.type_into(
        &format!("{item}//textarea"),
        "Password changed; member told",
    )
    .await;
    k.click(&format!(
        "{item}{}",
        button(&en("staff-incident-close", &[]))
    ))
    .await;
    k.find(&with_text(&en("staff-incidents-none", &[]))).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        k.sql("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE action LIKE 'incident-%' ORDER BY seq)"),
        "incident-report,incident-acknowledge,incident-close"
    );
    assert_eq!(
        k.sql("SELECT note FROM incidents"),
        "Password changed; member told"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_untouched_home_screen_becomes_a_sign_and_a_touch_brings_home_back() {
    let k = Kiosk::launch(Options {
        seed: true,
        config: Some("[kiosk]\nidle_timeout_seconds = 10\n[signage]\nrotate_seconds = 8\n"),
        ..Options::default()
    })
    .await;
    k.click(&button(&text("de", "language-name", &[]))).await;
    // After the idle time: the notices fill the screen, in the site's default language.
    let sign = format!(
        "//section[@aria-label={}]//h1",
        lit(&en("signage-label", &[]))
    );
    k.find_within(&sign, Duration::from_secs(25)).await;
    assert_eq!(k.js("return document.documentElement.lang").await, "en-US");
    k.find(&format!(
        "//section[@aria-label={}]//*[@data-notice='exits']//h1[normalize-space(.)={}]",
        lit(&en("signage-label", &[])),
        lit(&en("signage-exits-title", &[]))
    ))
    .await;
    k.screenshot("home-resting").await;
    k.axe("resting home screen").await;
    // A touch on the sign brings the home screen back, without pressing what appears under it.
    k.tap_on(&sign).await;
    k.find(&button(&en("home-report", &[]))).await;
    assert!(k
        .c
        .find(Locator::XPath(&heading(&en("checkin-type-title", &[]))))
        .await
        .is_err());
    // Issue 25: the first tap acts. Check in is on the sign itself and goes straight on.
    k.find_within(&sign, Duration::from_secs(25)).await;
    k.tap_on(&format!(
        "//section[@aria-label={}]{}",
        lit(&en("signage-label", &[])),
        button(&en("home-check-in", &[]))
    ))
    .await;
    k.find(&heading(&en("checkin-type-title", &[]))).await;
    k.close().await;
}

/// Issue 25: shelter in place said "Assembly point: Courtyard" under "stay inside", in English
/// inside every language. Now each kind shows only its own places, each language in its own
/// words; staff signed in during it are not signed out for sitting idle (the kiosk's idle
/// time is 10 s and the staff session's 2 s here), and the roll call comes first.
#[tokio::test(flavor = "multi_thread")]
async fn shelter_in_place_says_where_to_shelter_and_staff_stay_signed_in_with_the_roll_call_first()
{
    let config_text = "[kiosk]\nidle_timeout_seconds = 10\n";
    let config = Config::parse(config_text, None).unwrap();
    let k = Kiosk::launch(Options {
        config: Some(config_text),
        seed: true,
        env: vec![("LOBBY_TEST_STAFF_IDLE_SECONDS", "2".into())],
    })
    .await;
    k.find(&heading(&en("home-welcome", &[("site", site().into())])))
        .await;
    k.cli(&["emergency", "start", "shelter"]);
    k.find("//*[@role='alertdialog']").await;
    let place = |text: &lobby_core::config::Translated, lang: &str| {
        lobby_core::config::pick(text, lang, &config.languages).to_string()
    };
    for lang in &config.languages {
        let shelter = place(&config.emergency.shelter, lang);
        k.find(&format!(
            "//*[@role='alertdialog']//section[@lang={}]/p[contains(., {})]",
            lit(lang),
            lit(&shelter)
        ))
        .await;
    }
    k.find(&format!(
        "//*[@data-fact='emergency-shelter'][contains(., {})]",
        lit(&place(&config.emergency.shelter, "en-US"))
    ))
    .await;
    // Nothing about the assembly point, in any language.
    let shown = k
        .js("return document.querySelector('[role=alertdialog]').innerText;")
        .await;
    let shown = shown.as_str().unwrap();
    for lang in &config.languages {
        let assembly = place(&config.emergency.assembly_point, lang);
        assert!(!shown.contains(&assembly), "{lang}: {assembly} shown");
    }
    assert!(!shown.contains(&en("emergency-assembly", &[("assembly_point", "".into())])));
    k.screenshot("emergency-shelter").await;

    // Staff: the roll call is the first card, and the session outlasts both idle times.
    k.staff_sign_in_from(&en("emergency-staff", &[])).await;
    let first = k
        .js("return document.querySelector('.cards > section h2').textContent.trim();")
        .await;
    assert_eq!(
        first.as_str(),
        Some(en("staff-rollcall-title", &[]).as_str())
    );
    k.find(&with_text(&en("staff-home-session-held", &[])))
        .await;
    tokio::time::sleep(Duration::from_secs(14)).await;
    k.find(&heading(&en(
        "staff-home-title",
        &[("name", lobby_core::demo::DEMO_STAFF_NAME.into())],
    )))
    .await;
    k.tap_on(&button(&en("staff-rollcall-start", &[]))).await;
    k.find(&format!(
        "//p[@role='status'][contains(., {})]",
        lit(&en("staff-rollcall-safe", &[]))
    ))
    .await;
    assert_eq!(
        k.sql("SELECT count(*) FROM audit_log WHERE action = 'staff-sign-out'"),
        "0",
        "never signed out while sheltering"
    );
    k.close().await;
}

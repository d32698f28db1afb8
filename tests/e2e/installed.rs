//! The installed package. `make test-package` installs the `.deb` and runs these tests, and
//! the IPC security tests, with `LOBBY_E2E_APP=/usr/bin/lobby`: a release build, its web
//! assets inside the binary. A release build ignores the test clock, so these pass at any hour:
//! home is either open or closed, and both say the site's name.

use crate::harness::*;

const SITE: &str = "Lobby Demo Space";

/// Home's heading in this language, open or closed.
fn home_heading(lang: &str) -> String {
    let site = || [("site", SITE.into())];
    format!(
        "{} | {}",
        heading(&text(lang, "home-welcome", &site())),
        heading(&text(lang, "home-closed-title", &site()))
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn installed_app_opens_home_changes_language_and_signs_staff_in() {
    let k = Kiosk::seeded().await;
    k.find(&home_heading("en-US")).await;
    for lang in lobby_core::config::SHIPPED_LANGUAGES {
        k.find(&button(&text(lang, "language-name", &[]))).await;
    }
    // Pictograms and fonts come from the binary's own assets, not from the build folder.
    let exit = k.find("//img[contains(@src, 'E001')]").await;
    let loaded =
        k.c.execute(
            "return arguments[0].complete && arguments[0].naturalWidth > 0",
            vec![serde_json::to_value(&exit).unwrap()],
        )
        .await
        .unwrap();
    assert_eq!(loaded, serde_json::Value::Bool(true), "the pictogram loads");

    k.click(&button(&text("de", "language-name", &[]))).await;
    k.find(&home_heading("de")).await;
    assert_eq!(k.js("return document.documentElement.lang").await, "de");
    k.screenshot("installed-home-de").await;

    k.click(&button(&text("en-US", "language-name", &[]))).await;
    k.staff_sign_in().await;
    k.close().await;
}

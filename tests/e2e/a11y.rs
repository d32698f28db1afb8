//! Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every screen of the
//! kiosk in the real WebKit, with no serious or critical violation allowed. The emergency,
//! after-hours and report screens are checked in safety.rs; the checker itself is shown to
//! catch a violation here, so a silent pass means something.

use crate::harness::*;

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_of_a_visit_and_of_staff_passes_axe_core() {
    let k = Kiosk::seeded().await;
    k.find(&button(&en("home-check-in", &[]))).await;
    k.axe("home").await;
    k.click(&button(&text("ar", "language-name", &[]))).await;
    k.find("//html[@dir='rtl']").await;
    k.axe("home in Arabic").await;
    k.click(&button(&text("en-US", "language-name", &[]))).await;

    k.click(&button(&en("home-check-in", &[]))).await;
    k.find(&heading(&en("checkin-type-title", &[]))).await;
    k.axe("check-in: kind of visit").await;
    k.click(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.find(&textbox(&en("field-name", &[]))).await;
    k.axe("check-in: about you").await;
    k.type_into(&textbox(&en("field-name", &[])), "Ada Lovelace")
        .await;
    k.click(&button(&en("action-continue", &[]))).await;
    k.type_into(&textbox(&en("checkin-host-search", &[])), "am")
        .await;
    k.find(&button("Amira H.")).await;
    k.axe("check-in: host").await;
    // A tap on the host picks them and goes on.
    k.click(&button("Amira H.")).await;
    k.find(&heading(&en("checkin-privacy-title", &[]))).await;
    k.axe("check-in: privacy").await;
    k.click(&button(&en("checkin-privacy-accept", &[]))).await;
    k.find("//*[@role='document']").await;
    k.axe("check-in: Code of Conduct").await;
    k.read_policy("en-US").await;
    k.axe("check-in: signature").await;
    k.draw_signature().await;
    k.click(&button(&en("policy-agree", &[]))).await;
    k.find(&heading(&en(
        "checkin-welcome-title",
        &[("name", "Ada".into())],
    )))
    .await;
    k.axe("check-in: welcome").await;
    k.click(&button(&en("action-done", &[]))).await;

    k.click(&button(&en("home-check-out", &[]))).await;
    k.find(&heading(&en("checkout-title", &[]))).await;
    k.axe("check-out").await;
    k.click(&button(&en("action-cancel", &[]))).await;

    k.click(&button(&en("home-staff", &[]))).await;
    k.find(&heading(&en("staff-signin-title", &[]))).await;
    k.axe("staff sign-in").await;
    k.click(&button(&en("action-cancel", &[]))).await;
    k.staff_sign_in().await;
    k.axe("staff home").await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_check_catches_low_contrast_text() {
    let k = Kiosk::launch(Options::default()).await;
    k.js(
        "const p = document.createElement('p'); p.textContent = 'Pale notice';
          p.style.cssText = 'position: fixed; top: 120px; left: 40px; z-index: 50; '
            + 'font-size: 20px; color: #c8c8c8; background: #ffffff';
          document.body.appendChild(p);",
    )
    .await;
    let caught = tokio::spawn(async move {
        k.axe("home with pale text").await;
    })
    .await;
    let message = match caught {
        Ok(()) => panic!("axe-core passed text with a 1.7:1 contrast"),
        Err(e) => e.into_panic(),
    };
    let message = message
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("color-contrast"), "{message}");
}

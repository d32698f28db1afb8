//! The fleet card on the staff screen (issue 15): a kiosk whose `[fleet]` server is down
//! starts all the same, and staff see that it is not connected and how many changes wait, in
//! English and in Arabic.

use crate::harness::*;

/// A loopback port nobody listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The number in "Changes waiting to be sent: N", in Latin or Arabic-Indic digits.
fn waiting_count(shown: &str) -> u64 {
    let digits: String = shown
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32),
            _ => None,
        })
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no count in {shown:?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_see_a_fleet_server_that_cannot_be_reached_and_the_changes_waiting() {
    let folder = tempfile::tempdir().unwrap();
    let creds = folder.path().join("fleet.creds");
    std::fs::write(
        &creds,
        "site = \"hq\"\ntablet = \"lobby-1\"\nuser = \"lobby-hq-lobby-1\"\npassword = \"pw\"\n",
    )
    .unwrap();
    let config = leak(format!(
        "[fleet]\nserver = \"nats://127.0.0.1:{}\"\ncredentials = \"{}\"\n",
        closed_port(),
        creds.display()
    ));
    let k = Kiosk::launch(Options {
        config: Some(config),
        seed: true,
        ..Options::default()
    })
    .await;
    k.staff_sign_in().await;

    k.find(&heading(&en("staff-fleet-title", &[]))).await;
    let state = k.find("//*[@data-testid='fleet-connection']").await;
    assert_eq!(
        state.text().await.unwrap().trim(),
        en("staff-fleet-disconnected", &[])
    );
    let waiting = k.find("//*[@data-testid='fleet-waiting']").await;
    let shown = waiting.text().await.unwrap();
    assert!(shown.starts_with("Changes waiting to be sent:"), "{shown}");
    assert!(waiting_count(&shown) > 0, "{shown}");
    k.find(&with_text(&en(
        "staff-fleet-member",
        &[("site", "hq".into()), ("tablet", "lobby-1".into())],
    )))
    .await;

    k.click(&button(&text("ar", "language-name", &[]))).await;
    k.find(&heading(&text("ar", "staff-fleet-title", &[])))
        .await;
    let state = k.find("//*[@data-testid='fleet-connection']").await;
    assert_eq!(
        state.text().await.unwrap().trim(),
        text("ar", "staff-fleet-disconnected", &[])
    );
    let shown = k
        .find("//*[@data-testid='fleet-waiting']")
        .await
        .text()
        .await
        .unwrap();
    let label = text("ar", "staff-fleet-waiting", &[("count", 0.into())]);
    let label = label.split(':').next().unwrap();
    assert!(shown.contains(label), "{shown}");
    assert!(waiting_count(&shown) > 0, "{shown}");
    k.js("document.getElementById('fleet-title').scrollIntoView({block: 'center'}); return 0")
        .await;
    k.screenshot("staff-fleet-ar").await;
    k.close().await;
}

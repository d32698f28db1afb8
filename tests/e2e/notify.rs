//! Hosts told of their guests (issue 17): a guest checks in by taps on the real kiosk, the
//! welcome screen says the host is being told, and the host's e-mail, in the host's language,
//! reaches a real SMTP relay (Debian's aiosmtpd, started by PID on a free loopback port).

use crate::harness::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// aiosmtpd on 127.0.0.1:`port`, saving to `maildir`; killed when dropped.
struct Relay(std::process::Child);

impl Relay {
    fn start(port: u16, maildir: &Path) -> Relay {
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd: apt-get install python3-aiosmtpd (make deps does)");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Relay(child)
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The messages in `maildir`, read by Python's e-mail parser (tests/notify/read_mail.py).
fn mail(maildir: &Path) -> Vec<serde_json::Value> {
    if !maildir.join("new").exists() {
        return Vec::new();
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/notify/read_mail.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(maildir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A kiosk whose site tells hosts by e-mail through a relay on a free loopback port, with one
/// member, Ana Lima (M-1), who reads German.
struct Site {
    k: Kiosk,
    maildir: std::path::PathBuf,
    _relay: Relay,
    _folder: tempfile::TempDir,
}

impl Site {
    async fn with_relay() -> Site {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let folder = tempfile::tempdir().unwrap();
        let maildir = folder.path().join("mail");
        let relay = Relay::start(port, &maildir);
        let config: &'static str = Box::leak(
            format!(
                "[notifications.email]\nrelay = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n\
                 from = \"Lobby front desk <lobby@example.org>\"\n"
            )
            .into_boxed_str(),
        );
        let k = Kiosk::launch(Options {
            config: Some(config),
            ..Options::default()
        })
        .await;
        let members = folder.path().join("members.csv");
        std::fs::write(
            &members,
            "id,name,email,language\nM-1,Ana Lima,ana@example.org,de\n",
        )
        .unwrap();
        k.cli(&["members", "import", members.to_str().unwrap()]);
        Site {
            k,
            maildir,
            _relay: relay,
            _folder: folder,
        }
    }

    /// The messages the relay has, once there are `n` (or after 30 s, whatever there is).
    async fn mail(&self, n: usize) -> Vec<serde_json::Value> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = mail(&self.maildir);
            if got.len() >= n || Instant::now() > deadline {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guest_checked_in_by_taps_is_announced_to_the_host_by_e_mail_in_their_language() {
    let site = Site::with_relay().await;
    let k = &site.k;

    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("visit-kind", &[("kind", "guest".into())])))
        .await;
    k.type_keys("Zoe Test").await;
    k.tap_on(&button(&en("action-continue", &[]))).await;
    k.tap_type(&textbox(&en("checkin-host-search", &[])), "an")
        .await;
    k.tap_on(&button("Ana L.")).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.find(&with_text(&en(
        "checkin-welcome-host-told",
        &[("host", "Ana L.".into())],
    )))
    .await;
    k.screenshot("check-in-welcome-host-told").await;

    // The kiosk's sender was woken by the check-in; the relay has the message in a moment.
    let received = site.mail(1).await;
    assert_eq!(received.len(), 1, "{received:?}");
    let m = &received[0];
    assert_eq!(m["subject"], "Zoe Test ist für Sie da");
    assert!(m["to"].as_str().unwrap().contains("ana@example.org"));
    assert!(
        m["text"]
            .as_str()
            .unwrap()
            .contains("Art: Besuch bei einem Mitglied"),
        "{m}"
    );
    assert_eq!(k.sql("SELECT state FROM outbox"), "sent");
    site.k.close().await;
}

/// Runs the app's command line on the kiosk's data folder with its configuration.
fn lobby(k: &Kiosk, args: &[&str]) -> String {
    let data = k.data_dir();
    let out = Command::new(app())
        .arg("--data-dir")
        .arg(&data)
        .arg("--config")
        .arg(data.parent().unwrap().join("lobby.toml"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `lobby invite create` for the first of the members, today in Berlin; returns the code as
/// printed (`ACEF-GH34`).
fn invite(k: &Kiosk, name: &str) -> String {
    let site = lobby_core::Config::demo().time_zone;
    let today = chrono::Utc::now()
        .with_timezone(&site)
        .date_naive()
        .to_string();
    let out = lobby(
        k,
        &[
            "invite",
            "create",
            "--host",
            "M-1",
            "--name",
            name,
            "--email",
            "guest@example.com",
            "--date",
            &today,
        ],
    );
    out.split_whitespace().nth(1).unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_invited_guest_checks_in_with_the_code_by_taps_or_a_scanner_and_the_host_hears() {
    let site = Site::with_relay().await;
    let k = &site.k;
    let code = invite(k, "Zoe Test");
    assert_eq!(code.len(), 9, "{code}");

    // A wrong code is refused with its own message.
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("home-invitation", &[]))).await;
    k.type_keys("aaaaaaaa").await;
    k.tap_on(&button(&en("action-continue", &[]))).await;
    k.find(&alert(&en("error-invitation-unknown", &[]))).await;
    k.tap_on(&button(&en("action-back", &[]))).await;

    // The code typed on the on-screen keyboard (lower case, no hyphen), then two touches.
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("home-invitation", &[]))).await;
    k.type_keys(&code.replace('-', "").to_lowercase()).await;
    k.tap_on(&button(&en("action-continue", &[]))).await;
    k.find(&heading(&en(
        "invite-confirm-title",
        &[("name", "Zoe".into())],
    )))
    .await;
    k.find(&with_text(&en(
        "invite-confirm-host",
        &[("host", "Ana L.".into())],
    )))
    .await;
    k.screenshot("invitation-confirm").await;
    k.tap_on(&button(&en("invite-confirm-yes", &[]))).await;
    k.tap_on(&button(&en("checkin-privacy-accept", &[]))).await;
    k.find(&with_text(&en(
        "checkin-welcome-host-told",
        &[("host", "Ana L.".into())],
    )))
    .await;
    k.tap_on(&button(&en("action-done", &[]))).await;

    // Used once: the same code again says so.
    k.tap_on(&button(&en("home-check-in", &[]))).await;
    k.tap_on(&button(&en("home-invitation", &[]))).await;
    k.type_keys(&code.replace('-', "").to_lowercase()).await;
    k.tap_on(&button(&en("action-continue", &[]))).await;
    k.find(&alert(&en("error-invitation-used", &[]))).await;
    k.tap_on(&button(&en("action-back", &[]))).await;

    // A second guest's QR code read by a scanner in keyboard mode at the home screen.
    let second = invite(k, "Bo Scan");
    k.find(&button(&en("home-check-in", &[]))).await;
    k.js("document.activeElement && document.activeElement.blur()")
        .await;
    k.c.active_element()
        .await
        .unwrap()
        .send_keys(&format!("{second}\u{E007}"))
        .await
        .unwrap();
    k.find(&heading(&en(
        "invite-confirm-title",
        &[("name", "Bo".into())],
    )))
    .await;

    // The two invitations and the host's message reach the relay.
    let received = site.mail(3).await;
    let to = |who: &str| {
        received
            .iter()
            .filter(|m| m["to"].as_str().unwrap().contains(who))
            .count()
    };
    assert_eq!(
        (to("ana@example.org"), to("guest@example.com")),
        (1, 2),
        "{received:?}"
    );
    site.k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_invite_a_guest_and_see_them_expected() {
    let k = Kiosk::seeded().await;
    k.staff_sign_in().await;
    k.find(&heading(&en("staff-expected-title", &[]))).await;
    k.find(&with_text(&en("staff-expected-none", &[]))).await;
    k.tap_on(&button(&en("staff-invite-open", &[]))).await;
    // The harness signs staff in with hardware keys, which hide the on-screen keyboard until
    // the kiosk next goes home (`on_screen_keyboard = "auto"`): staff go on typing on them.
    k.type_into(&textbox(&en("field-name", &[])), "Zoe Guest")
        .await;
    k.type_into(&textbox(&en("staff-invite-host", &[])), "am")
        .await;
    k.tap_on(&button("Amira H.")).await;
    k.tap_on(&button(&en("staff-invite-create", &[]))).await;
    let status = k.find("//*[@role='status']").await.text().await.unwrap();
    assert!(status.contains("Zoe Guest"), "{status}");
    assert!(
        status.contains(&en("staff-invite-give-code", &[])),
        "{status}"
    );
    let code = k.sql("SELECT code FROM invitations");
    assert!(
        status.contains(&format!("{}-{}", &code[..4], &code[4..])),
        "{status} {code}"
    );
    let row = k
        .find("//li[.//bdi[normalize-space(.)='Zoe Guest']]")
        .await
        .text()
        .await
        .unwrap();
    assert!(row.contains(&en("staff-expected-waiting", &[])), "{row}");
    k.js("document.getElementById('expected-title').scrollIntoView()")
        .await;
    k.screenshot("staff-invitation-made").await;
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'invitation-create' AND actor LIKE 'staff:%'"),
        "1"
    );
    k.close().await;
}

/// Guessing codes at the glass: after five unknown codes each try waits, even a good code, and
/// the guessing is in the audit log once.
#[tokio::test(flavor = "multi_thread")]
async fn guessing_invitation_codes_is_slowed_down_and_audited() {
    let k = Kiosk::seeded().await;
    let site = lobby_core::Config::demo().time_zone;
    let today = chrono::Utc::now()
        .with_timezone(&site)
        .date_naive()
        .to_string();
    let made = k.cli(&[
        "invite", "create", "--host", "M-1001", "--name", "Zoe Test", "--date", &today,
    ]);
    let good = made.split_whitespace().nth(1).unwrap().to_string();
    for guess in [
        "AAAA-AAAA",
        "CCCC-CCCC",
        "EEEE-EEEE",
        "FFFF-FFFF",
        "GGGG-GGGG",
    ] {
        let r = k
            .invoke("invitation_lookup", serde_json::json!({ "code": guess }))
            .await;
        assert!(r.contains("invitation-unknown"), "{r}");
    }
    let r = k
        .invoke("invitation_lookup", serde_json::json!({ "code": good }))
        .await;
    assert!(r.contains("checkout-paused"), "the sixth try waits: {r}");
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'invitation-guessing'"),
        "1"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_choose_how_a_member_hears_of_guests() {
    let k = Kiosk::launch(Options {
        config: Some(
            "[notifications.email]\nrelay = \"127.0.0.1\"\nport = 9\nsecurity = \"none\"\nfrom = \"lobby@example.org\"\n\
             [notifications.slack]\nurl = \"http://127.0.0.1:9/slack\"\n",
        ),
        seed: true,
        ..Options::default()
    })
    .await;
    k.staff_sign_in().await;
    k.type_into(&textbox(&en("staff-member-notify-search", &[])), "jo")
        .await;
    k.tap_on(&button("Jonas B.")).await;
    k.tap_on(&button(&en(
        "staff-channel",
        &[("channel", "slack".into())],
    )))
    .await;
    k.c.find(fantoccini::Locator::Id("notify-language"))
        .await
        .unwrap()
        .select_by_value("de")
        .await
        .unwrap();
    k.tap_on(&button(&en("staff-member-notify-save", &[])))
        .await;
    k.find(&with_text(&en(
        "staff-member-notify-saved",
        &[("name", "Jonas B.".into())],
    )))
    .await;
    assert_eq!(
        k.sql("SELECT notify || '|' || language FROM members WHERE id = 'M-1002'"),
        "slack|de"
    );
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'member-notify'"),
        "1"
    );
    k.close().await;
}

/// An invited guest in German and in Arabic on a portrait screen (800×1280), by taps alone: the
/// code on the on-screen keyboard (Latin keys from the globe key in Arabic), the confirmation,
/// the privacy notice and the Code of Conduct, to the welcome screen.
#[tokio::test(flavor = "multi_thread")]
async fn an_invited_guest_checks_in_in_german_and_arabic_on_a_portrait_screen_by_taps() {
    let screen = Screen::start(800, 1280);
    let k = Kiosk::launch(Options {
        seed: true,
        env: vec![("DISPLAY", screen.display.clone())],
        ..Options::default()
    })
    .await;
    let site = lobby_core::Config::demo().time_zone;
    let today = chrono::Utc::now()
        .with_timezone(&site)
        .date_naive()
        .to_string();
    for (lang, name) in [("de", "Zoë Gast"), ("ar", "Laila Guest")] {
        let t = |id: &str| text(lang, id, &[]);
        let made = k.cli(&[
            "invite", "create", "--host", "M-1001", "--name", name, "--date", &today,
        ]);
        let code = made.split_whitespace().nth(1).unwrap().replace('-', "");
        k.tap_on(&button(&t("language-name"))).await;
        k.tap_on(&button(&t("home-check-in"))).await;
        k.tap_on(&button(&t("home-invitation"))).await;
        let field = textbox(&t("invite-code-field"));
        if lang == "ar" {
            k.tap_on(&field).await;
            k.tap_key("{globe}").await;
            k.tap_on(&button("English · QWERTY")).await;
        }
        k.type_keys(&code.to_lowercase()).await;
        k.screenshot(&format!("invitation-code-portrait-{lang}"))
            .await;
        k.tap_on(&button(&t("action-continue"))).await;
        let first = name.split(' ').next().unwrap();
        k.find(&heading(&text(
            lang,
            "invite-confirm-title",
            &[("name", first.into())],
        )))
        .await;
        k.screenshot(&format!("invitation-confirm-portrait-{lang}"))
            .await;
        k.tap_on(&button(&t("invite-confirm-yes"))).await;
        k.tap_on(&button(&t("checkin-privacy-accept"))).await;
        k.sign_policy(lang).await;
        k.find(&button(&t("action-done"))).await;
        k.screenshot(&format!("invitation-welcome-portrait-{lang}"))
            .await;
        k.tap_on(&button(&t("action-done"))).await;
    }
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM invitations WHERE used_at IS NOT NULL"),
        "2"
    );
    k.close().await;
}

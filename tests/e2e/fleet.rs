//! The fleet card on the staff screen (issue 15): a kiosk whose `[fleet]` server is down
//! starts all the same, and staff see that it is not connected and how many changes wait, in
//! English and in Arabic; with the site's server up, the kiosk's publisher empties the outbox
//! into the site stream and staff see it connected.

use crate::harness::*;
use fantoccini::Locator;
use serde_json::json;

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

/// The site's `nats-server` with JetStream on a free loopback port, this tablet's user and the
/// site stream; killed when dropped. `None` without nats-server.
struct SiteServer {
    child: std::process::Child,
    port: u16,
    stream: async_nats::jetstream::stream::Stream,
    _dir: tempfile::TempDir,
}

impl SiteServer {
    async fn start() -> Option<SiteServer> {
        Self::start_for(&["lobby-1"]).await
    }

    /// The server with a user for each tablet (password `pw`), allowed what `lobby-hub kiosk
    /// add` allows: its own subjects, and reading the site's streams with an ordered consumer.
    async fn start_for(tablets: &[&str]) -> Option<SiteServer> {
        let dir = tempfile::tempdir().unwrap();
        let port = closed_port();
        let conf = dir.path().join("site.conf");
        let quoted = |list: Vec<String>| {
            list.iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let users: String = tablets
            .iter()
            .map(|t| {
                format!(
                    "{{ user: \"lobby-hq-{t}\", password: \"pw\", permissions: {{ \
                     publish: {{ allow: [{}] }}, subscribe: {{ allow: [{}] }} }} }},\n",
                    quoted(lobby_core::fleet::tablet_publish_allow("hq", t)),
                    quoted(lobby_core::fleet::tablet_subscribe_allow("hq")),
                )
            })
            .collect();
        std::fs::write(
            &conf,
            format!(
                "listen: 127.0.0.1:{port}\njetstream {{ store_dir: \"{}\" }}\n\
                 authorization {{ users = [\n{users}\
                 {{ user: \"admin\", password: \"admin-pw\" }}\n] }}\n",
                dir.path().join("js").display()
            ),
        )
        .unwrap();
        let mut child = std::process::Command::new("nats-server")
            .arg("-c")
            .arg(&conf)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("nats-server did not start");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let admin =
            async_nats::ConnectOptions::with_user_and_password("admin".into(), "admin-pw".into())
                .connect(format!("nats://127.0.0.1:{port}"))
                .await
                .unwrap();
        let stream = async_nats::jetstream::new(admin)
            .create_stream(async_nats::jetstream::stream::Config {
                name: lobby_core::fleet::site_stream("hq"),
                subjects: vec![lobby_core::fleet::site_subjects("hq")],
                ..Default::default()
            })
            .await
            .unwrap();
        Some(SiteServer {
            child,
            port,
            stream,
            _dir: dir,
        })
    }
}

impl Drop for SiteServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_site_server_up_the_kiosk_sends_every_change_and_staff_see_it_connected() {
    let Some(mut server) = SiteServer::start().await else {
        eprintln!("nats-server is not installed: skipped");
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let creds = folder.path().join("fleet.creds");
    std::fs::write(
        &creds,
        "site = \"hq\"\ntablet = \"lobby-1\"\nuser = \"lobby-hq-lobby-1\"\npassword = \"pw\"\n",
    )
    .unwrap();
    let config = leak(format!(
        "[fleet]\nserver = \"nats://127.0.0.1:{}\"\ncredentials = \"{}\"\n",
        server.port,
        creds.display()
    ));
    let k = Kiosk::launch(Options {
        config: Some(config),
        seed: true,
        ..Options::default()
    })
    .await;
    wait_sql(
        &k,
        "SELECT COUNT(*) FROM fleet_outbox",
        "0",
        "the outbox to empty",
    )
    .await;
    let messages = server.stream.info().await.unwrap().state.messages;
    // The join, and the chain's report at start.
    assert!(messages >= 2, "{messages}");

    k.staff_sign_in().await;
    let state = k.find("//*[@data-testid='fleet-connection']").await;
    assert_eq!(
        state.text().await.unwrap().trim(),
        en("staff-fleet-connected", &[])
    );
    k.find(&format!(
        "//li[starts-with(normalize-space(.), {})]",
        lit(en("staff-fleet-ack", &[("at", "".into())]).trim_end_matches(|c: char| c != ':'))
    ))
    .await;
    k.close().await;
}

/// `lobby.toml` of tablet `id` (number `n`) of site `hq` on `server`, credentials in `folder`.
fn tablet_config(folder: &std::path::Path, id: &str, n: u8, port: u16) -> &'static str {
    let creds = folder.join(format!("{id}.creds"));
    std::fs::write(
        &creds,
        format!(
            "site = \"hq\"\ntablet = \"{id}\"\nuser = \"lobby-hq-{id}\"\npassword = \"pw\"\nnumber = {n}\n"
        ),
    )
    .unwrap();
    leak(format!(
        "[kiosk]\nid = \"{id}\"\n\n[visits.types.guest]\ncode_of_conduct = false\n\n[fleet]\nserver = \"nats://127.0.0.1:{port}\"\ncredentials = \"{}\"\n",
        creds.display()
    ))
}

/// Waits up to 30 s for `query` on the kiosk's database to give `want`.
async fn wait_sql(k: &Kiosk, query: &str, want: &str, what: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while k.sql(query) != want {
        assert!(
            std::time::Instant::now() < deadline,
            "waited in vain for {what}: {}",
            k.log_tail(20)
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn wait_connected(k: &Kiosk) {
    wait_sql(
        k,
        "SELECT connected FROM fleet_link WHERE id = 1",
        "1",
        "the kiosk to connect",
    )
    .await;
}

fn emergency_title(kind: &str) -> String {
    format!(
        "//*[@role='alertdialog']//section[@lang='en-US']/h2[normalize-space(translate(., '\u{2068}\u{2069}', ''))={}]",
        lit(&en("emergency-title", &[("kind", kind.into())]))
    )
}

/// Issue 16: two real kiosk windows, tablets of one site whose hub is out of reach (only the
/// site's `nats-server` runs). `lobby emergency start` on A's machine puts the emergency screen
/// on both; B's all clear ends it on both. A visitor checked in at A is on B's on-site list
/// with the tablet they used, and B's staff see A among the site's tablets.
#[tokio::test(flavor = "multi_thread")]
async fn an_emergency_started_at_one_tablet_is_on_the_screen_of_every_tablet() {
    let Some(server) = SiteServer::start_for(&["lobby-1", "lobby-2"]).await else {
        eprintln!("nats-server is not installed: skipped");
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let a = Kiosk::launch(Options {
        config: Some(tablet_config(folder.path(), "lobby-1", 1, server.port)),
        seed: true,
        ..Options::default()
    })
    .await;
    let b = Kiosk::launch(Options {
        config: Some(tablet_config(folder.path(), "lobby-2", 2, server.port)),
        seed: true,
        ..Options::default()
    })
    .await;
    wait_connected(&a).await;
    wait_connected(&b).await;

    let out = a.cli(&["emergency", "start", "fire"]);
    assert!(
        out.contains(&en("cli-emergency-started", &[("kind", "fire".into())])),
        "{out}"
    );
    a.find(&emergency_title("fire")).await;
    b.find(&emergency_title("fire")).await;
    b.screenshot("fleet-emergency-on-b").await;
    // Started at A: B records it under A's id.
    assert_eq!(
        b.sql("SELECT fleet_id FROM emergencies WHERE ended_at IS NULL"),
        a.sql("SELECT 'lobby-1:' || id FROM emergencies WHERE ended_at IS NULL")
    );

    // The all clear at B names A's emergency and ends it on A as well.
    b.cli(&["emergency", "end"]);
    for k in [&a, &b] {
        wait_sql(
            k,
            "SELECT COUNT(*) FROM emergencies WHERE ended_at IS NULL",
            "0",
            "the all clear",
        )
        .await;
        k.find(&button(&en("home-staff", &[]))).await;
    }

    // A guest checked in at A is on B's list, marked with A's name.
    let welcome = a
        .invoke(
            "check_in",
            json!({ "request": {
        "kind": "guest", "name": "Vera Rubin", "company": null, "email": null, "phone": null,
        "purpose": null, "host_id": "M-1001", "guide_id": null, "privacy_accepted": true,
        "off_limits_acknowledged": false, "lead_consent": false, "language": "en-US",
        "code_of_conduct": null } }),
        )
        .await;
    assert!(welcome.contains("checkout_code"), "{welcome}");
    wait_sql(
        &b,
        "SELECT COUNT(*) FROM fleet_visits WHERE name = 'Vera Rubin'",
        "1",
        "A's guest on B",
    )
    .await;
    b.staff_sign_in().await;
    let row = b
        .find("//li[.//bdi[normalize-space(.)='Vera Rubin']]//*[@data-testid='onsite-tablet']")
        .await;
    assert_eq!(
        row.text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
            .trim(),
        en("staff-onsite-tablet", &[("tablet", "lobby-1".into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    );
    // A says it is there every 5 s; the card follows.
    b.find_within(
        &format!(
            "//*[@data-testid='fleet-tablets']/li[contains(., 'lobby-1') and contains(., {})]",
            lit(&en("staff-fleet-tablet-connected", &[]))
        ),
        std::time::Duration::from_secs(20),
    )
    .await;
    b.js("document.getElementById('fleet-tablets-title').scrollIntoView({block: 'center'}); return 0")
        .await;
    b.screenshot("fleet-tablets-on-b").await;
    b.js("document.getElementById('onsite-title').scrollIntoView({block: 'start'}); return 0")
        .await;
    b.screenshot("fleet-onsite-on-b").await;

    // The same in Arabic, right to left: the tablets and the tablet a visitor used.
    b.click(&button(&text("ar", "language-name", &[]))).await;
    b.find(&format!(
        "//*[@data-testid='fleet-tablets']/li[contains(., 'lobby-1') and contains(., {})]",
        lit(&text("ar", "staff-fleet-tablet-connected", &[]))
    ))
    .await;
    b.js("document.getElementById('fleet-tablets-title').scrollIntoView({block: 'center'}); return 0")
        .await;
    b.screenshot("fleet-tablets-on-b-ar").await;
    let row = b
        .find("//li[.//bdi[normalize-space(.)='Vera Rubin']]//*[@data-testid='onsite-tablet']")
        .await;
    assert_eq!(
        row.text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
            .trim(),
        text("ar", "staff-onsite-tablet", &[("tablet", "lobby-1".into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    );
    b.js("document.getElementById('onsite-title').scrollIntoView({block: 'start'}); return 0")
        .await;
    b.screenshot("fleet-onsite-on-b-ar").await;

    // Staff at B check her out with a tap: she leaves B's list, and A, which checked her in,
    // checks her out in its own database.
    let check_out = button(&text(
        "ar",
        "staff-check-out-person",
        &[("name", "Vera Rubin".into())],
    ));
    b.tap_on(&check_out).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while b
        .c
        .find(Locator::XPath(
            "//section[@aria-labelledby='onsite-title']//bdi[normalize-space(.)='Vera Rubin']",
        ))
        .await
        .is_ok()
    {
        assert!(std::time::Instant::now() < deadline, "{}", b.log_tail(20));
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    wait_sql(
        &a,
        "SELECT COUNT(*) FROM visits WHERE name = 'Vera Rubin' AND checked_out_at IS NULL",
        "0",
        "A to check its guest out",
    )
    .await;
    assert_eq!(
        b.sql("SELECT actor FROM audit_log WHERE action = 'fleet-check-out'"),
        b.sql(&format!(
            "SELECT 'staff:' || id FROM staff WHERE name = '{}'",
            lobby_core::demo::DEMO_STAFF_NAME
        ))
    );
    a.close().await;
    b.close().await;
}

//! The fleet card on the staff screen (issue 15): a kiosk whose `[fleet]` server is down
//! starts all the same, and staff see that it is not connected and how many changes wait, in
//! English and in Arabic; with the site's server up, the kiosk's publisher empties the outbox
//! into the site stream and staff see it connected.

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
        let dir = tempfile::tempdir().unwrap();
        let port = closed_port();
        let conf = dir.path().join("site.conf");
        std::fs::write(
            &conf,
            format!(
                "listen: 127.0.0.1:{port}\njetstream {{ store_dir: \"{}\" }}\n\
                 authorization {{ users = [\n\
                 {{ user: \"lobby-hq-lobby-1\", password: \"pw\", permissions: {{ publish: {{ allow: [\"lobby.up.hq.lobby-1\"] }}, subscribe: {{ allow: [\"_INBOX.>\"] }} }} }},\n\
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
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while k.sql("SELECT COUNT(*) FROM fleet_outbox") != "0" {
        assert!(
            std::time::Instant::now() < deadline,
            "the outbox did not empty: {}",
            k.log_tail(20)
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
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

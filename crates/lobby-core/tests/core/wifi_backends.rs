//! The Wi-Fi backends against the real peers: FreeRADIUS 3.2 with its SQL module, asked with
//! `radtest`, and hostapd 2.10 (no radio) reloading its `wpa_psk_file`. Started by
//! `make test-wifi` (tests/wifi/freeradius.sh and hostapd.sh), which passes their addresses in
//! the environment; ignored by a plain `cargo test`.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{Duration, Utc};
use lobby_core::audit::Actor;
use lobby_core::config::Config;
use lobby_core::wifi::backends;
use lobby_core::wifi::passes::{self, Holder, WifiAccess};
use lobby_core::Store;
use std::process::Command;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run `make test-wifi`"))
}

/// A site whose guest tier is FreeRADIUS (802.1X), day passes hostapd keys, and the lounge a
/// shared hostapd passphrase. The tiers do not close: FreeRADIUS runs on the real clock.
fn config() -> Config {
    let text = format!(
        r#"
[wifi.freeradius]
database = "{db}"
[wifi.hostapd]
psk_file = "{psk}"
reload = ["hostapd_cli", "-p", "{ctrl}", "-i", "{iface}", "reload_wpa_psk"]

[wifi.tiers.guest]
ssid = "Lobby Guest"
security = "enterprise"
backend = "freeradius"
vlan = 30
close_at_closing = false

[wifi.tiers.day]
ssid = "Lobby Day"
security = "wpa2"
backend = "hostapd"
vlan = 20
close_at_closing = false

[wifi.tiers.lounge]
ssid = "Lobby Lounge"
security = "wpa2"
credentials = "shared"
backend = "hostapd"
vlan = 40
close_at_closing = false
"#,
        db = env("RADIUS_DB"),
        psk = env("HOSTAPD_PSK_FILE"),
        ctrl = env("HOSTAPD_CTRL"),
        iface = env("HOSTAPD_IFACE"),
    );
    Config::parse(&text, None).unwrap()
}

/// What FreeRADIUS answered: accepted, and the reply attributes (`Name = value`).
fn radtest(user: &str, password: &str) -> (bool, Vec<String>) {
    let server = format!("127.0.0.1:{}", env("RADIUS_PORT"));
    let out = Command::new("radtest")
        .args([user, password, &server, "0", &env("RADIUS_SECRET")])
        .output()
        .expect("radtest runs");
    let text = String::from_utf8_lossy(&out.stdout);
    // Only what follows "Received": the "Sent" block lists radtest's own attributes.
    let received = text.split("Received ").nth(1).unwrap_or("");
    let accepted = received.starts_with("Access-Accept");
    assert_eq!(accepted, out.status.success(), "{text}");
    let attributes = received
        .lines()
        .skip(1)
        .map(|l| l.trim().replace(":0 =", " ="))
        .filter(|l| !l.is_empty())
        .collect();
    (accepted, attributes)
}

async fn issue(
    store: &Store,
    config: &Config,
    tier: &str,
    at: chrono::DateTime<Utc>,
    hours: u32,
) -> WifiAccess {
    let mut tx = store.begin_write().await.unwrap();
    let a = passes::issue(
        &mut tx,
        at,
        config,
        tier,
        Holder::Label("Test Guest"),
        Some(hours),
        Actor::Cli,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    a
}

async fn sync_ok(store: &Store, config: &Config) {
    for s in backends::sync(store, Utc::now(), config).await.unwrap() {
        assert_eq!(s.error, None, "{:?}", s.backend);
        assert!(s.in_line);
    }
}

fn sqlite(db: &str, sql: &str) -> String {
    let out = Command::new("sqlite3").args([db, sql]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
#[ignore = "needs FreeRADIUS and hostapd: make test-wifi"]
async fn freeradius_accepts_a_pass_until_it_is_revoked_or_expires() {
    let (_dir, store, config) = site_with(config()).await;
    let db = env("RADIUS_DB");
    // Somebody else's account in the same database is never touched.
    sqlite(&db, "DELETE FROM radcheck WHERE username = 'alice'; INSERT INTO radcheck (username, attribute, op, value) VALUES ('alice', 'Cleartext-Password', ':=', 'alice-secret-1')");
    let now = Utc::now();
    let pass = issue(&store, &config, "guest", now, 2).await;
    let (user, password) = (
        pass.username.clone().unwrap(),
        pass.password.clone().unwrap(),
    );
    assert_eq!(Some(&user), pass.pass_id.as_ref());
    let (ok, _) = radtest(&user, &password);
    assert!(!ok, "not applied yet");
    sync_ok(&store, &config).await;
    let (ok, attrs) = radtest(&user, &password);
    assert!(ok, "{attrs:?}");
    for want in [
        "Tunnel-Type = VLAN",
        "Tunnel-Medium-Type = IEEE-802",
        "Tunnel-Private-Group-Id = \"30\"",
    ] {
        assert!(attrs.iter().any(|a| a == want), "{want} in {attrs:?}");
    }
    let timeout: i64 = attrs
        .iter()
        .find_map(|a| a.strip_prefix("Session-Timeout = "))
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (7000..=7200).contains(&timeout),
        "Session-Timeout {timeout} ends at the expiry"
    );
    assert!(!radtest(&user, "wrong-pass-word").0);
    // A second sync changes nothing.
    sync_ok(&store, &config).await;
    assert!(radtest(&user, &password).0);

    passes::revoke(&store, Utc::now(), &user, Actor::Cli)
        .await
        .unwrap();
    sync_ok(&store, &config).await;
    assert!(!radtest(&user, &password).0, "revoked");

    // Expired on its own: FreeRADIUS refuses it even before the sweep removes it.
    let old = issue(&store, &config, "guest", now - Duration::hours(3), 1).await;
    sync_ok(&store, &config).await;
    assert!(
        !radtest(
            old.username.as_deref().unwrap(),
            old.password.as_deref().unwrap()
        )
        .0
    );
    let swept = passes::sweep(&store, Utc::now(), &config).await.unwrap();
    assert_eq!(swept.expired, 1);
    sync_ok(&store, &config).await;
    let left = sqlite(
        &db,
        "SELECT DISTINCT username FROM radcheck ORDER BY username",
    );
    assert_eq!(left.trim(), "alice", "only the other account is left");
    assert_eq!(
        sqlite(&db, "SELECT COUNT(*) FROM radpostauth").trim(),
        "0",
        "no password in post-auth"
    );
}

#[tokio::test]
#[ignore = "needs FreeRADIUS and hostapd: make test-wifi"]
async fn freeradius_keeps_accepting_while_the_kiosk_writes() {
    let (_dir, store, config) = site_with(config()).await;
    let member = issue(&store, &config, "guest", Utc::now(), 8).await;
    sync_ok(&store, &config).await;
    let (user, password) = (member.username.unwrap(), member.password.unwrap());
    let logins =
        std::thread::spawn(move || (0..30).filter(|_| radtest(&user, &password).0).count());
    // Meanwhile the kiosk issues and applies passes as fast as it can.
    let mut issued = 0;
    while !logins.is_finished() {
        issue(&store, &config, "guest", Utc::now(), 8).await;
        sync_ok(&store, &config).await;
        issued += 1;
    }
    assert_eq!(
        logins.join().unwrap(),
        30,
        "every login accepted while {issued} passes were written"
    );
    assert!(issued > 5, "the writes overlapped the logins ({issued})");
}

#[tokio::test]
#[ignore = "needs FreeRADIUS and hostapd: make test-wifi"]
async fn hostapd_takes_the_keys_and_a_refused_reload_leaves_the_file_as_it_was() {
    let (_dir, store, config) = site_with(config()).await;
    let file = env("HOSTAPD_PSK_FILE");
    let a = issue(&store, &config, "day", Utc::now(), 8).await;
    let lounge = issue(&store, &config, "lounge", Utc::now(), 8).await;
    sync_ok(&store, &config).await;
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        lines,
        [
            format!(
                "keyid={} vlanid=20 00:00:00:00:00:00 {}",
                a.pass_id.as_deref().unwrap(),
                a.password.as_deref().unwrap()
            ),
            format!(
                "keyid=lounge vlanid=40 00:00:00:00:00:00 {}",
                lounge.password.as_deref().unwrap()
            ),
        ]
    );
    // hostapd's own parser took every line: a reload by hand says OK too.
    let reload = Command::new("hostapd_cli")
        .args([
            "-p",
            &env("HOSTAPD_CTRL"),
            "-i",
            &env("HOSTAPD_IFACE"),
            "reload_wpa_psk",
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&reload.stdout).trim(), "OK");

    // hostapd goes away: the new key is not applied, the file stays as hostapd last took it,
    // and the failure is on record for staff and the doctor.
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/wifi/hostapd.sh");
    assert!(Command::new(script).arg("stop").status().unwrap().success());
    let b = issue(&store, &config, "day", Utc::now(), 8).await;
    let status = backends::sync(&store, Utc::now(), &config).await.unwrap();
    let hostapd = status
        .iter()
        .find(|s| s.backend.as_str() == "hostapd")
        .unwrap();
    assert!(
        hostapd.error.as_deref().unwrap().contains("refused"),
        "{hostapd:?}"
    );
    assert!(!hostapd.in_line);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let freeradius = status
        .iter()
        .find(|s| s.backend.as_str() == "freeradius")
        .unwrap();
    assert!(
        freeradius.in_line,
        "one backend down does not hold up the other"
    );
    assert!(backends::due(
        &store,
        &config,
        Utc::now() + Duration::seconds(backends::RETRY_SECONDS)
    )
    .await
    .unwrap());

    // Back up: the retry applies everything, the pass issued meanwhile included.
    assert!(Command::new(script)
        .arg("start")
        .status()
        .unwrap()
        .success());
    sync_ok(&store, &config).await;
    let now_text = std::fs::read_to_string(&file).unwrap();
    assert!(now_text.contains(b.password.as_deref().unwrap()));
    passes::revoke(
        &store,
        Utc::now(),
        b.pass_id.as_deref().unwrap(),
        Actor::Cli,
    )
    .await
    .unwrap();
    sync_ok(&store, &config).await;
    assert!(!std::fs::read_to_string(&file)
        .unwrap()
        .contains(b.pass_id.as_deref().unwrap()));
}

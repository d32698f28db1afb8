//! The `[fleet]` section of lobby.toml (issue 15): what a tablet needs to join its site's
//! fleet, and the one clear refusal for each way it can be wrong.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use lobby_core::config::fleet::Credentials;
use lobby_core::config::Config;
use std::path::Path;

pub fn credentials(tablet: &str) -> Credentials {
    Credentials {
        site: "hq".into(),
        tablet: tablet.into(),
        user: format!("lobby-hq-{tablet}"),
        password: "s3cret-from-the-hub".into(),
        number: None,
        staff_key: None,
    }
}

/// A credentials file for `tablet` in `dir`.
pub fn credentials_file(dir: &Path, tablet: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{tablet}.creds"));
    std::fs::write(&path, credentials(tablet).to_file_text()).unwrap();
    path
}

/// lobby.toml with a `[fleet]` section (the default kiosk id is `lobby-1`).
pub fn fleet_toml(server: &str, creds: &Path) -> String {
    format!(
        "[fleet]\nserver = \"{server}\"\ncredentials = \"{}\"\n",
        creds.display()
    )
}

fn refusal(text: &str) -> (String, &'static str) {
    let e = Config::parse(text, None).unwrap_err();
    (e.key, e.message.id)
}

#[test]
fn a_valid_fleet_section_names_the_site_and_tablet_of_its_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let creds = credentials_file(dir.path(), "lobby-1");
    let config = Config::parse(&fleet_toml("tls://nats.hq.lan:4222", &creds), None).unwrap();
    let fleet = config.fleet.unwrap();
    assert_eq!(fleet.server, "tls://nats.hq.lan:4222");
    assert_eq!((fleet.site(), fleet.tablet()), ("hq", "lobby-1"));
    assert_eq!(fleet.credentials, credentials("lobby-1"));
    assert_eq!(fleet.ca, None);
    assert!(Config::parse("", None).unwrap().fleet.is_none());
}

#[test]
fn a_relative_credentials_path_is_refused() {
    let text = "[fleet]\nserver = \"nats://nats.hq.lan:4222\"\ncredentials = \"fleet.creds\"\n";
    assert_eq!(
        refusal(text),
        ("fleet.credentials".into(), "cli-config-wifi-absolute")
    );
}

#[test]
fn unreadable_or_malformed_credentials_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.creds");
    assert_eq!(
        refusal(&fleet_toml("nats://nats.hq.lan:4222", &missing)),
        ("fleet.credentials".into(), "cli-config-fleet-credentials")
    );
    for bad in [
        "not toml at all",
        "site = \"hq\"\ntablet = \"lobby-1\"\nuser = \"u\"\n",
        "site = \"HQ.*\"\ntablet = \"lobby-1\"\nuser = \"u\"\npassword = \"p\"\n",
        "site = \"hq\"\ntablet = \"lobby-1\"\nuser = \"u\"\npassword = \"\"\n",
    ] {
        let path = dir.path().join("bad.creds");
        std::fs::write(&path, bad).unwrap();
        assert_eq!(
            refusal(&fleet_toml("nats://nats.hq.lan:4222", &path)),
            ("fleet.credentials".into(), "cli-config-fleet-credentials"),
            "{bad}"
        );
    }
}

#[test]
fn credentials_for_another_tablet_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let creds = credentials_file(dir.path(), "lobby-2");
    let e = Config::parse(&fleet_toml("nats://nats.hq.lan:4222", &creds), None).unwrap_err();
    assert_eq!(e.key, "fleet.credentials");
    assert_eq!(e.message.id, "cli-config-fleet-tablet");
    assert!(e.message.args.contains(&("tablet", "lobby-2".to_string())));
    assert!(e.message.args.contains(&("id", "lobby-1".to_string())));
}

#[test]
fn a_server_that_is_not_nats_or_carries_a_password_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let creds = credentials_file(dir.path(), "lobby-1");
    for bad in [
        "http://nats.hq.lan:4222",
        "nats.hq.lan:4222",
        "nats://",
        "nats://lobby:secret@nats.hq.lan:4222",
        "tls://lobby@nats.hq.lan:4222",
    ] {
        assert_eq!(
            refusal(&fleet_toml(bad, &creds)),
            ("fleet.server".into(), "cli-config-fleet-server"),
            "{bad}"
        );
    }
}

#[test]
fn a_ca_that_is_not_a_pem_certificate_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let creds = credentials_file(dir.path(), "lobby-1");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, "not a certificate").unwrap();
    let text = format!(
        "{}ca = \"{}\"\n",
        fleet_toml("tls://nats.hq.lan:4222", &creds),
        ca.display()
    );
    assert_eq!(refusal(&text), ("fleet.ca".into(), "cli-config-fleet-ca"));
}

//! Staff accounts made at the hub (issue 16), with the real servers of `tests/fleet/nats.sh`:
//! `staff add` reads the PIN from standard input and what reaches the site's `LOBBY_DOWN_<SITE>`
//! holds neither the PIN nor the secret, only the hash and the secret sealed with the site's
//! staff key that `kiosk add` gives every tablet of the site (and only that site's).

use crate::common::*;
use crate::down::{env, hub_nats, site_down, streams, unique_site};
use crate::shared::database_url;
use lobby_core::config::fleet::Credentials;
use lobby_core::fleet::apply::{self, Outcome};
use lobby_core::fleet::down::Down;
use lobby_core::staff::{self, pin, totp, SignInRequest};
use lobby_core::FixedClock;
use lobby_hub::{kiosks, serve};
use std::io::Write as _;
use std::process::{Command, Stdio};

/// Runs the binary with `stdin` as its standard input (not a terminal).
fn hub_with_stdin(url: &str, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lobby-hub"))
        .arg("--database")
        .arg(url)
        .args(args)
        .env("LC_ALL", "en_US.UTF-8")
        .env_remove("LOBBY_HUB_NATS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The authenticator secret `staff add|reset` printed in its `otpauth://` URI: base32 and bytes.
fn printed_secret(out: &str) -> (String, Vec<u8>) {
    let base32 = out
        .split_once("secret=")
        .unwrap()
        .1
        .split('&')
        .next()
        .unwrap()
        .to_string();
    let secret = data_encoding::BASE32_NOPAD
        .decode(base32.as_bytes())
        .unwrap();
    (base32, secret)
}

fn nats_flags(nats: &serve::Nats) -> Vec<String> {
    vec![
        "--nats".into(),
        nats.url.clone(),
        "--nats-user".into(),
        nats.user.clone().unwrap(),
        "--nats-password-file".into(),
        nats.password_file.as_ref().unwrap().display().to_string(),
    ]
}

fn with(args: &[&str], more: &[String]) -> Vec<String> {
    args.iter()
        .map(|s| s.to_string())
        .chain(more.iter().cloned())
        .collect()
}

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn staff_add_sends_the_hash_and_the_sealed_secret_and_a_tablet_of_the_site_signs_in() {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let url = database_url(&pool).await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("staff");
    let annex = unique_site("annex");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    kiosks::add_site(&pool, &annex, &env("NATS_SITE"))
        .await
        .unwrap();
    let nats = hub_nats(dir.path());
    let client = serve::connect(&nats).await.unwrap();
    streams(&client, &nats, &site).await;

    // `kiosk add` writes the site's staff key: the same for two tablets of a site, another for
    // another site.
    let front_file = dir.path().join("front.creds");
    let (code, out, err) = hub_with_stdin(
        &url,
        &[
            "kiosk",
            "add",
            &site,
            "front",
            "--out",
            front_file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{out}{err}");
    let front = Credentials::read(&front_file).unwrap();
    assert!(std::fs::read_to_string(&front_file)
        .unwrap()
        .contains("staff_key = "));
    let key = front.staff_key().expect("a staff key of 64 hex digits");
    let back = kiosks::add_kiosk(&pool, &site, "back", false)
        .await
        .unwrap();
    assert_eq!(back.staff_key(), Some(key));
    let other = kiosks::add_kiosk(&pool, &annex, "front", false)
        .await
        .unwrap();
    assert!(other.staff_key().is_some());
    assert_ne!(other.staff_key(), Some(key));

    // `staff add` with the PIN on standard input.
    let flags = nats_flags(&nats);
    let add = with(&["staff", "add", &site, "Dana Ortiz"], &flags);
    let add: Vec<&str> = add.iter().map(String::as_str).collect();
    let (code, out, err) = hub_with_stdin(&url, &add, "582047\n");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Staff account Dana Ortiz saved"), "{out}");
    assert!(out.contains("Sent to the site's tablets"), "{out}");
    let uri = out
        .lines()
        .find_map(|l| {
            l.split_once("otpauth://")
                .map(|(_, r)| format!("otpauth://{r}"))
        })
        .unwrap();
    assert!(uri.starts_with("otpauth://totp/Lobby"), "{uri}");
    let (base32, secret) = printed_secret(&uri);

    let got = site_down(&client, &site, 1).await;
    let Down::Staff(dana) = &got[0] else {
        panic!("{got:?}")
    };
    let body = String::from_utf8(got[0].to_json()).unwrap();
    for secret_text in [
        base32.clone(),
        data_encoding::HEXLOWER.encode(&secret),
        data_encoding::HEXUPPER.encode(&secret),
        data_encoding::BASE64.encode(&secret),
        "582047".to_string(),
    ] {
        assert!(!body.contains(&secret_text), "{secret_text} in {body}");
    }
    assert_eq!(dana.name, "Dana Ortiz");
    assert!(dana.active);
    assert!(pin::matches("582047", &dana.pin_hash));
    assert_eq!(dana.open_totp(&key).as_deref(), Some(secret.as_slice()));
    assert_eq!(dana.open_totp(&other.staff_key().unwrap()), None);

    // A tablet of the site applies it with the key from its credentials, and Dana signs in.
    let tablet = Tablet::new(&site, "front").await;
    let now = friday_morning();
    let outcome = apply::apply_down(
        &tablet.store,
        now,
        "LOBBY_DOWN",
        1,
        &got[0].to_json(),
        Some(key),
    )
    .await
    .unwrap();
    assert_eq!(outcome, Outcome::Applied);
    let id: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE name = 'Dana Ortiz'")
        .fetch_one(tablet.store.pool())
        .await
        .unwrap();
    let request = SignInRequest {
        staff_id: Some(id),
        pin: "582047".into(),
        code: totp::code_at(&secret, now.timestamp()),
    };
    staff::sign_in(&tablet.store, &FixedClock::new(now), &request)
        .await
        .unwrap();

    // The same name again, and a PIN a tablet would refuse: refused, nothing saved or sent.
    let (code, _, err) = hub_with_stdin(&url, &add, "705318\n");
    assert_eq!(code, 2);
    assert!(
        err.contains("already has a staff account “Dana Ortiz”"),
        "{err}"
    );
    let weak = with(&["staff", "add", &site, "Eli Moreau"], &flags);
    let weak: Vec<&str> = weak.iter().map(String::as_str).collect();
    let (code, _, err) = hub_with_stdin(&url, &weak, "123456\n");
    assert_eq!(code, 2);
    assert!(err.contains("too easy to guess"), "{err}");
    let (code, _, err) = hub_with_stdin(&url, &weak, "582047\n");
    assert_eq!(code, 2);
    assert!(
        err.contains("Another active staff member has this PIN"),
        "{err}"
    );
    let (accounts, waiting): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM shared_staff), (SELECT COUNT(*) FROM down_outbox)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((accounts, waiting), (1, 0));

    // Disabled: sent again with the same sealed secret; disabling twice sends nothing.
    let disable = with(&["staff", "disable", &site, "Dana Ortiz"], &flags);
    let disable: Vec<&str> = disable.iter().map(String::as_str).collect();
    let (code, out, err) = hub_with_stdin(&url, &disable, "");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("disabled"), "{out}");
    let got = site_down(&client, &site, 2).await;
    let Down::Staff(off) = &got[1] else {
        panic!("{got:?}")
    };
    assert!(!off.active);
    assert_eq!(off.totp_sealed, dana.totp_sealed);
    let (code, out, _) = hub_with_stdin(&url, &disable, "");
    assert_eq!(code, 0);
    assert!(out.contains("already disabled"), "{out}");
    let (code, out, _) = hub_with_stdin(&url, &["staff", "list", &site], "");
    assert_eq!(code, 0);
    assert!(out.contains("Dana Ortiz: disabled, added "), "{out}");
    let (code, _, err) = hub_with_stdin(&url, &["staff", "enable", &site, "Nobody"], "");
    assert_eq!(code, 2);
    assert!(err.contains("no staff account “Nobody”"), "{err}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn staff_reset_sends_a_new_pin_and_secret_and_the_old_ones_stop_working_at_a_tablet() {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let url = database_url(&pool).await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("reset");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    let nats = hub_nats(dir.path());
    let client = serve::connect(&nats).await.unwrap();
    streams(&client, &nats, &site).await;
    let key = kiosks::add_kiosk(&pool, &site, "front", false)
        .await
        .unwrap()
        .staff_key()
        .unwrap();
    let flags = nats_flags(&nats);
    let run = |args: &[&str], stdin: &str| {
        let args = with(args, &flags);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        hub_with_stdin(&url, &args, stdin)
    };
    let (code, out, err) = run(&["staff", "add", &site, "Dana Ortiz"], "582047\n");
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&["staff", "add", &site, "Eli Moreau"], "640913\n");
    assert_eq!(code, 0, "{out}{err}");

    // Refused: an account the site does not have, and another active account's PIN.
    let (code, _, err) = run(&["staff", "reset", &site, "Nobody"], "705318\n");
    assert_eq!(code, 2);
    assert!(err.contains("no staff account “Nobody”"), "{err}");
    let (code, _, err) = run(&["staff", "reset", &site, "Dana Ortiz"], "640913\n");
    assert_eq!(code, 2);
    assert!(
        err.contains("Another active staff member has this PIN"),
        "{err}"
    );

    let (code, out, err) = run(&["staff", "reset", &site, "Dana Ortiz"], "705318\n");
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("has a new PIN and a new authenticator key"),
        "{out}"
    );
    let (_, secret) = printed_secret(&out);
    let got = site_down(&client, &site, 3).await;
    let (Down::Staff(before), Down::Staff(after)) = (&got[0], &got[2]) else {
        panic!("{got:?}")
    };
    assert_eq!(after.name, "Dana Ortiz");
    assert!(after.active);
    assert!(pin::matches("705318", &after.pin_hash));
    assert!(!pin::matches("582047", &after.pin_hash));
    assert_eq!(after.open_totp(&key).as_deref(), Some(secret.as_slice()));
    let old_secret = before.open_totp(&key).unwrap();
    assert_ne!(old_secret, secret);

    // A tablet that applied the account, then the reset: only the new PIN and app sign in.
    let tablet = Tablet::new(&site, "front").await;
    let now = friday_morning();
    for (i, message) in [&got[0], &got[2]].into_iter().enumerate() {
        let outcome = apply::apply_down(
            &tablet.store,
            now,
            "LOBBY_DOWN",
            i as u64 + 1,
            &message.to_json(),
            Some(key),
        )
        .await
        .unwrap();
        assert_eq!(outcome, Outcome::Applied);
    }
    let id: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE name = 'Dana Ortiz'")
        .fetch_one(tablet.store.pool())
        .await
        .unwrap();
    let sign_in = |pin: &str, secret: &[u8]| SignInRequest {
        staff_id: Some(id),
        pin: pin.into(),
        code: totp::code_at(secret, now.timestamp()),
    };
    let clock = FixedClock::new(now);
    for (pin, secret) in [("582047", &old_secret), ("705318", &old_secret)] {
        assert!(
            staff::sign_in(&tablet.store, &clock, &sign_in(pin, secret))
                .await
                .is_err(),
            "PIN {pin} with the old app"
        );
    }
    staff::sign_in(&tablet.store, &clock, &sign_in("705318", &secret))
        .await
        .unwrap();
}

//! Staff sign-in against a real temporary database, with a pinned clock.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use chrono::{Duration, TimeZone, Utc};
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::staff::{self, accounts, totp, SessionSlot, SignInRequest};
use lobby_core::{Clock, Error, FixedClock, Store};

async fn setup() -> (tempfile::TempDir, Store, FixedClock, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap());
    let created = staff::add(&store, &clock, "Lobby", "Ana", "582047", Actor::Cli)
        .await
        .unwrap();
    assert_eq!(created.identity.id, ANA);
    (dir, store, clock, created.secret)
}

/// Ana's account, the first one made.
const ANA: i64 = 1;

/// Ana signing in (her name chosen on the screen).
fn request(pin: &str, code: &str) -> SignInRequest {
    as_staff(ANA, pin, code)
}

fn as_staff(id: i64, pin: &str, code: &str) -> SignInRequest {
    SignInRequest {
        staff_id: Some(id),
        pin: pin.into(),
        code: code.into(),
    }
}

async fn audit_actions(store: &Store) -> Vec<(String, String)> {
    let mut conn = store.pool().acquire().await.unwrap();
    let mut rows = audit::recent(&mut conn, 100).await.unwrap();
    rows.reverse();
    rows.into_iter().map(|e| (e.action, e.details)).collect()
}

#[tokio::test]
async fn pin_and_current_code_sign_in() {
    let (_d, store, clock, secret) = setup().await;
    let code = totp::code_at(&secret, clock.now().timestamp());
    let who = staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    assert_eq!(who.name, "Ana");
    let log = audit_actions(&store).await;
    assert_eq!(log.last().unwrap().0, "staff-sign-in");
    assert!(log.last().unwrap().1.contains("\"ok\""));
}

#[tokio::test]
async fn a_code_cannot_be_used_twice() {
    let (_d, store, clock, secret) = setup().await;
    let code = totp::code_at(&secret, clock.now().timestamp());
    staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    let again = staff::sign_in(&store, &clock, &request("582047", &code)).await;
    assert!(
        matches!(again, Err(Error::SignInFailed { remaining: 4 })),
        "{again:?}"
    );
}

#[tokio::test]
async fn right_pin_wrong_code_and_wrong_pin_right_code_both_fail() {
    let (_d, store, clock, secret) = setup().await;
    let code = totp::code_at(&secret, clock.now().timestamp());
    let wrong_code = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let r = staff::sign_in(&store, &clock, &request("582047", &wrong_code)).await;
    assert!(
        matches!(r, Err(Error::SignInFailed { remaining: 4 })),
        "{r:?}"
    );
    let r = staff::sign_in(&store, &clock, &request("111111", &code)).await;
    assert!(
        matches!(r, Err(Error::SignInFailed { remaining: 3 })),
        "{r:?}"
    );
}

#[tokio::test]
async fn five_wrong_tries_lock_with_a_growing_delay() {
    let (_d, store, clock, secret) = setup().await;
    for remaining in (1..=4).rev() {
        let r = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
        assert!(
            matches!(r, Err(Error::SignInFailed { remaining: n }) if n == remaining),
            "{r:?}"
        );
    }
    let r = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
    assert!(
        matches!(
            r,
            Err(Error::SignInLocked {
                retry_after_secs: 15
            })
        ),
        "{r:?}"
    );

    // While locked even the right PIN and code are refused.
    let good = totp::code_at(&secret, clock.now().timestamp());
    let r = staff::sign_in(&store, &clock, &request("582047", &good)).await;
    assert!(matches!(r, Err(Error::SignInLocked { .. })), "{r:?}");

    // After the lock, one more wrong try locks for twice as long.
    clock.advance(Duration::seconds(16));
    let r = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
    assert!(
        matches!(
            r,
            Err(Error::SignInLocked {
                retry_after_secs: 30
            })
        ),
        "{r:?}"
    );

    // After that lock the right PIN and code work and reset the count.
    clock.advance(Duration::seconds(31));
    let good = totp::code_at(&secret, clock.now().timestamp());
    staff::sign_in(&store, &clock, &request("582047", &good))
        .await
        .unwrap();
    let r = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
    assert!(
        matches!(r, Err(Error::SignInFailed { remaining: 4 })),
        "{r:?}"
    );

    // Every attempt was audited, and the chain is intact.
    let attempts = audit_actions(&store)
        .await
        .iter()
        .filter(|(a, _)| a == "staff-sign-in")
        .count();
    assert_eq!(attempts, 9);
    let mut conn = store.pool().acquire().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn the_lock_survives_reopening_the_store() {
    let (dir, store, clock, _secret) = setup().await;
    for _ in 0..5 {
        let _ = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
    }
    store.close().await;
    let store = Store::open(dir.path()).await.unwrap();
    let left = staff::locked_for(&store, ANA, clock.now()).await.unwrap();
    assert_eq!(left, Some(Duration::seconds(15)));
}

#[test]
fn lock_grows_and_is_capped() {
    assert_eq!(staff::lock_after(4), None);
    assert_eq!(staff::lock_after(5), Some(Duration::seconds(15)));
    assert_eq!(staff::lock_after(6), Some(Duration::seconds(30)));
    assert_eq!(staff::lock_after(7), Some(Duration::seconds(60)));
    assert_eq!(staff::lock_after(8), Some(Duration::seconds(60)));
    assert_eq!(staff::lock_after(40), Some(Duration::minutes(1)));
}

/// Issue 22: wrong PINs typed at the screen lock nobody else out, and keep the staff member
/// they were typed for out for a minute at most.
#[tokio::test]
async fn ten_wrong_tries_keep_no_one_with_both_factors_out_for_more_than_a_minute() {
    let (_d, store, clock, ana_secret) = setup().await;
    let bo = staff::add(&store, &clock, "Lobby", "Bo", "739164", Actor::Cli)
        .await
        .unwrap();
    // Ten wrong tries for Ana, one a second, and ten for nobody in particular.
    for _ in 0..10 {
        let _ = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
        let anonymous = SignInRequest {
            staff_id: None,
            ..request("000000", "000000")
        };
        let r = staff::sign_in(&store, &clock, &anonymous).await;
        assert!(matches!(r, Err(Error::SignInFailed { .. })), "{r:?}");
        clock.advance(Duration::seconds(1));
    }
    // Bo signs in at once.
    let code = totp::code_at(&bo.secret, clock.now().timestamp());
    let who = staff::sign_in(&store, &clock, &as_staff(bo.identity.id, "739164", &code))
        .await
        .unwrap();
    assert_eq!(who.name, "Bo");
    // Ana waits, never more than a minute, however many wrong tries follow.
    for _ in 0..50 {
        let _ = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
        let left = staff::locked_for(&store, ANA, clock.now()).await.unwrap();
        assert!(left.is_some_and(|l| l <= Duration::minutes(1)), "{left:?}");
        clock.advance(Duration::seconds(7));
    }
    let left = staff::locked_for(&store, ANA, clock.now())
        .await
        .unwrap()
        .unwrap_or_default();
    clock.advance(left);
    let code = totp::code_at(&ana_secret, clock.now().timestamp());
    let who = staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    assert_eq!(who.name, "Ana");
}

#[tokio::test]
async fn staff_unlock_lifts_the_wait_at_once_and_is_audited() {
    let (_d, store, clock, secret) = setup().await;
    for _ in 0..6 {
        let _ = staff::sign_in(&store, &clock, &request("000000", "000000")).await;
    }
    assert!(staff::locked_for(&store, ANA, clock.now())
        .await
        .unwrap()
        .is_some());
    let r = accounts::unlock(&store, clock.now(), Some("Nobody"), Actor::Cli).await;
    assert!(matches!(r, Err(Error::StaffNotFound(_))), "{r:?}");
    let unlocked = accounts::unlock(&store, clock.now(), None, Actor::Cli)
        .await
        .unwrap();
    assert_eq!(unlocked.len(), 1);
    assert_eq!(unlocked[0].name, "Ana");
    let code = totp::code_at(&secret, clock.now().timestamp());
    staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    // Nothing left to unlock.
    assert!(
        accounts::unlock(&store, clock.now(), Some("Ana"), Actor::Cli)
            .await
            .unwrap()
            .is_empty()
    );
    let log = audit_actions(&store).await;
    assert_eq!(log.iter().filter(|(a, _)| a == "staff-unlock").count(), 1);
}

/// The roster a staff member picks their name from: active accounts only, by name.
#[tokio::test]
async fn the_roster_lists_active_staff_by_name() {
    let (_d, store, clock, _) = setup().await;
    staff::add(&store, &clock, "Lobby", "Bo", "739164", Actor::Cli)
        .await
        .unwrap();
    staff::add(&store, &clock, "Lobby", "Aaron", "861930", Actor::Cli)
        .await
        .unwrap();
    accounts::set_active(&store, clock.now(), "Bo", false, Actor::Cli)
        .await
        .unwrap();
    let names: Vec<String> = staff::roster(&store)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["Aaron", "Ana"]);
}

#[tokio::test]
async fn duplicate_names_and_bad_pins_are_refused() {
    let (_d, store, clock, _) = setup().await;
    let r = staff::add(&store, &clock, "Lobby", " Ana ", "135790", Actor::Cli).await;
    assert!(
        matches!(r, Err(Error::StaffExists(ref n)) if n == "Ana"),
        "{r:?}"
    );
    let r = staff::add(&store, &clock, "Lobby", "Bo", "12ab56", Actor::Cli).await;
    assert!(matches!(r, Err(Error::PinInvalid)), "{r:?}");
    let r = staff::add(&store, &clock, "Lobby", "   ", "123456", Actor::Cli).await;
    assert!(matches!(r, Err(Error::StaffNameInvalid)), "{r:?}");
    assert_eq!(staff::count_active(&store).await.unwrap(), 1);
}

#[tokio::test]
async fn weak_pins_and_a_pin_another_active_member_has_are_refused() {
    let (_d, store, clock, _) = setup().await;
    for (pin, rule) in [
        ("444444", "one-digit"),
        ("123456", "run"),
        ("246810", "demo"),
    ] {
        let r = staff::add(&store, &clock, "Lobby", "Bo", pin, Actor::Cli).await;
        assert!(
            matches!(r, Err(Error::PinTooWeak { rule: w }) if w == rule),
            "{pin}: {r:?}"
        );
    }
    let r = staff::add(&store, &clock, "Lobby", "Bo", "582047", Actor::Cli).await;
    assert!(matches!(r, Err(Error::PinInUse)), "Ana has it: {r:?}");
    assert_eq!(staff::count_active(&store).await.unwrap(), 1);
    // Once Ana is disabled her PIN is no longer another active member's.
    accounts::set_active(&store, clock.now(), "Ana", false, Actor::Cli)
        .await
        .unwrap();
    staff::add(&store, &clock, "Lobby", "Bo", "582047", Actor::Cli)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_until_enabled_and_each_change_is_audited() {
    let (_d, store, clock, secret) = setup().await;
    let ana = staff::sign_in(
        &store,
        &clock,
        &request("582047", &totp::code_at(&secret, clock.now().timestamp())),
    )
    .await
    .unwrap();
    assert!(accounts::is_active(&store, ana.id).await.unwrap());
    assert!(
        accounts::set_active(&store, clock.now(), " Ana ", false, Actor::Cli)
            .await
            .unwrap()
    );
    assert!(!accounts::is_active(&store, ana.id).await.unwrap());
    assert!(
        !accounts::set_active(&store, clock.now(), "Ana", false, Actor::Cli)
            .await
            .unwrap(),
        "disabling twice changes nothing"
    );
    clock.advance(Duration::seconds(30));
    let code = totp::code_at(&secret, clock.now().timestamp());
    let r = staff::sign_in(&store, &clock, &request("582047", &code)).await;
    assert!(matches!(r, Err(Error::SignInFailed { .. })), "{r:?}");
    let r = accounts::set_active(&store, clock.now(), "Nobody", false, Actor::Cli).await;
    assert!(
        matches!(r, Err(Error::StaffNotFound(ref n)) if n == "Nobody"),
        "{r:?}"
    );
    accounts::set_active(&store, clock.now(), "Ana", true, Actor::Cli)
        .await
        .unwrap();
    clock.advance(Duration::seconds(30));
    let code = totp::code_at(&secret, clock.now().timestamp());
    staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    let list = accounts::list(&store).await.unwrap();
    assert_eq!(list.len(), 1);
    assert!(list[0].active && list[0].name == "Ana" && list[0].badges == 0);
    let actions: Vec<String> = audit_actions(&store)
        .await
        .into_iter()
        .map(|(a, _)| a)
        .filter(|a| a.starts_with("staff-") && a != "staff-sign-in")
        .collect();
    assert_eq!(actions, ["staff-add", "staff-disable", "staff-enable"]);
}

#[tokio::test]
async fn a_new_pin_and_a_new_authenticator_replace_the_old_ones() {
    let (_d, store, clock, old_secret) = setup().await;
    let r = accounts::reset_pin(&store, clock.now(), "Ana", "654321", Actor::Cli).await;
    assert!(matches!(r, Err(Error::PinTooWeak { .. })), "{r:?}");
    // Her own PIN again is not "another member's".
    accounts::reset_pin(&store, clock.now(), "Ana", "582047", Actor::Cli)
        .await
        .unwrap();
    accounts::reset_pin(&store, clock.now(), "Ana", "917364", Actor::Cli)
        .await
        .unwrap();
    let fresh = accounts::reset_totp(&store, clock.now(), "Lobby", "Ana", Actor::Cli)
        .await
        .unwrap();
    assert_ne!(fresh.secret, old_secret);
    assert!(fresh.provisioning_uri.starts_with("otpauth://totp/"));
    let old_code = totp::code_at(&old_secret, clock.now().timestamp());
    let r = staff::sign_in(&store, &clock, &request("917364", &old_code)).await;
    assert!(matches!(r, Err(Error::SignInFailed { .. })), "{r:?}");
    let code = totp::code_at(&fresh.secret, clock.now().timestamp());
    let r = staff::sign_in(&store, &clock, &request("582047", &code)).await;
    assert!(
        matches!(r, Err(Error::SignInFailed { .. })),
        "old PIN: {r:?}"
    );
    staff::sign_in(&store, &clock, &request("917364", &code))
        .await
        .unwrap();
    let log = audit_actions(&store).await;
    assert_eq!(
        log.iter()
            .filter(|(a, _)| a == "staff-reset-pin" || a == "staff-reset-totp")
            .count(),
        3
    );
    let mut conn = store.pool().acquire().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[test]
fn sessions_end_after_two_idle_minutes_and_activity_extends_them() {
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap());
    let slot = SessionSlot::default();
    assert_eq!(slot.require(clock.now()), Err(None));
    slot.start(
        staff::StaffIdentity {
            id: 1,
            name: "Ana".into(),
        },
        clock.now(),
    );
    clock.advance(Duration::seconds(100));
    assert!(slot.require(clock.now()).is_ok());
    clock.advance(Duration::seconds(100));
    assert!(
        slot.require(clock.now()).is_ok(),
        "activity at 100 s extended the session"
    );
    clock.advance(Duration::seconds(120));
    let expired = slot.require(clock.now()).unwrap_err().unwrap();
    assert_eq!(expired.0.name, "Ana");
    assert_eq!(slot.require(clock.now()), Err(None));
}

/// Issue 25: staff counting people at the assembly point were signed out after two idle
/// minutes, and the roll call was behind the sign-in again.
#[tokio::test]
async fn a_session_is_held_open_while_emergency_mode_is_on_or_a_roll_call_is_open() {
    let (_dir, store, clock, _) = setup().await;
    let config = lobby_core::Config::demo();
    let held = || async {
        staff::session_held(&mut store.conn().await.unwrap())
            .await
            .unwrap()
    };
    assert!(!held().await, "nothing going on");
    let slot = SessionSlot::default();
    let ana = staff::StaffIdentity {
        id: 1,
        name: "Ana".into(),
    };
    slot.start(ana.clone(), clock.now());

    lobby_core::emergency::start(
        &store,
        clock.now(),
        Actor::Cli,
        lobby_core::emergency::EmergencyKind::Fire,
        None,
    )
    .await
    .unwrap();
    assert!(held().await, "emergency mode on");
    slot.hold(held().await);
    clock.advance(Duration::minutes(30));
    assert_eq!(slot.current(clock.now()), Some(ana.clone()));
    assert_eq!(slot.require(clock.now()), Ok(ana.clone()));

    // The all clear with a roll call still open: still held.
    let id = 1;
    let call = lobby_core::visits::rollcall::start(&store, clock.now(), &config, id)
        .await
        .unwrap();
    lobby_core::emergency::end(&store, clock.now(), Actor::Staff(id))
        .await
        .unwrap();
    assert!(held().await, "the roll call is open");
    slot.hold(held().await);
    clock.advance(Duration::minutes(30));
    assert!(slot.require(clock.now()).is_ok());

    // The roll call finished: two idle minutes end the session again.
    lobby_core::visits::rollcall::finish(&store, clock.now(), id, call.id)
        .await
        .unwrap();
    assert!(!held().await);
    slot.hold(held().await);
    clock.advance(Duration::minutes(3));
    assert_eq!(slot.current(clock.now()), None);
    assert!(
        slot.require(clock.now()).unwrap_err().is_some(),
        "expired, to be audited"
    );
}

/// A copy of the data folder without the key file: the TOTP secret is not in it, and the
/// copy signs nobody in; with the key (as a restore brings it) it works.
#[tokio::test]
async fn a_copied_database_without_the_key_yields_no_totp_secret() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("etc").join(lobby_core::keys::KEY_FILE);
    let data = dir.path().join("data");
    let clock = FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap());
    let store = lobby_core::sealing::open_keyed(&data, &key_file)
        .await
        .unwrap();
    let created = staff::add(&store, &clock, "Lobby", "Ana", "582047", Actor::Cli)
        .await
        .unwrap();
    let fingerprint = store.key().unwrap().fingerprint();
    store.close().await;

    let copy = dir.path().join("stolen");
    std::fs::create_dir_all(&copy).unwrap();
    // The whole database, as a copy of the data folder takes it: a write-ahead log not yet
    // checkpointed into the file (a busy machine) holds the newest rows.
    for file in ["lobby.db", "lobby.db-wal"] {
        if data.join(file).exists() {
            std::fs::copy(data.join(file), copy.join(file)).unwrap();
        }
    }
    let raw = [
        std::fs::read(copy.join("lobby.db")).unwrap(),
        std::fs::read(copy.join("lobby.db-wal")).unwrap_or_default(),
    ]
    .concat();
    assert!(
        !raw.windows(created.secret.len())
            .any(|w| w == created.secret.as_slice()),
        "the TOTP secret is in the file in the clear"
    );
    let code = totp::code_at(&created.secret, clock.now().timestamp());

    // Without any key: the sealed secret does not open.
    let thief = Store::open(&copy).await.unwrap();
    let stolen = staff::sign_in(&thief, &clock, &request("582047", &code)).await;
    assert!(matches!(stolen, Err(Error::SecretUnreadable)), "{stolen:?}");
    thief.close().await;
    // With a key of their own, or none where the key should be: refused, named.
    let other = dir.path().join("other.key");
    lobby_core::keys::SiteKey::generate()
        .save_new(&other)
        .unwrap();
    match lobby_core::sealing::open_keyed(&copy, &other).await {
        Err(Error::KeyMismatch { expected, .. }) => assert_eq!(expected, fingerprint),
        other => panic!("expected a key mismatch, got {other:?}"),
    }
    match lobby_core::sealing::open_keyed(&copy, &dir.path().join("missing.key")).await {
        Err(Error::KeyMissing { fingerprint: f, .. }) => assert_eq!(f, fingerprint),
        other => panic!("expected a missing key, got {other:?}"),
    }
    assert!(!dir.path().join("missing.key").exists(), "no new key made");

    // With the site's key, the copy works.
    let restored = lobby_core::sealing::open_keyed(&copy, &key_file)
        .await
        .unwrap();
    let who = staff::sign_in(&restored, &clock, &request("582047", &code))
        .await
        .unwrap();
    assert_eq!(who.name, "Ana");
    let mut conn = restored.pool().acquire().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, restored.key()).await.unwrap(),
        Verdict::Intact { unchecked: 0, .. }
    ));
}

/// A database made before keys: its clear secrets are sealed the first time it is opened
/// with a key, in one audited step, and sign-in goes on working.
#[tokio::test]
async fn clear_secrets_of_an_older_database_are_sealed_at_the_first_keyed_open() {
    let (dir, store, clock, secret) = setup().await;
    store.close().await;
    let key_file = dir.path().join("key").join(lobby_core::keys::KEY_FILE);
    let store = lobby_core::sealing::open_keyed(dir.path(), &key_file)
        .await
        .unwrap();
    let stored: Vec<u8> = sqlx::query_scalar("SELECT totp_secret FROM staff WHERE id = 1")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert!(lobby_core::keys::is_sealed(&stored));
    let log = audit_actions(&store).await;
    assert_eq!(log.last().unwrap().0, "site-key");
    assert!(log.last().unwrap().1.contains("\"sealed\":1"));
    let code = totp::code_at(&secret, clock.now().timestamp());
    staff::sign_in(&store, &clock, &request("582047", &code))
        .await
        .unwrap();
    let mut conn = store.pool().acquire().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, store.key()).await.unwrap(),
        Verdict::Intact { unchecked: 0, .. }
    ));
}

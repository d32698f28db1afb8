//! Staff accounts owned by the hub (issue 16), without a network: a `Down::Staff` made exactly
//! as `lobby-hub staff add` makes it, applied as the subscriber applies it, and then used at the
//! tablet's sign-in as a person would use it. The hub's side, with the real servers, is
//! `crates/lobby-hub/tests/hub/staff.rs`.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::{friday_morning, NO_CODE_OF_CONDUCT};
use crate::fleet_config::{credentials, fleet_toml};
use chrono::{DateTime, Duration, Utc};
use lobby_core::audit::Actor;
use lobby_core::config::Config;
use lobby_core::error::Error;
use lobby_core::fleet::apply::{self, Outcome};
use lobby_core::fleet::down::{Down, SharedStaff};
use lobby_core::fleet::{self, PROTOCOL};
use lobby_core::keys;
use lobby_core::staff::{self, pin, totp, SignInRequest};
use lobby_core::{demo, FixedClock, Store};

const DOWN: &str = "LOBBY_DOWN_HQ";

struct Tablet {
    store: Store,
    config: Config,
    _dirs: (tempfile::TempDir, tempfile::TempDir),
}

/// A tablet of site `hq` with its own site key (as a real tablet has), joined with a
/// credentials file that holds `staff_key` (hex), or none.
async fn tablet(id: &str, staff_key: Option<[u8; 32]>) -> Tablet {
    let creds_dir = tempfile::tempdir().unwrap();
    let creds = creds_dir.path().join(format!("{id}.creds"));
    let mut c = credentials(id);
    c.staff_key = staff_key.map(|k| data_encoding::HEXLOWER.encode(&k));
    std::fs::write(&creds, c.to_file_text()).unwrap();
    let text = format!(
        "{NO_CODE_OF_CONDUCT}{}\n[kiosk]\nid = \"{id}\"\n",
        fleet_toml("nats://127.0.0.1:1", &creds)
    );
    let config = Config::parse(&text, None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = lobby_core::sealing::open_keyed(dir.path(), &dir.path().join(keys::KEY_FILE))
        .await
        .unwrap();
    demo::seed(&store, &FixedClock::new(friday_morning()), &config, "Lobby")
        .await
        .unwrap();
    fleet::sync(&store, friday_morning(), config.fleet.as_ref())
        .await
        .unwrap();
    Tablet {
        store,
        config,
        _dirs: (dir, creds_dir),
    }
}

impl Tablet {
    /// The staff key as the subscriber reads it: from the credentials file, through the config.
    fn staff_key(&self) -> Option<[u8; 32]> {
        self.config.fleet.as_ref().unwrap().credentials.staff_key()
    }

    async fn apply(&self, now: DateTime<Utc>, seq: u64, message: &Down) -> Outcome {
        apply::apply_down(
            &self.store,
            now,
            DOWN,
            seq,
            &message.to_json(),
            self.staff_key(),
        )
        .await
        .unwrap()
    }

    async fn staff_id(&self, name: &str) -> Option<i64> {
        sqlx::query_scalar("SELECT id FROM staff WHERE name = ?")
            .bind(name)
            .fetch_optional(self.store.pool())
            .await
            .unwrap()
    }

    async fn sign_in(
        &self,
        at: DateTime<Utc>,
        name: &str,
        pin: &str,
        code: &str,
    ) -> Result<(), Error> {
        let request = SignInRequest {
            staff_id: self.staff_id(name).await,
            pin: pin.into(),
            code: code.into(),
        };
        staff::sign_in(&self.store, &FixedClock::new(at), &request)
            .await
            .map(|_| ())
    }
}

/// A staff account as `lobby-hub staff add` makes it: the PIN checked and hashed by lobby-core,
/// a fresh secret from the totp module, sealed with the site's staff key.
fn from_hub(key: &[u8; 32], name: &str, pin_text: &str, secret: &[u8], active: bool) -> Down {
    pin::validate_new(pin_text).unwrap();
    Down::Staff(SharedStaff {
        v: PROTOCOL,
        name: name.into(),
        pin_hash: pin::hash(pin_text).unwrap(),
        totp_sealed: SharedStaff::seal_totp(key, name, secret),
        active,
        at: friday_morning().to_rfc3339(),
    })
}

#[tokio::test]
async fn a_staff_account_from_the_hub_signs_in_at_the_tablet_and_a_disabled_one_does_not() {
    let key: [u8; 32] = rand::random();
    let t = tablet("front", Some(key)).await;
    assert_eq!(t.staff_key(), Some(key), "read from the credentials file");
    let now = friday_morning();

    // An account of the same name made at this tablet before: the hub's replaces it.
    staff::add(
        &t.store,
        &FixedClock::new(now),
        "Lobby",
        "Dana Ortiz",
        "135791",
        Actor::Cli,
    )
    .await
    .unwrap();
    let local = t.staff_id("Dana Ortiz").await.unwrap();

    let secret = totp::new_secret();
    let dana = from_hub(&key, "Dana Ortiz", "582047", &secret, true);
    assert_eq!(t.apply(now, 1, &dana).await, Outcome::Applied);
    assert_eq!(t.apply(now, 1, &dana).await, Outcome::Repeat);
    assert_eq!(t.staff_id("Dana Ortiz").await, Some(local), "one account");

    // Stored as the tablet stores secrets: sealed with its own site key, not in the clear.
    let stored: Vec<u8> = sqlx::query_scalar("SELECT totp_secret FROM staff WHERE id = ?")
        .bind(local)
        .fetch_one(t.store.pool())
        .await
        .unwrap();
    assert!(keys::is_sealed(&stored));
    assert!(!stored.windows(secret.len()).any(|w| w == secret.as_slice()));

    // The audit entry names the account and where it came from, never the hash or the secret.
    let (actor, details): (String, String) = sqlx::query_as(
        "SELECT actor, details FROM audit_log WHERE action = 'fleet-apply' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(t.store.pool())
    .await
    .unwrap();
    assert!(actor.contains("hub"), "{actor}");
    assert!(
        details.contains("Dana Ortiz") && details.contains("\"staff\""),
        "{details}"
    );
    let Down::Staff(shared) = &dana else {
        unreachable!()
    };
    assert!(!details.contains(&shared.pin_hash), "{details}");
    assert!(!details.contains(&shared.totp_sealed), "{details}");
    assert!(
        !details.contains(&totp::secret_base32(&secret)),
        "{details}"
    );

    // The tablet's old PIN no longer opens it; the hub's PIN and a code from the secret do.
    let code = totp::code_at(&secret, now.timestamp());
    assert!(t.sign_in(now, "Dana Ortiz", "135791", &code).await.is_err());
    t.sign_in(now, "Dana Ortiz", "582047", &code).await.unwrap();

    // Disabled at the hub: refused, with a code never used before.
    let later = now + Duration::seconds(30);
    let disabled = from_hub(&key, "Dana Ortiz", "582047", &secret, false);
    assert_eq!(t.apply(later, 2, &disabled).await, Outcome::Applied);
    let next = totp::code_at(&secret, later.timestamp());
    assert!(matches!(
        t.sign_in(later, "Dana Ortiz", "582047", &next).await,
        Err(Error::SignInFailed { .. })
    ));
    // Enabled again: the same secret, and the code already used stays used.
    let enabled = from_hub(&key, "Dana Ortiz", "582047", &secret, true);
    assert_eq!(t.apply(later, 3, &enabled).await, Outcome::Applied);
    assert!(t
        .sign_in(later, "Dana Ortiz", "582047", &code)
        .await
        .is_err());
    let after = later + Duration::seconds(60);
    let fresh = totp::code_at(&secret, after.timestamp());
    t.sign_in(after, "Dana Ortiz", "582047", &fresh)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_staff_account_sealed_with_another_key_or_for_another_name_is_rejected() {
    let key: [u8; 32] = rand::random();
    let other_site: [u8; 32] = rand::random();
    let t = tablet("front", Some(key)).await;
    let now = friday_morning();
    let secret = totp::new_secret();

    // Another site's staff key.
    let eli = from_hub(&other_site, "Eli Moreau", "582047", &secret, true);
    assert_eq!(t.apply(now, 1, &eli).await, Outcome::Rejected);
    assert_eq!(t.staff_id("Eli Moreau").await, None);

    // This site's key, but the sealed secret of another account put under Eli's name.
    let Down::Staff(dana) = from_hub(&key, "Dana Ortiz", "582047", &secret, true) else {
        unreachable!()
    };
    let moved = Down::Staff(SharedStaff {
        name: "Eli Moreau".into(),
        ..dana
    });
    assert_eq!(t.apply(now, 2, &moved).await, Outcome::Rejected);
    assert_eq!(t.staff_id("Eli Moreau").await, None);

    // The fleet's own row is never an account one signs in with.
    let fleet_row = from_hub(&key, apply::FLEET_STAFF, "582047", &secret, true);
    assert_eq!(t.apply(now, 3, &fleet_row).await, Outcome::Rejected);

    // The stream goes on: the next good message is applied.
    let good = from_hub(&key, "Eli Moreau", "582047", &secret, true);
    assert_eq!(t.apply(now, 4, &good).await, Outcome::Applied);

    // A tablet whose credentials have no staff key refuses them all.
    let old = tablet("back", None).await;
    assert_eq!(old.staff_key(), None);
    assert_eq!(old.apply(now, 1, &good).await, Outcome::Rejected);
    assert_eq!(old.staff_id("Eli Moreau").await, None);
    let outcomes: Vec<String> =
        sqlx::query_scalar("SELECT outcome FROM fleet_inbox WHERE stream = ? ORDER BY seq")
            .bind(DOWN)
            .fetch_all(old.store.pool())
            .await
            .unwrap();
    assert_eq!(outcomes, ["rejected"]);
}

#[test]
fn a_credentials_file_with_a_malformed_staff_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("front.creds");
    let mut c = credentials("front");
    c.staff_key = Some("not-hex".into());
    std::fs::write(&path, c.to_file_text()).unwrap();
    let refused = lobby_core::config::fleet::Credentials::read(&path).unwrap_err();
    assert!(
        refused.args.iter().any(|(_, v)| v == "staff_key"),
        "{refused:?}"
    );
    // Written without one, the file has no such line and still loads.
    c.staff_key = None;
    assert!(!c.to_file_text().contains("staff_key"));
    std::fs::write(&path, c.to_file_text()).unwrap();
    assert_eq!(
        lobby_core::config::fleet::Credentials::read(&path)
            .unwrap()
            .staff_key(),
        None
    );
}

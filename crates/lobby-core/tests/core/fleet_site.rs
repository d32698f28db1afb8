//! One site, many tablets (issue 16), without a network: the site's stream is a list here, fed
//! with each tablet's waiting events exactly as the publisher reads them and applied exactly as
//! the subscriber applies them. The real JetStream path is `tests/fleet` (`make test-fleet`).

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::{friday_morning, guest_in, site_with, NO_CODE_OF_CONDUCT};
use crate::fleet_config::{credentials, fleet_toml};
use chrono::{DateTime, Duration, Utc};
use lobby_core::audit::Actor;
use lobby_core::badges::Tapped;
use lobby_core::config::Config;
use lobby_core::emergency::{self, EmergencyKind};
use lobby_core::error::Error;
use lobby_core::fleet::apply::{self, Outcome};
use lobby_core::fleet::down::{Down, EmergencyFacts, SharedBadge, SharedMember};
use lobby_core::fleet::{self, Event};
use lobby_core::{visits, Store};

const STREAM: &str = "LOBBY_UP_HQ";
const DOWN: &str = "LOBBY_DOWN_HQ";

struct Tablet {
    id: String,
    store: Store,
    config: Config,
    _dirs: (tempfile::TempDir, tempfile::TempDir),
}

/// A tablet of site `hq` with its number, joined.
async fn tablet(id: &str, number: u8) -> Tablet {
    let creds_dir = tempfile::tempdir().unwrap();
    let creds = creds_dir.path().join(format!("{id}.creds"));
    let mut c = credentials(id);
    c.number = Some(number);
    std::fs::write(&creds, c.to_file_text()).unwrap();
    let text = format!(
        "{NO_CODE_OF_CONDUCT}{}\n[kiosk]\nid = \"{id}\"\n",
        fleet_toml("nats://127.0.0.1:1", &creds)
    );
    let (dir, store, config) = site_with(Config::parse(&text, None).unwrap()).await;
    fleet::sync(&store, friday_morning(), config.fleet.as_ref())
        .await
        .unwrap();
    Tablet {
        id: id.into(),
        store,
        config,
        _dirs: (dir, creds_dir),
    }
}

/// An NTAG card the hub lists for a member, valid since 2026.
fn card(uid: &str) -> SharedBadge {
    SharedBadge {
        uid: uid.into(),
        card_type: "ntag".into(),
        groups: vec![],
        valid_from: "2026-01-01".into(),
        valid_to: None,
    }
}

/// Tablets A, B and C of site `hq`, numbers 1 to 3.
async fn three() -> (Tablet, Tablet, Tablet) {
    (
        tablet("lobby-a", 1).await,
        tablet("lobby-b", 2).await,
        tablet("lobby-c", 3).await,
    )
}

/// The site's up stream: every tablet's events in the order they were sent.
#[derive(Default)]
struct Site {
    up: Vec<Vec<u8>>,
}

impl Site {
    /// Sends what waits on `t`, as its publisher does.
    async fn send(&mut self, t: &Tablet) {
        let entries = fleet::pending(&t.store, 10_000).await.unwrap();
        let seqs: Vec<i64> = entries.iter().map(|e| e.seq).collect();
        for e in entries {
            self.up.push(Event::Entry(e).to_json());
        }
        fleet::mark_sent(&t.store, friday_morning(), &seqs)
            .await
            .unwrap();
    }

    /// Applies what `t` has not read yet, as its subscriber does.
    async fn read(&self, t: &Tablet, now: DateTime<Utc>) -> Vec<Outcome> {
        let from = apply::cursor(&t.store, STREAM).await.unwrap() as usize;
        let mut out = Vec::new();
        for (i, bytes) in self.up.iter().enumerate().skip(from) {
            out.push(
                apply::apply_up(&t.store, now, STREAM, i as u64 + 1, bytes)
                    .await
                    .unwrap(),
            );
        }
        out
    }
}

async fn on_site(t: &Tablet) -> Vec<(String, Option<String>)> {
    visits::on_site(&mut t.store.conn().await.unwrap())
        .await
        .unwrap()
        .into_iter()
        .map(|v| (v.name, v.tablet))
        .collect()
}

async fn emergency_now(t: &Tablet) -> Option<(EmergencyKind, String)> {
    let mut conn = t.store.conn().await.unwrap();
    let e = emergency::current(&mut conn).await.unwrap()?;
    let id: Option<String> = sqlx::query_scalar("SELECT fleet_id FROM emergencies WHERE id = ?")
        .bind(e.id)
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    Some((e.kind, id.unwrap_or_default()))
}

#[tokio::test]
async fn a_visit_from_a_is_on_b_and_c_checked_out_on_b_once_and_a_follows() {
    let (a, b, c) = three().await;
    let mut site = Site::default();
    let now = friday_morning();
    let welcome = visits::check_in(&a.store, now, &a.config, &guest_in("Ada Lovelace", "en-US"))
        .await
        .unwrap();
    // The code's last digit is A's number: no other tablet of the site gives it out.
    assert!(
        welcome.checkout_code.ends_with('1'),
        "{}",
        welcome.checkout_code
    );
    site.send(&a).await;
    for t in [&a, &b, &c] {
        site.read(t, now).await;
    }
    let from_a = ("Ada Lovelace".to_string(), Some("lobby-a".to_string()));
    assert!(on_site(&b).await.contains(&from_a));
    assert!(on_site(&c).await.contains(&from_a));
    assert!(
        on_site(&a).await.contains(&("Ada Lovelace".into(), None)),
        "A lists its own visit as its own"
    );
    assert!(
        !on_site(&a).await.iter().any(|v| v.1.is_some()),
        "A's own events are not copied back"
    );

    // Checked out at B with A's code; a second try there is "already checked out".
    let later = now + Duration::hours(2);
    let out = visits::check_out_by_code(&b.store, later, &welcome.checkout_code)
        .await
        .unwrap();
    assert_eq!(out.first_name, "Ada");
    assert!(matches!(
        visits::check_out_by_code(&b.store, later, &welcome.checkout_code).await,
        Err(Error::AlreadyCheckedOut)
    ));
    assert!(!on_site(&b).await.contains(&from_a));

    site.send(&b).await;
    for t in [&a, &c] {
        site.read(t, later).await;
    }
    // A, the visit's owner, checked it out in its own database; C dropped it.
    let closed: Option<String> =
        sqlx::query_scalar("SELECT checked_out_at FROM visits WHERE id = ?")
            .bind(welcome.visit_id)
            .fetch_one(&mut *a.store.conn().await.unwrap())
            .await
            .unwrap();
    assert!(closed.is_some(), "A did not check its visit out");
    assert!(!on_site(&c).await.contains(&from_a));
    assert!(matches!(
        visits::check_out_by_code(&a.store, later, &welcome.checkout_code).await,
        Err(Error::AlreadyCheckedOut)
    ));
    // A's own check-out entry (applied from B) reaches C and changes nothing more.
    site.send(&a).await;
    site.read(&c, later).await;
    assert!(!on_site(&c).await.contains(&from_a));
    // Every message is applied once: reading again changes nothing.
    assert!(site.read(&c, later).await.is_empty());
}

#[tokio::test]
async fn emergencies_converge_and_an_all_clear_ends_only_the_one_it_names() {
    let (a, b, c) = three().await;
    let mut site = Site::default();
    let t0 = friday_morning();
    // A and B, cut off from each other, start different kinds a second apart.
    emergency::start(&a.store, t0, Actor::Cli, EmergencyKind::Fire, None)
        .await
        .unwrap();
    emergency::start(
        &b.store,
        t0 + Duration::seconds(1),
        Actor::Cli,
        EmergencyKind::Shelter,
        None,
    )
    .await
    .unwrap();
    // B's reaches the stream first; A's (older) after it.
    site.send(&b).await;
    site.send(&a).await;
    let later = t0 + Duration::seconds(5);
    for t in [&a, &b, &c] {
        site.read(t, later).await;
    }
    for t in [&a, &b, &c] {
        assert_eq!(
            emergency_now(t).await,
            Some((EmergencyKind::Shelter, "lobby-b:1".into())),
            "tablet {}",
            t.id
        );
    }

    // An all clear for A's fire (late, already superseded) ends nothing.
    let stale = Down::Emergency(EmergencyFacts {
        v: fleet::PROTOCOL,
        id: "lobby-a:1".into(),
        kind: "fire".into(),
        message: None,
        started_at: t0.to_rfc3339(),
        ends: Some("lobby-a:1".into()),
    });
    for (i, t) in [&a, &b, &c].into_iter().enumerate() {
        apply::apply_down(&t.store, later, DOWN, 1, &stale.to_json(), None)
            .await
            .unwrap();
        assert!(emergency_now(t).await.is_some(), "tablet {i}");
    }

    // C gives the all clear for B's shelter: every tablet ends it.
    emergency::end(&c.store, later, Actor::Cli).await.unwrap();
    site.send(&c).await;
    for t in [&a, &b] {
        site.read(t, later).await;
        assert_eq!(emergency_now(t).await, None, "tablet {}", t.id);
    }

    // A hub emergency after it, then the old shelter start delivered again: hub's stays.
    let hub = Down::Emergency(EmergencyFacts {
        v: fleet::PROTOCOL,
        id: "hub:1".into(),
        kind: "medical".into(),
        message: None,
        started_at: (later + Duration::seconds(1)).to_rfc3339(),
        ends: None,
    });
    for t in [&a, &b, &c] {
        assert_eq!(
            apply::apply_down(&t.store, later, DOWN, 2, &hub.to_json(), None)
                .await
                .unwrap(),
            Outcome::Applied
        );
        // The same message again (a redelivery) is a repeat.
        assert_eq!(
            apply::apply_down(&t.store, later, DOWN, 2, &hub.to_json(), None)
                .await
                .unwrap(),
            Outcome::Repeat
        );
        assert_eq!(
            emergency_now(t).await,
            Some((EmergencyKind::Medical, "hub:1".into()))
        );
    }
}

#[tokio::test]
async fn a_member_from_the_hub_gets_exactly_the_badges_the_hub_lists() {
    let a = tablet("lobby-a", 1).await;
    let now = friday_morning();
    let member = |badges: Vec<SharedBadge>| {
        Down::Member(SharedMember {
            v: fleet::PROTOCOL,
            id: "M-9001".into(),
            name: "Hedy Lamarr".into(),
            email: Some("hedy@example.org".into()),
            team: None,
            active: true,
            badges,
            at: now.to_rfc3339(),
        })
    };
    apply::apply_down(
        &a.store,
        now,
        DOWN,
        1,
        &member(vec![card("04a1b2c3d4e5f6")]).to_json(),
        None,
    )
    .await
    .unwrap();
    let uid = lobby_core::reader::Uid::new(vec![0x04, 0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF6]).unwrap();
    let tapped = lobby_core::badges::tap(&a.store, now, &a.config, &uid)
        .await
        .unwrap();
    assert!(
        matches!(&tapped, Tapped::Member { member_id, .. } if member_id == "M-9001"),
        "{tapped:?}"
    );
    let actor: String = sqlx::query_scalar(
        "SELECT actor FROM audit_log WHERE action = 'fleet-apply' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(&mut *a.store.conn().await.unwrap())
    .await
    .unwrap();
    assert_eq!(
        actor, "fleet:hub",
        "applied changes say where they came from"
    );

    // Revoked at the hub: the member comes down without the card, and it no longer opens.
    apply::apply_down(&a.store, now, DOWN, 2, &member(vec![]).to_json(), None)
        .await
        .unwrap();
    let refused = lobby_core::badges::tap(&a.store, now, &a.config, &uid)
        .await
        .unwrap();
    assert_eq!(refused, Tapped::Revoked);
}

#[tokio::test]
async fn a_roll_call_started_on_a_is_marked_on_b_and_c_at_once_and_merges() {
    use lobby_core::visits::rollcall::{self, Mark};
    let (a, b, c) = three().await;
    let mut site = Site::default();
    let t0 = friday_morning();
    for (t, name) in [(&a, "Ada Lovelace"), (&b, "Bo Diddley"), (&c, "Cy Twombly")] {
        visits::check_in(&t.store, t0, &t.config, &guest_in(name, "en-US"))
            .await
            .unwrap();
        site.send(t).await;
    }
    for t in [&a, &b, &c] {
        site.read(t, t0).await;
    }
    // The demo's staff member (id 1) starts it on A: everyone of the site is in it.
    let call = rollcall::start(&a.store, t0, &a.config, 1).await.unwrap();
    let names: Vec<&str> = call.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Bo Diddley", "Cy Twombly"]);
    site.send(&a).await;
    site.read(&b, t0).await;
    site.read(&c, t0).await;

    // B and C mark Ada at the same moment without seeing each other: C's mark is a second
    // later, so C's wins everywhere. B also marks Bo.
    let on = |t: &Tablet| {
        let store = t.store.clone();
        async move {
            rollcall::current(&mut store.conn().await.unwrap())
                .await
                .unwrap()
                .unwrap()
        }
    };
    let (cb, cc) = (on(&b).await, on(&c).await);
    let entry = |call: &rollcall::RollCall, name: &str| {
        call.entries.iter().find(|e| e.name == name).unwrap().id
    };
    let t1 = t0 + Duration::minutes(3);
    rollcall::mark(&b.store, t1, 1, entry(&cb, "Ada Lovelace"), Mark::Missing)
        .await
        .unwrap();
    rollcall::mark(&b.store, t1, 1, entry(&cb, "Bo Diddley"), Mark::Safe)
        .await
        .unwrap();
    rollcall::mark(
        &c.store,
        t1 + Duration::seconds(1),
        1,
        entry(&cc, "Ada Lovelace"),
        Mark::Safe,
    )
    .await
    .unwrap();
    site.send(&c).await;
    site.send(&b).await;
    for t in [&a, &b, &c] {
        site.read(t, t1).await;
    }
    for t in [&a, &b, &c] {
        let call = on(t).await;
        let marks: Vec<(&str, Mark)> = call
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.status))
            .collect();
        assert_eq!(
            marks,
            [
                ("Ada Lovelace", Mark::Safe),
                ("Bo Diddley", Mark::Safe),
                ("Cy Twombly", Mark::Unaccounted)
            ],
            "tablet {}",
            t.id
        );
        // The export lists everyone exactly once.
        let csv = lobby_core::visits::export::roll_call_csv(&t.store, &t.config, t1, call.id)
            .await
            .unwrap();
        let text = String::from_utf8(csv).unwrap();
        for name in ["Ada Lovelace", "Bo Diddley", "Cy Twombly"] {
            assert_eq!(text.matches(name).count(), 1, "{name} on {}: {text}", t.id);
        }
    }
    // Both marks of Ada are in the audit logs: B's and C's own, and each applied elsewhere.
    let marks: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'roll-call-mark'")
            .fetch_one(&mut *a.store.conn().await.unwrap())
            .await
            .unwrap();
    assert!(marks >= 2, "A recorded {marks} marks");

    // B holds the fleet's own staff row for the roll call it did not start: never listed, and
    // no account of its name can be made at a tablet.
    let fleet_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE name = ?")
        .bind(apply::FLEET_STAFF)
        .fetch_one(&mut *b.store.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(fleet_rows, 1);
    let listed = lobby_core::staff::accounts::list(&b.store).await.unwrap();
    assert!(
        !listed.iter().any(|a| a.name == apply::FLEET_STAFF),
        "{listed:?}"
    );
    let made = lobby_core::staff::add(
        &b.store,
        &lobby_core::FixedClock::new(t1),
        "Lobby",
        apply::FLEET_STAFF,
        "582047",
        Actor::Cli,
    )
    .await;
    assert!(matches!(made, Err(Error::StaffNameInvalid)), "{made:?}");
}

#[tokio::test]
async fn a_pushed_site_configuration_becomes_lobby_toml_with_this_tablets_own_id_and_fleet() {
    use lobby_core::fleet::down::SharedConfig;
    use lobby_core::fleet::site_config;
    let a = tablet("lobby-a", 1).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lobby.toml");
    let creds = dir.path().join("a.creds");
    std::fs::write(&creds, credentials("lobby-a").to_file_text()).unwrap();
    let mine = format!(
        "# this tablet\n[kiosk]\nid = \"lobby-a\"\n\n{}",
        fleet_toml("nats://127.0.0.1:1", &creds)
    );
    std::fs::write(&file, &mine).unwrap();
    let now = friday_morning();
    let push = |toml: &str| {
        Down::Config(SharedConfig {
            v: fleet::PROTOCOL,
            toml: toml.into(),
            sha256: lobby_core::policies::sha256_hex(toml.as_bytes()),
            at: now.to_rfc3339(),
        })
    };

    // A site file with its own (wrong) kiosk id and no [fleet]: the tablet keeps its own.
    let site = "[site]\nname = \"Pushed HQ\"\ntime_zone = \"Europe/Berlin\"\n\n[kiosk]\nid = \"anything\"\n";
    apply::apply_down(&a.store, now, DOWN, 1, &push(site).to_json(), None)
        .await
        .unwrap();
    site_config::follow(&a.store, now, &file).await.unwrap();
    let written = Config::load(&file).unwrap();
    assert_eq!(written.site_name, "Pushed HQ");
    assert_eq!(written.kiosk_id, "lobby-a");
    assert_eq!(written.fleet.as_ref().unwrap().tablet(), "lobby-a");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("lobby.toml.before-hub")).unwrap(),
        mine
    );
    let status = fleet::status(&a.store).await.unwrap();
    let sc = status.site_config.unwrap();
    assert!(sc.written_at.is_some() && sc.error.is_none(), "{sc:?}");

    // One this tablet cannot use (its own credentials file is gone): the file stays, and staff
    // see why.
    std::fs::remove_file(&creds).unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    let other = "[site]\nname = \"Pushed again\"\ntime_zone = \"Europe/Berlin\"\n";
    apply::apply_down(&a.store, now, DOWN, 2, &push(other).to_json(), None)
        .await
        .unwrap();
    site_config::follow(&a.store, now, &file).await.unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let sc = fleet::status(&a.store).await.unwrap().site_config.unwrap();
    assert!(sc.written_at.is_none(), "{sc:?}");
    assert!(
        sc.error.unwrap().contains("fleet"),
        "the reason names the key"
    );
}

#[tokio::test]
async fn a_policy_version_from_the_hub_is_the_next_version_on_the_tablet() {
    use lobby_core::fleet::down::SharedPolicy;
    use lobby_core::policies;
    let a = tablet("lobby-a", 1).await;
    let now = friday_morning();
    let before = policies::version_in_force(&mut a.store.conn().await.unwrap(), "code-of-conduct")
        .await
        .unwrap()
        .unwrap_or(0);
    let policy = |texts: Vec<(String, String)>| {
        Down::Policy(SharedPolicy {
            v: fleet::PROTOCOL,
            policy: "code-of-conduct".into(),
            texts,
            at: now.to_rfc3339(),
        })
    };
    let texts = vec![
        (
            "en-US".into(),
            "# Code of Conduct\n\nBe kind to everyone here.\n".into(),
        ),
        (
            "de".into(),
            "# Verhaltenskodex\n\nSeien Sie freundlich.\n".into(),
        ),
    ];
    assert_eq!(
        apply::apply_down(&a.store, now, DOWN, 1, &policy(texts).to_json(), None)
            .await
            .unwrap(),
        Outcome::Applied
    );
    let mut conn = a.store.conn().await.unwrap();
    assert_eq!(
        policies::version_in_force(&mut conn, "code-of-conduct")
            .await
            .unwrap(),
        Some(before + 1)
    );
    let actor: String = sqlx::query_scalar(
        "SELECT actor FROM audit_log WHERE action = 'policy-publish' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    assert_eq!(actor, "fleet:hub");
    drop(conn);
    // The same version read again (a stream read from its start) is not a new version.
    let again = vec![
        (
            "de".into(),
            "# Verhaltenskodex\n\nSeien Sie freundlich.\n".into(),
        ),
        (
            "en-US".into(),
            "# Code of Conduct\n\nBe kind to everyone here.\n".into(),
        ),
    ];
    apply::apply_down(&a.store, now, DOWN, 7, &policy(again).to_json(), None)
        .await
        .unwrap();
    assert_eq!(
        policies::version_in_force(&mut a.store.conn().await.unwrap(), "code-of-conduct")
            .await
            .unwrap(),
        Some(before + 1)
    );
    // A damaged text (no title) is refused whole: no new version.
    let bad = vec![("en-US".into(), "no title here".into())];
    assert_eq!(
        apply::apply_down(&a.store, now, DOWN, 2, &policy(bad).to_json(), None)
            .await
            .unwrap(),
        Outcome::Rejected
    );
    assert_eq!(
        policies::version_in_force(&mut a.store.conn().await.unwrap(), "code-of-conduct")
            .await
            .unwrap(),
        Some(before + 1)
    );
}

#[tokio::test]
async fn an_event_published_on_another_tablets_subject_is_rejected() {
    let (a, b) = (tablet("lobby-a", 1).await, tablet("lobby-b", 2).await);
    let now = friday_morning();
    emergency::start(&a.store, now, Actor::Cli, EmergencyKind::Fire, None)
        .await
        .unwrap();
    let mut site = Site::default();
    site.send(&a).await;
    // A's events, as if tablet C had published them on its own subject.
    let wrong = fleet::subject("hq", "lobby-c");
    let mut outcomes = Vec::new();
    for (i, bytes) in site.up.iter().enumerate() {
        outcomes.push(
            apply::apply_up_from(&b.store, now, STREAM, i as u64 + 1, Some(&wrong), bytes)
                .await
                .unwrap(),
        );
    }
    assert!(
        outcomes.iter().all(|o| *o == Outcome::Rejected),
        "{outcomes:?}"
    );
    assert_eq!(emergency_now(&b).await, None);
    // On A's own subject they are A's.
    let right = fleet::subject("hq", "lobby-a");
    let n = site.up.len() as u64;
    for (i, bytes) in site.up.iter().enumerate() {
        apply::apply_up_from(&b.store, now, STREAM, n + i as u64 + 1, Some(&right), bytes)
            .await
            .unwrap();
    }
    assert_eq!(
        emergency_now(&b).await.map(|e| e.0),
        Some(EmergencyKind::Fire)
    );
}

#[tokio::test]
async fn a_person_erased_at_the_tablet_that_checked_them_in_leaves_no_name_elsewhere() {
    let (a, b) = (tablet("lobby-a", 1).await, tablet("lobby-b", 2).await);
    let now = friday_morning();
    let mut site = Site::default();
    let ada = visits::check_in(&a.store, now, &a.config, &guest_in("Ada Lovelace", "en-US"))
        .await
        .unwrap();
    visits::check_in(&a.store, now, &a.config, &guest_in("Bo Diddley", "en-US"))
        .await
        .unwrap();
    site.send(&a).await;
    site.read(&b, now).await;
    assert_eq!(on_site(&b).await.len(), 2);
    lobby_core::rights::erase(
        &a.store,
        now,
        &a.config,
        Actor::Cli,
        &lobby_core::rights::Person::Visit(ada.visit_id),
        "Art. 17(1)(a)",
        None,
    )
    .await
    .unwrap();
    site.send(&a).await;
    site.read(&b, now).await;
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM fleet_visits ORDER BY visit_id")
        .fetch_all(b.store.pool())
        .await
        .unwrap();
    assert_eq!(names, ["", "Bo Diddley"]);

    // B's own retention sweep blanks its copies of visits that ended long ago too.
    let out = visits::check_out_by_code(&b.store, now, &{
        let code: String =
            sqlx::query_scalar("SELECT checkout_code FROM fleet_visits WHERE name = 'Bo Diddley'")
                .fetch_one(b.store.pool())
                .await
                .unwrap();
        code
    })
    .await
    .unwrap();
    assert_eq!(out.first_name, "Bo");
    let later = now + Duration::days(i64::from(b.config.visits.retention_days) + 1);
    visits::anonymise_expired(&b.store, later, &b.config)
        .await
        .unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM fleet_visits WHERE name <> ''")
        .fetch_one(b.store.pool())
        .await
        .unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_member_who_tapped_in_at_b_is_on_site_at_a_and_in_a_roll_call_started_there() {
    use lobby_core::visits::rollcall;
    let (a, b) = (tablet("lobby-a", 1).await, tablet("lobby-b", 2).await);
    let now = friday_morning();
    let member = Down::Member(SharedMember {
        v: fleet::PROTOCOL,
        id: "M-9002".into(),
        name: "Grace Hopper".into(),
        email: None,
        team: None,
        active: true,
        badges: vec![card("04a1b2c3d4e5f7")],
        at: now.to_rfc3339(),
    });
    for t in [&a, &b] {
        apply::apply_down(&t.store, now, DOWN, 1, &member.to_json(), None)
            .await
            .unwrap();
    }
    let uid = lobby_core::reader::Uid::new(vec![0x04, 0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF7]).unwrap();
    let tapped = lobby_core::badges::tap(&b.store, now, &b.config, &uid)
        .await
        .unwrap();
    assert!(
        matches!(
            tapped,
            Tapped::Member {
                first_today: true,
                ..
            }
        ),
        "{tapped:?}"
    );
    let mut site = Site::default();
    site.send(&b).await;
    assert!(
        site.read(&a, now).await.contains(&Outcome::Applied),
        "A applies B's check-in"
    );
    let in_today = |t: &Tablet| {
        let (store, config) = (t.store.clone(), t.config.clone());
        async move {
            lobby_core::badges::in_today(&mut store.conn().await.unwrap(), &config, now)
                .await
                .unwrap()
        }
    };
    let grace = vec![("M-9002".to_string(), "Grace Hopper".to_string())];
    assert_eq!(in_today(&a).await, grace);

    // A roll call started at A has her, once, even after she tapped at A as well.
    lobby_core::badges::tap(&a.store, now + Duration::hours(1), &a.config, &uid)
        .await
        .unwrap();
    assert_eq!(in_today(&a).await, grace);
    let call = rollcall::start(&a.store, now + Duration::hours(2), &a.config, 1)
        .await
        .unwrap();
    let names: Vec<&str> = call.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Grace Hopper"]);

    // Tomorrow she is not on site at A until she taps in again somewhere.
    let tomorrow = now + Duration::days(1);
    let day_after =
        lobby_core::badges::in_today(&mut a.store.conn().await.unwrap(), &a.config, tomorrow)
            .await
            .unwrap();
    assert!(day_after.is_empty(), "{day_after:?}");
}

#[tokio::test]
async fn staff_at_b_check_out_a_visitor_of_a_and_a_follows() {
    let (a, b) = (tablet("lobby-a", 1).await, tablet("lobby-b", 2).await);
    let mut site = Site::default();
    let now = friday_morning();
    let welcome = visits::check_in(&a.store, now, &a.config, &guest_in("Ada Lovelace", "en-US"))
        .await
        .unwrap();
    site.send(&a).await;
    site.read(&b, now).await;
    // Only a visit B holds for A: another tablet's id, or a visit A never reported, is unknown.
    let later = now + Duration::hours(1);
    for (tablet, id) in [
        ("lobby-c", welcome.visit_id),
        ("lobby-a", welcome.visit_id + 1),
    ] {
        assert!(matches!(
            visits::check_out_elsewhere_by_staff(&b.store, later, 1, tablet, id).await,
            Err(Error::VisitNotFound)
        ));
    }
    let out = visits::check_out_elsewhere_by_staff(&b.store, later, 1, "lobby-a", welcome.visit_id)
        .await
        .unwrap();
    assert_eq!(out.first_name, "Ada");
    assert!(on_site(&b).await.is_empty());
    assert!(matches!(
        visits::check_out_elsewhere_by_staff(&b.store, later, 1, "lobby-a", welcome.visit_id).await,
        Err(Error::AlreadyCheckedOut)
    ));
    let actor: String = sqlx::query_scalar(
        "SELECT actor FROM audit_log WHERE action = 'fleet-check-out' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(&mut *b.store.conn().await.unwrap())
    .await
    .unwrap();
    assert_eq!(actor, "staff:1", "the check-out names the staff member");

    site.send(&b).await;
    site.read(&a, later).await;
    assert!(on_site(&a).await.is_empty(), "A checked its visitor out");
    assert!(matches!(
        visits::check_out_by_code(&a.store, later, &welcome.checkout_code).await,
        Err(Error::AlreadyCheckedOut)
    ));
}

#[tokio::test]
async fn visits_open_when_a_tablet_joins_are_on_the_other_tablets_lists() {
    let (a, b) = (tablet("lobby-a", 1).await, tablet("lobby-b", 2).await);
    let now = friday_morning();
    // A on its own (left the fleet) checks in three guests; one leaves before A joins again.
    fleet::sync(&a.store, now, None).await.unwrap();
    let mut ids = Vec::new();
    for name in ["Ada Lovelace", "Bo Diddley", "Cy Twombly"] {
        let v = visits::check_in(&a.store, now, &a.config, &guest_in(name, "en-US"))
            .await
            .unwrap();
        ids.push(v.visit_id);
    }
    visits::check_out_by_staff(&a.store, now, 1, ids[2])
        .await
        .unwrap();
    // Ada's code could be another tablet's (it does not end in A's number), Bo's could not.
    for (id, code) in [(ids[0], "482100"), (ids[1], "482101")] {
        sqlx::query("UPDATE visits SET checkout_code = ? WHERE id = ?")
            .bind(code)
            .bind(id)
            .execute(&mut *a.store.conn().await.unwrap())
            .await
            .unwrap();
    }
    let joined = fleet::sync(&a.store, now, a.config.fleet.as_ref())
        .await
        .unwrap();
    assert_eq!(joined, fleet::Change::Joined);

    let mut site = Site::default();
    site.send(&a).await;
    site.read(&b, now).await;
    let mut listed = on_site(&b).await;
    listed.sort();
    let from_a = |name: &str| (name.to_string(), Some("lobby-a".to_string()));
    assert_eq!(listed, [from_a("Ada Lovelace"), from_a("Bo Diddley")]);
    let codes: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT name, checkout_code FROM fleet_visits ORDER BY name")
            .fetch_all(&mut *b.store.conn().await.unwrap())
            .await
            .unwrap();
    assert_eq!(
        codes,
        [
            ("Ada Lovelace".to_string(), None),
            ("Bo Diddley".to_string(), Some("482101".to_string()))
        ]
    );
    // Bo checks out at B with his code; Ada's works at A.
    visits::check_out_by_code(&b.store, now, "482101")
        .await
        .unwrap();
    visits::check_out_by_code(&a.store, now, "482100")
        .await
        .unwrap();
}

//! A visitor who matches the deny list is held for staff (issue 23): nothing is a visit, no
//! host is told, no Wi-Fi pass or badge exists until a staff member lets them in; turned away
//! or left undecided for a day, the form they filled in is gone. A person who only shares a
//! safe-listed visitor's name is not held.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;
use chrono::Duration;
use lobby_core::audit::Actor;
use lobby_core::config::{Config, VisitKind};
use lobby_core::privacy::deny::{self, NewDenyEntry};
use lobby_core::visits::{self, approvals, CheckInRequest};
use lobby_core::{Error, Store};

async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

fn held_id(r: Result<visits::CheckedIn, Error>) -> i64 {
    match r {
        Err(Error::ApprovalNeeded { approval }) => approval,
        other => panic!("not held: {other:?}"),
    }
}

#[tokio::test]
async fn a_match_is_held_then_let_in_turned_away_or_dropped_after_a_day() {
    // The demo site (guests get Wi-Fi) without the Code of Conduct, so the form decides.
    let mut demo = Config::demo();
    for t in &mut demo.visits.types {
        t.code_of_conduct = false;
    }
    let (_dir, store, config) = site_with(demo).await;
    let now = friday_morning();
    let entry = deny::add(
        &store,
        now,
        Actor::Cli,
        &NewDenyEntry {
            name: "Mallory Banned".into(),
            aliases: vec!["M. Banned".into()],
            phone: Some("+49 30 666".into()),
            reason: Some("Harassed members".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();

    let first =
        held_id(visits::check_in(&store, now, &config, &guest_in("MALLORY  banned", "es")).await);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM visits").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM outbox").await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM wifi_passes").await, 0);
    let waiting = approvals::waiting(&store).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        (
            waiting[0].name.as_str(),
            waiting[0].entry,
            waiting[0].reason.as_str()
        ),
        ("MALLORY  banned", entry.id, "Harassed members")
    );
    assert_eq!(waiting[0].language, "es");
    assert_eq!(waiting[0].kind, VisitKind::Guest);

    // Let in: the check-in goes ahead as filled in; a second decision finds nothing.
    let welcome = approvals::decide(&store, now, &config, first, 1, true)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(welcome.first_name, "MALLORY");
    assert_eq!(count(&store, "SELECT COUNT(*) FROM visits").await, 1);
    assert!(matches!(
        approvals::decide(&store, now, &config, first, 1, false).await,
        Err(Error::ApprovalNotFound)
    ));

    // The alias, by phone only, another time: turned away, and the form is gone.
    let by_phone = CheckInRequest {
        phone: Some("+4930666".into()),
        ..contractor_in("Someone Else", "en-US")
    };
    let second = held_id(visits::check_in(&store, now, &config, &by_phone).await);
    assert!(approvals::decide(&store, now, &config, second, 1, false)
        .await
        .unwrap()
        .is_none());
    assert_eq!(count(&store, "SELECT COUNT(*) FROM visits").await, 1);

    // Nobody decides on a third: the sweep drops it after a day.
    let third = held_id(visits::check_in(&store, now, &config, &guest_in("M. Banned", "de")).await);
    visits::anonymise_expired(&store, now + Duration::hours(25), &config)
        .await
        .unwrap();
    assert!(approvals::waiting(&store).await.unwrap().is_empty());
    assert!(matches!(
        approvals::decide(&store, now, &config, third, 1, true).await,
        Err(Error::ApprovalNotFound)
    ));
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM approvals WHERE request IS NOT NULL OR name <> ''"
        )
        .await,
        0,
        "no form is kept once decided or dropped"
    );
    let outcomes: Vec<(String, Option<i64>)> =
        sqlx::query_as("SELECT outcome, decided_by FROM approvals ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    assert_eq!(
        outcomes,
        [
            ("approved".to_string(), Some(1)),
            ("denied".to_string(), Some(1)),
            ("abandoned".to_string(), None)
        ]
    );
}

#[tokio::test]
async fn a_safe_listed_address_lets_a_namesake_through_but_not_the_listed_address() {
    let (_dir, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    deny::add(
        &store,
        now,
        Actor::Cli,
        &NewDenyEntry {
            name: "Jo Smith".into(),
            email: Some("jo@bad.example".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    deny::safe_add(&store, now, Actor::Cli, "jo.smith@good.example")
        .await
        .unwrap();
    let day_pass = |email: &str| CheckInRequest {
        kind: Some(VisitKind::DayPass),
        email: Some(email.into()),
        host_id: None,
        ..guest_in("Jo Smith", "en-US")
    };
    visits::check_in(&store, now, &config, &day_pass("Jo.Smith@good.example"))
        .await
        .unwrap();
    held_id(visits::check_in(&store, now, &config, &day_pass("someone@else.example")).await);
    // A namesake who is not the listed person is not held by name when safe-listed, but the
    // listed address is held whoever types it.
    let other_name = CheckInRequest {
        name: "Joanna Smithers".into(),
        ..day_pass("JO@bad.example")
    };
    held_id(visits::check_in(&store, now, &config, &other_name).await);
}

#[tokio::test]
async fn let_in_keeps_the_signature_the_visitor_drew_while_held() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    deny::add(
        &store,
        now,
        Actor::Cli,
        &NewDenyEntry {
            name: "Mallory Banned".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut conn = store.conn().await.unwrap();
    let doc = lobby_core::policies::document(&mut conn, &config, "code-of-conduct", "es")
        .await
        .unwrap()
        .unwrap();
    drop(conn);
    let request = CheckInRequest {
        code_of_conduct: Some(lobby_core::policies::SignedPolicy {
            policy: "code-of-conduct".into(),
            version: doc.version,
            lang: doc.lang,
            text_hash: doc.text_hash,
            signer_name: "mallory banned".into(),
            signature: drawn(),
        }),
        ..guest_in("mallory banned", "es")
    };
    let held = held_id(visits::check_in(&store, now, &config, &request).await);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM acceptances").await, 0);
    let welcome = approvals::decide(&store, now, &config, held, 1, true)
        .await
        .unwrap()
        .unwrap();
    assert!(welcome.acceptance_id.is_some());
    assert_eq!(count(&store, "SELECT COUNT(*) FROM acceptances").await, 1);
}

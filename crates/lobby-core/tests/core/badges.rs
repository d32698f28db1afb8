//! Badges: enrollment rules, taps at home, revoke and replace, the access-list export and the
//! roll call, against a real temporary database.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::Duration;
use lobby_core::audit::{self, Verdict};
use lobby_core::badges::{self, BadgeStatus, EnrollRequest, Tapped};
use lobby_core::reader::{CardType, Uid};
use lobby_core::visits::rollcall;
use lobby_core::{demo, Error, FixedClock};

fn request(member: &str) -> EnrollRequest {
    EnrollRequest {
        member_id: member.into(),
        groups: vec!["main-door".into(), "lockers".into()],
        ..Default::default()
    }
}

const STAFF: i64 = 1;

#[tokio::test]
async fn a_card_is_enrolled_once_and_reassigned_only_when_confirmed() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let card = Uid::parse_hex("04A23B5C6D7E80").unwrap();
    let b = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request("M-1002"),
    )
    .await
    .unwrap();
    assert_eq!(
        (b.status, b.masked_uid.as_str(), b.valid_from.as_str()),
        (BadgeStatus::Active, "••••••••••7E80", "2026-11-27")
    );
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request("M-1002"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::BadgeAlreadyEnrolled), "{e:?}");
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request("M-1003"),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::BadgeTaken { ref owner } if owner == "Jonas B."),
        "{e:?}"
    );
    let mut mine = store.conn().await.unwrap();
    let read = badges::describe(&mut mine, &card, CardType::MifareClassic1k)
        .await
        .unwrap();
    assert_eq!(read.owner.as_deref(), Some("Jonas B."));
    drop(mine);
    let reassign = EnrollRequest {
        reassign: true,
        ..request("M-1003")
    };
    badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &reassign,
    )
    .await
    .unwrap();
    assert_eq!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Member {
            member_id: "M-1003".into(),
            first_today: true
        }
    );
    let mut conn = store.conn().await.unwrap();
    let jonas = badges::of_member(&mut conn, &config, now, "M-1002")
        .await
        .unwrap();
    assert_eq!(jonas[0].status, BadgeStatus::Revoked);
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn random_uids_unknown_groups_and_backwards_dates_are_refused() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let phone = Uid::parse_hex("08A1B2C3").unwrap();
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &phone,
        CardType::Iso14443_4,
        &request("M-1002"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::BadgeRandomUid), "{e:?}");
    let card = Uid::parse_hex("04112233").unwrap();
    let bad_group = EnrollRequest {
        groups: vec!["vault".into()],
        ..request("M-1002")
    };
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &bad_group,
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::BadgeGroupUnknown { .. }), "{e:?}");
    let backwards = EnrollRequest {
        valid_from: Some("2026-12-01".into()),
        valid_to: Some("2026-11-01".into()),
        ..request("M-1002")
    };
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &backwards,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::BadgeDatesInvalid { field: "valid_to" }),
        "{e:?}"
    );
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request("M-9999"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::MemberNotFound), "{e:?}");
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM badges")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[tokio::test]
async fn taps_check_members_in_once_a_day_and_refuse_revoked_unknown_and_expired_cards() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let card = Uid::parse_hex("04A23B5C6D7E80").unwrap();
    let b = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request("M-1002"),
    )
    .await
    .unwrap();
    assert_eq!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Member {
            member_id: "M-1002".into(),
            first_today: true
        }
    );
    assert_eq!(
        badges::tap(&store, now + Duration::hours(2), &config, &card)
            .await
            .unwrap(),
        Tapped::Member {
            member_id: "M-1002".into(),
            first_today: false
        }
    );
    assert_eq!(
        badges::tap(&store, now, &config, &Uid::parse_hex("04FFFFFF").unwrap())
            .await
            .unwrap(),
        Tapped::Unknown
    );
    // Tapped in today: on the roll call.
    let call = rollcall::start(&store, now, &config, STAFF).await.unwrap();
    assert!(
        call.entries
            .iter()
            .any(|e| e.name == "Jonas Becker" && e.kind == "member"),
        "{call:?}"
    );
    badges::revoke(&store, now, STAFF, b.id).await.unwrap();
    assert_eq!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Revoked
    );
    // A badge valid until yesterday.
    let other = Uid::parse_hex("04010203").unwrap();
    let past = EnrollRequest {
        valid_from: Some("2026-01-01".into()),
        valid_to: Some("2026-11-26".into()),
        ..request("M-1003")
    };
    badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &other,
        CardType::MifareUltralight,
        &past,
    )
    .await
    .unwrap();
    assert_eq!(
        badges::tap(&store, now, &config, &other).await.unwrap(),
        Tapped::OutsideDates
    );
    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'badge-%' OR action = 'member-check-in' ORDER BY seq")
        .fetch_all(store.pool())
        .await
        .unwrap();
    assert_eq!(
        actions,
        [
            "badge-enroll",
            "member-check-in",
            "badge-unknown",
            "badge-revoke",
            "badge-refused",
            "badge-enroll",
            "badge-refused"
        ]
    );
}

#[tokio::test]
async fn a_lost_card_is_replaced_in_one_step_and_the_access_list_shows_both() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let lost = Uid::parse_hex("04A23B5C6D7E80").unwrap();
    let new = Uid::parse_hex("04C0FFEE112233").unwrap();
    let b = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &lost,
        CardType::MifareClassic1k,
        &request("M-1002"),
    )
    .await
    .unwrap();
    let r = badges::replace(
        &store,
        now,
        &config,
        STAFF,
        b.id,
        &new,
        CardType::MifareClassic4k,
    )
    .await
    .unwrap();
    assert_eq!(
        (r.member_id.as_str(), r.groups.clone()),
        (
            "M-1002",
            vec!["main-door".to_string(), "lockers".to_string()]
        )
    );
    assert_eq!(
        badges::tap(&store, now, &config, &lost).await.unwrap(),
        Tapped::Revoked
    );
    let csv = String::from_utf8(badges::export_csv(&store, &config, now).await.unwrap()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "uid,member_id,member,groups,valid_from,valid_to,status,card_type"
    );
    assert_eq!(lines[1], "04A23B5C6D7E80,M-1002,Jonas Becker,main-door lockers,2026-11-27,,revoked,mifare-classic-1k");
    assert_eq!(
        lines[2],
        "04C0FFEE112233,M-1002,Jonas Becker,main-door lockers,2026-11-27,,active,mifare-classic-4k"
    );
}

#[tokio::test]
async fn a_staff_badge_stands_in_for_the_code_but_never_for_the_pin() {
    use lobby_core::staff::{self, SignInRequest};
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let clock = FixedClock::new(now);
    let mine = Uid::parse_hex("04AA0000000001").unwrap();
    let members_card = Uid::parse_hex("04BB0000000002").unwrap();
    badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &members_card,
        CardType::MifareClassic1k,
        &request("M-1002"),
    )
    .await
    .unwrap();
    let e = badges::enroll_staff(&store, now, STAFF, &members_card)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::BadgeTaken { .. }), "{e:?}");
    badges::enroll_staff(&store, now, STAFF, &mine)
        .await
        .unwrap();
    let mut conn = store.conn().await.unwrap();
    assert!(badges::is_staff_badge(&mut conn, &mine).await.unwrap());
    drop(conn);
    // A member cannot be given a staff badge's card.
    let e = badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &mine,
        CardType::MifareClassic1k,
        &request("M-1003"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::BadgeTaken { .. }), "{e:?}");

    // The badge says who is signing in: no name chosen.
    let pin = |p: &str| SignInRequest {
        staff_id: None,
        pin: p.into(),
        code: String::new(),
    };
    let who = staff::sign_in_with(&store, &clock, &pin(demo::DEMO_STAFF_PIN), Some(&mine))
        .await
        .unwrap();
    assert_eq!(who.name, demo::DEMO_STAFF_NAME);
    // The badge without the right PIN, or the PIN with another card, or no factor at all: no.
    assert!(matches!(
        staff::sign_in_with(&store, &clock, &pin("135799"), Some(&mine)).await,
        Err(Error::SignInFailed { .. })
    ));
    assert!(matches!(
        staff::sign_in_with(
            &store,
            &clock,
            &pin(demo::DEMO_STAFF_PIN),
            Some(&members_card)
        )
        .await,
        Err(Error::SignInFailed { .. })
    ));
    let chosen = SignInRequest {
        staff_id: Some(STAFF),
        ..pin(demo::DEMO_STAFF_PIN)
    };
    assert!(matches!(
        staff::sign_in(&store, &clock, &chosen).await,
        Err(Error::SignInFailed { .. })
    ));
    // A badge tapped with someone else's name chosen: neither is trusted.
    let other = SignInRequest {
        staff_id: Some(STAFF + 1),
        ..pin(demo::DEMO_STAFF_PIN)
    };
    assert!(matches!(
        staff::sign_in_with(&store, &clock, &other, Some(&mine)).await,
        Err(Error::SignInFailed { .. })
    ));
}

#[tokio::test]
async fn staff_add_a_member_with_lobbys_own_id_and_can_enroll_their_badge() {
    use lobby_core::members;
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let e = members::add(&store, now, STAFF, "  ", None)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::FieldRequired { field: "name" }), "{e:?}");
    let e = members::add(&store, now, STAFF, "Nia Newcomer", Some("not-an-email"))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::EmailInvalid { .. }), "{e:?}");
    let nia = members::add(&store, now, STAFF, "Nia Newcomer", Some("nia@example.org"))
        .await
        .unwrap();
    let ole = members::add(&store, now, STAFF, "Ole Other", None)
        .await
        .unwrap();
    assert_eq!(
        (nia.id.as_str(), nia.display.as_str(), ole.id.as_str()),
        ("L-0001", "Nia N.", "L-0002")
    );
    let card = Uid::parse_hex("04D1D2D3D4D5D6").unwrap();
    badges::enroll(
        &store,
        now,
        &config,
        STAFF,
        &card,
        CardType::MifareClassic1k,
        &request(&nia.id),
    )
    .await
    .unwrap();
    assert_eq!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Member {
            member_id: "L-0001".into(),
            first_today: true
        }
    );
}

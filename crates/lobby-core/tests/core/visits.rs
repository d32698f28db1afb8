//! Check-in, check-out, closing time, roll call, anonymisation and exports against a real
//! temporary database, with the clock pinned.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{DateTime, Duration, Utc};
use lobby_core::audit::{self, Verdict};
use lobby_core::config::{Config, VisitKind};
use lobby_core::visits::{self, export, rollcall, CheckInRequest};
use lobby_core::{Error, ErrorCode, FixedClock, Store};

fn guest(name: &str) -> CheckInRequest {
    guest_in(name, "de")
}

fn contractor(name: &str) -> CheckInRequest {
    contractor_in(name, "de")
}

async fn on_site_names(store: &Store) -> Vec<String> {
    let mut conn = store.pool().acquire().await.unwrap();
    visits::on_site(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.name)
        .collect()
}

async fn intact(store: &Store) {
    let mut conn = store.pool().acquire().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn a_guest_checks_in_appears_on_site_and_checks_out_with_the_code() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let welcome = visits::check_in(&store, now, &config, &guest(" Zoë Müller "))
        .await
        .unwrap();
    assert_eq!(welcome.first_name, "Zoë");
    assert_eq!(welcome.host.as_deref(), Some("Amira H."));
    assert_eq!(welcome.checkout_code.len(), 6);
    assert!(
        welcome.waiting_area.contains("Lounge"),
        "German waiting area: {}",
        welcome.waiting_area
    );
    assert_eq!(on_site_names(&store).await, ["Zoë Müller"]);

    let out = visits::check_out_by_code(&store, now + Duration::hours(1), &welcome.checkout_code)
        .await
        .unwrap();
    assert_eq!(out.first_name, "Zoë");
    assert!(on_site_names(&store).await.is_empty());
    // Never twice: the same code now says "already checked out", and never whose it was (the
    // one typing it may have read it over a shoulder).
    let again =
        visits::check_out_by_code(&store, now + Duration::hours(2), &welcome.checkout_code).await;
    assert!(matches!(again, Err(Error::AlreadyCheckedOut)), "{again:?}");
    let said = again.unwrap_err().payload();
    assert!(said.args.is_empty(), "{said:?}");
    let by_staff = visits::check_out_by_staff(&store, now, 1, welcome.visit_id).await;
    assert!(
        matches!(by_staff, Err(Error::AlreadyCheckedOut)),
        "{by_staff:?}"
    );
    intact(&store).await;
}

/// Issue 22: someone at the screen checked a stranger out with their code. Staff see the
/// check-outs made at the screen, undo one (the visit is open and on the roll call again, with
/// a new code if its old one was given out since), and the undo is audited; a check-out by
/// staff, or one older than a day, is not offered.
#[tokio::test]
async fn staff_see_and_undo_a_check_out_made_at_the_screen() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let zoe = visits::check_in(&store, now, &config, &guest("Zoë Müller"))
        .await
        .unwrap();
    let bo = visits::check_in(&store, now, &config, &guest("Bo Lind"))
        .await
        .unwrap();
    visits::check_out_by_code(&store, now + Duration::minutes(5), &zoe.checkout_code)
        .await
        .unwrap();
    visits::check_out_by_staff(&store, now + Duration::minutes(6), 1, bo.visit_id)
        .await
        .unwrap();
    let listed = |at: DateTime<Utc>| {
        let store = store.clone();
        async move {
            let mut conn = store.pool().acquire().await.unwrap();
            visits::self_check_outs(&mut conn, at)
                .await
                .unwrap()
                .into_iter()
                .map(|v| (v.visit_id, v.name, v.host))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        listed(now + Duration::minutes(10)).await,
        [(
            zoe.visit_id,
            "Zoë Müller".to_string(),
            Some("Amira Haddad".to_string())
        )]
    );
    assert!(
        listed(now + Duration::hours(25)).await.is_empty(),
        "a day later"
    );
    // A staff check-out is not undone this way; nor a visit that does not exist.
    for id in [bo.visit_id, 999] {
        let r = visits::undo_self_check_out(&store, now + Duration::minutes(10), 1, id).await;
        assert!(matches!(r, Err(Error::VisitNotFound)), "{r:?}");
    }
    // Zoë's code was given to a new visitor meanwhile.
    sqlx::query("UPDATE visits SET checkout_code = ? WHERE id = ?")
        .bind(&zoe.checkout_code)
        .bind(bo.visit_id)
        .execute(store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE visits SET checked_out_at = NULL WHERE id = ?")
        .bind(bo.visit_id)
        .execute(store.pool())
        .await
        .unwrap();
    visits::undo_self_check_out(&store, now + Duration::minutes(10), 1, zoe.visit_id)
        .await
        .unwrap();
    let mut names = on_site_names(&store).await;
    names.sort();
    assert_eq!(names, ["Bo Lind", "Zoë Müller"]);
    let codes: Vec<String> = sqlx::query_scalar(
        "SELECT checkout_code FROM visits WHERE checked_out_at IS NULL ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    assert_ne!(codes[0], codes[1], "two open visits never share a code");
    assert!(listed(now + Duration::minutes(11)).await.is_empty());
    let again =
        visits::undo_self_check_out(&store, now + Duration::minutes(11), 1, zoe.visit_id).await;
    assert!(matches!(again, Err(Error::VisitNotFound)), "{again:?}");
    let last: String = sqlx::query_scalar(
        "SELECT action || ' ' || actor || ' ' || subject FROM audit_log ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert_eq!(
        last,
        format!("visit-check-out-undo staff:1 visit:{}", zoe.visit_id)
    );
    intact(&store).await;
}

/// Issue 25: a courier checks in as a delivery with the company and the recipient only (their
/// own name is optional, and there is no Code of Conduct to sign); the company stands in for
/// the name on the on-site list, so the roll call still counts them.
#[tokio::test]
async fn a_delivery_needs_the_company_and_the_recipient_and_no_signature() {
    let (_d, store, config) = site().await;
    let now = friday_morning();
    let delivery = CheckInRequest {
        kind: Some(VisitKind::Delivery),
        name: "  ".into(),
        company: Some("Parcelo".into()),
        ..guest("")
    };
    assert!(
        !config
            .visits
            .get(VisitKind::Delivery)
            .unwrap()
            .code_of_conduct
    );
    visits::check_details(&config, &delivery).unwrap();
    let welcome = visits::check_in(&store, now, &config, &delivery)
        .await
        .unwrap();
    assert_eq!(welcome.kind, VisitKind::Delivery);
    assert_eq!(welcome.host.as_deref(), Some("Amira H."));
    assert_eq!(welcome.acceptance_id, None);
    assert_eq!(on_site_names(&store).await, ["Parcelo"]);
    // A courier who gives their name is listed by it.
    let named = CheckInRequest {
        name: "Sam Lee".into(),
        ..delivery.clone()
    };
    visits::check_in(&store, now, &config, &named)
        .await
        .unwrap();
    assert!(on_site_names(&store).await.contains(&"Sam Lee".to_string()));
    // Neither name nor company: the company is what is missing.
    let nobody = CheckInRequest {
        company: None,
        ..delivery.clone()
    };
    let e = visits::check_details(&config, &nobody).unwrap_err();
    assert_eq!(e.code(), ErrorCode::FieldRequired, "{e:?}");
    // Other kinds still need the visitor's own name.
    let e = visits::check_details(&config, &guest(" ")).unwrap_err();
    assert_eq!(e.code(), ErrorCode::FieldRequired, "{e:?}");
    // No recipient: required, unless the courier leaves it with the front desk.
    let desk = CheckInRequest {
        host_id: None,
        host_unknown: true,
        ..delivery.clone()
    };
    let welcome = visits::check_in(&store, now, &config, &desk).await.unwrap();
    assert_eq!(welcome.front_desk.as_deref(), Some("Der Empfang"));
    let no_one = CheckInRequest {
        host_id: None,
        ..delivery
    };
    let e = visits::check_in(&store, now, &config, &no_one)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::HostRequired), "{e:?}");
    intact(&store).await;
}

/// Regression (issue 25): a visitor who did not know their host, or a tour that did not know
/// its guide, had no way forward; now the front desk looks after them.
#[tokio::test]
async fn a_visitor_who_does_not_know_their_host_or_guide_is_looked_after_by_the_front_desk() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let unknown = CheckInRequest {
        host_id: None,
        ..guest("Zoë Müller")
    };
    let refused = visits::check_in(&store, now, &config, &unknown).await;
    assert!(matches!(refused, Err(Error::HostRequired)), "{refused:?}");
    let welcome = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            host_unknown: true,
            ..unknown
        },
    )
    .await
    .unwrap();
    assert_eq!(welcome.host, None);
    assert_eq!(welcome.front_desk.as_deref(), Some("Der Empfang"));
    // A known host is never replaced by the front desk.
    let known = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            host_unknown: true,
            ..guest("Jo Known")
        },
    )
    .await
    .unwrap();
    assert_eq!(
        (known.host.as_deref(), known.front_desk),
        (Some("Amira H."), None)
    );
    // A tour without a guide: refused, unless the visitor says they do not know.
    let tour = CheckInRequest {
        kind: Some(VisitKind::Tour),
        host_id: None,
        guide_id: None,
        off_limits_acknowledged: true,
        language: "en-US".into(),
        ..guest("Priya Prospect")
    };
    let refused = visits::check_in(&store, now, &config, &tour).await;
    assert!(matches!(refused, Err(Error::GuideRequired)), "{refused:?}");
    let welcome = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            host_unknown: true,
            ..tour
        },
    )
    .await
    .unwrap();
    assert_eq!(welcome.front_desk.as_deref(), Some("The front desk"));
    assert_eq!(
        on_site_names(&store).await.len(),
        3,
        "all three are on site for the roll call"
    );
    intact(&store).await;
}

/// Issue 25: check-out without the code, by the full name and the host's first name; every
/// doubt (no match, two matches, no host, a wrong first name) gives the same answer.
#[tokio::test]
async fn a_visitor_checks_out_by_name_confirmed_with_their_hosts_first_name() {
    use lobby_core::visits::checkout::check_out_by_name;
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    for name in ["Zoë Müller", "Sam Twin", "Sam Twin"] {
        visits::check_in(&store, now, &config, &guest(name))
            .await
            .unwrap();
    }
    visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            host_id: None,
            host_unknown: true,
            ..guest("Desk Visitor")
        },
    )
    .await
    .unwrap();
    let unknown = |r: lobby_core::error::Result<visits::CheckedOut>| {
        assert!(matches!(r, Err(Error::CheckoutNameUnknown)), "{r:?}");
    };
    unknown(check_out_by_name(&store, now, "Zoë Müller", "Jonas").await);
    unknown(check_out_by_name(&store, now, "Zoë", "Amira").await);
    unknown(check_out_by_name(&store, now, "Sam Twin", "Amira").await);
    unknown(check_out_by_name(&store, now, "Desk Visitor", "Amira").await);
    unknown(check_out_by_name(&store, now, "", "").await);
    assert_eq!(on_site_names(&store).await.len(), 4, "nobody checked out");
    let out = check_out_by_name(&store, now, "  zoe   MULLER ", "amira")
        .await
        .unwrap();
    assert_eq!(out.first_name, "Zoë");
    assert!(!on_site_names(&store)
        .await
        .contains(&"Zoë Müller".to_string()));
    unknown(check_out_by_name(&store, now, "Zoë Müller", "Amira").await);
    intact(&store).await;
}

#[tokio::test]
async fn unknown_and_malformed_codes_are_refused() {
    let (_d, store, _) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    for code in ["000000", "12", "abcdef", ""] {
        let r = visits::check_out_by_code(&store, friday_morning(), code).await;
        assert!(
            matches!(r, Err(Error::CheckoutCodeUnknown)),
            "{code}: {r:?}"
        );
    }
}

#[tokio::test]
async fn every_rule_of_the_form_is_enforced_and_nothing_is_half_saved() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let cases: Vec<(CheckInRequest, ErrorCode)> = vec![
        (
            CheckInRequest {
                name: "  ".into(),
                ..guest("")
            },
            ErrorCode::FieldRequired,
        ),
        (guest(&"x".repeat(81)), ErrorCode::FieldTooLong),
        (
            guest("Bob\u{202E} nimda"),
            ErrorCode::FieldInvalidCharacters,
        ),
        (guest("Tab\tName"), ErrorCode::FieldInvalidCharacters),
        (
            CheckInRequest {
                host_id: None,
                ..guest("Ana")
            },
            ErrorCode::HostRequired,
        ),
        (
            CheckInRequest {
                host_id: Some("M-9999".into()),
                ..guest("Ana")
            },
            ErrorCode::HostUnknown,
        ),
        (
            CheckInRequest {
                privacy_accepted: false,
                ..guest("Ana")
            },
            ErrorCode::PrivacyNotAccepted,
        ),
        (
            CheckInRequest {
                kind: None,
                ..guest("Ana")
            },
            ErrorCode::VisitTypeUnavailable,
        ),
        (
            CheckInRequest {
                kind: Some(VisitKind::DayPass),
                email: Some("nope".into()),
                ..guest("Ana")
            },
            ErrorCode::EmailInvalid,
        ),
        (
            CheckInRequest {
                kind: Some(VisitKind::DayPass),
                host_id: None,
                ..guest("Ana")
            },
            ErrorCode::FieldRequired,
        ),
        (
            CheckInRequest {
                phone: Some("call me".into()),
                ..contractor("Ana")
            },
            ErrorCode::PhoneInvalid,
        ),
        (
            CheckInRequest {
                company: Some("c".repeat(101)),
                ..guest("Ana")
            },
            ErrorCode::FieldTooLong,
        ),
    ];
    for (request, code) in cases {
        let r = visits::check_in(&store, now, &config, &request).await;
        assert_eq!(
            r.as_ref().map_err(|e| e.code()).err(),
            Some(code),
            "{request:?}"
        );
    }
    assert!(
        on_site_names(&store).await.is_empty(),
        "no refused form left anything behind"
    );
    let field = visits::check_in(&store, now, &config, &guest("Bob\u{202E} nimda"))
        .await
        .unwrap_err()
        .payload();
    assert_eq!(field.args["field"], "name");
}

#[tokio::test]
async fn a_tour_needs_a_guide_and_the_off_limits_areas_and_keeps_leads_only_with_consent() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let tour = CheckInRequest {
        kind: Some(VisitKind::Tour),
        name: "Priya Prospect".into(),
        email: Some("priya@example.org".into()),
        company: Some("Startup".into()),
        host_id: None,
        guide_id: Some(1),
        off_limits_acknowledged: true,
        privacy_accepted: true,
        language: "en-US".into(),
        ..Default::default()
    };
    let r = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            guide_id: None,
            ..tour.clone()
        },
    )
    .await;
    assert!(matches!(r, Err(Error::GuideRequired)), "{r:?}");
    let r = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            off_limits_acknowledged: false,
            ..tour.clone()
        },
    )
    .await;
    assert!(matches!(r, Err(Error::OffLimitsNotShown)), "{r:?}");

    let without = visits::check_in(&store, now, &config, &tour).await.unwrap();
    assert_eq!(
        without.host.as_deref(),
        Some("Demo S."),
        "the guide greets them"
    );
    let with = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            lead_consent: true,
            name: "Lea Lead".into(),
            ..tour
        },
    )
    .await
    .unwrap();
    let leads = String::from_utf8(export::leads_csv(&store, &config, now).await.unwrap()).unwrap();
    assert!(leads.contains("Lea Lead,priya@example.org"), "{leads}");
    assert!(
        !leads.contains("Priya Prospect"),
        "no consent, no lead: {leads}"
    );
    let all = String::from_utf8(
        export::visits_csv(&store, &config, now, now.date_naive(), now.date_naive())
            .await
            .unwrap(),
    )
    .unwrap();
    let priya = all.lines().find(|l| l.contains("Priya Prospect")).unwrap();
    assert!(
        !priya.contains("Startup"),
        "without consent the company was not kept: {priya}"
    );
    assert!(
        priya.contains(",2026-11-27 10:00:00,"),
        "off-limits shown, in site time: {priya}"
    );
    assert!(with.visit_id > without.visit_id);
}

#[tokio::test]
async fn closing_time_checks_out_those_who_may_not_stay_as_of_closing() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let clock = FixedClock::new(friday_morning());
    let g = visits::check_in(&store, clock.now_utc(), &config, &guest("Gina Guest"))
        .await
        .unwrap();
    let contractor = contractor("Carl Contractor");
    visits::check_in(&store, clock.now_utc(), &config, &contractor)
        .await
        .unwrap();

    clock.advance(Duration::hours(9) + Duration::minutes(59)); // 19:59
    assert_eq!(
        visits::sweep_closing(&store, clock.now_utc(), &config)
            .await
            .unwrap(),
        0
    );
    clock.advance(Duration::minutes(2)); // 20:01
    assert_eq!(
        visits::sweep_closing(&store, clock.now_utc(), &config)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        on_site_names(&store).await,
        ["Carl Contractor"],
        "contractors may stay"
    );
    assert_eq!(
        visits::sweep_closing(&store, clock.now_utc(), &config)
            .await
            .unwrap(),
        0,
        "never twice"
    );

    let csv = String::from_utf8(
        export::visits_csv(
            &store,
            &config,
            clock.now_utc(),
            clock.now_utc().date_naive(),
            clock.now_utc().date_naive(),
        )
        .await
        .unwrap(),
    )
    .unwrap();
    let line = csv
        .lines()
        .find(|l| l.starts_with(&format!("{},", g.visit_id)))
        .unwrap();
    assert!(
        line.contains("2026-11-27 20:00:00,closing"),
        "checked out as of closing: {line}"
    );
    intact(&store).await;
}

#[tokio::test]
async fn a_roll_call_marks_people_and_its_export_shows_who_is_missing() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    visits::check_in(&store, now, &config, &guest("Gina Guest"))
        .await
        .unwrap();
    visits::check_in(&store, now, &config, &guest("Mo Missing"))
        .await
        .unwrap();
    let call = rollcall::start(&store, now, &config, 1).await.unwrap();
    assert_eq!(call.entries.len(), 2);
    assert_eq!(
        rollcall::start(&store, now, &config, 1).await.unwrap().id,
        call.id,
        "one roll call at a time"
    );
    let gina = call
        .entries
        .iter()
        .find(|e| e.name == "Gina Guest")
        .unwrap()
        .id;
    let mo = call
        .entries
        .iter()
        .find(|e| e.name == "Mo Missing")
        .unwrap()
        .id;
    rollcall::mark(
        &store,
        now + Duration::minutes(3),
        1,
        gina,
        rollcall::Mark::Safe,
    )
    .await
    .unwrap();
    let call = rollcall::mark(
        &store,
        now + Duration::minutes(4),
        1,
        mo,
        rollcall::Mark::Missing,
    )
    .await
    .unwrap();
    assert_eq!(
        call.entries
            .iter()
            .find(|e| e.id == mo)
            .unwrap()
            .marked_by
            .as_deref(),
        Some("Demo Staff")
    );
    rollcall::finish(&store, now + Duration::minutes(5), 1, call.id)
        .await
        .unwrap();
    let r = rollcall::mark(&store, now, 1, mo, rollcall::Mark::Safe).await;
    assert!(matches!(r, Err(Error::RollCallFinished)), "{r:?}");
    let csv = String::from_utf8(
        export::roll_call_csv(&store, &config, now, call.id)
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(
        csv.lines()
            .any(|l| l.contains("Mo Missing,guest,missing,2026-11-27 10:04:00,Demo Staff")),
        "{csv}"
    );
    intact(&store).await;
}

#[tokio::test]
async fn old_visits_are_anonymised_keeping_counts_and_the_chain() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    let v = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            company: Some("Acme".into()),
            ..guest("Olga Old")
        },
    )
    .await
    .unwrap();
    visits::check_out_by_code(&store, now + Duration::hours(1), &v.checkout_code)
        .await
        .unwrap();
    let later = now + Duration::days(89);
    assert_eq!(
        visits::anonymise_expired(&store, later, &config)
            .await
            .unwrap(),
        0
    );
    let later = now + Duration::days(91);
    assert_eq!(
        visits::anonymise_expired(&store, later, &config)
            .await
            .unwrap(),
        1
    );
    let csv = String::from_utf8(
        export::visits_csv(&store, &config, later, now.date_naive(), now.date_naive())
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(csv.lines().count(), 2, "the visit is still counted: {csv}");
    assert!(!csv.contains("Olga") && !csv.contains("Acme"), "{csv}");
    intact(&store).await;
}

#[tokio::test]
async fn exports_quote_and_defuse_what_visitors_typed() {
    let (_d, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    let now = friday_morning();
    visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            company: Some("=cmd|' /C calc'!A0".into()),
            ..guest("Ann \"Quote\", Jr")
        },
    )
    .await
    .unwrap();
    let csv = String::from_utf8(
        export::visits_csv(&store, &config, now, now.date_naive(), now.date_naive())
            .await
            .unwrap(),
    )
    .unwrap();
    assert!(
        csv.contains("\"Ann \"\"Quote\"\", Jr\""),
        "RFC 4180 quoting: {csv}"
    );
    assert!(
        csv.contains(",'=cmd|' /C calc'!A0,"),
        "formula defused: {csv}"
    );
}

trait NowUtc {
    fn now_utc(&self) -> DateTime<Utc>;
}

impl NowUtc for FixedClock {
    fn now_utc(&self) -> DateTime<Utc> {
        lobby_core::Clock::now(self)
    }
}

#[tokio::test]
async fn outside_opening_hours_only_kinds_allowed_after_hours_are_offered_and_accepted() {
    let config = NO_CODE_OF_CONDUCT.replace(
        "[visits.types.contractor]\n",
        "[visits.types.contractor]\nafter_hours = true\n",
    );
    let (_d, store, config) = site_with(Config::parse(&config, None).unwrap()).await;
    let contractor = contractor("Carl Contractor");
    let kinds = |o: visits::CheckInOptions| o.types.iter().map(|t| t.kind).collect::<Vec<_>>();

    // Friday 10:00 is open: every kind is offered.
    let open = visits::options(&store, &config, friday_morning(), "en-US")
        .await
        .unwrap();
    assert_eq!(kinds(open).len(), config.visits.types.len());

    // 20:00 is closing time (08:00-20:00): from then on, contractors only.
    for closed in [
        friday_morning() + Duration::hours(10),
        friday_morning() + Duration::hours(14),
        friday_morning() + Duration::days(2), // Sunday, closed all day
    ] {
        let offered = visits::options(&store, &config, closed, "en-US")
            .await
            .unwrap();
        assert_eq!(kinds(offered), [VisitKind::Contractor], "at {closed}");
        let refused = visits::check_in(&store, closed, &config, &guest("Gina Guest"))
            .await
            .unwrap_err();
        assert_eq!(
            refused.code(),
            ErrorCode::VisitTypeUnavailable,
            "at {closed}"
        );
    }
    assert!(
        on_site_names(&store).await.is_empty(),
        "nothing stored on refusal"
    );
    let sunday = friday_morning() + Duration::days(2);
    visits::check_in(&store, sunday, &config, &contractor)
        .await
        .unwrap();
    assert_eq!(on_site_names(&store).await, ["Carl Contractor"]);

    // One minute before closing a guest still checks in.
    let last_minute = friday_morning() + Duration::hours(9) + Duration::minutes(59);
    visits::check_in(&store, last_minute, &config, &guest("Gina Guest"))
        .await
        .unwrap();
    intact(&store).await;
}

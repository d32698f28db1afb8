//! Safety signage, emergency mode and security-concern reports, against a real temporary
//! database and a pinned clock.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{Duration, TimeZone, Utc};
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::badges::{self, EnrollRequest, Tapped};
use lobby_core::config::{Config, VisitKind};
use lobby_core::emergency::{self, EmergencyKind};
use lobby_core::incidents::{self, IncidentKind, IncidentStatus, ReportRequest};
use lobby_core::reader::{CardType, Uid};
use lobby_core::signage::{self, Priority};
use lobby_core::{report, Error, Store};

fn ids(items: &[signage::SignItem]) -> Vec<&str> {
    items.iter().map(|i| i.id.as_str()).collect()
}

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Utc> {
    chrono_tz::Europe::Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn after_hours_items_show_only_when_the_site_is_closed() {
    let config = Config::demo();
    // Friday 19:59 is open; 20:00 (closing) is closed; Sunday is closed all day.
    let open = signage::frame(&config, berlin(2026, 11, 27, 19, 59), None);
    let closed = signage::frame(&config, berlin(2026, 11, 27, 20, 0), None);
    let sunday = signage::frame(&config, berlin(2026, 11, 29, 12, 0), None);
    assert!(open.open && !closed.open && !sunday.open);
    assert!(!ids(&open.items).contains(&"after-hours"));
    assert!(ids(&closed.items).contains(&"after-hours"));
    assert!(ids(&sunday.items).contains(&"after-hours"));
    // Closed: the next opening is Saturday 10:00 local, and only contractors may check in.
    assert_eq!(
        closed.opens_at.as_deref(),
        Some(berlin(2026, 11, 28, 10, 0).to_rfc3339().as_str())
    );
    assert_eq!(closed.visit_kinds, vec![VisitKind::Contractor]);
    assert!(open.visit_kinds.len() > 1 && open.opens_at.is_none());
    // Friday 20:00 opens tomorrow; Saturday 09:30 opens today; Sunday opens on Monday, tomorrow;
    // Saturday 16:00 (closing) opens on Monday, in two days.
    let early = signage::frame(&config, berlin(2026, 11, 28, 9, 30), None);
    let saturday_evening = signage::frame(&config, berlin(2026, 11, 28, 16, 0), None);
    assert_eq!(
        [&closed, &early, &sunday, &saturday_evening, &open].map(|f| f.opens_in_days),
        [Some(1), Some(0), Some(1), Some(2), None]
    );
    // Safety items come first, in every frame.
    let priorities: Vec<Priority> = closed.items.iter().map(|i| i.priority).collect();
    let mut sorted = priorities.clone();
    sorted.sort();
    assert_eq!(priorities, sorted);
    assert_eq!(closed.items[0].id, "exits");
    assert_eq!(closed.items[0].pictograms, ["E001", "E007"]);
}

#[test]
fn site_items_follow_their_schedule_and_dates_and_standard_items_can_be_hidden() {
    let config = Config::parse(
        r#"
[signage]
hide = ["cctv"]
exit_side = "right"
[[signage.items]]
id = "holiday"
from = "2026-12-24"
until = "2026-12-26"
priority = "security"
title = { en-US = "Closed for the holidays", de = "Über die Feiertage geschlossen" }
[[signage.items]]
id = "bikes"
schedule = "business-hours"
pictograms = ["E003"]
title = { en-US = "Bike room open" }
"#,
        None,
    )
    .unwrap();
    let before = signage::items_at(&config, berlin(2026, 12, 23, 12, 0));
    let during = signage::items_at(&config, berlin(2026, 12, 24, 12, 0));
    let last = signage::items_at(&config, berlin(2026, 12, 26, 23, 59));
    assert!(!ids(&before).contains(&"holiday") && ids(&before).contains(&"bikes"));
    assert!(ids(&during).contains(&"holiday") && ids(&last).contains(&"holiday"));
    assert!(!ids(&during).contains(&"cctv"));
    // Saturday 26 December after 16:00 is closed: no business-hours item.
    assert!(!ids(&last).contains(&"bikes"));
    let exits = during.iter().find(|i| i.id == "exits").unwrap();
    assert_eq!(exits.pictograms, ["E002", "E007"]);
    let facts = signage::facts(&config);
    assert_eq!(facts.exit_pictogram, "E002");
}

#[test]
fn bad_signage_configuration_is_refused_with_the_key() {
    for (text, key) in [
        ("[signage]\nhide = [\"nope\"]\n", "signage.hide"),
        ("[signage]\nrotate_seconds = 2\n", "signage.rotate_seconds"),
        (
            "[[signage.items]]\nid = \"exits\"\ntitle = { en-US = \"x\" }\n",
            "signage.items[0].id",
        ),
        (
            "[[signage.items]]\nid = \"a\"\npictograms = [\"X999\"]\ntitle = { en-US = \"x\" }\n",
            "signage.items[0].pictograms",
        ),
        (
            "[[signage.items]]\nid = \"a\"\nfrom = \"2026-02-02\"\nuntil = \"2026-02-01\"\ntitle = { en-US = \"x\" }\n",
            "signage.items[0].until",
        ),
        (
            "[[signage.items]]\nid = \"a\"\ntitle = { xx = \"x\" }\n",
            "signage.items[0].title.xx",
        ),
    ] {
        let e = Config::parse(text, None).unwrap_err();
        assert_eq!(e.key, key, "{text}: {e}");
    }
}

#[test]
fn every_standard_item_and_emergency_has_its_text_in_every_shipped_language() {
    use lobby_core::config::SHIPPED_LANGUAGES;
    use lobby_core::i18n::Localizer;
    let facts = signage::facts(&Config::demo());
    for lang in SHIPPED_LANGUAGES {
        let l = Localizer::new(lang);
        let reference = Localizer::new("en-US");
        let place = |text| lobby_core::config::pick(text, lang, &[]).to_string();
        for id in signage::standard_ids() {
            for part in ["title", "body"] {
                let key = format!("signage-{id}-{part}");
                let args = [
                    ("assembly_point", place(&facts.assembly_point).into()),
                    ("camera_retention_days", 7.into()),
                    ("privacy_contact", facts.privacy_contact.clone().into()),
                    ("fire", facts.fire.clone().into()),
                    ("medical", facts.medical.clone().into()),
                    ("security", facts.security.clone().into()),
                    ("first_aid", place(&facts.first_aid).into()),
                    ("address", facts.address.clone().into()),
                ];
                let text = l.text(&key, &args);
                assert!(!text.is_empty() && text != key, "{lang}: {key}");
                if lang != "en-US" {
                    assert_ne!(
                        text,
                        reference.text(&key, &args),
                        "{lang}: {key} untranslated"
                    );
                }
            }
        }
        for kind in EmergencyKind::ALL {
            let text = l.text("emergency-title", &[("kind", kind.as_str().into())]);
            assert!(!text.is_empty(), "{lang}: emergency-title {kind:?}");
        }
        // The demo's places are written in every shipped language, not English everywhere.
        for text in [
            &facts.assembly_point,
            &facts.shelter,
            &facts.first_aid,
            &facts.aed,
        ] {
            assert!(text.contains_key(lang), "{lang}: {text:?}");
        }
    }
}

#[test]
fn emergency_places_are_given_once_or_per_language_and_checked() {
    let one = Config::parse("[emergency]\nshelter = \"Basement\"\naed = \"\"\n", None).unwrap();
    // Text given once is shown in every language; no defibrillator is no text at all.
    assert_eq!(
        lobby_core::config::pick(&one.emergency.shelter, "de", &one.languages),
        "Basement"
    );
    assert!(one.emergency.aed.is_empty());
    let many = Config::parse(
        "[emergency]\nassembly_point = { en-US = \"Car park\", de = \"Parkplatz\" }\n",
        None,
    )
    .unwrap();
    assert_eq!(
        lobby_core::config::pick(&many.emergency.assembly_point, "de", &many.languages),
        "Parkplatz"
    );
    for (text, key) in [
        (
            "[emergency]\nassembly_point = \"\"\n",
            "emergency.assembly_point",
        ),
        (
            "[emergency]\nshelter = { tlh = \"x\" }\n",
            "emergency.shelter.tlh",
        ),
        ("[emergency]\nfirst_aid = {}\n", "emergency.first_aid"),
    ] {
        let e = Config::parse(text, None).unwrap_err();
        assert_eq!(e.key, key, "{text}: {e}");
    }
}

#[tokio::test]
async fn emergency_mode_survives_a_restart_and_its_end_is_audited_with_the_duration() {
    let (dir, store, _config) = site().await;
    let now = friday_morning();
    let started = emergency::start(&store, now, Actor::Cli, EmergencyKind::Fire, None)
        .await
        .unwrap();
    // A fire panel repeating itself changes nothing.
    let again = emergency::start(
        &store,
        now + Duration::seconds(5),
        Actor::Cli,
        EmergencyKind::Fire,
        None,
    )
    .await
    .unwrap();
    assert_eq!(again.id, started.id);
    store.close().await;

    let store = Store::open(dir.path()).await.unwrap();
    let mut conn = store.conn().await.unwrap();
    let on = emergency::current(&mut conn).await.unwrap().unwrap();
    drop(conn);
    assert_eq!((on.id, on.kind), (started.id, EmergencyKind::Fire));
    let clear = emergency::end(&store, now + Duration::minutes(12), Actor::Staff(1))
        .await
        .unwrap();
    assert_eq!(clear.duration_seconds, 12 * 60);
    let e = emergency::end(&store, now + Duration::minutes(13), Actor::Staff(1))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::NoEmergency), "{e:?}");

    let mut conn = store.conn().await.unwrap();
    assert!(emergency::current(&mut conn).await.unwrap().is_none());
    let recent = audit::recent(&mut conn, 5).await.unwrap();
    let end = recent.iter().find(|e| e.action == "emergency-end").unwrap();
    assert_eq!(end.actor, "staff:1");
    assert!(
        end.details.contains("\"duration_seconds\":720"),
        "{}",
        end.details
    );
    let starts = recent
        .iter()
        .filter(|e| e.action == "emergency-start")
        .count();
    assert_eq!(starts, 1, "a repeated start is not a new emergency");
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn another_kind_replaces_the_emergency_and_a_custom_one_needs_its_message() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    let e = emergency::start(
        &store,
        now,
        Actor::Staff(1),
        EmergencyKind::Custom,
        Some("  "),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::FieldRequired { field: "message" }),
        "{e:?}"
    );
    let long = "x".repeat(emergency::MESSAGE_MAX + 1);
    let e = emergency::start(
        &store,
        now,
        Actor::Staff(1),
        EmergencyKind::Custom,
        Some(&long),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::FieldTooLong { .. }), "{e:?}");
    let first = emergency::start(&store, now, Actor::Staff(1), EmergencyKind::Shelter, None)
        .await
        .unwrap();
    let second = emergency::start(
        &store,
        now + Duration::minutes(3),
        Actor::Staff(1),
        EmergencyKind::Custom,
        Some("Gas leak: leave by the back stairs"),
    )
    .await
    .unwrap();
    assert_ne!(first.id, second.id);
    let mut conn = store.conn().await.unwrap();
    let on = emergency::current(&mut conn).await.unwrap().unwrap();
    assert_eq!(
        on.message.as_deref(),
        Some("Gas leak: leave by the back stairs")
    );
    let ended: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM emergencies WHERE ended_at IS NOT NULL")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(ended, 1);
}

/// The e-mail address the demo site has on record for a member.
async fn email_on_record(store: &Store, member: &str) -> String {
    let mut conn = store.conn().await.unwrap();
    sqlx::query_scalar("SELECT email FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(&mut *conn)
        .await
        .unwrap()
}

/// The newest audit entry with this action (among the last 10).
async fn latest_audit(conn: &mut sqlx::SqliteConnection, action: &str) -> audit::AuditEntry {
    audit::recent(conn, 10)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.action == action)
        .unwrap_or_else(|| panic!("no {action} among the last 10 audit entries"))
}

async fn enroll(store: &Store, config: &Config, member: &str, uid: &str) -> Uid {
    let card = Uid::parse_hex(uid).unwrap();
    let request = EnrollRequest {
        member_id: member.into(),
        groups: vec!["main-door".into()],
        ..Default::default()
    };
    badges::enroll(
        store,
        friday_morning(),
        config,
        1,
        &card,
        CardType::MifareClassic1k,
        &request,
    )
    .await
    .unwrap();
    card
}

#[tokio::test]
async fn a_lost_badge_from_an_identified_member_is_blocked_at_once() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let card = enroll(&store, &config, "M-1002", "04A23B5C6D7E80").await;
    let other = enroll(&store, &config, "M-1003", "04A23B5C6D7E81").await;
    assert!(matches!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Member { .. }
    ));
    // The wrong e-mail address: filed, nothing blocked, the visitor is told.
    let demo_email = email_on_record(&store, "M-1002").await;
    let wrong = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::LostBadge),
            member_id: Some("M-1002".into()),
            member_email: Some("someone@else.org".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(wrong.not_identified && wrong.badges_suspended == 0);
    let later = now + Duration::minutes(1);
    assert!(matches!(
        badges::tap(&store, later, &config, &card).await.unwrap(),
        Tapped::Member { .. }
    ));
    // The right one, typed with other capitals and spaces: blocked in the same transaction.
    let right = incidents::report(
        &store,
        later,
        &ReportRequest {
            kind: Some(IncidentKind::LostBadge),
            description: "Lost it on the tram".into(),
            member_id: Some("M-1002".into()),
            member_email: Some(format!("  {}  ", demo_email.to_uppercase())),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!((right.badges_suspended, right.not_identified), (1, false));
    assert!(matches!(
        badges::tap(&store, later, &config, &card).await.unwrap(),
        Tapped::Suspended
    ));
    // Another member's badge still works.
    assert!(matches!(
        badges::tap(&store, later, &config, &other).await.unwrap(),
        Tapped::Member { .. }
    ));
    let mut conn = store.conn().await.unwrap();
    let list = incidents::list(&mut conn, later, false).await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].member.as_deref(), Some("Jonas Becker"));
    assert!(list[1].member.is_none());
    let suspend = latest_audit(&mut conn, "badge-suspend").await;
    assert_eq!(suspend.subject.as_deref(), Some("member:M-1002"));
    assert_eq!(suspend.actor, "kiosk");
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn reports_need_a_description_and_valid_text_and_save_nothing_otherwise() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    for (request, field) in [
        (ReportRequest::default(), "kind"),
        (
            ReportRequest {
                kind: Some(IncidentKind::Phishing),
                description: " \u{200B} ".into(),
                ..Default::default()
            },
            "description",
        ),
        (
            ReportRequest {
                kind: Some(IncidentKind::Other),
                description: "bad\u{202E}text".into(),
                ..Default::default()
            },
            "description",
        ),
        (
            ReportRequest {
                kind: Some(IncidentKind::Other),
                description: "ok".into(),
                contact: Some("x".repeat(incidents::CONTACT_MAX + 1)),
                ..Default::default()
            },
            "contact",
        ),
    ] {
        let e = incidents::report(&store, now, &request).await.unwrap_err();
        let got = match &e {
            Error::FieldRequired { field }
            | Error::FieldInvalidCharacters { field }
            | Error::FieldTooLong { field, .. } => *field,
            other => panic!("{other:?}"),
        };
        assert_eq!(got, field);
    }
    let e = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::LostBadge),
            member_id: Some("M-9999".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::MemberNotFound), "{e:?}");
    let mut conn = store.conn().await.unwrap();
    assert!(incidents::list(&mut conn, now, true)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn personal_data_reports_show_the_72_hour_clock_until_closed() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let exposed = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::DataExposure),
            description: "Printouts with member addresses left in the copier".into(),
            contact: Some("+49 30 1234567".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let phishing = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::Phishing),
            description: "Mail asking for the Wi-Fi admin password".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let later = now + Duration::hours(70);
    let mut conn = store.conn().await.unwrap();
    let list = incidents::list(&mut conn, later, false).await.unwrap();
    let e = list.iter().find(|i| i.id == exposed.id).unwrap();
    assert!(e.personal_data && e.status == IncidentStatus::Open);
    assert_eq!(e.hours_left, Some(2));
    assert_eq!(
        e.notify_by.as_deref(),
        Some((now + Duration::hours(72)).to_rfc3339().as_str())
    );
    let p = list.iter().find(|i| i.id == phishing.id).unwrap();
    assert!(!p.personal_data && p.hours_left.is_none());
    let overdue = incidents::figures(&mut conn, now + Duration::hours(73))
        .await
        .unwrap();
    assert_eq!(
        (overdue.open, overdue.personal_data_open, overdue.overdue),
        (2, 1, 1)
    );
    drop(conn);

    incidents::acknowledge(&store, later, 1, exposed.id)
        .await
        .unwrap();
    let e = incidents::acknowledge(&store, later, 1, exposed.id)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IncidentNotFound), "{e:?}");
    let e = incidents::close(&store, later, 1, exposed.id, "  ")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::FieldRequired { field: "note" }), "{e:?}");
    incidents::close(
        &store,
        later,
        1,
        exposed.id,
        "Shredded; members told; DPO informed",
    )
    .await
    .unwrap();
    incidents::close(&store, later, 1, phishing.id, "Warned everyone")
        .await
        .unwrap();
    let e = incidents::close(&store, later, 1, phishing.id, "again")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IncidentNotFound), "{e:?}");

    let mut conn = store.conn().await.unwrap();
    assert!(incidents::list(&mut conn, later, false)
        .await
        .unwrap()
        .is_empty());
    let all = incidents::list(&mut conn, later, true).await.unwrap();
    assert!(all
        .iter()
        .all(|i| i.status == IncidentStatus::Closed && i.hours_left.is_none()));
    let plan = report::security_plan(&store, &config, later).await.unwrap();
    assert_eq!(plan.incidents.open, 0);
    let actions: Vec<String> = audit::recent(&mut conn, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for a in ["incident-report", "incident-acknowledge", "incident-close"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    // After the retention period, what was said and who to call are gone; the record stays.
    drop(conn);
    lobby_core::visits::anonymise_expired(&store, later + Duration::days(91), &config)
        .await
        .unwrap();
    let mut conn = store.conn().await.unwrap();
    let all = incidents::list(&mut conn, later, true).await.unwrap();
    assert_eq!(all.len(), 2);
    assert!(all
        .iter()
        .all(|i| i.description.is_empty() && i.contact.is_none() && i.note.is_none()));
}

#[tokio::test]
async fn repeated_wrong_addresses_pause_lost_badge_identification_for_a_while() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let card = enroll(&store, &config, "M-1002", "04A23B5C6D7E80").await;
    let email = email_on_record(&store, "M-1002").await;
    let lost = |email: &str| ReportRequest {
        kind: Some(IncidentKind::LostBadge),
        member_id: Some("M-1002".into()),
        member_email: Some(email.into()),
        ..Default::default()
    };
    for i in 0..incidents::IDENTIFY_FAILURES_MAX {
        let at = now + Duration::minutes(i);
        let r = incidents::report(&store, at, &lost(&format!("guess{i}@example.org")))
            .await
            .unwrap();
        assert!(r.not_identified, "guess {i}");
    }
    // The right address now identifies no one: the badge keeps working, the report is filed.
    let paused_at = now + Duration::minutes(5);
    let paused = incidents::report(&store, paused_at, &lost(&email))
        .await
        .unwrap();
    assert_eq!((paused.not_identified, paused.badges_suspended), (true, 0));
    assert!(matches!(
        badges::tap(&store, paused_at, &config, &card)
            .await
            .unwrap(),
        Tapped::Member { .. }
    ));
    let mut conn = store.conn().await.unwrap();
    let entry = latest_audit(&mut conn, "incident-report").await;
    let details: serde_json::Value = serde_json::from_str(&entry.details).unwrap();
    assert_eq!(details["identity_check_paused"], true);
    drop(conn);
    // Once the window has passed since the failures, the right address blocks the badge.
    let later = paused_at + incidents::IDENTIFY_WINDOW;
    let right = incidents::report(&store, later, &lost(&email))
        .await
        .unwrap();
    assert_eq!((right.not_identified, right.badges_suspended), (false, 1));
    assert!(matches!(
        badges::tap(&store, later, &config, &card).await.unwrap(),
        Tapped::Suspended
    ));
}

/// Issue 22: the lost-badge form cannot switch off a row of members' badges. After
/// [`incidents::SUSPENSIONS_MAX`] suspensions in the window, a further report, even with the
/// right address, is filed for staff and the card keeps working.
#[tokio::test]
async fn lost_badge_reports_suspend_a_few_cards_at_most_then_wait_for_staff() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let members = ["M-1002", "M-1003", "M-1004", "M-1005"];
    let mut cards = Vec::new();
    for (i, m) in members.iter().enumerate() {
        cards.push(enroll(&store, &config, m, &format!("04A23B5C6D7E8{i}")).await);
    }
    for (i, m) in members.iter().enumerate() {
        let at = now + Duration::minutes(i as i64);
        let email = email_on_record(&store, m).await;
        let r = incidents::report(
            &store,
            at,
            &ReportRequest {
                kind: Some(IncidentKind::LostBadge),
                member_id: Some((*m).into()),
                member_email: Some(email),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let suspended = (i as i64) < incidents::SUSPENSIONS_MAX;
        assert_eq!(r.badges_suspended, i64::from(suspended), "report {i}");
        let tapped = badges::tap(&store, at, &config, &cards[i]).await.unwrap();
        if suspended {
            assert!(matches!(tapped, Tapped::Suspended), "{i}: {tapped:?}");
        } else {
            assert!(matches!(tapped, Tapped::Member { .. }), "{i}: {tapped:?}");
        }
    }
    // Filed all the same, for staff to see.
    let mut conn = store.conn().await.unwrap();
    let filed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM incidents WHERE kind = 'lost-badge'")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(filed, 4);
}

/// Issue 22: staff see each card a lost-badge report suspended and restore it in one step; it
/// works at the next tap. A card staff revoked themselves is not restored this way.
#[tokio::test]
async fn staff_list_suspended_cards_and_restore_one_in_one_step() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let card = enroll(&store, &config, "M-1002", "04A23B5C6D7E90").await;
    let revoked = enroll(&store, &config, "M-1003", "04A23B5C6D7E91").await;
    let email = email_on_record(&store, "M-1002").await;
    incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::LostBadge),
            member_id: Some("M-1002".into()),
            member_email: Some(email),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let revoked_id: i64 = sqlx::query_scalar("SELECT id FROM badges WHERE member_id = 'M-1003'")
        .fetch_one(store.pool())
        .await
        .unwrap();
    badges::revoke(&store, now, 1, revoked_id).await.unwrap();
    assert!(matches!(
        badges::tap(&store, now, &config, &revoked).await.unwrap(),
        Tapped::Revoked
    ));

    let list = badges::suspended::list(&mut store.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0].member_name, "Jonas Becker");
    assert!(list[0].masked_uid.ends_with("7E90"), "{:?}", list[0]);
    let e = badges::suspended::restore(&store, now, 1, revoked_id).await;
    assert!(matches!(e, Err(Error::BadgeNotFound)), "{e:?}");
    badges::suspended::restore(&store, now, 1, list[0].badge_id)
        .await
        .unwrap();
    assert!(matches!(
        badges::tap(&store, now, &config, &card).await.unwrap(),
        Tapped::Member { .. }
    ));
    assert!(badges::suspended::list(&mut store.conn().await.unwrap())
        .await
        .unwrap()
        .is_empty());
    let again = badges::suspended::restore(&store, now, 1, list[0].badge_id).await;
    assert!(matches!(again, Err(Error::BadgeNotFound)), "{again:?}");
    let mut conn = store.conn().await.unwrap();
    let restored = latest_audit(&mut conn, "badge-restore").await;
    assert_eq!(restored.actor, "staff:1");
    assert_eq!(restored.subject.as_deref(), Some("member:M-1002"));
}

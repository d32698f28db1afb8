//! The audit chain names people by id only (issue 23): a person who asks to be erased can be,
//! and the chain still verifies. One visitor, with a name, company, e-mail address, phone and
//! purpose of their own, goes through what the kiosk, staff and operators do with a visitor;
//! then no audit entry carries any of it, in any case.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;
use lobby_core::audit::{self, Actor};
use lobby_core::config::{Config, VisitKind};
use lobby_core::incidents::{self, IncidentKind, ReportRequest};
use lobby_core::invitations::{self, NewInvitation};
use lobby_core::visits::{self, CheckInRequest};

const NAME: &str = "Zoë Quillfeather";
const EMAIL: &str = "zoe.quill@example.org";
const COMPANY: &str = "Quillworks Ltd";
const PHONE: &str = "+49 30 5550199";
const PURPOSE: &str = "Replacing the boiler valves";

/// Every personal field, and the name's parts, as they could be written.
fn needles() -> Vec<String> {
    let mut v: Vec<String> = [
        NAME,
        EMAIL,
        COMPANY,
        PHONE,
        PURPOSE,
        "Quillfeather",
        "Quillworks",
    ]
    .iter()
    .map(|s| s.to_lowercase())
    .collect();
    v.push("zoe quillfeather".into());
    v.push("5550199".into());
    v
}

async fn audit_text(store: &lobby_core::Store) -> Vec<(String, String)> {
    let rows: Vec<(String, String, Option<String>, String)> =
        sqlx::query_as("SELECT action, actor, subject, details FROM audit_log ORDER BY seq")
            .fetch_all(store.pool())
            .await
            .unwrap();
    rows.into_iter()
        .map(|(action, actor, subject, details)| {
            (
                action,
                format!("{actor} {} {details}", subject.unwrap_or_default()).to_lowercase(),
            )
        })
        .collect()
}

#[tokio::test]
async fn no_audit_entry_names_a_visitor_or_carries_their_details() {
    let config = Config::parse(&format!("{OPEN_ALL_DAY}{NO_CODE_OF_CONDUCT}"), None).unwrap();
    let (_dir, store, config) = site_with(config).await;
    let now = friday_morning();
    let me = CheckInRequest {
        kind: Some(VisitKind::Contractor),
        company: Some(COMPANY.into()),
        email: Some(EMAIL.into()),
        phone: Some(PHONE.into()),
        purpose: Some(PURPOSE.into()),
        ..guest_in(NAME, "de")
    };

    // Invited ahead, with the address; checked in three times and out three ways.
    invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &NewInvitation {
            host_id: "M-1001".into(),
            name: NAME.into(),
            email: Some(EMAIL.into()),
            company: Some(COMPANY.into()),
            kind: Some(VisitKind::Guest),
            date: "2026-11-27".into(),
            days: Some(1),
            language: Some("de".into()),
        },
    )
    .await
    .unwrap();
    let first = visits::check_in(&store, now, &config, &me).await.unwrap();
    visits::check_out_by_code(&store, now, &first.checkout_code)
        .await
        .unwrap();
    visits::check_in(&store, now, &config, &me).await.unwrap();
    visits::checkout::check_out_by_name(&store, now, NAME, "Amira")
        .await
        .unwrap();
    let third = visits::check_in(&store, now, &config, &me).await.unwrap();
    visits::check_out_by_staff(&store, now, 1, third.visit_id)
        .await
        .unwrap();
    // On site again, and the subject of a concern report with their address.
    visits::check_in(&store, now, &config, &me).await.unwrap();
    incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::SuspiciousPerson),
            description: format!("{NAME} of {COMPANY} walked into the server room"),
            contact: Some(EMAIL.into()),
            personal_data: true,
            member_id: None,
            member_email: None,
        },
    )
    .await
    .unwrap();
    // And anonymised after the retention period.
    visits::anonymise_expired(&store, now + chrono::Duration::days(400), &config)
        .await
        .unwrap();

    let entries = audit_text(&store).await;
    let actions: Vec<&str> = entries.iter().map(|(a, _)| a.as_str()).collect();
    for expected in [
        "invitation-create",
        "visit-check-in",
        "visit-check-out",
        "incident-report",
        "visits-anonymise",
    ] {
        assert!(
            actions.contains(&expected),
            "no {expected} entry among {actions:?}: the test did not exercise it"
        );
    }
    for (action, text) in &entries {
        for needle in needles() {
            assert!(
                !text.contains(&needle),
                "the audit entry {action} carries {needle:?}: {text}"
            );
        }
    }
    let mut conn = store.conn().await.unwrap();
    let verdict = audit::verify(&mut conn, None).await.unwrap();
    assert!(
        matches!(verdict, audit::Verdict::Intact { .. }),
        "{verdict:?}"
    );
}

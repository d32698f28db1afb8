//! Invitations: made, looked up by a code however it is typed, used once to check in (which
//! tells the host), refused with a reason of their own when unknown, not yet valid, expired,
//! cancelled or used; imported all or nothing, exported, anonymised. The invitation e-mail
//! goes to a real SMTP relay (aiosmtpd); its QR code is read back with zbarimg and its
//! calendar file with the icalendar package.

#![allow(clippy::unwrap_used)]

use crate::common::{friday_morning, site_with, NO_CODE_OF_CONDUCT};
use crate::notify::{email_section, free_port, Smtp};
use chrono::Duration;
use lobby_core::audit::Actor;
use lobby_core::config::{Config, VisitKind};
use lobby_core::invitations::{self, NewInvitation, Status};
use lobby_core::notify::{deliver, State};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Error, ErrorCode};
use std::process::Command;

/// The demo hours (Friday 08:00-20:00 in Berlin) and an SMTP relay on `port`.
fn config(port: u16) -> Config {
    Config::parse(
        &format!("{NO_CODE_OF_CONDUCT}\n{}", email_section(port)),
        None,
    )
    .unwrap()
}

fn invite(name: &str, date: &str) -> NewInvitation {
    NewInvitation {
        host_id: "M-1002".into(),
        name: name.into(),
        email: Some("zoe@example.com".into()),
        company: Some("Acme".into()),
        date: date.into(),
        language: Some("de".into()),
        ..Default::default()
    }
}

fn with_code(code: &str) -> CheckInRequest {
    CheckInRequest {
        invitation: Some(code.into()),
        privacy_accepted: true,
        language: "en-US".into(),
        ..Default::default()
    }
}

const FRIDAY: &str = "2026-11-27";

#[tokio::test]
async fn an_invitation_checks_its_guest_in_once_and_the_host_is_told() {
    let port = free_port();
    let smtp = Smtp::start(port);
    let (_dir, store, config) = site_with(config(port)).await;
    let now = friday_morning();
    let made = invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &invite("Zoë Example", FRIDAY),
    )
    .await
    .unwrap();
    assert_eq!(made.status, Status::Valid);
    assert_eq!(made.host, "Jonas Becker");
    assert_eq!((made.from.as_str(), made.until.as_str()), (FRIDAY, FRIDAY));

    // Typed in lower case with the hyphen, or scanned as printed: the same invitation.
    let typed = invitations::display(&made.code).to_lowercase();
    let found = invitations::lookup(&store, now, &config, &typed)
        .await
        .unwrap();
    assert_eq!(found.name, "Zoë Example");
    assert_eq!(found.first_name, "Zoë");
    assert_eq!(found.host, "Jonas B.");
    assert_eq!(found.kind, VisitKind::Guest);

    // Two touches: the code, then the privacy notice. Name, host and kind come from it.
    let done = visits::check_in(&store, now, &config, &with_code(&typed))
        .await
        .unwrap();
    assert_eq!(done.first_name, "Zoë");
    assert_eq!(done.host.as_deref(), Some("Jonas B."));
    assert!(done.host_told);
    let company: Option<String> = sqlx::query_scalar("SELECT company FROM visits WHERE id = ?")
        .bind(done.visit_id)
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(company.as_deref(), Some("Acme"));

    // Once only.
    let again = visits::check_in(&store, now, &config, &with_code(&made.code)).await;
    assert_eq!(again.unwrap_err().code(), ErrorCode::InvitationUsed);
    assert_eq!(
        invitations::lookup(&store, now, &config, &made.code)
            .await
            .unwrap_err()
            .code(),
        ErrorCode::InvitationUsed
    );
    let today = invitations::expected_today(&store, now, &config)
        .await
        .unwrap();
    assert_eq!(today.len(), 1);
    assert_eq!(today[0].status, Status::Used);
    assert_eq!(today[0].visit_id, Some(done.visit_id));

    // The guest's invitation (German, as asked) and the host's message both reach the relay.
    let tried = deliver::run_once(&store, &config, now).await.unwrap();
    assert_eq!(tried.len(), 2);
    assert!(tried.iter().all(|t| t.state == State::Sent), "{tried:?}");
    let mail = smtp.messages();
    let inv = mail
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("zoe@example.com"))
        .expect("the invitation");
    assert_eq!(inv["subject"], "Ihre Einladung zu Lobby Demo Space");
    let text = inv["text"].as_str().unwrap();
    assert!(text.contains(&invitations::display(&made.code)), "{text}");
    assert!(text.contains("Example Street 1, 10115 Berlin"), "{text}");
    assert!(text.contains("08:00–20:00"), "{text}");
    // The QR code, an inline image the HTML shows, reads back as the code.
    assert!(inv["html"].as_str().unwrap().contains("cid:qr"));
    let png = data_encoding::BASE64
        .decode(inv["images"]["qr"].as_str().unwrap().as_bytes())
        .unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), png).unwrap();
    let z = Command::new("zbarimg")
        .args(["--raw", "-q"])
        .arg(file.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&z.stdout).trim(),
        invitations::display(&made.code)
    );
    // The calendar file starts at the site's opening time on the day, in Berlin.
    let events = &inv["calendars"][0]["events"];
    assert_eq!(inv["calendars"][0]["filename"], "invitation.ics");
    let start = chrono::DateTime::parse_from_rfc3339(events[0]["start"].as_str().unwrap())
        .unwrap()
        .with_timezone(&chrono_tz::Europe::Berlin);
    assert_eq!(
        start.format("%Y-%m-%d %H:%M").to_string(),
        "2026-11-27 08:00"
    );
    let end = chrono::DateTime::parse_from_rfc3339(events[0]["end"].as_str().unwrap())
        .unwrap()
        .with_timezone(&chrono_tz::Europe::Berlin);
    assert_eq!(end.format("%H:%M").to_string(), "20:00");
    assert_eq!(events[0]["location"], "Example Street 1, 10115 Berlin");
    assert!(events[0]["rrule"].is_null());
    let host = mail
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("jonas@example.org"))
        .expect("the host's message");
    assert_eq!(host["subject"], "Zoë Example (Acme) is here to see you");
}

#[tokio::test]
async fn each_unusable_code_gets_its_own_answer() {
    let (_dir, store, config) = site_with(config(free_port())).await;
    let now = friday_morning();
    let e = |r: lobby_core::error::Result<invitations::Invited>| r.unwrap_err();
    assert_eq!(
        e(invitations::lookup(&store, now, &config, "ACEF-GH34").await).code(),
        ErrorCode::InvitationUnknown
    );
    assert_eq!(
        e(invitations::lookup(&store, now, &config, "not a code").await).code(),
        ErrorCode::InvitationUnknown
    );
    let later = invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &NewInvitation {
            days: Some(3),
            ..invite("Ann Other", "2026-11-30")
        },
    )
    .await
    .unwrap();
    assert_eq!(later.status, Status::Upcoming);
    assert_eq!(later.until, "2026-12-02");
    match invitations::lookup(&store, now, &config, &later.code).await {
        Err(Error::InvitationNotYet { from }) => assert_eq!(from, "2026-11-30"),
        other => panic!("{other:?}"),
    }
    // Good on each of its days, gone after the last.
    let tuesday = now + Duration::days(4);
    assert!(invitations::lookup(&store, tuesday, &config, &later.code)
        .await
        .is_ok());
    match invitations::lookup(&store, now + Duration::days(6), &config, &later.code).await {
        Err(Error::InvitationExpired { until }) => assert_eq!(until, "2026-12-02"),
        other => panic!("{other:?}"),
    }
    let today = invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &invite("Bo Third", FRIDAY),
    )
    .await
    .unwrap();
    let cancelled = invitations::cancel(&store, now, &config, Actor::Staff(1), &today.code)
        .await
        .unwrap();
    assert_eq!(cancelled.status, Status::Cancelled);
    assert_eq!(
        e(invitations::lookup(&store, now, &config, &today.code).await).code(),
        ErrorCode::InvitationCancelled
    );
    assert_eq!(
        visits::check_in(&store, now, &config, &with_code(&today.code))
            .await
            .unwrap_err()
            .code(),
        ErrorCode::InvitationCancelled
    );

    // What cannot be invited.
    let refused = |new: NewInvitation| {
        let (store, config) = (&store, &config);
        async move {
            invitations::create(store, now, config, Actor::Cli, &new)
                .await
                .unwrap_err()
                .code()
        }
    };
    assert_eq!(
        refused(invite("Cy", "2026-11-26")).await,
        ErrorCode::InvitationDates
    );
    assert_eq!(
        refused(NewInvitation {
            days: Some(31),
            ..invite("Cy", FRIDAY)
        })
        .await,
        ErrorCode::InvitationDates
    );
    assert_eq!(
        refused(invite("Cy", "27.11.2026")).await,
        ErrorCode::InvitationDates
    );
    assert_eq!(
        refused(NewInvitation {
            host_id: "M-9999".into(),
            ..invite("Cy", FRIDAY)
        })
        .await,
        ErrorCode::HostUnknown
    );
    assert_eq!(
        refused(NewInvitation {
            kind: Some(VisitKind::Tour),
            ..invite("Cy", FRIDAY)
        })
        .await,
        ErrorCode::VisitTypeUnavailable
    );
    assert_eq!(
        refused(NewInvitation {
            email: Some("zoe@".into()),
            ..invite("Cy", FRIDAY)
        })
        .await,
        ErrorCode::EmailInvalid
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('invitation-create', 'invitation-cancel')",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn an_import_names_every_bad_line_and_saves_none_and_the_export_lists_them() {
    let (_dir, store, config) = site_with(config(free_port())).await;
    let now = friday_morning();
    let bad = "host,name,email,date,days\n\
               M-1002,Zoë Example,zoe@example.com,2026-11-27,\n\
               M-9999,Ann Other,,2026-11-27,1\n\
               M-1001,Bo Third,,yesterday,1\n\
               M-1001,Cy Fourth,,2026-11-28,x\n";
    match invitations::import_csv(&store, now, &config, Actor::Cli, bad.as_bytes()).await {
        Err(Error::ImportRejected { rows }) => {
            let lines: Vec<usize> = rows.iter().map(|(l, _)| *l).collect();
            assert_eq!(lines, vec![3, 4, 5]);
        }
        other => panic!("{other:?}"),
    }
    assert!(invitations::list(&store, now, &config, true)
        .await
        .unwrap()
        .is_empty());
    let good = "host,name,company,date,days\n\
                M-1002,Zoë Example,=HYPERLINK(\"x\"),2026-11-27,\n\
                M-1001,Ann Other,,2026-11-28,2\n";
    let made = invitations::import_csv(&store, now, &config, Actor::Cli, good.as_bytes())
        .await
        .unwrap();
    assert_eq!(made.len(), 2);
    let csv =
        String::from_utf8(invitations::export_csv(&store, now, &config).await.unwrap()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("id,code,host_id,host,name,company"),
        "{csv}"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "a formula is defused: {csv}");
    assert!(csv.contains("2026-11-28,2026-11-29,upcoming"), "{csv}");
}

#[tokio::test]
async fn invitations_are_anonymised_with_the_visits() {
    let (_dir, store, config) = site_with(config(free_port())).await;
    let now = friday_morning();
    let made = invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &invite("Zoë Example", FRIDAY),
    )
    .await
    .unwrap();
    let done = visits::check_in(&store, now, &config, &with_code(&made.code))
        .await
        .unwrap();
    visits::check_out_by_staff(&store, now + Duration::hours(2), 1, done.visit_id)
        .await
        .unwrap();
    let later = now + Duration::days(i64::from(config.visits.retention_days) + 2);
    visits::anonymise_expired(&store, later, &config)
        .await
        .unwrap();
    let (name, email): (String, Option<String>) =
        sqlx::query_as("SELECT name, email FROM invitations WHERE id = ?")
            .bind(made.id)
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!((name.as_str(), email), ("", None));
    let outbox: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(
        outbox, 0,
        "the host's message and the invitation named the guest"
    );
}

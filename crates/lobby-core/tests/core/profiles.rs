//! Returning visitors, only by their choice (issue 23): "Remember me next time" keeps a
//! profile, the whole address finds it again (in any case or Unicode form), a Code of Conduct
//! version already signed is not asked again, a newer one is, and "Forget me", the retention
//! period and an unknown address behave as the README says.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;
use chrono::Duration;
use lobby_core::config::{Config, VisitKind, CODE_OF_CONDUCT};
use lobby_core::policies::{self, SignedPolicy};
use lobby_core::privacy::profiles;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{audit::Actor, Error, Store};

const EMAIL: &str = "Zoe.Quill@Example.org";

async fn signed(store: &Store, config: &Config, lang: &str, name: &str) -> SignedPolicy {
    let mut conn = store.conn().await.unwrap();
    let doc = policies::document(&mut conn, config, CODE_OF_CONDUCT, lang)
        .await
        .unwrap()
        .unwrap();
    SignedPolicy {
        policy: CODE_OF_CONDUCT.into(),
        version: doc.version,
        lang: doc.lang,
        text_hash: doc.text_hash,
        signer_name: name.into(),
        signature: drawn(),
    }
}

/// A contractor (who signs the Code of Conduct) giving an address to be remembered by.
fn contractor(email: &str, remember_me: bool, code: Option<SignedPolicy>) -> CheckInRequest {
    CheckInRequest {
        email: Some(email.into()),
        remember_me,
        code_of_conduct: code,
        ..contractor_in("Zoë Quillfeather", "fr")
    }
}

async fn profiles_count(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM visitor_profiles")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn nothing_is_kept_unless_ticked_and_a_ticked_visitor_is_found_by_the_whole_address() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    // Without the tick: no profile, and the address finds nothing.
    let code = signed(&store, &config, "fr", "Zoë Quillfeather").await;
    let first = visits::check_in(&store, now, &config, &contractor(EMAIL, false, Some(code)))
        .await
        .unwrap();
    assert_eq!(profiles_count(&store).await, 0);
    assert!(matches!(
        profiles::find(&store, EMAIL).await,
        Err(Error::ProfileNotFound)
    ));
    visits::check_out_by_code(&store, now, &first.checkout_code)
        .await
        .unwrap();

    // With it: found by the same address in another case and another Unicode form.
    let code = signed(&store, &config, "fr", "Zoë Quillfeather").await;
    let second = visits::check_in(&store, now, &config, &contractor(EMAIL, true, Some(code)))
        .await
        .unwrap();
    visits::check_out_by_code(&store, now, &second.checkout_code)
        .await
        .unwrap();
    let found = profiles::find(&store, "  zoe.quill@EXAMPLE.ORG ")
        .await
        .unwrap();
    assert_eq!(found.name, "Zoë Quillfeather");
    assert_eq!(found.masked_email, "Z•••@E•••.org");
    assert_eq!(found.company.as_deref(), Some("Fixit"));
    assert_eq!(found.language, "fr");
    assert_eq!(found.kind, VisitKind::Contractor);
    assert!(found.code_of_conduct_signed);
    // A part of the address, or a near one, finds nothing, with the same answer.
    for near in [
        "zoe.quill@example",
        "oe.quill@example.org",
        "zoe.quil@example.org",
        "",
    ] {
        assert!(
            matches!(
                profiles::find(&store, near).await,
                Err(Error::ProfileNotFound)
            ),
            "{near:?}"
        );
    }

    // Next time the signature is not asked again, and the visit says which acceptance stands.
    let returning = CheckInRequest {
        returning: Some("zoe.quill@example.org".into()),
        ..contractor(EMAIL, false, None)
    };
    let third = visits::check_in(&store, now, &config, &returning)
        .await
        .unwrap();
    assert_eq!(third.acceptance_id, None);
    let details: String = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'visit-check-in' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert!(
        details.contains("code_of_conduct_signed_before"),
        "{details}"
    );
    // Someone else's address does not stand in for a signature.
    let stranger = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            returning: Some("someone.else@example.org".into()),
            ..contractor(EMAIL, false, None)
        },
    )
    .await;
    assert!(
        matches!(stranger, Err(Error::PolicyNotAccepted)),
        "{stranger:?}"
    );
}

#[tokio::test]
async fn a_newer_code_of_conduct_is_asked_again() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let code = signed(&store, &config, "fr", "Zoë Quillfeather").await;
    visits::check_in(&store, now, &config, &contractor(EMAIL, true, Some(code)))
        .await
        .unwrap();
    policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        CODE_OF_CONDUCT,
        None,
        &[(
            "en-US".into(),
            b"# Code of Conduct\n\nVersion two: be kind, and badge in.\n".to_vec(),
        )],
    )
    .await
    .unwrap();
    assert!(
        !profiles::find(&store, EMAIL)
            .await
            .unwrap()
            .code_of_conduct_signed
    );
    let returning = CheckInRequest {
        returning: Some(EMAIL.into()),
        ..contractor(EMAIL, true, None)
    };
    let again = visits::check_in(&store, now, &config, &returning).await;
    assert!(matches!(again, Err(Error::PolicyNotAccepted)), "{again:?}");
}

#[tokio::test]
async fn remember_me_asks_for_an_address_even_where_the_site_does_not() {
    let (_dir, store, config) = site_with(Config::parse(NO_CODE_OF_CONDUCT, None).unwrap()).await;
    // Guests give no address on the demo site; one who ticks the box must.
    let ticked = CheckInRequest {
        remember_me: true,
        ..guest_in("Ana Lima", "pt-BR")
    };
    let refused = visits::check_in(&store, friday_morning(), &config, &ticked).await;
    assert!(
        matches!(refused, Err(Error::FieldRequired { field: "email" })),
        "{refused:?}"
    );
    assert_eq!(profiles_count(&store).await, 0);
    let with_address = CheckInRequest {
        email: Some("ana@example.com.br".into()),
        ..ticked
    };
    visits::check_in(&store, friday_morning(), &config, &with_address)
        .await
        .unwrap();
    assert_eq!(
        profiles::find(&store, "ANA@example.com.br")
            .await
            .unwrap()
            .name,
        "Ana Lima"
    );
}

#[tokio::test]
async fn forget_me_and_the_retention_period_delete_the_profile_and_are_audited_by_id() {
    let (_dir, store, config) = site_with(
        Config::parse(
            &format!("{NO_CODE_OF_CONDUCT}\n[privacy]\nprofile_days = 30\n"),
            None,
        )
        .unwrap(),
    )
    .await;
    let now = friday_morning();
    let remembered = |name: &str, email: &str| CheckInRequest {
        email: Some(email.into()),
        remember_me: true,
        ..guest_in(name, "de")
    };
    for (name, email) in [
        ("Zoë Quillfeather", EMAIL),
        ("Jonas Berg", "jonas@example.de"),
    ] {
        let visit = visits::check_in(&store, now, &config, &remembered(name, email))
            .await
            .unwrap();
        visits::check_out_by_code(&store, now, &visit.checkout_code)
            .await
            .unwrap();
    }
    profiles::forget(&store, now, "zoe.quill@example.org")
        .await
        .unwrap();
    assert!(matches!(
        profiles::find(&store, EMAIL).await,
        Err(Error::ProfileNotFound)
    ));
    assert!(matches!(
        profiles::forget(&store, now, EMAIL).await,
        Err(Error::ProfileNotFound)
    ));
    // Jonas's profile stays 30 days after his last visit, and goes with the sweep after.
    visits::anonymise_expired(&store, now + Duration::days(29), &config)
        .await
        .unwrap();
    assert!(profiles::find(&store, "jonas@example.de").await.is_ok());
    visits::anonymise_expired(&store, now + Duration::days(31), &config)
        .await
        .unwrap();
    assert_eq!(profiles_count(&store).await, 0);
    // The chain names profiles by id only.
    let audit: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT action, subject, details FROM audit_log WHERE action LIKE 'profile%'",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(
        actions,
        [
            "profile-remember",
            "profile-remember",
            "profile-forget",
            "profiles-expire"
        ]
    );
    for (_, subject, details) in &audit {
        let text = format!("{subject:?} {details}").to_lowercase();
        assert!(
            !text.contains("zo") && !text.contains("jonas") && !text.contains('@'),
            "{text}"
        );
    }
}

#[tokio::test]
async fn an_invitation_with_a_remembered_address_needs_no_signature_again() {
    use lobby_core::invitations::{self, NewInvitation};
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let code = signed(&store, &config, "fr", "Zoë Quillfeather").await;
    let first = visits::check_in(&store, now, &config, &contractor(EMAIL, true, Some(code)))
        .await
        .unwrap();
    visits::check_out_by_code(&store, now, &first.checkout_code)
        .await
        .unwrap();
    let made = |email: &str| NewInvitation {
        host_id: "M-1001".into(),
        name: "Zoë Quillfeather".into(),
        email: Some(email.into()),
        company: None,
        kind: None,
        date: now
            .with_timezone(&config.time_zone)
            .date_naive()
            .to_string(),
        days: None,
        language: None,
    };
    let known = invitations::create(
        &store,
        now,
        &config,
        Actor::Cli,
        &made("ZOE.QUILL@example.org"),
    )
    .await
    .unwrap();
    let invited = invitations::lookup(&store, now, &config, &known.code)
        .await
        .unwrap();
    assert!(invited.code_of_conduct_signed);
    let request = CheckInRequest {
        invitation: Some(known.code.clone()),
        ..guest_in("", "de")
    };
    visits::check_in(&store, now, &config, &request)
        .await
        .unwrap();
    // Another address has signed nothing: the Code of Conduct is asked.
    let other = invitations::create(&store, now, &config, Actor::Cli, &made("zoe@elsewhere.org"))
        .await
        .unwrap();
    assert!(
        !invitations::lookup(&store, now, &config, &other.code)
            .await
            .unwrap()
            .code_of_conduct_signed
    );
    let refused = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            invitation: Some(other.code),
            ..guest_in("", "de")
        },
    )
    .await;
    assert!(
        matches!(refused, Err(Error::PolicyNotAccepted)),
        "{refused:?}"
    );
}

//! Policies: publishing versions, reading in one's language, signing at check-in and as a
//! member, declining, coverage and verification, against a real temporary database.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::Duration;
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::config::{Config, CODE_OF_CONDUCT};
use lobby_core::policies::{self, receipt, Mismatch, SignedPolicy};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, Error, Store};

async fn signed(
    store: &Store,
    config: &Config,
    policy: &str,
    lang: &str,
    name: &str,
) -> SignedPolicy {
    let mut conn = store.conn().await.unwrap();
    let doc = policies::document(&mut conn, config, policy, lang)
        .await
        .unwrap()
        .unwrap();
    SignedPolicy {
        policy: policy.into(),
        version: doc.version,
        lang: doc.lang,
        text_hash: doc.text_hash,
        signer_name: name.into(),
        signature: drawn(),
    }
}

fn guest(name: &str, code: Option<SignedPolicy>) -> CheckInRequest {
    CheckInRequest {
        code_of_conduct: code,
        ..guest_in(name, "fr")
    }
}

async fn acceptances(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM acceptances")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_reader_gets_their_language_or_the_reference_said_so() {
    let (_dir, store, config) = site().await;
    let mut conn = store.conn().await.unwrap();
    let fr = policies::document(&mut conn, &config, CODE_OF_CONDUCT, "fr")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (fr.lang.as_str(), fr.version, fr.fallback),
        ("fr", 1, false)
    );
    assert_eq!(fr.title, "Code de conduite");
    let french = demo::POLICIES[0]
        .1
        .iter()
        .find(|(l, _)| *l == "fr")
        .unwrap()
        .1;
    assert_eq!(fr.text_hash, policies::sha256_hex(french.as_bytes()));
    assert!(
        !fr.html.contains("<h1>"),
        "the title is the heading: {}",
        fr.html
    );
    assert!(fr.html.contains("<h2>"), "{}", fr.html);
    // Regional variants read the language's text; languages without one read the reference.
    let ca = policies::document(&mut conn, &config, CODE_OF_CONDUCT, "fr-CA")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((ca.lang.as_str(), ca.fallback), ("fr", false));
    let ja = policies::document(&mut conn, &config, CODE_OF_CONDUCT, "ja")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((ja.lang.as_str(), ja.fallback), ("en-US", true));
    assert!(matches!(
        policies::document(&mut conn, &config, "nope", "fr").await,
        Err(Error::PolicyUnknown { .. })
    ));
}

#[tokio::test]
async fn publishing_makes_versions_and_never_replaces_a_text() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let text = |t: &str| t.as_bytes().to_vec();
    // A new version needs the reference language.
    let e = policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "house-rules",
        None,
        &[("de".into(), text("# Hausordnung v2\n"))],
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::PolicyReferenceMissing { ref lang } if lang == "en-US"),
        "{e:?}"
    );
    let p = policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "house-rules",
        None,
        &[("en-US".into(), text("# House Rules v2\n\nBe kind.\n"))],
    )
    .await
    .unwrap();
    assert_eq!(p.version, 2);
    // Languages are added to a version once each.
    policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "house-rules",
        Some(2),
        &[("de".into(), text("# Hausordnung v2\n"))],
    )
    .await
    .unwrap();
    let e = policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "house-rules",
        Some(2),
        &[("de".into(), text("# Hausordnung v2b\n"))],
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::PolicyLanguagePublished { .. }), "{e:?}");
    let e = policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "house-rules",
        Some(9),
        &[("fr".into(), text("# R\n"))],
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::PolicyVersionUnknown { version: 9 }),
        "{e:?}"
    );
    // Not Markdown with a title, not UTF-8, not a language, not a configured policy.
    for (lang, body) in [
        ("fr", text("No title\n")),
        ("fr", vec![b'#', b' ', 0xff, 0xfe]),
        ("not a tag", text("# T\n")),
    ] {
        let e = policies::publish(
            &store,
            now,
            &config,
            Actor::Cli,
            "house-rules",
            Some(2),
            &[(lang.into(), body)],
        )
        .await
        .unwrap_err();
        assert!(matches!(e, Error::PolicyTextInvalid { .. }), "{e:?}");
    }
    let e = policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        "cookie-policy",
        None,
        &[("en-US".into(), text("# C\n"))],
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::PolicyUnknown { .. }), "{e:?}");
    // The old version's text is still there, unchanged.
    let v1: String = sqlx::query_scalar(
        "SELECT t.body FROM policy_texts t JOIN policy_versions v ON v.id = t.version_id
         WHERE v.policy = 'house-rules' AND v.version = 1 AND t.lang = 'de'",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert!(v1.starts_with("# Hausordnung\n"));
    let mut conn = store.conn().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn a_guest_cannot_check_in_without_signing_and_the_signature_is_stored() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let e = visits::check_in(&store, now, &config, &guest("Zoë Martin", None))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::PolicyNotAccepted), "{e:?}");

    // A blank pad and a dot are refused, and nothing is saved.
    let mut code = signed(&store, &config, CODE_OF_CONDUCT, "fr", "Zoë Martin").await;
    code.signature.strokes.clear();
    let e = visits::check_in(
        &store,
        now,
        &config,
        &guest("Zoë Martin", Some(code.clone())),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::SignatureMissing), "{e:?}");
    code.signature.strokes = vec![vec![[450.0, 140.0]]];
    let e = visits::check_in(&store, now, &config, &guest("Zoë Martin", Some(code)))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::SignatureTooSmall), "{e:?}");
    assert_eq!(acceptances(&store).await, 0);

    let code = signed(&store, &config, CODE_OF_CONDUCT, "fr", "Zoë Martin").await;
    let hash = code.text_hash.clone();
    let visit = visits::check_in(&store, now, &config, &guest("Zoë Martin", Some(code)))
        .await
        .unwrap();
    let (lang, stored_hash, png, visit_id): (String, String, Vec<u8>, i64) =
        sqlx::query_as("SELECT lang, text_hash, signature_png, visit_id FROM acceptances")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(
        (lang.as_str(), stored_hash, visit_id),
        ("fr", hash, visit.visit_id)
    );
    let img = image::load_from_memory(&png).unwrap();
    assert_eq!(img.color(), image::ColorType::L8);
    let mut conn = store.conn().await.unwrap();
    let v = policies::verify(&mut conn).await.unwrap();
    assert_eq!((v.checked, v.problems.len()), (1, 0));
}

#[tokio::test]
async fn a_text_published_while_reading_must_be_read_again() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let code = signed(&store, &config, CODE_OF_CONDUCT, "fr", "Zoë Martin").await;
    policies::publish(
        &store,
        now,
        &config,
        Actor::Cli,
        CODE_OF_CONDUCT,
        None,
        &[("en-US".into(), b"# Code of Conduct v2\n".to_vec())],
    )
    .await
    .unwrap();
    let e = visits::check_in(&store, now, &config, &guest("Zoë Martin", Some(code)))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::PolicyOutdated), "{e:?}");
    // A hash that is not the text's is refused the same way.
    let mut code = signed(&store, &config, CODE_OF_CONDUCT, "fr", "Zoë Martin").await;
    assert_eq!((code.version, code.lang.as_str()), (2, "en-US"));
    code.text_hash = "0".repeat(64);
    let e = visits::check_in(&store, now, &config, &guest("Zoë Martin", Some(code)))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::PolicyOutdated), "{e:?}");
    assert_eq!(acceptances(&store).await, 0);
}

#[tokio::test]
async fn declining_leaves_no_visit_and_no_acceptance() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    policies::decline(
        &store,
        now,
        &config,
        CODE_OF_CONDUCT,
        1,
        None,
        serde_json::json!({ "kind": "guest" }),
    )
    .await
    .unwrap();
    assert_eq!(acceptances(&store).await, 0);
    let mut conn = store.conn().await.unwrap();
    assert!(visits::on_site(&mut conn).await.unwrap().is_empty());
    let last = audit::recent(&mut conn, 1).await.unwrap();
    assert_eq!(last[0].action, "policy-decline");
    assert!(
        !last[0].details.contains("Zo"),
        "no personal data: {}",
        last[0].details
    );
}

#[tokio::test]
async fn a_new_version_asks_members_again_and_coverage_shows_who_accepted() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let mut conn = store.conn().await.unwrap();
    let pending = policies::pending_for_member(&mut conn, &config, "M-1002", "de")
        .await
        .unwrap();
    let titles: Vec<&str> = pending.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Verhaltenskodex",
            "Hausordnung",
            "Richtlinie zur WLAN-Nutzung"
        ]
    );
    drop(conn);
    for p in &pending {
        let s = signed(&store, &config, &p.policy, "de", "Jonas Becker").await;
        policies::accept_as_member(&store, now, &config, "M-1002", &s)
            .await
            .unwrap();
    }
    let mut conn = store.conn().await.unwrap();
    assert!(
        policies::pending_for_member(&mut conn, &config, "M-1002", "de")
            .await
            .unwrap()
            .is_empty()
    );
    let cov = policies::coverage(&mut conn, &config).await.unwrap();
    assert_eq!(
        cov[0].accepted,
        [("M-1002".to_string(), "Jonas Becker".to_string())]
    );
    assert_eq!(cov[0].missing.len(), 11);
    drop(conn);

    policies::publish(
        &store,
        now + Duration::days(1),
        &config,
        Actor::Cli,
        CODE_OF_CONDUCT,
        None,
        &[(
            "en-US".into(),
            b"# Code of Conduct\n\nVersion 2.\n".to_vec(),
        )],
    )
    .await
    .unwrap();
    let mut conn = store.conn().await.unwrap();
    let pending = policies::pending_for_member(&mut conn, &config, "M-1002", "de")
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (pending[0].policy.as_str(), pending[0].version),
        (CODE_OF_CONDUCT, 2)
    );
    // The v2 has no German text yet: the title is the reference's.
    assert_eq!(pending[0].title, "Code of Conduct");
    let cov = policies::coverage(&mut conn, &config).await.unwrap();
    assert!(cov[0].accepted.is_empty());
    assert_eq!(cov[0].version, Some(2));
    assert!(matches!(
        policies::accept_as_member(
            &store,
            now,
            &config,
            "M-9999",
            &signed(&store, &config, CODE_OF_CONDUCT, "de", "X Y").await
        )
        .await,
        Err(Error::MemberNotFound)
    ));
}

#[tokio::test]
async fn verify_names_every_acceptance_whose_text_or_signature_was_changed() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    for (member, name) in [
        ("M-1001", "Amira Haddad"),
        ("M-1002", "Jonas Becker"),
        ("M-1003", "Li Wei"),
    ] {
        let s = signed(&store, &config, "house-rules", "en-US", name).await;
        policies::accept_as_member(&store, now, &config, member, &s)
            .await
            .unwrap();
    }
    let s = signed(&store, &config, CODE_OF_CONDUCT, "ar", "ليلى حداد").await;
    policies::accept_as_member(&store, now, &config, "M-1004", &s)
        .await
        .unwrap();
    sqlx::query("UPDATE acceptances SET text_hash = ? WHERE id = 2")
        .bind("1".repeat(64))
        .execute(store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE acceptances SET signature_png = x'00' WHERE id = 3")
        .execute(store.pool())
        .await
        .unwrap();
    sqlx::query(
        "UPDATE policy_texts SET body = body || ' ' WHERE lang = 'ar' AND title = 'مدونة السلوك'",
    )
    .execute(store.pool())
    .await
    .unwrap();
    let mut conn = store.conn().await.unwrap();
    let v = policies::verify(&mut conn).await.unwrap();
    assert_eq!(v.checked, 4);
    assert_eq!(
        v.problems,
        [
            (2, Mismatch::HashMismatch),
            (3, Mismatch::SignatureAltered),
            (4, Mismatch::TextAltered)
        ]
    );
}

#[tokio::test]
async fn anonymising_a_visit_removes_the_signers_name_and_drawing_but_keeps_the_proof() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let code = signed(&store, &config, CODE_OF_CONDUCT, "fr", "Zoë Martin").await;
    let visit = visits::check_in(&store, now, &config, &guest("Zoë Martin", Some(code)))
        .await
        .unwrap();
    visits::check_out_by_code(&store, now + Duration::hours(1), &visit.checkout_code)
        .await
        .unwrap();
    let later = now + Duration::days(i64::from(config.visits.retention_days) + 2);
    // The receipt saved at check-in goes too.
    let receipts = receipt::folder(&store);
    std::fs::create_dir_all(&receipts).unwrap();
    let saved = receipts.join(receipt::file_name(visit.acceptance_id.unwrap()));
    std::fs::write(&saved, b"%PDF").unwrap();
    visits::anonymise_expired(&store, later, &config)
        .await
        .unwrap();
    assert_eq!(receipt::remove_anonymised(&store).await.unwrap(), 1);
    assert!(!saved.exists());
    let (name, png, hash): (String, Option<Vec<u8>>, String) =
        sqlx::query_as("SELECT signer_name, signature_png, text_hash FROM acceptances")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!((name.as_str(), png), ("", None));
    assert_eq!(hash.len(), 64);
    let mut conn = store.conn().await.unwrap();
    assert!(policies::verify(&mut conn)
        .await
        .unwrap()
        .problems
        .is_empty());
}

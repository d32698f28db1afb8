//! The deny list (issue 23): a visitor matches an entry by the whole name, an alias, the e-mail
//! address or the phone number, however it is cased, composed or spaced, and never by part of
//! a name or a neighbouring number; the safe list lets a namesake through, but not an address
//! on the list. Imported all or nothing, each bad line named; removed without a trace; an
//! invitation for someone on it is refused; the audit log names entries by id only.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;
use lobby_core::audit::Actor;
use lobby_core::invitations::{self, NewInvitation};
use lobby_core::privacy::deny::{self, NewDenyEntry};
use lobby_core::{Error, ErrorCode, Store};

const NAME: &str = "Zoë Quillfeather";
const ALIAS: &str = "Zed Quill";
const EMAIL: &str = "zoe.quill@example.org";
const PHONE: &str = "+49 30 5550199";
const REASON: &str = "Harassed the members of Kettle";

fn zoe() -> NewDenyEntry {
    NewDenyEntry {
        name: NAME.into(),
        aliases: vec![ALIAS.into()],
        email: Some(EMAIL.into()),
        phone: Some(PHONE.into()),
        reason: Some(REASON.into()),
    }
}

async fn check(store: &Store, name: &str, email: Option<&str>, phone: Option<&str>) -> Option<i64> {
    let mut conn = store.pool().acquire().await.unwrap();
    deny::matches(&mut conn, name, email, phone).await.unwrap()
}

#[tokio::test]
async fn a_visitor_matches_by_name_alias_email_or_phone_however_it_is_written() {
    let (_dir, store, _config) = site().await;
    let entry = deny::add(&store, friday_morning(), Actor::Cli, &zoe())
        .await
        .unwrap();
    assert_eq!(entry.aliases, vec![ALIAS.to_string()]);
    let id = Some(entry.id);

    assert_eq!(check(&store, NAME, None, None).await, id);
    // Upper case with a decomposed Ë, and white space of its own.
    assert_eq!(
        check(&store, "  ZOE\u{308}   QUILLFEATHER ", None, None).await,
        id
    );
    assert_eq!(check(&store, "zed quill", None, None).await, id, "an alias");
    assert_eq!(
        check(&store, "Ann Other", Some("ZOE.Quill@Example.ORG"), None).await,
        id,
        "the e-mail address alone"
    );
    assert_eq!(
        check(&store, "Ann Other", None, Some("+4930 555-0199")).await,
        id,
        "the phone number alone, spelt otherwise"
    );

    // Near misses: another person sharing a first name, the name without its diaeresis, part
    // of a name, a neighbouring number, the number without its country code.
    for (name, email, phone) in [
        ("Zoë Smith", None, None),
        ("Zoe Quillfeather", None, None),
        ("Zoë", None, None),
        ("Zoë Quillfeather-Jones", None, None),
        (
            "Ann Other",
            Some("zoe.quill@example.com"),
            Some("+49 30 5550198"),
        ),
        ("Ann Other", None, Some("030 5550199")),
        ("", Some(""), Some("")),
    ] {
        assert_eq!(
            check(&store, name, email, phone).await,
            None,
            "{name:?} {email:?} {phone:?}"
        );
    }
}

#[tokio::test]
async fn an_entry_is_checked_by_the_rules_of_a_check_in() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    for (new, code) in [
        (
            NewDenyEntry {
                name: "  ".into(),
                ..zoe()
            },
            ErrorCode::FieldRequired,
        ),
        (
            NewDenyEntry {
                email: Some("zoe@".into()),
                ..zoe()
            },
            ErrorCode::EmailInvalid,
        ),
        (
            NewDenyEntry {
                phone: Some("call me".into()),
                ..zoe()
            },
            ErrorCode::PhoneInvalid,
        ),
        (
            NewDenyEntry {
                aliases: vec!["Bob\u{202E} nimda".into()],
                ..zoe()
            },
            ErrorCode::FieldInvalidCharacters,
        ),
    ] {
        let refused = deny::add(&store, now, Actor::Cli, &new).await.unwrap_err();
        assert_eq!(refused.code(), code, "{new:?}");
    }
    assert!(deny::list(&store).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_safe_list_lets_a_namesake_through_but_not_a_match_by_address_or_phone() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    let zoe = deny::add(&store, now, Actor::Cli, &zoe()).await.unwrap();
    let namesake = "zoe.other@example.net";
    assert!(deny::safe_add(&store, now, Actor::Cli, namesake)
        .await
        .unwrap());
    assert!(
        !deny::safe_add(&store, now, Actor::Cli, " Zoe.Other@EXAMPLE.net ")
            .await
            .unwrap(),
        "the same address, however written, is there already"
    );
    assert_eq!(
        deny::safe_list(&store)
            .await
            .unwrap()
            .iter()
            .map(|s| s.email.as_str())
            .collect::<Vec<_>>(),
        vec![namesake]
    );

    // The same name with the safe address: let through; with another address, or none: held.
    assert_eq!(
        check(&store, NAME, Some("ZOE.OTHER@example.net"), None).await,
        None
    );
    assert_eq!(
        check(&store, NAME, Some("someone@example.net"), None).await,
        Some(zoe.id)
    );
    assert_eq!(check(&store, NAME, None, None).await, Some(zoe.id));
    // The safe address does not excuse the entry's own phone number.
    assert_eq!(
        check(&store, NAME, Some(namesake), Some(PHONE)).await,
        Some(zoe.id)
    );

    // An address that is both on an entry and on the safe list still matches that entry.
    let both = deny::add(
        &store,
        now,
        Actor::Cli,
        &NewDenyEntry {
            name: "Max Mustermann".into(),
            email: Some("max@example.org".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(deny::safe_add(&store, now, Actor::Cli, "max@example.org")
        .await
        .unwrap());
    assert_eq!(
        check(&store, "Someone Else", Some("max@example.org"), None).await,
        Some(both.id)
    );

    assert!(deny::safe_remove(&store, now, Actor::Cli, namesake)
        .await
        .unwrap());
    assert!(!deny::safe_remove(&store, now, Actor::Cli, namesake)
        .await
        .unwrap());
    assert_eq!(
        check(&store, NAME, Some(namesake), None).await,
        Some(zoe.id)
    );
}

#[tokio::test]
async fn an_import_with_bad_lines_names_each_and_adds_nothing() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    let bad = "name,aliases,email,phone,reason\n\
               Zoë Quillfeather,Zed Quill|ZQ,zoe.quill@example.org,+49 30 5550199,Harassment\n\
               ,Nobody,,,\n\
               Max Mustermann,,max@,,\n\
               Erika Mustermann,,,call me,\n\
               \"Bob\u{202E} nimda\",,,,\n";
    match deny::import_csv(&store, now, Actor::Cli, bad.as_bytes()).await {
        Err(Error::ImportRejected { rows }) => {
            let named: Vec<(usize, ErrorCode)> = rows.iter().map(|(l, p)| (*l, p.code)).collect();
            assert_eq!(
                named,
                vec![
                    (3, ErrorCode::FieldRequired),
                    (4, ErrorCode::EmailInvalid),
                    (5, ErrorCode::PhoneInvalid),
                    (6, ErrorCode::FieldInvalidCharacters),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(deny::list(&store).await.unwrap().is_empty());
    assert_eq!(check(&store, NAME, None, None).await, None, "nothing kept");

    // Without a name column, line 1 is named.
    match deny::import_csv(&store, now, Actor::Cli, b"email\nzoe@example.org\n").await {
        Err(Error::ImportRejected { rows }) => assert_eq!(rows[0].0, 1),
        other => panic!("{other:?}"),
    }

    // Columns in another order, aliases split on |, empty pieces left out.
    let good =
        "reason,name,aliases\nHarassment,Zoë Quillfeather,Zed Quill| ZQ |\nTheft,Max Mustermann,\n";
    let added = deny::import_csv(&store, now, Actor::Cli, good.as_bytes())
        .await
        .unwrap();
    assert_eq!(added.len(), 2);
    assert_eq!(added[0].aliases, vec!["Zed Quill", "ZQ"]);
    assert_eq!(added[1].reason, "Theft");
    assert_eq!(deny::list(&store).await.unwrap(), added);
    assert_eq!(check(&store, "zq", None, None).await, Some(added[0].id));
}

#[tokio::test]
async fn a_removed_entry_leaves_nothing_behind_and_matches_no_more() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    let zoe = deny::add(&store, now, Actor::Cli, &zoe()).await.unwrap();
    let mut conn = store.pool().acquire().await.unwrap();
    assert_eq!(
        deny::get(&mut conn, zoe.id).await.unwrap(),
        Some(zoe.clone())
    );
    drop(conn);

    deny::remove(&store, now, Actor::Staff(1), zoe.id)
        .await
        .unwrap();
    assert_eq!(check(&store, NAME, Some(EMAIL), Some(PHONE)).await, None);
    assert!(deny::list(&store).await.unwrap().is_empty());
    let left: (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM deny_entries), (SELECT count(*) FROM deny_keys)",
    )
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert_eq!(left, (0, 0));
    assert!(matches!(
        deny::remove(&store, now, Actor::Cli, zoe.id).await,
        Err(Error::DenyEntryNotFound(id)) if id == zoe.id
    ));
}

#[tokio::test]
async fn an_invitation_for_someone_on_the_deny_list_is_refused() {
    let (_dir, store, config) = site().await;
    let now = friday_morning();
    let zoe = deny::add(&store, now, Actor::Cli, &zoe()).await.unwrap();
    let invite = |name: &str, email: Option<&str>| NewInvitation {
        host_id: "M-1001".into(),
        name: name.into(),
        email: email.map(str::to_string),
        date: "2026-11-27".into(),
        ..Default::default()
    };
    for new in [
        invite("ZOË QUILLFEATHER", None),
        invite("Zed Quill", None),
        invite("Ann Other", Some("Zoe.Quill@example.org")),
    ] {
        assert!(
            matches!(
                invitations::create(&store, now, &config, Actor::Cli, &new).await,
                Err(Error::InvitationDenied { entry }) if entry == zoe.id
            ),
            "{new:?}"
        );
    }
    // Someone who shares the first name only is invited.
    invitations::create(&store, now, &config, Actor::Cli, &invite("Zoë Smith", None))
        .await
        .unwrap();

    let csv = "host,name,email,date\n\
               M-1001,Ann Other,,2026-11-27\n\
               M-1001,Zoë Quillfeather,,2026-11-27\n";
    match invitations::import_csv(&store, now, &config, Actor::Cli, csv.as_bytes()).await {
        Err(Error::ImportRejected { rows }) => {
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0].0, 3);
            assert_eq!(
                rows[0].1,
                Error::InvitationDenied { entry: zoe.id }.payload()
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        invitations::list(&store, now, &config, true)
            .await
            .unwrap()
            .len(),
        1,
        "only Zoë Smith's"
    );
}

#[tokio::test]
async fn the_audit_log_names_entries_by_id_only() {
    let (_dir, store, _config) = site().await;
    let now = friday_morning();
    let zoe = deny::add(&store, now, Actor::Cli, &zoe()).await.unwrap();
    let csv = format!("name,aliases,email,phone,reason\nMax Mustermann,Mäxchen,max@example.org,+49 89 1234567,{REASON}\n");
    let max = deny::import_csv(&store, now, Actor::Staff(1), csv.as_bytes())
        .await
        .unwrap();
    deny::safe_add(&store, now, Actor::Cli, "zoe.other@example.net")
        .await
        .unwrap();
    deny::safe_remove(&store, now, Actor::Cli, "zoe.other@example.net")
        .await
        .unwrap();
    deny::remove(&store, now, Actor::Cli, zoe.id).await.unwrap();

    let rows: Vec<(String, String, Option<String>, String)> =
        sqlx::query_as("SELECT actor, action, subject, details FROM audit_log ORDER BY seq")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let ours: Vec<(&str, Option<&str>)> = rows
        .iter()
        .filter(|r| r.1.starts_with("deny-"))
        .map(|r| (r.1.as_str(), r.2.as_deref()))
        .collect();
    let (zoe_subject, max_subject) = (format!("deny:{}", zoe.id), format!("deny:{}", max[0].id));
    assert_eq!(
        ours,
        vec![
            ("deny-add", Some(zoe_subject.as_str())),
            ("deny-add", Some(max_subject.as_str())),
            ("deny-safe-add", None),
            ("deny-safe-remove", None),
            ("deny-remove", Some(zoe_subject.as_str())),
        ]
    );
    let needles = [
        NAME,
        "quillfeather",
        ALIAS,
        EMAIL,
        "5550199",
        REASON,
        "zoe.other",
        "mustermann",
        "mäxchen",
        "max@",
        "1234567",
    ];
    for (actor, action, subject, details) in &rows {
        let text = format!(
            "{actor} {action} {} {details}",
            subject.as_deref().unwrap_or("")
        )
        .to_lowercase();
        for needle in needles {
            assert!(
                !text.contains(&needle.to_lowercase()),
                "{needle:?} in the audit log: {text}"
            );
        }
    }
}

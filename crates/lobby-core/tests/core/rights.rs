//! A person's requests (issue 23): everything held about them, found across every table and
//! written out; their erasure, which blanks every personal field but what a hold keeps; the
//! requests' one-month limit.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;
use chrono::{Duration, NaiveDate};
use lobby_core::audit::{self, Actor};
use lobby_core::config::{Config, VisitKind};
use lobby_core::incidents::{self, IncidentKind, ReportRequest};
use lobby_core::invitations::{self, NewInvitation};
use lobby_core::policies::{self, SignedPolicy};
use lobby_core::rights::{self, KeptWhy, Person};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Error, Store};

const NAME: &str = "Zoë Quillfeather";
const EMAIL: &str = "zoe.quill@example.org";
const COMPANY: &str = "Quillworks Ltd";
const PHONE: &str = "+49 30 5550199";
const PURPOSE: &str = "Replacing the boiler valves";

async fn signed(store: &Store, config: &Config, name: &str) -> SignedPolicy {
    let mut conn = store.conn().await.unwrap();
    let doc = policies::document(&mut conn, config, "code-of-conduct", "de")
        .await
        .unwrap()
        .unwrap();
    SignedPolicy {
        policy: "code-of-conduct".into(),
        version: doc.version,
        lang: doc.lang,
        text_hash: doc.text_hash,
        signer_name: name.into(),
        signature: drawn(),
    }
}

async fn exec(store: &Store, sql: &str) {
    sqlx::raw_sql(sql).execute(store.pool()).await.unwrap();
}

async fn count(store: &Store, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

/// The person in every table: invited, two visits (one with the Code of Conduct signed), a
/// hand-issued Wi-Fi pass, a roll call, a message, a profile, a held check-in and a closed
/// security report; and a bystander who must be left alone.
async fn seeded() -> (tempfile::TempDir, Store, Config) {
    let config = Config::parse(
        &format!(
            "{OPEN_ALL_DAY}[visits.types.guest]\nemail = \"optional\"\nphone = \"optional\"\n"
        ),
        None,
    )
    .unwrap();
    let (dir, store, config) = site_with(config).await;
    let now = friday_morning();
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
    let me = CheckInRequest {
        company: Some(COMPANY.into()),
        email: Some(EMAIL.into()),
        phone: Some(PHONE.into()),
        purpose: Some(PURPOSE.into()),
        code_of_conduct: Some(signed(&store, &config, NAME).await),
        ..guest_in(NAME, "de")
    };
    let first = visits::check_in(&store, now, &config, &me).await.unwrap();
    visits::check_out_by_code(&store, now, &first.checkout_code)
        .await
        .unwrap();
    visits::check_in(&store, now, &config, &me).await.unwrap();
    let other = CheckInRequest {
        email: Some("bystander@example.org".into()),
        code_of_conduct: Some(signed(&store, &config, "Bo Bystander").await),
        ..guest_in("Bo Bystander", "en-US")
    };
    visits::check_in(&store, now, &config, &other)
        .await
        .unwrap();
    // Rows the command line and the staff screen make, written directly.
    exec(
        &store,
        "INSERT INTO wifi_passes (id, tier, label, password, issued_at, issued_by, expires_at)
           VALUES ('guest-ZZZZZZ', 'guest', 'zoë quillfeather', 'pw', '2026-11-27T09:00:00Z', 'cli',
                   '2026-11-27T18:00:00Z');
         INSERT INTO roll_calls (id, started_at, started_by) VALUES (1, '2026-11-27T09:30:00Z', 1);
         INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind)
           SELECT 1, id, name, kind FROM visits;
         INSERT INTO outbox (key, channel, topic, visit_id, member_id, recipient, language, facts,
                             next_at, created_at)
           SELECT 'k' || id, 'email', 'arrival', id, 'M-1001', 'amira@example.org', 'en-US',
                  json_object('visitor', name, 'company', company), '2026-11-27T09:00:00Z',
                  '2026-11-27T09:00:00Z'
           FROM visits;
         INSERT INTO visitor_profiles (email_key, email, name, company, phone, language, kind,
                                       created_at, last_visit_at)
           VALUES ('zoe.quill@example.org', 'Zoe.Quill@example.org', 'Zoë Quillfeather',
                   'Quillworks Ltd', '+49 30 5550199', 'de', 'guest', '2026-11-01T09:00:00Z',
                   '2026-11-27T09:00:00Z');
         INSERT INTO approvals (entry_id, request, name, language, created_at)
           VALUES (7, json_object('name', 'Zoë Quillfeather', 'email', 'zoe.quill@example.org'),
                   'Zoë Quillfeather', 'de', '2026-11-27T09:00:00Z');",
    )
    .await;
    let report = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::Other),
            description: format!("{NAME} lost a glove"),
            contact: Some(EMAIL.into()),
            personal_data: false,
            member_id: None,
            member_email: None,
        },
    )
    .await
    .unwrap();
    exec(
        &store,
        &format!(
            "UPDATE incidents SET closed_at = '2026-11-27T09:45:00Z', note = 'Glove returned to \
             Zoë' WHERE id = {}",
            report.id
        ),
    )
    .await;
    (dir, store, config)
}

#[tokio::test]
async fn an_export_finds_the_person_in_every_table_and_writes_json_and_a_pdf() {
    let (dir, store, config) = seeded().await;
    let now = friday_morning();
    let out = dir.path().join("export");
    let done = rights::export(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Email("ZOE.QUILL@example.org ".into()),
        None,
        &out,
    )
    .await
    .unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&done.json).unwrap()).unwrap();
    for (table, n) in [
        ("visits", 2),
        ("acceptances", 2),
        ("wifi_passes", 0),
        ("roll_calls", 2),
        ("messages", 2),
        ("invitations", 1),
        ("approvals", 1),
        ("incidents", 1),
    ] {
        let list = json[table].as_array().unwrap();
        assert_eq!(list.len(), n, "{table}: {json:#}");
        assert!(list.iter().all(|r| r["id"].is_number()), "{table}");
    }
    assert_eq!(json["profile"]["name"], NAME);
    assert_eq!(json["language"], "de");
    assert_eq!(json["visits"][0]["email"], EMAIL);
    assert_eq!(json["visits"][0]["phone"], PHONE);
    // A host's address is the host's: not in the visitor's copy.
    assert!(!json.to_string().contains("amira@example.org"));
    assert!(!json.to_string().contains("Bo Bystander"));
    let file = json["acceptances"][0]["signature_file"].as_str().unwrap();
    assert!(std::fs::read(out.join(file))
        .unwrap()
        .starts_with(b"\x89PNG"));
    assert!(std::fs::read(&done.pdf).unwrap().starts_with(b"%PDF"));

    // By name: the hand-issued pass comes too.
    let held = {
        let mut conn = store.conn().await.unwrap();
        rights::gather(
            &mut conn,
            now,
            &config,
            &Person::Name("zoë  QUILLFEATHER".into()),
        )
        .await
        .unwrap()
    };
    assert_eq!(held.wifi_passes.len(), 1);
    assert_eq!(held.visits.len(), 2);
    // The request is recorded and answered.
    let all = rights::requests(&store, now, &config, true).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].kind, "access");
    assert!(all[0].answered_at.is_some());
    assert!(rights::requests(&store, now, &config, false)
        .await
        .unwrap()
        .is_empty());
}

fn needles() -> Vec<String> {
    [
        NAME,
        EMAIL,
        COMPANY,
        PHONE,
        PURPOSE,
        "Quillfeather",
        "Quillworks",
        "5550199",
    ]
    .iter()
    .map(|s| s.to_lowercase())
    .collect()
}

/// Every text and blob column of every table, lower-cased, one string per row.
async fn every_row(store: &Store) -> Vec<(String, String)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT IN ('_sqlx_migrations', 'policy_texts')",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let columns: Vec<String> =
            sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .fetch_all(store.pool())
                .await
                .unwrap();
        let text = columns
            .iter()
            .map(|c| format!("COALESCE(CAST(\"{c}\" AS TEXT), '')"))
            .collect::<Vec<_>>()
            .join(" || ' ' || ");
        let rows: Vec<Vec<u8>> =
            sqlx::query_scalar(&format!("SELECT CAST({text} AS BLOB) FROM \"{t}\""))
                .fetch_all(store.pool())
                .await
                .unwrap();
        let rows = rows
            .iter()
            .map(|r| String::from_utf8_lossy(r).to_lowercase());
        out.extend(rows.map(|r| (t.clone(), r)));
    }
    out
}

#[tokio::test]
async fn an_erasure_blanks_every_personal_field_and_the_chain_still_verifies() {
    let (_dir, store, config) = seeded().await;
    let now = friday_morning() + Duration::hours(1);
    let e = rights::erase(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Email(EMAIL.into()),
        "Art. 17(1)(a), asked at the desk",
        NaiveDate::from_ymd_opt(2026, 11, 20),
    )
    .await
    .unwrap();
    assert!(e.checkpointed);
    let erased: std::collections::BTreeMap<_, _> = e.erased.iter().cloned().collect();
    assert_eq!(erased.get("visits"), Some(&2), "{e:?}");
    assert_eq!(erased.get("acceptances"), Some(&2), "{e:?}");
    assert_eq!(erased.get("visitor_profiles"), Some(&1), "{e:?}");
    assert_eq!(erased.get("incidents"), Some(&1), "{e:?}");
    assert!(e.kept.is_empty(), "{e:?}");

    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM acceptances WHERE signature_png IS NULL"
        )
        .await,
        2
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM visits WHERE name = '' AND anonymised_at IS NOT NULL
               AND host_member_id = 'M-1001' AND kind = 'guest'"
        )
        .await,
        2,
        "time, kind and host stay"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM visitor_profiles").await,
        0
    );
    // The hand-issued pass named by name only is not found by the address.
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM wifi_passes WHERE label <> ''").await,
        1
    );
    // ... but by the name, which the staff member typed.
    let by_name = rights::erase(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Name(NAME.into()),
        "Art. 17(1)(a), the pass too",
        None,
    )
    .await
    .unwrap();
    assert_eq!(by_name.erased, [("wifi_passes", 1)], "{by_name:?}");

    // Nothing of the person is left in any row of any table; the bystander is untouched.
    let rows = every_row(&store).await;
    for (table, row) in &rows {
        for needle in needles() {
            assert!(!row.contains(&needle), "{table} keeps {needle:?}: {row}");
        }
    }
    assert!(rows
        .iter()
        .any(|(t, r)| t == "visits" && r.contains("bo bystander")));

    // The audit chain verifies, names the request, and carries nothing of the person.
    let mut conn = store.conn().await.unwrap();
    let verdict = audit::verify(&mut conn, None).await.unwrap();
    assert!(
        matches!(verdict, audit::Verdict::Intact { .. }),
        "{verdict:?}"
    );
    let subject: String =
        sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'privacy-erase'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(subject, format!("request:{}", e.request_id));
    // The request keeps no address in clear, and a second erasure finds nobody.
    let named: String = sqlx::query_scalar("SELECT named FROM privacy_requests")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert!(named.starts_with("sha256:"), "{named}");
    drop(conn);
    let again = rights::erase(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Email(EMAIL.into()),
        "again",
        None,
    )
    .await;
    assert!(matches!(again, Err(Error::PersonNotFound)), "{again:?}");
}

#[tokio::test]
async fn a_legal_hold_and_an_open_report_keep_their_records_and_the_receipt_names_them() {
    let (_dir, store, config) = seeded().await;
    let now = friday_morning();
    let first_visit: i64 = count(
        &store,
        "SELECT MIN(id) FROM visits WHERE name = 'Zoë Quillfeather'",
    )
    .await;
    // A past day is refused.
    let bad = rights::hold(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Visit(first_visit),
        "Insurance claim",
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    )
    .await;
    assert!(matches!(bad, Err(Error::HoldDatesInvalid)), "{bad:?}");
    let hold = rights::hold(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Visit(first_visit),
        "Insurance claim",
        NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
    )
    .await
    .unwrap();
    let open = incidents::report(
        &store,
        now,
        &ReportRequest {
            kind: Some(IncidentKind::SuspiciousPerson),
            description: format!("{NAME} walked into the server room"),
            contact: None,
            personal_data: true,
            member_id: None,
            member_email: None,
        },
    )
    .await
    .unwrap();

    let e = rights::erase(
        &store,
        now,
        &config,
        Actor::Cli,
        &Person::Email(EMAIL.into()),
        "Art. 17(1)(a)",
        None,
    )
    .await
    .unwrap();
    let on_hold = KeptWhy::Hold {
        hold: hold.id,
        until: "2027-03-31".into(),
        reason: "Insurance claim".into(),
    };
    let kept = |table: &str, id: String| e.kept.iter().find(|k| k.table == table && k.id == id);
    assert_eq!(
        kept("visits", first_visit.to_string()).map(|k| &k.why),
        Some(&on_hold),
        "{e:?}"
    );
    assert_eq!(
        kept("incidents", open.id.to_string()).map(|k| &k.why),
        Some(&KeptWhy::OpenIncident),
        "{e:?}"
    );
    assert!(e.kept.iter().any(|k| k.table == "acceptances"), "{e:?}");
    // The held visit keeps its details, the other goes.
    assert_eq!(
        count(
            &store,
            &format!("SELECT COUNT(*) FROM visits WHERE id = {first_visit} AND email IS NOT NULL")
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM visits WHERE email = 'zoe.quill@example.org'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &store,
            &format!(
                "SELECT COUNT(*) FROM incidents WHERE id = {} AND description LIKE '%Quillfeather%'",
                open.id
            )
        )
        .await,
        1
    );
    let holds = rights::holds(&store, now, &config, false).await.unwrap();
    assert_eq!(holds.len(), 1);
    assert!(rights::release(&store, now, &config, Actor::Cli, hold.id)
        .await
        .unwrap()
        .is_some());
    assert!(rights::holds(&store, now, &config, false)
        .await
        .unwrap()
        .is_empty());
    let mut conn = store.conn().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        audit::Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn nobody_found_is_person_not_found_and_nothing_is_recorded() {
    let (dir, store, config) = seeded().await;
    let now = friday_morning();
    for person in [
        Person::Email("nobody@example.org".into()),
        Person::Name("Zoe Quillfeather".into()),
        Person::Visit(9999),
    ] {
        let e = rights::erase(&store, now, &config, Actor::Cli, &person, "x", None).await;
        assert!(matches!(e, Err(Error::PersonNotFound)), "{person:?}: {e:?}");
        let x = rights::export(&store, now, &config, Actor::Cli, &person, None, dir.path()).await;
        assert!(matches!(x, Err(Error::PersonNotFound)), "{person:?}: {x:?}");
    }
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM privacy_requests").await,
        0
    );
}

#[tokio::test]
async fn requests_list_the_days_left_of_their_month_and_overdue_ones() {
    let (_dir, store, config) = site().await;
    // Friday 27 November 2026.
    let now = friday_morning();
    let day = |d: u32, m: u32| NaiveDate::from_ymd_opt(2026, m, d);
    let a = rights::receive(
        &store,
        now,
        &config,
        Actor::Cli,
        "access",
        &Person::Email("a@example.org".into()),
        day(20, 11),
    )
    .await
    .unwrap();
    assert_eq!((a.due_on.as_str(), a.days_left), ("2026-12-20", 23));
    let late = rights::receive(
        &store,
        now,
        &config,
        Actor::Cli,
        "erasure",
        &Person::Name("Late Person".into()),
        day(10, 10),
    )
    .await
    .unwrap();
    assert_eq!((late.due_on.as_str(), late.days_left), ("2026-11-10", -17));
    rights::receive(
        &store,
        now,
        &config,
        Actor::Cli,
        "access",
        &Person::Visit(1),
        None,
    )
    .await
    .unwrap();
    let open = rights::requests(&store, now, &config, false).await.unwrap();
    let days: Vec<i64> = open.iter().map(|r| r.days_left).collect();
    assert_eq!(
        days,
        [-17, 23, 30],
        "oldest first; today's is due on 27 December"
    );
    // A future day is refused.
    assert!(rights::receive(
        &store,
        now,
        &config,
        Actor::Cli,
        "access",
        &Person::Visit(1),
        day(28, 11)
    )
    .await
    .is_err());
}

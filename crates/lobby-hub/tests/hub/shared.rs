//! What the hub owns (issue 16), against a real PostgreSQL: tablet numbers, members imports
//! checked whole before anything is saved, badge requests from tablets (a conflict is flagged
//! and applied to no one), and emergencies from the hub and from tablets.

use crate::common::*;
use lobby_core::config::fleet::Credentials;
use lobby_core::fleet::down::{Down, EmergencyFacts};
use lobby_core::fleet::{BadgeFacts, Entry, PROTOCOL};
use lobby_hub::{emergency, kiosks, members, Error};
use sqlx::postgres::PgPool;
use std::process::Command;

/// The messages waiting in the outbox, oldest first.
pub async fn outbox(pool: &PgPool) -> Vec<(String, Down)> {
    let rows: Vec<(String, Vec<u8>)> =
        sqlx::query_as("SELECT subject, body FROM down_outbox ORDER BY id")
            .fetch_all(pool)
            .await
            .unwrap();
    rows.into_iter()
        .map(|(s, b)| (s, Down::parse(&b).unwrap()))
        .collect()
}

fn import_text(pool_site: &str, text: &str) -> (std::path::PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{pool_site}-members.csv"));
    std::fs::write(&path, text).unwrap();
    (path, dir)
}

async fn import(pool: &PgPool, site: &str, text: &str) -> lobby_hub::Result<members::Imported> {
    let (path, _dir) = import_text(site, text);
    let checked = members::read_import(&path, text.as_bytes(), "2026-11-27")?;
    members::import(pool, site, &path, &checked).await
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn each_tablet_gets_the_smallest_free_number_and_an_eleventh_is_refused() {
    let pool = database().await;
    let dir = tempfile::tempdir().unwrap();
    kiosks::add_site(&pool, "hq", "hq").await.unwrap();
    kiosks::add_site(&pool, "annex", "annex").await.unwrap();
    for n in 0..10u8 {
        let c = kiosks::add_kiosk(&pool, "hq", &format!("t{n}"), false)
            .await
            .unwrap();
        assert_eq!(c.number, Some(n));
    }
    // Numbers are per site.
    let other = kiosks::add_kiosk(&pool, "annex", "front", false)
        .await
        .unwrap();
    assert_eq!(other.number, Some(0));
    let refused = kiosks::add_kiosk(&pool, "hq", "t10", false).await;
    assert!(
        matches!(&refused, Err(Error::NoNumber { site }) if site == "hq"),
        "{refused:?}"
    );
    // A revoked tablet frees its number for the next one; new credentials keep theirs.
    kiosks::revoke_kiosk(&pool, "hq", "t3").await.unwrap();
    let next = kiosks::add_kiosk(&pool, "hq", "t10", false).await.unwrap();
    assert_eq!(next.number, Some(3));
    let replaced = kiosks::add_kiosk(&pool, "hq", "t7", true).await.unwrap();
    assert_eq!(replaced.number, Some(7));
    // The number is in the credentials file the tablet reads, and in `kiosk list`.
    let file = dir.path().join("t10.creds");
    kiosks::write_credentials(&file, &next).unwrap();
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("number = 3"));
    assert_eq!(Credentials::read(&file).unwrap().number, Some(3));
    let list = kiosks::kiosks(&pool, Some("hq")).await.unwrap();
    let t10 = list.iter().find(|k| k.tablet == "t10").unwrap();
    assert_eq!(t10.number, Some(3));

    // The refusal, as the operator reads it.
    let (code, _, err) = hub_cli(
        &pool,
        &[
            "kiosk",
            "add",
            "hq",
            "t11",
            "--out",
            dir.path().join("t11.creds").to_str().unwrap(),
        ],
        "en_US.UTF-8",
    )
    .await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already has 10 tablets"), "{err}");
    assert!(!dir.path().join("t11.creds").exists());
}

/// Runs the binary on this test's database.
pub async fn hub_cli(pool: &PgPool, args: &[&str], lang: &str) -> (i32, String, String) {
    let url = database_url(pool).await;
    hub_cli_url(&url, args, lang, &[])
}

pub fn hub_cli_url(
    url: &str,
    args: &[&str],
    lang: &str,
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lobby-hub"));
    cmd.arg("--database")
        .arg(url)
        .args(args)
        .env("LC_ALL", lang);
    for k in [
        "LOBBY_HUB_NATS",
        "LOBBY_HUB_NATS_USER",
        "LOBBY_HUB_NATS_PASSWORD_FILE",
        "LOBBY_HUB_CA",
    ] {
        cmd.env_remove(k);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The address of the pool's own database.
pub async fn database_url(pool: &PgPool) -> String {
    let name: String = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(pool)
        .await
        .unwrap();
    let mut url = url::Url::parse(&std::env::var("LOBBY_HUB_DATABASE").unwrap()).unwrap();
    url.set_path(&name);
    url.to_string()
}

const GOOD: &str = "id,name,email,team,active,badge_uid,card_type,groups,valid_from,valid_to
M-1001,Amira Haddad,amira@example.org,Design,yes,04a1b2c3,mifare-classic-1k,staff;night,2026-01-01,
M-1001,Amira Haddad,amira@example.org,Design,yes,04D4E5F6A7B8C9,desfire,staff,2026-01-01,2027-12-31
M-1002,Bo Jensen,,,no,,,,,
";

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn an_import_with_one_bad_line_saves_nothing_and_names_the_line() {
    let pool = database().await;
    kiosks::add_site(&pool, "hq", "hq").await.unwrap();
    let cases: [(&str, usize, &str); 5] = [
        // An odd number of hex digits is not whole bytes.
        ("M-1003,Cy,,,yes,04A1B,ntag,,,\n", 5, "uid"),
        ("M-1003,Cy,,,yes,04A1B2,unknown,,2026-02-30,\n", 5, "date"),
        ("M-1003,Cy,,,maybe,,,,,\n", 5, "active"),
        // One card for two members: both lines named.
        ("M-1003,Cy,,,yes,04A1B2C3,unknown,,,\n", 5, "uid-twice"),
        // The same member with other details on another line.
        ("M-1002,Bo Jensen,,,yes,,,,,\n", 5, "member-differs"),
    ];
    for (line, at, problem) in cases {
        let text = format!("{GOOD}{line}");
        let result = import(&pool, "hq", &text).await;
        match result {
            Err(Error::Import {
                line: l,
                problem: p,
                other,
                ..
            }) => {
                assert_eq!((l, p), (at, problem), "{line}");
                if problem == "uid-twice" {
                    assert_eq!(other, 2, "the first line holding it");
                }
                if problem == "member-differs" {
                    assert_eq!(other, 4);
                }
            }
            other => panic!("{line}: {other:?}"),
        }
        let (members, badges, waiting): (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM shared_members), (SELECT COUNT(*) FROM shared_badges),
                    (SELECT COUNT(*) FROM down_outbox)",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!((members, badges, waiting), (0, 0, 0), "{line}");
    }
    // A missing column is named too, and the binary says it in the operator's language.
    let (path, _dir) = import_text("hq", &format!("{GOOD}M-1003,Cy,,,yes,04A1B2C3,,,,\n"));
    let (code, _, err) = hub_cli(
        &pool,
        &["members", "import", "hq", path.to_str().unwrap()],
        "en_US.UTF-8",
    )
    .await;
    assert_eq!(code, 2);
    assert!(
        err.contains("line 5: badge 04A1B2C3 is already on line 2")
            && err.contains("Nothing was saved"),
        "{err}"
    );
    let (code, _, err) = hub_cli(
        &pool,
        &["members", "import", "hq", path.to_str().unwrap()],
        "de_DE.UTF-8",
    )
    .await;
    assert_eq!(code, 2);
    assert!(err.contains("Zeile 5") && err.contains("Zeile 2"), "{err}");
    assert!(matches!(
        import(&pool, "hq", "id,name,email,team\nM-1,A,,\n").await,
        Err(Error::Import {
            problem: "header",
            ..
        })
    ));

    // The good file: two members, Amira with both badges (upper-cased), sent down once each.
    let done = import(&pool, "hq", GOOD).await.unwrap();
    assert_eq!((done.members, done.changed), (2, 2));
    let sent = outbox(&pool).await;
    assert_eq!(sent.len(), 2);
    let Down::Member(amira) = &sent[0].1 else {
        panic!("{sent:?}")
    };
    assert_eq!(sent[0].0, "lobby.down.hq.member");
    assert_eq!(amira.id, "M-1001");
    let uids: Vec<&str> = amira.badges.iter().map(|b| b.uid.as_str()).collect();
    assert_eq!(uids, ["04A1B2C3", "04D4E5F6A7B8C9"]);
    assert_eq!(amira.badges[0].groups, ["staff", "night"]);
    assert_eq!(amira.badges[1].valid_to.as_deref(), Some("2027-12-31"));
    // The same file again changes nobody and sends nothing.
    let again = import(&pool, "hq", GOOD).await.unwrap();
    assert_eq!(again.changed, 0);
    assert_eq!(outbox(&pool).await.len(), 2);
    let list = members::list(&pool, "hq").await.unwrap();
    assert_eq!(
        list.iter()
            .map(|m| (m.id.as_str(), m.active, m.badges))
            .collect::<Vec<_>>(),
        [("M-1001", true, 2), ("M-1002", false, 0)]
    );
    // A card the hub gives Amira cannot be given to Bo by a later file.
    let held = import(
        &pool,
        "hq",
        "id,name,email,team,active,badge_uid\nM-1002,Bo Jensen,,,no,04A1B2C3\n",
    )
    .await;
    assert!(
        matches!(&held, Err(Error::Import { problem: "uid-held", holder, .. }) if holder == "M-1001"),
        "{held:?}"
    );
    // Revoked at the hub: Amira is sent again without it.
    let (member, ids) = members::revoke(&pool, "hq", "04a1b2c3").await.unwrap();
    assert_eq!((member.as_str(), ids.len()), ("M-1001", 1));
    let sent = outbox(&pool).await;
    let Down::Member(amira) = &sent[2].1 else {
        panic!("{sent:?}")
    };
    assert_eq!(amira.badges.len(), 1);
    assert_eq!(amira.badges[0].uid, "04D4E5F6A7B8C9");
    assert!(matches!(
        members::revoke(&pool, "hq", "04A1B2C3").await,
        Err(Error::UnknownBadge { .. })
    ));
    // The file that still lists the revoked card does not give it back, and changes nothing.
    let again = import(&pool, "hq", GOOD).await;
    assert!(
        matches!(&again, Err(Error::Import { line: 2, problem: "uid-revoked", holder, .. }) if holder == "M-1001"),
        "{again:?}"
    );
    assert_eq!(outbox(&pool).await.len(), 3);
    assert_eq!(members::list(&pool, "hq").await.unwrap()[0].badges, 1);
}

/// A real tablet entry carrying a badge request, as a tablet will send it. The facts are not
/// part of the hashed row, so the chain still holds.
fn with_badge(mut e: Entry, member: &str, uid: &str, revoked: Option<&str>) -> Entry {
    e.badge = Some(BadgeFacts {
        id: e.seq,
        member_id: member.into(),
        uid: uid.into(),
        card_type: "mifare-classic-1k".into(),
        groups: vec!["staff".into()],
        valid_from: "2026-11-27".into(),
        valid_to: None,
        revoked: revoked.map(str::to_string),
    });
    e
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn one_card_enrolled_for_two_members_at_two_tablets_is_flagged_and_applied_to_neither() {
    let pool = database().await;
    kiosks::add_site(&pool, "hq", "hq").await.unwrap();
    import(
        &pool,
        "hq",
        "id,name,email,team,active\nM-1001,Amira,,,yes\nM-1002,Bo,,,yes\n",
    )
    .await
    .unwrap();
    sqlx::query("DELETE FROM down_outbox")
        .execute(&pool)
        .await
        .unwrap();
    let one = Tablet::new("hq", "lobby-1").await;
    let two = Tablet::new("hq", "lobby-2").await;
    one.check_in(friday_morning(), "Ana").await;
    two.check_in(friday_morning(), "Cy").await;
    let mut a = one.take().await;
    let mut b = two.take().await;
    let last = a.len() - 1;
    a[last] = with_badge(a[last].clone(), "M-1001", "04a1b2c3", None);
    let last = b.len() - 1;
    b[last] = with_badge(b[last].clone(), "M-1002", "04A1B2C3", None);

    let report = apply_entries(&pool, &a).await;
    assert_eq!(report.down, 1);
    let sent = outbox(&pool).await;
    let Down::Member(amira) = &sent[0].1 else {
        panic!("{sent:?}")
    };
    assert_eq!(amira.badges.len(), 1);
    assert_eq!(amira.badges[0].uid, "04A1B2C3");

    let report = apply_entries(&pool, &b).await;
    assert_eq!((report.down, report.flagged), (1, 1));
    let sent = outbox(&pool).await;
    assert_eq!(sent.len(), 2);
    let Down::Flag(flag) = &sent[1].1 else {
        panic!("{sent:?}")
    };
    assert_eq!(flag.problem, "badge-conflict");
    for part in ["M-1001", "M-1002", "lobby-1", "lobby-2", "B2C3"] {
        assert!(flag.detail.contains(part), "{part}: {}", flag.detail);
    }
    assert!(!flag.detail.contains("04A1B2C3"), "only the uid's end");
    let held: Vec<(String, String)> = sqlx::query_as(
        "SELECT member_id, uid FROM shared_badges WHERE revoked_at IS NULL ORDER BY member_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(held, [("M-1001".to_string(), "04A1B2C3".to_string())]);
    let stored = flags(&pool).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].1, "lobby-2");
    assert_eq!(stored[0].4, "badge-conflict");

    // Redelivered, nothing is applied twice.
    let again = apply_entries(&pool, &b).await;
    assert_eq!((again.down, again.flagged, again.stored), (0, 0, 0));
    assert_eq!(outbox(&pool).await.len(), 2);

    // An entry a tablet applied from elsewhere (`fleet:` actor) is no request.
    two.check_in(friday_morning(), "Dee").await;
    let mut c = two.take().await;
    let last = c.len() - 1;
    c[last] = with_badge(c[last].clone(), "M-1002", "0A0B0C0D", None);
    c[last].actor = "fleet:hub".into();
    // The actor is part of the hashed row: the hub flags the edit, but applies no request.
    apply_entries(&pool, &c).await;
    assert_eq!(outbox(&pool).await.len(), 2);

    // Lobby-1 revokes Amira's card: she is sent down without it.
    one.check_in(friday_morning(), "Eve").await;
    let mut d = one.take().await;
    let last = d.len() - 1;
    d[last] = with_badge(d[last].clone(), "M-1001", "04A1B2C3", Some("lost"));
    assert_eq!(apply_entries(&pool, &d).await.down, 1);
    let sent = outbox(&pool).await;
    let Down::Member(amira) = &sent[2].1 else {
        panic!("{sent:?}")
    };
    assert!(amira.badges.is_empty());

    // `audit verify` names the conflict in words.
    let (code, out, _) = hub_cli(&pool, &["audit", "verify"], "en_US.UTF-8").await;
    assert_eq!(code, 1);
    assert!(
        out.contains("one card enrolled for two members") && out.contains("M-1002"),
        "{out}"
    );
}

fn facts(id: &str, kind: &str, started_at: &str, ends: Option<&str>) -> EmergencyFacts {
    EmergencyFacts {
        v: PROTOCOL,
        id: id.into(),
        kind: kind.into(),
        message: None,
        started_at: started_at.into(),
        ends: ends.map(str::to_string),
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn emergencies_from_the_hub_and_from_tablets_and_the_all_clear_ends_the_newest() {
    let pool = database().await;
    kiosks::add_site(&pool, "hq", "hq").await.unwrap();
    assert!(matches!(
        emergency::end(&pool, "hq").await,
        Err(Error::NoEmergency { .. })
    ));
    assert!(matches!(
        emergency::start(&pool, "hq", "custom", None).await,
        Err(Error::Emergency {
            problem: "message-missing",
            ..
        })
    ));
    assert!(matches!(
        emergency::start(&pool, "hq", "custom", Some(&"x".repeat(201))).await,
        Err(Error::Emergency {
            problem: "message-long",
            ..
        })
    ));
    let (first, _) = emergency::start(&pool, "hq", "fire", None).await.unwrap();
    let (second, _) = emergency::start(&pool, "hq", "custom", Some("Gas leak, leave by the back"))
        .await
        .unwrap();
    assert!(first.id.starts_with("hub:") && second.id.starts_with("hub:"));
    assert_ne!(first.id, second.id);

    // A tablet starts one later still: it is recorded from its entry, and it is the one in force.
    let t = Tablet::new("hq", "lobby-1").await;
    t.check_in(friday_morning(), "Ana").await;
    let mut entries = t.take().await;
    let last = entries.len() - 1;
    entries[last].emergency = Some(facts(
        "lobby-1:7",
        "shelter",
        "2099-01-01T00:00:00.000Z",
        None,
    ));
    apply_entries(&pool, &entries).await;
    let open = emergency::status(&pool, "hq").await.unwrap();
    assert_eq!(
        open.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["lobby-1:7", second.id.as_str(), first.id.as_str()]
    );
    // Redelivered, nothing changes.
    apply_entries(&pool, &entries).await;
    assert_eq!(emergency::status(&pool, "hq").await.unwrap().len(), 3);

    // `emergency end` ends the newest and names it in its all clear.
    let (ended, _) = emergency::end(&pool, "hq").await.unwrap();
    assert_eq!(ended.id, "lobby-1:7");
    let sent = outbox(&pool).await;
    let Some((subject, Down::Emergency(all_clear))) = sent.last() else {
        panic!("{sent:?}")
    };
    assert_eq!(subject, "lobby.down.hq.emergency");
    assert_eq!(all_clear.ends.as_deref(), Some("lobby-1:7"));
    let Down::Emergency(start) = &sent[1].1 else {
        panic!("{sent:?}")
    };
    assert_eq!(start.id, second.id);
    assert_eq!(
        start.message.as_deref(),
        Some("Gas leak, leave by the back")
    );
    assert!(start.ends.is_none());

    // A tablet's all clear for the hub's second one ends that one only.
    t.check_in(friday_morning(), "Bo").await;
    let mut more = t.take().await;
    let last = more.len() - 1;
    more[last].emergency = Some(facts(
        &second.id,
        "custom",
        &second.started_at,
        Some(&second.id),
    ));
    apply_entries(&pool, &more).await;
    let (ended_by,): (Option<String>,) =
        sqlx::query_as("SELECT ended_by FROM site_emergencies WHERE id = $1")
            .bind(&second.id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(ended_by.as_deref(), Some("lobby-1"));
    let (code, out, _) = hub_cli(&pool, &["emergency", "status", "hq"], "en_US.UTF-8").await;
    assert_eq!(code, 0);
    assert!(out.contains(&first.id) && out.contains("fire"), "{out}");
    let (code, out, _) = hub_cli(&pool, &["emergency", "end", "hq"], "en_US.UTF-8").await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(&format!("emergency {}", first.id)), "{out}");
    assert!(out.contains("lobby-hub serve sends it"), "no --nats: {out}");
    let (code, _, err) = hub_cli(&pool, &["emergency", "end", "hq"], "fr_FR.UTF-8").await;
    assert_eq!(code, 2);
    assert!(err.contains("Aucune urgence"), "{err}");
}

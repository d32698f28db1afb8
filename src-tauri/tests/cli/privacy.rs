//! `lobby privacy` (issue 23) from the command line: a person seeded across the tables with
//! `sqlite3`, exported, then erased; afterwards neither the database file, its WAL nor a new
//! backup holds their name or address anywhere in their bytes, while a held person's stay.

use super::{lobby, sqlite, stderr, stdout};
use std::path::Path;

const NAME: &str = "Zoë Quillfeather";
const EMAIL: &str = "zoe.quill@example.org";
const HELD_NAME: &str = "Hugo Heldmann";
const HELD_EMAIL: &str = "hugo.held@example.org";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// One person in visits, signatures, Wi-Fi, a roll call, messages, an invitation, a profile,
/// a check-in held for staff and a closed security report.
fn seed(db: &Path, name: &str, email: &str, code: &str) {
    sqlite(
        db,
        &format!(
            "INSERT INTO visits (kind, name, company, email, phone, purpose, host_member_id,
                                 language, checkout_code, checked_in_at, checked_out_at,
                                 privacy_accepted_at, lead_consent, kiosk_id)
               VALUES ('tour', '{name}', 'Quillworks Ltd', '{email}', '+49 30 5550199',
                       'Private offices', NULL, 'fr', '{code}', '2026-11-27T09:00:00+00:00',
                       '2026-11-27T10:00:00+00:00', '2026-11-27T09:00:00+00:00', 1, 'kiosk-1');
             INSERT INTO acceptances (text_id, policy, version, lang, text_hash, visit_id,
                                      signer_name, accepted_at, kiosk_id, signature_sha256, strokes)
               SELECT t.id, v.policy, v.version, t.lang, t.sha256, last_insert_rowid(), '{name}',
                      '2026-11-27T09:00:00+00:00', 'kiosk-1', 'abc', '[[[1,2],[3,4]]]'
               FROM policy_texts t JOIN policy_versions v ON v.id = t.version_id LIMIT 1;
             INSERT INTO wifi_passes (id, tier, visit_id, password, issued_at, issued_by, expires_at)
               SELECT 'guest-{code}', 'guest', MAX(id), 'pw', '2026-11-27T09:00:00Z', 'kiosk',
                      '2026-11-27T18:00:00Z' FROM visits;
             INSERT INTO roll_calls (started_at, started_by) VALUES ('2026-11-27T09:30:00Z', 1);
             INSERT INTO roll_call_entries (roll_call_id, visit_id, name, kind)
               SELECT (SELECT MAX(id) FROM roll_calls), MAX(id), '{name}', 'tour' FROM visits;
             INSERT INTO invitations (code, host_member_id, name, email, company, kind, language,
                                      valid_from, valid_until, created_at, created_by)
               VALUES ('{code}XYZ', 'M-1001', '{name}', '{email}', 'Quillworks Ltd', 'guest',
                       'fr', '2026-11-27', '2026-11-27', '2026-11-20T09:00:00Z', 'cli');
             INSERT INTO outbox (key, channel, topic, invitation_id, recipient, language, facts,
                                 next_at, created_at)
               VALUES ('k{code}', 'email', 'invitation', last_insert_rowid(), '{email}', 'fr',
                       json_object('guest', '{name}'), '2026-11-20T09:00:00Z',
                       '2026-11-20T09:00:00Z');
             INSERT INTO visitor_profiles (email_key, email, name, company, phone, language,
                                           kind, created_at, last_visit_at)
               VALUES ('{email}', '{email}', '{name}', 'Quillworks Ltd', '+49 30 5550199', 'fr',
                       'tour', '2026-11-01T09:00:00Z', '2026-11-27T09:00:00Z');
             INSERT INTO approvals (entry_id, request, name, language, created_at)
               VALUES (1, json_object('name', '{name}', 'email', '{email}'), '{name}', 'fr',
                       '2026-11-27T08:55:00Z');
             INSERT INTO incidents (kind, description, contact, personal_data, reported_at,
                                    closed_at)
               VALUES ('other', '{name} left a laptop', '{email}', 1, '2026-11-27T09:00:00Z',
                       '2026-11-27T11:00:00Z');"
        ),
    );
}

#[test]
fn an_erased_person_is_gone_from_the_database_its_wal_and_a_new_backup_but_a_held_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let db = data.join("lobby.db");
    seed(&db, NAME, EMAIL, "AAAA11");
    seed(&db, HELD_NAME, HELD_EMAIL, "BBBB22");
    assert!(
        contains(&std::fs::read(&db).unwrap(), NAME),
        "the search can find it"
    );

    // Access: one folder, JSON with their visit, a PDF.
    let out = dir.path().join("export");
    let export = lobby(
        &data,
        &[
            "privacy",
            "export",
            "--email",
            "Zoe.Quill@Example.org",
            "--out",
            out.to_str().unwrap(),
            "--received",
            "2026-11-20",
        ],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("personal-data.json")).unwrap()).unwrap();
    assert_eq!(json["visits"][0]["name"], NAME, "{json:#}");
    assert_eq!(json["visits"][0]["lead_consent"], true);
    assert_eq!(json["invitations"][0]["email"], EMAIL);
    assert_eq!(json["incidents"].as_array().unwrap().len(), 1);
    assert_eq!(json["profile"]["language"], "fr");
    assert!(std::fs::read(out.join("personal-data.pdf"))
        .unwrap()
        .starts_with(b"%PDF"));
    let requests = lobby(&data, &["privacy", "requests", "--all"]);
    assert!(
        stdout(&requests).contains("received 2026-11-20"),
        "{}",
        stdout(&requests)
    );

    // The second person is held; erasing them keeps everything and says why.
    let hold = lobby(
        &data,
        &[
            "privacy",
            "hold",
            "--email",
            HELD_EMAIL,
            "--reason",
            "Court order 12/26",
            "--until",
            "2099-12-31",
        ],
    );
    assert!(hold.status.success(), "{}", stderr(&hold));
    let held = lobby(
        &data,
        &[
            "privacy",
            "erase",
            "--email",
            HELD_EMAIL,
            "--reason",
            "asked by e-mail",
        ],
    );
    assert!(held.status.success(), "{}", stderr(&held));
    assert!(
        stdout(&held).contains("legal hold #1 until 2099-12-31: Court order 12/26"),
        "{}",
        stdout(&held)
    );

    // An open request, then its erasure.
    let received = lobby(
        &data,
        &[
            "privacy",
            "request",
            "erasure",
            "--name",
            NAME,
            "--received",
            "2026-11-01",
        ],
    );
    assert!(received.status.success(), "{}", stderr(&received));
    let open = stdout(&lobby(&data, &["privacy", "requests"]));
    assert!(open.contains("erasure") && open.contains("due"), "{open}");
    let erase = lobby(
        &data,
        &[
            "privacy",
            "erase",
            "--email",
            EMAIL,
            "--reason",
            "Art. 17(1)(a)",
        ],
    );
    assert!(erase.status.success(), "{}", stderr(&erase));
    let receipt = stdout(&erase);
    for line in [
        "visits: 1",
        "signatures: 1",
        "visitor profile: 1",
        "Nothing was kept",
    ] {
        assert!(receipt.contains(line), "{line}: {receipt}");
    }
    assert!(receipt.contains("Backups taken before"), "{receipt}");
    let by_name = lobby(
        &data,
        &[
            "privacy",
            "erase",
            "--name",
            NAME,
            "--reason",
            "Art. 17(1)(a)",
        ],
    );
    // Everything the name found went with the address already.
    assert_eq!(by_name.status.code(), Some(2), "{}", stdout(&by_name));
    assert!(
        stderr(&by_name).contains("holds nothing"),
        "{}",
        stderr(&by_name)
    );

    let backup = lobby(&data, &["backup", "now"]);
    assert!(backup.status.success(), "{}", stderr(&backup));
    let list = stdout(&lobby(&data, &["backup", "list"]));
    let file = list
        .lines()
        .find_map(|l| l.split('\t').nth(2))
        .expect("a backup listed")
        .to_string();
    let wal = data.join("lobby.db-wal");
    let files = [
        ("database", std::fs::read(&db).unwrap()),
        ("wal", std::fs::read(&wal).unwrap_or_default()),
        ("backup", std::fs::read(&file).unwrap()),
    ];
    for (what, bytes) in &files {
        for needle in [NAME, EMAIL, "Quillfeather", "zoe.quill"] {
            assert!(
                !contains(bytes, needle),
                "the {what} still holds {needle:?}"
            );
        }
    }
    for (what, bytes) in files.iter().filter(|(w, _)| *w != "wal") {
        assert!(
            contains(bytes, HELD_NAME),
            "the hold keeps {HELD_NAME} in the {what}"
        );
        assert!(
            contains(bytes, HELD_EMAIL),
            "the hold keeps the address in the {what}"
        );
    }
    let verify = lobby(&data, &["audit", "verify"]);
    assert!(verify.status.success(), "{}", stdout(&verify));
    assert!(stdout(&verify).contains("intact"), "{}", stdout(&verify));
}

//! Backups, restore tests and restores on real database files, and the security-plan report
//! from a seeded site. Damage is done with the real `sqlite3` tool and by overwriting bytes.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{Duration, TimeZone, Utc};
use lobby_core::audit::{Actor, Verdict};
use lobby_core::backup::{self, BackupFile};
use lobby_core::config::Config;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{report, Error, Store};
use std::io::{Seek, SeekFrom, Write};
use std::process::Command;

fn config(second: &std::path::Path) -> Config {
    Config::parse(
        &format!(
            "[backup]\nsecond_folder = \"{}\"\nkeep_daily = 2\nkeep_weekly = 1\n[visits.types.guest]\ncode_of_conduct = false\n",
            second.display()
        ),
        None,
    )
    .unwrap()
}

async fn visit_names(store: &Store) -> Vec<String> {
    sqlx::query_scalar("SELECT name FROM visits ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backup_restores_the_data_as_it_was_and_sets_the_current_database_aside() {
    let second = tempfile::tempdir().unwrap();
    let (dir, store, config) = site_with(config(second.path())).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let made = backup::backup_now(&store, &config, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    assert!(made.path.exists() && made.checked.audit_entries > 0);
    assert_eq!(made.copies.len(), 1, "copied to the second folder");
    assert_eq!(
        std::fs::read(&made.path).unwrap(),
        std::fs::read(&made.copies[0]).unwrap()
    );
    let status = backup::status(&store, &config, friday_morning())
        .await
        .unwrap();
    assert!(!status.stale && status.last_error.is_none());

    // Later data, then a restore test and a restore of the earlier backup.
    check_in_guest(&store, &config, "Grace Hopper").await;
    backup::restore_test(&store, &made.path, None, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    store.close().await;
    let restored = backup::restore(
        dir.path(),
        &made.path,
        None,
        None,
        friday_morning() + Duration::hours(1),
    )
    .await
    .unwrap();
    let aside = restored.set_aside.unwrap();
    assert!(aside.exists(), "the replaced database is kept");
    let store = Store::open(dir.path()).await.unwrap();
    assert_eq!(visit_names(&store).await, ["Ada Lovelace"]);
    let mut conn = store.conn().await.unwrap();
    assert!(matches!(
        lobby_core::audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
    let last: String = sqlx::query_scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(last, "backup-restore", "the restore continues the chain");
    // The set-aside database still has the later visit.
    let old = Store::open(&{
        let d = tempfile::tempdir().unwrap().keep();
        std::fs::copy(&aside, d.join("lobby.db")).unwrap();
        d
    })
    .await
    .unwrap();
    assert_eq!(visit_names(&old).await, ["Ada Lovelace", "Grace Hopper"]);
}

#[tokio::test]
async fn a_damaged_or_tampered_backup_is_refused_and_nothing_is_touched() {
    let second = tempfile::tempdir().unwrap();
    let (dir, store, config) = site_with(config(second.path())).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let made = backup::backup_now(&store, &config, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    store.close().await;
    let before = std::fs::read(dir.path().join("lobby.db")).unwrap();

    // Bytes overwritten in the middle of the file.
    let damaged = dir.path().join("damaged.db");
    std::fs::copy(&made.path, &damaged).unwrap();
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(&damaged)
        .unwrap();
    let len = f.metadata().unwrap().len();
    f.seek(SeekFrom::Start(len / 2)).unwrap();
    f.write_all(&[0xA5; 4096]).unwrap();
    drop(f);
    // A visitor's name changed with sqlite3: the file is sound, the audit chain is not.
    let tampered = dir.path().join("tampered.db");
    std::fs::copy(&made.path, &tampered).unwrap();
    let ok = Command::new("sqlite3")
        .arg(&tampered)
        .arg("UPDATE audit_log SET details = '{}' WHERE seq = 2")
        .status()
        .unwrap();
    assert!(ok.success());
    // Not a database at all.
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "not a database").unwrap();

    for (file, says) in [
        (&damaged, ""),
        (&tampered, "audit chain"),
        (&text, "not an SQLite database"),
    ] {
        let e = backup::restore(dir.path(), file, None, None, friday_morning())
            .await
            .unwrap_err();
        let Error::BackupInvalid { problem } = &e else {
            panic!("{e:?}")
        };
        assert!(problem.contains(says), "{problem}");
    }
    assert_eq!(
        std::fs::read(dir.path().join("lobby.db")).unwrap(),
        before,
        "untouched"
    );
}

#[test]
fn retention_keeps_the_newest_of_each_recent_day_and_week() {
    let at = |d: u32, h: u32| BackupFile {
        path: format!("lobby-{d}-{h}.db").into(),
        at: Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap(),
        bytes: 1,
    };
    // Newest first: two on the 27th, one each on the 26th, 20th and 10th.
    let files = [at(27, 18), at(27, 9), at(26, 18), at(20, 18), at(10, 18)];
    // 2 days: the 27th's newest and the 26th; 2 weeks: the 27th's (week 48) and the 20th (week 47).
    assert_eq!(backup::keep(&files, 2, 2), [true, false, true, true, false]);
    assert_eq!(backup::keep(&files, 7, 0), [true, false, true, true, true]);
}

#[tokio::test]
async fn the_security_plan_report_reads_real_figures() {
    let second = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(config(second.path())).await;
    let now = friday_morning();
    let empty = report::security_plan(&store, &config, now).await.unwrap();
    assert!(empty.backups.stale, "no backup yet is a warning");
    assert_eq!(empty.backups.last_ok_at, None);
    backup::backup_now(&store, &config, now, Actor::Cli)
        .await
        .unwrap();
    let plan = report::security_plan(&store, &config, now + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(
        plan.backups.last_ok_at.as_deref(),
        Some(now.to_rfc3339().as_str())
    );
    assert!(!plan.backups.stale);
    assert_eq!(plan.staff.accounts, 1, "the demo staff account");
    assert_eq!(plan.staff.with_authenticator, 1);
    assert_eq!(plan.policies.len(), 3);
    assert_eq!(plan.policies[0].members, 12, "the demo's 12 members");
    assert!(matches!(plan.audit, Verdict::Intact { .. }));
    assert_eq!(plan.retention.retention_days, 90);
    // Three days on, with a one-day interval, the backup is stale.
    let late = report::security_plan(&store, &config, now + Duration::days(3))
        .await
        .unwrap();
    assert!(late.backups.stale);
}

#[tokio::test]
async fn an_unreadable_database_says_so_and_a_backup_restores_over_it() {
    let second = tempfile::tempdir().unwrap();
    let (dir, store, config) = site_with(config(second.path())).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let made = backup::backup_now(&store, &config, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    store.close().await;
    // The disk gave back garbage.
    std::fs::write(dir.path().join("lobby.db"), vec![0x5A; 64 * 1024]).unwrap();
    for side in ["lobby.db-wal", "lobby.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(side));
    }
    let e = Store::open(dir.path()).await.unwrap_err();
    assert!(matches!(e, Error::DatabaseUnreadable { .. }), "{e:?}");
    assert_eq!(e.code().as_str(), "database-unreadable");
    backup::restore(dir.path(), &made.path, None, None, friday_morning())
        .await
        .unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    assert_eq!(visit_names(&store).await, ["Ada Lovelace"]);
}

#[tokio::test]
async fn a_full_disk_fails_the_check_in_cleanly_and_says_so() {
    let second = tempfile::tempdir().unwrap();
    let (_dir, store, config) = site_with(config(second.path())).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    // The database may not grow any more: as if the disk were full.
    let pages: i64 = sqlx::query_scalar("PRAGMA page_count")
        .fetch_one(store.pool())
        .await
        .unwrap();
    // The limit is per connection: set it on every connection of the pool (4 at most).
    let mut all = Vec::new();
    for _ in 0..4 {
        let mut conn = store.pool().acquire().await.unwrap();
        sqlx::query(&format!("PRAGMA max_page_count = {pages}"))
            .execute(&mut *conn)
            .await
            .unwrap();
        all.push(conn);
    }
    drop(all);
    let big = CheckInRequest {
        purpose: Some("x".repeat(199)),
        ..guest_in("Grace Hopper", "en-US")
    };
    // The last page has some room left: check in until it is used up.
    let mut full = None;
    for _ in 0..200 {
        if let Err(e) = visits::check_in(&store, friday_morning(), &config, &big).await {
            full = Some(e);
            break;
        }
    }
    let e = full.expect("the database filled up");
    assert_eq!(e.code().as_str(), "storage-full", "{e:?}");
    let visits_now = visit_names(&store).await.len();
    assert!(visits::check_in(&store, friday_morning(), &config, &big)
        .await
        .is_err());
    assert_eq!(
        visit_names(&store).await.len(),
        visits_now,
        "nothing half-saved"
    );
    let mut conn = store.conn().await.unwrap();
    assert!(matches!(
        lobby_core::audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn backups_encrypted_to_an_age_key_reveal_nothing_and_restore_only_with_the_key() {
    let key = age::x25519::Identity::generate();
    let second = tempfile::tempdir().unwrap();
    let config = Config::parse(
        &format!(
            "[backup]\nsecond_folder = \"{}\"\nage_recipients = [\"{}\"]\n[visits.types.guest]\ncode_of_conduct = false\n",
            second.path().display(),
            key.to_public()
        ),
        None,
    )
    .unwrap();
    let (dir, store, config) = site_with(config).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let made = backup::backup_now(&store, &config, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    assert!(made.path.to_string_lossy().ends_with(".db.age"), "{made:?}");
    for file in [&made.path, &made.copies[0]] {
        let bytes = std::fs::read(file).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Ada Lovelace") && !text.contains("SQLite format"));
    }
    assert_eq!(
        backup::list(&backup::folder(&store, &config))
            .unwrap()
            .len(),
        1
    );
    // No plaintext left behind in the folder.
    let names: Vec<String> = std::fs::read_dir(backup::folder(&store, &config))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    backup::restore_test(&store, &made.path, Some(&key), friday_morning(), Actor::Cli)
        .await
        .unwrap();
    store.close().await;

    let wrong = age::x25519::Identity::generate();
    for identity in [None, Some(&wrong)] {
        let e = backup::restore(dir.path(), &made.path, identity, None, friday_morning())
            .await
            .unwrap_err();
        assert_eq!(e.code().as_str(), "backup-invalid", "{e:?}");
    }
    backup::restore(dir.path(), &made.path, Some(&key), None, friday_morning())
        .await
        .unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    assert_eq!(visit_names(&store).await, ["Ada Lovelace"]);
    let e = Config::parse("[backup]\nage_recipients = [\"age1nope\"]\n", None).unwrap_err();
    assert_eq!(e.key, "backup.age_recipients[0]");
}

#[tokio::test]
async fn a_restore_while_the_kiosk_has_the_database_open_is_refused() {
    let second = tempfile::tempdir().unwrap();
    let (dir, store, config) = site_with(config(second.path())).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let made = backup::backup_now(&store, &config, friday_morning(), Actor::Cli)
        .await
        .unwrap();
    // `store` stays open, as a running kiosk's would.
    check_in_guest(&store, &config, "Grace Hopper").await;
    let e = backup::restore(dir.path(), &made.path, None, None, friday_morning())
        .await
        .unwrap_err();
    assert_eq!(e.code().as_str(), "database-in-use");
    assert_eq!(visit_names(&store).await, ["Ada Lovelace", "Grace Hopper"]);
    check_in_guest(&store, &config, "Linus Torvalds").await;
    assert_eq!(
        visit_names(&store).await.len(),
        3,
        "the kiosk's database is still the one in use"
    );
}

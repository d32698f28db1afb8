//! A backup killed with SIGKILL at any moment: backups run in child processes (this test
//! binary again, on a data folder of their own) and are killed.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::Utc;
use lobby_core::audit::Actor;
use lobby_core::backup;
use lobby_core::config::Config;
use lobby_core::Store;
use std::path::Path;
use std::process::Command;

/// Issue 22: a backup killed at any moment (SIGKILL, as a power cut would) leaves no plaintext
/// in the backup folder, which may be a USB stick or a share: the snapshot is made, checked and
/// sealed in a private folder inside the data folder. The next backup removes what was left.
/// The backups run in a child process (this test binary again), killed after a growing delay.
#[tokio::test]
async fn a_backup_killed_at_any_moment_leaves_no_plaintext_in_the_backup_folder() {
    const CHILD: &str = "LOBBY_TEST_BACKUP_CHILD";
    if let Ok(data) = std::env::var(CHILD) {
        // The child: back up again and again until killed.
        let config =
            Config::parse(&std::env::var("LOBBY_TEST_BACKUP_CONFIG").unwrap(), None).unwrap();
        let store = Store::open(Path::new(&data)).await.unwrap();
        println!("ready");
        loop {
            backup::backup_now(&store, &config, Utc::now(), Actor::Cli)
                .await
                .unwrap();
        }
    }
    let key = age::x25519::Identity::generate();
    let toml = format!(
        "[backup]\nage_recipients = [\"{}\"]\n[visits.types.guest]\ncode_of_conduct = false\n",
        key.to_public()
    );
    let (dir, store, config) = site_with(Config::parse(&toml, None).unwrap()).await;
    check_in_guest(&store, &config, "Ada Lovelace").await;
    let folder = backup::folder(&store, &config);
    store.close().await;
    let plaintext_in_folder = || {
        std::fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| {
                        std::fs::read(e.path())
                            .map(|b| b.starts_with(b"SQLite format 3"))
                            .unwrap_or(false)
                    })
                    .map(|e| e.file_name())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    for delay_ms in [0u64, 3, 7, 12, 20, 30, 45, 60, 90, 120, 160, 220] {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "backup_kill::a_backup_killed_at_any_moment_leaves_no_plaintext_in_the_backup_folder",
                "--nocapture",
            ])
            .env(CHILD, dir.path())
            .env("LOBBY_TEST_BACKUP_CONFIG", &toml)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Once the child's store is open, let it back up for a while, then kill it.
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("ready") {
            line.clear();
            let n = std::io::BufRead::read_line(&mut out, &mut line).unwrap();
            assert!(n > 0, "the child ended before it was ready");
        }
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let found = plaintext_in_folder();
        assert!(found.is_empty(), "after {delay_ms} ms: {found:?}");
    }
    // The next backup clears what the killed ones left: the work folder and partial copies.
    let store = Store::open(dir.path()).await.unwrap();
    backup::backup_now(&store, &config, Utc::now(), Actor::Cli)
        .await
        .unwrap();
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".db.age") && !n.starts_with('.')),
        "{names:?}"
    );
    let work = dir.path().join(".backup-work");
    assert_eq!(std::fs::read_dir(&work).unwrap().count(), 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&work).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "{mode:o}");
    }
}

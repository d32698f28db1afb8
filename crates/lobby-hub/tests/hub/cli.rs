//! The binary's errors: translated, exit code 2, nothing touched. These need no server.

use std::process::Command;

fn hub(args: &[&str], lang: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lobby-hub"))
        .args(args)
        .env("LC_ALL", lang)
        .env_remove("LOBBY_HUB_DATABASE")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_bad_id_is_refused_before_the_database_is_touched() {
    let (code, _, err) = hub(
        &[
            "--database",
            "postgres://nobody@127.0.0.1:1/x",
            "site",
            "add",
            "Main Site",
        ],
        "en_US.UTF-8",
    );
    assert_eq!(code, 2);
    assert!(err.contains("“Main Site” is not a valid id"), "{err}");
}

#[test]
fn a_bad_date_is_refused_in_the_operators_language() {
    let (code, _, err) = hub(
        &[
            "--database",
            "postgres://nobody@127.0.0.1:1/x",
            "export",
            "visits",
            "--from",
            "2026-13-01",
            "--to",
            "2026-12-31",
        ],
        "de_DE.UTF-8",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("Fehler:") && err.contains("ist kein Datum"),
        "{err}"
    );
}

#[test]
fn an_unreachable_database_is_named_without_its_password() {
    let (code, _, err) = hub(
        &[
            "--database",
            "postgres://lobby:secret@127.0.0.1:1/lobby_hub",
            "kiosk",
            "list",
        ],
        "en_US.UTF-8",
    );
    assert_eq!(code, 2);
    assert!(err.contains("Cannot use the database"), "{err}");
    assert!(!err.contains("secret"), "{err}");
}

#[test]
fn no_database_at_all_is_a_clear_error() {
    let (code, _, err) = hub(&["kiosk", "list"], "fr_FR.UTF-8");
    assert_eq!(code, 2);
    assert!(err.contains("LOBBY_HUB_DATABASE"), "{err}");
}

/// Every message id the hub's code uses exists in the reference language (the workspace's
/// own check scans lobby-core and the app only).
#[test]
fn the_hub_uses_only_messages_that_exist() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let en = lobby_core::i18n::bundle("en-US", false).unwrap();
    let mut used = Vec::new();
    for file in ["cli.rs", "error.rs"] {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            if piece.starts_with("hub-") && !piece.ends_with('-') && !piece.contains('{') {
                used.push(piece.to_string());
            }
        }
    }
    for code in [
        "database",
        "nats",
        "unknown-site",
        "bad-id",
        "bad-date",
        "kiosk-exists",
        "unknown-kiosk",
        "file",
        "reload",
        "sql",
        "no-number",
        "import",
        "unknown-badge",
        "policy",
        "emergency",
        "no-emergency",
        "config",
        "file-read",
        "no-nats",
        "staff-exists",
        "unknown-staff",
        "staff-name",
    ] {
        used.push(format!("hub-error-{code}"));
    }
    assert!(used.len() > 20, "{used:?}");
    for id in used {
        assert!(en.has_message(&id), "no message {id}");
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn an_unknown_site_is_named_and_a_known_one_answers() {
    let (pool, url) = crate::common::database_and_url().await;
    lobby_hub::kiosks::add_site(&pool, "hq", "hq")
        .await
        .unwrap();
    for args in [
        vec!["audit", "verify", "--site", "hx"],
        vec![
            "export",
            "visits",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--site",
            "hx",
        ],
        vec!["kiosk", "list", "--site", "hx"],
        vec!["kiosk", "revoke", "hq", "nobody"],
    ] {
        let mut all = vec!["--database", url.as_str()];
        all.extend(args.iter().copied());
        let (code, _, err) = hub(&all, "en_US.UTF-8");
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("There is no site “hx”") || err.contains("no active tablet nobody"),
            "{args:?}: {err}"
        );
    }
    let (code, out, _) = hub(
        &["--database", &url, "audit", "verify", "--site", "hq"],
        "en_US.UTF-8",
    );
    assert_eq!(code, 0);
    assert!(out.contains("Every chain holds"), "{out}");
}

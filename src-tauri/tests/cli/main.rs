//! The operator's command line, run as the real binary against real data folders, with the
//! real `sqlite3` tool for tampering and `zbarimg` for reading the set-up QR code.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

mod deny;
mod fleet;
mod privacy;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const APP: &str = env!("CARGO_BIN_EXE_lobby");

/// The site key sits beside the data folder (`DATA.key`). A test whose data folder is a
/// temporary folder itself keeps it inside, so that nothing is left behind in /tmp.
fn key_args(data: &Path) -> Vec<std::ffi::OsString> {
    if data.parent() == Some(std::env::temp_dir().as_path()) {
        vec!["--key-file".into(), data.join("site.key").into()]
    } else {
        Vec::new()
    }
}

fn lobby(data: &Path, args: &[&str]) -> Output {
    Command::new(APP)
        .arg("--data-dir")
        .arg(data)
        .args(key_args(data))
        .args(args)
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run lobby")
}

/// Runs `lobby --data-dir DATA ARGS` with `input` on standard input.
fn lobby_with_input(data: &Path, args: &[&str], lang: &str, input: &[u8]) -> Output {
    let mut child = Command::new(APP)
        .arg("--data-dir")
        .arg(data)
        .args(key_args(data))
        .args(args)
        .env("LANG", lang)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lobby");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("lobby output")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn sqlite(db: &Path, sql: &str) {
    let status = Command::new("sqlite3")
        .arg(db)
        .arg(sql)
        .status()
        .expect("sqlite3 tool");
    assert!(status.success(), "sqlite3 {sql}");
}

#[test]
fn version_names_the_release_and_the_commit() {
    let out = Command::new(APP).arg("--version").output().unwrap();
    let text = stdout(&out);
    assert!(out.status.success());
    assert!(
        text.starts_with(&format!("lobby {} (", lobby_core::VERSION)),
        "{text}"
    );
}

#[test]
fn demo_seed_then_audit_verify_is_intact() {
    let dir = tempfile::tempdir().unwrap();
    let seed = lobby(dir.path(), &["demo", "seed"]);
    assert!(seed.status.success(), "{}", stderr(&seed));
    assert!(
        stdout(&seed).contains("246810"),
        "the demo PIN is printed: {}",
        stdout(&seed)
    );
    let again = lobby(dir.path(), &["demo", "seed"]);
    assert!(
        stdout(&again).contains("nothing was changed"),
        "{}",
        stdout(&again)
    );
    let verify = lobby(dir.path(), &["audit", "verify"]);
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
    assert!(stdout(&verify).contains("intact"), "{}", stdout(&verify));
}

#[test]
fn editing_any_audit_row_with_sqlite3_is_named_by_audit_verify() {
    for (row, sql) in [
        (1, "UPDATE audit_log SET actor = 'staff:99' WHERE seq = 1"),
        (
            2,
            "UPDATE audit_log SET details = '{\"members\":1}' WHERE seq = 2",
        ),
        (2, "DELETE FROM audit_log WHERE seq = 2"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        assert!(lobby(dir.path(), &["demo", "seed"]).status.success());
        sqlite(&dir.path().join("lobby.db"), sql);
        let verify = lobby(dir.path(), &["audit", "verify"]);
        assert_eq!(verify.status.code(), Some(1), "{sql}: {}", stdout(&verify));
        assert!(
            stdout(&verify).contains(&format!("entry {row}:")),
            "{sql}: {}",
            stdout(&verify)
        );
    }
}

#[test]
fn a_config_with_a_wrong_type_is_refused_naming_file_and_key_and_touching_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("lobby.toml");
    let data = dir.path().join("data");
    for (text, key) in [
        (
            "[kiosk]\nidle_timeout_seconds = \"a minute\"\n",
            "kiosk.idle_timeout_seconds",
        ),
        (
            "[site]\ntime_zone = \"Europe/Atlantis\"\n",
            "site.time_zone",
        ),
    ] {
        std::fs::write(&config, text).unwrap();
        for subcommand in [&["doctor"][..], &[][..]] {
            let out = Command::new(APP)
                .arg("--config")
                .arg(&config)
                .arg("--data-dir")
                .arg(&data)
                .args(subcommand)
                .env("LANG", "C.UTF-8")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = stderr(&out);
            assert!(err.contains(&config.display().to_string()), "{err}");
            assert!(err.contains(key), "{err}");
            assert!(
                !data.exists(),
                "a refused configuration must not create the data folder"
            );
        }
    }
}

#[test]
fn staff_add_reads_the_pin_and_prints_a_scannable_setup_code() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("totp.png");
    let png_arg = png.display().to_string();
    let out = lobby_with_input(
        dir.path(),
        &["staff", "add", "Ana María", "--qr-png", &png_arg],
        "C.UTF-8",
        b"135791\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let uri = text
        .lines()
        .find_map(|l| {
            l.split_once("otpauth://")
                .map(|(_, rest)| format!("otpauth://{rest}"))
        })
        .expect("a provisioning URI");
    assert!(uri.contains(":Ana%20Mar%C3%ADa?secret="), "{uri}");
    // The PNG decodes, in an independent decoder, to exactly the printed URI.
    let zbar = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&png)
        .output()
        .expect("zbarimg (Debian zbar-tools)");
    assert_eq!(String::from_utf8_lossy(&zbar.stdout).trim_end(), uri);

    // A second account with the same name is refused, in the operator's language.
    let out = lobby_with_input(
        dir.path(),
        &["staff", "add", "Ana María"],
        "de_DE.UTF-8",
        b"135791\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let expected = lobby_core::i18n::Localizer::new("de")
        .text("error-staff-exists", &[("name", "Ana María".into())]);
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
}

#[test]
fn a_bad_pin_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = lobby_with_input(dir.path(), &["staff", "add", "Bo"], "C.UTF-8", b"12ab\n");
    assert_eq!(out.status.code(), Some(2));
    let expected = lobby_core::i18n::Localizer::new("en-US").text("error-pin-invalid", &[]);
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    // Refused before anything is opened: not even the database was created.
    assert!(!dir.path().join("lobby.db").exists());
    let doctor = lobby(dir.path(), &["doctor"]);
    let missing =
        lobby_core::i18n::Localizer::new("en-US").text("cli-doctor-database-missing", &[]);
    assert!(stdout(&doctor).contains(&missing), "{}", stdout(&doctor));
}

/// The rows `sql` returns, as the `sqlite3` tool prints them.
fn sqlite_rows(db: &Path, sql: &str) -> String {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(sql)
        .output()
        .expect("sqlite3 tool");
    assert!(out.status.success(), "sqlite3 {sql}");
    stdout(&out)
}

/// The line of `lobby staff list` for `name`.
fn staff_line(data: &Path, name: &str) -> String {
    let list = stdout(&lobby(data, &["staff", "list"]));
    list.lines()
        .find(|l| l.split('\t').nth(1) == Some(name))
        .unwrap_or_else(|| panic!("{name} not listed:\n{list}"))
        .to_string()
}

#[test]
fn staff_are_listed_disabled_enabled_and_given_a_new_pin_and_authenticator_each_audited() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    let add = lobby_with_input(data, &["staff", "add", "Dana"], "C.UTF-8", b"582047\n");
    assert!(add.status.success(), "{}", stderr(&add));
    let line = staff_line(data, "Dana");
    assert!(line.contains("\tactive\t"), "{line}");

    let en = lobby_core::i18n::Localizer::new("en-US");
    let out = lobby(data, &["staff", "disable", "Dana"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&en.text("cli-staff-disabled", &[("name", "Dana".into())])),
        "{}",
        stdout(&out)
    );
    assert!(staff_line(data, "Dana").contains("\tdisabled\t"));
    let again = lobby(data, &["staff", "disable", "Dana"]);
    assert!(stdout(&again).contains("already"), "{}", stdout(&again));
    let out = lobby(data, &["staff", "enable", "Dana"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(staff_line(data, "Dana").contains("\tactive\t"));
    let nobody = lobby(data, &["staff", "disable", "Nobody"]);
    assert_eq!(nobody.status.code(), Some(2));
    assert!(
        stderr(&nobody).contains(&en.text("error-staff-not-found", &[("name", "Nobody".into())])),
        "{}",
        stderr(&nobody)
    );

    let weak = lobby_with_input(
        data,
        &["staff", "reset-pin", "Dana"],
        "C.UTF-8",
        b"654321\n",
    );
    assert_eq!(weak.status.code(), Some(2));
    let run = en.text("cli-staff-pin-weak", &[("rule", "run".into())]);
    assert!(stderr(&weak).contains(&run), "{}", stderr(&weak));
    let out = lobby_with_input(
        data,
        &["staff", "reset-pin", "Dana"],
        "C.UTF-8",
        b"917364\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let png = dir.path().join("new-totp.png");
    let out = lobby(
        data,
        &[
            "staff",
            "reset-totp",
            "Dana",
            "--qr-png",
            png.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let uri = text
        .lines()
        .find_map(|l| {
            l.split_once("otpauth://")
                .map(|(_, r)| format!("otpauth://{r}"))
        })
        .expect("a provisioning URI");
    assert!(
        text.contains('█') || text.contains('▀'),
        "a QR code in the terminal:\n{text}"
    );
    let zbar = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&png)
        .output()
        .expect("zbarimg (Debian zbar-tools)");
    assert_eq!(String::from_utf8_lossy(&zbar.stdout).trim_end(), uri);
    let db = data.join("lobby.db");
    let secret = sqlite_rows(
        &db,
        "SELECT hex(totp_secret) FROM staff WHERE name = 'Dana'",
    );
    let key = uri
        .split("secret=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    // Stored sealed with the site key (beside the data folder): it opens to the printed key.
    let stored = hex_bytes(secret.trim());
    assert!(lobby_core::keys::is_sealed(&stored), "{secret}");
    let site_key = lobby_core::keys::SiteKey::load(&data.with_extension("key")).unwrap();
    let opened = site_key
        .open(lobby_core::keys::Purpose::StaffTotp, &stored)
        .unwrap();
    assert_eq!(
        lobby_core::staff::totp::secret_base32(&opened),
        key,
        "the printed key is the one stored"
    );

    // Wrong tries at the screen made Dana wait (as the kiosk writes it); unlock lifts it.
    sqlite_rows(
        &db,
        "INSERT INTO staff_signin_throttle (staff_id, failures, locked_until) \
         SELECT id, 7, '2999-01-01T00:00:00+00:00' FROM staff WHERE name = 'Dana'",
    );
    let out = lobby(data, &["staff", "unlock", "Dana"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&en.text("cli-staff-unlocked", &[("name", "Dana".into())])),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        sqlite_rows(&db, "SELECT COUNT(*) FROM staff_signin_throttle").trim(),
        "0"
    );
    let out = lobby(data, &["staff", "unlock"]);
    assert!(
        stdout(&out).contains(&en.text("cli-staff-unlock-none", &[])),
        "{}",
        stdout(&out)
    );

    let actions = sqlite_rows(
        &db,
        "SELECT action || ' ' || actor FROM audit_log WHERE action LIKE 'staff-%' ORDER BY seq",
    );
    assert_eq!(
        actions.lines().collect::<Vec<_>>(),
        [
            "staff-add cli",
            "staff-disable cli",
            "staff-enable cli",
            "staff-reset-pin cli",
            "staff-reset-totp cli",
            "staff-unlock cli"
        ],
        "one entry a change, none for a refusal"
    );
    assert!(stdout(&lobby(data, &["audit", "verify"])).contains("intact"));
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn the_weakest_pins_and_a_pin_another_active_member_has_are_refused_in_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    for (pin, rule, lang, locale) in [
        ("111111", "one-digit", "de", "de_DE.UTF-8"),
        ("123456", "run", "fr", "fr_FR.UTF-8"),
        ("987654", "run", "en-US", "C.UTF-8"),
        ("246810", "demo", "ar", "ar_EG.UTF-8"),
    ] {
        let out = lobby_with_input(
            data,
            &["staff", "add", "Bo"],
            locale,
            format!("{pin}\n").as_bytes(),
        );
        assert_eq!(out.status.code(), Some(2), "{pin}");
        let expected = lobby_core::i18n::Localizer::new(lang)
            .text("cli-staff-pin-weak", &[("rule", rule.into())]);
        assert!(stderr(&out).contains(&expected), "{pin}: {}", stderr(&out));
    }
    let out = lobby_with_input(data, &["staff", "add", "Dana"], "C.UTF-8", b"582047\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = lobby_with_input(data, &["staff", "add", "Eli"], "pl_PL.UTF-8", b"582047\n");
    assert_eq!(out.status.code(), Some(2));
    let expected = lobby_core::i18n::Localizer::new("pl").text("cli-staff-pin-in-use", &[]);
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    let list = stdout(&lobby(data, &["staff", "list"]));
    assert!(
        !list.contains("Bo") && !list.contains("Eli"),
        "nothing saved:\n{list}"
    );
}

#[test]
fn demo_seed_refuses_a_folder_with_a_sites_data_or_a_sites_own_configuration() {
    let en = lobby_core::i18n::Localizer::new("en-US");
    // A folder with a real staff account.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = lobby_with_input(&data, &["staff", "add", "Dana"], "C.UTF-8", b"582047\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let seed = lobby(&data, &["demo", "seed"]);
    assert_eq!(seed.status.code(), Some(2), "{}", stdout(&seed));
    assert!(
        stderr(&seed).contains(&en.text("cli-demo-refused", &[])),
        "{}",
        stderr(&seed)
    );
    assert!(
        stderr(&seed).contains("staff accounts: 1, members: 0, visits: 0"),
        "{}",
        stderr(&seed)
    );
    assert!(!stdout(&seed).contains("246810"), "no demo PIN printed");
    let list = stdout(&lobby(&data, &["staff", "list"]));
    assert!(!list.contains("Demo Staff"), "{list}");

    // A folder with members only.
    let members = dir.path().join("members");
    let csv = dir.path().join("members.csv");
    std::fs::write(&csv, "id,name\nM1,Ana Lima\n").unwrap();
    assert!(
        lobby(&members, &["members", "import", csv.to_str().unwrap()])
            .status
            .success()
    );
    let seed = lobby(&members, &["demo", "seed"]);
    assert_eq!(seed.status.code(), Some(2));
    assert!(stderr(&seed).contains("members: 1"), "{}", stderr(&seed));

    // An empty folder, but the site's own configuration.
    let empty = dir.path().join("empty");
    let config = dir.path().join("lobby.toml");
    std::fs::write(&config, "[site]\nname = \"Nordhaus\"\n").unwrap();
    let seed = lobby(
        &empty,
        &["--config", config.to_str().unwrap(), "demo", "seed"],
    );
    assert_eq!(seed.status.code(), Some(2));
    assert!(
        stderr(&seed).contains(&en.text("cli-demo-refused-site", &[("site", "Nordhaus".into())])),
        "{}",
        stderr(&seed)
    );
    let list = stdout(&lobby(&empty, &["staff", "list"]));
    assert!(!list.contains("Demo Staff"), "{list}");

    // A configuration that keeps the demo's name (as the end-to-end tests' do) still seeds.
    std::fs::write(&config, "[kiosk]\nidle_timeout_seconds = 10\n").unwrap();
    let seed = lobby(
        &empty,
        &["--config", config.to_str().unwrap(), "demo", "seed"],
    );
    assert!(seed.status.success(), "{}", stderr(&seed));
}

#[test]
fn doctor_reports_the_demo_staff_account_on_a_site_that_is_not_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let staff_line = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("Staff accounts"))
            .unwrap_or_default()
            .to_string()
    };
    let demo = lobby(&data, &["doctor"]);
    assert!(
        staff_line(&stdout(&demo)).contains("OK"),
        "{}",
        stdout(&demo)
    );
    let config = dir.path().join("lobby.toml");
    std::fs::write(&config, "[site]\nname = \"Nordhaus\"\n").unwrap();
    let cfg = config.to_str().unwrap();
    let site = lobby(&data, &["--config", cfg, "doctor"]);
    assert_eq!(site.status.code(), Some(1), "{}", stdout(&site));
    let line = staff_line(&stdout(&site));
    assert!(
        line.contains("PROBLEM") && line.contains("Demo Staff"),
        "{line}"
    );
    let out = lobby(&data, &["--config", cfg, "staff", "disable", "Demo Staff"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let site = lobby(&data, &["--config", cfg, "doctor"]);
    assert!(
        !staff_line(&stdout(&site)).contains("PROBLEM"),
        "{}",
        stdout(&site)
    );
}

#[test]
fn doctor_reports_each_part_and_fails_on_a_broken_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    assert!(lobby(dir.path(), &["demo", "seed"]).status.success());
    let ok = lobby(dir.path(), &["doctor"]);
    let text = stdout(&ok);
    for part in [
        "Configuration",
        "Data folder",
        "Database",
        "Audit log",
        "Staff accounts",
        "Policies",
        "Badge readers",
        "Display",
        "Fonts",
    ] {
        assert!(
            text.contains(part),
            "doctor has no line for {part}:\n{text}"
        );
    }
    assert_eq!(ok.status.code(), Some(0), "{text}");
    assert!(
        text.contains("code-of-conduct, house-rules, wifi-acceptable-use"),
        "the seeded policies are published:\n{text}"
    );
    let en = lobby_core::i18n::Localizer::new("en-US");
    let backups = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("Backups"))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        backups(&text).contains(&en.text("cli-doctor-backup-none", &[])),
        "a new site has no backup yet:\n{text}"
    );
    assert!(lobby(dir.path(), &["backup", "now"]).status.success());
    let after = stdout(&lobby(dir.path(), &["doctor"]));
    assert!(
        backups(&after).contains("OK") && backups(&after).contains("last "),
        "after a backup:\n{after}"
    );
    sqlite(
        &dir.path().join("lobby.db"),
        "UPDATE audit_log SET action = 'x' WHERE seq = 1",
    );
    let bad = lobby(dir.path(), &["doctor"]);
    assert_eq!(bad.status.code(), Some(1), "{}", stdout(&bad));
    assert!(stdout(&bad).contains("PROBLEM"), "{}", stdout(&bad));
}

#[test]
fn a_member_file_with_bad_lines_imports_nothing_and_names_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "id,name,email,team,active\nM1,Ana Lima,ana@example.org,Kettle,yes\nM2,,,,\nM3,Bo,not-an-email,,\n",
    )
    .unwrap();
    let out = lobby(dir.path(), &["members", "import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("Line 3: "), "{err}");
    assert!(err.contains("Line 4: "), "{err}");
    assert!(!err.contains("Line 2: "), "{err}");
    let nothing = lobby(
        dir.path(),
        &[
            "export",
            "visits",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
        ],
    );
    assert!(nothing.status.success());

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "id,name,email\nM1,Ana Lima,ana@example.org\nM2,Bo Berg,\n",
    )
    .unwrap();
    let out = lobby(dir.path(), &["members", "import", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2 members imported"),
        "{}",
        stdout(&out)
    );
    let verify = lobby(dir.path(), &["audit", "verify"]);
    // The site key's first entry, the export and the good import were audited; the refused
    // import left no trace.
    assert!(
        stdout(&verify).contains("intact: 3 entries"),
        "{}",
        stdout(&verify)
    );
}

#[test]
fn exports_refuse_a_bad_date_and_write_csv_with_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let out = lobby(
        dir.path(),
        &[
            "export",
            "visits",
            "--from",
            "27.11.2026",
            "--to",
            "2026-11-30",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("27.11.2026"), "{}", stderr(&out));
    let file = dir.path().join("visits.csv");
    let out = lobby(
        dir.path(),
        &[
            "export",
            "visits",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(
        csv.starts_with("visit_id,kind,name,company,host,guide,checked_in,"),
        "{csv}"
    );
    let missing = lobby(dir.path(), &["export", "rollcall", "42"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn a_refused_config_is_explained_in_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("lobby.toml");
    std::fs::write(&config, "[site]\ntime_zone = \"Europe/Atlantis\"\n").unwrap();
    let out = Command::new(APP)
        .arg("--config")
        .arg(&config)
        .arg("doctor")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let german = lobby_core::i18n::Localizer::new("de").text(
        "cli-config-time-zone",
        &[("value", "Europe/Atlantis".into())],
    );
    let english = lobby_core::i18n::Localizer::new("en-US").text(
        "cli-config-time-zone",
        &[("value", "Europe/Atlantis".into())],
    );
    assert_ne!(german, english);
    assert!(stderr(&out).contains(&german), "{}", stderr(&out));
    assert!(stderr(&out).contains("site.time_zone"), "{}", stderr(&out));
}

/// A member's acceptance made through lobby-core, as the kiosk makes it.
fn accept_as_member(data: &Path, member: &str, name: &str, policy: &str, lang: &str) -> i64 {
    use lobby_core::policies::{self, signature::Signature, SignedPolicy};
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = lobby_core::Store::open(data).await.unwrap();
        let config = lobby_core::Config::demo();
        let doc = policies::document(&mut store.conn().await.unwrap(), &config, policy, lang)
            .await
            .unwrap()
            .unwrap();
        let wave = (0..=60)
            .map(|i| {
                [
                    100.0 + i as f32 * 10.0,
                    140.0 + 50.0 * (i as f32 / 5.0).sin(),
                ]
            })
            .collect();
        let signed = SignedPolicy {
            policy: policy.into(),
            version: doc.version,
            lang: doc.lang,
            text_hash: doc.text_hash,
            signer_name: name.into(),
            signature: Signature {
                width: 900.0,
                height: 280.0,
                strokes: vec![wave],
            },
        };
        let accepted =
            policies::accept_as_member(&store, chrono::Utc::now(), &config, member, &signed)
                .await
                .unwrap();
        store.close().await;
        accepted.acceptance_id
    })
}

#[test]
fn policies_are_published_by_file_and_folder_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let list = stdout(&lobby(&data, &["policy", "list"]));
    assert!(
        list.contains(
            "code-of-conduct: version 1, in ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN"
        ),
        "{list}"
    );
    let folder = dir.path().join("house-rules-v2");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("en-US.md"), "# House Rules\n\nVersion 2.\n").unwrap();
    std::fs::write(
        folder.join("fr.md"),
        "# Règlement intérieur\n\nVersion 2.\n",
    )
    .unwrap();
    let out = lobby(
        &data,
        &["policy", "publish", "house-rules", folder.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("house-rules version 2 is published."),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("fr: “Règlement intérieur”, SHA-256 "),
        "{}",
        stdout(&out)
    );

    let de = dir.path().join("de.md");
    std::fs::write(&de, "# Hausordnung\n\nVersion 2.\n").unwrap();
    let add = [
        "policy",
        "publish",
        "house-rules",
        de.to_str().unwrap(),
        "--lang",
        "de",
        "--version",
        "2",
    ];
    assert!(lobby(&data, &add).status.success());
    // The same language again is refused: published texts are never replaced.
    let again = lobby(&data, &add);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already has a de text"),
        "{}",
        stderr(&again)
    );
    // A file without --lang says what to do.
    let no_lang = lobby(
        &data,
        &["policy", "publish", "house-rules", de.to_str().unwrap()],
    );
    assert_eq!(no_lang.status.code(), Some(2));
    assert!(stderr(&no_lang).contains("--lang"), "{}", stderr(&no_lang));
    let list = stdout(&lobby(&data, &["policy", "list"]));
    assert!(
        list.contains("house-rules: version 2, in de, en-US, fr"),
        "{list}"
    );
}

#[test]
fn verify_names_an_acceptance_whose_text_was_edited_and_receipts_show_the_proof() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let id = accept_as_member(&data, "M-1003", "李伟 Li Wei", "code-of-conduct", "zh-CN");
    let verify = lobby(&data, &["policy", "verify"]);
    assert!(verify.status.success(), "{}", stdout(&verify));

    let pdf = dir.path().join("receipt.pdf");
    let out = lobby(
        &data,
        &[
            "policy",
            "receipt",
            &id.to_string(),
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    let hash: String = {
        let chinese = lobby_core::demo::POLICIES[0]
            .1
            .iter()
            .find(|(l, _)| *l == "zh-CN")
            .unwrap()
            .1;
        lobby_core::policies::sha256_hex(chinese.as_bytes())
    };
    for expected in ["李伟 Li Wei", "行为准则", "code-of-conduct", hash.as_str()] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the receipt: {text}"
        );
    }

    // Someone edits the signed text in the database.
    sqlite(
        &data.join("lobby.db"),
        "UPDATE policy_texts SET body = replace(body, '行为准则', '行为守则') WHERE lang = 'zh-CN'",
    );
    let verify = lobby(&data, &["policy", "verify"]);
    assert_eq!(verify.status.code(), Some(1));
    assert!(
        stdout(&verify).contains(&format!(
            "Acceptance {id}: the text it names was changed after publishing."
        )),
        "{}",
        stdout(&verify)
    );
}

#[test]
fn wifi_issue_prints_the_pass_and_its_qr_code_reads_back_then_revoke_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("lobby.toml");
    // Open around the clock: the test runs on the real clock.
    std::fs::write(
        &config,
        "[wifi.tiers.guest]\nssid = \"Café Gäste\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nclose_at_closing = false\n",
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let png = dir.path().join("pass.png");
    let out = lobby(
        &data,
        &[
            "--config",
            cfg,
            "wifi",
            "issue",
            "--tier",
            "guest",
            "--hours",
            "2",
            "--label",
            "Printer tech",
            "--qr",
            png.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("{name} in {text}"))
            .trim()
            .to_string()
    };
    let (password, id) = (field("Password:"), field("Pass:"));
    assert_eq!(field("Network:"), "Café Gäste");
    let read = Command::new("zbarimg")
        .args(["--raw", "-q", "-Sbinary"])
        .arg(&png)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(read.stdout)
            .unwrap()
            .trim_end_matches('\n'),
        format!("WIFI:T:WPA;S:Café Gäste;P:{password};;")
    );
    let list = stdout(&lobby(&data, &["--config", cfg, "wifi", "list"]));
    assert!(
        list.contains(&id) && list.contains("Printer tech"),
        "{list}"
    );
    assert!(!list.contains(&password), "no password in the list");

    let out = lobby(&data, &["--config", cfg, "wifi", "revoke", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = stdout(&lobby(&data, &["--config", cfg, "wifi", "list"]));
    assert!(!list.contains(&id), "{list}");
    // Bad input: a clear message, exit 2, nothing issued.
    let out = lobby(&data, &["--config", cfg, "wifi", "revoke", &id]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("ended already"), "{}", stderr(&out));
    let out = lobby(
        &data,
        &["--config", cfg, "wifi", "issue", "--tier", "lounge"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lounge"), "{}", stderr(&out));
    let out = lobby(
        &data,
        &[
            "--config", cfg, "wifi", "issue", "--tier", "guest", "--hours", "500",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let db = data.join("lobby.db");
    let audit = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT group_concat(details) FROM audit_log")
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&audit.stdout).contains(&password),
        "no password in the audit log"
    );
}

#[test]
fn backup_now_test_and_restore_round_trip_and_a_damaged_backup_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let out = lobby(&data, &["backup", "now"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("checked"), "{}", stdout(&out));
    let list = stdout(&lobby(&data, &["backup", "list"]));
    let file = list
        .lines()
        .find_map(|l| l.split('\t').nth(2))
        .expect("a backup listed")
        .to_string();
    let out = lobby(&data, &["backup", "test"]);
    assert!(out.status.success(), "{}", stderr(&out));

    // A staff account added after the backup is gone after the restore.
    let out = lobby_with_input(
        &data,
        &["staff", "add", "Later Person"],
        "C.UTF-8",
        b"582047\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = lobby(&data, &["backup", "restore", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("before-restore"), "{}", stdout(&out));
    let report = lobby(&data, &["report", "security-plan", "--format", "json"]);
    assert!(report.status.success(), "{}", stderr(&report));
    let plan: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(plan["staff"]["accounts"], 1, "{plan}");
    assert!(
        plan["backups"]["last_restore_test_at"].is_string(),
        "{plan}"
    );
    assert_eq!(plan["audit"]["state"], "intact", "{plan}");
    let text = stdout(&lobby(&data, &["report", "security-plan"]));
    assert!(
        text.contains("Last backup") && text.contains("members accepted"),
        "{text}"
    );
    assert!(stdout(&lobby(&data, &["audit", "verify"])).contains("intact"));

    // Damaged: refused with a message, exit 2, the database untouched.
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&file).unwrap();
    // The second half overwritten: which pages lie in the middle moves with the schema, and a
    // page of text alone can be damaged without SQLite's structure noticing.
    let mid = bytes.len() / 2;
    bytes[mid..].fill(0xA5);
    std::fs::write(&damaged, bytes).unwrap();
    let before = std::fs::read(data.join("lobby.db")).unwrap();
    let out = lobby(&data, &["backup", "restore", damaged.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("cannot be used"), "{}", stderr(&out));
    assert_eq!(std::fs::read(data.join("lobby.db")).unwrap(), before);
}

#[test]
fn emergency_start_status_and_end_from_the_command_line_with_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    assert!(lobby(data, &["demo", "seed"]).status.success());
    let off = lobby(data, &["emergency", "status"]);
    assert_eq!(off.status.code(), Some(0), "{}", stderr(&off));
    // Not a kind: refused in the operator's language, nothing started.
    let bad = lobby_with_input(data, &["emergency", "start", "flood"], "de_DE.UTF-8", b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("flood") && stderr(&bad).contains("Notfall"),
        "{}",
        stderr(&bad)
    );
    // A custom emergency needs its words.
    let wordless = lobby(data, &["emergency", "start", "custom"]);
    assert_eq!(wordless.status.code(), Some(2), "{}", stderr(&wordless));
    let on = lobby(data, &["emergency", "start", "shelter"]);
    assert!(on.status.success(), "{}", stderr(&on));
    assert!(stdout(&on).contains("shelter in place"), "{}", stdout(&on));
    let status = lobby(data, &["emergency", "status"]);
    assert_eq!(status.status.code(), Some(4), "emergency on: exit 4");
    assert!(stdout(&status).contains("shelter"), "{}", stdout(&status));
    let end = lobby(data, &["emergency", "end"]);
    assert!(end.status.success(), "{}", stderr(&end));
    assert!(stdout(&end).contains("All clear"), "{}", stdout(&end));
    // Ending twice: a translated refusal, exit 2.
    let again = lobby(data, &["emergency", "end"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("not on"), "{}", stderr(&again));
    let audit = lobby(data, &["audit", "verify"]);
    assert!(audit.status.success(), "{}", stdout(&audit));
}

#[test]
fn incidents_list_prints_open_reports_as_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let data = &dir.path().join("data");
    assert!(lobby(data, &["demo", "seed"]).status.success());
    let none = lobby(data, &["incidents", "list"]);
    assert!(
        stdout(&none).contains("No open security reports"),
        "{}",
        stdout(&none)
    );
    sqlite(
        &data.join("lobby.db"),
        "INSERT INTO incidents (kind, description, contact, personal_data, reported_at)
         VALUES ('data-exposure', 'Badge list left on the printer', 'front desk', 1,
                 '2026-11-27T09:00:00+00:00'),
                ('other', 'Closed one', NULL, 0, '2026-11-26T09:00:00+00:00');
         UPDATE incidents SET closed_at = '2026-11-26T10:00:00+00:00', note = 'done' WHERE id = 2;",
    );
    let text = stdout(&lobby(data, &["incidents", "list"]));
    assert!(
        text.contains("#1 2026-11-27 10:00 data-exposure [open]"),
        "{text}"
    );
    assert!(text.contains("report by 2026-11-30 10:00"), "{text}");
    assert!(
        text.contains("Badge list left on the printer") && !text.contains("Closed one"),
        "{text}"
    );
    let all: serde_json::Value = serde_json::from_str(&stdout(&lobby(
        data,
        &["incidents", "list", "--all", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[1]["status"], "closed");
    assert_eq!(all[0]["notify_by"], "2026-11-30T09:00:00+00:00");
}

#[test]
fn install_kiosk_writes_the_units_into_a_root_and_undo_removes_only_what_it_wrote() {
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    let data = r.join("scratch");
    std::fs::create_dir_all(r.join("etc")).unwrap();
    std::fs::write(
        r.join("etc/passwd"),
        "root:x:0:0:root:/root:/bin/bash\nkiosk:x:1001:1001:Lobby:/home/kiosk:/bin/bash\n",
    )
    .unwrap();
    let root_arg = r.to_str().unwrap();
    // No such user: refused, nothing written.
    let nobody = lobby(
        &data,
        &["install-kiosk", "--user", "ghost", "--root", root_arg],
    );
    assert_eq!(nobody.status.code(), Some(2));
    assert!(stderr(&nobody).contains("ghost"), "{}", stderr(&nobody));
    assert!(!r.join("etc/systemd").exists());

    let out = lobby(
        &data,
        &["install-kiosk", "--user", "kiosk", "--root", root_arg],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let unit = std::fs::read_to_string(r.join("etc/systemd/system/lobby-kiosk.service")).unwrap();
    for line in [
        "User=kiosk",
        "TTYPath=/dev/tty1",
        "ExecStart=/usr/local/lib/lobby/kiosk-session",
        "Restart=always",
        "RestartPreventExitStatus=3",
        "WantedBy=multi-user.target",
        // Confined (issue 22): only the data folder and cage's runtime folder are writable.
        "UMask=0077",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/lobby -/run/user/1001",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "CapabilityBoundingSet=",
    ] {
        assert!(unit.lines().any(|l| l == line), "{line} in\n{unit}");
    }
    // systemd's own rating of the unit, as docs/deploy.md quotes it.
    let unit_path = r.join("etc/systemd/system/lobby-kiosk.service");
    let rating = Command::new("systemd-analyze")
        .args(["security", "--offline=true"])
        .arg(&unit_path)
        .output()
        .expect("systemd-analyze (Debian systemd)");
    let rating = stdout(&rating);
    let overall = rating
        .lines()
        .find(|l| l.contains("Overall exposure level"))
        .unwrap_or_else(|| panic!("no rating:\n{rating}"));
    assert!(
        [" OK", " SAFE", " PERFECT"]
            .iter()
            .any(|r| overall.contains(r)),
        "{overall}"
    );
    let link = |p: &str| std::fs::read_link(r.join(p)).unwrap();
    assert_eq!(
        link("etc/systemd/system/multi-user.target.wants/lobby-kiosk.service"),
        Path::new("/etc/systemd/system/lobby-kiosk.service")
    );
    assert_eq!(
        link("etc/systemd/system/getty@tty1.service"),
        Path::new("/dev/null")
    );
    assert_eq!(
        link("etc/systemd/system/sockets.target.wants/pcscd.socket"),
        Path::new("/lib/systemd/system/pcscd.socket")
    );
    assert!(r.join("var/lib/lobby").is_dir());
    // The session script hands Lobby's exit code through cage (which exits 0 whatever its app
    // did): a stand-in cage that runs its app, and a stand-in Lobby that exits 3.
    let session = r.join("usr/local/lib/lobby/kiosk-session");
    let fake = r.join("fake");
    std::fs::create_dir_all(&fake).unwrap();
    // It notes its own options, then runs what follows `--`.
    std::fs::write(
        fake.join("cage"),
        "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/cage-args\"\n\
         while [ $# -gt 0 ] && [ \"$1\" != -- ]; do shift; done\nshift\n\"$@\"\nexit 0\n",
    )
    .unwrap();
    std::fs::write(
        fake.join("lobby"),
        "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\nexit 3\n",
    )
    .unwrap();
    for f in ["cage", "lobby"] {
        Command::new("chmod")
            .arg("+x")
            .arg(fake.join(f))
            .status()
            .unwrap();
    }
    let ran = Command::new(&session)
        .env("LOBBY_CAGE", fake.join("cage"))
        .env("LOBBY_BIN", fake.join("lobby"))
        .env("XDG_RUNTIME_DIR", r)
        .status()
        .unwrap();
    assert_eq!(ran.code(), Some(3), "Lobby's exit code reaches systemd");
    // Regression (issue 22): `cage -s` let the keyboard switch to another console.
    let cage_args = std::fs::read_to_string(fake.join("cage-args")).unwrap();
    assert!(cage_args.starts_with("-- /bin/sh "), "{cage_args}");
    assert_eq!(
        std::fs::read_to_string(fake.join("args")).unwrap().trim(),
        "--config /etc/lobby/lobby.toml --data-dir /var/lib/lobby"
    );
    // The configuration it wrote is one Lobby accepts.
    let config = r.join("etc/lobby/lobby.toml");
    let status = Command::new(APP)
        .args(["--config", config.to_str().unwrap(), "--data-dir"])
        .arg(&data)
        .args(["emergency", "status"])
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0), "{}", stderr(&status));
    // Running it again changes nothing and keeps one record per item.
    let again = lobby(
        &data,
        &["install-kiosk", "--user", "kiosk", "--root", root_arg],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    let manifest = std::fs::read_to_string(r.join("etc/lobby/install-kiosk.manifest")).unwrap();
    assert_eq!(manifest.lines().count(), 7, "{manifest}");

    // The operator edits the configuration and keeps a database in the data folder.
    std::fs::write(&config, "[site]\nname = \"Nordhaus\"\n").unwrap();
    std::fs::write(r.join("var/lib/lobby/lobby.db"), b"data").unwrap();
    // The data folder is the kiosk user's only; the site key beside it (issue 20) too.
    assert_eq!(mode(&r.join("var/lib/lobby")), 0o700);
    let key = r.join("var/lib/lobby.key");
    assert_eq!(mode(&key), 0o600);
    let fingerprint = lobby_core::keys::SiteKey::load(&key).unwrap().fingerprint();
    let undo = lobby(
        &data,
        &[
            "install-kiosk",
            "--user",
            "kiosk",
            "--root",
            root_arg,
            "--undo",
        ],
    );
    assert!(undo.status.success(), "{}", stderr(&undo));
    assert!(
        stdout(&undo).contains("/etc/lobby/lobby.toml"),
        "{}",
        stdout(&undo)
    );
    for gone in [
        "etc/systemd/system/lobby-kiosk.service",
        "etc/systemd/system/multi-user.target.wants/lobby-kiosk.service",
        "etc/systemd/system/getty@tty1.service",
        "etc/systemd/system/sockets.target.wants/pcscd.socket",
        "etc/lobby/install-kiosk.manifest",
        "usr/local/lib/lobby/kiosk-session",
    ] {
        assert!(r.join(gone).symlink_metadata().is_err(), "{gone} removed");
    }
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "[site]\nname = \"Nordhaus\"\n"
    );
    assert_eq!(
        lobby_core::keys::SiteKey::load(&key).unwrap().fingerprint(),
        fingerprint,
        "the site key is kept, like the data folder"
    );
    assert_eq!(
        std::fs::read(r.join("var/lib/lobby/lobby.db")).unwrap(),
        b"data"
    );
    let twice = lobby(
        &data,
        &[
            "install-kiosk",
            "--user",
            "kiosk",
            "--root",
            root_arg,
            "--undo",
        ],
    );
    assert!(twice.status.success() && stdout(&twice).contains("Nothing to undo"));
}

#[test]
fn install_kiosk_leaves_an_operators_own_pcscd_link_and_config_alone() {
    let root = tempfile::tempdir().unwrap();
    let r = root.path();
    std::fs::create_dir_all(r.join("etc/systemd/system/sockets.target.wants")).unwrap();
    std::fs::create_dir_all(r.join("etc/lobby")).unwrap();
    std::fs::write(
        r.join("etc/passwd"),
        "kiosk:x:1001:1001::/home/kiosk:/bin/sh\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        "/usr/lib/systemd/system/pcscd.socket",
        r.join("etc/systemd/system/sockets.target.wants/pcscd.socket"),
    )
    .unwrap();
    std::fs::write(r.join("etc/lobby/lobby.toml"), "# mine\n").unwrap();
    let args = [
        "install-kiosk",
        "--user",
        "kiosk",
        "--root",
        r.to_str().unwrap(),
    ];
    let out = lobby(&r.join("scratch"), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).matches("was left as it is").count(),
        2,
        "{}",
        stdout(&out)
    );
    let mut undo = args.to_vec();
    undo.push("--undo");
    assert!(lobby(&r.join("scratch"), &undo).status.success());
    assert_eq!(
        std::fs::read_link(r.join("etc/systemd/system/sockets.target.wants/pcscd.socket")).unwrap(),
        Path::new("/usr/lib/systemd/system/pcscd.socket")
    );
    assert_eq!(
        std::fs::read_to_string(r.join("etc/lobby/lobby.toml")).unwrap(),
        "# mine\n"
    );
}

/// Mode bits of a file or folder.
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Runs `lobby` under a permissive umask (022), as a shell or a service manager would.
fn lobby_umask_022(data: &Path, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg("umask 022; exec \"$0\" \"$@\"")
        .arg(APP)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run lobby")
}

/// Everything under `dir` (and `dir`) that others than the owner could read.
fn open_to_others(dir: &Path) -> Vec<String> {
    let mut open = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if mode(&p) & 0o077 != 0 {
            open.push(format!("{} {:o}", p.display(), mode(&p)));
        }
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        }
    }
    open
}

#[test]
fn every_file_lobby_writes_is_private_whatever_the_umask_and_doctor_names_wider_ones() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let csv = out_dir.join("visits.csv");
    let png = out_dir.join("pass.png");
    let config = dir.path().join("lobby.toml");
    std::fs::write(
        &config,
        "[wifi.tiers.guest]\nssid = \"Guests\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nclose_at_closing = false\n",
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let members = out_dir.join("members.csv");
    std::fs::write(&members, "id,name\nM-9001,Ada Byron\n").unwrap();
    let badges = out_dir.join("badges.csv");
    let leads = out_dir.join("leads.csv");
    for args in [
        vec!["demo", "seed"],
        vec!["members", "import", members.to_str().unwrap()],
        vec!["emergency", "start", "fire"],
        vec!["emergency", "end"],
        vec!["backup", "now"],
        vec!["backup", "test"],
        vec!["badges", "export", "--out", badges.to_str().unwrap()],
        vec!["export", "leads", "--out", leads.to_str().unwrap()],
        vec![
            "export",
            "visits",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            csv.to_str().unwrap(),
        ],
        vec![
            "--config",
            cfg,
            "wifi",
            "issue",
            "--tier",
            "guest",
            "--qr",
            png.to_str().unwrap(),
        ],
        vec!["staff", "list"],
    ] {
        let out = lobby_umask_022(&data, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(open_to_others(&data), Vec::<String>::new());
    // The folder is the test's own; the files in it are Lobby's.
    for file in [&csv, &png, &badges, &leads] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    let key = data.with_extension("key");
    assert_eq!(mode(&key), 0o600, "the site key");
    assert!(data.join("backups").read_dir().unwrap().count() > 0);
    let doctor = stdout(&lobby(&data, &["doctor"]));
    let modes_line = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("File modes"))
            .unwrap_or_default()
            .to_string()
    };
    assert!(modes_line(&doctor).contains("OK"), "{doctor}");

    // Made wider by hand: doctor says so and how to fix it; the next write tightens the
    // database again.
    sqlite(&data.join("lobby.db"), "SELECT 1");
    std::process::Command::new("chmod")
        .args(["644", data.join("lobby.db").to_str().unwrap()])
        .status()
        .unwrap();
    std::process::Command::new("chmod")
        .args(["755", data.to_str().unwrap()])
        .status()
        .unwrap();
    let doctor = stdout(&lobby(&data, &["doctor"]));
    let line = modes_line(&doctor);
    assert!(
        line.contains("WARNING") || line.contains("warning"),
        "{doctor}"
    );
    assert!(line.contains("chmod -R go-rwx"), "{line}");
    let out = lobby_umask_022(&data, &["staff", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("lobby.db")), 0o600);
}

#[test]
fn audit_head_is_printed_and_verify_holds_it_says_the_key_and_catches_a_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let en = lobby_core::i18n::Localizer::new("en-US");
    let head = stdout(&lobby(&data, &["audit", "head"]));
    let written = head
        .split_whitespace()
        .find(|w| w.contains(':') && w.len() > 64)
        .expect("SEQ:HASH printed")
        .to_string();
    let (seq, hash) = written.split_once(':').unwrap();
    assert_eq!(hash.len(), 64, "{head}");

    let verify = lobby(&data, &["audit", "verify", "--head", &written]);
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
    let text = stdout(&verify);
    assert!(text.contains("it matches"), "{text}");
    assert!(
        text.contains(&en.text(
            "cli-audit-head-held",
            &[("seq", seq.parse::<i64>().unwrap().into())]
        )),
        "{text}"
    );
    // 16 digits written by hand are enough; fewer are refused.
    let short = format!("{seq}:{}", &hash[..16]);
    assert_eq!(
        lobby(&data, &["audit", "verify", "--head", &short])
            .status
            .code(),
        Some(0)
    );
    let too_short = format!("{seq}:{}", &hash[..8]);
    assert_eq!(
        lobby(&data, &["audit", "verify", "--head", &too_short])
            .status
            .code(),
        Some(2)
    );

    // Without the key file the keyed entries are only checked for their order, and it says so.
    let key = data.with_extension("key");
    let away = dir.path().join("key-away");
    std::fs::rename(&key, &away).unwrap();
    let verify = lobby(&data, &["audit", "verify"]);
    assert_eq!(verify.status.code(), Some(0));
    assert!(
        stdout(&verify).contains("checked for their order only"),
        "{}",
        stdout(&verify)
    );
    // Another site's key does not match.
    lobby_core::keys::SiteKey::generate()
        .save_new(&key)
        .unwrap();
    let verify = lobby(&data, &["audit", "verify"]);
    assert_eq!(verify.status.code(), Some(1));
    assert!(
        stdout(&verify).contains("another site key"),
        "{}",
        stdout(&verify)
    );
    std::fs::remove_file(&key).unwrap();
    std::fs::rename(&away, &key).unwrap();

    // The newest entry rewritten (its hash replaced): the head written down is no longer held.
    sqlite(
        &data.join("lobby.db"),
        &format!("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = {seq}"),
    );
    let verify = lobby(&data, &["audit", "verify", "--head", &written]);
    assert_eq!(verify.status.code(), Some(1));
    assert!(
        stdout(&verify).contains("no longer has the hash"),
        "{}",
        stdout(&verify)
    );
}

#[test]
fn without_its_site_key_a_data_folder_is_refused_by_name_and_a_backup_restores_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(lobby(&data, &["demo", "seed"]).status.success());
    let key = data.with_extension("key");
    let fingerprint = lobby_core::keys::SiteKey::load(&key).unwrap().fingerprint();
    let made = lobby(&data, &["backup", "now"]);
    assert!(
        stdout(&made).contains("not in the backup"),
        "{}",
        stdout(&made)
    );
    assert!(
        stdout(&made).contains("Its audit head: "),
        "{}",
        stdout(&made)
    );
    let file = stdout(&lobby(&data, &["backup", "list"]))
        .lines()
        .find_map(|l| l.split('\t').nth(2).map(str::to_owned))
        .unwrap();

    // The key gone: refused with its fingerprint and where it belongs, exit 3, nothing made.
    let away = dir.path().join("safe-place.key");
    std::fs::rename(&key, &away).unwrap();
    let out = lobby(&data, &["staff", "list"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains(&fingerprint), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(key.to_str().unwrap()),
        "{}",
        stderr(&out)
    );
    assert!(!key.exists(), "no new key was made over the old one");

    // Another machine: the backup restores into an empty folder only with the site's key.
    let other = dir.path().join("other");
    let out = lobby(&other, &["backup", "restore", &file]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains(&fingerprint), "{}", stderr(&out));
    assert!(
        !other.join("lobby.db").exists(),
        "nothing restored without the key"
    );
    let out = lobby(
        &other,
        &[
            "--key-file",
            away.to_str().unwrap(),
            "backup",
            "restore",
            &file,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let list = lobby(
        &other,
        &["--key-file", away.to_str().unwrap(), "staff", "list"],
    );
    assert!(list.status.success(), "{}", stderr(&list));
    let verify = lobby(
        &other,
        &["--key-file", away.to_str().unwrap(), "audit", "verify"],
    );
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
    assert!(
        stdout(&verify).contains("it matches"),
        "{}",
        stdout(&verify)
    );
}

/// Issue 20: a site may ask for longer PINs; a shorter one is refused when it is set, in the
/// operator's language, and nothing is saved. PINs of up to 12 digits are fine.
#[test]
fn a_site_can_ask_for_longer_pins() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("lobby.toml");
    std::fs::write(&config, "[staff]\npin_min_length = 8\n").unwrap();
    let cfg = config.to_str().unwrap();
    let short = lobby_with_input(
        &data,
        &["--config", cfg, "staff", "add", "Dana"],
        "de_DE.UTF-8",
        b"582047\n",
    );
    assert_eq!(short.status.code(), Some(2), "{}", stderr(&short));
    assert!(
        stderr(&short).contains("mindestens 8 Ziffern"),
        "{}",
        stderr(&short)
    );
    assert!(!stdout(&lobby(&data, &["--config", cfg, "staff", "list"])).contains("Dana"));
    let long = lobby_with_input(
        &data,
        &["--config", cfg, "staff", "add", "Dana"],
        "C.UTF-8",
        b"582047193846\n",
    );
    assert!(long.status.success(), "{}", stderr(&long));
    std::fs::write(&config, "[staff]\npin_min_length = 13\n").unwrap();
    let bad = lobby(&data, &["--config", cfg, "staff", "list"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("staff.pin_min_length"),
        "{}",
        stderr(&bad)
    );
}

/// aiosmtpd (Debian's python3-aiosmtpd) on 127.0.0.1:`port`, saving to `maildir`; the caller
/// kills it.
fn smtp_relay(port: u16, maildir: &Path) -> std::process::Child {
    let mut child = Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd: apt-get install python3-aiosmtpd (make deps does)");
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return child;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("aiosmtpd did not listen on {port}");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn notify_test_prints_each_servers_answer_and_list_resend_and_doctor_follow_the_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let smtp_port = free_port();
    let dead_port = free_port();
    let config = dir.path().join("lobby.toml");
    std::fs::write(
        &config,
        format!(
            "[notifications.email]\nrelay = \"127.0.0.1\"\nport = {smtp_port}\nsecurity = \"none\"\n\
             from = \"Lobby <lobby@example.org>\"\n\
             [notifications.webhook]\nurl = \"http://127.0.0.1:{dead_port}/hook\"\n\
             secret_env = \"LOBBY_TEST_HOOK_SECRET\"\n"
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(APP)
            .arg("--data-dir")
            .arg(&data)
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("LANG", "C.UTF-8")
            .env("LOBBY_TEST_HOOK_SECRET", "s3cr3t-never-printed")
            .output()
            .unwrap()
    };
    let members = dir.path().join("members.csv");
    std::fs::write(
        &members,
        "id,name,email,notify,language\nM1,Ana Lima,ana@example.org,,de\nM2,Bo Berg,,email,\n",
    )
    .unwrap();
    let out = run(&["members", "import", members.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));

    let maildir = dir.path().join("mail");
    let mut relay = smtp_relay(smtp_port, &maildir);
    let out = run(&["notify", "test", "M1"]);
    let text = stdout(&out);
    // The webhook cannot be reached, so the command says so and fails.
    assert_eq!(out.status.code(), Some(1), "{text}{}", stderr(&out));
    assert!(
        text.contains("email: delivered. The server answered: 250"),
        "{text}"
    );
    assert!(
        text.contains("webhook: not delivered yet (the receiver cannot be reached)"),
        "{text}"
    );
    assert!(!text.contains("s3cr3t") && !stderr(&out).contains("s3cr3t"));
    let delivered: Vec<_> = std::fs::read_dir(maildir.join("new")).unwrap().collect();
    assert_eq!(delivered.len(), 1);
    // No address, no e-mail: said, and nothing sent.
    let out = run(&["notify", "test", "M2"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("email: M2 has no e-mail address"),
        "{}",
        stdout(&out)
    );
    let _ = relay.kill();
    let _ = relay.wait();

    let out = run(&["notify", "list"]);
    let text = stdout(&out);
    assert!(out.status.success());
    assert!(text.contains("waiting — webhook to Ana Lima"), "{text}");
    assert!(text.contains("tries: 1"), "{text}");
    assert!(
        text.contains("Last problem: the receiver cannot be reached"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["notify", "list", "--all", "--format", "json"]).stdout)
            .unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 2, "{json}");
    let webhook = list.iter().find(|m| m["channel"] == "webhook").unwrap();
    let sent = list.iter().find(|m| m["channel"] == "email").unwrap();
    assert_eq!(sent["state"], "sent");

    let out = run(&["notify", "resend", &sent["id"].to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("delivered already"),
        "{}",
        stderr(&out)
    );
    let out = run(&["notify", "resend", &webhook["id"].to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("is queued again"), "{}", stdout(&out));

    let out = run(&["doctor"]);
    assert!(
        stdout(&out).contains("Messages to hosts"),
        "{}",
        stdout(&out)
    );
    let verify = run(&["audit", "verify"]);
    assert!(verify.status.success(), "{}", stdout(&verify));

    // A webhook address in the clear to another machine is refused, naming the key.
    std::fs::write(
        &config,
        "[notifications.slack]\nurl = \"http://hooks.slack.com/services/x\"\n",
    )
    .unwrap();
    let out = run(&["doctor"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notifications.slack.url"),
        "{}",
        stderr(&out)
    );
}

/// A webhook receiver on a loopback port, in a thread: records each request's
/// `Idempotency-Key`; holds the first request without answering (the sender is killed while it
/// waits) and answers 200 to the others.
fn holding_receiver() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Read};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let keys = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = keys.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let (mut key, mut length) = (String::new(), 0usize);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                let lower = line.to_lowercase();
                if let Some(v) = lower.strip_prefix("idempotency-key:") {
                    key = v.trim().to_string();
                }
                if let Some(v) = lower.strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0u8; length];
            let _ = reader.read_exact(&mut body);
            let first = {
                let mut k = seen.lock().unwrap();
                k.push(key);
                k.len() == 1
            };
            if first {
                held.push(stream);
            } else {
                let _ = stream.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
            }
        }
    });
    (port, keys)
}

#[test]
fn a_sender_killed_mid_delivery_sends_again_only_under_the_same_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (port, keys) = holding_receiver();
    let config = dir.path().join("lobby.toml");
    std::fs::write(
        &config,
        format!(
            "[notifications.webhook]\nurl = \"http://127.0.0.1:{port}/hook\"\nsecret = \"s3cr3t\"\n"
        ),
    )
    .unwrap();
    let command = |args: &[&str]| {
        let mut c = Command::new(APP);
        c.arg("--data-dir")
            .arg(&data)
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("LANG", "C.UTF-8");
        c
    };
    let members = dir.path().join("members.csv");
    std::fs::write(&members, "id,name\nM1,Ana Lima\n").unwrap();
    assert!(command(&["members", "import", members.to_str().unwrap()])
        .status()
        .unwrap()
        .success());

    // The sender delivers; the receiver has the request but has not answered when the sender
    // is killed (SIGKILL: no chance to record anything).
    let mut sender = command(&["notify", "test", "M1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while keys.lock().unwrap().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "no request reached the receiver"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    sender.kill().unwrap();
    sender.wait().unwrap();

    // Within the claim's five minutes another sender leaves it alone; after them it sends it
    // again, under the same key.
    let soon = (chrono::Utc::now() + chrono::Duration::minutes(2)).to_rfc3339();
    let out = command(&["notify", "send"])
        .env("LOBBY_TEST_CLOCK", &soon)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(keys.lock().unwrap().len(), 1);
    let later = (chrono::Utc::now() + chrono::Duration::minutes(6)).to_rfc3339();
    let out = command(&["notify", "send"])
        .env("LOBBY_TEST_CLOCK", &later)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("webhook: delivered"),
        "{}",
        stdout(&out)
    );
    let keys = keys.lock().unwrap().clone();
    assert_eq!(keys.len(), 2);
    assert!(
        keys[0].starts_with("lobby-") && keys[0] == keys[1],
        "{keys:?}"
    );
    let list: serde_json::Value = serde_json::from_slice(
        &command(&["notify", "list", "--all", "--format", "json"])
            .env("LOBBY_TEST_CLOCK", &later)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(list[0]["state"], "sent");
    assert_eq!(list[0]["attempts"], 2);
}

#[path = "../../../crates/lobby-core/tests/core/printer.rs"]
mod printer;

/// `lobby print test` sends a sample badge to a real IPP printer and prints what it answered;
/// `lobby doctor` has a line for the printer, a problem once it stops answering.
#[test]
fn print_test_sends_a_sample_badge_and_doctor_watches_the_printer() {
    let mut printer = printer::Printer::start(printer::Kind::Raster);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("lobby.toml");
    std::fs::write(
        &config,
        format!(
            "[printing]\nprinter = \"{}\"\nmedia = \"dymo-99012\"\n",
            printer.uri()
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(APP)
            .arg("--data-dir")
            .arg(&data)
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    };
    let out = run(&["print", "test"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("image/pwg-raster"), "{text}");
    assert!(text.contains("om_dymo-99012_36x89mm"), "{text}");
    assert!(text.contains("job 1"), "{text}");
    let spooled = printer.wait_for_jobs(1);
    assert!(
        spooled
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "pwg")),
        "{spooled:?}"
    );

    let members = dir.path().join("members.csv");
    std::fs::write(&members, "id,name\nM1,Ana Lima\n").unwrap();
    assert!(run(&["members", "import", members.to_str().unwrap()])
        .status
        .success());
    let out = run(&["doctor"]);
    let line = |text: &str| {
        text.lines()
            .find(|l| l.contains("Badge printer"))
            .unwrap_or_default()
            .to_string()
    };
    let ok = line(&stdout(&out));
    assert!(ok.contains("no badge printed yet"), "{}", stdout(&out));

    printer.stop();
    let out = run(&["print", "test"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Cannot reach the printer"),
        "{}",
        stderr(&out)
    );
    let out = run(&["doctor"]);
    let problem = line(&stdout(&out));
    assert!(
        problem.contains("PROBLEM") && problem.contains("does not answer"),
        "{}",
        stdout(&out)
    );

    // A site without [printing] is told so.
    std::fs::write(&config, "").unwrap();
    let out = run(&["print", "test"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[printing]"), "{}", stderr(&out));
}

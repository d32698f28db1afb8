//! `lobby doctor`: one line per part (configuration, data folder, database, audit log, site
//! key, staff, policies, Wi-Fi, backups, messages, printer, fleet, file modes, readers,
//! display, fonts), exit 1 on any problem.

use super::{audit, backup, payload_text, site_key, wifi};
use lobby_core::i18n::Localizer;
use lobby_core::{demo, Config, Store};
use std::path::Path;
use std::process::ExitCode;

pub enum Status {
    Ok,
    Warning,
    Problem,
}

pub async fn doctor(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
) -> anyhow::Result<ExitCode> {
    let mut lines: Vec<(String, Status, String)> = Vec::new();
    let config_detail = match &config.file {
        None => l10n.text("cli-doctor-config-demo", &[]),
        Some(p) => l10n.text(
            "cli-doctor-config-file",
            &[("path", p.display().to_string().into())],
        ),
    };
    lines.push((
        l10n.text("cli-doctor-config", &[]),
        Status::Ok,
        config_detail,
    ));

    let writable = lobby_core::private::ensure_dir(data_dir).and_then(|_| {
        let probe = data_dir.join(".lobby-doctor-probe");
        std::fs::write(&probe, b"ok")?;
        std::fs::remove_file(probe)
    });
    let dir_text = data_dir.display().to_string();
    match writable {
        Ok(()) => lines.push((l10n.text("cli-doctor-data-dir", &[]), Status::Ok, dir_text)),
        Err(e) => lines.push((
            l10n.text("cli-doctor-data-dir", &[]),
            Status::Problem,
            l10n.text(
                "cli-doctor-data-dir-unwritable",
                &[("path", dir_text.into()), ("reason", e.to_string().into())],
            ),
        )),
    }

    // Before the database is opened: opening it makes the folder and the file private again.
    let modes = modes_line(l10n, data_dir);
    match Store::open_existing(data_dir).await {
        Ok(Some(store)) => {
            let version = store.schema_version().await?;
            lines.push((
                l10n.text("cli-doctor-database", &[]),
                Status::Ok,
                l10n.text(
                    "cli-doctor-database-ok",
                    &[
                        ("path", store.path().display().to_string().into()),
                        ("version", version.into()),
                    ],
                ),
            ));
            let (status, text) = match audit::check(l10n, &store, data_dir).await {
                Ok((true, text)) => (Status::Ok, text),
                Ok((false, text)) => (Status::Problem, text),
                Err(e) => (Status::Problem, e.to_string()),
            };
            lines.push((l10n.text("cli-doctor-audit", &[]), status, text));
            let count = lobby_core::staff::count_active(&store).await?;
            let demo_staff = if demo::is_demo_site(config) {
                Vec::new()
            } else {
                demo::demo_staff(&store).await?
            };
            let (status, text) = if !demo_staff.is_empty() {
                (
                    Status::Problem,
                    l10n.text(
                        "cli-doctor-staff-demo",
                        &[("names", demo_staff.join(", ").into())],
                    ),
                )
            } else if count == 0 {
                (Status::Warning, l10n.text("cli-doctor-staff-none", &[]))
            } else {
                (
                    Status::Ok,
                    l10n.text("cli-doctor-staff-count", &[("count", count.into())]),
                )
            };
            lines.push((l10n.text("cli-doctor-staff", &[]), status, text));
            let unpublished: Vec<String> =
                lobby_core::policies::versions(&mut *store.conn().await?, config)
                    .await?
                    .into_iter()
                    .filter(|(_, version, _)| version.is_none())
                    .map(|(policy, _, _)| policy)
                    .collect();
            lines.push(if unpublished.is_empty() {
                (
                    l10n.text("cli-doctor-policies", &[]),
                    Status::Ok,
                    config.policies.documents.join(", "),
                )
            } else {
                (
                    l10n.text("cli-doctor-policies", &[]),
                    Status::Warning,
                    l10n.text(
                        "cli-doctor-policies-unpublished",
                        &[("policies", unpublished.join(", ").into())],
                    ),
                )
            });
            lines.push(key_line(l10n, &store, data_dir).await?);
            lines.push(wifi::doctor_line(l10n, config, &store).await?);
            lines.push(backup::doctor_line(l10n, config, &store).await?);
            lines.push(super::notify::doctor_line(l10n, config, &store).await?);
            lines.push(super::print::doctor_line(l10n, config, &store).await?);
            lines.push(super::fleet::doctor_line(l10n, &store).await?);
        }
        Ok(None) => lines.push((
            l10n.text("cli-doctor-database", &[]),
            Status::Ok,
            l10n.text("cli-doctor-database-missing", &[]),
        )),
        Err(e) => lines.push((
            l10n.text("cli-doctor-database", &[]),
            Status::Problem,
            e.to_string(),
        )),
    }
    lines.push(modes);

    let display = std::env::var_os("DISPLAY").or_else(|| std::env::var_os("WAYLAND_DISPLAY"));
    lines.push(match display {
        Some(d) => (
            l10n.text("cli-doctor-display", &[]),
            Status::Ok,
            d.to_string_lossy().into_owned(),
        ),
        None => (
            l10n.text("cli-doctor-display", &[]),
            Status::Warning,
            l10n.text("cli-doctor-display-none", &[]),
        ),
    });

    lines.push(match lobby_pcsc::list_readers() {
        Ok(readers) if !readers.is_empty() => (
            l10n.text("cli-doctor-readers", &[]),
            Status::Ok,
            readers.join(", "),
        ),
        Ok(_) => (
            l10n.text("cli-doctor-readers", &[]),
            Status::Warning,
            l10n.text("cli-doctor-readers-none", &[]),
        ),
        Err(e) => (
            l10n.text("cli-doctor-readers", &[]),
            Status::Warning,
            l10n.text(
                "cli-doctor-readers-service",
                &[("reason", e.to_string().into())],
            ),
        ),
    });

    let missing = missing_fonts();
    lines.push(if missing.is_empty() {
        (
            l10n.text("cli-doctor-fonts", &[]),
            Status::Ok,
            "Noto Sans, Noto Sans Arabic, Noto Sans CJK".into(),
        )
    } else {
        (
            l10n.text("cli-doctor-fonts", &[]),
            Status::Warning,
            l10n.text(
                "cli-doctor-fonts-missing",
                &[("missing", missing.join(", ").into())],
            ),
        )
    });

    if cfg!(target_os = "linux") {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS");
        lines.push(match bus {
            Some(_) => (
                l10n.text("cli-doctor-session-bus", &[]),
                Status::Ok,
                String::new(),
            ),
            None => (
                l10n.text("cli-doctor-session-bus", &[]),
                Status::Warning,
                l10n.text("cli-doctor-session-bus-none", &[]),
            ),
        });
    }

    let mut problems = 0;
    let width = lines
        .iter()
        .map(|(k, _, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (what, status, detail) in &lines {
        let status = match status {
            Status::Ok => l10n.text("cli-doctor-ok", &[]),
            Status::Warning => l10n.text("cli-doctor-warning", &[]),
            Status::Problem => {
                problems += 1;
                l10n.text("cli-doctor-problem", &[])
            }
        };
        let pad = width - what.chars().count();
        println!("{what}{}  {status:<8} {detail}", " ".repeat(pad));
    }
    println!(
        "{}",
        l10n.text("cli-doctor-summary", &[("problems", problems.into())])
    );
    Ok(if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The Noto families the kiosk's scripts need, by fontconfig, when fc-list exists.
pub fn missing_fonts() -> Vec<&'static str> {
    let Ok(out) = std::process::Command::new("fc-list")
        .arg(":")
        .arg("family")
        .output()
    else {
        return Vec::new();
    };
    let families = String::from_utf8_lossy(&out.stdout);
    ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"]
        .into_iter()
        .filter(|f| {
            !families
                .lines()
                .any(|l| l.split(',').any(|x| x.trim() == *f))
        })
        .collect()
}

/// The site key: there, and the one the database was sealed with.
async fn key_line(
    l10n: &Localizer,
    store: &Store,
    data_dir: &Path,
) -> anyhow::Result<(String, Status, String)> {
    let path = site_key::path(data_dir).display().to_string();
    let expected = store.sealed_with().await?;
    let (status, text) = match (site_key::load_if_present(data_dir), expected) {
        (Ok(Some(key)), Some(expected)) if key.fingerprint() == expected => (
            Status::Ok,
            l10n.text(
                "cli-doctor-key-ok",
                &[("path", path.into()), ("fingerprint", expected.into())],
            ),
        ),
        (Ok(None), None) => (
            Status::Warning,
            l10n.text("cli-doctor-key-none", &[("path", path.into())]),
        ),
        (Ok(Some(_)), None) => (
            Status::Warning,
            l10n.text("cli-doctor-key-unused", &[("path", path.into())]),
        ),
        (Ok(found), Some(expected)) => {
            let e = match found {
                Some(key) => lobby_core::Error::KeyMismatch {
                    path,
                    expected,
                    found: key.fingerprint(),
                },
                None => lobby_core::Error::KeyMissing {
                    path,
                    fingerprint: expected,
                },
            };
            (Status::Problem, payload_text(l10n, &e.payload()))
        }
        (Err(e), _) => (Status::Problem, payload_text(l10n, &e.payload())),
    };
    Ok((l10n.text("cli-doctor-key", &[]), status, text))
}

/// Files in the data folder (and the key) that other users could read.
fn modes_line(l10n: &Localizer, data_dir: &Path) -> (String, Status, String) {
    let mut open = lobby_core::private::too_open(data_dir).unwrap_or_default();
    open.extend(lobby_core::private::too_open_file(&site_key::path(
        data_dir,
    )));
    let title = l10n.text("cli-doctor-modes", &[]);
    match open.first() {
        None => (title, Status::Ok, l10n.text("cli-doctor-modes-ok", &[])),
        Some(first) => (
            title,
            Status::Warning,
            l10n.text(
                "cli-doctor-modes-open",
                &[
                    ("count", open.len().into()),
                    ("path", first.path.display().to_string().into()),
                    ("mode", format!("{:o}", first.mode).into()),
                    ("fix", fix_all(data_dir).into()),
                ],
            ),
        ),
    }
}

/// One command that makes the data folder and the key private.
fn fix_all(data_dir: &Path) -> String {
    format!(
        "chmod -R go-rwx '{}' '{}'",
        data_dir.display(),
        site_key::path(data_dir).display()
    )
}

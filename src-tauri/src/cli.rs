//! The command line: `lobby` alone opens the kiosk; the subcommands serve operators and
//! scripts. Their names and options are an interface: operators' scripts rely on them.

use crate::{logging, AppState};
use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use lobby_core::i18n::Localizer;
use lobby_core::{demo, Config, Store, SystemClock};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(name = "lobby", version = crate::VERSION_LINE, about = "The front-desk kiosk for coworking spaces")]
struct Cli {
    /// Data folder (database, logs). Default: the platform's app-data folder.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Configuration file (lobby.toml). Without one, Lobby runs in demo mode.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The site key file. Default: beside the data folder (`DIR.key`), never inside it.
    #[arg(long, global = true, value_name = "FILE")]
    key_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

mod audit;
mod backup;
mod install;
mod policy;
mod safety;
mod site_key;
mod staff;
mod wifi;

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the configuration, data folder, database and every device or service Lobby uses.
    Doctor,
    /// The tamper-evident audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Staff accounts.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
    /// The sample site for demo mode.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// The member list.
    Members {
        #[command(subcommand)]
        command: MembersCommand,
    },
    /// Policies people sign: the Code of Conduct, house rules, Wi-Fi acceptable use.
    Policy {
        #[command(subcommand)]
        command: policy::PolicyCommand,
    },
    /// NFC badges.
    Badges {
        #[command(subcommand)]
        command: BadgesCommand,
    },
    /// Backups of the database: take, list, test and restore them.
    Backup {
        #[command(subcommand)]
        command: backup::BackupCommand,
    },
    /// Reports for auditors and clients.
    Report {
        #[command(subcommand)]
        command: backup::ReportCommand,
    },
    /// Guest Wi-Fi passes, shared passphrases and the network equipment.
    Wifi {
        #[command(subcommand)]
        command: wifi::WifiCommand,
    },
    /// Emergency mode on every screen: start it (fire, shelter, medical, custom), end it.
    Emergency {
        #[command(subcommand)]
        command: safety::EmergencyCommand,
    },
    /// Security concerns reported at the kiosk.
    Incidents {
        #[command(subcommand)]
        command: safety::IncidentsCommand,
    },
    /// Set this Linux PC up as a kiosk: Lobby alone in the `cage` compositor on tty1 as USER,
    /// started and restarted by systemd, pcscd enabled, /etc/lobby/lobby.toml and
    /// /var/lib/lobby. `--undo` removes what it wrote (never the data folder). See
    /// docs/deploy.md.
    InstallKiosk {
        #[arg(long)]
        user: String,
        /// Write under this folder instead of / (for testing, or to prepare an image).
        #[arg(long, default_value = "/")]
        root: PathBuf,
        #[arg(long)]
        undo: bool,
    },
    /// CSV exports (UTF-8, header row, RFC 4180), to standard output or --out FILE.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
        /// Write to this file instead of standard output.
        #[arg(long, global = true, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum MembersCommand {
    /// Load or update members from a CSV file (id,name,email,team,active). A file with any
    /// unreadable row imports nothing and names the lines.
    Import { file: PathBuf },
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// Visits that began between two days (inclusive, site time).
    Visits {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
    },
    /// One roll call: each person, safe or missing, when, and by whom.
    Rollcall { id: i64 },
    /// Tour prospects who agreed to be contacted.
    Leads,
}

#[derive(Debug, Subcommand)]
enum BadgesCommand {
    /// The access list for door-access systems: UID, member, groups, valid from and to,
    /// status, card type.
    Export {
        #[arg(long, value_enum, default_value = "csv")]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Csv,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Exit 0 if the chain is intact (checked with the site key when its file is there);
    /// otherwise name the first bad entry and exit 1.
    Verify {
        /// A head written down earlier (`SEQ:HASH`, from `lobby audit head`): the log must
        /// still hold it.
        #[arg(long, value_name = "SEQ:HASH")]
        head: Option<String>,
    },
    /// Print the newest entry's number and hash, to write down or keep apart from the kiosk.
    Head,
}

#[derive(Debug, Subcommand)]
enum DemoCommand {
    /// Fill the data folder with the sample site, members and a demo staff account.
    Seed,
}

/// Exit codes: 0 fine, 1 a check failed, 2 bad input or configuration.
pub fn main() -> ExitCode {
    // Everything this process creates (the database's WAL, logs, exports, the web view's
    // caches) is readable by the kiosk's user only.
    lobby_core::private::restrict_umask();
    let cli = Cli::parse();
    let l10n = Localizer::from_env();
    let config = match &cli.config {
        Some(path) => match Config::load(path) {
            Ok(c) => c,
            Err(e) => {
                let file = e
                    .file
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let problem = e.message.text(&l10n);
                let line = if e.key.is_empty() {
                    l10n.text(
                        "cli-config-refused-file",
                        &[("file", file.into()), ("problem", problem.into())],
                    )
                } else {
                    l10n.text(
                        "cli-config-refused",
                        &[
                            ("file", file.into()),
                            ("key", e.key.clone().into()),
                            ("problem", problem.into()),
                        ],
                    )
                };
                eprintln!("{line}");
                tracing::debug!(error = %e, "configuration refused");
                return ExitCode::from(2);
            }
        },
        None => Config::demo(),
    };
    let config = always_open_for_tests(config);
    let data_dir = cli
        .data_dir
        .clone()
        .or_else(|| config.data_dir.clone())
        .unwrap_or_else(default_data_dir);
    if let Some(key_file) = cli.key_file.clone() {
        site_key::choose(key_file);
    }
    let result = match cli.command {
        None => kiosk(config, &data_dir),
        Some(Command::Doctor) => block_on(doctor(&l10n, &config, &data_dir)),
        Some(Command::Audit {
            command: AuditCommand::Verify { head },
        }) => block_on(audit::verify(&l10n, &data_dir, head.as_deref())),
        Some(Command::Audit {
            command: AuditCommand::Head,
        }) => block_on(audit::head(&l10n, &data_dir)),
        Some(Command::Staff { command }) => {
            block_on(staff::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Demo {
            command: DemoCommand::Seed,
        }) => block_on(demo_seed(&l10n, &config, &data_dir)),
        Some(Command::Members {
            command: MembersCommand::Import { file },
        }) => block_on(members_import(&l10n, &data_dir, &file)),
        Some(Command::Badges {
            command:
                BadgesCommand::Export {
                    format: ExportFormat::Csv,
                    out,
                },
        }) => block_on(badges_export(&l10n, &config, &data_dir, out)),
        Some(Command::Policy { command }) => {
            block_on(policy::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Backup { command }) => {
            block_on(backup::backup(&l10n, &config, &data_dir, command))
        }
        Some(Command::Report { command }) => {
            block_on(backup::report(&l10n, &config, &data_dir, command))
        }
        Some(Command::Wifi { command }) => block_on(wifi::run(&l10n, &config, &data_dir, command)),
        Some(Command::Emergency { command }) => {
            block_on(safety::emergency(&l10n, &config, &data_dir, command))
        }
        Some(Command::InstallKiosk { user, root, undo }) => install::run(&l10n, &user, &root, undo),
        Some(Command::Incidents { command }) => {
            block_on(safety::incidents(&l10n, &config, &data_dir, command))
        }
        Some(Command::Export { command, out }) => {
            block_on(export(&l10n, &config, &data_dir, command, out))
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let message = match e.downcast_ref::<lobby_core::Error>() {
                // The UI never sets a PIN, so these two share its `pin-invalid` code; the
                // command line says which rule the PIN broke.
                Some(lobby_core::Error::PinTooWeak { rule }) => {
                    l10n.text("cli-staff-pin-weak", &[("rule", (*rule).into())])
                }
                Some(lobby_core::Error::PinInUse) => l10n.text("cli-staff-pin-in-use", &[]),
                Some(core) => {
                    let payload = core.payload();
                    if let lobby_core::Error::ImportRejected { rows } = core {
                        for (line, problem) in rows {
                            let problem = payload_text(&l10n, problem);
                            eprintln!(
                                "{}",
                                l10n.text(
                                    "cli-import-line",
                                    &[("line", (*line).into()), ("problem", problem.into())]
                                )
                            );
                        }
                    }
                    payload_text(&l10n, &payload)
                }
                None => e.to_string(),
            };
            eprintln!("{}", l10n.text("cli-error", &[("message", message.into())]));
            // A damaged database gets its own code, so a service manager stops restarting
            // into the same failure (RestartPreventExitStatus=3).
            match e.downcast_ref::<lobby_core::Error>() {
                // Nor does restarting bring back a missing or wrong site key.
                Some(
                    lobby_core::Error::DatabaseUnreadable { .. }
                    | lobby_core::Error::KeyMissing { .. }
                    | lobby_core::Error::KeyMismatch { .. }
                    | lobby_core::Error::KeyUnreadable { .. },
                ) => ExitCode::from(3),
                _ => ExitCode::from(2),
            }
        }
    }
}

/// An error payload as the operator reads it, in their language.
fn payload_text(l10n: &Localizer, payload: &lobby_core::ErrorPayload) -> String {
    let args: Vec<(&str, FluentValue)> = payload
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), json_to_fluent(v)))
        .collect();
    l10n.text(&payload.code.message_id(), &args)
}

fn json_to_fluent(v: &serde_json::Value) -> FluentValue<'static> {
    match v {
        serde_json::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or_default()),
        serde_json::Value::String(s) => FluentValue::from(s.clone()),
        other => FluentValue::from(other.to_string()),
    }
}

fn block_on<F: std::future::Future<Output = anyhow::Result<ExitCode>>>(
    f: F,
) -> anyhow::Result<ExitCode> {
    tauri::async_runtime::block_on(f)
}

/// The platform's app-data folder; debug builds use another, so a developer's test runs never
/// touch a real kiosk's data.
fn default_data_dir() -> PathBuf {
    let name = if cfg!(debug_assertions) {
        "lobby-dev"
    } else {
        "lobby"
    };
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(name)
}

fn kiosk(config: Config, data_dir: &Path) -> anyhow::Result<ExitCode> {
    lobby_core::private::create_dir(data_dir)?;
    let _log_guard = logging::init(data_dir)?;
    tracing::info!(
        version = crate::VERSION_LINE,
        demo = config.is_demo(),
        "starting the kiosk"
    );
    let store = tauri::async_runtime::block_on(site_key::open_store(data_dir))?;
    // A backup cut short by a crash or power cut leaves nothing behind.
    let leftovers = lobby_core::backup::remove_leftovers(&store, &config);
    if !leftovers.is_empty() {
        tracing::info!(
            count = leftovers.len(),
            "removed what an unfinished backup left"
        );
    }
    let state = AppState::new(store, config, clock());
    // Emergency mode that was on when the app or the machine stopped is on from the first paint.
    tauri::async_runtime::block_on(state.poll_emergency())?;
    crate::run_kiosk(state)?;
    Ok(ExitCode::SUCCESS)
}

/// Debug builds only: `LOBBY_TEST_ALWAYS_OPEN=1` opens the site around the clock, so
/// end-to-end tests that check visitors in do not depend on the hour they run at (outside
/// opening hours only the kinds allowed after hours may check in).
fn always_open_for_tests(mut config: Config) -> Config {
    if cfg!(debug_assertions) && std::env::var("LOBBY_TEST_ALWAYS_OPEN").as_deref() == Ok("1") {
        tracing::warn!("test hours in use: open around the clock");
        let day = lobby_core::config::OpenHours {
            open: chrono::NaiveTime::MIN,
            close: chrono::NaiveTime::from_hms_milli_opt(23, 59, 59, 999).expect("a valid time"),
        };
        config.hours = [Some(day); 7];
    }
    config
}

/// The wall clock; in debug builds `LOBBY_TEST_CLOCK=2026-11-27T19:59:50+01:00` starts it at
/// another time, so end-to-end tests can reach closing time without waiting for it.
fn clock() -> Arc<dyn lobby_core::Clock> {
    if cfg!(debug_assertions) {
        if let Some(start) = std::env::var("LOBBY_TEST_CLOCK")
            .ok()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(&s).ok())
        {
            tracing::warn!(start = %start, "test clock in use");
            return Arc::new(lobby_core::OffsetClock::starting_at(
                start.with_timezone(&chrono::Utc),
            ));
        }
    }
    Arc::new(SystemClock)
}

async fn members_import(
    l10n: &Localizer,
    data_dir: &Path,
    file: &Path,
) -> anyhow::Result<ExitCode> {
    let data = std::fs::read(file)?;
    let store = site_key::open_store(data_dir).await?;
    let count = lobby_core::members::import_csv(&store, chrono::Utc::now(), &data).await?;
    println!(
        "{}",
        l10n.text("cli-members-imported", &[("count", count.into())])
    );
    Ok(ExitCode::SUCCESS)
}

fn parse_day(l10n: &Localizer, value: &str) -> Result<chrono::NaiveDate, ExitCode> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
        eprintln!(
            "{}",
            l10n.text("cli-date-invalid", &[("value", value.to_string().into())])
        );
        ExitCode::from(2)
    })
}

async fn export(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: ExportCommand,
    out: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    use lobby_core::visits::export;
    let store = site_key::open_store(data_dir).await?;
    let now = chrono::Utc::now();
    let csv = match command {
        ExportCommand::Visits { from, to } => {
            let (from, to) = match (parse_day(l10n, &from), parse_day(l10n, &to)) {
                (Ok(f), Ok(t)) => (f, t),
                (Err(code), _) | (_, Err(code)) => return Ok(code),
            };
            export::visits_csv(&store, config, now, from, to).await?
        }
        ExportCommand::Rollcall { id } => export::roll_call_csv(&store, config, now, id).await?,
        ExportCommand::Leads => export::leads_csv(&store, config, now).await?,
    };
    write_csv(l10n, &csv, out)
}

async fn badges_export(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    out: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    let csv = lobby_core::badges::export_csv(&store, config, chrono::Utc::now()).await?;
    write_csv(l10n, &csv, out)
}

/// Writes a CSV export to a file (and says so on standard error) or to standard output.
fn write_csv(l10n: &Localizer, csv: &[u8], out: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    match out {
        Some(path) => {
            lobby_core::private::write(&path, csv)?;
            let rows = csv
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                .saturating_sub(1);
            eprintln!(
                "{}",
                l10n.text(
                    "cli-export-written",
                    &[
                        ("rows", rows.into()),
                        ("path", path.display().to_string().into())
                    ]
                )
            );
        }
        None => std::io::stdout().write_all(csv)?,
    }
    Ok(ExitCode::SUCCESS)
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

fn issuer(config: &Config) -> String {
    format!("Lobby ({})", config.site_name)
}

async fn demo_seed(l10n: &Localizer, config: &Config, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    match demo::seed(&store, &SystemClock, config, &issuer(config)).await? {
        demo::Seeded::Now { staff, members } => {
            println!(
                "{}",
                l10n.text(
                    "cli-demo-seeded",
                    &[
                        ("members", members.into()),
                        ("name", staff.identity.name.clone().into())
                    ]
                )
            );
            println!(
                "{}",
                l10n.text(
                    "cli-demo-credentials",
                    &[
                        ("pin", demo::DEMO_STAFF_PIN.into()),
                        (
                            "key",
                            lobby_core::staff::totp::secret_base32(&staff.secret).into()
                        )
                    ]
                )
            );
        }
        demo::Seeded::Already => println!("{}", l10n.text("cli-demo-already", &[])),
        demo::Seeded::Refused(why) => {
            if let Some(site) = why.site {
                eprintln!(
                    "{}",
                    l10n.text("cli-demo-refused-site", &[("site", site.into())])
                );
            }
            if why.staff + why.members + why.visits > 0 {
                eprintln!(
                    "{}",
                    l10n.text(
                        "cli-demo-refused-data",
                        &[
                            ("path", data_dir.display().to_string().into()),
                            ("staff", why.staff.into()),
                            ("members", why.members.into()),
                            ("visits", why.visits.into()),
                        ]
                    )
                );
            }
            eprintln!("{}", l10n.text("cli-demo-refused", &[]));
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}

enum Status {
    Ok,
    Warning,
    Problem,
}

async fn doctor(l10n: &Localizer, config: &Config, data_dir: &Path) -> anyhow::Result<ExitCode> {
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

    let writable = std::fs::create_dir_all(data_dir).and_then(|_| {
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
fn missing_fonts() -> Vec<&'static str> {
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

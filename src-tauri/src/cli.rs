//! The command line: `lobby` alone opens the kiosk; the subcommands serve operators and
//! scripts. Their names and options are an interface: operators' scripts rely on them.
//!
//! This file parses the arguments and the configuration, dispatches, and turns errors into
//! translated lines and exit codes. Each command group is a module with its own arguments and
//! output: `kiosk`, `doctor`, `audit`, `staff`, `demo`, `data` (members import, exports, the
//! badge access list), `invite` (invitations), `notify` (messages to hosts), `policy`, `wifi`,
//! `backup` (and the security-plan report), `safety` (emergencies and incidents), `deny` (the
//! deny list), `privacy` (people's requests about their data), `fleet` (the site's fleet), `install`
//! (install-kiosk);
//! `site_key` finds the site key.

use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use lobby_core::i18n::Localizer;
use lobby_core::Config;
use std::path::PathBuf;
use std::process::ExitCode;

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
mod data;
mod demo;
mod deny;
mod doctor;
mod fleet;
mod install;
mod invite;
mod kiosk;
mod notify;
mod policy;
mod print;
mod privacy;
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
        command: audit::AuditCommand,
    },
    /// Staff accounts.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
    /// The sample site for demo mode.
    Demo {
        #[command(subcommand)]
        command: demo::DemoCommand,
    },
    /// The member list.
    Members {
        #[command(subcommand)]
        command: data::MembersCommand,
    },
    /// Invitations: a code (and an e-mail with its QR code) for a guest to check in with.
    Invite {
        #[command(subcommand)]
        command: invite::InviteCommand,
    },
    /// Messages to hosts: test a member's channels, see what waits or failed, send again.
    Notify {
        #[command(subcommand)]
        command: notify::NotifyCommand,
    },
    /// Printed visitor badges: a sample badge on the configured printer.
    Print {
        #[command(subcommand)]
        command: print::PrintCommand,
    },
    /// Policies people sign: the Code of Conduct, house rules, Wi-Fi acceptable use.
    Policy {
        #[command(subcommand)]
        command: policy::PolicyCommand,
    },
    /// NFC badges.
    Badges {
        #[command(subcommand)]
        command: data::BadgesCommand,
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
    /// The deny list: people the kiosk holds for staff approval, and the safe list of
    /// addresses of people who share a name with an entry.
    Deny {
        #[command(subcommand)]
        command: deny::DenyCommand,
    },
    /// Requests from people about their data: everything Lobby holds about someone, erasure,
    /// legal holds, and the requests still to answer.
    Privacy {
        #[command(subcommand)]
        command: privacy::PrivacyCommand,
    },
    /// The site's fleet: send every change this tablet makes to the site's server.
    Fleet {
        #[command(subcommand)]
        command: fleet::FleetCommand,
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
        command: data::ExportCommand,
        /// Write to this file instead of standard output.
        #[arg(long, global = true, value_name = "FILE")]
        out: Option<PathBuf>,
    },
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
    let config = kiosk::always_open_for_tests(config);
    let data_dir = cli
        .data_dir
        .clone()
        .or_else(|| config.data_dir.clone())
        .unwrap_or_else(default_data_dir);
    if let Some(key_file) = cli.key_file.clone() {
        site_key::choose(key_file);
    }
    let result = match cli.command {
        None => kiosk::kiosk(config, &data_dir, cli.config.as_deref()),
        Some(Command::Doctor) => block_on(doctor::doctor(&l10n, &config, &data_dir)),
        Some(Command::Audit {
            command: audit::AuditCommand::Verify { head },
        }) => block_on(audit::verify(&l10n, &data_dir, head.as_deref())),
        Some(Command::Audit {
            command: audit::AuditCommand::Head,
        }) => block_on(audit::head(&l10n, &data_dir)),
        Some(Command::Staff { command }) => {
            block_on(staff::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Demo {
            command: demo::DemoCommand::Seed,
        }) => block_on(demo::demo_seed(&l10n, &config, &data_dir)),
        Some(Command::Members {
            command: data::MembersCommand::Import { file },
        }) => block_on(data::members_import(&l10n, &data_dir, &file)),
        Some(Command::Badges {
            command:
                data::BadgesCommand::Export {
                    format: data::ExportFormat::Csv,
                    out,
                },
        }) => block_on(data::badges_export(&l10n, &config, &data_dir, out)),
        Some(Command::Invite { command }) => {
            block_on(invite::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Notify { command }) => {
            block_on(notify::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Print { command }) => block_on(print::run(&l10n, &config, command)),
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
        Some(Command::Deny { command }) => block_on(deny::run(&l10n, &config, &data_dir, command)),
        Some(Command::Privacy { command }) => {
            block_on(privacy::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Fleet { command }) => {
            block_on(fleet::run(&l10n, &config, &data_dir, command))
        }
        Some(Command::Export { command, out }) => {
            block_on(data::export(&l10n, &config, &data_dir, command, out))
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
                Some(lobby_core::Error::PinTooShort { min }) => {
                    l10n.text("cli-staff-pin-short", &[("min", (*min).into())])
                }
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

//! The `lobby-hub` command line. Everything it says to a person is a Fluent message
//! (`locales/*/hub.ftl`) in the operator's language (`LC_ALL`, `LC_MESSAGES`, `LANG`).
//! Exit codes: 0 fine, 1 a check found problems, 2 an error.

use crate::error::{Error, Result};
use crate::{db, export, kiosks, serve, verify};
use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use lobby_core::i18n::Localizer;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lobby-hub",
    version,
    about = "Lobby's fleet hub: every tablet's changes in PostgreSQL"
)]
pub struct Cli {
    /// PostgreSQL address, e.g. postgres://lobby@127.0.0.1/lobby_hub.
    #[arg(long, global = true, env = "LOBBY_HUB_DATABASE", value_name = "URL")]
    pub database: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Receive the tablets' events from the hub's nats-server until SIGTERM or SIGINT.
    Serve {
        /// The hub's nats-server.
        #[arg(long, value_name = "URL")]
        nats: String,
        #[arg(long, value_name = "USER")]
        nats_user: Option<String>,
        /// A file holding the NATS password (never on the command line).
        #[arg(long, value_name = "FILE")]
        nats_password_file: Option<PathBuf>,
        /// CA certificate (PEM) of a server with a private certificate.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
        /// The JetStream domain of the hub's own server.
        #[arg(long, value_name = "DOMAIN", default_value = "hub")]
        hub_domain: String,
    },
    /// Sites: one nats-server each.
    Site {
        #[command(subcommand)]
        command: SiteCommand,
    },
    /// Tablets' NATS users.
    Kiosk {
        #[command(subcommand)]
        command: KioskCommand,
    },
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
}

#[derive(Subcommand)]
pub enum SiteCommand {
    /// Add a site (or change its JetStream domain); `serve` creates its stream.
    Add {
        site: String,
        /// Its nats-server's JetStream domain (default: the site's id; `hub` for the hub's
        /// own server).
        #[arg(long, value_name = "DOMAIN")]
        js_domain: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum KioskCommand {
    /// Issue a tablet's NATS user and write its credentials file.
    Add {
        site: String,
        tablet: String,
        /// The credentials file to write (0600).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        users: UsersFile,
        /// Issue new credentials for a tablet that has some; the old ones stop working.
        #[arg(long)]
        replace: bool,
    },
    List {
        #[arg(long)]
        site: Option<String>,
    },
    /// Cut a tablet off.
    Revoke {
        site: String,
        tablet: String,
        #[command(flatten)]
        users: UsersFile,
    },
}

#[derive(clap::Args)]
pub struct UsersFile {
    /// The site nats-server's users file to rewrite.
    #[arg(long, value_name = "FILE")]
    pub users_file: Option<PathBuf>,
    /// Only this site's tablets in the users file (default: every site's).
    #[arg(long, value_name = "SITE")]
    pub users_site: Option<String>,
    /// The site nats-server's pid, sent SIGHUP to read the users file again.
    #[arg(long, value_name = "PID")]
    pub reload_pid: Option<u32>,
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check every tablet's chain as the hub holds it; exit 1 when anything is flagged.
    Verify {
        #[arg(long)]
        site: Option<String>,
        #[arg(long)]
        kiosk: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Visits of every site as CSV (UTC times), to standard output or --output.
    Visits {
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: String,
        #[arg(long)]
        site: Option<String>,
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

pub fn main() -> ExitCode {
    use std::io::IsTerminal as _;
    let cli = Cli::parse();
    let l10n = Localizer::from_env();
    // `serve` logs what it does; a one-off command only what went wrong, the messages being
    // its output. LOBBY_HUB_LOG overrides (e.g. `debug`).
    let default = match cli.command {
        Command::Serve { .. } => "info,sqlx=warn",
        _ => "warn,sqlx=error",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("LOBBY_HUB_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default)),
        )
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "{}",
                l10n.text("cli-error", &[("message", e.to_string().into())])
            );
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(&l10n, cli)) {
        Ok(code) => code,
        Err(e) => {
            tracing::debug!(error = %e, "command failed");
            eprintln!("{}", error_text(&l10n, &e));
            ExitCode::from(2)
        }
    }
}

/// An error as the operator reads it.
pub fn error_text(l10n: &Localizer, e: &Error) -> String {
    let args = e.args();
    let args: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
        .collect();
    let message = l10n.text(&format!("hub-error-{}", e.code()), &args);
    l10n.text("cli-error", &[("message", message.into())])
}

fn say(l10n: &Localizer, id: &str, args: &[(&str, FluentValue<'_>)]) {
    println!("{}", l10n.text(id, args));
}

async fn database(cli_database: Option<String>) -> Result<sqlx::PgPool> {
    let Some(url) = cli_database else {
        return Err(Error::Database {
            url: String::new(),
            reason: "--database or LOBBY_HUB_DATABASE".into(),
        });
    };
    db::connect(&url).await
}

pub async fn run(l10n: &Localizer, cli: Cli) -> Result<ExitCode> {
    // Ids are checked before the database is touched.
    match &cli.command {
        Command::Site {
            command: SiteCommand::Add { site, js_domain },
        } => {
            kiosks::check_id(site)?;
            if let Some(d) = js_domain {
                kiosks::check_id(d)?;
            }
        }
        Command::Kiosk {
            command:
                KioskCommand::Add { site, tablet, .. } | KioskCommand::Revoke { site, tablet, .. },
        } => {
            kiosks::check_id(site)?;
            kiosks::check_id(tablet)?;
        }
        Command::Export {
            command: ExportCommand::Visits { from, to, .. },
        } => {
            export::date(from)?;
            export::date(to)?;
        }
        _ => {}
    }
    let pool = database(cli.database).await?;
    match cli.command {
        Command::Serve {
            nats,
            nats_user,
            nats_password_file,
            ca,
            hub_domain,
        } => {
            let nats = serve::Nats {
                url: nats,
                user: nats_user,
                password_file: nats_password_file,
                ca,
                domain: hub_domain,
            };
            let client = serve::connect(&nats).await?;
            say(
                l10n,
                "hub-serve-started",
                &[("nats", crate::error::redact(&nats.url).into())],
            );
            serve::run(pool, client, nats, shutdown()).await?;
            say(l10n, "hub-serve-stopped", &[]);
            Ok(ExitCode::SUCCESS)
        }
        Command::Site {
            command: SiteCommand::Add { site, js_domain },
        } => {
            let domain = js_domain.unwrap_or_else(|| site.clone());
            let s = kiosks::add_site(&pool, &site, &domain).await?;
            say(
                l10n,
                "hub-site-added",
                &[("site", s.site.into()), ("domain", s.js_domain.into())],
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Kiosk { command } => kiosk(l10n, &pool, command).await,
        Command::Audit {
            command: AuditCommand::Verify { site, kiosk },
        } => {
            if let Some(site) = &site {
                kiosks::require_site(&pool, site).await?;
            }
            if let Some(kiosk) = &kiosk {
                kiosks::check_id(kiosk)?;
            }
            let found = verify::verify(&pool, site.as_deref(), kiosk.as_deref()).await?;
            for (site, tablet, epoch, seq, problem, detail) in &found.flags {
                say(
                    l10n,
                    "hub-audit-flag",
                    &[
                        ("site", site.as_str().into()),
                        ("tablet", tablet.as_str().into()),
                        ("epoch", (*epoch).into()),
                        ("seq", (*seq).into()),
                        ("problem", problem.as_str().into()),
                        ("detail", detail.as_str().into()),
                    ],
                );
            }
            for r in &found.rejected {
                say(
                    l10n,
                    "hub-audit-rejected",
                    &[
                        ("id", r.id.into()),
                        ("subject", r.subject.as_str().into()),
                        ("reason", r.reason.as_str().into()),
                    ],
                );
            }
            if found.clean() {
                say(l10n, "hub-audit-clean", &[("chains", found.chains.into())]);
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::from(1))
            }
        }
        Command::Export {
            command:
                ExportCommand::Visits {
                    from,
                    to,
                    site,
                    output,
                },
        } => {
            let (from, to) = (export::date(&from)?, export::date(&to)?);
            if let Some(site) = &site {
                kiosks::require_site(&pool, site).await?;
            }
            let (csv, rows) = export::visits_csv(&pool, from, to, site.as_deref()).await?;
            match output {
                Some(path) => {
                    std::fs::write(&path, &csv).map_err(|e| Error::File {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    })?;
                    eprintln!(
                        "{}",
                        l10n.text(
                            "hub-export-written",
                            &[
                                ("rows", rows.into()),
                                ("file", path.display().to_string().into())
                            ]
                        )
                    );
                }
                None => {
                    use std::io::Write as _;
                    std::io::stdout().write_all(&csv).map_err(|e| Error::File {
                        path: "-".into(),
                        reason: e.to_string(),
                    })?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn kiosk(l10n: &Localizer, pool: &sqlx::PgPool, command: KioskCommand) -> Result<ExitCode> {
    match command {
        KioskCommand::Add {
            site,
            tablet,
            out,
            users,
            replace,
        } => {
            let creds = kiosks::add_kiosk(pool, &site, &tablet, replace).await?;
            if let Err(e) = kiosks::write_credentials(&out, &creds) {
                // Nobody holds the password: the tablet is not let in by a users file.
                let _ = kiosks::revoke_kiosk(pool, &site, &tablet).await;
                return Err(e);
            }
            say(
                l10n,
                "hub-kiosk-added",
                &[
                    ("site", site.into()),
                    ("tablet", tablet.into()),
                    ("user", creds.user.into()),
                    ("file", out.display().to_string().into()),
                ],
            );
            users_file(l10n, pool, &users).await?;
            Ok(ExitCode::SUCCESS)
        }
        KioskCommand::List { site } => {
            let list = kiosks::kiosks(pool, site.as_deref()).await?;
            if list.is_empty() {
                say(l10n, "hub-kiosk-none", &[]);
            }
            for k in list {
                let common = [
                    ("site", FluentValue::from(k.site)),
                    ("tablet", k.tablet.into()),
                    ("user", k.user.into()),
                    ("added", k.added_at.into()),
                ];
                match k.revoked_at {
                    None => say(l10n, "hub-kiosk-active", &common),
                    Some(r) => {
                        let mut args = common.to_vec();
                        args.push(("revoked", r.into()));
                        say(l10n, "hub-kiosk-revoked-line", &args);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        KioskCommand::Revoke {
            site,
            tablet,
            users,
        } => {
            kiosks::revoke_kiosk(pool, &site, &tablet).await?;
            say(
                l10n,
                "hub-kiosk-revoked",
                &[("site", site.into()), ("tablet", tablet.into())],
            );
            users_file(l10n, pool, &users).await?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn users_file(l10n: &Localizer, pool: &sqlx::PgPool, users: &UsersFile) -> Result<()> {
    let Some(path) = &users.users_file else {
        say(l10n, "hub-users-hint", &[]);
        return Ok(());
    };
    if let Some(site) = &users.users_site {
        kiosks::check_id(site)?;
    }
    let count = kiosks::write_users(pool, path, users.users_site.as_deref()).await?;
    say(
        l10n,
        "hub-users-written",
        &[
            ("file", path.display().to_string().into()),
            ("count", count.into()),
        ],
    );
    match users.reload_pid {
        Some(pid) => {
            kiosks::reload(pid)?;
            say(l10n, "hub-users-reloaded", &[("pid", pid.into())]);
        }
        None => say(l10n, "hub-users-reload-hint", &[]),
    }
    Ok(())
}

/// Resolves at SIGTERM or SIGINT.
async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

//! The `lobby-hub` command line. Everything it says to a person is a Fluent message
//! (`locales/*/hub.ftl`) in the operator's language (`LC_ALL`, `LC_MESSAGES`, `LANG`).
//! Exit codes: 0 fine, 1 a check found problems, 2 an error.

use crate::error::{Error, Result};
use crate::{
    db, down, emergency, export, kiosks, members, publish, rollcall, serve, staff, verify,
};
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
    /// Receive the tablets' events from the hub's nats-server until SIGTERM or SIGINT, and
    /// send the shared changes waiting for NATS.
    Serve {
        #[command(flatten)]
        nats: NatsArgs,
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
    /// A site's members and their badges, sent to its tablets.
    Members {
        #[command(subcommand)]
        command: MembersCommand,
    },
    Badge {
        #[command(subcommand)]
        command: BadgeCommand,
    },
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// A site's lobby.toml, checked as a tablet checks it.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Emergency mode on every tablet of a site.
    Emergency {
        #[command(subcommand)]
        command: EmergencyCommand,
    },
    /// A site's staff accounts, made at the hub for every tablet of the site.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
}

/// How the hub reaches its nats-server: `serve` and every command that sends something down.
#[derive(clap::Args, Clone, Debug)]
pub struct NatsArgs {
    /// The hub's nats-server.
    #[arg(long, env = "LOBBY_HUB_NATS", value_name = "URL")]
    pub nats: Option<String>,
    #[arg(long, env = "LOBBY_HUB_NATS_USER", value_name = "USER")]
    pub nats_user: Option<String>,
    /// A file holding the NATS password (never on the command line).
    #[arg(long, env = "LOBBY_HUB_NATS_PASSWORD_FILE", value_name = "FILE")]
    pub nats_password_file: Option<PathBuf>,
    /// CA certificate (PEM) of a server with a private certificate.
    #[arg(long, env = "LOBBY_HUB_CA", value_name = "FILE")]
    pub ca: Option<PathBuf>,
    /// The JetStream domain of the hub's own server.
    #[arg(long, value_name = "DOMAIN", default_value = "hub")]
    pub hub_domain: String,
}

impl NatsArgs {
    /// `None` without a server address.
    pub fn nats(&self) -> Option<serve::Nats> {
        self.nats.as_ref().map(|url| serve::Nats {
            url: url.clone(),
            user: self.nats_user.clone(),
            password_file: self.nats_password_file.clone(),
            ca: self.ca.clone(),
            domain: self.hub_domain.clone(),
        })
    }
}

#[derive(Subcommand)]
pub enum MembersCommand {
    /// Add or update members (and their badges) from a CSV file: id,name,email,team,active and
    /// optionally badge_uid,card_type,groups,valid_from,valid_to (one row per badge).
    Import {
        site: String,
        file: PathBuf,
        #[command(flatten)]
        nats: NatsArgs,
    },
    List {
        site: String,
    },
}

#[derive(Subcommand)]
pub enum BadgeCommand {
    /// Revoke a badge at the hub; its member is sent to the tablets without it.
    Revoke {
        site: String,
        uid: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
}

#[derive(Subcommand)]
pub enum PolicyCommand {
    /// Publish a policy version: one Markdown file per language (LANG=FILE).
    Publish {
        site: String,
        policy: String,
        #[arg(required = true, value_name = "LANG=FILE")]
        texts: Vec<String>,
        #[command(flatten)]
        nats: NatsArgs,
    },
}

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Check a lobby.toml as a tablet would and send it to every tablet of the site.
    Push {
        site: String,
        file: PathBuf,
        #[command(flatten)]
        nats: NatsArgs,
    },
}

#[derive(Subcommand)]
pub enum EmergencyCommand {
    /// Start emergency mode on every tablet of the site.
    Start {
        site: String,
        /// fire, shelter, medical or custom (custom needs --message).
        kind: String,
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
        #[command(flatten)]
        nats: NatsArgs,
    },
    /// End the emergency in force at the site (the newest one).
    End {
        site: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
    Status {
        site: String,
    },
}

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Make a staff account for every tablet of the site. Asks for the PIN (or reads one line
    /// from standard input when it is not a terminal) and prints the authenticator set-up key.
    Add {
        site: String,
        name: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
    /// A new PIN and a new authenticator set-up key for an account (a forgotten PIN, a lost
    /// phone): the old ones stop working at every tablet of the site. Asks for the PIN as `add`.
    Reset {
        site: String,
        name: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
    /// Stop an account from signing in at the site's tablets.
    Disable {
        site: String,
        name: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
    /// Let a disabled account sign in again.
    Enable {
        site: String,
        name: String,
        #[command(flatten)]
        nats: NatsArgs,
    },
    /// The site's accounts made at the hub.
    List { site: String },
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
    /// A site's roll call as the tablets merged it, as CSV with a tablet's columns (UTC
    /// times), to standard output or --output.
    Rollcall {
        site: String,
        /// The roll call's id (`<tablet>:<n>`, the `roll_call` column).
        #[arg(long, conflicts_with = "latest")]
        id: Option<String>,
        /// The site's newest roll call (the default).
        #[arg(long)]
        latest: bool,
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
    // A refused lobby.toml reads as a tablet says it (`lobby config check`).
    match e {
        Error::Config(c) => {
            let file = c
                .file
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            return config_refused(l10n, file, &c.key, c.message.text(l10n));
        }
        Error::Pin(core) => {
            // The rules are a tablet's, and so are their words (`lobby staff add`).
            let message = match core {
                lobby_core::Error::PinTooWeak { rule } => {
                    l10n.text("cli-staff-pin-weak", &[("rule", (*rule).into())])
                }
                lobby_core::Error::PinInUse => l10n.text("cli-staff-pin-in-use", &[]),
                lobby_core::Error::PinTooShort { min } => {
                    l10n.text("cli-staff-pin-short", &[("min", (*min).into())])
                }
                _ => l10n.text("error-pin-invalid", &[]),
            };
            return l10n.text("cli-error", &[("message", message.into())]);
        }
        Error::ConfigFleet { file } => {
            return config_refused(
                l10n,
                file.clone(),
                "fleet",
                l10n.text("hub-config-fleet", &[]),
            );
        }
        _ => {}
    }
    let args = e.args();
    let args: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
        .collect();
    let message = l10n.text(&format!("hub-error-{}", e.code()), &args);
    l10n.text("cli-error", &[("message", message.into())])
}

fn config_refused(l10n: &Localizer, file: String, key: &str, problem: String) -> String {
    if key.is_empty() {
        l10n.text(
            "cli-config-refused-file",
            &[("file", file.into()), ("problem", problem.into())],
        )
    } else {
        l10n.text(
            "cli-config-refused",
            &[
                ("file", file.into()),
                ("key", key.to_string().into()),
                ("problem", problem.into()),
            ],
        )
    }
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
        Command::Export {
            command: ExportCommand::Rollcall { site, .. },
        } => kiosks::check_id(site)?,
        Command::Members {
            command: MembersCommand::Import { site, .. } | MembersCommand::List { site },
        }
        | Command::Badge {
            command: BadgeCommand::Revoke { site, .. },
        }
        | Command::Config {
            command: ConfigCommand::Push { site, .. },
        }
        | Command::Emergency {
            command: EmergencyCommand::End { site, .. } | EmergencyCommand::Status { site },
        } => kiosks::check_id(site)?,
        Command::Policy {
            command:
                PolicyCommand::Publish {
                    site,
                    policy,
                    texts,
                    ..
                },
        } => {
            kiosks::check_id(site)?;
            publish::read_policy(policy, texts)?;
        }
        Command::Emergency {
            command:
                EmergencyCommand::Start {
                    site,
                    kind,
                    message,
                    ..
                },
        } => {
            kiosks::check_id(site)?;
            emergency::check(kind, message.as_deref())?;
        }
        Command::Staff {
            command:
                StaffCommand::Add { site, name, .. }
                | StaffCommand::Reset { site, name, .. }
                | StaffCommand::Disable { site, name, .. }
                | StaffCommand::Enable { site, name, .. },
        } => {
            kiosks::check_id(site)?;
            staff::check_name(name)?;
        }
        Command::Staff {
            command: StaffCommand::List { site },
        } => kiosks::check_id(site)?,
        Command::Serve { nats } if nats.nats.is_none() => return Err(Error::NoNats),
        _ => {}
    }
    // A file that a tablet would refuse is refused before the database is touched.
    if let Command::Config {
        command: ConfigCommand::Push { file, .. },
    } = &cli.command
    {
        publish::read_config(file)?;
    }
    let pool = database(cli.database).await?;
    match cli.command {
        Command::Serve { nats } => {
            let Some(nats) = nats.nats() else {
                return Err(Error::NoNats);
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
        Command::Members { command } => members_command(l10n, &pool, command).await,
        Command::Badge {
            command: BadgeCommand::Revoke { site, uid, nats },
        } => {
            let (member, outbox) = members::revoke(&pool, &site, &uid).await?;
            say(
                l10n,
                "hub-badge-revoked",
                &[
                    ("site", site.into()),
                    ("uid", members::uid_tail(&uid.to_ascii_uppercase()).into()),
                    ("member", member.into()),
                ],
            );
            sent(l10n, &pool, &nats, &outbox).await
        }
        Command::Policy {
            command:
                PolicyCommand::Publish {
                    site,
                    policy,
                    texts,
                    nats,
                },
        } => {
            let texts = publish::read_policy(&policy, &texts)?;
            let langs = texts
                .iter()
                .map(|(l, _)| l.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let outbox = publish::publish_policy(&pool, &site, &policy, texts).await?;
            say(
                l10n,
                "hub-policy-saved",
                &[
                    ("site", site.into()),
                    ("policy", policy.into()),
                    ("langs", langs.into()),
                ],
            );
            sent(l10n, &pool, &nats, &[outbox]).await
        }
        Command::Config {
            command: ConfigCommand::Push { site, file, nats },
        } => {
            let text = publish::read_config(&file)?;
            let (sha, outbox) = publish::push_config(&pool, &site, text).await?;
            say(
                l10n,
                "hub-config-saved",
                &[
                    ("site", site.into()),
                    ("file", file.display().to_string().into()),
                    ("sha", sha.get(..12).unwrap_or(&sha).to_string().into()),
                ],
            );
            sent(l10n, &pool, &nats, &[outbox]).await
        }
        Command::Emergency { command } => emergency_command(l10n, &pool, command).await,
        Command::Staff { command } => staff_command(l10n, &pool, command).await,
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
            write_export(
                l10n,
                output,
                &csv,
                "hub-export-written",
                &[("rows", rows.into())],
            )
        }
        Command::Export {
            command: ExportCommand::Rollcall {
                site, id, output, ..
            },
        } => {
            // `--latest` is what no `--id` means.
            kiosks::require_site(&pool, &site).await?;
            let (csv, id, rows) = rollcall::csv(&pool, &site, id.as_deref()).await?;
            write_export(
                l10n,
                output,
                &csv,
                "hub-export-rollcall-written",
                &[("id", id.into()), ("rows", rows.into())],
            )
        }
    }
}

/// An export to standard output, or to `output` with a line saying so (`message` with `args`
/// and `file`) on standard error.
fn write_export(
    l10n: &Localizer,
    output: Option<PathBuf>,
    csv: &[u8],
    message: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<ExitCode> {
    match output {
        Some(path) => {
            std::fs::write(&path, csv).map_err(|e| Error::File {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            let mut args = args.to_vec();
            args.push(("file", path.display().to_string().into()));
            eprintln!("{}", l10n.text(message, &args));
        }
        None => {
            use std::io::Write as _;
            std::io::stdout().write_all(csv).map_err(|e| Error::File {
                path: "-".into(),
                reason: e.to_string(),
            })?;
        }
    }
    Ok(ExitCode::SUCCESS)
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
                    ("number", creds.number.map(i64::from).unwrap_or(-1).into()),
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
                    (
                        "number",
                        k.number
                            .map_or_else(|| "–".to_string(), |n| n.to_string())
                            .into(),
                    ),
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

/// The last line of a publishing command: sent, or saved for `serve` to send. Either way the
/// change is safe at the hub: exit 0.
async fn sent(
    l10n: &Localizer,
    pool: &sqlx::PgPool,
    nats: &NatsArgs,
    outbox: &[i64],
) -> Result<ExitCode> {
    if outbox.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    match down::send(pool, nats.nats().as_ref(), outbox).await? {
        down::Sent::Published => say(l10n, "hub-down-published", &[]),
        down::Sent::Queued(reason) => {
            // The message says what happens next; the reason is for `LOBBY_HUB_LOG=info`.
            tracing::info!(%reason, "shared change left for serve");
            say(l10n, "hub-down-queued", &[]);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn members_command(
    l10n: &Localizer,
    pool: &sqlx::PgPool,
    command: MembersCommand,
) -> Result<ExitCode> {
    match command {
        MembersCommand::Import { site, file, nats } => {
            kiosks::require_site(pool, &site).await?;
            let bytes = std::fs::read(&file).map_err(|e| Error::FileRead {
                path: file.display().to_string(),
                reason: e.to_string(),
            })?;
            let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
            let checked = members::read_import(&file, &bytes, &today)?;
            let done = members::import(pool, &site, &file, &checked).await?;
            say(
                l10n,
                "hub-members-imported",
                &[
                    ("site", site.into()),
                    ("members", done.members.into()),
                    ("badges", checked.badges().into()),
                    ("changed", done.changed.into()),
                ],
            );
            sent(l10n, pool, &nats, &done.outbox).await
        }
        MembersCommand::List { site } => {
            let list = members::list(pool, &site).await?;
            if list.is_empty() {
                say(l10n, "hub-members-none", &[]);
            }
            for m in list {
                say(
                    l10n,
                    "hub-members-line",
                    &[
                        ("id", m.id.into()),
                        ("name", m.name.into()),
                        ("active", (if m.active { "yes" } else { "no" }).into()),
                        ("badges", m.badges.into()),
                    ],
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn emergency_command(
    l10n: &Localizer,
    pool: &sqlx::PgPool,
    command: EmergencyCommand,
) -> Result<ExitCode> {
    match command {
        EmergencyCommand::Start {
            site,
            kind,
            message,
            nats,
        } => {
            let (e, outbox) = emergency::start(pool, &site, &kind, message.as_deref()).await?;
            say(
                l10n,
                "hub-emergency-started",
                &[
                    ("site", site.into()),
                    ("id", e.id.into()),
                    ("kind", e.kind.into()),
                ],
            );
            sent(l10n, pool, &nats, &[outbox]).await
        }
        EmergencyCommand::End { site, nats } => {
            let (e, outbox) = emergency::end(pool, &site).await?;
            say(
                l10n,
                "hub-emergency-ended",
                &[
                    ("site", site.into()),
                    ("id", e.id.into()),
                    ("kind", e.kind.into()),
                    ("started", e.started_at.into()),
                ],
            );
            sent(l10n, pool, &nats, &[outbox]).await
        }
        EmergencyCommand::Status { site } => {
            let open = emergency::status(pool, &site).await?;
            match open.first() {
                None => say(l10n, "hub-emergency-none", &[("site", site.into())]),
                Some(e) => say(
                    l10n,
                    "hub-emergency-in-force",
                    &[
                        ("site", site.into()),
                        ("id", e.id.clone().into()),
                        ("kind", e.kind.clone().into()),
                        ("message", e.message.clone().unwrap_or_default().into()),
                        ("started", e.started_at.clone().into()),
                        ("others", (open.len() - 1).into()),
                    ],
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn staff_command(
    l10n: &Localizer,
    pool: &sqlx::PgPool,
    command: StaffCommand,
) -> Result<ExitCode> {
    let reset = matches!(command, StaffCommand::Reset { .. });
    match command {
        StaffCommand::Add { site, name, nats } | StaffCommand::Reset { site, name, nats } => {
            kiosks::require_site(pool, &site).await?;
            let Some(pin) = read_pin(l10n, &name)? else {
                return Ok(ExitCode::from(2));
            };
            let (added, message) = if reset {
                (
                    staff::reset(pool, &site, &name, &pin).await?,
                    "hub-staff-reset",
                )
            } else {
                (
                    staff::add(pool, &site, &name, &pin).await?,
                    "hub-staff-added",
                )
            };
            say(
                l10n,
                message,
                &[("site", site.into()), ("name", added.name.clone().into())],
            );
            say(l10n, "hub-staff-setup", &[]);
            let key = lobby_core::staff::totp::secret_base32(&added.secret);
            say(l10n, "cli-staff-key", &[("key", key.into())]);
            say(l10n, "cli-staff-uri", &[("uri", added.uri.into())]);
            sent(l10n, pool, &nats, &[added.outbox]).await
        }
        StaffCommand::Disable { site, name, nats } => {
            set_staff_active(l10n, pool, site, name, nats, false).await
        }
        StaffCommand::Enable { site, name, nats } => {
            set_staff_active(l10n, pool, site, name, nats, true).await
        }
        StaffCommand::List { site } => {
            let list = staff::list(pool, &site).await?;
            if list.is_empty() {
                say(l10n, "hub-staff-none", &[("site", site.into())]);
            }
            for a in list {
                say(
                    l10n,
                    "hub-staff-line",
                    &[
                        ("name", a.name.into()),
                        ("active", (if a.active { "yes" } else { "no" }).into()),
                        ("added", a.added_at.into()),
                    ],
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn set_staff_active(
    l10n: &Localizer,
    pool: &sqlx::PgPool,
    site: String,
    name: String,
    nats: NatsArgs,
    active: bool,
) -> Result<ExitCode> {
    let name = staff::check_name(&name)?;
    let outbox = staff::set_active(pool, &site, &name, active).await?;
    let id = match (active, outbox.is_some()) {
        (_, false) => "hub-staff-unchanged",
        (true, true) => "hub-staff-enabled",
        (false, true) => "hub-staff-disabled",
    };
    say(
        l10n,
        id,
        &[
            ("site", site.into()),
            ("name", name.into()),
            ("active", (if active { "yes" } else { "no" }).into()),
        ],
    );
    sent(l10n, pool, &nats, outbox.as_slice()).await
}

/// A new PIN: asked twice on a terminal (not shown), or one line of standard input otherwise,
/// as `lobby staff add` reads it. `None` when the two differ (said already).
fn read_pin(l10n: &Localizer, name: &str) -> Result<Option<String>> {
    use std::io::IsTerminal as _;
    let stdin_error = |e: std::io::Error| Error::FileRead {
        path: "-".into(),
        reason: e.to_string(),
    };
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password(
            l10n.text("cli-staff-pin-prompt", &[("name", name.into())]) + " ",
        )
        .map_err(stdin_error)?;
        let second = rpassword::prompt_password(l10n.text("cli-staff-pin-repeat", &[]) + " ")
            .map_err(stdin_error)?;
        if first != second {
            eprintln!("{}", l10n.text("cli-staff-pin-mismatch", &[]));
            return Ok(None);
        }
        Ok(Some(first))
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(stdin_error)?;
        Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()))
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

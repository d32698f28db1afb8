//! `lobby emergency start KIND|end|status` and `lobby incidents list`. A fire panel's relay or
//! another system starts emergency mode with the first; the running kiosk shows it within a
//! moment, because the kiosk watches the database. The pool is closed without waiting for the
//! WAL to go: the running kiosk keeps it, and the write is durable at commit.

use super::backup::local;
use super::site_key;
use clap::{Subcommand, ValueEnum};
use lobby_core::audit::Actor;
use lobby_core::emergency::{self, EmergencyKind};
use lobby_core::i18n::Localizer;
use lobby_core::incidents;
use lobby_core::Config;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum EmergencyCommand {
    /// Start emergency mode: fire, shelter, medical, or custom with --message.
    Start {
        kind: String,
        /// The words on the screen (custom only), at most 200 characters.
        #[arg(long)]
        message: Option<String>,
    },
    /// "All clear": end emergency mode.
    End,
    /// Whether emergency mode is on (exit 0 when off, 4 when on).
    Status,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum IncidentsCommand {
    /// Security-concern reports: the open ones, or --all.
    List {
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

pub async fn emergency(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: EmergencyCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let store = site_key::open_store(data_dir).await?;
    let code = match command {
        EmergencyCommand::Start { kind, message } => {
            let Some(kind) = EmergencyKind::parse(&kind) else {
                eprintln!(
                    "{}",
                    l10n.text("cli-emergency-kind", &[("value", kind.into())])
                );
                store.pool().close().await;
                return Ok(ExitCode::from(2));
            };
            let on = emergency::start(&store, now, Actor::Cli, kind, message.as_deref()).await?;
            println!(
                "{}",
                l10n.text(
                    "cli-emergency-started",
                    &[("kind", on.kind.as_str().into())]
                )
            );
            ExitCode::SUCCESS
        }
        EmergencyCommand::End => {
            let clear = emergency::end(&store, now, Actor::Cli).await?;
            println!(
                "{}",
                l10n.text(
                    "cli-emergency-ended",
                    &[("seconds", clear.duration_seconds.into())]
                )
            );
            ExitCode::SUCCESS
        }
        EmergencyCommand::Status => {
            let mut conn = store.conn().await?;
            let on = emergency::current(&mut conn).await?;
            drop(conn);
            match on {
                None => {
                    println!("{}", l10n.text("cli-emergency-off", &[]));
                    ExitCode::SUCCESS
                }
                Some(e) => {
                    println!(
                        "{}",
                        l10n.text(
                            "cli-emergency-on",
                            &[
                                ("at", local(config, Some(&e.started_at)).into()),
                                ("kind", e.kind.as_str().into()),
                            ]
                        )
                    );
                    ExitCode::from(4)
                }
            }
        }
    };
    store.pool().close().await;
    Ok(code)
}

pub async fn incidents(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: IncidentsCommand,
) -> anyhow::Result<ExitCode> {
    let IncidentsCommand::List { all, format } = command;
    let store = site_key::open_store(data_dir).await?;
    let mut conn = store.conn().await?;
    let list = incidents::list(&mut conn, super::kiosk::clock().now(), all).await?;
    drop(conn);
    store.pool().close().await;
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
        ListFormat::Text if list.is_empty() => {
            println!("{}", l10n.text("cli-incidents-none", &[]))
        }
        ListFormat::Text => {
            for i in &list {
                println!(
                    "{}",
                    l10n.text(
                        "cli-incident-line",
                        &[
                            ("id", i.id.into()),
                            ("at", local(config, Some(&i.reported_at)).into()),
                            ("kind", i.kind.as_str().into()),
                            ("status", i.status.as_str().into()),
                            (
                                "personal",
                                if i.personal_data { "yes" } else { "no" }.into()
                            ),
                            ("deadline", local(config, i.notify_by.as_deref()).into()),
                        ]
                    )
                );
                for text in [
                    Some(&i.description),
                    i.contact.as_ref(),
                    i.member.as_ref(),
                    i.note.as_ref(),
                ]
                .into_iter()
                .flatten()
                .filter(|t| !t.is_empty())
                {
                    println!(
                        "    {}",
                        l10n.text("cli-incident-detail", &[("text", text.clone().into())])
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

//! `lobby deny add|import|list|remove` and `lobby deny safe add|remove|list`: the deny list
//! kept by an operator (staff keep it on the staff screen too), and the safe list of addresses
//! whose owners only share a name with an entry. What matches is `privacy::deny`'s rule.

use super::safety::ListFormat;
use super::site_key;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::privacy::deny::{self, DenyEntry, NewDenyEntry};
use lobby_core::Config;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum DenyCommand {
    /// Add someone: a check-in that matches their name, an alias, the e-mail or the phone
    /// waits for staff, and an invitation for them is refused.
    Add {
        #[arg(long)]
        name: String,
        /// Another name they are known by (repeat for more).
        #[arg(long = "alias")]
        aliases: Vec<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        /// Why, for staff.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Entries from a CSV file (header name,aliases,email,phone,reason; aliases separated by
    /// |): all or none.
    Import { file: PathBuf },
    /// The entries of the deny list.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Remove an entry by its number, with everything it said.
    Remove { id: i64 },
    /// The safe list: addresses of people who share a name with an entry.
    Safe {
        #[command(subcommand)]
        command: SafeCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum SafeCommand {
    /// Let this address through when only the name matches an entry.
    Add { email: String },
    /// Take an address off the safe list.
    Remove { email: String },
    /// The addresses on the safe list.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

fn added(l10n: &Localizer, e: &DenyEntry) {
    println!(
        "{}",
        l10n.text(
            "cli-deny-added",
            &[("id", e.id.into()), ("name", e.name.clone().into())]
        )
    );
}

fn show(l10n: &Localizer, e: &DenyEntry) {
    println!(
        "{}",
        l10n.text(
            "cli-deny-line",
            &[
                ("id", e.id.into()),
                ("name", e.name.clone().into()),
                ("added", e.added_at.clone().into()),
            ]
        )
    );
    let details = [
        ("cli-deny-aliases", Some(e.aliases.join(", "))),
        ("cli-deny-email", e.email.clone()),
        ("cli-deny-phone", e.phone.clone()),
        ("cli-deny-reason", Some(e.reason.clone())),
    ];
    for (id, value) in details {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            println!("    {}", l10n.text(id, &[("value", value.into())]));
        }
    }
}

pub async fn run(
    l10n: &Localizer,
    _config: &Config,
    data_dir: &Path,
    command: DenyCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let store = site_key::open_store(data_dir).await?;
    let result = async {
        match command {
            DenyCommand::Add {
                name,
                aliases,
                email,
                phone,
                reason,
            } => {
                let new = NewDenyEntry {
                    name,
                    aliases,
                    email,
                    phone,
                    reason,
                };
                let e = deny::add(&store, now, Actor::Cli, &new).await?;
                added(l10n, &e);
            }
            DenyCommand::Import { file } => {
                let data = std::fs::read(&file)?;
                for e in deny::import_csv(&store, now, Actor::Cli, &data).await? {
                    added(l10n, &e);
                }
            }
            DenyCommand::List { format } => {
                let list = deny::list(&store).await?;
                match format {
                    ListFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
                    ListFormat::Text if list.is_empty() => {
                        println!("{}", l10n.text("cli-deny-none", &[]))
                    }
                    ListFormat::Text => list.iter().for_each(|e| show(l10n, e)),
                }
            }
            DenyCommand::Remove { id } => {
                deny::remove(&store, now, Actor::Cli, id).await?;
                println!("{}", l10n.text("cli-deny-removed", &[("id", id.into())]));
            }
            DenyCommand::Safe { command } => return safe(l10n, &store, now, command).await,
        }
        Ok(ExitCode::SUCCESS)
    }
    .await;
    store.pool().close().await;
    result
}

async fn safe(
    l10n: &Localizer,
    store: &lobby_core::Store,
    now: chrono::DateTime<chrono::Utc>,
    command: SafeCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        SafeCommand::Add { email } => {
            let id = if deny::safe_add(store, now, Actor::Cli, &email).await? {
                "cli-deny-safe-added"
            } else {
                "cli-deny-safe-already"
            };
            println!("{}", l10n.text(id, &[("email", email.trim().into())]));
        }
        SafeCommand::Remove { email } => {
            if !deny::safe_remove(store, now, Actor::Cli, &email).await? {
                eprintln!(
                    "{}",
                    l10n.text("cli-deny-safe-not-found", &[("email", email.trim().into())])
                );
                return Ok(ExitCode::from(2));
            }
            println!(
                "{}",
                l10n.text("cli-deny-safe-removed", &[("email", email.trim().into())])
            );
        }
        SafeCommand::List { format } => {
            let list = deny::safe_list(store).await?;
            match format {
                ListFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
                ListFormat::Text if list.is_empty() => {
                    println!("{}", l10n.text("cli-deny-safe-none", &[]))
                }
                ListFormat::Text => {
                    for s in &list {
                        println!(
                            "{}",
                            l10n.text(
                                "cli-deny-safe-line",
                                &[
                                    ("email", s.email.clone().into()),
                                    ("added", s.added_at.clone().into()),
                                ]
                            )
                        );
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

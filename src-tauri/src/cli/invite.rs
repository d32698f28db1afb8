//! `lobby invite create|import|list|cancel`: invitations made by an operator (staff make them
//! on the staff screen too). With an address, the guest's e-mail is queued and sent by the
//! kiosk; without one, the command prints the code to pass on.

use super::safety::ListFormat;
use super::site_key;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::config::VisitKind;
use lobby_core::i18n::Localizer;
use lobby_core::invitations::{self, Invitation, NewInvitation};
use lobby_core::Config;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Invite a guest: a code for the kiosk, and an e-mail with its QR code when --email is given.
    Create {
        /// The host's member id.
        #[arg(long)]
        host: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        company: Option<String>,
        /// guest (default), day-pass, contractor or interview.
        #[arg(long)]
        kind: Option<String>,
        /// The first day, YYYY-MM-DD (site time).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// How many days it is good for (1 to 30; 1 by default).
        #[arg(long)]
        days: Option<u32>,
        /// The e-mail's language (the site's first by default).
        #[arg(long)]
        language: Option<String>,
    },
    /// Invitations from a CSV file (header host,name,email,company,kind,date,days,language):
    /// all or none.
    Import { file: PathBuf },
    /// Invitations from today on; --all for every one kept.
    List {
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Cancel an invitation by its code or number.
    Cancel { code: String },
}

fn line(l10n: &Localizer, i: &Invitation) -> String {
    l10n.text(
        "cli-invite-line",
        &[
            ("id", i.id.into()),
            ("code", invitations::display(&i.code).into()),
            ("status", i.status.as_str().into()),
            ("name", i.name.clone().into()),
            ("host", i.host.clone().into()),
            ("from", i.from.clone().into()),
            ("until", i.until.clone().into()),
        ],
    )
}

fn created(l10n: &Localizer, config: &Config, i: &Invitation) {
    println!(
        "{}",
        l10n.text(
            "cli-invite-created",
            &[
                ("code", invitations::display(&i.code).into()),
                ("name", i.name.clone().into()),
                ("host", i.host.clone().into()),
                ("from", i.from.clone().into()),
                ("until", i.until.clone().into()),
            ]
        )
    );
    let emailed = i.email.is_some()
        && config
            .notifications
            .configured(lobby_core::notify::Channel::Email);
    let note = if emailed {
        "cli-invite-emailed"
    } else {
        "cli-invite-give-code"
    };
    println!(
        "{}",
        l10n.text(
            note,
            &[("email", i.email.clone().unwrap_or_default().into())]
        )
    );
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: InviteCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let store = site_key::open_store(data_dir).await?;
    let result = async {
        match command {
            InviteCommand::Create {
                host,
                name,
                email,
                company,
                kind,
                date,
                days,
                language,
            } => {
                let kind = match kind.as_deref().map(VisitKind::parse) {
                    None => None,
                    Some(Some(k)) => Some(k),
                    Some(None) => return Err(lobby_core::Error::VisitTypeUnavailable.into()),
                };
                let new = NewInvitation {
                    host_id: host,
                    name,
                    email,
                    company,
                    kind,
                    date,
                    days,
                    language,
                };
                let i = invitations::create(&store, now, config, Actor::Cli, &new).await?;
                created(l10n, config, &i);
                Ok(ExitCode::SUCCESS)
            }
            InviteCommand::Import { file } => {
                let data = std::fs::read(&file)?;
                let made = invitations::import_csv(&store, now, config, Actor::Cli, &data).await?;
                for i in &made {
                    created(l10n, config, i);
                }
                Ok(ExitCode::SUCCESS)
            }
            InviteCommand::List { all, format } => {
                let list = invitations::list(&store, now, config, all).await?;
                match format {
                    ListFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
                    ListFormat::Text if list.is_empty() => {
                        println!("{}", l10n.text("cli-invite-none", &[]))
                    }
                    ListFormat::Text => {
                        for i in &list {
                            println!("{}", line(l10n, i));
                        }
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
            InviteCommand::Cancel { code } => {
                let i = invitations::cancel(&store, now, config, Actor::Cli, &code).await?;
                println!("{}", line(l10n, &i));
                Ok(ExitCode::SUCCESS)
            }
        }
    }
    .await;
    store.pool().close().await;
    result
}

//! `lobby privacy request|export|erase|hold|holds|release|requests`: a person's requests about
//! their data (issue 23). A person is named by `--email`, `--name` or `--visit`; what that
//! finds is the documented match rule of `lobby_core::privacy`.

use super::site_key;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::rights::{self, Erasure, KeptWhy, Person};
use lobby_core::Config;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exactly one of these names the person.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct Who {
    /// Their e-mail address.
    #[arg(long)]
    email: Option<String>,
    /// Their name, as they wrote it.
    #[arg(long)]
    name: Option<String>,
    /// One of their visits, by number.
    #[arg(long, value_name = "ID")]
    visit: Option<i64>,
}

impl Who {
    fn person(self) -> Person {
        match (self.email, self.name, self.visit) {
            (Some(e), _, _) => Person::Email(e),
            (_, Some(n), _) => Person::Name(n),
            (_, _, Some(v)) => Person::Visit(v),
            // clap's group makes one of them required.
            (None, None, None) => Person::Visit(0),
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RequestKind {
    Access,
    Erasure,
}

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Record a request received by mail or at the desk, to answer within one month.
    Request {
        #[arg(value_enum)]
        kind: RequestKind,
        #[command(flatten)]
        who: Who,
        /// The day it was received (today by default).
        #[arg(long, value_name = "YYYY-MM-DD")]
        received: Option<String>,
    },
    /// Write everything held about a person to a folder: JSON and a PDF in their language.
    Export {
        #[command(flatten)]
        who: Who,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The day the request was received (today by default).
        #[arg(long, value_name = "YYYY-MM-DD")]
        received: Option<String>,
    },
    /// Erase a person's personal data, except what a hold keeps, and print the receipt.
    Erase {
        #[command(flatten)]
        who: Who,
        /// The grounds, kept with the request (say why, not whom).
        #[arg(long)]
        reason: String,
        /// The day the request was received (today by default).
        #[arg(long, value_name = "YYYY-MM-DD")]
        received: Option<String>,
    },
    /// Keep a person's records from erasure until a day after today.
    Hold {
        #[command(flatten)]
        who: Who,
        #[arg(long)]
        reason: String,
        /// The last day of the hold.
        #[arg(long, value_name = "YYYY-MM-DD")]
        until: String,
    },
    /// Legal holds that are on; --all adds released and ended ones.
    Holds {
        #[arg(long)]
        all: bool,
    },
    /// End a legal hold now.
    Release {
        #[arg(value_name = "HOLD_ID")]
        id: i64,
    },
    /// Open requests with the days left of their one-month limit; --all adds answered ones.
    Requests {
        #[arg(long)]
        all: bool,
    },
}

fn hold_line(l10n: &Localizer, h: &rights::Hold) -> String {
    l10n.text(
        "cli-privacy-hold-line",
        &[
            ("id", h.id.into()),
            ("who", format!("{}:{}", h.who_by, h.who).into()),
            ("until", h.until.clone().into()),
            ("reason", h.reason.clone().into()),
        ],
    )
}

fn request_line(l10n: &Localizer, r: &rights::Request) -> String {
    let state = match &r.answered_at {
        Some(at) => l10n.text("cli-privacy-answered", &[("at", at.clone().into())]),
        None if r.days_left < 0 => {
            l10n.text("cli-privacy-overdue", &[("days", (-r.days_left).into())])
        }
        None => l10n.text("cli-privacy-days-left", &[("days", r.days_left.into())]),
    };
    l10n.text(
        "cli-privacy-request-line",
        &[
            ("id", r.id.into()),
            ("kind", r.kind.clone().into()),
            ("named", format!("{}:{}", r.named_by, r.named).into()),
            ("received", r.received_on.clone().into()),
            ("due", r.due_on.clone().into()),
            ("state", state.into()),
        ],
    )
}

fn receipt(l10n: &Localizer, e: &Erasure) {
    let table = |t: &str| l10n.text("cli-privacy-table", &[("table", t.to_owned().into())]);
    println!(
        "{}",
        l10n.text(
            "cli-privacy-erased",
            &[("id", e.request_id.into()), ("at", e.at.clone().into())]
        )
    );
    if e.erased.is_empty() {
        println!("{}", l10n.text("cli-privacy-nothing-erased", &[]));
    }
    for (t, count) in &e.erased {
        println!(
            "{}",
            l10n.text(
                "cli-privacy-erased-line",
                &[("table", table(t).into()), ("count", (*count).into())]
            )
        );
    }
    if e.kept.is_empty() {
        println!("{}", l10n.text("cli-privacy-nothing-kept", &[]));
    } else {
        println!("{}", l10n.text("cli-privacy-kept-heading", &[]));
    }
    for k in &e.kept {
        let why = match &k.why {
            KeptWhy::OpenIncident => l10n.text("cli-privacy-why-incident", &[]),
            KeptWhy::DenyList => l10n.text("cli-privacy-why-deny", &[]),
            KeptWhy::Hold {
                hold,
                until,
                reason,
            } => l10n.text(
                "cli-privacy-why-hold",
                &[
                    ("hold", (*hold).into()),
                    ("until", until.clone().into()),
                    ("reason", reason.clone().into()),
                ],
            ),
        };
        println!(
            "{}",
            l10n.text(
                "cli-privacy-kept-line",
                &[
                    ("table", table(k.table).into()),
                    ("id", k.id.clone().into()),
                    ("why", why.into()),
                ]
            )
        );
    }
    println!(
        "{}",
        l10n.text("cli-privacy-backups", &[("at", e.at.clone().into())])
    );
    if !e.checkpointed {
        println!("{}", l10n.text("cli-privacy-wal-busy", &[]));
    }
}

/// A day typed as YYYY-MM-DD; anything else is `bad`, in the operator's language.
fn day(typed: &str, bad: lobby_core::Error) -> Result<NaiveDate, lobby_core::Error> {
    NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d").map_err(|_| bad)
}

/// An optional `--received` day.
fn received_on(typed: Option<String>) -> Result<Option<NaiveDate>, lobby_core::Error> {
    typed
        .map(|t| day(&t, lobby_core::Error::RequestDateInvalid))
        .transpose()
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: PrivacyCommand,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let store = site_key::open_store(data_dir).await?;
    let result = async {
        match command {
            PrivacyCommand::Request {
                kind,
                who,
                received,
            } => {
                let kind = match kind {
                    RequestKind::Access => "access",
                    RequestKind::Erasure => "erasure",
                };
                let r = rights::receive(
                    &store,
                    now,
                    config,
                    Actor::Cli,
                    kind,
                    &who.person(),
                    received_on(received)?,
                )
                .await?;
                println!(
                    "{}",
                    l10n.text(
                        "cli-privacy-received",
                        &[
                            ("id", r.id.into()),
                            ("kind", r.kind.into()),
                            ("received", r.received_on.into()),
                            ("due", r.due_on.into()),
                        ]
                    )
                );
            }
            PrivacyCommand::Export { who, out, received } => {
                let done = rights::export(
                    &store,
                    now,
                    config,
                    Actor::Cli,
                    &who.person(),
                    received_on(received)?,
                    &out,
                )
                .await?;
                println!(
                    "{}",
                    l10n.text(
                        "cli-privacy-exported",
                        &[
                            ("json", done.json.display().to_string().into()),
                            ("pdf", done.pdf.display().to_string().into()),
                            ("records", done.records.into()),
                            ("id", done.request_id.into()),
                        ]
                    )
                );
            }
            PrivacyCommand::Erase {
                who,
                reason,
                received,
            } => {
                let e = rights::erase(
                    &store,
                    now,
                    config,
                    Actor::Cli,
                    &who.person(),
                    &reason,
                    received_on(received)?,
                )
                .await?;
                receipt(l10n, &e);
            }
            PrivacyCommand::Hold { who, reason, until } => {
                let h = rights::hold(
                    &store,
                    now,
                    config,
                    Actor::Cli,
                    &who.person(),
                    &reason,
                    day(&until, lobby_core::Error::HoldDatesInvalid)?,
                )
                .await?;
                println!(
                    "{}",
                    l10n.text(
                        "cli-privacy-hold-set",
                        &[
                            ("id", h.id.into()),
                            ("who", format!("{}:{}", h.who_by, h.who).into()),
                            ("until", h.until.into()),
                        ]
                    )
                );
            }
            PrivacyCommand::Holds { all } => {
                let list = rights::holds(&store, now, config, all).await?;
                if list.is_empty() {
                    println!("{}", l10n.text("cli-privacy-no-holds", &[]));
                }
                for h in &list {
                    println!("{}", hold_line(l10n, h));
                }
            }
            PrivacyCommand::Release { id } => {
                match rights::release(&store, now, config, Actor::Cli, id).await? {
                    Some(_) => println!(
                        "{}",
                        l10n.text("cli-privacy-hold-released", &[("id", id.into())])
                    ),
                    None => {
                        eprintln!(
                            "{}",
                            l10n.text("cli-privacy-hold-unknown", &[("id", id.into())])
                        );
                        return Ok(ExitCode::from(2));
                    }
                }
            }
            PrivacyCommand::Requests { all } => {
                let list = rights::requests(&store, now, config, all).await?;
                if list.is_empty() {
                    println!("{}", l10n.text("cli-privacy-no-requests", &[]));
                }
                for r in &list {
                    println!("{}", request_line(l10n, r));
                }
            }
        }
        Ok(ExitCode::SUCCESS)
    }
    .await;
    store.pool().close().await;
    result
}

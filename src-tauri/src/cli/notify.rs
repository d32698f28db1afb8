//! `lobby notify test MEMBER|list|resend ID|send`: messages to hosts. The kiosk's own sender
//! delivers them; these commands let an operator check the channels, see what waits or failed,
//! and send again. The doctor line is here too.

use super::backup::local;
use super::doctor::Status;
use super::safety::ListFormat;
use super::site_key;
use clap::Subcommand;
use lobby_core::audit::Actor;
use lobby_core::i18n::Localizer;
use lobby_core::notify::{self, deliver, Outcome, Skip};
use lobby_core::{Config, Store};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum NotifyCommand {
    /// Send a test message through each of a member's channels now and print what each server
    /// answered (exit 1 if any was not delivered).
    Test { member: String },
    /// Messages to hosts that wait or failed; --all adds the last day's delivered ones.
    List {
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Send a waiting or failed message again, with a new day of tries.
    Resend { id: i64 },
    /// Deliver every message that is due, once, and exit (the kiosk does this by itself).
    Send,
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: NotifyCommand,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    let result = match command {
        NotifyCommand::Test { member } => test(l10n, config, &store, &member).await,
        NotifyCommand::List { all, format } => list(l10n, config, &store, all, format).await,
        NotifyCommand::Resend { id } => {
            let m = notify::resend(&store, super::kiosk::clock().now(), Actor::Cli, id).await?;
            println!(
                "{}",
                l10n.text(
                    "cli-notify-resent",
                    &[
                        ("id", m.id.into()),
                        ("channel", m.channel.as_str().into()),
                        ("host", m.host.into())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        NotifyCommand::Send => {
            let tried = deliver::run_once(&store, config, super::kiosk::clock().now()).await?;
            for t in &tried {
                println!("{}", outcome_line(l10n, t));
            }
            let all_sent = tried.iter().all(|t| matches!(t.outcome, Outcome::Sent(_)));
            Ok(if all_sent {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    };
    store.pool().close().await;
    result
}

fn outcome_line(l10n: &Localizer, t: &deliver::Tried) -> String {
    let channel = t.message.channel.as_str();
    match &t.outcome {
        Outcome::Sent(answer) => l10n.text(
            "cli-notify-sent",
            &[
                ("id", t.message.id.into()),
                ("channel", channel.into()),
                ("answer", answer.clone().into()),
            ],
        ),
        Outcome::Retry(problem) | Outcome::Permanent(problem) => l10n.text(
            if t.state == notify::State::Failed {
                "cli-notify-failed"
            } else {
                "cli-notify-retry"
            },
            &[
                ("id", t.message.id.into()),
                ("channel", channel.into()),
                ("problem", problem.clone().into()),
            ],
        ),
    }
}

async fn test(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
    member: &str,
) -> anyhow::Result<ExitCode> {
    let now = super::kiosk::clock().now();
    let queued = notify::enqueue_test(store, now, config, member).await?;
    for (channel, why) in &queued.skipped {
        let id = match why {
            Skip::NotSetUp => "cli-notify-skip-unset",
            Skip::NoAddress => "cli-notify-skip-address",
        };
        println!(
            "{}",
            l10n.text(
                id,
                &[
                    ("channel", channel.as_str().into()),
                    ("member", member.to_string().into())
                ]
            )
        );
    }
    if queued.ids.is_empty() {
        println!(
            "{}",
            l10n.text("cli-notify-none", &[("member", member.to_string().into())])
        );
        return Ok(ExitCode::FAILURE);
    }
    let tried = deliver::send_these(store, config, now, &queued.ids).await?;
    for t in &tried {
        println!("{}", outcome_line(l10n, t));
    }
    let sent = tried
        .iter()
        .filter(|t| matches!(t.outcome, Outcome::Sent(_)))
        .count();
    Ok(if sent == queued.ids.len() && queued.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

async fn list(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
    all: bool,
    format: ListFormat,
) -> anyhow::Result<ExitCode> {
    let list = notify::list(store, super::kiosk::clock().now(), all).await?;
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
        ListFormat::Text if list.is_empty() => {
            println!("{}", l10n.text("cli-notify-list-none", &[]))
        }
        ListFormat::Text => {
            for m in &list {
                let state = match m.state {
                    notify::State::Waiting => "waiting",
                    notify::State::Sending => "sending",
                    notify::State::Sent => "sent",
                    notify::State::Failed => "failed",
                };
                println!(
                    "{}",
                    l10n.text(
                        "cli-notify-line",
                        &[
                            ("id", m.id.into()),
                            ("state", state.into()),
                            ("channel", m.channel.as_str().into()),
                            ("host", m.host.clone().into()),
                            ("at", local(config, Some(&m.created_at.to_rfc3339())).into()),
                            ("attempts", m.attempts.into()),
                        ]
                    )
                );
                if let Some(problem) = m
                    .last_error
                    .as_ref()
                    .filter(|_| m.state != notify::State::Sent)
                {
                    println!(
                        "    {}",
                        l10n.text("cli-notify-problem", &[("problem", problem.clone().into())])
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `lobby doctor`'s line: the channels set up, and what waits too long or failed.
pub async fn doctor_line(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
) -> anyhow::Result<(String, Status, String)> {
    let title = l10n.text("cli-doctor-notify", &[]);
    let counts = notify::counts(store).await?;
    let channels: Vec<&str> = config
        .notifications
        .channels
        .iter()
        .map(|c| c.as_str())
        .collect();
    let now = super::kiosk::clock().now();
    let line = if counts.failed > 0 {
        (
            Status::Warning,
            l10n.text(
                "cli-doctor-notify-failed",
                &[("failed", counts.failed.into())],
            ),
        )
    } else if let Some(oldest) = counts
        .oldest_waiting
        .filter(|t| now - *t > chrono::Duration::minutes(15))
    {
        (
            Status::Warning,
            l10n.text(
                "cli-doctor-notify-waiting",
                &[
                    ("waiting", counts.waiting.into()),
                    ("at", local(config, Some(&oldest.to_rfc3339())).into()),
                ],
            ),
        )
    } else if !config.notifications.any() {
        (Status::Ok, l10n.text("cli-doctor-notify-off", &[]))
    } else {
        (
            Status::Ok,
            l10n.text(
                "cli-doctor-notify-ok",
                &[
                    ("channels", channels.join(", ").into()),
                    ("waiting", counts.waiting.into()),
                ],
            ),
        )
    };
    Ok((title, line.0, line.1))
}

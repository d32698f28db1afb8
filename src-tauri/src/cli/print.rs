//! `lobby print test`: a sample badge on the configured printer, with what the printer said.
//! The doctor line is here too.

use super::doctor::Status;
use lobby_core::config::VisitKind;
use lobby_core::i18n::Localizer;
use lobby_core::printing::{self, ipp, jobs, layout, send, Badge};
use lobby_core::{typeset, Config, Store};
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum PrintCommand {
    /// Print a sample badge now and show what the printer answered (exit 1 if it did not
    /// take it).
    Test,
}

pub async fn run(
    l10n: &Localizer,
    config: &Config,
    command: PrintCommand,
) -> anyhow::Result<ExitCode> {
    let PrintCommand::Test = command;
    let Some(printing) = config.printing.as_ref() else {
        eprintln!("{}", l10n.text("cli-print-off", &[]));
        return Ok(ExitCode::from(1));
    };
    let info = match ipp::query(&printing.printer).await {
        Ok(info) => info,
        Err(e) => {
            eprintln!(
                "{}",
                l10n.text("cli-print-failed", &[("problem", e.to_string().into())])
            );
            return Ok(ExitCode::from(1));
        }
    };
    println!(
        "{}",
        l10n.text(
            "cli-print-printer",
            &[
                ("printer", printing.printer.clone().into()),
                (
                    "model",
                    info.make_and_model.clone().unwrap_or_default().into()
                ),
                ("state", info.state.clone().into()),
                ("reasons", info.state_reasons.join(", ").into()),
            ]
        )
    );
    println!(
        "{}",
        l10n.text(
            "cli-print-takes",
            &[
                ("formats", info.formats.join(", ").into()),
                ("media", info.media_ready.join(", ").into()),
            ]
        )
    );
    let fonts = typeset::system_fonts().map_err(anyhow::Error::msg)?;
    let now = super::kiosk::clock().now();
    let words = printing::words(
        config,
        l10n.lang(),
        VisitKind::Guest,
        Some("Jonas Berger"),
        now,
    );
    let name = l10n.text("cli-print-sample-name", &[]);
    let company = l10n.text("cli-print-sample-company", &[]);
    let rtl = lobby_core::i18n::is_rtl(&words.language);
    let badge = Badge {
        name: &name,
        company: Some(&company),
        kind: &words.kind,
        host: words.host.as_deref(),
        date: &words.date,
        valid_until: &words.valid_until,
        site: &config.site_name,
        logo: printing.logo.clone(),
        code: "TEST42",
        rtl,
    };
    let page = layout::layout(&badge, &printing.media, fonts)?;
    let title = format!("{} — {}", config.site_name, name);
    match send::send(printing, &page, &title, rtl, 1).await {
        Ok(sent) => {
            println!(
                "{}",
                l10n.text(
                    "cli-print-sent",
                    &[
                        ("format", sent.format.into()),
                        ("media", sent.media.into()),
                        ("bytes", sent.bytes.into()),
                        ("job", sent.job_id.into()),
                        ("state", sent.job_state.into()),
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!(
                "{}",
                l10n.text("cli-print-failed", &[("problem", e.to_string().into())])
            );
            Ok(ExitCode::from(1))
        }
    }
}

/// `lobby doctor`'s line: the printer answers and can print, and the last badge was printed.
pub async fn doctor_line(
    l10n: &Localizer,
    config: &Config,
    store: &Store,
) -> anyhow::Result<(String, Status, String)> {
    let title = l10n.text("cli-doctor-print", &[]);
    let Some(printing) = config.printing.as_ref() else {
        return Ok((title, Status::Ok, l10n.text("cli-doctor-print-off", &[])));
    };
    let printer = printing.printer.clone();
    let info = match ipp::query(&printer).await {
        Ok(info) => info,
        Err(e) => {
            return Ok((
                title,
                Status::Problem,
                l10n.text(
                    "cli-doctor-print-unreachable",
                    &[
                        ("printer", printer.into()),
                        ("problem", e.to_string().into()),
                    ],
                ),
            ))
        }
    };
    if let Some(reasons) = info.not_ready() {
        return Ok((
            title,
            Status::Problem,
            l10n.text(
                "cli-doctor-print-not-ready",
                &[
                    ("printer", printer.into()),
                    ("reasons", reasons.join(", ").into()),
                ],
            ),
        ));
    }
    let health = jobs::health(store, super::kiosk::clock().now()).await?;
    let at = |t: &Option<String>| super::backup::local(config, t.as_deref());
    let line = match health.state {
        Some(jobs::PrintState::Failed) => (
            Status::Warning,
            l10n.text(
                "cli-doctor-print-failed",
                &[
                    ("at", at(&health.at).into()),
                    ("problem", health.problem.unwrap_or_default().into()),
                ],
            ),
        ),
        Some(_) => (
            Status::Ok,
            l10n.text(
                "cli-doctor-print-ok",
                &[
                    ("printer", printer.into()),
                    ("state", info.state.into()),
                    ("at", at(&health.at).into()),
                ],
            ),
        ),
        None => (
            Status::Ok,
            l10n.text(
                "cli-doctor-print-ready",
                &[("printer", printer.into()), ("state", info.state.into())],
            ),
        ),
    };
    Ok((title, line.0, line.1))
}

//! `lobby members import`, `lobby export visits|rollcall|leads` and `lobby badges export`: data
//! in and out as CSV, written as private files.

use super::site_key;
use clap::Subcommand;
use lobby_core::i18n::Localizer;
use lobby_core::Config;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// Load or update members from a CSV file (id,name,email,team,active). A file with any
    /// unreadable row imports nothing and names the lines.
    Import { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
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
    /// Invitations: code, host, guest, days, status and the visit each was used for.
    Invites,
}

#[derive(Debug, Subcommand)]
pub enum BadgesCommand {
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
pub enum ExportFormat {
    Csv,
}

pub async fn members_import(
    l10n: &Localizer,
    data_dir: &Path,
    file: &Path,
) -> anyhow::Result<ExitCode> {
    let data = std::fs::read(file)?;
    let store = site_key::open_store(data_dir).await?;
    let count = lobby_core::members::import_csv(&store, super::kiosk::clock().now(), &data).await?;
    println!(
        "{}",
        l10n.text("cli-members-imported", &[("count", count.into())])
    );
    Ok(ExitCode::SUCCESS)
}

pub fn parse_day(l10n: &Localizer, value: &str) -> Result<chrono::NaiveDate, ExitCode> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
        eprintln!(
            "{}",
            l10n.text("cli-date-invalid", &[("value", value.to_string().into())])
        );
        ExitCode::from(2)
    })
}

pub async fn export(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    command: ExportCommand,
    out: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    use lobby_core::visits::export;
    let store = site_key::open_store(data_dir).await?;
    let now = super::kiosk::clock().now();
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
        ExportCommand::Invites => lobby_core::invitations::export_csv(&store, now, config).await?,
    };
    write_csv(l10n, &csv, out)
}

pub async fn badges_export(
    l10n: &Localizer,
    config: &Config,
    data_dir: &Path,
    out: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let store = site_key::open_store(data_dir).await?;
    let csv = lobby_core::badges::export_csv(&store, config, super::kiosk::clock().now()).await?;
    write_csv(l10n, &csv, out)
}

/// Writes a CSV export to a file (and says so on standard error) or to standard output.
pub fn write_csv(l10n: &Localizer, csv: &[u8], out: Option<PathBuf>) -> anyhow::Result<ExitCode> {
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

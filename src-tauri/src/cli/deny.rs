//! `lobby deny …`. (Being written.)

use clap::Subcommand;
use lobby_core::i18n::Localizer;
use lobby_core::Config;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum DenyCommand {
    /// The entries of the deny list.
    List,
}

pub async fn run(
    _l10n: &Localizer,
    _config: &Config,
    _data_dir: &Path,
    _command: DenyCommand,
) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}

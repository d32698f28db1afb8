//! `lobby privacy …`. (Being written.)

use clap::Subcommand;
use lobby_core::i18n::Localizer;
use lobby_core::Config;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Open requests.
    Requests,
}

pub async fn run(
    _l10n: &Localizer,
    _config: &Config,
    _data_dir: &Path,
    _command: PrivacyCommand,
) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}

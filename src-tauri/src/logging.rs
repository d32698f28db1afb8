//! `tracing` to stdout in debug builds and to a daily file in `DATA/logs` (14 days kept).
//! Never log personal data: names, emails, PINs, codes.

use std::path::Path;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter, Layer};

pub const KEEP_DAYS: usize = 14;

/// A file a day in `dir`, `lobby.YYYY-MM-DD.log`; opening it removes all but the newest
/// [`KEEP_DAYS`] (today's included), and so does each new day.
fn daily_files(dir: &Path) -> anyhow::Result<tracing_appender::rolling::RollingFileAppender> {
    Ok(Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("lobby")
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(dir)?)
}

/// Starts logging; keep the guard alive for as long as logs should be written.
pub fn init(data_dir: &Path) -> anyhow::Result<WorkerGuard> {
    let dir = data_dir.join("logs");
    lobby_core::private::create_dir(&dir)?;
    // Files made before the umask was set (an older version) are tightened; new ones are
    // made private by the process's umask (`private::restrict_umask`).
    for entry in std::fs::read_dir(&dir)?.flatten() {
        lobby_core::private::tighten(&entry.path())?;
    }
    let (file, guard) = tracing_appender::non_blocking(daily_files(&dir)?);
    let filter = || EnvFilter::try_from_env("LOBBY_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let file_layer = fmt::layer()
        .with_ansi(false)
        .with_writer(file)
        .with_filter(filter());
    let stdout_layer = cfg!(debug_assertions).then(|| fmt::layer().with_filter(filter()));
    tracing_subscriber::registry()
        .with(file_layer)
        .with(stdout_layer)
        .try_init()?;
    Ok(guard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_started_after_months_keeps_fourteen_days_of_logs_and_nothing_else_goes() {
        let dir = tempfile::tempdir().unwrap();
        for day in 1..=20 {
            std::fs::write(dir.path().join(format!("lobby.2025-01-{day:02}.log")), "x").unwrap();
        }
        std::fs::write(dir.path().join("notes.txt"), "the operator's").unwrap();
        let _appender = daily_files(dir.path()).unwrap();
        let logs = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with("lobby.") && name.ends_with(".log")
            })
            .count();
        assert_eq!(logs, KEEP_DAYS, "13 old days and today's");
        assert!(dir.path().join("notes.txt").exists());
    }
}

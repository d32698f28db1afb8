//! `tracing` to stdout in debug builds and to a daily file in `DATA/logs` (14 days kept).
//! Never log personal data: names, emails, PINs, codes.

use std::path::Path;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter, Layer};

pub const KEEP_DAYS: usize = 14;

/// Starts logging; keep the guard alive for as long as logs should be written.
pub fn init(data_dir: &Path) -> anyhow::Result<WorkerGuard> {
    let dir = data_dir.join("logs");
    lobby_core::private::create_dir(&dir)?;
    // Files made before the umask was set (an older version) are tightened; new ones are
    // made private by the process's umask (`private::restrict_umask`).
    for entry in std::fs::read_dir(&dir)?.flatten() {
        lobby_core::private::tighten(&entry.path())?;
    }
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("lobby")
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(dir)?;
    let (file, guard) = tracing_appender::non_blocking(appender);
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

//! The kiosk itself (`lobby` with no command): logging, the store with its site key, leftovers
//! of a backup cut short, then the window.

use super::site_key;
use crate::{logging, AppState};
use lobby_core::{Config, SystemClock};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

/// `config_file` is the lobby.toml it runs with (none in demo mode): in a fleet, a site
/// configuration the hub pushes is written there for the next start.
pub fn kiosk(
    config: Config,
    data_dir: &Path,
    config_file: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    lobby_core::private::create_dir(data_dir)?;
    let _log_guard = logging::init(data_dir)?;
    crate::startup::mark("logging");
    tracing::info!(
        version = crate::VERSION_LINE,
        demo = config.is_demo(),
        "starting the kiosk"
    );
    let store = tauri::async_runtime::block_on(site_key::open_store(data_dir))?;
    crate::startup::mark("database");
    // The fleet follows lobby.toml before anything else is audited, so the join is the first
    // change sent and nothing made after a leave waits to be sent.
    let clock = clock();
    let change = tauri::async_runtime::block_on(lobby_core::fleet::sync(
        &store,
        clock.now(),
        config.fleet.as_ref(),
    ))?;
    if change != lobby_core::fleet::Change::Unchanged {
        tracing::info!(?change, "fleet membership follows lobby.toml");
    }
    // A backup cut short by a crash or power cut leaves nothing behind.
    let leftovers = lobby_core::backup::remove_leftovers(&store, &config);
    if !leftovers.is_empty() {
        tracing::info!(
            count = leftovers.len(),
            "removed what an unfinished backup left"
        );
    }
    let mut state = AppState::new(store, config, clock);
    state.fleet.config_file = config_file.map(Path::to_path_buf);
    // Emergency mode that was on when the app or the machine stopped is on from the first paint.
    tauri::async_runtime::block_on(state.poll_emergency())?;
    crate::startup::mark("state");
    crate::run_kiosk(state)?;
    Ok(ExitCode::SUCCESS)
}

/// Debug builds only: `LOBBY_TEST_ALWAYS_OPEN=1` opens the site around the clock, so
/// end-to-end tests that check visitors in do not depend on the hour they run at (outside
/// opening hours only the kinds allowed after hours may check in).
pub fn always_open_for_tests(mut config: Config) -> Config {
    if cfg!(debug_assertions) && std::env::var("LOBBY_TEST_ALWAYS_OPEN").as_deref() == Ok("1") {
        tracing::warn!("test hours in use: open around the clock");
        let day = lobby_core::config::OpenHours {
            open: chrono::NaiveTime::MIN,
            close: chrono::NaiveTime::from_hms_milli_opt(23, 59, 59, 999).expect("a valid time"),
        };
        config.hours = [Some(day); 7];
    }
    config
}

/// The wall clock; in debug builds `LOBBY_TEST_CLOCK=2026-11-27T19:59:50+01:00` starts it at
/// another time, so end-to-end tests can reach closing time without waiting for it, and
/// `LOBBY_TEST_CLOCK_FILE=PATH` moves it by the seconds written in that file while it runs
/// (the soak test's 30 days).
pub fn clock() -> Arc<dyn lobby_core::Clock> {
    if cfg!(debug_assertions) {
        let start = std::env::var("LOBBY_TEST_CLOCK")
            .ok()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(&s).ok());
        let file = std::env::var_os("LOBBY_TEST_CLOCK_FILE").map(std::path::PathBuf::from);
        if let Some(start) = start {
            tracing::warn!(start = %start, "test clock in use");
        }
        if let Some(file) = &file {
            tracing::warn!(file = %file.display(), "test clock moved by a file");
        }
        let clock = match (start, file) {
            (None, None) => None,
            (Some(start), file) => {
                let clock = lobby_core::OffsetClock::starting_at(start.with_timezone(&chrono::Utc));
                Some(match file {
                    Some(file) => clock.and_moved_by_file(file),
                    None => clock,
                })
            }
            (None, Some(file)) => Some(lobby_core::OffsetClock::moved_by_file(file)),
        };
        if let Some(clock) = clock {
            return Arc::new(clock);
        }
    }
    Arc::new(SystemClock)
}

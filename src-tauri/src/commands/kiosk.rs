use super::CommandResult;
use crate::AppState;
use lobby_core::kiosk::KioskSettings;
use tauri::State;

#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn kiosk_settings(state: State<'_, AppState>) -> KioskSettings {
    KioskSettings::from_config(&state.config)
}

/// The home screen is drawn and takes input. Logged with where the start's time went (the
/// page's own marks in `marks`, in milliseconds since its time origin `origin`), and written to
/// `LOBBY_READY_FILE` when set, which is how the start-time benchmark sees the kiosk become
/// usable.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn home_ready(
    origin: Option<f64>,
    marks: Option<std::collections::BTreeMap<String, f64>>,
) -> CommandResult<()> {
    crate::startup::mark("home-ready");
    let mut page: Vec<(String, f64)> = marks.unwrap_or_default().into_iter().take(32).collect();
    page.sort_by(|a, b| a.1.total_cmp(&b.1));
    let report = crate::startup::report(origin, &page);
    tracing::info!(marks = %report.lines().skip(1).collect::<Vec<_>>().join("; "), "home screen ready");
    if let Some(path) = std::env::var_os("LOBBY_READY_FILE") {
        let _ = std::fs::write(path, report);
    }
    Ok(())
}

/// The page is alive: it says so every few seconds; a page silent for 30 s is restarted.
#[tauri::command]
pub fn kiosk_heartbeat(state: State<'_, AppState>) -> CommandResult<()> {
    state.screen.beat();
    Ok(())
}

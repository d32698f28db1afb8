use super::CommandResult;
use crate::AppState;
use lobby_core::kiosk::KioskSettings;
use tauri::State;

#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn kiosk_settings(state: State<'_, AppState>) -> KioskSettings {
    KioskSettings::from_config(&state.config)
}

/// The home screen is drawn and takes input. Logged, and written to `LOBBY_READY_FILE` when
/// set, which is how the start-time benchmark sees the kiosk become usable.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn home_ready() -> CommandResult<()> {
    tracing::info!("home screen ready");
    if let Some(path) = std::env::var_os("LOBBY_READY_FILE") {
        let _ = std::fs::write(path, b"ready");
    }
    Ok(())
}

/// The page is alive: it says so every few seconds; a page silent for 30 s is restarted.
#[tauri::command]
pub fn kiosk_heartbeat(state: State<'_, AppState>) -> CommandResult<()> {
    state.screen.beat();
    Ok(())
}

//! Printed visitor badges: how the welcome screen's badge is doing, and staff reprints.

use lobby_core::printing::{jobs, PrintState, PrinterHealth};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

/// Where a badge queued by this kiosk's check-in is: the welcome screen asks while shown.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn badge_print_state(state: State<'_, AppState>, id: i64) -> CommandResult<PrintState> {
    Ok(jobs::state(&state.store, id).await?)
}

/// Staff print a visitor's badge again from the on-site list.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_reprint(state: State<'_, AppState>, visit_id: i64) -> CommandResult<i64> {
    let who = state.require_staff().await?;
    let id = jobs::reprint(
        &state.store,
        state.clock.now(),
        &state.config,
        who.id,
        visit_id,
    )
    .await?;
    state.printer.notify_one();
    Ok(id)
}

/// The printer's last answer, for the staff screen; `None` without `[printing]`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_printer(state: State<'_, AppState>) -> CommandResult<Option<PrinterHealth>> {
    state.require_staff().await?;
    if state.config.printing.is_none() {
        return Ok(None);
    }
    Ok(Some(jobs::health(&state.store, state.clock.now()).await?))
}

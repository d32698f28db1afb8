use super::CommandResult;
use crate::AppState;
use lobby_core::members::HostMatch;
use lobby_core::visits::checkout;
use lobby_core::visits::rollcall::{self, Mark, RollCall};
use lobby_core::visits::{
    self, CheckInOptions, CheckInRequest, CheckedIn, CheckedOut, OnSite, SelfCheckOut,
};
use tauri::State;

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn check_in_options(
    state: State<'_, AppState>,
    language: String,
) -> CommandResult<CheckInOptions> {
    Ok(visits::options(&state.store, &state.config, state.clock.now(), &language).await?)
}

/// Host typeahead: at most 6 active members, first name and last initial only.
#[tracing::instrument(skip_all)]
#[tauri::command]
pub async fn host_search(
    state: State<'_, AppState>,
    query: String,
) -> CommandResult<Vec<HostMatch>> {
    let mut directory = state.directory.lock().await;
    directory.refresh(&state.store).await?;
    Ok(directory.search(&query))
}

/// The details screen's fields checked before the visitor goes on; nothing is stored.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn check_in_details(state: State<'_, AppState>, request: CheckInRequest) -> CommandResult<()> {
    Ok(visits::check_details(&state.config, &request)?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn check_in(
    state: State<'_, AppState>,
    request: CheckInRequest,
) -> CommandResult<CheckedIn> {
    let checked_in =
        visits::check_in(&state.store, state.clock.now(), &state.config, &request).await?;
    if let Some(id) = checked_in.acceptance_id {
        state.save_receipt(id);
    }
    if checked_in.host_told {
        state.outbox.notify_one();
    }
    if checked_in.badge_print.is_some() {
        state.printer.notify_one();
    }
    if checked_in
        .wifi
        .as_ref()
        .is_some_and(|w| w.pass_id.is_some())
    {
        state.sync_wifi();
    }
    Ok(checked_in)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn check_out(state: State<'_, AppState>, code: String) -> CommandResult<CheckedOut> {
    let now = state.clock.now();
    state.checkout_tries().check(now)?;
    let out = visits::check_out_by_code(&state.store, now, &code).await;
    counted(&state, now, out)
}

/// A wrong code or name counts against the kiosk's check-out guard; a check-out ends Wi-Fi.
fn counted(
    state: &AppState,
    now: chrono::DateTime<chrono::Utc>,
    out: lobby_core::error::Result<CheckedOut>,
) -> CommandResult<CheckedOut> {
    if checkout::CheckoutGuard::is_wrong_try(&out) {
        state.checkout_tries().failed(now);
    }
    let out = out?;
    state.sync_wifi();
    Ok(out)
}

/// Self check-out without the code: the full name and the host's first name.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn check_out_by_name(
    state: State<'_, AppState>,
    name: String,
    host_first_name: String,
) -> CommandResult<CheckedOut> {
    let now = state.clock.now();
    state.checkout_tries().check(now)?;
    let out = checkout::check_out_by_name(&state.store, now, &name, &host_first_name).await;
    counted(&state, now, out)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_on_site(state: State<'_, AppState>) -> CommandResult<Vec<OnSite>> {
    state.require_staff().await?;
    Ok(visits::on_site(&mut *state.store.conn().await?).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_check_out(
    state: State<'_, AppState>,
    visit_id: i64,
) -> CommandResult<CheckedOut> {
    let who = state.require_staff().await?;
    let out = visits::check_out_by_staff(&state.store, state.clock.now(), who.id, visit_id).await?;
    state.sync_wifi();
    Ok(out)
}

/// Check-outs made at the screen (by code or name) in the last day.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_self_check_outs(state: State<'_, AppState>) -> CommandResult<Vec<SelfCheckOut>> {
    state.require_staff().await?;
    let now = state.clock.now();
    Ok(visits::self_check_outs(&mut *state.store.conn().await?, now).await?)
}

/// Undoes one of them: the visit is open again.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_undo_check_out(state: State<'_, AppState>, visit_id: i64) -> CommandResult<()> {
    let who = state.require_staff().await?;
    visits::undo_self_check_out(&state.store, state.clock.now(), who.id, visit_id).await?;
    Ok(())
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn roll_call_current(state: State<'_, AppState>) -> CommandResult<Option<RollCall>> {
    state.require_staff().await?;
    Ok(rollcall::current(&mut *state.store.conn().await?).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn roll_call_start(state: State<'_, AppState>) -> CommandResult<RollCall> {
    let who = state.require_staff().await?;
    Ok(rollcall::start(&state.store, state.clock.now(), &state.config, who.id).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn roll_call_mark(
    state: State<'_, AppState>,
    entry_id: i64,
    status: Mark,
) -> CommandResult<RollCall> {
    let who = state.require_staff().await?;
    Ok(rollcall::mark(&state.store, state.clock.now(), who.id, entry_id, status).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn roll_call_finish(
    state: State<'_, AppState>,
    roll_call_id: i64,
) -> CommandResult<RollCall> {
    let who = state.require_staff().await?;
    Ok(rollcall::finish(&state.store, state.clock.now(), who.id, roll_call_id).await?)
}

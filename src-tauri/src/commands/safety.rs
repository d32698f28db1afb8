//! Safety signage, emergency mode and security-concern reports. The home screen reads the
//! signage frame and waits for emergency changes; anyone may report a concern; starting and
//! ending emergency mode and reading or handling reports are for signed-in staff, checked here.

use super::CommandResult;
use crate::AppState;
use lobby_core::audit::Actor;
use lobby_core::emergency::{self, AllClear, Emergency, EmergencyKind};
use lobby_core::incidents::{self, Incident, ReportRequest, Reported};
use lobby_core::signage::{self, Frame};
use tauri::State;

/// What the home screen shows now: open or closed, the notices in force, site facts, and the
/// emergency if one is on.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn signage_frame(state: State<'_, AppState>) -> CommandResult<Frame> {
    let emergency = state.emergency.borrow().clone();
    Ok(signage::frame(&state.config, state.clock.now(), emergency))
}

/// How long one call waits for a change before answering with the state as it is.
const WATCH_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Answers as soon as emergency mode differs from what the screen shows (`seen`: the id on
/// screen, or none), or after a while with the state as it is.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn emergency_watch(
    state: State<'_, AppState>,
    seen: Option<i64>,
) -> CommandResult<Option<Emergency>> {
    let mut rx = state.emergency.subscribe();
    let changed = |e: &Option<Emergency>| e.as_ref().map(|e| e.id) != seen;
    let _ = tokio::time::timeout(WATCH_WAIT, rx.wait_for(changed)).await;
    let current = rx.borrow().clone();
    Ok(current)
}

/// The emergency screen has been painted: logged, and written to `LOBBY_EMERGENCY_FILE` for
/// the benchmark that times `lobby emergency start` to paint.
#[tauri::command]
pub fn emergency_painted(id: i64) -> CommandResult<()> {
    tracing::info!(id, "emergency screen painted");
    if let Some(path) = std::env::var_os("LOBBY_EMERGENCY_FILE") {
        let _ = std::fs::write(path, id.to_string());
    }
    Ok(())
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn report_concern(
    state: State<'_, AppState>,
    request: ReportRequest,
) -> CommandResult<Reported> {
    Ok(incidents::report(&state.store, state.clock.now(), &request).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_emergency_start(
    state: State<'_, AppState>,
    kind: EmergencyKind,
    message: Option<String>,
) -> CommandResult<Emergency> {
    let who = state.require_staff().await?;
    let on = emergency::start(
        &state.store,
        state.clock.now(),
        Actor::Staff(who.id),
        kind,
        message.as_deref(),
    )
    .await?;
    state.emergency_changed(Some(on.clone()));
    // Every tablet of the site shows it within a second: send it now.
    state.fleet.wake.notify_one();
    Ok(on)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_emergency_end(state: State<'_, AppState>) -> CommandResult<AllClear> {
    let who = state.require_staff().await?;
    let clear = emergency::end(&state.store, state.clock.now(), Actor::Staff(who.id)).await?;
    state.emergency_changed(None);
    state.fleet.wake.notify_one();
    Ok(clear)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_incidents(state: State<'_, AppState>) -> CommandResult<Vec<Incident>> {
    state.require_staff().await?;
    let mut conn = state.store.conn().await?;
    Ok(incidents::list(&mut conn, state.clock.now(), false).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_incident_acknowledge(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    let who = state.require_staff().await?;
    Ok(incidents::acknowledge(&state.store, state.clock.now(), who.id, id).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_incident_close(
    state: State<'_, AppState>,
    id: i64,
    note: String,
) -> CommandResult<()> {
    let who = state.require_staff().await?;
    Ok(incidents::close(&state.store, state.clock.now(), who.id, id, &note).await?)
}

use super::CommandResult;
use crate::AppState;
use lobby_core::kiosk::{self, StaffOverview};
use lobby_core::staff::{self, SignInRequest, StaffIdentity};
use tauri::State;

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_sign_in(
    state: State<'_, AppState>,
    request: SignInRequest,
) -> CommandResult<StaffIdentity> {
    // No code typed: a staff badge tapped in the last minute stands in for it.
    let badge = if request.code.trim().is_empty() {
        state.badges.take_staff_badge()
    } else {
        None
    };
    let who =
        staff::sign_in_with(&state.store, state.clock.as_ref(), &request, badge.as_ref()).await?;
    state.session.start(who.clone(), state.clock.now());
    Ok(who)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_sign_out(state: State<'_, AppState>) -> CommandResult<()> {
    if let Some(who) = state.session.end() {
        staff::record_sign_out(&state.store, state.clock.now(), who.id, "signed-out").await?;
    }
    Ok(())
}

/// The active staff members' names, for a staff member to pick their own before the PIN.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_roster(state: State<'_, AppState>) -> CommandResult<Vec<StaffIdentity>> {
    Ok(staff::roster(&state.store).await?)
}

/// Who is signed in, if anyone; does not extend the session.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn staff_current(state: State<'_, AppState>) -> Option<StaffIdentity> {
    state.session.current(state.clock.now())
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_overview(state: State<'_, AppState>) -> CommandResult<StaffOverview> {
    let who = state.require_staff().await?;
    Ok(kiosk::staff_overview(&state.store, &state.config, state.clock.now(), who).await?)
}

/// The security-plan report, for the staff screen (also `lobby report security-plan`).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_security_plan(
    state: State<'_, AppState>,
) -> CommandResult<lobby_core::report::SecurityPlan> {
    state.require_staff().await?;
    Ok(lobby_core::report::security_plan(&state.store, &state.config, state.clock.now()).await?)
}

/// The fleet card on the staff screen; `None` when this tablet is on its own.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_fleet_status(
    state: State<'_, AppState>,
) -> CommandResult<Option<lobby_core::fleet::Status>> {
    state.require_staff().await?;
    if state.config.fleet.is_none() {
        return Ok(None);
    }
    let status = lobby_core::fleet::status(&state.store).await?;
    Ok(Some(
        status.with_presence(&state.fleet.site, state.clock.now()),
    ))
}

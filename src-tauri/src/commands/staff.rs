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
    let who = staff::sign_in(&state.store, state.clock.as_ref(), &request).await?;
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
    Ok(kiosk::staff_overview(&state.store, who).await?)
}

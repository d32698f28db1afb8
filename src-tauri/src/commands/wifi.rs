//! Staff's Wi-Fi panel: passes in force, issuing one by hand, revoking, rotating a shared
//! passphrase. Every command checks the staff session in Rust.

use super::CommandResult;
use crate::AppState;
use lobby_core::audit::Actor;
use lobby_core::wifi::overview::{self, WifiOverview};
use lobby_core::wifi::passes::{self, Holder, WifiAccess};
use tauri::State;

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_wifi(state: State<'_, AppState>) -> CommandResult<WifiOverview> {
    state.require_staff().await?;
    Ok(overview::overview(&state.store, &state.config, state.clock.now()).await?)
}

/// A pass for someone who is not checking in (a technician, a member's laptop).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_wifi_issue(
    state: State<'_, AppState>,
    tier: String,
    hours: Option<u32>,
    label: String,
) -> CommandResult<WifiAccess> {
    let who = state.require_staff().await?;
    let mut tx = state.store.begin_write().await?;
    let access = passes::issue(
        &mut tx,
        state.clock.now(),
        &state.config,
        &tier,
        Holder::Label(&label),
        hours,
        Actor::Staff(who.id),
    )
    .await?;
    tx.commit().await?;
    state.sync_wifi();
    Ok(access)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_wifi_revoke(state: State<'_, AppState>, pass_id: String) -> CommandResult<()> {
    let who = state.require_staff().await?;
    passes::revoke(
        &state.store,
        state.clock.now(),
        &pass_id,
        Actor::Staff(who.id),
    )
    .await?;
    state.sync_wifi();
    Ok(())
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_wifi_rotate(state: State<'_, AppState>, tier: String) -> CommandResult<()> {
    let who = state.require_staff().await?;
    passes::rotate(
        &state.store,
        state.clock.now(),
        &state.config,
        &tier,
        Actor::Staff(who.id),
    )
    .await?;
    state.sync_wifi();
    Ok(())
}

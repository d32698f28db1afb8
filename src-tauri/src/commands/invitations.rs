//! Invitations at the kiosk ("I have an invitation") and on the staff screen, and the staff's
//! view of messages to hosts (waiting, failed, resend).

use super::CommandResult;
use crate::AppState;
use lobby_core::audit::Actor;
use lobby_core::invitations::{self, Expected, Invitation, Invited, NewInvitation};
use lobby_core::members::{self, NotifySettings};
use lobby_core::notify;
use lobby_core::visits::checkout::{CheckoutGuard, FREE_TRIES};
use tauri::State;

/// The invitation behind a typed or scanned code. Unknown codes count against the kiosk's
/// guard: after five, each try waits, and the guessing is audited.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn invitation_lookup(state: State<'_, AppState>, code: String) -> CommandResult<Invited> {
    let now = state.clock.now();
    guard(&state).check(now)?;
    let found = invitations::lookup(&state.store, now, &state.config, &code).await;
    if matches!(found, Err(lobby_core::Error::InvitationUnknown)) {
        let wrong = guard(&state).failed(now);
        if wrong == FREE_TRIES {
            invitations::record_guessing(&state.store, now, wrong).await?;
        }
    }
    Ok(found?)
}

fn guard(state: &AppState) -> std::sync::MutexGuard<'_, CheckoutGuard> {
    state
        .invitation_guard
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_invitations(state: State<'_, AppState>) -> CommandResult<Expected> {
    state.require_staff().await?;
    Ok(invitations::expected(&state.store, state.clock.now(), &state.config).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_invitation_create(
    state: State<'_, AppState>,
    invitation: NewInvitation,
) -> CommandResult<Invitation> {
    let who = state.require_staff().await?;
    let made = invitations::create(
        &state.store,
        state.clock.now(),
        &state.config,
        Actor::Staff(who.id),
        &invitation,
    )
    .await?;
    if made.email.is_some() {
        state.outbox.notify_one();
    }
    Ok(made)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_invitation_cancel(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<Invitation> {
    let who = state.require_staff().await?;
    Ok(invitations::cancel(
        &state.store,
        state.clock.now(),
        &state.config,
        Actor::Staff(who.id),
        &id.to_string(),
    )
    .await?)
}

/// Messages to hosts that wait or failed.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_outbox(state: State<'_, AppState>) -> CommandResult<Vec<notify::Message>> {
    state.require_staff().await?;
    Ok(notify::list(&state.store, state.clock.now(), false).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_outbox_resend(
    state: State<'_, AppState>,
    id: i64,
) -> CommandResult<notify::Message> {
    let who = state.require_staff().await?;
    let m = notify::resend(&state.store, state.clock.now(), Actor::Staff(who.id), id).await?;
    state.outbox.notify_one();
    Ok(m)
}

/// How a member is told their guest arrived, and in which language.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_member_notify(
    state: State<'_, AppState>,
    member_id: String,
) -> CommandResult<NotifySettings> {
    state.require_staff().await?;
    Ok(
        members::notify_settings(&mut *state.store.conn().await?, &state.config, &member_id)
            .await?,
    )
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_member_notify_set(
    state: State<'_, AppState>,
    member_id: String,
    notify: String,
    language: Option<String>,
) -> CommandResult<NotifySettings> {
    let who = state.require_staff().await?;
    Ok(members::set_notify(
        &state.store,
        state.clock.now(),
        &state.config,
        who.id,
        &member_id,
        &notify,
        language.as_deref(),
    )
    .await?)
}

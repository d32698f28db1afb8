use super::CommandResult;
use crate::AppState;
use lobby_core::badges::suspended::SuspendedBadge;
use lobby_core::badges::{self, AccessGroup, Badge, BadgeUpdate, EnrollRequest};
use lobby_core::members::{self, HostMatch};
use lobby_core::reader::{CardType, ReaderEvent, Uid};
use lobby_core::Error;
use std::time::Duration;
use tauri::State;

/// The next tap for the screen: waits up to 20 s, then answers `null` (the screen asks again).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn badge_next(state: State<'_, AppState>) -> CommandResult<Option<BadgeUpdate>> {
    Ok(state.badges.next(Duration::from_secs(20)).await)
}

/// Staff: the next card read goes to enrollment (`on`), or back to identifying members.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_listen(state: State<'_, AppState>, on: bool) -> CommandResult<()> {
    state.require_staff().await?;
    state.badges.set_enrolling(on);
    Ok(())
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_groups(
    state: State<'_, AppState>,
    language: String,
) -> CommandResult<Vec<AccessGroup>> {
    state.require_staff().await?;
    Ok(badges::groups(&state.config, &language))
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_member_badges(
    state: State<'_, AppState>,
    member_id: String,
) -> CommandResult<Vec<Badge>> {
    state.require_staff().await?;
    let mut conn = state.store.conn().await?;
    Ok(badges::of_member(&mut conn, &state.config, state.clock.now(), &member_id).await?)
}

/// Enrolls the card the reader read last for a member.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_enroll(
    state: State<'_, AppState>,
    request: EnrollRequest,
) -> CommandResult<Badge> {
    let who = state.require_staff().await?;
    let (uid, card) = state.badges.take_card().ok_or(Error::BadgeNoCard)?;
    let result = badges::enroll(
        &state.store,
        state.clock.now(),
        &state.config,
        who.id,
        &uid,
        card,
        &request,
    )
    .await;
    state.badges.settle(uid, card, result.is_ok());
    Ok(result?)
}

/// A lost card: revoked, and the card read last enrolled in its place.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_replace(
    state: State<'_, AppState>,
    badge_id: i64,
) -> CommandResult<Badge> {
    let who = state.require_staff().await?;
    let (uid, card) = state.badges.take_card().ok_or(Error::BadgeNoCard)?;
    let result = badges::replace(
        &state.store,
        state.clock.now(),
        &state.config,
        who.id,
        badge_id,
        &uid,
        card,
    )
    .await;
    state.badges.settle(uid, card, result.is_ok());
    Ok(result?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_revoke(state: State<'_, AppState>, badge_id: i64) -> CommandResult<()> {
    let who = state.require_staff().await?;
    Ok(badges::revoke(&state.store, state.clock.now(), who.id, badge_id).await?)
}

/// Cards suspended by lost-badge reports.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badges_suspended(
    state: State<'_, AppState>,
) -> CommandResult<Vec<SuspendedBadge>> {
    state.require_staff().await?;
    Ok(badges::suspended::list(&mut *state.store.conn().await?).await?)
}

/// Restores one: it works at the next tap.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_restore(state: State<'_, AppState>, badge_id: i64) -> CommandResult<()> {
    let who = state.require_staff().await?;
    Ok(badges::suspended::restore(&state.store, state.clock.now(), who.id, badge_id).await?)
}

/// A UID typed by a keyboard-wedge reader (only when `[badges] keyboard_wedge = true`): it
/// identifies a member like a tap, but never stands in for a staff member's code and is never
/// enrolled (anyone at a keyboard can type any number).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn badge_wedge(state: State<'_, AppState>, uid: String) -> CommandResult<()> {
    if !state.config.badges.keyboard_wedge {
        tracing::warn!("keyboard-wedge input refused: not enabled in lobby.toml");
        return Ok(());
    }
    let event = match Uid::parse_hex(&uid) {
        Ok(uid) => ReaderEvent::Tap {
            reader: "keyboard".into(),
            uid,
            card: CardType::Unknown,
        },
        Err(error) => ReaderEvent::ReadFailed {
            reader: "keyboard".into(),
            error,
        },
    };
    // Typed: it identifies a member at most, never a staff factor, never enrolled.
    Ok(crate::badges::handle(&state, event, lobby_core::badges::tap::TapSource::Keyboard).await?)
}

/// Makes the card read last the signed-in staff member's own badge (a second factor).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_badge_enroll_self(state: State<'_, AppState>) -> CommandResult<()> {
    let who = state.require_staff().await?;
    let (uid, card) = state.badges.take_card().ok_or(Error::BadgeNoCard)?;
    let result = badges::enroll_staff(&state.store, state.clock.now(), who.id, &uid).await;
    state.badges.settle(uid, card, result.is_ok());
    Ok(result?)
}

/// Staff add a member who is not in the member list yet (to enroll their badge).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_member_add(
    state: State<'_, AppState>,
    name: String,
    email: Option<String>,
) -> CommandResult<HostMatch> {
    let who = state.require_staff().await?;
    let added = members::add(
        &state.store,
        state.clock.now(),
        who.id,
        &name,
        email.as_deref(),
    )
    .await?;
    Ok(added)
}

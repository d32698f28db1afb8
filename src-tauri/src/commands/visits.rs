use super::CommandResult;
use crate::AppState;
use lobby_core::members::HostMatch;
use lobby_core::privacy::profiles::{self, Returning};
use lobby_core::visits::approvals::{self, Waiting};
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
    let checked_in = visits::check_in(&state.store, state.clock.now(), &state.config, &request)
        .await
        .inspect_err(|e| {
            // Held for staff: the members of `[privacy] alert` are told now.
            if matches!(e, lobby_core::Error::ApprovalNeeded { .. }) {
                state.outbox.notify_one();
            }
        })?;
    after_check_in(&state, &checked_in);
    Ok(checked_in)
}

/// What follows a check-in outside its transaction: the receipt, the host's message, the
/// badge, the Wi-Fi equipment.
fn after_check_in(state: &AppState, checked_in: &CheckedIn) {
    if let Some(id) = checked_in.acceptance_id {
        state.save_receipt(id);
    }
    if checked_in.host_told {
        state.outbox.notify_one();
    }
    if checked_in.badge_print.is_some() {
        state.printer.notify_one();
    }
    // Without [fleet] nobody waits on it.
    state.fleet.wake.notify_one();
    if checked_in
        .wifi
        .as_ref()
        .is_some_and(|w| w.pass_id.is_some())
    {
        state.sync_wifi();
    }
}

/// "I have been here before": the profile of the visitor with this whole address. An
/// unknown address counts against the same guard as a wrong check-out code, so the kiosk
/// cannot be used to try addresses one after another.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn profile_find(state: State<'_, AppState>, email: String) -> CommandResult<Returning> {
    let now = state.clock.now();
    state.checkout_tries().check(now)?;
    let found = profiles::find(&state.store, &email).await;
    if matches!(found, Err(lobby_core::Error::ProfileNotFound)) {
        state.checkout_tries().failed(now);
    }
    Ok(found?)
}

/// "Forget me": the profile of the visitor with this address is deleted at once.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn profile_forget(state: State<'_, AppState>, email: String) -> CommandResult<()> {
    let now = state.clock.now();
    state.checkout_tries().check(now)?;
    let done = profiles::forget(&state.store, now, &email).await;
    if matches!(done, Err(lobby_core::Error::ProfileNotFound)) {
        state.checkout_tries().failed(now);
    }
    Ok(done?)
}

/// Check-ins held because the visitor matched the deny list.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_approvals(state: State<'_, AppState>) -> CommandResult<Vec<Waiting>> {
    state.require_staff().await?;
    Ok(approvals::waiting(&state.store).await?)
}

/// Lets a held visitor in (their welcome screen comes back) or turns them away.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_approval_decide(
    state: State<'_, AppState>,
    id: i64,
    approve: bool,
) -> CommandResult<Option<CheckedIn>> {
    let who = state.require_staff().await?;
    let decided = approvals::decide(
        &state.store,
        state.clock.now(),
        &state.config,
        id,
        who.id,
        approve,
    )
    .await?;
    if let Some(checked_in) = &decided {
        after_check_in(&state, checked_in);
    }
    Ok(decided)
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
    tablet: Option<String>,
) -> CommandResult<CheckedOut> {
    let who = state.require_staff().await?;
    let now = state.clock.now();
    let out = match tablet {
        // A visit another tablet of the site checked in: that tablet follows.
        Some(tablet) => {
            let out =
                visits::check_out_elsewhere_by_staff(&state.store, now, who.id, &tablet, visit_id)
                    .await?;
            state.fleet.wake.notify_one();
            out
        }
        None => visits::check_out_by_staff(&state.store, now, who.id, visit_id).await?,
    };
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

use super::CommandResult;
use crate::AppState;
use lobby_core::policies::{self, Accepted, Document, MemberPolicies, SignedPolicy};
use lobby_core::staff;
use serde_json::json;
use tauri::State;

/// The current version of a policy in the reader's language (or the reference, said so).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn policy_document(
    state: State<'_, AppState>,
    policy: String,
    language: String,
) -> CommandResult<Option<Document>> {
    let mut conn = state.store.conn().await?;
    Ok(policies::document(&mut conn, &state.config, &policy, &language).await?)
}

/// "I do not agree": audited without personal data; an identified member is let go.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn policy_decline(
    state: State<'_, AppState>,
    policy: String,
    version: i64,
    visit_kind: Option<String>,
) -> CommandResult<()> {
    let member = state.member.end().map(|id| format!("member:{id}"));
    let details = json!({ "visit_kind": visit_kind });
    policies::decline(
        &state.store,
        state.clock.now(),
        &state.config,
        &policy,
        version,
        member.as_deref(),
        details,
    )
    .await?;
    Ok(())
}

/// Staff hand the kiosk to a member (until badges identify them): the staff session ends and
/// the member is identified.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn staff_member_handover(
    state: State<'_, AppState>,
    member_id: String,
    language: String,
) -> CommandResult<MemberPolicies> {
    let who = state.require_staff().await?;
    let now = state.clock.now();
    let mut conn = state.store.conn().await?;
    let greeting = policies::for_member(&mut conn, &state.config, &member_id, &language).await?;
    drop(conn);
    state.session.end();
    staff::record_sign_out(&state.store, now, who.id, "handover").await?;
    state.member.start(&member_id, now);
    Ok(greeting)
}

/// The identified member and the policies they still have to sign.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn member_policies(
    state: State<'_, AppState>,
    language: String,
) -> CommandResult<MemberPolicies> {
    let member = state.member.require(state.clock.now())?;
    let mut conn = state.store.conn().await?;
    Ok(policies::for_member(&mut conn, &state.config, &member, &language).await?)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn member_accept(
    state: State<'_, AppState>,
    signed: SignedPolicy,
) -> CommandResult<Accepted> {
    let now = state.clock.now();
    let member = state.member.require(now)?;
    let accepted =
        policies::accept_as_member(&state.store, now, &state.config, &member, &signed).await?;
    state.save_receipt(accepted.acceptance_id);
    Ok(accepted)
}

#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn member_done(state: State<'_, AppState>) {
    state.member.end();
}

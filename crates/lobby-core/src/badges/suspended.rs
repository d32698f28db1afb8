//! Cards suspended by a lost-badge report (`incidents`): a lost card must stop working at once,
//! but the form can be filled in by anyone who knows a member's name and e-mail, so staff see
//! every suspended card and restore one in one step. The member is told at their next tap why
//! their card stopped ([`super::Refusal::Suspended`]).

use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::reader::Uid;
use crate::Store;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use sqlx::{Row, SqliteConnection};
use ts_rs::TS;

/// A suspended card, for staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SuspendedBadge {
    #[ts(type = "number")]
    pub badge_id: i64,
    pub member_id: String,
    pub member_name: String,
    pub masked_uid: String,
    pub suspended_at: String,
}

/// Every card suspended by a lost-badge report whose member is still active, newest first.
pub async fn list(conn: &mut SqliteConnection) -> Result<Vec<SuspendedBadge>> {
    let rows = sqlx::query(
        "SELECT b.id, b.member_id, m.name, b.uid, b.revoked_at
         FROM badges b JOIN members m ON m.id = b.member_id
         WHERE b.revoked_at IS NOT NULL AND b.suspended_by IS NOT NULL AND m.active = 1
         ORDER BY b.revoked_at DESC, b.id DESC",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let uid = Uid::parse_hex(&r.get::<String, _>(3))
                .map_err(|e| Error::Internal(format!("stored UID: {e}")))?;
            Ok(SuspendedBadge {
                badge_id: r.get(0),
                member_id: r.get(1),
                member_name: r.get(2),
                masked_uid: uid.masked(),
                suspended_at: r.get(4),
            })
        })
        .collect()
}

/// Restores a card suspended by a lost-badge report: it works again at the next tap. Only such
/// a card (not one staff revoked or replaced), of a member still active, and not when the same
/// card has been enrolled again meanwhile. Audited as `badge-restore`.
pub async fn restore(
    store: &Store,
    now: DateTime<Utc>,
    staff_id: i64,
    badge_id: i64,
) -> Result<()> {
    let mut tx = store.begin_write().await?;
    let restored = sqlx::query(
        "UPDATE badges SET revoked_at = NULL, revoked_reason = NULL, suspended_by = NULL
         WHERE id = ? AND revoked_at IS NOT NULL AND suspended_by IS NOT NULL
           AND EXISTS (SELECT 1 FROM members m WHERE m.id = badges.member_id AND m.active = 1)
           AND NOT EXISTS (SELECT 1 FROM badges o WHERE o.uid = badges.uid AND o.revoked_at IS NULL)
         RETURNING member_id",
    )
    .bind(badge_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(Error::BadgeNotFound)?;
    let member: String = restored.get(0);
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Staff(staff_id),
            action: "badge-restore",
            subject: Some(format!("member:{member}")),
            details: json!({ "badge": badge_id }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

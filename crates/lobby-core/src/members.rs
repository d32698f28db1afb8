//! Members of the coworking space: the people visitors come to see and who tap badges.

use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The operator's own id (from their membership system).
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub team: Option<String>,
    pub active: bool,
}

/// Inserts or updates a member by id.
pub async fn upsert(conn: &mut SqliteConnection, member: &Member, at: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "INSERT INTO members (id, name, email, team, active, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email,
           team = excluded.team, active = excluded.active, updated_at = excluded.updated_at",
    )
    .bind(&member.id)
    .bind(&member.name)
    .bind(&member.email)
    .bind(&member.team)
    .bind(member.active)
    .bind(at.to_rfc3339())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn count_active(store: &Store) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE active = 1")
            .fetch_one(store.pool())
            .await?,
    )
}

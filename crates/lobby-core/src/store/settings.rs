//! Small named values the store keeps about itself (demo seeded, audit head).

use crate::error::Result;
use sqlx::{Executor, Sqlite};

pub async fn get<'e, E: Executor<'e, Database = Sqlite>>(
    db: E,
    key: &str,
) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
            .bind(key)
            .fetch_optional(db)
            .await?,
    )
}

pub async fn set<'e, E: Executor<'e, Database = Sqlite>>(
    db: E,
    key: &str,
    value: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(db)
    .await?;
    Ok(())
}

//! The connection to PostgreSQL and the hub's forward-only migrations.

use crate::error::{redact, Error, Result};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::Connection;
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Connects and brings the schema up to date. A wrong address or an unreachable server is
/// [`Error::Database`] with the address (without its password).
pub async fn connect(url: &str) -> Result<PgPool> {
    let shown = redact(url);
    let database = |reason: String| Error::Database {
        url: shown.clone(),
        reason,
    };
    let options = PgConnectOptions::from_str(url).map_err(|e| database(e.to_string()))?;
    // One connection first: a refused or unknown server is said at once and by its own name,
    // where the pool would only time out after retrying.
    let first = tokio::time::timeout(
        Duration::from_secs(10),
        PgConnection::connect_with(&options),
    )
    .await
    .map_err(|_| database("no answer after 10 s".into()))?
    .map_err(|e| database(e.to_string()))?;
    let _ = first.close().await;
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(|e| database(e.to_string()))?;
    migrate(&pool).await?;
    Ok(pool)
}

pub async fn migrate(pool: &PgPool) -> Result<()> {
    MIGRATOR.run(pool).await?;
    Ok(())
}

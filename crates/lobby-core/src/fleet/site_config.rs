//! The site's configuration pushed by the hub (`lobby-hub config push`, issue 16), made this
//! tablet's `lobby.toml`: the hub's file with this tablet's own `[kiosk] id` and `[fleet]`
//! section (which no site-wide file can know), checked exactly as at start, and written in place
//! of the old file, which is kept beside it as `lobby.toml.before-hub`. The kiosk reads it at
//! its next start; until then it runs with what it started with.

use crate::config::Config;
use crate::error::Result;
use crate::store::Store;
use chrono::{DateTime, Utc};
use std::path::Path;

/// The pushed file with this tablet's `[kiosk] id` and `[fleet]` section from `current`.
pub fn merge(pushed: &str, current: &str) -> std::result::Result<String, String> {
    let mut doc: toml_edit::DocumentMut = pushed.parse().map_err(|e| format!("{e}"))?;
    let mine: toml_edit::DocumentMut = current.parse().map_err(|e| format!("{e}"))?;
    if let Some(id) = mine.get("kiosk").and_then(|k| k.get("id")).cloned() {
        if !doc.contains_table("kiosk") {
            doc.insert("kiosk", toml_edit::Item::Table(toml_edit::Table::new()));
        }
        doc["kiosk"]["id"] = id;
    }
    match mine.get("fleet") {
        Some(fleet) => {
            doc.insert("fleet", fleet.clone());
        }
        None => {
            doc.remove("fleet");
        }
    }
    Ok(doc.to_string())
}

/// Makes `file` the pushed configuration `pushed` (see the module's doc). `Ok(false)` when it
/// already was. An error is in English, for the log and the staff screen's detail.
pub fn write(file: &Path, pushed: &str) -> std::result::Result<bool, String> {
    let current = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let merged = merge(pushed, &current)?;
    if merged == current {
        return Ok(false);
    }
    // Checked as the kiosk will read it, relative paths and all, before anything is written.
    Config::parse(&merged, Some(file)).map_err(|e| format!("{}: {}", e.key, e.problem))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "lobby.toml".into());
    let before = file.with_file_name(format!("{name}.before-hub"));
    std::fs::copy(file, &before).map_err(|e| e.to_string())?;
    let tmp = file.with_file_name(format!(".{name}.from-hub"));
    std::fs::write(&tmp, &merged).map_err(|e| e.to_string())?;
    if let Ok(meta) = std::fs::metadata(file) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, file).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        e.to_string()
    })?;
    Ok(true)
}

/// Writes the configuration the hub last pushed into `file` when it has not been yet, and
/// records what happened (shown on the staff screen and by `lobby doctor`).
pub async fn follow(store: &Store, now: DateTime<Utc>, file: &Path) -> Result<()> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT toml, written_at FROM fleet_config WHERE id = 1")
            .fetch_optional(store.pool())
            .await?;
    let Some((pushed, None)) = row else {
        return Ok(());
    };
    let outcome = write(file, &pushed);
    if let Err(e) = &outcome {
        tracing::warn!(file = %file.display(), error = %e, "the hub's site configuration was not used");
    }
    let mut tx = store.begin_write().await?;
    sqlx::query("UPDATE fleet_config SET written_at = ?, write_error = ? WHERE id = 1")
        .bind(outcome.is_ok().then(|| super::timestamp(now)))
        .bind(outcome.err())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

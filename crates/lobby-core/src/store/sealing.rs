//! The first open with a site key: the key's fingerprint is remembered, the secrets stored in
//! the clear by earlier versions are sealed, and the audit chain's first keyed row is written,
//! all in one transaction.

use super::{settings, Store, Write};
use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::keys::{self, Purpose, SiteKey};
use sqlx::Row;
use std::path::Path;
use std::sync::Arc;

/// The setting that remembers which key sealed this database.
pub const SETTING: &str = "site_key";

/// The key in `key_file`, checked against the one this database was sealed with; the first
/// time, made (if missing) and applied.
pub(super) async fn attach(store: &Store, key_file: &Path) -> Result<SiteKey> {
    let path = || key_file.display().to_string();
    let check = |expected: &str, key: SiteKey| {
        if key.fingerprint() == expected {
            Ok(key)
        } else {
            Err(Error::KeyMismatch {
                path: path(),
                expected: expected.to_string(),
                found: key.fingerprint(),
            })
        }
    };
    if let Some(expected) = settings::get(store.pool(), SETTING).await? {
        return match SiteKey::load(key_file) {
            Err(Error::KeyMissing { .. }) => Err(Error::KeyMissing {
                path: path(),
                fingerprint: expected,
            }),
            Err(e) => Err(e),
            Ok(key) => check(&expected, key),
        };
    }
    let (key, _) = SiteKey::load_or_create(key_file)?;
    let mut tx = Write {
        tx: store.pool.begin_with("BEGIN IMMEDIATE").await?,
        key: Some(Arc::new(key.clone())),
    };
    // Another process may have sealed it meanwhile.
    if let Some(expected) = settings::get(&mut *tx, SETTING).await? {
        tx.rollback().await?;
        return check(&expected, key);
    }
    let sealed = seal_clear_secrets(&mut tx, &key).await?;
    settings::set(&mut *tx, SETTING, &key.fingerprint()).await?;
    audit::append(
        &mut tx,
        chrono::Utc::now(),
        NewEntry {
            actor: Actor::System,
            action: audit::SITE_KEY_ACTION,
            subject: None,
            details: serde_json::json!({ "key": key.fingerprint(), "sealed": sealed }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(key)
}

/// Seals every secret still stored in the clear; returns how many.
async fn seal_clear_secrets(tx: &mut Write, key: &SiteKey) -> Result<i64> {
    let mut sealed = 0;
    let staff = sqlx::query("SELECT id, totp_secret FROM staff")
        .fetch_all(&mut **tx)
        .await?;
    for row in staff {
        let secret: Vec<u8> = row.get(1);
        if !keys::is_sealed(&secret) {
            sqlx::query("UPDATE staff SET totp_secret = ? WHERE id = ?")
                .bind(key.seal(Purpose::StaffTotp, &secret))
                .bind(row.get::<i64, _>(0))
                .execute(&mut **tx)
                .await?;
            sealed += 1;
        }
    }
    for (table, id) in [("wifi_passes", "id"), ("wifi_shared", "tier")] {
        let rows = sqlx::query(&format!(
            "SELECT {id}, password FROM {table} WHERE password != ''"
        ))
        .fetch_all(&mut **tx)
        .await?;
        for row in rows {
            let password: String = row.get(1);
            if !keys::is_sealed_text(&password) {
                sqlx::query(&format!("UPDATE {table} SET password = ? WHERE {id} = ?"))
                    .bind(key.seal_text(Purpose::WifiPassword, &password))
                    .bind(row.get::<String, _>(0))
                    .execute(&mut **tx)
                    .await?;
                sealed += 1;
            }
        }
    }
    Ok(sealed)
}

//! Opening the database with the site key. The first time, the key's fingerprint is
//! remembered, the secrets stored in the clear by earlier versions are sealed, and the audit
//! chain's first keyed row is written, all in one transaction. It sits over `store` and
//! `audit`, which it uses.

use crate::audit::{self, Actor, NewEntry};
use crate::error::{Error, Result};
use crate::keys::{self, Purpose, SiteKey};
use crate::store::{settings, Store, Write, SEALED_WITH as SETTING};
use sqlx::Row;
use std::path::Path;

/// Opens the database with the site key in `key_file`: secrets are sealed with it and the
/// audit chain is keyed. The first time, the key file is made (if missing) and the secrets
/// stored in the clear by earlier versions are sealed. A database whose secrets were sealed
/// with another key, or whose key file is gone, is refused with the key's fingerprint, and
/// nothing is changed.
pub async fn open_keyed(data_dir: &Path, key_file: &Path) -> Result<Store> {
    let store = Store::open(data_dir).await?;
    match attach(&store, key_file).await {
        Ok(key) => Ok(store.with_key(key)),
        Err(e) => {
            store.close().await;
            Err(e)
        }
    }
}

/// The key in `key_file`, checked against the one this database was sealed with; the first
/// time, made (if missing) and applied.
async fn attach(store: &Store, key_file: &Path) -> Result<SiteKey> {
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
    let mut tx = store.begin_write_keyed(key.clone()).await?;
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

//! `policy publish` and `config push`: a site's policy versions and its `lobby.toml`, checked at
//! the hub exactly as a tablet checks them, saved and sent down in one transaction. What a
//! tablet would refuse is refused here, so it never reaches one.

use crate::down;
use crate::error::{Error, Result};
use lobby_core::fleet::down::{Down, SharedConfig, SharedPolicy};
use lobby_core::fleet::PROTOCOL;
use sha2::{Digest, Sha256};
use sqlx::postgres::PgPool;
use std::path::{Path, PathBuf};

/// Reads the `LANG=FILE` arguments of `policy publish`: each language shipped and given once,
/// each file non-empty UTF-8 (Markdown).
pub fn read_policy(policy: &str, texts: &[String]) -> Result<Vec<(String, String)>> {
    let bad = |problem: &'static str, value: &str| Error::Policy {
        problem,
        value: value.to_string(),
    };
    if !lobby_core::config::is_policy_id(policy) {
        return Err(bad("id", policy));
    }
    if texts.is_empty() {
        return Err(bad("none", ""));
    }
    let shipped = lobby_core::i18n::available();
    let mut out: Vec<(String, String)> = Vec::new();
    for arg in texts {
        let Some((lang, file)) = arg.split_once('=') else {
            return Err(bad("argument", arg));
        };
        if !shipped.contains(&lang) {
            return Err(bad("lang", lang));
        }
        if out.iter().any(|(l, _)| l == lang) {
            return Err(bad("lang-twice", lang));
        }
        let bytes = std::fs::read(file).map_err(|e| Error::FileRead {
            path: file.to_string(),
            reason: e.to_string(),
        })?;
        let text = String::from_utf8(bytes).map_err(|_| bad("utf8", file))?;
        if text.trim().is_empty() {
            return Err(bad("empty", file));
        }
        out.push((lang.to_string(), text));
    }
    Ok(out)
}

/// Saves a policy version and sends it down; returns the outbox row.
pub async fn publish_policy(
    pool: &PgPool,
    site: &str,
    policy: &str,
    texts: Vec<(String, String)>,
) -> Result<i64> {
    crate::kiosks::require_site(pool, site).await?;
    let message = SharedPolicy {
        v: PROTOCOL,
        policy: policy.to_string(),
        texts,
        at: down::now_text(),
    };
    let mut tx = pool.begin().await?;
    sqlx::query("INSERT INTO site_policies (site, policy, texts) VALUES ($1, $2, $3)")
        .bind(site)
        .bind(policy)
        .bind(serde_json::to_value(&message.texts).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
    let id = down::enqueue(&mut tx, site, &Down::Policy(message)).await?;
    tx.commit().await?;
    Ok(id)
}

/// Reads and checks a site's `lobby.toml` as a tablet does (`Config::parse` with its path). A
/// `[fleet]` section is refused: it is each tablet's own (its server and credentials).
pub fn read_config(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::Config(Box::new(lobby_core::config::ConfigError {
            file: Some(PathBuf::from(path)),
            key: String::new(),
            problem: e.to_string(),
            message: lobby_core::config::ConfigMessage {
                id: "cli-config-unreadable",
                args: vec![("reason", e.to_string())],
            },
        }))
    })?;
    if let Ok(table) = text.parse::<toml::Table>() {
        if table.contains_key("fleet") {
            return Err(Error::ConfigFleet {
                file: path.display().to_string(),
            });
        }
    }
    lobby_core::Config::parse(&text, Some(path)).map_err(|e| Error::Config(Box::new(e)))?;
    Ok(text)
}

/// Hex SHA-256.
pub fn sha256(text: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(text.as_bytes()))
}

/// Saves a checked `lobby.toml` for the site and sends it down; returns its hash and the
/// outbox row.
pub async fn push_config(pool: &PgPool, site: &str, text: String) -> Result<(String, i64)> {
    crate::kiosks::require_site(pool, site).await?;
    let sha = sha256(&text);
    let mut tx = pool.begin().await?;
    sqlx::query("INSERT INTO site_configs (site, sha256, toml) VALUES ($1, $2, $3)")
        .bind(site)
        .bind(&sha)
        .bind(&text)
        .execute(&mut *tx)
        .await?;
    let message = SharedConfig {
        v: PROTOCOL,
        toml: text,
        sha256: sha.clone(),
        at: down::now_text(),
    };
    let id = down::enqueue(&mut tx, site, &Down::Config(message)).await?;
    tx.commit().await?;
    Ok((sha, id))
}

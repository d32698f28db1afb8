//! Sites and their tablets' NATS users: `site add`, `kiosk add|list|revoke`, and the users
//! file the site's nats-server includes (`authorization { include "FILE" }`).

use crate::error::{Error, Result};
use lobby_core::config::fleet::{is_fleet_id, Credentials};
use lobby_core::fleet;
use rand::distributions::{Alphanumeric, DistString};
use sqlx::postgres::PgPool;
use sqlx::Row;

type DateTime = chrono::DateTime<chrono::Utc>;
use std::io::Write as _;
use std::path::Path;

/// bcrypt's cost for the tablets' passwords: nats-server checks one per connection, and the
/// passwords are long random strings, so the default cost buys nothing but slow reconnects.
pub const BCRYPT_COST: u32 = 10;

pub fn check_id(value: &str) -> Result<()> {
    if is_fleet_id(value) {
        Ok(())
    } else {
        Err(Error::BadId {
            value: value.to_string(),
        })
    }
}

/// The NATS user of a tablet.
pub fn nats_user(site: &str, tablet: &str) -> String {
    format!("lobby-{site}-{tablet}")
}

/// A site and the JetStream domain of its nats-server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub site: String,
    pub js_domain: String,
}

/// Adds a site, or changes its domain.
pub async fn add_site(pool: &PgPool, site: &str, js_domain: &str) -> Result<Site> {
    check_id(site)?;
    check_id(js_domain)?;
    sqlx::query(
        "INSERT INTO sites (site, js_domain) VALUES ($1, $2)
         ON CONFLICT (site) DO UPDATE SET js_domain = EXCLUDED.js_domain",
    )
    .bind(site)
    .bind(js_domain)
    .execute(pool)
    .await?;
    Ok(Site {
        site: site.to_string(),
        js_domain: js_domain.to_string(),
    })
}

pub async fn sites(pool: &PgPool) -> Result<Vec<Site>> {
    let rows = sqlx::query("SELECT site, js_domain FROM sites ORDER BY site")
        .fetch_all(pool)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Site {
            site: r.get(0),
            js_domain: r.get(1),
        })
        .collect())
}

/// A site the hub knows, or [`Error::UnknownSite`] (a typo would otherwise give an empty
/// answer that looks like "nothing there").
pub async fn require_site(pool: &PgPool, site: &str) -> Result<()> {
    check_id(site)?;
    let known: Option<String> = sqlx::query_scalar("SELECT site FROM sites WHERE site = $1")
        .bind(site)
        .fetch_optional(pool)
        .await?;
    known.map(|_| ()).ok_or_else(|| Error::UnknownSite {
        site: site.to_string(),
    })
}

/// A new tablet's credentials; the password and the site's staff key are only ever in the
/// returned value.
pub async fn add_kiosk(
    pool: &PgPool,
    site: &str,
    tablet: &str,
    replace: bool,
) -> Result<Credentials> {
    require_site(pool, site).await?;
    check_id(tablet)?;
    let password = Alphanumeric.sample_string(&mut rand::thread_rng(), 32);
    let hash = bcrypt::hash(&password, BCRYPT_COST).map_err(|e| Error::File {
        path: "bcrypt".into(),
        reason: e.to_string(),
    })?;
    let user = nats_user(site, tablet);
    let mut tx = pool.begin().await?;
    // One `kiosk add` of a site at a time, so two never take the same number.
    sqlx::query("SELECT site FROM sites WHERE site = $1 FOR UPDATE")
        .bind(site)
        .execute(&mut *tx)
        .await?;
    let current: Option<(Option<DateTime>, Option<i16>)> =
        sqlx::query_as("SELECT revoked_at, number FROM kiosks WHERE site = $1 AND tablet = $2")
            .bind(site)
            .bind(tablet)
            .fetch_optional(&mut *tx)
            .await?;
    // An active tablet keeps its credentials unless --replace says otherwise; a revoked one
    // may be added again.
    let active = matches!(current, Some((None, _)));
    if active && !replace {
        return Err(Error::KioskExists {
            site: site.to_string(),
            tablet: tablet.to_string(),
        });
    }
    // A tablet issued new credentials keeps its number: the codes it issued stay its own.
    let kept = match current {
        Some((None, Some(n))) => Some(n),
        _ => None,
    };
    let number = match kept {
        Some(n) => n,
        None => {
            let held: Vec<i16> = sqlx::query_scalar(
                "SELECT number FROM kiosks WHERE site = $1 AND tablet <> $2
                   AND revoked_at IS NULL AND number IS NOT NULL",
            )
            .bind(site)
            .bind(tablet)
            .fetch_all(&mut *tx)
            .await?;
            (0..=9i16)
                .find(|n| !held.contains(n))
                .ok_or_else(|| Error::NoNumber {
                    site: site.to_string(),
                })?
        }
    };
    sqlx::query(
        "INSERT INTO kiosks (site, tablet, nats_user, password_hash, number)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site, tablet) DO UPDATE
           SET nats_user = EXCLUDED.nats_user, password_hash = EXCLUDED.password_hash,
               number = EXCLUDED.number, added_at = now(), revoked_at = NULL",
    )
    .bind(site)
    .bind(tablet)
    .bind(&user)
    .bind(&hash)
    .bind(number)
    .execute(&mut *tx)
    .await?;
    // Every tablet of the site gets the same staff key: it opens the staff accounts the hub
    // sends down ([`crate::staff`]).
    let staff_key = crate::staff::seal_key(&mut tx, site).await?;
    tx.commit().await?;
    Ok(Credentials {
        site: site.to_string(),
        tablet: tablet.to_string(),
        user,
        password,
        number: Some(number as u8),
        staff_key: Some(data_encoding::HEXLOWER.encode(&staff_key)),
    })
}

pub async fn revoke_kiosk(pool: &PgPool, site: &str, tablet: &str) -> Result<()> {
    check_id(site)?;
    check_id(tablet)?;
    let done = sqlx::query(
        "UPDATE kiosks SET revoked_at = now()
         WHERE site = $1 AND tablet = $2 AND revoked_at IS NULL",
    )
    .bind(site)
    .bind(tablet)
    .execute(pool)
    .await?
    .rows_affected();
    if done == 0 {
        return Err(Error::UnknownKiosk {
            site: site.to_string(),
            tablet: tablet.to_string(),
        });
    }
    Ok(())
}

/// A kiosk as `kiosk list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub site: String,
    pub tablet: String,
    pub user: String,
    /// 0 to 9; `None` for a tablet added before numbers existed.
    pub number: Option<i16>,
    pub added_at: String,
    pub revoked_at: Option<String>,
}

pub async fn kiosks(pool: &PgPool, site: Option<&str>) -> Result<Vec<Kiosk>> {
    if let Some(site) = site {
        require_site(pool, site).await?;
    }
    let rows = sqlx::query(
        "SELECT site, tablet, nats_user,
                to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'),
                to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), number
         FROM kiosks WHERE $1::text IS NULL OR site = $1 ORDER BY site, tablet",
    )
    .bind(site)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Kiosk {
            site: r.get(0),
            tablet: r.get(1),
            user: r.get(2),
            added_at: r.get(3),
            revoked_at: r.get(4),
            number: r.get(5),
        })
        .collect())
}

/// Writes a credentials file readable by its owner only.
pub fn write_credentials(path: &Path, creds: &Credentials) -> Result<()> {
    write_private(path, creds.to_file_text().as_bytes(), false)
}

/// Writes a file atomically, new files 0600; `keep_owner` keeps an existing file's owner and
/// mode.
fn write_private(path: &Path, text: &[u8], keep_owner: bool) -> Result<()> {
    let file_error = |e: std::io::Error| Error::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    // Written beside the target and renamed, so a reader never sees half a file.
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("lobby-hub"),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).map_err(file_error)?;
    // A file rewritten keeps its owner and mode: the site's nats-server may run as its own
    // user, given read access to the users file once by the operator.
    #[cfg(unix)]
    if let Some(old) = std::fs::metadata(path).ok().filter(|_| keep_owner) {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let _ = std::os::unix::fs::fchown(&file, Some(old.uid()), Some(old.gid()));
        file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o7777))
            .map_err(file_error)?;
    }
    file.write_all(text).map_err(file_error)?;
    file.sync_all().map_err(file_error)?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        file_error(e)
    })
}

fn quoted(s: &str) -> String {
    // Ids are [a-z0-9-] and bcrypt hashes [./A-Za-z0-9$]: nothing to escape, but quote them
    // all the same, as nats-server would read `$2b$...` unquoted as a variable.
    format!("\"{s}\"")
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| quoted(s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The users file's text: every tablet not revoked (of `site`, or of every site), each
/// allowed [`fleet::tablet_publish_allow`] and [`fleet::tablet_subscribe_allow`] only, plus a locked placeholder:
/// `users = []` would let any client in without a password.
pub async fn users_text(pool: &PgPool, site: Option<&str>) -> Result<(String, usize)> {
    let rows = sqlx::query(
        "SELECT site, tablet, nats_user, password_hash FROM kiosks
         WHERE revoked_at IS NULL AND ($1::text IS NULL OR site = $1) ORDER BY site, tablet",
    )
    .bind(site)
    .fetch_all(pool)
    .await?;
    let mut text = String::from(
        "# Written by lobby-hub from its database; edits are lost at the next `kiosk add` or\n\
         # `kiosk revoke`. Included by the site's nats-server: authorization { include \"...\" }\n\
         users = [\n",
    );
    for r in &rows {
        let (site, tablet, user, hash): (String, String, String, String) =
            (r.get(0), r.get(1), r.get(2), r.get(3));
        text.push_str(&format!(
            "  {{ user: {}, password: {}, permissions: {{ publish: {{ allow: [{}] }}, subscribe: {{ allow: [{}] }} }} }}\n",
            quoted(&user),
            quoted(&hash),
            quoted_list(&fleet::tablet_publish_allow(&site, &tablet)),
            quoted_list(&fleet::tablet_subscribe_allow(&site)),
        ));
    }
    let placeholder = Alphanumeric.sample_string(&mut rand::thread_rng(), 32);
    let placeholder = bcrypt::hash(placeholder, 4).map_err(|e| Error::File {
        path: "bcrypt".into(),
        reason: e.to_string(),
    })?;
    text.push_str(&format!(
        "  {{ user: \"lobby-nobody\", password: {}, permissions: {{ publish: {{ deny: [\">\"] }}, subscribe: {{ deny: [\">\"] }} }} }}\n]\n",
        quoted(&placeholder)
    ));
    Ok((text, rows.len()))
}

/// Rewrites the users file; returns how many tablets it lets in.
pub async fn write_users(pool: &PgPool, path: &Path, site: Option<&str>) -> Result<usize> {
    let (text, count) = users_text(pool, site).await?;
    write_private(path, text.as_bytes(), true)?;
    Ok(count)
}

/// Asks a nats-server to read its configuration again (SIGHUP).
pub fn reload(pid: u32) -> Result<()> {
    let status = std::process::Command::new("kill")
        .arg("-HUP")
        .arg(pid.to_string())
        .status()
        .map_err(|e| Error::Reload {
            pid,
            reason: e.to_string(),
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::Reload {
            pid,
            reason: status.to_string(),
        })
    }
}

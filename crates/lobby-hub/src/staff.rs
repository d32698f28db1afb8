//! Staff accounts owned by the hub (issue 16): `staff add|reset|disable|enable|list`. One
//! person gets one account on every tablet of a site, made once at the hub.
//!
//! What crosses NATS is what a tablet stores and nothing more ([`SharedStaff`]): the PIN only
//! as its argon2 hash, made by lobby-core's own [`pin::hash`] so a tablet checks it unchanged,
//! and the authenticator secret sealed with the site's staff key ([`seal_key`]), which the hub
//! writes into each tablet's credentials file (`kiosk add`) and never sends through NATS. The
//! hub keeps the account the same way (`shared_staff`), so it can send it again when it is
//! disabled or enabled; the secret in the clear exists only while `staff add` prints it for the
//! person's authenticator app. Each change is saved with its `Down::Staff` in `down_outbox` in
//! one transaction ([`crate::down`]).

use crate::down;
use crate::error::{Error, Result};
use lobby_core::fleet::down::{Down, SharedStaff};
use lobby_core::fleet::PROTOCOL;
use lobby_core::staff::{pin, totp};
use rand::RngCore;
use sqlx::postgres::PgPool;
use sqlx::{Postgres, Row, Transaction};

/// The site's staff key, made now if it has none. Called in the transaction that uses it, with
/// the site's row locked or written, so two commands never make two keys.
pub async fn seal_key(tx: &mut Transaction<'_, Postgres>, site: &str) -> Result<[u8; 32]> {
    let mut fresh = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    let key: Vec<u8> = sqlx::query_scalar(
        "UPDATE sites SET seal_key = COALESCE(seal_key, $2) WHERE site = $1 RETURNING seal_key",
    )
    .bind(site)
    .bind(fresh.as_slice())
    .fetch_optional(&mut **tx)
    .await?
    .ok_or_else(|| Error::UnknownSite {
        site: site.to_string(),
    })?;
    key.try_into().map_err(|_| {
        Error::Sql(sqlx::Error::Protocol(format!(
            "sites.seal_key of {site} is not 32 bytes"
        )))
    })
}

/// A staff account's name as a tablet takes it (trimmed, 1 to 80 characters, no control
/// characters), and never the tablets' own row for the fleet.
pub fn check_name(name: &str) -> Result<String> {
    lobby_core::staff::validate_name(name).map_err(|_| Error::StaffName {
        value: name.trim().to_string(),
    })
}

/// What the site's tablets are told by the last `lobby.toml` pushed to it: the site's name
/// (the authenticator app shows it) and the shortest PIN it takes. The site's id and 6 digits
/// for a site with none pushed.
async fn site_settings(pool: &PgPool, site: &str) -> Result<(String, usize)> {
    let text: Option<String> = sqlx::query_scalar(
        "SELECT toml FROM site_configs WHERE site = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(site)
    .fetch_optional(pool)
    .await?;
    let config = text.and_then(|t| lobby_core::Config::parse(&t, None).ok());
    Ok(match config {
        Some(c) => (c.site_name.clone(), c.staff.pin_min_length),
        None => (site.to_string(), 6),
    })
}

/// A new PIN under the rules a tablet applies to one (`lobby staff add`): 6 to 12 digits, not
/// among the first anyone would try, as long as the site asks.
pub fn check_pin(new_pin: &str, min: usize) -> Result<()> {
    pin::validate_new(new_pin).map_err(Error::Pin)?;
    pin::long_enough(new_pin, min).map_err(Error::Pin)
}

/// A staff account just made: what the person sets their authenticator app up with.
#[derive(Debug)]
pub struct Added {
    pub name: String,
    /// The TOTP secret in the clear, for printing only.
    pub secret: Vec<u8>,
    /// `otpauth://` as `lobby staff add` prints it.
    pub uri: String,
    pub outbox: i64,
}

/// Makes a staff account for every tablet of `site`. Refuses a name the site has, a PIN a
/// tablet would refuse, and a PIN another active account of the site has (as a tablet does: a
/// PIN belongs to one person).
pub async fn add(pool: &PgPool, site: &str, name: &str, new_pin: &str) -> Result<Added> {
    save(pool, site, name, new_pin, false).await
}

/// A new PIN and a new authenticator secret for an account made at the hub (a forgotten PIN, a
/// lost phone), sent to every tablet of the site: the old PIN and the old app's codes stop
/// working at each tablet as it reads the change. The account stays enabled or disabled as it
/// was. Refuses an unknown name, a PIN a tablet would refuse and another active account's PIN.
pub async fn reset(pool: &PgPool, site: &str, name: &str, new_pin: &str) -> Result<Added> {
    save(pool, site, name, new_pin, true).await
}

/// [`add`] (`reset` false: the name must be new) or [`reset`] (the name must exist).
async fn save(pool: &PgPool, site: &str, name: &str, new_pin: &str, reset: bool) -> Result<Added> {
    crate::kiosks::require_site(pool, site).await?;
    let name = check_name(name)?;
    let (site_name, min) = site_settings(pool, site).await?;
    check_pin(new_pin, min)?;
    let pin_hash = pin::hash(new_pin).map_err(Error::Pin)?;
    let secret = totp::new_secret();
    let mut tx = pool.begin().await?;
    // One `staff add|reset` of a site at a time, so a name or PIN is never taken twice.
    sqlx::query("SELECT site FROM sites WHERE site = $1 FOR UPDATE")
        .bind(site)
        .execute(&mut *tx)
        .await?;
    let rows = sqlx::query("SELECT name, pin_hash, active FROM shared_staff WHERE site = $1")
        .bind(site)
        .fetch_all(&mut *tx)
        .await?;
    let existing = rows.iter().find(|r| r.get::<String, _>(0) == name);
    let active = match (existing, reset) {
        (Some(_), false) => {
            return Err(Error::StaffExists {
                site: site.to_string(),
                name,
            })
        }
        (None, true) => {
            return Err(Error::UnknownStaff {
                site: site.to_string(),
                name,
            })
        }
        (Some(r), true) => r.get::<bool, _>(2),
        (None, false) => true,
    };
    let taken = rows
        .iter()
        .filter(|r| r.get::<bool, _>(2) && r.get::<String, _>(0) != name)
        .any(|r| pin::matches(new_pin, &r.get::<String, _>(1)));
    if taken {
        return Err(Error::Pin(lobby_core::Error::PinInUse));
    }
    let key = seal_key(&mut tx, site).await?;
    let message = SharedStaff {
        v: PROTOCOL,
        name: name.clone(),
        pin_hash,
        totp_sealed: SharedStaff::seal_totp(&key, &name, &secret),
        active,
        at: down::now_text(),
    };
    sqlx::query(
        "INSERT INTO shared_staff (site, name, pin_hash, totp_sealed, active)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site, name) DO UPDATE SET pin_hash = excluded.pin_hash,
           totp_sealed = excluded.totp_sealed, updated_at = now()",
    )
    .bind(site)
    .bind(&name)
    .bind(&message.pin_hash)
    .bind(&message.totp_sealed)
    .bind(active)
    .execute(&mut *tx)
    .await?;
    let outbox = down::enqueue(&mut tx, site, &Down::Staff(message)).await?;
    tx.commit().await?;
    let uri = totp::provisioning_uri(&format!("Lobby ({site_name})"), &name, &secret);
    Ok(Added {
        name,
        secret,
        uri,
        outbox,
    })
}

/// Disables (`active = false`) or enables an account made at the hub and sends it again.
/// `None` when it already was so: nothing is sent.
pub async fn set_active(
    pool: &PgPool,
    site: &str,
    name: &str,
    active: bool,
) -> Result<Option<i64>> {
    crate::kiosks::require_site(pool, site).await?;
    let name = check_name(name)?;
    let mut tx = pool.begin().await?;
    let row = sqlx::query(
        "SELECT pin_hash, totp_sealed, active FROM shared_staff
         WHERE site = $1 AND name = $2 FOR UPDATE",
    )
    .bind(site)
    .bind(&name)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| Error::UnknownStaff {
        site: site.to_string(),
        name: name.clone(),
    })?;
    if row.get::<bool, _>(2) == active {
        return Ok(None);
    }
    sqlx::query(
        "UPDATE shared_staff SET active = $3, updated_at = now() WHERE site = $1 AND name = $2",
    )
    .bind(site)
    .bind(&name)
    .bind(active)
    .execute(&mut *tx)
    .await?;
    let message = SharedStaff {
        v: PROTOCOL,
        name,
        pin_hash: row.get(0),
        totp_sealed: row.get(1),
        active,
        at: down::now_text(),
    };
    let outbox = down::enqueue(&mut tx, site, &Down::Staff(message)).await?;
    tx.commit().await?;
    Ok(Some(outbox))
}

/// A staff account as `staff list` shows it (never its hash or secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub active: bool,
    /// UTC, `YYYY-MM-DD HH:MM`.
    pub added_at: String,
}

/// The site's accounts made at the hub, by name.
pub async fn list(pool: &PgPool, site: &str) -> Result<Vec<Account>> {
    crate::kiosks::require_site(pool, site).await?;
    let rows = sqlx::query(
        "SELECT name, active, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
         FROM shared_staff WHERE site = $1 ORDER BY name",
    )
    .bind(site)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Account {
            name: r.get(0),
            active: r.get(1),
            added_at: r.get(2),
        })
        .collect())
}

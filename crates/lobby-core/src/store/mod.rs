//! The SQLite store: one file, `lobby.db`, in the data folder. WAL for concurrent readers,
//! `synchronous=FULL` so that a write the user saw confirmed survives a crash or a power cut,
//! foreign keys on, and a busy timeout so the CLI and the kiosk can share the file.

use crate::error::Result;
use crate::keys::SiteKey;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{Sqlite, SqliteConnection, Transaction};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The setting that names the key this database's secrets are sealed with (see
/// `crate::sealing`).
pub const SEALED_WITH: &str = "site_key";

pub mod settings;

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "lobby.db";

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// A database file SQLite cannot read (SQLITE_CORRUPT, SQLITE_NOTADB) is a problem of its own:
/// the way out is a backup, not a retry.
fn unreadable(path: &Path, e: &sqlx::Error) -> Option<crate::Error> {
    let db = e.as_database_error()?;
    let code = db.code()?;
    // The primary result code is the low byte of an extended one.
    let primary = code.parse::<i32>().ok()? & 0xff;
    (primary == 11 || primary == 26).then(|| crate::Error::DatabaseUnreadable {
        path: path.display().to_string(),
        reason: db.message().to_string(),
    })
}

#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    key: Option<Arc<SiteKey>>,
}

/// A write transaction ([`Store::begin_write`]). It derefs to the connection, and carries the
/// site key so that audit entries written in it are keyed.
pub struct Write {
    tx: Transaction<'static, Sqlite>,
    key: Option<Arc<SiteKey>>,
}

impl Write {
    pub async fn commit(self) -> Result<()> {
        Ok(self.tx.commit().await?)
    }

    pub async fn rollback(self) -> Result<()> {
        Ok(self.tx.rollback().await?)
    }

    /// The site key, when the store was opened with one.
    pub fn key(&self) -> Option<&SiteKey> {
        self.key.as_deref()
    }
}

impl std::ops::Deref for Write {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Write {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }
}

impl Store {
    /// Opens (creating if needed) `DIR/lobby.db` and brings its schema up to date, without a
    /// site key: secrets are written in the clear and the audit chain is unkeyed. The kiosk
    /// and the command line use [`Store::open_keyed`]; this is for tests and for reading a
    /// database whose key is elsewhere (`lobby audit verify`).
    pub async fn open(data_dir: &Path) -> Result<Self> {
        crate::private::create_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
        // SQLite gives the WAL and SHM files the database file's mode.
        if !path.exists() {
            crate::private::create(&path)?;
        }
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.clone().into_os_string();
            p.push(suffix);
            crate::private::tighten(Path::new(&p))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // No checkpoint inside a visitor's commit: the kiosk checkpoints in the background
            // (`checkpoint`), and SQLite checkpoints when the last connection closes.
            .pragma("wal_autocheckpoint", "0");
        let unreadable = |e: &sqlx::Error| unreadable(&path, e);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| unreadable(&e).unwrap_or(e.into()))?;
        if let Err(e) = MIGRATOR.run(&pool).await {
            pool.close().await;
            return Err(match &e {
                sqlx::migrate::MigrateError::Execute(inner) => unreadable(inner),
                _ => None,
            }
            .unwrap_or(e.into()));
        }
        Ok(Self {
            pool,
            path,
            key: None,
        })
    }

    /// This store, with the site key: what it writes from now on is sealed and keyed
    /// (`crate::sealing::open_keyed` checks the key first).
    pub(crate) fn with_key(mut self, key: SiteKey) -> Self {
        self.key = Some(Arc::new(key));
        self
    }

    /// A write transaction keyed with `key`, before the store itself has it.
    pub(crate) async fn begin_write_keyed(&self, key: SiteKey) -> Result<Write> {
        Ok(Write {
            tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
            key: Some(Arc::new(key)),
        })
    }

    /// The site key, when the store was opened with one.
    pub fn key(&self) -> Option<&SiteKey> {
        self.key.as_deref()
    }

    /// The fingerprint of the key this database's secrets are sealed with, if any.
    pub async fn sealed_with(&self) -> Result<Option<String>> {
        settings::get(&self.pool, SEALED_WITH).await
    }

    /// Opens the database only if its file exists (for `lobby doctor`, which must not create
    /// one); an existing database is brought up to date like [`Store::open`] does.
    pub async fn open_existing(data_dir: &Path) -> Result<Option<Self>> {
        let path = data_dir.join(DB_FILE);
        if !path.exists() {
            return Ok(None);
        }
        Self::open(data_dir).await.map(Some)
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// One connection from the pool, for a few reads in a row.
    pub async fn conn(&self) -> Result<sqlx::pool::PoolConnection<Sqlite>> {
        Ok(self.pool.acquire().await?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts a write transaction that takes SQLite's write lock at once (`BEGIN IMMEDIATE`),
    /// so two writers never both read the audit chain's head and then both append to it.
    pub async fn begin_write(&self) -> Result<Write> {
        Ok(Write {
            tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
            key: self.key.clone(),
        })
    }

    /// Applied migrations, newest last, for `lobby doctor`.
    pub async fn schema_version(&self) -> Result<i64> {
        let v: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
            .fetch_one(&self.pool)
            .await?;
        Ok(v.unwrap_or(0))
    }

    /// Copies committed pages from the WAL into the database file without blocking writers
    /// (`PASSIVE`). The kiosk calls it every few seconds, off the check-in path.
    pub async fn checkpoint(&self) -> Result<()> {
        sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes every connection, checkpointing the WAL. sqlx finishes closing on its worker
    /// threads after `close` returns, so this waits until SQLite's last close has removed the
    /// WAL: only then may the file be copied, replaced or renamed. Usually that takes
    /// milliseconds; on a loaded machine it took over 2 s (a restore was refused as "in use"
    /// in CI), so the wait ends after 10 s. The WAL that is still there then belongs to
    /// another process that has the database open.
    pub async fn close(self) {
        self.pool.close().await;
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let wal = PathBuf::from(wal);
        for _ in 0..500 {
            if !wal.exists() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn opens_with_wal_full_sync_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let mut conn = store.pool().acquire().await.unwrap();
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(sync, 2, "synchronous must be FULL");
        assert_eq!(fk, 1);
        assert_eq!(busy, 5000);
        let auto: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(
            auto, 0,
            "checkpoints run in the background, not in a visitor's commit"
        );
        assert!(store.schema_version().await.unwrap() >= 1);
    }

    #[tokio::test]
    async fn reopening_keeps_data_and_does_not_remigrate() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        settings::set(store.pool(), "probe", "kept").await.unwrap();
        store.close().await;
        let store = Store::open(dir.path()).await.unwrap();
        assert_eq!(
            settings::get(store.pool(), "probe")
                .await
                .unwrap()
                .as_deref(),
            Some("kept")
        );
    }
}

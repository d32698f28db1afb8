//! Backups of the database: `VACUUM INTO` a consistent copy (never a raw copy of a live file) in
//! a private folder inside the data folder, check it (SQLite's integrity check and the audit
//! chain) and seal it (with keys) there, then move only the finished file to the backup folder,
//! copy it to a second
//! folder if one is configured, and keep 7 daily and 4 weekly ones (by default). A restore
//! checks the backup the same way first, sets the current database aside, and swaps the
//! files with renames, so there is never a half-restored database. A restore test restores
//! into a temporary folder and opens the result as the kiosk would.

use crate::audit::{self, Actor, NewEntry, Verdict};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::store::DB_FILE;
use crate::Store;
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Utc};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection as _, SqliteConnection};
use std::io::Write as _;
use std::path::{Path, PathBuf};

const PREFIX: &str = "lobby-";
const SUFFIX: &str = ".db";
/// Backups encrypted to `[backup] age_recipients` end in `.db.age`.
const AGE_SUFFIX: &str = ".db.age";
const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// Where backups go: the configured folder, or `backups/` in the data folder.
pub fn folder(store: &Store, config: &Config) -> PathBuf {
    config.backup.folder.clone().unwrap_or_else(|| {
        store
            .path()
            .parent()
            .unwrap_or(Path::new("."))
            .join("backups")
    })
}

/// A backup file found in a folder, newest first in [`list`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupFile {
    pub path: PathBuf,
    pub at: DateTime<Utc>,
    pub bytes: u64,
}

/// When a file name says its backup was taken, if it is one of Lobby's.
fn taken_at(name: &str) -> Option<DateTime<Utc>> {
    let rest = name.strip_prefix(PREFIX)?;
    let stamp = rest
        .strip_suffix(AGE_SUFFIX)
        .or_else(|| rest.strip_suffix(SUFFIX))?;
    NaiveDateTime::parse_from_str(stamp, STAMP)
        .ok()
        .map(|t| t.and_utc())
}

/// Lobby's backups in `dir`, newest first. A missing folder has none.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.into()),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if let Some(at) = name.to_str().and_then(taken_at) {
            out.push(BackupFile {
                path: entry.path(),
                at,
                bytes: entry.metadata()?.len(),
            });
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.at));
    Ok(out)
}

fn is_encrypted(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".age")
}

fn invalid(problem: impl Into<String>) -> Error {
    Error::BackupInvalid {
        problem: problem.into(),
    }
}

/// The recipients of `[backup] age_recipients` (checked when the configuration was read).
fn recipients(config: &Config) -> Result<Vec<age::x25519::Recipient>> {
    config
        .backup
        .age_recipients
        .iter()
        .map(|r| {
            r.parse()
                .map_err(|e| Error::Internal(format!("age recipient {r}: {e}")))
        })
        .collect()
}

/// Reads an age identity file (`age-keygen` output: comments and one `AGE-SECRET-KEY-1…`).
pub fn read_identity(path: &Path) -> Result<age::x25519::Identity> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        invalid(format!(
            "the key file {} cannot be read ({e})",
            path.display()
        ))
    })?;
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.parse().ok())
        .ok_or_else(|| invalid(format!("{} holds no age secret key", path.display())))
}

fn encrypt(plain: &Path, out: &Path, to: &[age::x25519::Recipient]) -> Result<()> {
    let encryptor = age::Encryptor::with_recipients(to.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|e| Error::Internal(format!("age: {e}")))?;
    let mut input = std::fs::File::open(plain)?;
    let mut writer = encryptor.wrap_output(crate::private::create(out)?)?;
    std::io::copy(&mut input, &mut writer)?;
    writer.finish()?.sync_all()?;
    Ok(())
}

/// The plaintext of `file` in a temporary folder (for an encrypted backup), or `file` itself.
fn plaintext(
    file: &Path,
    identity: Option<&age::x25519::Identity>,
) -> Result<(PathBuf, Option<tempfile::TempDir>)> {
    if !is_encrypted(file) {
        return Ok((file.to_owned(), None));
    }
    let identity = identity
        .ok_or_else(|| invalid("this backup is encrypted: give the key file with --identity"))?;
    let reader = std::fs::File::open(file)
        .map_err(|e| invalid(format!("{} cannot be read ({e})", file.display())))?;
    let decryptor = age::Decryptor::new(std::io::BufReader::new(reader))
        .map_err(|e| invalid(format!("not an age file ({e})")))?;
    let mut plain = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| invalid(format!("it cannot be decrypted with this key ({e})")))?;
    let dir = tempfile::tempdir()?;
    let out = dir.path().join(DB_FILE);
    let mut file_out = crate::private::create(&out)?;
    std::io::copy(&mut plain, &mut file_out)
        .map_err(|e| invalid(format!("the encrypted file is damaged ({e})")))?;
    file_out.sync_all()?;
    Ok((out, Some(dir)))
}

/// What a check of a backup file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checked {
    pub sha256: String,
    pub bytes: u64,
    pub schema_version: i64,
    pub audit_entries: i64,
    /// The backup's newest audit entry: compare it with `lobby audit verify --head` on the
    /// live database, and a rewrite of the history since is caught.
    pub audit_head: Option<audit::Head>,
}

fn sha256_of(path: &Path) -> Result<(String, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let bytes = std::io::copy(&mut file, &mut hasher)?;
    Ok((data_encoding::HEXLOWER.encode(&hasher.finalize()), bytes))
}

/// Opens a backup read-only and checks it: SQLite's integrity check says `ok`, it has Lobby's
/// tables, and its audit chain is intact. Refuses with `backup-invalid` naming the problem.
pub async fn check(path: &Path, identity: Option<&age::x25519::Identity>) -> Result<Checked> {
    if !path.is_file() {
        return Err(invalid(format!("{} is not a file", path.display())));
    }
    let (plain, _tmp) = plaintext(path, identity)?;
    let mut checked = check_plain(&plain).await?;
    if is_encrypted(path) {
        // The hash and size recorded are those of the file as stored.
        (checked.sha256, checked.bytes) = sha256_of(path)?;
    }
    Ok(checked)
}

async fn check_plain(path: &Path) -> Result<Checked> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .immutable(true);
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|e| invalid(format!("not an SQLite database ({e})")))?;
    let result = check_open(&mut conn).await;
    let audit_head = match &result {
        Ok(_) => audit::head(&mut conn).await.ok().flatten(),
        Err(_) => None,
    };
    let _ = conn.close().await;
    let (schema_version, audit_entries) = result.map_err(invalid)?;
    let (sha256, bytes) = sha256_of(path)?;
    Ok(Checked {
        sha256,
        bytes,
        schema_version,
        audit_entries,
        audit_head,
    })
}

async fn check_open(conn: &mut SqliteConnection) -> std::result::Result<(i64, i64), String> {
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| format!("not an SQLite database ({e})"))?;
    if integrity != ["ok"] {
        return Err(format!(
            "SQLite integrity check: {}",
            integrity.join("; ").chars().take(300).collect::<String>()
        ));
    }
    let version: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(&mut *conn)
        .await
        .map_err(|_| "not a Lobby database (no migrations table)".to_string())?;
    match audit::verify(conn, None).await {
        Ok(Verdict::Intact { entries, .. }) => Ok((version.unwrap_or(0), entries)),
        Ok(Verdict::Broken { seq, problem }) => Err(format!(
            "the audit chain is broken at entry {seq} ({problem:?})"
        )),
        Err(e) => Err(format!("the audit log cannot be read ({e})")),
    }
}

/// What `backup_now` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Made {
    pub path: PathBuf,
    pub checked: Checked,
    /// Copies written to the second folder.
    pub copies: Vec<PathBuf>,
    /// Old backups removed by the retention rule.
    pub removed: Vec<PathBuf>,
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Copies `from` to `dir` under the same name: written beside, synced, renamed.
fn copy_into(from: &Path, dir: &Path) -> Result<PathBuf> {
    crate::private::ensure_dir(dir)?;
    let name = from.file_name().expect("a backup has a file name");
    let dest = dir.join(name);
    let partial = dir.join(format!(".{}.partial", name.to_string_lossy()));
    {
        let mut src = std::fs::File::open(from)?;
        let mut out = crate::private::create(&partial)?;
        std::io::copy(&mut src, &mut out)?;
        out.flush()?;
        out.sync_all()?;
    }
    std::fs::rename(&partial, &dest)?;
    sync_dir(dir);
    Ok(dest)
}

/// One line of the `backups` table: a backup, restore test or restore, worked or failed.
async fn record(
    conn: &mut SqliteConnection,
    at: DateTime<Utc>,
    kind: &str,
    file: Option<&str>,
    checked: Option<&Checked>,
    copies: usize,
    error: Option<String>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO backups (at, kind, file, bytes, sha256, copies, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(at.to_rfc3339())
    .bind(kind)
    .bind(file)
    .bind(checked.map(|c| c.bytes as i64))
    .bind(checked.map(|c| c.sha256.as_str()))
    .bind(copies as i64)
    .bind(error)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes a backup now: `VACUUM INTO` a file beside the final name, checks it, renames it into
/// place, copies it to the second folder, prunes old ones, and records it (and a failure).
pub async fn backup_now(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    actor: Actor,
) -> Result<Made> {
    let result = make(store, config, now).await;
    let mut tx = store.begin_write().await?;
    match &result {
        Ok(made) => {
            let file = made
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let copies = made.copies.len();
            record(
                &mut tx,
                now,
                "backup",
                file.as_deref(),
                Some(&made.checked),
                copies,
                None,
            )
            .await?;
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor,
                    action: "backup",
                    subject: file.map(|f| format!("backup:{f}")),
                    details: json!({
                        "bytes": made.checked.bytes,
                        "sha256": made.checked.sha256,
                        "copies": made.copies.len(),
                        "removed": made.removed.len(),
                    }),
                },
            )
            .await?;
        }
        Err(e) => {
            record(&mut tx, now, "backup", None, None, 0, Some(e.to_string())).await?;
            audit::append(
                &mut tx,
                now,
                NewEntry {
                    actor,
                    action: "backup-failed",
                    subject: None,
                    details: json!({ "code": e.code().as_str() }),
                },
            )
            .await?;
        }
    }
    tx.commit().await?;
    result
}

/// Where a backup is made, checked and (with keys) sealed before it goes to the backup folder:
/// a folder inside the data folder that only the kiosk's user can open. The backup folder,
/// which may be a USB stick or a share, only ever receives the finished file.
fn work_folder(store: &Store) -> PathBuf {
    store
        .path()
        .parent()
        .unwrap_or(Path::new("."))
        .join(".backup-work")
}

fn private_folder(dir: &Path) -> Result<()> {
    Ok(crate::private::create_dir(dir)?)
}

/// Removes what a backup cut short (a crash, a power cut, a SIGKILL) left behind: everything
/// in the work folder, and unfinished `.partial` copies in the backup folders. Run when the
/// kiosk starts and before each backup. Returns what it removed.
pub fn remove_leftovers(store: &Store, config: &Config) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let mut sweep = |dir: &Path, all: bool| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let partial = name.starts_with('.') && name.ends_with(".partial");
            if (all || partial) && path.is_file() && std::fs::remove_file(&path).is_ok() {
                removed.push(path);
            }
        }
    };
    sweep(&work_folder(store), true);
    sweep(&folder(store, config), false);
    if let Some(second) = &config.backup.second_folder {
        sweep(second, false);
    }
    removed
}

/// Moves a finished backup into `dir`: a rename where both are on one file system, otherwise
/// a copy (written beside, synced, renamed) and the work file removed.
fn place(finished: &Path, dir: &Path) -> Result<PathBuf> {
    let name = finished.file_name().expect("a backup has a file name");
    let dest = dir.join(name);
    if std::fs::rename(finished, &dest).is_ok() {
        sync_dir(dir);
        return Ok(dest);
    }
    let copy = copy_into(finished, dir)?;
    let _ = std::fs::remove_file(finished);
    Ok(copy)
}

async fn make(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<Made> {
    let dir = folder(store, config);
    crate::private::ensure_dir(&dir)?;
    remove_leftovers(store, config);
    let work = work_folder(store);
    private_folder(&work)?;
    let name = format!("{PREFIX}{}{SUFFIX}", now.format(STAMP));
    let snapshot = work.join(&name);
    // VACUUM INTO reads one consistent snapshot; under WAL, check-ins go on meanwhile.
    sqlx::query("VACUUM INTO ?")
        .bind(snapshot.to_string_lossy().into_owned())
        .execute(store.pool())
        .await?;
    crate::private::tighten(&snapshot)?;
    std::fs::File::open(&snapshot)?.sync_all()?;
    let mut checked = match check_plain(&snapshot).await {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&snapshot);
            return Err(e);
        }
    };
    let to = recipients(config)?;
    let finished = if to.is_empty() {
        snapshot
    } else {
        // Encrypted to the configured keys: a stolen drive or stick reveals nothing. The
        // plaintext never leaves the work folder, and is removed there.
        let sealed = work.join(format!("{name}.age"));
        let result = encrypt(&snapshot, &sealed, &to);
        let _ = std::fs::remove_file(&snapshot);
        if let Err(e) = result {
            let _ = std::fs::remove_file(&sealed);
            return Err(e);
        }
        std::fs::File::open(&sealed)?.sync_all()?;
        (checked.sha256, checked.bytes) = sha256_of(&sealed)?;
        sealed
    };
    let path = place(&finished, &dir)?;
    sync_dir(&dir);
    let mut copies = Vec::new();
    let mut removed = prune(&dir, config, now)?;
    if let Some(second) = &config.backup.second_folder {
        let copy = copy_into(&path, second)?;
        if sha256_of(&copy)?.0 != checked.sha256 {
            return Err(Error::BackupInvalid {
                problem: format!("the copy in {} differs from the backup", second.display()),
            });
        }
        copies.push(copy);
        removed.extend(prune(second, config, now)?);
    }
    Ok(Made {
        path,
        checked,
        copies,
        removed,
    })
}

/// Which backups the retention rule keeps: the newest of each of the last `keep_daily` days
/// that have one, and the newest of each of the last `keep_weekly` ISO weeks. Newest first in.
pub fn keep(files: &[BackupFile], keep_daily: u32, keep_weekly: u32) -> Vec<bool> {
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    files
        .iter()
        .map(|f| {
            let day = f.at.date_naive();
            let week = (f.at.iso_week().year(), f.at.iso_week().week());
            let mut kept = false;
            if !days.contains(&day) && days.len() < keep_daily as usize {
                days.push(day);
                kept = true;
            }
            if !weeks.contains(&week) && weeks.len() < keep_weekly as usize {
                weeks.push(week);
                kept = true;
            }
            kept
        })
        .collect()
}

fn prune(dir: &Path, config: &Config, _now: DateTime<Utc>) -> Result<Vec<PathBuf>> {
    let files = list(dir)?;
    let keep = keep(&files, config.backup.keep_daily, config.backup.keep_weekly);
    let mut removed = Vec::new();
    for (f, kept) in files.iter().zip(keep) {
        if !kept {
            std::fs::remove_file(&f.path)?;
            removed.push(f.path.clone());
        }
    }
    Ok(removed)
}

/// Restores `file` into a temporary folder and opens it as the kiosk would (migrations
/// included), then checks the audit chain again; records the result.
pub async fn restore_test(
    store: &Store,
    file: &Path,
    identity: Option<&age::x25519::Identity>,
    now: DateTime<Utc>,
    actor: Actor,
) -> Result<Checked> {
    let result = async {
        let checked = check(file, identity).await?;
        let (plain, _plain_dir) = plaintext(file, identity)?;
        let tmp = tempfile::tempdir()?;
        std::fs::copy(&plain, tmp.path().join(DB_FILE))?;
        let restored = Store::open(tmp.path()).await?;
        let verdict = audit::verify(&mut *restored.conn().await?, store.key()).await?;
        restored.close().await;
        match verdict {
            Verdict::Intact { .. } => Ok(checked),
            Verdict::Broken { seq, .. } => Err(Error::BackupInvalid {
                problem: format!("after opening, the audit chain is broken at entry {seq}"),
            }),
        }
    }
    .await;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    let mut tx = store.begin_write().await?;
    let (checked, error) = match &result {
        Ok(c) => (Some(c), None),
        Err(e) => (None, Some(e.to_string())),
    };
    record(
        &mut tx,
        now,
        "restore-test",
        name.as_deref(),
        checked,
        0,
        error,
    )
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor,
            action: "backup-restore-test",
            subject: name.map(|f| format!("backup:{f}")),
            details: json!({ "ok": result.is_ok() }),
        },
    )
    .await?;
    tx.commit().await?;
    result
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Restored {
    pub checked: Checked,
    /// Where the database that was replaced now is.
    pub set_aside: Option<PathBuf>,
}

/// Replaces the database in `data_dir` with `file`, which is checked first. The kiosk must
/// not be running. The current database is checkpointed and renamed aside
/// (`lobby.db.before-restore-<time>`), the backup copied beside the final name and renamed
/// into place: at every moment `lobby.db` is either the old database or the whole backup.
///
/// With `key_file`, the restored database is opened with the site key there; a backup sealed
/// with a key that is not there is refused first, and nothing is changed.
pub async fn restore(
    data_dir: &Path,
    file: &Path,
    identity: Option<&age::x25519::Identity>,
    key_file: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Restored> {
    let checked = check(file, identity).await?;
    let (plain, _plain_dir) = plaintext(file, identity)?;
    if let Some(key_file) = key_file {
        key_fits(&plain, key_file).await?;
    }
    let db = data_dir.join(DB_FILE);
    // Everything in the WAL goes into the file first, so the file set aside is complete.
    // A database SQLite cannot read is what a restore is for: it is set aside as it is.
    match Store::open_existing(data_dir).await {
        Ok(Some(store)) => {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(store.pool())
                .await?;
            store.close().await;
            // SQLite removes the WAL when the last connection closes. If it is still there,
            // either another process (the kiosk) has the database open and would go on writing
            // to the file set aside, or a close was slow or left it behind (seen in CI under
            // load). Leaving WAL mode needs the database to itself: that tells the two apart.
            if data_dir.join(format!("{DB_FILE}-wal")).exists() && !alone_with(&db).await {
                return Err(Error::DatabaseInUse);
            }
        }
        Ok(None) | Err(Error::DatabaseUnreadable { .. }) => {}
        Err(e) => return Err(e),
    }
    crate::private::create_dir(data_dir)?;
    let incoming = data_dir.join(format!(".{DB_FILE}.restoring"));
    std::fs::copy(&plain, &incoming)?;
    crate::private::tighten(&incoming)?;
    std::fs::File::open(&incoming)?.sync_all()?;
    let set_aside = if db.exists() {
        let aside = data_dir.join(format!("{DB_FILE}.before-restore-{}", now.format(STAMP)));
        std::fs::rename(&db, &aside)?;
        for ext in ["-wal", "-shm"] {
            let side = data_dir.join(format!("{DB_FILE}{ext}"));
            if side.exists() {
                std::fs::rename(&side, data_dir.join(format!("{}{ext}", aside.display())))?;
            }
        }
        Some(aside)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(&incoming, &db) {
        // Put the old database back: nothing is half-restored.
        if let Some(aside) = &set_aside {
            let _ = std::fs::rename(aside, &db);
        }
        return Err(e.into());
    }
    sync_dir(data_dir);
    let store = match key_file {
        Some(key_file) => crate::sealing::open_keyed(data_dir, key_file).await?,
        None => Store::open(data_dir).await?,
    };
    let mut tx = store.begin_write().await?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    // The restored database was copied before its own backup was recorded: record it now, so
    // staff are not told there is no backup right after restoring one.
    let taken = name.as_deref().and_then(taken_at).unwrap_or(now);
    sqlx::query(
        "INSERT INTO backups (at, kind, file, bytes, sha256)
         SELECT ?, 'backup', ?, ?, ? WHERE NOT EXISTS
           (SELECT 1 FROM backups WHERE kind = 'backup' AND sha256 = ?)",
    )
    .bind(taken.to_rfc3339())
    .bind(&name)
    .bind(checked.bytes as i64)
    .bind(&checked.sha256)
    .bind(&checked.sha256)
    .execute(&mut *tx)
    .await?;
    record(
        &mut tx,
        now,
        "restore",
        name.as_deref(),
        Some(&checked),
        0,
        None,
    )
    .await?;
    audit::append(
        &mut tx,
        now,
        NewEntry {
            actor: Actor::Cli,
            action: "backup-restore",
            subject: name.map(|f| format!("backup:{f}")),
            details: json!({
                "sha256": checked.sha256,
                "set_aside": set_aside.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()),
            }),
        },
    )
    .await?;
    tx.commit().await?;
    store.close().await;
    Ok(Restored { checked, set_aside })
}

/// Whether nobody else has the database open: only then can it leave WAL mode (SQLite needs
/// an exclusive lock for it), which removes the WAL. The next open turns WAL mode back on.
async fn alone_with(db: &Path) -> bool {
    let options = SqliteConnectOptions::new()
        .filename(db)
        .busy_timeout(std::time::Duration::from_secs(2));
    let Ok(mut conn) = SqliteConnection::connect_with(&options).await else {
        return false;
    };
    let mode: Option<String> = sqlx::query_scalar("PRAGMA journal_mode = DELETE")
        .fetch_one(&mut conn)
        .await
        .ok();
    let _ = conn.close().await;
    mode.as_deref() == Some("delete")
}

/// Refuses a backup whose secrets are sealed with a key that is not in `key_file`.
async fn key_fits(plain: &Path, key_file: &Path) -> Result<()> {
    let options = SqliteConnectOptions::new()
        .filename(plain)
        .read_only(true)
        .immutable(true);
    let mut conn = SqliteConnection::connect_with(&options).await?;
    let expected = crate::store::settings::get(&mut conn, crate::store::SEALED_WITH).await;
    let _ = conn.close().await;
    let Some(expected) = expected? else {
        return Ok(());
    };
    let path = key_file.display().to_string();
    match crate::keys::SiteKey::load(key_file) {
        Ok(key) if key.fingerprint() == expected => Ok(()),
        Ok(key) => Err(Error::KeyMismatch {
            path,
            expected,
            found: key.fingerprint(),
        }),
        Err(Error::KeyMissing { .. }) => Err(Error::KeyMissing {
            path,
            fingerprint: expected,
        }),
        Err(e) => Err(e),
    }
}

/// How backups stand, for staff, `lobby doctor` and the security-plan report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BackupStatus {
    pub last_ok_at: Option<String>,
    pub last_file: Option<String>,
    /// The last attempt failed: why (English, for the operator).
    pub last_error: Option<String>,
    /// The last restore test, or real restore (which proves a backup just as well).
    pub last_restore_test_at: Option<String>,
    pub last_restore_test_ok: Option<bool>,
    /// No backup worked within twice the configured interval: staff are warned.
    pub stale: bool,
}

pub async fn status(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<BackupStatus> {
    let mut conn = store.conn().await?;
    let last_ok: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT at, file FROM backups WHERE kind = 'backup' AND error IS NULL ORDER BY at DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let last: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT at, error FROM backups WHERE kind = 'backup' ORDER BY at DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let test: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT at, error FROM backups WHERE kind IN ('restore-test', 'restore')
         ORDER BY at DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let limit = Duration::hours(2 * i64::from(config.backup.every_hours));
    let stale = match &last_ok {
        Some((at, _)) => DateTime::parse_from_rfc3339(at)
            .map(|t| now - t.with_timezone(&Utc) > limit)
            .unwrap_or(true),
        None => true,
    };
    Ok(BackupStatus {
        last_ok_at: last_ok.as_ref().map(|(at, _)| at.clone()),
        last_file: last_ok.and_then(|(_, f)| f),
        last_error: last.and_then(|(_, e)| e),
        last_restore_test_at: test.as_ref().map(|(at, _)| at.clone()),
        last_restore_test_ok: test.map(|(_, e)| e.is_none()),
        stale,
    })
}

/// Whether the timer should take a backup now: none yet, or the last one (or the last failed
/// attempt, retried after an hour) is older than the interval.
pub async fn due(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<bool> {
    let last: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT at, error FROM backups WHERE kind = 'backup' ORDER BY at DESC, id DESC LIMIT 1",
    )
    .fetch_optional(store.pool())
    .await?;
    let Some((at, error)) = last else {
        return Ok(true);
    };
    let Ok(at) = DateTime::parse_from_rfc3339(&at) else {
        return Ok(true);
    };
    let wait = if error.is_some() {
        Duration::hours(1).min(Duration::hours(config.backup.every_hours.into()))
    } else {
        Duration::hours(config.backup.every_hours.into())
    };
    Ok(now - at.with_timezone(&Utc) >= wait)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly
mod tests {
    use super::*;

    /// What restore relies on when a WAL is still there after closing: a database another
    /// connection has open cannot leave WAL mode; one nobody has open can, and the next open
    /// turns WAL mode back on.
    #[tokio::test]
    async fn only_a_database_nobody_else_has_open_counts_as_free() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(DB_FILE);
        let store = Store::open(dir.path()).await.unwrap();
        crate::store::settings::set(store.pool(), "probe", "1")
            .await
            .unwrap();
        assert!(!alone_with(&db).await, "a kiosk has it open");
        store.close().await;
        assert!(alone_with(&db).await);
        assert!(!dir.path().join(format!("{DB_FILE}-wal")).exists());
        let store = Store::open(dir.path()).await.unwrap();
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        store.close().await;
    }
}

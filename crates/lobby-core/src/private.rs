//! Files only the kiosk's user may read. The data folder holds visitors' names and
//! signatures, staff secrets and Wi-Fi passwords, so it is 0700 and every file Lobby writes
//! there is 0600, whatever the umask.
//!
//! Two layers: [`restrict_umask`] at the start of every `lobby` process makes each file it
//! creates private (SQLite's WAL and SHM, the log files, the web view's caches), and the
//! helpers here set the mode explicitly on what Lobby writes itself, so a file that was made
//! wider before (by an older version, or a copy) is tightened when it is written again.
//!
//! On Windows the folder's ACL is left as the installer made it; see docs/deploy.md.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Mode bits for the data folder and the folders inside it.
pub const DIR_MODE: u32 = 0o700;
/// Mode bits for every file Lobby writes.
pub const FILE_MODE: u32 = 0o600;

/// Makes every file and folder this process creates from now on private to its user
/// (umask 077). Call it first thing in `main`.
pub fn restrict_umask() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

/// Creates `dir` (and missing parents) and makes `dir` itself 0700. Parents keep their modes:
/// they may be shared folders such as `/var/lib`.
pub fn create_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    set_mode(dir, DIR_MODE)
}

/// Creates `dir` 0700 if it is missing; an existing folder (an operator's backup share) keeps
/// its mode.
pub fn ensure_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    create_dir(dir)
}

/// Makes an existing file 0600; a missing one is fine.
pub fn tighten(path: &Path) -> std::io::Result<()> {
    match set_mode(path, FILE_MODE) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        r => r,
    }
}

/// Opens `path` for writing (created or truncated) as a 0600 file.
pub fn create(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(FILE_MODE);
    }
    let file = options.open(path)?;
    // `mode` applies only when the file is new.
    tighten(path)?;
    Ok(file)
}

/// Writes `bytes` to `path` as a 0600 file.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = create(path)?;
    file.write_all(bytes)?;
    file.flush()
}

/// A file or folder that others than its owner may read, write or enter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooOpen {
    pub path: PathBuf,
    pub mode: u32,
    pub is_dir: bool,
}

impl TooOpen {
    /// The command that fixes it.
    pub fn fix(&self) -> String {
        let want = if self.is_dir { DIR_MODE } else { FILE_MODE };
        format!("chmod {want:o} '{}'", self.path.display())
    }
}

/// The data folder, and everything in it down to `depth` levels, that is open to others.
/// Empty on systems without Unix modes.
pub fn too_open(data_dir: &Path) -> std::io::Result<Vec<TooOpen>> {
    let mut out = Vec::new();
    #[cfg(unix)]
    walk(data_dir, 3, &mut out)?;
    #[cfg(not(unix))]
    let _ = data_dir;
    Ok(out)
}

/// `path` alone (a key file), if it is open to others.
pub fn too_open_file(path: &Path) -> Option<TooOpen> {
    let mut out = Vec::new();
    #[cfg(unix)]
    walk(path, 0, &mut out).ok()?;
    #[cfg(not(unix))]
    let _ = path;
    out.pop()
}

#[cfg(unix)]
fn walk(path: &Path, depth: u32, out: &mut Vec<TooOpen>) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        out.push(TooOpen {
            path: path.to_path_buf(),
            mode,
            is_dir: meta.is_dir(),
        });
    }
    if meta.is_dir() && depth > 0 {
        let mut entries: Vec<_> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            walk(&entry, depth - 1, out)?;
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
#[allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn written_files_are_private_even_when_they_were_open() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.csv");
        std::fs::write(&file, b"old").unwrap();
        set_mode(&file, 0o644).unwrap();
        write(&file, b"new").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(std::fs::read(&file).unwrap(), b"new");
    }

    #[test]
    fn folders_are_private_and_wide_ones_are_reported_with_a_fix() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        create_dir(&data).unwrap();
        assert_eq!(mode(&data), 0o700);
        assert_eq!(too_open(&data).unwrap(), vec![]);
        let wide = data.join("lobby.db");
        std::fs::write(&wide, b"x").unwrap();
        set_mode(&wide, 0o644).unwrap();
        set_mode(&data, 0o755).unwrap();
        let found = too_open(&data).unwrap();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].is_dir && found[0].mode == 0o755);
        assert_eq!(found[1].path, wide);
        assert_eq!(found[1].fix(), format!("chmod 600 '{}'", wide.display()));
    }
}

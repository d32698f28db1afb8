//! Where the site key lives. It seals the staff secrets and keys the audit chain, so it is
//! kept outside the data folder: by default beside it, `/var/lib/lobby.key` for the data folder
//! `/var/lib/lobby`, where every command finds it from the one thing they all name, the data
//! folder (`--key-file FILE` puts it elsewhere). A copy of the data folder, or a backup, does
//! not include it.

use lobby_core::Store;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static CHOSEN: OnceLock<PathBuf> = OnceLock::new();

/// `--key-file`, for the rest of the process.
pub fn choose(path: PathBuf) {
    let _ = CHOSEN.set(path);
}

/// The key file of the data folder `data_dir`.
pub fn path(data_dir: &Path) -> PathBuf {
    if let Some(p) = CHOSEN.get() {
        return p.clone();
    }
    let mut name = data_dir
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "lobby".into());
    name.push(".key");
    data_dir.parent().unwrap_or(Path::new(".")).join(name)
}

/// The store with its site key (made the first time).
pub async fn open_store(data_dir: &Path) -> lobby_core::error::Result<Store> {
    lobby_core::sealing::open_keyed(data_dir, &path(data_dir)).await
}

/// The key, if its file is there (for commands that read a database without changing it).
pub fn load_if_present(
    data_dir: &Path,
) -> lobby_core::error::Result<Option<lobby_core::keys::SiteKey>> {
    let file = path(data_dir);
    if !file.exists() {
        return Ok(None);
    }
    lobby_core::keys::SiteKey::load(&file).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_sits_beside_the_data_folder() {
        assert_eq!(
            path(Path::new("/var/lib/lobby")),
            PathBuf::from("/var/lib/lobby.key")
        );
    }
}

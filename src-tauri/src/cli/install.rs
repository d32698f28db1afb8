//! `lobby install-kiosk --user USER [--root DIR] [--undo]`: sets a Linux PC up as a kiosk, and
//! takes the set-up away again. It writes, under `--root` (default `/`):
//! - `etc/systemd/system/lobby-kiosk.service`: Lobby in the `cage` Wayland kiosk compositor on
//!   tty1 as USER, restarted by systemd, except after exit code 3 (an unreadable database: a
//!   restore is needed, restarting would not help). cage runs without `-s`, so the keyboard
//!   cannot switch to another console; the unit is confined (read-only system, no home
//!   folders, private /tmp, no capabilities, `UMask=0077`);
//! - the `multi-user.target.wants` link that enables it, `getty@tty1` masked (the kiosk owns
//!   tty1), and the `sockets.target.wants` link that enables `pcscd.socket` for badge readers;
//! - `etc/lobby/lobby.toml` from the documented example, unless one exists;
//! - `var/lib/lobby`, the data folder, owned by USER, mode 0700;
//! - `var/lib/lobby.key`, the site key, owned by USER, mode 0600 (kept by `--undo`);
//! - `usr/local/lib/lobby/kiosk-session`, which runs Lobby in cage and hands Lobby's exit code
//!   to systemd (cage 0.1.4, Debian 12's, exits 0 whatever the app's code was);
//! - `etc/lobby/install-kiosk.manifest`: what it created, so `--undo` removes exactly that.
//!
//! `--undo` never removes the data folder, nor a file changed since the set-up. Nothing here
//! starts or stops services: the command says what to run.

use lobby_core::i18n::Localizer;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const UNIT: &str = "etc/systemd/system/lobby-kiosk.service";
const SESSION: &str = "usr/local/lib/lobby/kiosk-session";
const ENABLE: &str = "etc/systemd/system/multi-user.target.wants/lobby-kiosk.service";
const GETTY_MASK: &str = "etc/systemd/system/getty@tty1.service";
const PCSCD: &str = "etc/systemd/system/sockets.target.wants/pcscd.socket";
const CONFIG: &str = "etc/lobby/lobby.toml";
const DATA: &str = "var/lib/lobby";
/// The site key, beside the data folder (see `site_key`).
const KEY: &str = "var/lib/lobby.key";
const MANIFEST: &str = "etc/lobby/install-kiosk.manifest";
const EXAMPLE: &str = include_str!("../../../docs/lobby.example.toml");

/// The unit: cage runs Lobby alone on tty1 as the kiosk user, confined: it may write only the
/// data folder and the user's runtime folder (cage's Wayland socket), sees no home folders,
/// has a private /tmp, no capabilities and cannot gain privileges.
fn unit(user: &str, uid: u32) -> String {
    format!(
        "# Written by `lobby install-kiosk`; `lobby install-kiosk --undo` removes it.
[Unit]
Description=Lobby front-desk kiosk (cage on tty1)
After=systemd-user-sessions.service plymouth-quit-wait.service pcscd.socket network.target
Wants=pcscd.socket
Conflicts=getty@tty1.service
After=getty@tty1.service

[Service]
User={user}
PAMName=login
TTYPath=/dev/tty1
UtmpIdentifier=tty1
UtmpMode=user
StandardInput=tty-fail
StandardOutput=journal
StandardError=journal
Environment=XDG_SESSION_TYPE=wayland
# Home folders are hidden (ProtectHome), so the web view's caches go in the data folder.
Environment=HOME=/{DATA}/home
ExecStart=/{SESSION}
# Confinement (`systemd-analyze security` rates it OK). Lobby writes only its data folder,
# and the runtime folder where cage puts its Wayland socket. A site whose second backup folder
# or hostapd file lies elsewhere adds it with `systemctl edit lobby-kiosk`:
#   [Service]
#   ReadWritePaths=/media/backup
UMask=0077
NoNewPrivileges=yes
ProtectSystem=strict
ReadWritePaths=/{DATA} -/run/user/{uid}
ProtectHome=yes
PrivateTmp=yes
PrivateMounts=yes
CapabilityBoundingSet=
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectHostname=yes
RestrictSUIDSGID=yes
RestrictRealtime=yes
LockPersonality=yes
SystemCallArchitectures=native
RemoveIPC=yes
Restart=always
RestartSec=2
# 3: the database cannot be read. Restarting will not help: restore a backup
# (`lobby backup list`, then `lobby backup restore FILE`), then start the unit again.
RestartPreventExitStatus=3

[Install]
WantedBy=multi-user.target
"
    )
}

/// Runs Lobby alone in cage and exits with Lobby's own exit code, so that systemd sees 3 (an
/// unreadable database) and stops restarting. `LOBBY_CAGE` and `LOBBY_BIN` exist for the test.
fn session() -> String {
    format!(
        r#"#!/bin/sh
# Written by `lobby install-kiosk`. Runs Lobby in the cage kiosk compositor and exits with
# Lobby's exit code: cage 0.1.4 (Debian 12) exits 0 whatever its app did, and systemd must
# see 3 (the database cannot be read) to stop restarting.
cage="${{LOBBY_CAGE:-/usr/bin/cage}}"
lobby="${{LOBBY_BIN:-/usr/bin/lobby}}"
status="${{XDG_RUNTIME_DIR:-/tmp}}/lobby-kiosk.$$.exit"
rm -f "$status"
"$cage" -- /bin/sh -c '"$0" --config /{CONFIG} --data-dir /{DATA}; echo $? > "$1"' "$lobby" "$status"
code=$(cat "$status" 2>/dev/null || echo 1)
rm -f "$status"
exit "$code"
"#
    )
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One thing the set-up created: a file (with the hash it was written with) or a link.
enum Made {
    File(String, String),
    Link(String),
    Dir(String),
}

impl Made {
    fn path(&self) -> &str {
        match self {
            Made::File(p, _) | Made::Link(p) | Made::Dir(p) => p,
        }
    }

    fn line(&self) -> String {
        match self {
            Made::File(p, h) => format!("file {p} {h}"),
            Made::Link(p) => format!("link {p}"),
            Made::Dir(p) => format!("dir {p}"),
        }
    }

    fn parse(line: &str) -> Option<Made> {
        let mut parts = line.split(' ');
        match (parts.next()?, parts.next()?, parts.next()) {
            ("file", p, Some(h)) => Some(Made::File(p.into(), h.into())),
            ("link", p, None) => Some(Made::Link(p.into())),
            ("dir", p, None) => Some(Made::Dir(p.into())),
            _ => None,
        }
    }
}

/// Adds `m` to what the set-up made, replacing an earlier record of the same path.
fn record(made: &mut Vec<Made>, m: Made) {
    made.retain(|old| old.path() != m.path());
    made.push(m);
}

/// (uid, gid) of `user` from the root's `etc/passwd`.
fn account(root: &Path, user: &str) -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string(root.join("etc/passwd")).ok()?;
    passwd.lines().find_map(|line| {
        let f: Vec<&str> = line.split(':').collect();
        (f.len() >= 4 && f[0] == user).then(|| Some((f[2].parse().ok()?, f[3].parse().ok()?)))?
    })
}

fn is_user_name(user: &str) -> bool {
    !user.is_empty()
        && user.len() <= 32
        && user
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !user.starts_with('-')
}

pub fn run(l10n: &Localizer, user: &str, root: &Path, undo: bool) -> anyhow::Result<ExitCode> {
    if !cfg!(target_os = "linux") {
        eprintln!("{}", l10n.text("cli-install-not-linux", &[]));
        return Ok(ExitCode::from(2));
    }
    if undo {
        return remove(l10n, root);
    }
    let account = is_user_name(user).then(|| account(root, user)).flatten();
    let Some((uid, gid)) = account else {
        eprintln!(
            "{}",
            l10n.text("cli-install-no-user", &[("user", user.to_string().into())])
        );
        return Ok(ExitCode::from(2));
    };
    let mut made: Vec<Made> = read_manifest(root).unwrap_or_default();
    let unit_text = unit(user, uid);
    write_file(root, UNIT, &unit_text)?;
    record(
        &mut made,
        Made::File(UNIT.into(), sha256(unit_text.as_bytes())),
    );
    let session_text = session();
    write_file(root, SESSION, &session_text)?;
    make_executable(&root.join(SESSION))?;
    record(
        &mut made,
        Made::File(SESSION.into(), sha256(session_text.as_bytes())),
    );
    for (path, target) in [
        (ENABLE, "/etc/systemd/system/lobby-kiosk.service"),
        (GETTY_MASK, "/dev/null"),
        (PCSCD, "/lib/systemd/system/pcscd.socket"),
    ] {
        let full = root.join(path);
        if full.symlink_metadata().is_ok() {
            // Made by an earlier set-up (re-linked the same), or the operator's own: left.
            if !made.iter().any(|m| m.path() == path) {
                println!(
                    "{}",
                    l10n.text("cli-install-kept", &[("path", format!("/{path}").into())])
                );
            }
            continue;
        }
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        link(target, &full)?;
        record(&mut made, Made::Link(path.into()));
    }
    let config = root.join(CONFIG);
    if config.exists() {
        if !made.iter().any(|m| m.path() == CONFIG) {
            println!(
                "{}",
                l10n.text("cli-install-kept", &[("path", format!("/{CONFIG}").into())])
            );
        }
    } else {
        write_file(root, CONFIG, EXAMPLE)?;
        record(
            &mut made,
            Made::File(CONFIG.into(), sha256(EXAMPLE.as_bytes())),
        );
    }
    let data = root.join(DATA);
    if !data.exists() {
        std::fs::create_dir_all(&data)?;
        record(&mut made, Made::Dir(DATA.into()));
    }
    // Only the kiosk's user may open the data folder, whatever it was before.
    lobby_core::private::create_dir(&data)?;
    chown(&data, uid, gid)?;
    // The site key, beside the data folder (the unit cannot write there): made once, kept
    // by `--undo` like the data folder, since the database's secrets need it.
    let key = root.join(KEY);
    if !key.exists() {
        lobby_core::keys::SiteKey::generate().save_new(&key)?;
    }
    lobby_core::private::tighten(&key)?;
    chown(&key, uid, gid)?;
    println!(
        "{}",
        l10n.text("cli-install-key", &[("path", format!("/{KEY}").into())])
    );
    let manifest: String = made.iter().map(|m| m.line() + "\n").collect();
    write_file(root, MANIFEST, &manifest)?;
    println!(
        "{}",
        l10n.text(
            "cli-install-done",
            &[
                ("user", user.to_string().into()),
                ("root", root.display().to_string().into()),
                ("count", made.len().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn read_manifest(root: &Path) -> Option<Vec<Made>> {
    let text = std::fs::read_to_string(root.join(MANIFEST)).ok()?;
    Some(text.lines().filter_map(Made::parse).collect())
}

fn remove(l10n: &Localizer, root: &Path) -> anyhow::Result<ExitCode> {
    let Some(made) = read_manifest(root) else {
        println!(
            "{}",
            l10n.text(
                "cli-install-nothing",
                &[("path", root.join(MANIFEST).display().to_string().into())]
            )
        );
        return Ok(ExitCode::SUCCESS);
    };
    let mut removed = 0usize;
    for m in &made {
        match m {
            Made::File(p, hash) => {
                let full = root.join(p);
                match std::fs::read(&full) {
                    Ok(bytes) if sha256(&bytes) == *hash => {
                        std::fs::remove_file(&full)?;
                        removed += 1;
                    }
                    Ok(_) => println!(
                        "{}",
                        l10n.text("cli-install-changed", &[("path", format!("/{p}").into())])
                    ),
                    Err(_) => {}
                }
            }
            Made::Link(p) => {
                let full = root.join(p);
                if full
                    .symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
                {
                    std::fs::remove_file(&full)?;
                    removed += 1;
                }
            }
            // The data folder holds the database and its backups: never removed.
            Made::Dir(_) => {}
        }
    }
    std::fs::remove_file(root.join(MANIFEST))?;
    println!(
        "{}",
        l10n.text(
            "cli-install-undone",
            &[
                ("count", removed.into()),
                ("data", format!("/{DATA}").into())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes through a temporary file and a rename, so a half-written unit never exists.
fn write_file(root: &Path, rel: &str, text: &str) -> std::io::Result<()> {
    let path: PathBuf = root.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension("lobby-tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, &path)
}

#[cfg(unix)]
fn make_executable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn link(target: &str, at: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

#[cfg(not(unix))]
fn link(_target: &str, _at: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other(
        "symbolic links for systemd exist only on Linux",
    ))
}

/// Gives the data folder to the kiosk user; only root may, and only root needs to.
#[cfg(unix)]
fn chown(path: &Path, uid: u32, gid: u32) -> std::io::Result<()> {
    match std::os::unix::fs::chown(path, Some(uid), Some(gid)) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn chown(_path: &Path, _uid: u32, _gid: u32) -> std::io::Result<()> {
    Ok(())
}

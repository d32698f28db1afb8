//! hostapd per-guest keys: a `wpa_psk_file` with one line per pass in force, plus one for the
//! shared passphrase of each open shared tier, then `hostapd_cli reload_wpa_psk`.
//!
//! hostapd clears its list before it parses the file and stops at the first bad line, so a
//! bad line would silently drop every guest after it. Every line is therefore checked against
//! hostapd's format first; the file is written to a temporary file and renamed over the old
//! one; and if hostapd refuses the reload, the old file is put back and reloaded, so the
//! network keeps working with what it had.
//!
//! Format (hostapd.wpa_psk): `[keyid=<id>] [vlanid=<vid>] <MAC> <passphrase>`, the MAC
//! `00:00:00:00:00:00` for any station, the passphrase 8..=63 printable ASCII to the end of the
//! line. hostapd reads lines with `fgets` into 128 bytes.

use super::super::tiers::Hostapd;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

/// One key hostapd accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PskLine {
    /// The pass id, or the tier id for a shared passphrase.
    pub keyid: String,
    pub vlan: Option<u16>,
    pub passphrase: String,
}

/// hostapd reads lines into 128 bytes, newline and NUL included; key ids are at most 31 bytes.
pub const LINE_MAX: usize = 126;

const HEADER: &str = "# Written by Lobby from its database; edits here are overwritten.\n";

/// The line for `key`, or why hostapd would refuse it. Never shows the passphrase.
pub fn line(key: &PskLine) -> Result<String, String> {
    let keyid_ok = !key.keyid.is_empty()
        && key.keyid.len() <= 31
        && key
            .keyid
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !keyid_ok {
        return Err(format!(
            "key id {:?} is not lowercase letters, digits and -",
            key.keyid
        ));
    }
    if key.vlan.is_some_and(|v| !(1..=4094).contains(&v)) {
        return Err(format!("key {}: VLAN out of 1..4094", key.keyid));
    }
    let p = &key.passphrase;
    // Printable ASCII without spaces: hostapd keeps everything after the MAC, trailing spaces
    // included, which nobody could type back.
    if !(8..=63).contains(&p.len()) || !p.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
        return Err(format!(
            "key {}: passphrase is not 8 to 63 printable characters",
            key.keyid
        ));
    }
    let mut out = format!("keyid={}", key.keyid);
    if let Some(v) = key.vlan {
        out.push_str(&format!(" vlanid={v}"));
    }
    out.push_str(" 00:00:00:00:00:00 ");
    out.push_str(p);
    if out.len() > LINE_MAX {
        return Err(format!(
            "key {}: line longer than {LINE_MAX} bytes",
            key.keyid
        ));
    }
    Ok(out)
}

/// The whole file, every line checked.
pub fn render(keys: &[PskLine]) -> Result<String, String> {
    let mut out = String::from(HEADER);
    for k in keys {
        out.push_str(&line(k)?);
        out.push('\n');
    }
    Ok(out)
}

fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.lobby-tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("wpa_psk")
    ));
    {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            // Keys: readable by hostapd's owner only.
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn reload(cfg: &Hostapd) -> Result<(), String> {
    let out = Command::new(&cfg.reload[0])
        .args(&cfg.reload[1..])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", cfg.reload[0]))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    // hostapd_cli exits 0 even when hostapd answers FAIL: the answer is what counts.
    if out.status.success() && stdout.trim() == "OK" {
        Ok(())
    } else {
        let said = stdout.trim().lines().last().unwrap_or("").to_string();
        let err = String::from_utf8_lossy(&out.stderr);
        let err = err.trim().lines().last().unwrap_or("");
        Err(format!(
            "hostapd refused the reload ({}; said {said:?} {err})",
            out.status
        ))
    }
}

/// Brings hostapd in line with `keys`. Returns how many keys it holds. Nothing is written or
/// reloaded when the file already says the same (the last reload worked, or it was put back).
pub fn apply(cfg: &Hostapd, keys: &[PskLine]) -> Result<usize, String> {
    let text = render(keys)?;
    let old = std::fs::read_to_string(&cfg.psk_file).ok();
    if old.as_deref() == Some(text.as_str()) {
        return Ok(keys.len());
    }
    let path = cfg.psk_file.display();
    write_atomically(&cfg.psk_file, &text).map_err(|e| format!("cannot write {path}: {e}"))?;
    if let Err(refused) = reload(cfg) {
        // Put back what hostapd had, so it keeps the keys it was running with.
        match &old {
            Some(old) => {
                if let Err(e) = write_atomically(&cfg.psk_file, old) {
                    return Err(format!("{refused}; cannot put {path} back: {e}"));
                }
                let _ = reload(cfg);
            }
            None => {
                let _ = std::fs::remove_file(&cfg.psk_file);
            }
        }
        return Err(refused);
    }
    Ok(keys.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str, vlan: Option<u16>, p: &str) -> PskLine {
        PskLine {
            keyid: id.into(),
            vlan,
            passphrase: p.into(),
        }
    }

    #[test]
    fn lines_follow_hostapds_format() {
        assert_eq!(
            line(&key("guest-7k3m9x", Some(30), "kx7p-2mqd-h9tf-c4vz")).unwrap(),
            "keyid=guest-7k3m9x vlanid=30 00:00:00:00:00:00 kx7p-2mqd-h9tf-c4vz"
        );
        assert_eq!(
            line(&key("day-pass", None, "abcdefgh")).unwrap(),
            "keyid=day-pass 00:00:00:00:00:00 abcdefgh"
        );
    }

    #[test]
    fn lines_hostapd_would_refuse_are_refused_without_showing_the_key() {
        for (k, why) in [
            (key("g-1", None, "short"), "8 to 63"),
            (key("g-1", None, &"x".repeat(64)), "8 to 63"),
            (key("g-1", None, "with space in"), "printable"),
            (key("g-1", None, "tab\there-abcd"), "printable"),
            (key("G 1", None, "abcdefgh"), "key id"),
            (key("g-1", Some(0), "abcdefgh"), "VLAN"),
            (key("g-1", Some(4095), "abcdefgh"), "VLAN"),
            (key(&"g".repeat(32), None, "abcdefgh"), "key id"),
            (key(&"g".repeat(31), Some(4094), &"p".repeat(63)), "longer"),
        ] {
            let e = line(&k).unwrap_err();
            assert!(e.contains(why), "{e}");
            assert!(!e.contains(&k.passphrase), "{e}");
        }
    }

    #[test]
    fn a_refused_reload_puts_the_old_file_back() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("lobby.wpa_psk");
        let ok = Hostapd {
            psk_file: file.clone(),
            reload: vec!["sh".into(), "-c".into(), "echo OK".into()],
        };
        let keys = vec![key("guest-aaaaaa", Some(30), "kx7p-2mqd-h9tf-c4vz")];
        assert_eq!(apply(&ok, &keys).unwrap(), 1);
        let before = std::fs::read_to_string(&file).unwrap();
        let refusing = Hostapd {
            reload: vec!["sh".into(), "-c".into(), "echo FAIL".into()],
            ..ok.clone()
        };
        let more = vec![
            keys[0].clone(),
            key("guest-bbbbbb", Some(30), "9vbh-z8pq-mr5s-p2h4"),
        ];
        let e = apply(&refusing, &more).unwrap_err();
        assert!(e.contains("FAIL"), "{e}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
        // A bad line is refused before anything is written.
        let bad = vec![key("guest-cccccc", None, "short")];
        assert!(apply(&ok, &bad).is_err());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    }
}

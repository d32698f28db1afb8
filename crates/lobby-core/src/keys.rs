//! The site key: 32 random bytes kept outside the database (a 0600 file beside the
//! configuration, `lobby.key`). It seals the secrets Lobby must read back (staff TOTP secrets,
//! the Wi-Fi passwords of passes in force) and keys the audit chain, so a copied `lobby.db` or
//! backup without the key yields no usable secret and cannot have its history rewritten
//! unnoticed.
//!
//! Two keys are derived from it (HMAC-SHA256 with a label), one per use, and a fingerprint
//! that the database remembers, so a wrong or missing key is named instead of read as garbage.
//! Sealing is XChaCha20-Poly1305 with a random nonce.

use crate::error::{Error, Result};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use std::path::Path;

/// The key file's name beside the configuration.
pub const KEY_FILE: &str = "lobby.key";
/// The first word of a key file.
const HEADER: &str = "lobby-site-key-1";
/// What starts a sealed secret: the format's name and version.
const MAGIC: &[u8; 4] = b"LSK1";
const NONCE: usize = 24;
/// The poly1305 tag.
const TAG: usize = 16;
/// Sealed text (a TEXT column) starts with this, then base64.
const TEXT_PREFIX: &str = "sealed:1:";

/// What a secret is for; each is sealed with its purpose as associated data, so a secret
/// moved to another column does not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    StaffTotp,
    WifiPassword,
    /// A staff account's TOTP secret on its way from the hub to a site's tablets, sealed with
    /// the site's staff key (not a tablet's own key) and bound to the account's name.
    FleetStaffTotp,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::StaffTotp => b"staff-totp",
            Purpose::WifiPassword => b"wifi-password",
            Purpose::FleetStaffTotp => b"fleet-staff-totp",
        }
    }
}

#[derive(Clone)]
pub struct SiteKey {
    secret: [u8; 32],
}

impl std::fmt::Debug for SiteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SiteKey({})", self.fingerprint())
    }
}

fn unreadable(path: &Path, problem: impl Into<String>) -> Error {
    Error::KeyUnreadable {
        path: path.display().to_string(),
        problem: problem.into(),
    }
}

impl SiteKey {
    /// A new random key.
    pub fn generate() -> Self {
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        Self { secret }
    }

    /// A key given as its 32 bytes (a fleet site's staff key, from the tablet's credentials).
    pub fn from_bytes(secret: [u8; 32]) -> Self {
        Self { secret }
    }

    fn derive(&self, label: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.secret)
            .expect("HMAC takes a key of any length");
        mac.update(label);
        mac.finalize().into_bytes().into()
    }

    /// 16 hex digits that name the key without revealing it.
    pub fn fingerprint(&self) -> String {
        let d = self.derive(b"lobby fingerprint");
        data_encoding::HEXLOWER.encode(&d[..8])
    }

    /// Reads a key file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::KeyMissing {
                path: path.display().to_string(),
                fingerprint: String::new(),
            },
            _ => unreadable(path, e.to_string()),
        })?;
        let mut words = text.split_whitespace();
        if words.next() != Some(HEADER) {
            return Err(unreadable(path, format!("it does not start with {HEADER}")));
        }
        let bytes = words
            .next()
            .and_then(|w| data_encoding::HEXLOWER_PERMISSIVE.decode(w.as_bytes()).ok())
            .filter(|b| b.len() == 32)
            .ok_or_else(|| unreadable(path, "the key is not 64 hex digits"))?;
        let mut secret = [0u8; 32];
        secret.copy_from_slice(&bytes);
        Ok(Self { secret })
    }

    /// Writes a new key file (mode 0600); an existing file is never overwritten.
    pub fn save_new(&self, path: &Path) -> Result<()> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(crate::private::FILE_MODE);
        }
        let mut file = options.open(path)?;
        let text = format!(
            "{HEADER} {}\n# Lobby's site key ({}). Keep a copy apart from the backups: without it,\n# staff secrets in a restored database cannot be read. Never share it.\n",
            data_encoding::HEXLOWER.encode(&self.secret),
            self.fingerprint()
        );
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        file.sync_all()?;
        Ok(())
    }

    /// The key in `path`, made there first if there is none. `true` when it was made now.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool)> {
        match Self::load(path) {
            Err(Error::KeyMissing { .. }) => {
                let key = Self::generate();
                match key.save_new(path) {
                    Ok(()) => Ok((key, true)),
                    // Another process made it first: use theirs.
                    Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Ok((Self::load(path)?, false))
                    }
                    Err(e) => Err(e),
                }
            }
            other => other.map(|k| (k, false)),
        }
    }

    /// `secret` sealed: `LSK1 || nonce || ciphertext || tag`.
    pub fn seal(&self, purpose: Purpose, secret: &[u8]) -> Vec<u8> {
        self.seal_aad(purpose.label(), secret)
    }

    /// Opens what [`SiteKey::seal`] sealed. A wrong key, a changed byte or another purpose
    /// fails.
    pub fn open(&self, purpose: Purpose, sealed: &[u8]) -> Result<Vec<u8>> {
        self.open_aad(purpose.label(), sealed)
    }

    /// `secret` sealed as [`SiteKey::seal`] does, and also bound to `context` (e.g. a staff
    /// account's name): it opens only with the same purpose and context, so a sealed secret
    /// copied into another account's message does not open there.
    pub fn seal_bound(&self, purpose: Purpose, context: &str, secret: &[u8]) -> Vec<u8> {
        self.seal_aad(&bound(purpose, context), secret)
    }

    /// Opens what [`SiteKey::seal_bound`] sealed.
    pub fn open_bound(&self, purpose: Purpose, context: &str, sealed: &[u8]) -> Result<Vec<u8>> {
        self.open_aad(&bound(purpose, context), sealed)
    }

    fn seal_aad(&self, aad: &[u8], secret: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(&self.derive(b"lobby secrets").into());
        let mut nonce = [0u8; NONCE];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: secret, aad })
            .expect("XChaCha20-Poly1305 seals any length we store");
        let mut out = Vec::with_capacity(MAGIC.len() + NONCE + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    fn open_aad(&self, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>> {
        if !is_sealed(sealed) {
            return Err(Error::SecretUnreadable);
        }
        let cipher = XChaCha20Poly1305::new(&self.derive(b"lobby secrets").into());
        let (nonce, body) = sealed[MAGIC.len()..].split_at(NONCE);
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad })
            .map_err(|_| Error::SecretUnreadable)
    }

    /// Text sealed for a TEXT column: `sealed:1:` and base64.
    pub fn seal_text(&self, purpose: Purpose, secret: &str) -> String {
        format!(
            "{TEXT_PREFIX}{}",
            data_encoding::BASE64.encode(&self.seal(purpose, secret.as_bytes()))
        )
    }

    /// Opens what [`SiteKey::seal_text`] sealed.
    pub fn open_text(&self, purpose: Purpose, sealed: &str) -> Result<String> {
        let bytes = sealed
            .strip_prefix(TEXT_PREFIX)
            .and_then(|b| data_encoding::BASE64.decode(b.as_bytes()).ok())
            .ok_or(Error::SecretUnreadable)?;
        String::from_utf8(self.open(purpose, &bytes)?).map_err(|_| Error::SecretUnreadable)
    }

    /// The audit chain's link: HMAC-SHA256 under the audit key of the previous hash and the
    /// row.
    pub fn audit_mac(&self, prev: &[u8], row: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.derive(b"lobby audit"))
            .expect("HMAC takes a key of any length");
        mac.update(prev);
        mac.update(row);
        mac.finalize().into_bytes().into()
    }
}

/// The associated data of a secret bound to a context: the purpose's label, a zero byte (no
/// label contains one), the context.
fn bound(purpose: Purpose, context: &str) -> Vec<u8> {
    let mut aad = purpose.label().to_vec();
    aad.push(0);
    aad.extend_from_slice(context.as_bytes());
    aad
}

/// Whether stored bytes are a sealed secret (rather than one stored in the clear by a version
/// before keys).
pub fn is_sealed(stored: &[u8]) -> bool {
    stored.len() >= MAGIC.len() + NONCE + TAG && stored.starts_with(MAGIC)
}

/// Whether stored text is a sealed secret.
pub fn is_sealed_text(stored: &str) -> bool {
    stored.starts_with(TEXT_PREFIX)
}

/// Opens a stored secret with the store's key; one stored in the clear (before keys) is
/// returned as it is. A sealed secret without a key fails.
pub fn open_stored(key: Option<&SiteKey>, purpose: Purpose, stored: &[u8]) -> Result<Vec<u8>> {
    match (is_sealed(stored), key) {
        (false, _) => Ok(stored.to_vec()),
        (true, Some(key)) => key.open(purpose, stored),
        (true, None) => Err(Error::SecretUnreadable),
    }
}

/// [`open_stored`] for text.
pub fn open_stored_text(key: Option<&SiteKey>, purpose: Purpose, stored: &str) -> Result<String> {
    match (is_sealed_text(stored), key) {
        (false, _) => Ok(stored.to_string()),
        (true, Some(key)) => key.open_text(purpose, stored),
        (true, None) => Err(Error::SecretUnreadable),
    }
}

/// Seals with the store's key when it has one.
pub fn seal_stored(key: Option<&SiteKey>, purpose: Purpose, secret: &[u8]) -> Vec<u8> {
    match key {
        Some(key) => key.seal(purpose, secret),
        None => secret.to_vec(),
    }
}

/// [`seal_stored`] for text.
pub fn seal_stored_text(key: Option<&SiteKey>, purpose: Purpose, secret: &str) -> String {
    match key {
        Some(key) => key.seal_text(purpose, secret),
        None => secret.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_purpose() {
        let key = SiteKey::generate();
        let sealed = key.seal(Purpose::StaffTotp, b"12345678901234567890");
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(20).any(|w| w == b"12345678901234567890"));
        assert_eq!(
            key.open(Purpose::StaffTotp, &sealed).unwrap(),
            b"12345678901234567890"
        );
        assert!(key.open(Purpose::WifiPassword, &sealed).is_err());
        assert!(SiteKey::generate()
            .open(Purpose::StaffTotp, &sealed)
            .is_err());
        let mut bent = sealed.clone();
        *bent.last_mut().unwrap() ^= 1;
        assert!(key.open(Purpose::StaffTotp, &bent).is_err());
        // Two seals of one secret differ (random nonce).
        assert_ne!(
            sealed,
            key.seal(Purpose::StaffTotp, b"12345678901234567890")
        );
    }

    #[test]
    fn a_bound_secret_opens_only_with_its_context() {
        let key = SiteKey::from_bytes([7; 32]);
        let sealed = key.seal_bound(Purpose::FleetStaffTotp, "Ana", b"secret");
        assert_eq!(
            key.open_bound(Purpose::FleetStaffTotp, "Ana", &sealed)
                .unwrap(),
            b"secret"
        );
        assert!(key
            .open_bound(Purpose::FleetStaffTotp, "Bo", &sealed)
            .is_err());
        assert!(key.open(Purpose::FleetStaffTotp, &sealed).is_err());
        assert!(SiteKey::from_bytes([8; 32])
            .open_bound(Purpose::FleetStaffTotp, "Ana", &sealed)
            .is_err());
    }

    #[test]
    fn text_secrets_round_trip_and_clear_ones_pass_through() {
        let key = SiteKey::generate();
        let sealed = key.seal_text(Purpose::WifiPassword, "lamp-river-88");
        assert!(is_sealed_text(&sealed));
        assert_eq!(
            open_stored_text(Some(&key), Purpose::WifiPassword, &sealed).unwrap(),
            "lamp-river-88"
        );
        assert_eq!(
            open_stored_text(Some(&key), Purpose::WifiPassword, "old-clear").unwrap(),
            "old-clear"
        );
        assert!(matches!(
            open_stored_text(None, Purpose::WifiPassword, &sealed),
            Err(Error::SecretUnreadable)
        ));
    }

    #[test]
    fn a_key_file_is_private_kept_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("etc").join(KEY_FILE);
        let (key, made) = SiteKey::load_or_create(&path).unwrap();
        assert!(made);
        let (again, made) = SiteKey::load_or_create(&path).unwrap();
        assert!(!made);
        assert_eq!(key.fingerprint(), again.fingerprint());
        assert_eq!(key.fingerprint().len(), 16);
        assert!(matches!(
            SiteKey::generate().save_new(&path),
            Err(Error::Io(_))
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::write(&path, "something else").unwrap();
        assert!(matches!(
            SiteKey::load(&path),
            Err(Error::KeyUnreadable { .. })
        ));
    }
}

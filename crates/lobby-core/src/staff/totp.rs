//! Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps,
//! 6 digits, the parameters every authenticator app supports.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

pub const STEP_SECONDS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Accept the previous and the next step too: phone clocks drift.
pub const SKEW_STEPS: i64 = 1;

/// A fresh 160-bit secret from the operating system's random generator.
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    secret
}

/// HOTP value for a counter, as RFC 4226 §5.3 truncates it.
pub fn hotp(secret: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    binary % 10u32.pow(digits)
}

/// The time step a Unix time falls in.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The 6-digit code for a Unix time, zero-padded.
pub fn code_at(secret: &[u8], unix_seconds: i64) -> String {
    let step = step_at(unix_seconds).max(0) as u64;
    format!(
        "{:0width$}",
        hotp(secret, step, DIGITS),
        width = DIGITS as usize
    )
}

/// The step whose code matches, within the allowed skew, if any.
pub fn matching_step(secret: &[u8], code: &str, unix_seconds: i64) -> Option<i64> {
    let now = step_at(unix_seconds);
    (now - SKEW_STEPS..=now + SKEW_STEPS).find(|&step| {
        step >= 0
            && constant_time_eq(
                format!("{:06}", hotp(secret, step as u64, DIGITS)).as_bytes(),
                code.as_bytes(),
            )
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The base32 form authenticator apps take.
pub fn secret_base32(secret: &[u8]) -> String {
    BASE32_NOPAD.encode(secret)
}

/// `otpauth://totp/ISSUER:NAME?secret=...&issuer=ISSUER&...`, the provisioning URI that
/// authenticator apps read from a QR code (Google's Key Uri Format).
pub fn provisioning_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        percent_encode(issuer),
        percent_encode(account),
        secret_base32(secret),
        percent_encode(issuer),
    )
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 column (8 digits).
    #[test]
    fn rfc6238_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, expected) in [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(hotp(secret, step_at(time) as u64, 8), expected, "T={time}");
        }
        assert_eq!(code_at(secret, 59), "287082");
    }

    #[test]
    fn codes_match_within_one_step_only() {
        let secret = b"12345678901234567890";
        let t = 1_234_567_890;
        let code = code_at(secret, t);
        assert_eq!(matching_step(secret, &code, t), Some(step_at(t)));
        assert_eq!(matching_step(secret, &code, t + 30), Some(step_at(t)));
        assert_eq!(matching_step(secret, &code, t - 30), Some(step_at(t)));
        assert_eq!(matching_step(secret, &code, t + 90), None);
        assert_eq!(matching_step(secret, "12345", t), None);
    }

    #[test]
    fn provisioning_uri_is_escaped() {
        let uri = provisioning_uri("Lobby (Nordhaus)", "Ana María", b"12345678901234567890");
        assert_eq!(
            uri,
            "otpauth://totp/Lobby%20%28Nordhaus%29:Ana%20Mar%C3%ADa?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Lobby%20%28Nordhaus%29&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn new_secrets_differ() {
        assert_ne!(new_secret(), new_secret());
        assert_eq!(new_secret().len(), 20);
    }
}

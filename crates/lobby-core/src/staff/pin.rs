//! Staff PINs: 6 to 12 digits, stored only as argon2id hashes (PHC strings).

use crate::error::{Error, Result};
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

pub fn validate(pin: &str) -> Result<()> {
    if (6..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::PinInvalid)
    }
}

/// Hashes a valid PIN with argon2id (the crate's defaults: 19 MiB, 2 passes) and a random salt.
pub fn hash(pin: &str) -> Result<String> {
    validate(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Internal(format!("argon2: {e}")))
}

/// Whether `pin` matches the stored hash. A malformed hash never matches.
pub fn matches(pin: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_rules() {
        assert!(validate("123456").is_ok());
        assert!(validate("123456789012").is_ok());
        for bad in [
            "",
            "12345",
            "1234567890123",
            "12345a",
            "１２３４５６",
            "123 456",
        ] {
            assert!(matches!(validate(bad), Err(Error::PinInvalid)), "{bad:?}");
        }
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash("246810").unwrap();
        let b = hash("246810").unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "salts differ");
        assert!(matches("246810", &a));
        assert!(!matches("246811", &a));
        assert!(!matches("246810", "not a hash"));
    }
}

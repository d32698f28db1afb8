//! Staff PINs: 6 to 12 digits, stored only as argon2id hashes (PHC strings). A PIN someone
//! would try first (one digit repeated, a run such as 123456, the published demo PIN) is
//! refused when it is set.

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

/// Why a PIN of the right form is still refused: it is among the first anyone would try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// One digit repeated: 000000, 777777.
    OneDigit,
    /// Each digit one more, or one less, than the one before (wrapping 9 to 0): 123456,
    /// 654321, 890123.
    Run,
    /// The demo site's PIN, published in the README.
    Demo,
}

impl Weakness {
    /// The rule's stable name, an argument of the translated message.
    pub fn as_str(self) -> &'static str {
        match self {
            Weakness::OneDigit => "one-digit",
            Weakness::Run => "run",
            Weakness::Demo => "demo",
        }
    }
}

/// Whether a PIN that follows the rules of [`validate`] is still too easy to guess.
pub fn weakness(pin: &str) -> Option<Weakness> {
    if pin == crate::demo::DEMO_STAFF_PIN {
        return Some(Weakness::Demo);
    }
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits: Vec<u8> = pin.bytes().map(|b| b - b'0').collect();
    let steps: Vec<u8> = digits.windows(2).map(|w| (10 + w[1] - w[0]) % 10).collect();
    let (first, rest) = steps.split_first()?;
    if rest.iter().any(|s| s != first) {
        return None;
    }
    match first {
        0 => Some(Weakness::OneDigit),
        1 | 9 => Some(Weakness::Run),
        _ => None,
    }
}

/// Checks a PIN that is being set: the form of [`validate`], then [`weakness`].
pub fn validate_new(pin: &str) -> Result<()> {
    validate(pin)?;
    match weakness(pin) {
        Some(w) => Err(Error::PinTooWeak { rule: w.as_str() }),
        None => Ok(()),
    }
}

/// A site may ask for longer PINs (`[staff] pin_min_length`): checked when a PIN is set.
pub fn long_enough(pin: &str, min: usize) -> Result<()> {
    validate(pin)?;
    if pin.len() < min {
        Err(Error::PinTooShort { min })
    } else {
        Ok(())
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
    fn the_weakest_pins_are_refused_when_set() {
        for (pin, why) in [
            ("000000", Weakness::OneDigit),
            ("7777777777", Weakness::OneDigit),
            ("123456", Weakness::Run),
            ("654321", Weakness::Run),
            ("890123", Weakness::Run),
            ("3210987", Weakness::Run),
            ("246810", Weakness::Demo),
        ] {
            assert_eq!(weakness(pin), Some(why), "{pin}");
            assert!(
                matches!(validate_new(pin), Err(Error::PinTooWeak { rule }) if rule == why.as_str()),
                "{pin}"
            );
        }
        for fine in ["135791", "582047", "123457", "112233", "987655"] {
            assert_eq!(weakness(fine), None, "{fine}");
            assert!(validate_new(fine).is_ok(), "{fine}");
        }
        assert!(matches!(validate_new("12345"), Err(Error::PinInvalid)));
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

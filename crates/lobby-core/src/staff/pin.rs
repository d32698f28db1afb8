//! Staff PINs: 6 to 12 digits, stored only as argon2id hashes (PHC strings). A PIN someone
//! would try first (one digit repeated, a run such as 123456, the published demo PIN) is
//! refused when it is set.

use crate::error::{Error, Result};
use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, PasswordHasher, SaltString};
use argon2::Argon2;
use std::sync::Mutex;

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

/// argon2's working memory (19 MiB with the defaults), kept from one sign-in to the next.
/// Allocated afresh, it came each time from the malloc arena of whichever worker thread ran the
/// check and stayed there: the soak test saw the kiosk grow by about 20 MB a sign-in, up to one
/// copy per arena. One buffer, reused under a lock, is one copy for the life of the process.
static MEMORY: Mutex<Vec<argon2::Block>> = Mutex::new(Vec::new());

/// Whether `pin` matches the stored hash. A malformed hash never matches.
pub fn matches(pin: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(version), Ok(params)) = (
        argon2::Algorithm::try_from(parsed.algorithm),
        parsed
            .version
            .map(argon2::Version::try_from)
            .transpose()
            .map(Option::unwrap_or_default),
        argon2::Params::try_from(&parsed),
    ) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let blocks = params.block_count();
    let mut out = vec![0u8; expected.len()];
    let hashed = {
        let mut memory = MEMORY.lock().unwrap_or_else(|e| e.into_inner());
        if memory.len() < blocks {
            memory.resize(blocks, argon2::Block::default());
        }
        Argon2::new(algorithm, version, params).hash_password_into_with_memory(
            pin.as_bytes(),
            salt,
            &mut out,
            &mut memory[..blocks],
        )
    };
    // `Output`'s comparison takes the same time wherever the first difference is.
    hashed.is_ok() && Output::new(&out).is_ok_and(|computed| computed == expected)
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
    fn the_reused_memory_agrees_with_argon2s_own_check_for_any_stored_parameters() {
        use argon2::password_hash::PasswordVerifier;
        use argon2::{Algorithm, Params, Version};
        let salt = SaltString::generate(&mut OsRng);
        // Smaller and larger than the defaults, other algorithms and the old version: the
        // buffer grows for the larger and is sliced for the smaller.
        for (algorithm, version, m, t, p) in [
            (Algorithm::Argon2id, Version::V0x13, 4096, 3, 1),
            (Algorithm::Argon2id, Version::V0x13, 32768, 2, 2),
            (Algorithm::Argon2i, Version::V0x13, 8192, 2, 1),
            (Algorithm::Argon2d, Version::V0x10, 1024, 1, 1),
            (Algorithm::Argon2id, Version::V0x13, 19456, 2, 1),
        ] {
            let argon = Argon2::new(algorithm, version, Params::new(m, t, p, None).unwrap());
            let stored = argon.hash_password(b"582047", &salt).unwrap().to_string();
            let parsed = PasswordHash::new(&stored).unwrap();
            for pin in ["582047", "582048", ""] {
                assert_eq!(
                    matches(pin, &stored),
                    argon.verify_password(pin.as_bytes(), &parsed).is_ok(),
                    "{stored} {pin}"
                );
            }
            assert!(matches("582047", &stored), "{stored}");
            assert!(!matches("582048", &stored), "{stored}");
        }
        // A stored hash with its output cut short, or no salt, never matches.
        let good = hash("582047").unwrap();
        let (head, tail) = good.rsplit_once('$').unwrap();
        assert!(!matches("582047", &format!("{head}${}", &tail[..8])));
        assert!(!matches("582047", "$argon2id$v=19$m=19456,t=2,p=1"));
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

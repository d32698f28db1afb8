//! Guest Wi-Fi passphrases: 16 random symbols shown and typed as `xxxx-xxxx-xxxx-xxxx`.
//!
//! The alphabet is lower case without the look-alikes `0 o 1 l i`, so a guest can copy the
//! passphrase from the screen onto a phone keyboard without guessing. It holds none of the
//! characters a `WIFI:` QR code escapes (`\ ; , : "`), so the QR payload carries the passphrase
//! verbatim and the parsing differences between scanners (see `qr`) cannot change it.
//!
//! The dashes are part of the passphrase: what is shown is exactly what the access point is
//! given, so nobody has to know whether to type them. 19 characters is well inside WPA2's 8..=63.

use rand::rngs::OsRng;
use rand::Rng;

/// The symbols a passphrase is drawn from (31 of them).
pub const ALPHABET: &[u8; 31] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// Random symbols in a passphrase (the dashes carry no entropy).
pub const SYMBOLS: usize = 16;

/// Symbols between two dashes.
const GROUP: usize = 4;

/// `SYMBOLS * log2(31)`: 79.3 bits. An offline attack on a captured handshake pays
/// PBKDF2-4096 per guess, and guest keys change daily, so this is ample.
pub const ENTROPY_BITS: f64 = 79.267_140_966_19;

/// Characters in a passphrase as shown and typed, dashes included.
pub const LENGTH: usize = SYMBOLS + SYMBOLS / GROUP - 1;

/// A new passphrase, `xxxx-xxxx-xxxx-xxxx`, from the operating system's random source.
///
/// `OsRng` rather than a seeded generator: the passphrase is a secret, and the kiosk may be
/// cloned from an image, where a user-space generator's state could repeat.
pub fn generate() -> String {
    let mut out = String::with_capacity(LENGTH);
    for i in 0..SYMBOLS {
        if i > 0 && i % GROUP == 0 {
            out.push('-');
        }
        // gen_range rejects out-of-zone samples, so every symbol is equally likely.
        out.push(char::from(ALPHABET[OsRng.gen_range(0..ALPHABET.len())]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_matches_alphabet_and_length() {
        let bits = SYMBOLS as f64 * (ALPHABET.len() as f64).log2();
        assert!((bits - ENTROPY_BITS).abs() < 1e-6, "{bits}");
        // The issue asks for at least 64 bits.
        assert!(bits >= 64.0, "{bits}");
    }

    #[test]
    fn format_is_four_groups_of_four() {
        for _ in 0..200 {
            let p = generate();
            assert_eq!(p.len(), LENGTH);
            assert_eq!(p.len(), 19);
            let groups: Vec<&str> = p.split('-').collect();
            assert_eq!(groups.len(), 4, "{p}");
            assert!(groups.iter().all(|g| g.len() == 4), "{p}");
            // A valid WPA2 passphrase, and not something a scanner would read as a raw PSK.
            assert!((8..=63).contains(&p.len()));
            assert!(p.bytes().all(|b| (0x20..=0x7e).contains(&b)));
        }
    }

    #[test]
    fn only_alphabet_symbols_and_dashes() {
        for _ in 0..200 {
            let p = generate();
            for (i, b) in p.bytes().enumerate() {
                if i % 5 == 4 {
                    assert_eq!(b, b'-', "{p}");
                } else {
                    assert!(ALPHABET.contains(&b), "{p}");
                }
            }
        }
    }

    #[test]
    fn no_look_alikes_and_nothing_a_qr_code_escapes() {
        for c in b"0o1liIO\\;,:\" " {
            assert!(!ALPHABET.contains(c), "{}", char::from(*c));
        }
        let unique: std::collections::BTreeSet<u8> = ALPHABET.iter().copied().collect();
        assert_eq!(unique.len(), 31);
        for _ in 0..200 {
            let p = generate();
            assert!(!p.contains(['0', 'o', '1', 'l', 'i']), "{p}");
        }
    }

    #[test]
    fn symbols_are_roughly_uniform() {
        // 4000 passphrases = 64 000 symbols, about 2065 per symbol with a standard deviation
        // of about 45. A band of ±12 % is more than 5 sigma: a real bias (a modulo slip, a
        // missing symbol) fails, chance does not.
        let mut counts = [0u32; 31];
        let draws = 4000;
        for _ in 0..draws {
            for b in generate().bytes().filter(|b| *b != b'-') {
                let at = ALPHABET.iter().position(|a| *a == b);
                counts[at.expect("symbol from the alphabet")] += 1;
            }
        }
        let expected = (draws * SYMBOLS) as f64 / 31.0;
        for (i, n) in counts.iter().enumerate() {
            let ratio = f64::from(*n) / expected;
            assert!(
                (0.88..=1.12).contains(&ratio),
                "{} drawn {n} times, expected about {expected:.0}",
                char::from(ALPHABET[i])
            );
        }
        // Each position too, so a generator that shuffles one fixed set would fail.
        let mut first = [0u32; 31];
        for _ in 0..3100 {
            let b = generate().as_bytes()[0];
            first[ALPHABET.iter().position(|a| *a == b).expect("alphabet")] += 1;
        }
        assert!(first.iter().all(|n| (50..=160).contains(n)), "{first:?}");
    }

    #[test]
    fn two_draws_differ() {
        let a = generate();
        let b = generate();
        assert_ne!(a, b);
        let many: std::collections::BTreeSet<String> = (0..1000).map(|_| generate()).collect();
        assert_eq!(many.len(), 1000);
    }
}

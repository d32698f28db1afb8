//! What Lobby keeps about a visitor because they asked it to, and whom it must not let in
//! without staff: returning visitors' profiles (`profiles`) and the deny list with its safe
//! list (`deny`). Both find people by *match keys*, and never by a partial or similar match.
//!
//! # The match rule
//!
//! Two spellings match when their keys are equal. A key is the text in Unicode normalisation
//! form NFKC, lower-cased (Unicode's full lower-case mapping), with white space trimmed and
//! runs of white space made one space. So `ZOË@Example.org` matches `zoë@example.org`, and a
//! decomposed `ë` matches a composed one; `Zoe` does not match `Zoë`, and `Jo Smith` does not
//! match `Jo Smith-Jones`. A phone number's key is its digits alone, with a leading `+` kept:
//! `+49 30 1234-5` matches `+4930 12345`, but `030 12345` does not match `+49 30 12345`.

pub mod deny;
pub mod profiles;

use unicode_normalization::UnicodeNormalization;

/// The key of a name or an e-mail address (see the module's match rule).
pub fn match_key(s: &str) -> String {
    let folded: String = s.nfkc().flat_map(char::to_lowercase).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key of a phone number: its digits, with a leading `+` kept; empty when it has none.
pub fn phone_key(s: &str) -> String {
    let s: String = s.nfkc().collect();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return digits;
    }
    if s.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// An address shown back to the person who typed it, enough to recognise and no more:
/// `zoe@example.org` → `z•••@e•••.org`.
pub fn mask_email(email: &str) -> String {
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    match email.trim().rsplit_once('@') {
        Some((local, domain)) => {
            let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
            let tld = if tld.is_empty() {
                String::new()
            } else {
                format!(".{tld}")
            };
            format!("{}•••@{}•••{tld}", first(local), first(host))
        }
        None => format!("{}•••", first(email.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_documented_match_rule() {
        assert_eq!(
            match_key("  ZOË@Example.org "),
            match_key("zoe\u{308}@example.org")
        );
        assert_ne!(match_key("Zoe"), match_key("Zoë"));
        assert_eq!(match_key("Jo\u{a0} Smith"), "jo smith");
        assert_ne!(match_key("Jo Smith"), match_key("Jo Smith-Jones"));
        assert_eq!(match_key("ＡＢＣ"), "abc");
        assert_eq!(phone_key("+49 30 1234-5"), phone_key("+4930 12345"));
        assert_ne!(phone_key("030 12345"), phone_key("+49 30 12345"));
        assert_eq!(phone_key("no digits"), "");
    }

    #[test]
    fn a_masked_address_keeps_one_letter_of_each_part() {
        assert_eq!(mask_email("zoe@example.org"), "z•••@e•••.org");
        assert_eq!(mask_email("Ana.Lima@mail.co.uk"), "A•••@m•••.uk");
        assert_eq!(mask_email("root@localhost"), "r•••@l•••");
        assert_eq!(mask_email("nobody"), "n•••");
    }
}

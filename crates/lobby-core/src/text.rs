//! What people type: trimmed, length-limited, and free of control and text-direction
//! characters, so a name like "Bob\u{202E} nimda" can never reorder what staff see on screen or
//! in an export. Every rule refuses with a field-specific error; nothing is silently changed
//! beyond trimming.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

pub const NAME_MAX: usize = 80;
pub const COMPANY_MAX: usize = 100;
pub const EMAIL_MAX: usize = 254;
pub const PHONE_MAX: usize = 32;
pub const PURPOSE_MAX: usize = 200;

/// Whether a visit form asks for a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum FieldRule {
    Off,
    Optional,
    Required,
}

/// Embedding, override and isolate controls, the left-to-right and right-to-left marks and the
/// Arabic letter mark: each can make text display in another order than it was typed (a name
/// on the staff list, an SSID on a phone). The one list, for every field and the Wi-Fi QR code.
pub(crate) fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Characters that take no space: zero-width space, joiners, word joiner, Mongolian vowel
/// separator.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{180E}')
}

/// A trimmed value, or `None` when empty and not required.
pub fn field(
    field: &'static str,
    value: Option<&str>,
    max: usize,
    rule: FieldRule,
) -> Result<Option<String>> {
    if rule == FieldRule::Off {
        return Ok(None);
    }
    let value = value.unwrap_or("").trim();
    // Only zero-width characters is as good as nothing typed.
    if value.chars().all(|c| c.is_whitespace() || is_zero_width(c)) {
        return if rule == FieldRule::Required {
            Err(Error::FieldRequired { field })
        } else {
            Ok(None)
        };
    }
    if value.chars().any(|c| {
        c.is_control()
            || is_direction_control(c)
            || matches!(c, '\u{FEFF}' | '\u{2028}' | '\u{2029}')
    }) {
        return Err(Error::FieldInvalidCharacters { field });
    }
    if value.chars().count() > max {
        return Err(Error::FieldTooLong { field, max });
    }
    Ok(Some(value.to_string()))
}

/// A person's name: always required.
pub fn name(field_name: &'static str, value: &str) -> Result<String> {
    field(field_name, Some(value), NAME_MAX, FieldRule::Required)
        .map(|v| v.expect("a required field is present"))
}

pub fn email(
    field_name: &'static str,
    value: Option<&str>,
    rule: FieldRule,
) -> Result<Option<String>> {
    let Some(v) = field(field_name, value, EMAIL_MAX, rule)? else {
        return Ok(None);
    };
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(Some(v))
    } else {
        Err(Error::EmailInvalid { field: field_name })
    }
}

pub fn phone(
    field_name: &'static str,
    value: Option<&str>,
    rule: FieldRule,
) -> Result<Option<String>> {
    let Some(v) = field(field_name, value, PHONE_MAX, rule)? else {
        return Ok(None);
    };
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let allowed = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()/.".contains(c));
    if allowed && digits >= 5 {
        Ok(Some(v))
    } else {
        Err(Error::PhoneInvalid { field: field_name })
    }
}

/// "Amira Haddad" -> "Amira H.": enough to recognise someone, not to look them up.
pub fn short_name(full: &str) -> String {
    let mut words = full.split_whitespace();
    let first = words.next().unwrap_or("");
    match words.last().and_then(|w| w.chars().next()) {
        Some(initial) => format!("{first} {initial}."),
        None => first.to_string(),
    }
}

/// The first word of a name, for a greeting.
pub fn first_name(full: &str) -> String {
    full.split_whitespace().next().unwrap_or("").to_string()
}

/// Lower case without accents, for matching what someone types against names.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A spreadsheet must not run what a visitor typed: cells that start like a formula are
/// prefixed with an apostrophe (OWASP's advice for CSV injection).
pub fn csv_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Where each named column stands in a CSV file's header: names compared trimmed and without
/// regard to ASCII case, `None` for a column the file does not have. (Imports name columns, so
/// operators may order them as they like and leave optional ones out.)
pub fn csv_columns<const N: usize>(
    header: &csv::StringRecord,
    names: [&str; N],
) -> [Option<usize>; N] {
    names.map(|name| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    })
}

/// One cell of a CSV row, trimmed; `None` for a column the file lacks or an empty cell.
pub fn csv_cell(record: &csv::StringRecord, column: Option<usize>) -> Option<&str> {
    column
        .and_then(|c| record.get(c))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// An 8-symbol code as people read it and a scanner types it: two groups of four,
/// `ACEF-GH34` (invitations; their e-mail and QR code). Any other length is left as it is.
pub fn grouped_code(code: &str) -> String {
    if code.len() == 8 && code.is_ascii() {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_of_invisible_characters_is_no_name_and_line_separators_are_refused() {
        assert!(matches!(
            name("name", "\u{200B}\u{2060} "),
            Err(Error::FieldRequired { field: "name" })
        ));
        assert!(matches!(
            name("name", "Ada\u{2028}Lovelace"),
            Err(Error::FieldInvalidCharacters { field: "name" })
        ));
        assert_eq!(name("name", "Zoë\u{200D}").unwrap(), "Zoë\u{200D}");
    }

    use super::*;

    #[test]
    fn names_are_trimmed_and_kept_exactly() {
        assert_eq!(name("name", "  Zoë  Ó'Brien ").unwrap(), "Zoë  Ó'Brien");
        assert_eq!(name("name", "李伟").unwrap(), "李伟");
        assert_eq!(name("name", "محمد أحمد").unwrap(), "محمد أحمد");
    }

    #[test]
    fn empty_long_and_control_characters_are_refused() {
        assert!(matches!(
            name("name", "   "),
            Err(Error::FieldRequired { field: "name" })
        ));
        let long = "a".repeat(NAME_MAX + 1);
        assert!(matches!(
            name("name", &long),
            Err(Error::FieldTooLong { max: NAME_MAX, .. })
        ));
        assert!(
            name("name", &"é".repeat(NAME_MAX)).is_ok(),
            "length counts characters, not bytes"
        );
        assert!(matches!(
            name("name", "Bob\u{0007}"),
            Err(Error::FieldInvalidCharacters { .. })
        ));
        assert!(matches!(
            name("name", "a\nb"),
            Err(Error::FieldInvalidCharacters { .. })
        ));
    }

    /// Regression: "Bob\u{202E} nimda" displays as "Bob admin" in a right-to-left override.
    #[test]
    fn direction_overrides_cannot_reorder_a_name() {
        for sneaky in [
            "Bob\u{202E} nimda",
            "x\u{2067}y",
            "a\u{202D}b",
            "\u{061C}Ali",
            "\u{FEFF}Eve",
            // The right-to-left and left-to-right marks reorder neutral characters around them.
            "Bob\u{200F} (admin)",
            "\u{200E}Eve",
        ] {
            assert!(
                matches!(
                    name("name", sneaky),
                    Err(Error::FieldInvalidCharacters { field: "name" })
                ),
                "{sneaky:?}"
            );
        }
    }

    #[test]
    fn emails_and_phones() {
        use FieldRule::*;
        assert_eq!(
            email("email", Some(" ana@example.org "), Optional)
                .unwrap()
                .as_deref(),
            Some("ana@example.org")
        );
        assert_eq!(email("email", Some(""), Optional).unwrap(), None);
        for bad in [
            "ana",
            "ana@",
            "@x.org",
            "ana@org",
            "a b@x.org",
            "a@x.org.",
            "a@@x.org",
        ] {
            assert!(
                matches!(
                    email("email", Some(bad), Optional),
                    Err(Error::EmailInvalid { .. })
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            email("email", None, Required),
            Err(Error::FieldRequired { .. })
        ));
        assert_eq!(
            email("email", Some("x"), Off).unwrap(),
            None,
            "an unasked field is ignored"
        );
        assert!(phone("phone", Some("+49 (30) 555-0100"), Required).is_ok());
        assert!(matches!(
            phone("phone", Some("call me"), Required),
            Err(Error::PhoneInvalid { .. })
        ));
        assert!(matches!(
            phone("phone", Some("123"), Required),
            Err(Error::PhoneInvalid { .. })
        ));
    }

    #[test]
    fn short_names_show_first_name_and_last_initial() {
        assert_eq!(short_name("Amira Haddad"), "Amira H.");
        assert_eq!(short_name("Sofía de la Romero"), "Sofía R.");
        assert_eq!(short_name("Madonna"), "Madonna");
        assert_eq!(first_name("Li Wei"), "Li");
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Sofía ÉLAN"), "sofia elan");
        assert_eq!(fold("Tomás"), "tomas");
    }

    #[test]
    fn formula_cells_are_defused() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("+1 555"), "'+1 555");
        assert_eq!(csv_safe("Ana"), "Ana");
    }
}

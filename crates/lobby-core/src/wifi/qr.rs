//! The `WIFI:` QR code a guest scans to join the network, and the checks that keep it honest.
//!
//! The format is ZXing's de-facto one, which Android's system scanner and the iOS camera read:
//! `WIFI:T:WPA;S:<ssid>;P:<password>;;`, with `\ ; , : "` escaped by a backslash. The Wi-Fi
//! Alliance's WPA3 spec percent-encodes instead, but no phone we know of decodes that, so we
//! emit the backslash form in the order `T, S, (H), P` and never `R:`, `I:` or `K:`.
//!
//! Scanners do not all parse it the same way (see the notes in `wifi-backends.md`, section 1):
//! ZXing ends a field at the first `;` preceded by an even number of backslashes; Android ends
//! it at any `;` not preceded by a backslash, takes a password wrapped in `"` as quoted, and a
//! 64-hex-digit password as a raw key. Rather than emit something one scanner gets wrong, the
//! checks here refuse the SSIDs and passwords on which they would disagree.
//!
//! The bytes are written in QR byte mode, never in the encoder's "optimal" mix of modes: the
//! `qrcode` crate would store UTF-8 bytes that happen to look like Shift JIS in Kanji mode
//! (it does for "ゲストネットワーク"), and zxing-cpp hands that back as Shift JIS mojibake.
//! Non-ASCII payloads start with the ECI designator 26 (UTF-8): without it, decoders guess the
//! charset, and zbar guesses wrong for "Café". ASCII payloads carry no ECI, so the common case
//! is the plainest possible code.

use std::fmt::Write as _;
use std::io::Cursor;

use qrcode::bits::Bits;
use qrcode::types::QrError as EncodeError;
use qrcode::{Color, EcLevel, QrCode, Version};

/// The security of the network, as the `T:` field names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Security {
    /// WPA2-Personal, and WPA2/WPA3 transition mode: `T:WPA`.
    Wpa2,
    /// WPA3-Personal only: `T:SAE`. Android knows it; iOS is unverified.
    Wpa3Sae,
    /// No passphrase (open or Enhanced Open): `T:nopass`.
    Open,
    /// WPA2-Enterprise with a user name and password (PEAP/MSCHAPv2): `T:WPA2-EAP`, in
    /// ZXing's format. Android's and iOS's cameras do not join these; the screen shows the
    /// user name and password as text too.
    Enterprise,
}

impl Security {
    /// The value of the `T:` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Wpa2 => "WPA",
            Security::Wpa3Sae => "SAE",
            Security::Open => "nopass",
            Security::Enterprise => "WPA2-EAP",
        }
    }
}

/// Why a network cannot be put in a QR code. The lead maps these to `ErrorCode`s.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum QrError {
    #[error("the network name is empty")]
    SsidEmpty,
    #[error("the network name is longer than 32 bytes")]
    SsidTooLong,
    #[error("the network name holds characters a QR code cannot carry faithfully")]
    SsidCharacters,
    #[error("the password must be 8 to 63 characters")]
    PasswordLength,
    #[error("the password holds characters a QR code cannot carry faithfully")]
    PasswordCharacters,
    #[error("an open network has no password")]
    PasswordNotAllowed,
    #[error("an enterprise network needs a user name of printable ASCII")]
    Identity,
    #[error("too much data for a QR code that can be scanned from the screen")]
    TooLarge,
    #[error("the QR code cannot be drawn: {0}")]
    Render(String),
}

/// An SSID is at most 32 bytes (IEEE 802.11), whatever the characters.
pub const SSID_MAX_BYTES: usize = 32;

/// Error correction M (15 %): the code is shown on a screen, not printed on a worn sticker, so
/// a smaller, sparser symbol scans better than a more redundant one.
const EC_LEVEL: EcLevel = EcLevel::M;

/// The largest symbol drawn (77 × 77 modules). The longest valid payload (32-byte SSID and
/// 63-character password, all escaped) fits in version 11; anything bigger is not a Wi-Fi
/// code, and a denser one is hard to scan from across a desk.
const MAX_VERSION: i16 = 15;

/// The quiet zone the QR spec asks for around a normal symbol, in modules.
const QUIET_ZONE: usize = 4;

/// ECI designator for UTF-8.
const ECI_UTF8: u32 = 26;

/// Backslash-escapes the characters ZXing reserves: `\ ; , : "`. `:` must be escaped too,
/// because ZXing finds a field by searching `S:` or `P:` anywhere in the text.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if matches!(c, '\\' | ';' | ',' | ':' | '"') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Refuses an SSID that cannot be put in a QR code faithfully, or that scanners would read
/// differently: 1..=32 bytes of UTF-8; no control or text-direction characters; no backslash
/// (Android ignores backslash parity); not wrapped in `"` (Android would take the quotes as
/// delimiters). `; , : "` inside the name are fine: they are escaped.
pub fn check_ssid(ssid: &str) -> Result<(), QrError> {
    if ssid.is_empty() {
        return Err(QrError::SsidEmpty);
    }
    if ssid.len() > SSID_MAX_BYTES {
        return Err(QrError::SsidTooLong);
    }
    // U+FEFF too: zbar and zxing-cpp keep it, but it is invisible, and text tools strip it
    // as a byte-order mark.
    // A direction control would make the name shown on the phone differ from the kiosk's.
    let bad = |c: char| {
        c.is_control() || c == '\\' || c == '\u{FEFF}' || crate::text::is_direction_control(c)
    };
    if ssid.chars().any(bad) || (ssid.starts_with('"') && ssid.ends_with('"')) {
        return Err(QrError::SsidCharacters);
    }
    // The last word goes to the reference parser: what it reads back must be what was given.
    match parse(&format!("WIFI:S:{};;", escape(ssid))) {
        Some((read, ..)) if read == ssid => Ok(()),
        _ => Err(QrError::SsidCharacters),
    }
}

/// Refuses a password the network would refuse or a scanner would misread. An open network has
/// none. WPA2 wants 8..=63 printable ASCII characters; SAE has no such limit, but the same rule
/// lets one password serve WPA2, transition mode and WPA3 alike. 64 characters would be read as a raw
/// hex key. A trailing backslash is misread by Android (it sees `\;` and keeps the `;`), and a
/// password wrapped in `"` loses its quotes on Android and fails on iOS.
pub fn check_password(password: &str, security: Security) -> Result<(), QrError> {
    if security == Security::Open {
        return if password.is_empty() {
            Ok(())
        } else {
            Err(QrError::PasswordNotAllowed)
        };
    }
    if !password.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return Err(QrError::PasswordCharacters);
    }
    // Bytes = characters here, since every byte is ASCII.
    if !(8..=63).contains(&password.len()) {
        return Err(QrError::PasswordLength);
    }
    if password.ends_with('\\') || (password.starts_with('"') && password.ends_with('"')) {
        return Err(QrError::PasswordCharacters);
    }
    Ok(())
}

/// The text of the QR code: `WIFI:T:<type>;S:<ssid>;[H:true;]P:<password>;;`, with no `P:` for
/// an open network. Checks both values first.
pub fn payload(
    ssid: &str,
    password: &str,
    security: Security,
    hidden: bool,
) -> Result<String, QrError> {
    if security == Security::Enterprise {
        return Err(QrError::Identity);
    }
    check_ssid(ssid)?;
    check_password(password, security)?;
    let mut out = format!("WIFI:T:{};S:{};", security.as_str(), escape(ssid));
    if hidden {
        out.push_str("H:true;");
    }
    if security != Security::Open {
        let _ = write!(out, "P:{};", escape(password));
    }
    out.push(';');
    Ok(out)
}

/// The QR text of a WPA2-Enterprise login, in ZXing's format:
/// `WIFI:T:WPA2-EAP;S:<ssid>;[H:true;]E:PEAP;PH2:MSCHAPV2;I:<identity>;P:<password>;;`.
/// The identity follows the password's rules, but may be shorter.
pub fn enterprise_payload(
    ssid: &str,
    identity: &str,
    password: &str,
    hidden: bool,
) -> Result<String, QrError> {
    check_ssid(ssid)?;
    check_password(password, Security::Wpa2)?;
    let identity_ok = !identity.is_empty()
        && identity.len() <= 63
        && identity.bytes().all(|b| (0x21..=0x7e).contains(&b))
        && !identity.ends_with('\\');
    if !identity_ok {
        return Err(QrError::Identity);
    }
    let mut out = format!("WIFI:T:WPA2-EAP;S:{};", escape(ssid));
    if hidden {
        out.push_str("H:true;");
    }
    let _ = write!(
        out,
        "E:PEAP;PH2:MSCHAPV2;I:{};P:{};;",
        escape(identity),
        escape(password)
    );
    Ok(out)
}

/// The value of the first `prefix` field, read as ZXing's `ResultParser.matchPrefixedField`
/// does: the prefix is searched anywhere, the field ends at the first `;` preceded by an even
/// number of backslashes, a field without its `;` or empty after unescaping does not count.
fn zxing_field(text: &str, prefix: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(prefix) {
        let start = from + found + prefix.len();
        let mut i = start;
        loop {
            let Some(semi) = text[i..].find(';') else {
                // No terminator: this occurrence does not count, and neither can a later one.
                return None;
            };
            let at = i + semi;
            let backslashes = bytes[..at]
                .iter()
                .rev()
                .take_while(|b| **b == b'\\')
                .count();
            if backslashes % 2 == 1 {
                i = at + 1;
                continue;
            }
            let value = unescape(&text[start..at]);
            if !value.is_empty() {
                return Some(value);
            }
            from = at + 1;
            break;
        }
    }
    None
}

/// ZXing's `unescapeBackslash`: a backslash keeps the next character whatever it is; a lone
/// trailing backslash disappears.
fn unescape(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut escaping = false;
    for c in escaped.chars() {
        if escaping || c != '\\' {
            out.push(c);
            escaping = false;
        } else {
            escaping = true;
        }
    }
    out
}

/// Reads a `WIFI:` text back as ZXing's `WifiResultParser` does: (SSID, password, type,
/// hidden). `None` without a non-empty SSID. A missing type is `nopass`; `H:` is hidden only if
/// it says `true` (any case). A reference for tests, not what phones run.
pub fn parse(payload: &str) -> Option<(String, Option<String>, String, bool)> {
    let rest = payload.strip_prefix("WIFI:")?;
    let ssid = zxing_field(rest, "S:")?;
    let password = zxing_field(rest, "P:");
    let kind = zxing_field(rest, "T:").unwrap_or_else(|| "nopass".to_owned());
    let hidden = zxing_field(rest, "H:").is_some_and(|h| h.eq_ignore_ascii_case("true"));
    Some((ssid, password, kind, hidden))
}

/// The smallest symbol holding `payload` as one byte-mode segment, with ECI UTF-8 first if the
/// payload is not plain ASCII.
fn encode(payload: &str) -> Result<QrCode, QrError> {
    let render = |e: EncodeError| QrError::Render(e.to_string());
    for version in 1..=MAX_VERSION {
        let mut bits = Bits::new(Version::Normal(version));
        let mut pushed = Ok(());
        if !payload.is_ascii() {
            pushed = bits.push_eci_designator(ECI_UTF8);
        }
        let pushed = pushed
            .and_then(|()| bits.push_byte_data(payload.as_bytes()))
            .and_then(|()| bits.push_terminator(EC_LEVEL));
        match pushed {
            Ok(()) => return QrCode::with_bits(bits, EC_LEVEL).map_err(render),
            Err(EncodeError::DataTooLong) => continue,
            Err(e) => return Err(render(e)),
        }
    }
    Err(QrError::TooLarge)
}

/// The QR code as plain SVG: one module per user unit, a quiet zone of 4 modules, black on
/// white, a `viewBox` and no width or height, so the UI sizes it. `crispEdges` keeps the
/// browser from blurring module edges when it scales.
pub fn svg(payload: &str) -> Result<String, QrError> {
    let code = encode(payload)?;
    let n = code.width();
    let colors = code.to_colors();
    let size = n + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in colors.chunks(n).enumerate() {
        let mut x = 0;
        while x < n {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && row[x] == Color::Dark {
                x += 1;
            }
            // One rectangle per run of dark modules in a row.
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    Ok(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {s} {s}" "#,
            r#"shape-rendering="crispEdges">"#,
            r##"<rect width="{s}" height="{s}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{d}"/></svg>"##
        ),
        s = size,
        d = path
    ))
}

/// The QR code as an 8-bit grey PNG, `module_px` pixels per module (1..=64), with a quiet zone
/// of 4 modules.
pub fn png(payload: &str, module_px: u32) -> Result<Vec<u8>, QrError> {
    if !(1..=64).contains(&module_px) {
        return Err(QrError::Render(format!(
            "a module is 1 to 64 pixels, not {module_px}"
        )));
    }
    let code = encode(payload)?;
    let image = code
        .render::<image::Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(module_px, module_px)
        .dark_color(image::Luma([0]))
        .light_color(image::Luma([255]))
        .build();
    let mut out = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(|e| QrError::Render(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "kx7p-2mqd-h9tf-c4vz";

    fn round_trip(ssid: &str, password: &str, security: Security, hidden: bool) {
        let text = payload(ssid, password, security, hidden).expect(ssid);
        let (s, p, t, h) = parse(&text).expect(&text);
        assert_eq!(s, ssid, "{text}");
        let expected = (security != Security::Open).then(|| password.to_owned());
        assert_eq!(p, expected, "{text}");
        assert_eq!(t, security.as_str(), "{text}");
        assert_eq!(h, hidden, "{text}");
    }

    #[test]
    fn payload_layout() {
        assert_eq!(
            payload("Lobby Guest", PASS, Security::Wpa2, false).as_deref(),
            Ok("WIFI:T:WPA;S:Lobby Guest;P:kx7p-2mqd-h9tf-c4vz;;")
        );
        assert_eq!(
            payload("Lobby", PASS, Security::Wpa3Sae, true).as_deref(),
            Ok("WIFI:T:SAE;S:Lobby;H:true;P:kx7p-2mqd-h9tf-c4vz;;")
        );
        assert_eq!(
            payload("Lobby Open", "", Security::Open, false).as_deref(),
            Ok("WIFI:T:nopass;S:Lobby Open;;")
        );
        assert_eq!(
            payload("Lobby Open", "", Security::Open, true).as_deref(),
            Ok("WIFI:T:nopass;S:Lobby Open;H:true;;")
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(escape(r#"a\b;c,d:e"f"#), r#"a\\b\;c\,d\:e\"f"#);
        assert_eq!(escape("plain é 📶"), "plain é 📶");
        assert_eq!(
            payload(
                r#"My;Net,work:"Guest""#,
                r#"p;a,s:s"w\ord"#,
                Security::Wpa2,
                false
            )
            .as_deref(),
            Ok(r#"WIFI:T:WPA;S:My\;Net\,work\:\"Guest\";P:p\;a\,s\:s\"w\\ord;;"#)
        );
    }

    #[test]
    fn tricky_values_round_trip() {
        let ssids = [
            "Lobby",
            "a",
            ";",
            ",:;",
            r#"My;Net,work:"Guest"#,
            r#""quote at start only"#,
            r#"quote at end only""#,
            " leading and trailing ",
            "S:P:T:H:",
            "WIFI:S:x;;",
            "Café Ünïcode",
            "واي فاي الضيوف",
            "访客网络 ゲスト",
            "🚀 Guest 📶",
            "éééééééééééééééé", // 32 bytes
            "🚀🚀🚀🚀🚀🚀🚀🚀", // 32 bytes
        ];
        let passwords = [
            PASS,
            "12345678",
            r#"p;a,s:s"w\ord"#,
            r#"\\\\\\\x"#,
            r#""starts with a quote"#,
            "  spaces  around  ",
            ";;;;;;;;",
            "P:S:T:H:",
            &"x".repeat(63),
        ];
        for ssid in ssids {
            for password in passwords {
                round_trip(ssid, password, Security::Wpa2, false);
                round_trip(ssid, password, Security::Wpa3Sae, true);
            }
            round_trip(ssid, "", Security::Open, false);
            round_trip(ssid, "", Security::Open, true);
        }
    }

    #[test]
    fn parse_follows_zxing() {
        // Missing type is nopass; fields in any order; H is case-insensitive.
        assert_eq!(
            parse("WIFI:S:net;P:secret12;H:TRUE;;"),
            Some(("net".into(), Some("secret12".into()), "nopass".into(), true))
        );
        assert_eq!(
            parse("WIFI:P:secret12;T:WPA;S:net;;"),
            Some(("net".into(), Some("secret12".into()), "WPA".into(), false))
        );
        // A `;` after an odd number of backslashes is escaped; after an even number it ends.
        assert_eq!(parse(r"WIFI:S:a\;b;;").map(|p| p.0).as_deref(), Some("a;b"));
        assert_eq!(
            parse(r"WIFI:S:a\\;b;;").map(|p| p.0).as_deref(),
            Some(r"a\")
        );
        assert_eq!(
            parse(r"WIFI:S:a\\\;b;;").map(|p| p.0).as_deref(),
            Some(r"a\;b")
        );
        // No SSID, an empty SSID, an unterminated SSID, not a WIFI: text.
        assert_eq!(parse("WIFI:T:WPA;P:secret12;;"), None);
        assert_eq!(parse("WIFI:S:;;"), None);
        assert_eq!(parse("WIFI:S:net"), None);
        assert_eq!(parse("wifi:S:net;;"), None);
        // An empty password is no password.
        assert_eq!(parse("WIFI:S:net;P:;;").and_then(|p| p.1), None);
        // Why `:` is escaped: unescaped, a password holding `S:` hijacks the SSID.
        assert_eq!(
            parse("WIFI:T:WPA;P:xS:evil;S:net;;")
                .map(|p| p.0)
                .as_deref(),
            Some("evil")
        );
    }

    #[test]
    fn ssid_refusals() {
        assert_eq!(check_ssid(""), Err(QrError::SsidEmpty));
        assert_eq!(check_ssid(&"a".repeat(33)), Err(QrError::SsidTooLong));
        assert_eq!(check_ssid(&"é".repeat(17)), Err(QrError::SsidTooLong)); // 34 bytes
        assert_eq!(check_ssid("🚀🚀🚀🚀🚀🚀🚀🚀a"), Err(QrError::SsidTooLong)); // 33 bytes
        assert_eq!(check_ssid(&"a".repeat(32)), Ok(()));
        for bad in [
            "tab\there",
            "new\nline",
            "nul\0",
            "del\u{7f}",
            "c1\u{85}",
            r"back\slash",
            r"trailing\",
            "\"quoted\"",
            "\"",
            "Bob\u{202E}nimda",
            "lre\u{202A}",
            "isolate\u{2066}x\u{2069}",
            "lrm\u{200E}",
            "rlm\u{200F}",
            "alm\u{061C}",
            "bom\u{FEFF}",
        ] {
            assert_eq!(check_ssid(bad), Err(QrError::SsidCharacters), "{bad:?}");
            assert_eq!(
                payload(bad, PASS, Security::Wpa2, false),
                Err(QrError::SsidCharacters),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn password_refusals() {
        use Security::*;
        assert_eq!(check_password("", Open), Ok(()));
        assert_eq!(
            check_password("secret12", Open),
            Err(QrError::PasswordNotAllowed)
        );
        for security in [Wpa2, Wpa3Sae] {
            assert_eq!(check_password(PASS, security), Ok(()));
            assert_eq!(check_password("", security), Err(QrError::PasswordLength));
            assert_eq!(
                check_password("1234567", security),
                Err(QrError::PasswordLength)
            );
            assert_eq!(check_password("12345678", security), Ok(()));
            assert_eq!(check_password(&"x".repeat(63), security), Ok(()));
            assert_eq!(
                check_password(&"x".repeat(64), security),
                Err(QrError::PasswordLength)
            );
            // 64 hex digits would be taken as a raw PSK.
            let hex = "ab".repeat(32);
            assert_eq!(check_password(&hex, security), Err(QrError::PasswordLength));
            for bad in [
                "tab\tin password",
                "newline\nin it",
                "del\u{7f}ete me",
                "caf\u{e9} au lait",
                "emoji \u{1F511} key",
                r"ends with\",
                "\"wrapped in quotes\"",
            ] {
                assert_eq!(
                    check_password(bad, security),
                    Err(QrError::PasswordCharacters),
                    "{bad:?}"
                );
                assert_eq!(
                    payload("net", bad, security, false),
                    Err(QrError::PasswordCharacters),
                    "{bad:?}"
                );
            }
            // A backslash elsewhere is fine: it is escaped, and no `;` follows it unescaped.
            assert_eq!(check_password(r"back\slash", security), Ok(()));
            assert_eq!(check_password(r#""half-quoted"#, security), Ok(()));
        }
    }

    #[test]
    fn generated_passwords_are_carried_verbatim() {
        for _ in 0..100 {
            let p = super::super::password::generate();
            assert_eq!(escape(&p), p);
            assert_eq!(check_password(&p, Security::Wpa2), Ok(()));
        }
    }

    #[test]
    fn non_ascii_is_byte_mode_with_eci_not_kanji() {
        // The encoder's automatic mode choice stores this SSID partly in Kanji mode, and
        // zxing-cpp reads that code as "繧ｲ繧ｹ繝医...": Shift JIS mojibake (tests/core/wifi_qr.rs).
        let text = payload("ゲストネットワーク", PASS, Security::Wpa2, false).expect("payload");
        let auto = qrcode::bits::encode_auto(text.as_bytes(), EC_LEVEL).expect("auto");
        let ours = encode(&text).expect("encode");
        // Byte mode with ECI: 4-bit ECI mode, 8-bit designator, 4-bit byte mode, 8-bit count.
        let mut expected = Bits::new(ours.version());
        expected.push_eci_designator(ECI_UTF8).expect("eci");
        expected.push_byte_data(text.as_bytes()).expect("bytes");
        expected.push_terminator(EC_LEVEL).expect("terminator");
        let expected = QrCode::with_bits(expected, EC_LEVEL).expect("code");
        assert_eq!(ours.to_colors(), expected.to_colors());
        let auto = QrCode::with_bits(auto, EC_LEVEL).expect("auto code");
        assert_ne!(auto.to_colors(), ours.to_colors());
    }

    #[test]
    fn too_large() {
        assert_eq!(svg(&"x".repeat(2000)), Err(QrError::TooLarge));
        assert_eq!(png(&"x".repeat(2000), 4), Err(QrError::TooLarge));
        // The longest valid payload fits: 32-byte SSID and 63-character password, all escaped.
        let ssid = ";".repeat(32);
        let password = ";".repeat(63);
        let text = payload(&ssid, &password, Security::Wpa3Sae, true).expect("payload");
        assert!(svg(&text).is_ok());
    }

    #[test]
    fn png_is_grey_with_quiet_zone_and_matches_svg() {
        let text = payload("Lobby Guest", PASS, Security::Wpa2, false).expect("payload");
        let code = encode(&text).expect("encode");
        let n = code.width();
        let bytes = png(&text, 3).expect("png");
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .expect("decode png");
        assert_eq!(image.color(), image::ColorType::L8);
        let grey = image.to_luma8();
        let side = (n + 2 * QUIET_ZONE) as u32 * 3;
        assert_eq!((grey.width(), grey.height()), (side, side));
        // The quiet zone is white, and each module is a 3 × 3 block of its colour.
        let colors = code.to_colors();
        for (x, y, pixel) in grey.enumerate_pixels() {
            let (mx, my) = ((x / 3) as usize, (y / 3) as usize);
            let inside = (QUIET_ZONE..QUIET_ZONE + n).contains(&mx)
                && (QUIET_ZONE..QUIET_ZONE + n).contains(&my);
            let dark = inside && colors[(my - QUIET_ZONE) * n + mx - QUIET_ZONE] == Color::Dark;
            assert_eq!(pixel.0[0], if dark { 0 } else { 255 }, "({x}, {y})");
        }
        assert!(matches!(png(&text, 0), Err(QrError::Render(_))));
        assert!(matches!(png(&text, 65), Err(QrError::Render(_))));

        // The SVG draws the same modules: replay its path onto a grid.
        let svg = svg(&text).expect("svg");
        let size = n + 2 * QUIET_ZONE;
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.contains(&format!(r#"viewBox="0 0 {size} {size}""#)));
        // No fixed size on the root element: the UI decides how big the code is.
        let root = svg.split('>').next().expect("root element");
        assert!(
            !root.contains(" width=") && !root.contains(" height="),
            "{root}"
        );
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
        let d = svg
            .split(" d=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("path");
        let mut grid = vec![false; size * size];
        for rect in d.split('z').filter(|r| !r.is_empty()) {
            // M<x> <y>h<w>v1h-<w>
            let rect = rect.strip_prefix('M').expect(rect);
            let (x, rest) = rect.split_once(' ').expect(rect);
            let (y, rest) = rest.split_once('h').expect(rect);
            let (w, _) = rest.split_once('v').expect(rect);
            let (x, y, w): (usize, usize, usize) = (
                x.parse().expect(x),
                y.parse().expect(y),
                w.parse().expect(w),
            );
            for cell in &mut grid[y * size + x..y * size + x + w] {
                assert!(!*cell, "overlapping runs");
                *cell = true;
            }
        }
        for my in 0..size {
            for mx in 0..size {
                let px = grey.get_pixel((mx * 3) as u32, (my * 3) as u32).0[0];
                assert_eq!(grid[my * size + mx], px == 0, "module ({mx}, {my})");
            }
        }
    }
}

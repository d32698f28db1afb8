//! The guest Wi-Fi QR code against real decoders: every PNG Lobby draws is read back by zbar
//! (`zbarimg`, Debian package zbar-tools) and by zxing-cpp (the engine of many Android
//! scanners, via `tests/wifi/zxing_decode.py` in the virtualenv that
//! `tests/wifi/setup-zxing.sh` makes), and both must return exactly the payload's bytes.
//!
//! Neither decoder is optional: a missing one fails the test with the command that installs
//! it, because a QR code nobody checked is the thing this test exists to prevent.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use lobby_core::wifi::password;
use lobby_core::wifi::qr::{self, QrError, Security};

/// One network to encode: SSID, password, security, hidden.
struct Case {
    ssid: String,
    password: String,
    security: Security,
    hidden: bool,
}

fn case(ssid: &str, password: &str, security: Security, hidden: bool) -> Case {
    Case {
        ssid: ssid.to_owned(),
        password: password.to_owned(),
        security,
        hidden,
    }
}

fn corpus() -> Vec<Case> {
    use Security::*;
    let generated: Vec<String> = (0..4).map(|_| password::generate()).collect();
    let reserved_63 = r#";,:"ab"#.repeat(11)[..63].to_owned();
    vec![
        case("Lobby Guest", &generated[0], Wpa2, false),
        case("Lobby Guest", &generated[1], Wpa3Sae, false),
        case("Lobby Guest", "", Open, false),
        case("Lobby Hidden", &generated[2], Wpa2, true),
        case("Lobby Hidden Open", "", Open, true),
        // Every reserved character but the backslash, which Lobby refuses in an SSID.
        case(r#"My;Net,work:"Guest""#, r#"p;a,s:s"w\ord"#, Wpa2, false),
        case(r#";,:";,:""#, r#";,:";,:";,:""#, Wpa2, false),
        case(r#""half quoted"#, r#""half quoted pass"#, Wpa2, false),
        case("S:P:T:H:", "P:S:T:H:;;", Wpa2, true),
        case(" leading and trailing ", "  spaces  around  ", Wpa2, false),
        case("with  inner   spaces", "pass with spaces", Wpa3Sae, false),
        case("Café Ünïcode", &generated[3], Wpa2, false),
        case("واي فاي الضيوف", "wifi-guest-2024", Wpa2, false),
        case("访客网络 ゲスト", "guest-pass-2024", Wpa2, false),
        case("🚀 Guest 📶", "rocket;launch", Wpa3Sae, false),
        case("ｹﾞｽﾄ ﾈｯﾄ", "halfwidth-kana", Wpa2, false),
        // Japanese that the qrcode crate's automatic mode choice stores in Kanji mode, which
        // zxing-cpp then reads as Shift JIS mojibake; Lobby writes byte mode, so it must pass.
        case("ゲストネットワーク", "kanji-mode-trap", Wpa2, false),
        case("日本語のネットワーク", "kanji-mode-trap", Wpa3Sae, true),
        case("Ελληνικά Guest", "12345678", Wpa2, false),
        case("Гостевая сеть", "", Open, false),
        // The 32-byte limit in 1-, 2-, 3- and 4-byte characters, and the worst escaping.
        case(&"x".repeat(32), &"y".repeat(63), Wpa2, false),
        case(&"é".repeat(16), "limit-two-bytes", Wpa2, false),
        case(
            &format!("{}xy", "访".repeat(10)),
            "limit-three-bytes",
            Wpa2,
            false,
        ),
        case(&"🚀".repeat(8), "limit-four-bytes", Wpa2, true),
        case(&";".repeat(32), &reserved_63, Wpa3Sae, true),
        case("back", r"back\slash\in\it", Wpa2, false),
    ]
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn zxing_python() -> PathBuf {
    let python = workspace().join("target/zxing-venv/bin/python3");
    assert!(
        python.exists(),
        "zxing-cpp is not installed: {} is missing. Run tests/wifi/setup-zxing.sh from the \
         workspace root (Debian 12 needs `apt-get install python3-venv` for it).",
        python.display()
    );
    python
}

/// zbarimg's readings of one image: (raw bytes, text).
///
/// Raw: `-Sbinary` makes zbar print the bytes of the symbol's segments as they are, with
/// nothing after them (not even a newline). It ignores the ECI and the segment modes, so it
/// checks the bytes but not how a scanner would turn them into text.
///
/// Text: without `-Sbinary`, zbar converts the bytes to UTF-8 using the ECI, or guesses a
/// charset when there is none (and then gets "Café" wrong), and ends each symbol with a
/// newline. This is the reading a scanner app makes, so it must match too.
fn zbar(file: &Path) -> (Vec<u8>, Vec<u8>) {
    let run = |binary: bool| {
        let mut command = Command::new("zbarimg");
        command.args(["--raw", "-q"]);
        if binary {
            command.arg("-Sbinary");
        }
        let out = command.arg(file).output().unwrap_or_else(|e| {
            panic!("cannot run zbarimg ({e}): on Debian, `apt-get install zbar-tools`")
        });
        assert!(
            out.status.success(),
            "zbarimg found no QR code in {} ({}): {}",
            file.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let raw = run(true);
    let mut text = run(false);
    assert_eq!(
        text.pop(),
        Some(b'\n'),
        "zbarimg ends a symbol's text with a newline"
    );
    (raw, text)
}

/// zxing-cpp's readings of the images, in order, as the UTF-8 bytes of the text it returns.
fn zxing(files: &[PathBuf]) -> Vec<Vec<u8>> {
    let script = workspace().join("tests/wifi/zxing_decode.py");
    let out = Command::new(zxing_python())
        .arg(&script)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("hex output");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), files.len(), "one line per file: {text}");
    lines
        .iter()
        .zip(files)
        .map(|(line, file)| {
            data_encoding::HEXLOWER
                .decode(line.as_bytes())
                .unwrap_or_else(|_| panic!("zxing-cpp read {line} in {}", file.display()))
        })
        .collect()
}

#[test]
fn real_decoders_read_back_exactly_what_lobby_encodes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = corpus();
    let started = Instant::now();
    let mut files = Vec::new();
    let mut payloads = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let payload = qr::payload(&c.ssid, &c.password, c.security, c.hidden)
            .unwrap_or_else(|e| panic!("{:?} / {:?}: {e}", c.ssid, c.password));
        let file = dir.path().join(format!("{i:02}.png"));
        std::fs::write(&file, qr::png(&payload, 8).expect("png")).expect("write png");
        // The SVG must draw too (the UI shows that one).
        assert!(qr::svg(&payload).expect("svg").starts_with("<svg "));
        files.push(file);
        payloads.push(payload);
    }
    let rendered = started.elapsed();

    let started = Instant::now();
    let by_zbar: Vec<(Vec<u8>, Vec<u8>)> = files.iter().map(|f| zbar(f.as_path())).collect();
    let zbar_time = started.elapsed();
    let started = Instant::now();
    let by_zxing = zxing(&files);
    let zxing_time = started.elapsed();

    let mut failures = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let expected = payloads[i].as_bytes();
        let readings = [
            ("zbar -Sbinary", &by_zbar[i].0),
            ("zbar text", &by_zbar[i].1),
            ("zxing-cpp", &by_zxing[i]),
        ];
        for (decoder, read) in readings {
            if read.as_slice() != expected {
                failures.push(format!(
                    "{decoder} read {:?}\n   instead of {:?}",
                    String::from_utf8_lossy(read),
                    payloads[i]
                ));
                continue;
            }
            let text = std::str::from_utf8(read).expect("UTF-8");
            let (ssid, password, kind, hidden) = qr::parse(text).expect(text);
            let expected_password = (c.security != Security::Open).then(|| c.password.clone());
            if ssid != c.ssid
                || password != expected_password
                || kind != c.security.as_str()
                || hidden != c.hidden
            {
                failures.push(format!(
                    "{decoder}: {text:?} parses to {ssid:?}, {password:?}"
                ));
            }
        }
    }
    eprintln!(
        "{} codes: rendered in {rendered:?}, zbar (twice each) {zbar_time:?}, zxing-cpp \
         {zxing_time:?}",
        cases.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn ssids_lobby_refuses_are_refused() {
    // Why each is refused: length is 802.11's; a backslash or a quoted name is misread by
    // Android's parser; control, direction and invisible characters would show a different
    // name than the kiosk does (and zxing-cpp returns a NUL as the text "<NUL>").
    let refused: Vec<(String, QrError)> = vec![
        (String::new(), QrError::SsidEmpty),
        ("x".repeat(33), QrError::SsidTooLong),
        (format!("{}a", "é".repeat(16)), QrError::SsidTooLong),
        (format!("{}a", "🚀".repeat(8)), QrError::SsidTooLong),
        ("访".repeat(11), QrError::SsidTooLong),
        (r"back\slash".into(), QrError::SsidCharacters),
        (r"ends with\".into(), QrError::SsidCharacters),
        ("\"quoted\"".into(), QrError::SsidCharacters),
        ("tab\tssid".into(), QrError::SsidCharacters),
        ("line\nfeed".into(), QrError::SsidCharacters),
        ("nul\0".into(), QrError::SsidCharacters),
        ("Guest\u{202E}tseuG".into(), QrError::SsidCharacters),
        ("\u{2067}واي فاي\u{2069}".into(), QrError::SsidCharacters),
        ("mark\u{200F}".into(), QrError::SsidCharacters),
        ("\u{FEFF}bom".into(), QrError::SsidCharacters),
    ];
    for (ssid, error) in refused {
        let ssid = ssid.as_str();
        assert_eq!(qr::check_ssid(ssid), Err(error.clone()), "{ssid:?}");
        for security in [Security::Wpa2, Security::Wpa3Sae] {
            assert_eq!(
                qr::payload(ssid, "kx7p-2mqd-h9tf-c4vz", security, false),
                Err(error.clone()),
                "{ssid:?}"
            );
        }
        assert_eq!(
            qr::payload(ssid, "", Security::Open, true),
            Err(error),
            "{ssid:?}"
        );
    }
}

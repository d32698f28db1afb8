//! Bad input everywhere: property tests that feed arbitrary and adversarial input to every
//! parser of outside data (`lobby.toml`, policy Markdown, card reader answers, member CSV files)
//! and to every field a visitor types, and to the Wi-Fi QR code that carries a network to a
//! phone. Whatever comes in, nothing panics; a refusal is a specific error (an error code, or a
//! `ConfigError` naming the key with a translated `cli-config-*` message), never `internal`;
//! and a refused write leaves the database exactly as it was.
//!
//! The inputs mix plain text with the pieces that break naive code: controls, NUL, text
//! direction overrides, byte-order marks, emoji, the characters the QR format reserves, raw
//! HTML and `javascript:` links, and very long or only-blank strings. Each property runs a
//! moderate number of cases (512 for pure functions, fewer where a case writes to the database
//! or draws a PNG) so the file takes seconds in a debug build. A failing case is shrunk and
//! printed, never saved to disk; set `PROPTEST_CASES` to run more.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use lobby_core::config::{Config, FieldRule, VisitKind};
use lobby_core::policies::markdown;
use lobby_core::reader::{self, CardType, ReadError, Uid};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::wifi::qr::{self, QrError, Security};
use lobby_core::{members, text, Error, ErrorCode, Store};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------------------------
// Shared strategies
// ---------------------------------------------------------------------------------------------

/// `n` successful cases (or `PROPTEST_CASES`, when set), nothing written to
/// `proptest-regressions/`.
fn cases(n: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            default.cases
        } else {
            n
        },
        failure_persistence: None,
        ..default
    }
}

/// Runs a property outside the `proptest!` macro (for the tests that share one database).
fn check<S: Strategy>(n: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let mut runner = TestRunner::new(cases(n));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}

/// Pieces that break naive text handling.
const NASTY: &[&str] = &[
    "\0",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{202E}",
    "\u{202A}",
    "\u{202D}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200E}",
    "\u{200F}",
    "\u{061C}",
    "\u{FEFF}",
    "\u{200B}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{301}",
    "e\u{301}",
    "\u{FFFD}",
    "\u{10FFFF}",
    "🚀",
    "👩\u{200D}👩\u{200D}👧",
    "🇩🇪",
    "Zoë",
    "李伟",
    "محمد",
    "ß",
    "İ",
    " ",
    "  ",
    "\\",
    ";",
    ",",
    ":",
    "\"",
    "'",
    "@",
    "+",
    "-",
    "=",
    "#",
    "*",
    "_",
    "`",
    "<",
    ">",
    "&",
    "[",
    "]",
    "(",
    ")",
    "/",
    ".",
    "<script>",
    "</script>",
    "javascript:",
    "=cmd|' /C calc'!A0",
    "%s%n",
    "${jndi:x}",
    "a",
    "Ana",
    "x",
    "0",
    "12345",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(NASTY).prop_map(str::to_owned),
        2 => "[a-zA-Z0-9 ]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Up to `max` pieces in a row.
fn nasty(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
}

/// What a visitor might type, or paste: adversarial pieces, huge strings, only blanks, or any
/// Unicode at all.
fn visitor_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => nasty(12),
        1 => (piece(), 1usize..20_000).prop_map(|(p, n)| p.repeat(n)),
        1 => "[ \t\u{a0}\u{3000}]{0,6}",
        1 => any::<String>(),
    ]
    .boxed()
}

/// An ordinary name, so that some forms get through.
fn plain_name() -> impl Strategy<Value = String> {
    "[A-Z][a-zéü]{1,9}( [A-Z][a-z]{1,9})?"
}

/// Characters a visitor-typed value may never keep: controls, direction overrides and
/// isolates, the Arabic letter mark, and the byte-order mark (see `text.rs`).
fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// A kept value: non-empty, trimmed, nothing forbidden in it.
fn is_clean(s: &str) -> bool {
    !s.is_empty() && s == s.trim() && !s.chars().any(is_forbidden)
}

const FIELD_CODES: [ErrorCode; 5] = [
    ErrorCode::FieldRequired,
    ErrorCode::FieldTooLong,
    ErrorCode::FieldInvalidCharacters,
    ErrorCode::EmailInvalid,
    ErrorCode::PhoneInvalid,
];

fn field_rule() -> impl Strategy<Value = FieldRule> {
    prop::sample::select(vec![
        FieldRule::Off,
        FieldRule::Optional,
        FieldRule::Required,
    ])
}

/// The database runtime for one test: one thread, like a test's `#[tokio::test]`.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn count(store: &Store, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(store.pool())
        .await
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// 1. lobby.toml
// ---------------------------------------------------------------------------------------------

const EXAMPLE: &str = include_str!("../../../../docs/lobby.example.toml");

/// The top-level tables of `lobby.toml`, as the example file documents them: a key named
/// by a refusal of a value starts with one of them.
fn sections() -> Vec<&'static str> {
    let mut sections: Vec<&str> = EXAMPLE
        .lines()
        .filter_map(|l| l.strip_prefix('['))
        .filter_map(|l| l.split(['.', ']']).next())
        .collect();
    sections.dedup();
    sections
}

/// Values worth trying in any key.
const TOML_VALUES: &[&str] = &[
    "\"\"",
    "\" \"",
    "0",
    "-1",
    "9",
    "3601",
    "70000",
    "4294967296",
    "18446744073709551616",
    "1e400",
    "nan",
    "-inf",
    "true",
    "[]",
    "[\"\"]",
    "[\"de\", \"de\"]",
    "[\"tlh\"]",
    "[1, \"a\"]",
    "{}",
    "{ tlh = \"x\" }",
    "{ en-US = \"\" }",
    "{ en-US = \"x\", de = \"\u{202E}\" }",
    "\"closed\"",
    "\"CLOSED\"",
    "\"25:00-26:00\"",
    "\"20:00-08:00\"",
    "\"08:00\"",
    "\"08:00-08:00\"",
    "\"-\"",
    "\"Mars/Olympus\"",
    "\"UTC\"",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "\"wpa2\"",
    "\"wpa3\"",
    "\"open\"",
    "\"enterprise\"",
    "\"shared\"",
    "\"per-guest\"",
    "\"none\"",
    "\"hostapd\"",
    "\"freeradius\"",
    "\"off\"",
    "\"optional\"",
    "\"required\"",
    "\"maybe\"",
    "\"guest\"",
    "\"code-of-conduct\"",
    "\"a--b\"",
    "'literal \\ string'",
    "\"\"\"multi\nline\"\"\"",
    "\"\\u202E\"",
    "\"\\u0000\"",
    "\"\\uD800\"",
];

/// Lines worth inserting anywhere.
const TOML_LINES: &[&str] = &[
    "[site]",
    "[kiosk]",
    "[hours]",
    "[visits]",
    "[visits.types.party]",
    "[visits.types.guest]",
    "[visits.types.tour]",
    "[visits.types.\"\"]",
    "[wifi.tiers.x]",
    "[wifi.tiers.Bad_Id]",
    "[wifi.tiers.a-very-long-tier-id-indeed]",
    "[wifi.freeradius]",
    "[wifi.hostapd]",
    "[[badges.access_groups]]",
    "[[visits.off_limits]]",
    "[policies]",
    "[emergency]",
    "[nonsense]",
    "enabled = false",
    "code_of_conduct = false",
    "wifi_tier = \"nope\"",
    "wifi_tier = \"guest\"",
    "ssid = \"\"",
    "ssid = \"\\\"quoted\\\"\"",
    "security = \"open\"",
    "backend = \"none\"",
    "credentials = \"shared\"",
    "unknown = 1",
    "a.b.c = 1",
    "\"quoted key\" = 1",
    "= 1",
    "x =",
    "[",
    "]]",
    "x = [",
    "x = {",
    "\u{FEFF}",
    "#",
    "",
];

const TOML_KEYS: &[&str] = &[
    "name",
    "time_zone",
    "address",
    "id",
    "languages",
    "idle_timeout_seconds",
    "data_dir",
    "on_screen_keyboard",
    "shuffle_pin_pad",
    "monday",
    "sunday",
    "fire",
    "site_security",
    "retention_days",
    "waiting_area",
    "front_desk",
    "off_limits",
    "documents",
    "members",
    "default_groups",
    "access_groups",
    "keyboard_wedge",
    "ssid",
    "security",
    "credentials",
    "backend",
    "vlan",
    "pass_hours",
    "rotate_every_hours",
    "close_at_closing",
    "hidden",
    "enabled",
    "host",
    "email",
    "wifi_tier",
    "database",
    "psk_file",
    "reload",
    "bogus",
];

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(TOML_VALUES).prop_map(str::to_owned),
        3 => nasty(8).prop_map(|s| toml_string(&s)),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => prop::collection::vec(nasty(4).prop_map(|s| toml_string(&s)), 0..4)
            .prop_map(|v| format!("[{}]", v.join(", "))),
    ]
}

fn toml_line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(TOML_LINES).prop_map(str::to_owned),
        3 => (prop::sample::select(TOML_KEYS), toml_value())
            .prop_map(|(k, v)| format!("{k} = {v}")),
        1 => "[a-z_.\\-]{1,16}".prop_map(|s| format!("[{s}]")),
        1 => nasty(6),
    ]
}

/// One change to a valid file.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Replaces what follows `=` on one of the lines that has one.
    SetValue(Index, String),
    InsertLine(Index, String),
    SetByte(Index, u8),
    InsertBytes(Index, Vec<u8>),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => any::<Index>().prop_map(Mutation::DeleteLine),
        1 => any::<Index>().prop_map(Mutation::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        6 => (any::<Index>(), toml_value()).prop_map(|(i, v)| Mutation::SetValue(i, v)),
        3 => (any::<Index>(), toml_line()).prop_map(|(i, l)| Mutation::InsertLine(i, l)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::SetByte(i, b)),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..4))
            .prop_map(|(i, b)| Mutation::InsertBytes(i, b)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut text = text.to_owned();
    for m in mutations {
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let n = lines.len(); // never 0: `split` yields at least one piece
        let mut bytes = None;
        match m {
            Mutation::DeleteLine(i) => {
                lines.remove(i.index(n));
            }
            Mutation::DuplicateLine(i) => {
                let k = i.index(n);
                let line = lines[k].clone();
                lines.insert(k, line);
            }
            Mutation::SwapLines(a, b) => lines.swap(a.index(n), b.index(n)),
            Mutation::SetValue(i, value) => {
                let with_value: Vec<usize> = (0..n).filter(|k| lines[*k].contains('=')).collect();
                if !with_value.is_empty() {
                    let k = with_value[i.index(with_value.len())];
                    let key = lines[k].split_once('=').map(|(key, _)| key.to_owned());
                    lines[k] = format!("{}= {value}", key.unwrap_or_default());
                }
            }
            Mutation::InsertLine(i, line) => lines.insert(i.index(n + 1), line.clone()),
            Mutation::SetByte(i, b) => {
                let mut raw = text.clone().into_bytes();
                if !raw.is_empty() {
                    let k = i.index(raw.len());
                    raw[k] = *b;
                }
                bytes = Some(raw);
            }
            Mutation::InsertBytes(i, b) => {
                let mut raw = text.clone().into_bytes();
                let k = i.index(raw.len() + 1);
                raw.splice(k..k, b.iter().copied());
                bytes = Some(raw);
            }
            Mutation::Truncate(i) => {
                let mut raw = text.clone().into_bytes();
                raw.truncate(i.index(raw.len() + 1));
                bytes = Some(raw);
            }
        }
        text = match bytes {
            Some(raw) => String::from_utf8_lossy(&raw).into_owned(),
            None => lines.join("\n"),
        };
    }
    text
}

/// Tokens of TOML's syntax and of Lobby's keys, thrown together.
const TOML_SOUP: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\\",
    "\\u",
    "#",
    "\n",
    "\r\n",
    " ",
    "\t",
    "site",
    "kiosk",
    "hours",
    "visits",
    "types",
    "guest",
    "wifi",
    "tiers",
    "badges",
    "policies",
    "languages",
    "name",
    "id",
    "ssid",
    "1",
    "-",
    "+",
    "1e",
    "0x",
    "true",
    "nan",
    "inf",
    "2026-11-27",
    "T",
    "Z",
    ":",
    "\u{0}",
    "\u{FEFF}",
    "é",
];

fn assert_clear_config_refusal(text: &str) -> Result<(), TestCaseError> {
    let Err(e) = Config::parse(text, None) else {
        return Ok(());
    };
    let id = e.message.id;
    prop_assert!(
        id.len() > "cli-config-".len() && id.starts_with("cli-config-"),
        "message id {id:?} for {e}"
    );
    // `problem` is the message in English: the id itself means it has no translation.
    prop_assert!(
        !e.problem.trim().is_empty() && e.problem != id,
        "no English text for {id}: {e:?}"
    );
    prop_assert!(e.file.is_none());
    if id == "cli-config-syntax" {
        // The parser's refusal names the key where it stopped (an unknown key, a wrong
        // type), or none when the text is not TOML at all.
        if !e.key.is_empty() {
            prop_assert!(e.to_string().contains(&format!("key `{}`", e.key)), "{e}");
        }
    } else {
        // A refused value always names its key, under one of the file's tables.
        let section = e.key.split(['.', '[']).next().unwrap_or("");
        prop_assert!(
            sections().contains(&section),
            "key {:?} does not name a setting: {e}",
            e.key
        );
        prop_assert!(e.to_string().contains(&format!("key `{}`", e.key)), "{e}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_text_as_lobby_toml_is_accepted_or_refused_with_a_translated_message(
        text in prop_oneof![
            2 => any::<String>(),
            3 => prop::collection::vec(prop::sample::select(TOML_SOUP), 0..60)
                .prop_map(|v| v.concat()),
            1 => prop::collection::vec(toml_line(), 0..12).prop_map(|v| v.join("\n")),
        ]
    ) {
        assert_clear_config_refusal(&text)?;
    }

    #[test]
    fn a_damaged_example_file_is_accepted_or_refused_naming_the_key(
        mutations in prop::collection::vec(mutation(), 1..5)
    ) {
        assert_clear_config_refusal(&mutate(EXAMPLE, &mutations))?;
    }
}

/// Deep nesting must be refused by the parser, not overflow the stack.
#[test]
fn deeply_nested_toml_is_refused_without_overflowing_the_stack() {
    for text in [
        format!("x = {}", "[".repeat(100_000)),
        format!("x = {}", "{ a = ".repeat(100_000)),
        format!("[site]\nname = {}1{}", "[".repeat(5_000), "]".repeat(5_000)),
        format!("{} = 1", "a.".repeat(100_000)),
    ] {
        let e = Config::parse(&text, None).unwrap_err();
        assert!(e.message.id.starts_with("cli-config-"), "{e}");
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Policy Markdown
// ---------------------------------------------------------------------------------------------

/// Markdown and HTML that try to run, load or leave.
const MD_PIECES: &[&str] = &[
    "<script>alert(1)</script>",
    "<sCrIpT src=//evil.example/x.js></ScRiPt>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<div onclick=\"alert(1)\">\n\nx\n\n</div>",
    "<style>body{display:none}</style>",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "<?php echo 1; ?>",
    "<!DOCTYPE html>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1) \"title\")",
    "[x](<javascript:alert(1)>)",
    "[x]( javascript:alert(1) )",
    "[ref]",
    "[x][ref]",
    "\n[ref]: javascript:alert(1)\n",
    "![logo](https://evil.example/a.png)",
    "![*alt* <b>x</b>](x.png \"t\")",
    "<javascript:alert(1)>",
    "<https://evil.example/>",
    "<me@evil.example>",
    "https://evil.example/",
    "&#x3C;script&#x3E;",
    "&lt;img&gt;",
    "&amp;",
    "&#0;",
    "javascript&colon;alert(1)",
    " onerror=alert(1)",
    "```javascript:alert(1)\n",
    "```x\" onmouseover=\"alert(1)\n",
    "~~~ <script>\n",
    "```\n",
    "    indented code\n",
    "`code <b>`",
    "***",
    "**",
    "*",
    "_",
    "__",
    "~~",
    "~",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "* ",
    "1. ",
    "3) ",
    "4294967295. ",
    "# ",
    "###### ",
    "---\n",
    "===\n",
    "| a | b |\n|---|---|\n",
    "- [ ] task\n",
    "[^1]\n\n[^1]: note\n",
    "$x$",
    "\\",
    "  \n",
    "<br>",
    "<",
    ">",
    "\"",
    "'",
    "word",
];

fn markdown_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec(
            prop_oneof![
                4 => prop::sample::select(MD_PIECES).prop_map(str::to_owned),
                2 => piece(),
            ],
            0..40,
        )
        .prop_map(|v| v.concat()),
        1 => (prop::sample::select(MD_PIECES), 1usize..2_000).prop_map(|(p, n)| p.repeat(n)),
        1 => any::<String>(),
    ]
}

/// The tags pulldown-cmark writes for the Markdown the policies use (CommonMark plus
/// strikethrough), after `to_safe_html` has turned raw HTML into text and dropped links and
/// images: block and inline text formatting, nothing that loads, links or runs.
const ALLOWED_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "ol",
    "ul",
    "li",
    "em",
    "strong",
    "del",
    "hr",
    "br",
];

/// Checks every tag of `html` against the allow-list. Every `<` in the output must open a
/// tag (text is escaped), with only these attributes: `<ol start="N">` and a fenced code
/// block's `<code class="language-...">`, neither of which can load or run anything.
fn check_safe_html(html: &str) -> Result<(), String> {
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let after = &rest[at + 1..];
        let end = after
            .find('>')
            .ok_or_else(|| format!("unclosed `<` at {at}"))?;
        let inner = after[..end].trim_end_matches('/').trim_end();
        let inner = inner.strip_prefix('/').unwrap_or(inner);
        let (name, mut attrs) = inner.split_once(' ').unwrap_or((inner, ""));
        if !ALLOWED_TAGS.contains(&name) {
            return Err(format!("tag <{inner}>"));
        }
        while !attrs.is_empty() {
            let (attr, value_and_rest) = attrs
                .split_once("=\"")
                .ok_or_else(|| format!("attribute without a quoted value in <{inner}>"))?;
            let (value, next) = value_and_rest
                .split_once('"')
                .ok_or_else(|| format!("unterminated attribute in <{inner}>"))?;
            let ok = match (name, attr) {
                ("ol", "start") => !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()),
                // A class name is inert: `language-javascript:alert(1)` styles nothing and
                // runs nothing. Quotes and `<>&` in it are escaped by the writer.
                ("code", "class") => {
                    value.starts_with("language-") && !value.contains(['<', '>', ' '])
                }
                _ => false,
            };
            if !ok {
                return Err(format!("attribute {attr}={value:?} in <{inner}>"));
            }
            attrs = next.trim_start();
        }
        rest = &after[end + 1..];
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn policy_markdown_renders_only_inert_html(md in markdown_text()) {
        let html = markdown::to_safe_html(&md);
        if let Err(problem) = check_safe_html(&html) {
            prop_assert!(false, "{problem}\nin {html:?}\nfrom {md:?}");
        }
        let lower = html.to_ascii_lowercase();
        for active in ["<script", "<img", "<a ", "<iframe", "<svg", "<style", "<input"] {
            prop_assert!(!lower.contains(active), "{active} in {html:?}");
        }
    }

    #[test]
    fn policy_titles_come_from_the_first_line_and_the_rest_is_a_suffix(md in markdown_text()) {
        if let Some(title) = markdown::title(&md) {
            prop_assert!(!title.is_empty() && title == title.trim(), "{title:?}");
            prop_assert!(!title.contains('\n'), "{title:?}");
            let first = md.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
            prop_assert!(first.starts_with("# ") && first.contains(&title), "{md:?}");
        }
        let body = markdown::without_title(&md);
        prop_assert!(md.ends_with(body), "{body:?} is not the end of {md:?}");
    }
}

#[test]
fn pathological_markdown_renders_safely() {
    for md in [
        "a".repeat(200_000),
        "*a".repeat(20_000),
        "**a".repeat(20_000),
        "[".repeat(50_000),
        "[x](".repeat(10_000),
        "![".repeat(20_000),
        "<".repeat(50_000),
        "> ".repeat(5_000) + "deep",
        "- ".repeat(5_000) + "deep",
        "`".repeat(50_000),
        "<script>".repeat(10_000),
        format!("{}x{}", "*".repeat(10_000), "*".repeat(10_000)),
    ] {
        let html = markdown::to_safe_html(&md);
        if let Err(problem) = check_safe_html(&html) {
            panic!("{problem} for {:?}...", &md[..20]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Card readers
// ---------------------------------------------------------------------------------------------

/// Status words worth putting at the end of an answer.
const STATUS_WORDS: &[[u8; 2]] = &[
    [0x90, 0x00],
    [0x6A, 0x81],
    [0x63, 0x00],
    [0x6D, 0x00],
    [0x90, 0x01],
    [0x00, 0x90],
    [0x61, 0x10],
];

/// What the module promises for each answer to GET DATA: a UID of 4, 7, 8 or 10 bytes under
/// `90 00`, or the error its status word names.
fn expected_uid(response: &[u8]) -> Result<Vec<u8>, ReadError> {
    if response.len() < 2 {
        return Err(ReadError::ShortResponse(response.len()));
    }
    let (data, sw) = response.split_at(response.len() - 2);
    match (sw[0], sw[1]) {
        (0x90, 0x00) => match data.len() {
            0 => Err(ReadError::EmptyUid),
            4 | 7 | 8 | 10 => Ok(data.to_vec()),
            n => Err(ReadError::BadUidLength(n)),
        },
        (0x6A, 0x81) => Err(ReadError::NotSupported),
        (0x63, 0x00) => Err(ReadError::Failed),
        (a, b) => Err(ReadError::Refused(u16::from_be_bytes([a, b]))),
    }
}

/// PC/SC part 3 storage-card ATR up to the card name.
const STORAGE_ATR: [u8; 12] = [
    0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F, 0x0C, 0xA0, 0x00, 0x00, 0x03, 0x06,
];

fn atr() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..40),
        prop::collection::vec(any::<u8>(), 0..12).prop_map(|t| [&STORAGE_ATR[..], &t[..]].concat()),
        (0u8..16, prop::collection::vec(any::<u8>(), 0..12)).prop_map(|(n, t)| [
            &[0x3B, 0x80 | n, 0x80, 0x01][..],
            &t[..]
        ]
        .concat()),
    ]
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn every_reader_answer_is_a_well_formed_uid_or_the_error_its_status_word_names(
        response in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..16),
            (prop::collection::vec(any::<u8>(), 0..12), prop::sample::select(STATUS_WORDS))
                .prop_map(|(mut data, sw)| { data.extend(sw); data }),
        ]
    ) {
        let got = reader::parse_uid_response(&response);
        prop_assert_eq!(
            got.clone().map(|u| u.bytes().to_vec()),
            expected_uid(&response),
            "{:02X?}", response
        );
        if let Ok(uid) = got {
            prop_assert!([4, 7, 8, 10].contains(&uid.bytes().len()));
            let hex = uid.hex();
            prop_assert_eq!(&uid.to_string(), &hex);
            prop_assert!(uid.masked().ends_with(&hex[hex.len() - 4..]));
            prop_assert_eq!(uid.masked().chars().count(), hex.len());
            prop_assert_eq!(Uid::parse_hex(&hex), Ok(uid));
        }
    }

    #[test]
    fn typed_uids_parse_to_a_card_length_or_are_refused(
        text in prop_oneof![
            "[0-9a-fA-F :\\-]{0,32}",
            any::<String>(),
        ]
    ) {
        if let Ok(uid) = Uid::parse_hex(&text) {
            prop_assert!([4, 7, 8, 10].contains(&uid.bytes().len()), "{text:?}");
            prop_assert_eq!(Uid::parse_hex(&uid.hex()), Ok(uid));
        }
    }

    #[test]
    fn any_atr_names_a_card_type_without_panicking(atr in atr()) {
        let card = CardType::from_atr(&atr);
        prop_assert_eq!(CardType::parse(card.as_str()), card);
        if atr.first() != Some(&0x3B) {
            prop_assert_eq!(card, CardType::Unknown);
        }
    }
}

/// Found by the property above: a 4-byte ATR that starts like an ISO 14443-4 one (cut off
/// before its check byte) made `from_atr` slice `atr[4..3]` and panic the reader thread.
#[test]
fn a_cut_off_iso_14443_4_atr_is_an_unknown_card() {
    assert_eq!(
        CardType::from_atr(&[0x3B, 0x80, 0x80, 0x01]),
        CardType::Unknown
    );
    assert_eq!(
        CardType::from_atr(&[0x3B, 0x81, 0x80, 0x01, 0x80, 0x80]),
        CardType::Desfire
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Wi-Fi QR codes
// ---------------------------------------------------------------------------------------------

/// What makes the `WIFI:` format and the scanners trip.
const SSID_PIECES: &[&str] = &[
    "\\",
    ";",
    ",",
    ":",
    "\"",
    "S:",
    "P:",
    "T:",
    "H:",
    "WIFI:",
    ";;",
    "\\;",
    " ",
    "é",
    "🚀",
    "ゲスト",
    "واي",
    "\u{202E}",
    "\u{200E}",
    "\u{200F}",
    "\u{2066}",
    "\u{061C}",
    "\u{FEFF}",
    "\u{200B}",
    "\0",
    "\t",
    "\n",
    "\u{7f}",
    "\u{85}",
    "Lobby",
    "Guest",
    "a",
    "x",
];

fn ssid() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(SSID_PIECES).prop_map(str::to_owned),
                1 => piece(),
            ],
            0..10,
        )
        .prop_map(|v| v.concat()),
        2 => "[ -~]{0,36}",
        1 => any::<String>(),
    ]
}

fn wifi_password() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[ -~]{0,70}",
        2 => prop::collection::vec(prop::sample::select(SSID_PIECES), 0..24)
            .prop_map(|v| v.concat()),
        1 => Just(String::new()),
        1 => visitor_text(),
    ]
}

fn security() -> impl Strategy<Value = Security> {
    prop::sample::select(vec![
        Security::Wpa2,
        Security::Wpa3Sae,
        Security::Open,
        Security::Enterprise,
    ])
}

fn is_qr_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn a_network_is_refused_or_its_qr_text_reads_back_exactly(
        ssid in ssid(),
        password in wifi_password(),
        security in security(),
        hidden in any::<bool>(),
    ) {
        let got = qr::payload(&ssid, &password, security, hidden);
        // Refusals are the checks' own, in order: the SSID first, then the password.
        let expected = if security == Security::Enterprise {
            Err(QrError::Identity)
        } else {
            qr::check_ssid(&ssid).and_then(|()| qr::check_password(&password, security))
        };
        prop_assert_eq!(got.clone().map(|_| ()), expected);
        if qr::check_ssid(&ssid).is_ok() {
            prop_assert!((1..=qr::SSID_MAX_BYTES).contains(&ssid.len()));
            prop_assert!(
                !ssid.chars().any(|c| c.is_control()
                    || c == '\\'
                    || c == '\u{FEFF}'
                    || is_qr_direction_control(c)),
                "{ssid:?}"
            );
        }
        if security != Security::Open && qr::check_password(&password, security).is_ok() {
            prop_assert!((8..=63).contains(&password.len()));
            prop_assert!(password.bytes().all(|b| (0x20..=0x7e).contains(&b)));
            prop_assert!(!password.ends_with('\\'));
        }
        if let Ok(text) = got {
            let (s, p, t, h) = qr::parse(&text).expect("the reference parser reads it");
            prop_assert_eq!(&s, &ssid, "{}", text);
            let expected_password = (security != Security::Open).then(|| password.clone());
            prop_assert_eq!(&p, &expected_password, "{}", text);
            prop_assert_eq!(t.as_str(), security.as_str());
            prop_assert_eq!(h, hidden);
            let svg = qr::svg(&text);
            prop_assert!(svg.as_ref().is_ok_and(|s| s.starts_with("<svg ")), "{:?}", svg);
        }
    }

    #[test]
    fn an_enterprise_login_is_refused_or_reads_back_exactly(
        ssid in ssid(),
        identity in prop_oneof![3 => "[!-~]{0,12}", 1 => nasty(4)],
        password in wifi_password(),
        hidden in any::<bool>(),
    ) {
        match qr::enterprise_payload(&ssid, &identity, &password, hidden) {
            Ok(text) => {
                let (s, p, t, h) = qr::parse(&text).expect("the reference parser reads it");
                prop_assert_eq!(&s, &ssid, "{}", text);
                prop_assert_eq!(p.as_deref(), Some(password.as_str()), "{}", text);
                prop_assert_eq!(t.as_str(), "WPA2-EAP");
                prop_assert_eq!(h, hidden);
                prop_assert!(qr::svg(&text).is_ok());
            }
            Err(e) => prop_assert!(matches!(
                e,
                QrError::SsidEmpty
                    | QrError::SsidTooLong
                    | QrError::SsidCharacters
                    | QrError::PasswordLength
                    | QrError::PasswordCharacters
                    | QrError::Identity
            ), "{e:?}"),
        }
    }

    #[test]
    fn escaped_values_read_back_exactly_in_any_field(value in prop_oneof![
        2 => ssid(),
        1 => wifi_password(),
        1 => any::<String>(),
    ]) {
        let escaped = qr::escape(&value);
        let as_ssid = qr::parse(&format!("WIFI:S:{escaped};;"));
        let as_password = qr::parse(&format!("WIFI:T:WPA;S:net;P:{escaped};;"));
        if value.is_empty() {
            prop_assert_eq!(as_ssid, None);
        } else {
            prop_assert_eq!(
                as_ssid,
                Some((value.clone(), None, "nopass".to_owned(), false))
            );
            prop_assert_eq!(
                as_password,
                Some(("net".to_owned(), Some(value), "WPA".to_owned(), false))
            );
        }
    }
}

proptest! {
    // A PNG takes milliseconds to encode in a debug build.
    #![proptest_config(cases(32))]

    #[test]
    fn every_accepted_network_draws_as_a_square_png(
        (text, module_px) in (ssid(), wifi_password(), security(), any::<bool>(), 1u32..=6)
            .prop_filter_map("refused network", |(ssid, password, security, hidden, px)| {
                let password = if security == Security::Open { String::new() } else { password };
                qr::payload(&ssid, &password, security, hidden).ok().map(|t| (t, px))
            })
    ) {
        let bytes = qr::png(&text, module_px).unwrap();
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png).unwrap();
        prop_assert_eq!(image.width(), image.height());
        prop_assert_eq!(image.width() % module_px, 0);
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Member CSV import
// ---------------------------------------------------------------------------------------------

/// Every member row as stored, the list's revision and the audit length: what a refused
/// import must leave exactly as it was.
type MemberRow = (String, String, Option<String>, Option<String>, i64, String);

#[derive(Debug, PartialEq)]
struct MemberState {
    rows: Vec<MemberRow>,
    revision: Option<String>,
    audit: i64,
}

async fn member_state(store: &Store) -> MemberState {
    let rows = sqlx::query_as::<_, MemberRow>(
        "SELECT id, name, email, team, active, updated_at FROM members ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    let revision = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'members_rev'")
        .fetch_optional(store.pool())
        .await
        .unwrap();
    MemberState {
        rows,
        revision,
        audit: count(store, "audit_log").await,
    }
}

fn csv_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "M-10[0-9]{2}",
        4 => nasty(5),
        1 => Just(String::new()),
        1 => prop::sample::select(vec!["yes", "no", "1", "0", "maybe", "ACTIVE", " y "])
            .prop_map(str::to_owned),
        1 => nasty(5).prop_map(|s| format!("\"{}\"", s.replace('"', "\"\""))),
        1 => nasty(3).prop_map(|s| format!("\"{s}")),
        1 => (piece(), 1usize..2_000).prop_map(|(p, n)| p.repeat(n)),
    ]
}

/// A header the importer understands: `id` and `name`, some optional columns, an unknown
/// one, in any order and case.
fn good_header() -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(vec!["email", "team", "active", "notes"], 0..=4)
        .prop_map(|mut columns| {
            columns.extend(["id", "name"]);
            columns
        })
        .prop_shuffle()
        .prop_flat_map(|columns| {
            let n = columns.len();
            (
                Just(columns),
                prop::collection::vec(prop::sample::select(vec![0u8, 0, 0, 1, 2]), n),
            )
        })
        .prop_map(|(columns, styles)| {
            columns
                .iter()
                .zip(styles)
                .map(|(c, style)| match style {
                    0 => c.to_string(),
                    1 => c.to_uppercase(),
                    _ => format!(" {c} "),
                })
                .collect()
        })
}

/// A row with sensible values for `header`'s columns.
fn good_row(header: Vec<String>) -> impl Strategy<Value = Vec<String>> {
    (
        "M-[0-9]{4}",
        plain_name(),
        prop_oneof![Just(String::new()), "[a-z]{1,6}@example\\.org"],
        prop_oneof![Just(String::new()), "[A-Z][a-z]{2,8}"],
        prop::sample::select(vec!["", "yes", "no", "1", "0", "active", "inactive"]),
    )
        .prop_map(move |(id, name, email, team, active)| {
            header
                .iter()
                .map(|h| match h.trim().to_lowercase().as_str() {
                    "id" => id.clone(),
                    "name" => name.clone(),
                    "email" => email.clone(),
                    "team" => team.clone(),
                    "active" => active.to_owned(),
                    _ => "note".to_owned(),
                })
                .collect()
        })
}

fn csv_text() -> impl Strategy<Value = Vec<u8>> {
    let file = prop_oneof![
        3 => good_header(),
        1 => prop::collection::vec(csv_cell(), 0..6),
    ]
    .prop_flat_map(|header| {
        let width = header.len();
        let row = prop_oneof![
            3 => good_row(header.clone()).boxed(),
            1 => prop::collection::vec(csv_cell(), 0..width + 2).boxed(),
        ];
        (
            Just(header),
            prop::collection::vec(row, 0..5),
            prop::sample::select(vec!["\n", "\r\n", "\r"]),
            any::<bool>(),
        )
    })
    .prop_map(|(header, rows, newline, bom)| {
        let mut text = if bom {
            "\u{FEFF}".to_owned()
        } else {
            String::new()
        };
        text.push_str(&header.join(","));
        for row in rows {
            text.push_str(newline);
            text.push_str(&row.join(","));
        }
        text.into_bytes()
    })
    .boxed();
    prop_oneof![
        6 => file.clone().boxed(),
        1 => prop::collection::vec(any::<u8>(), 0..300).boxed(),
        1 => (file, any::<Index>(), prop::collection::vec(any::<u8>(), 1..4))
            .prop_map(|(mut bytes, at, junk)| {
                let k = at.index(bytes.len() + 1);
                bytes.splice(k..k, junk);
                bytes
            })
            .boxed(),
    ]
}

#[test]
fn a_member_file_is_imported_whole_or_refused_leaving_every_member_row_unchanged() {
    let rt = runtime();
    let (_dir, store, _) = rt.block_on(site());
    let (accepted, refused) = (AtomicUsize::new(0), AtomicUsize::new(0));
    check(256, csv_text(), |csv| {
        rt.block_on(async {
            let before = member_state(&store).await;
            let result = members::import_csv(&store, friday_morning(), &csv).await;
            let after = member_state(&store).await;
            match result {
                Err(Error::ImportRejected { rows }) => {
                    refused.fetch_add(1, Ordering::Relaxed);
                    prop_assert_eq!(&after, &before, "a refused import changed the members");
                    prop_assert!(!rows.is_empty(), "a refusal names at least one line");
                    for (line, problem) in &rows {
                        prop_assert!(*line >= 1);
                        prop_assert!(problem.code != ErrorCode::Internal, "{problem:?}");
                        prop_assert!(FIELD_CODES.contains(&problem.code), "{problem:?}");
                    }
                }
                Err(e) => prop_assert!(false, "not a specific refusal: {e:?} ({:?})", e.code()),
                Ok(n) => {
                    accepted.fetch_add(1, Ordering::Relaxed);
                    prop_assert_eq!(after.audit, before.audit + 1, "an import is audited once");
                    prop_assert!(n <= after.rows.len());
                    for (id, name, email, team, _, _) in &after.rows {
                        prop_assert!(is_clean(name), "name {name:?}");
                        prop_assert!(is_clean(id) && id.is_ascii(), "id {id:?}");
                        for value in [email, team].into_iter().flatten() {
                            prop_assert!(is_clean(value), "{value:?}");
                        }
                    }
                }
            }
            Ok::<(), TestCaseError>(())
        })
    });
    let (accepted, refused) = (accepted.into_inner(), refused.into_inner());
    eprintln!("member files: {accepted} accepted, {refused} refused");
    assert!(accepted > 0 && refused > 0, "both outcomes are exercised");
}

/// Spreadsheets save "CSV UTF-8" with a byte-order mark and `\r\n` line ends.
#[tokio::test]
async fn a_member_file_saved_by_a_spreadsheet_is_imported() {
    let (_dir, store, _) = site().await;
    let csv = "\u{FEFF}id,name,email\r\nM-2001,Ana Lima,ana@example.org\r\nM-2002,Bo Berg,\r\n";
    let n = members::import_csv(&store, friday_morning(), csv.as_bytes()).await;
    assert_eq!(n.map_err(|e| e.payload()).ok(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// 6. What visitors type
// ---------------------------------------------------------------------------------------------

/// Nothing a person can see: spaces and zero-width characters only (counted as not typed).
fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{180E}')
    })
}

fn is_field_error(e: &Error, field: &str) -> bool {
    FIELD_CODES.contains(&e.code()) && e.payload().args.get("field").is_some_and(|f| f == field)
}

proptest! {
    #![proptest_config(cases(512))]

    #[test]
    fn a_typed_field_is_kept_trimmed_or_refused_with_a_field_error(
        value in prop::option::of(visitor_text()),
        rule in field_rule(),
        max in 1usize..300,
    ) {
        match text::field("company", value.as_deref(), max, rule) {
            Ok(None) => prop_assert!(
                rule == FieldRule::Off
                    || (rule == FieldRule::Optional && is_blank(value.as_deref().unwrap_or("")))
            ),
            Ok(Some(kept)) => {
                prop_assert!(rule != FieldRule::Off);
                prop_assert_eq!(Some(kept.as_str()), value.as_deref().map(str::trim));
                prop_assert!(is_clean(&kept), "{kept:?}");
                prop_assert!(kept.chars().count() <= max);
            }
            Err(e) => prop_assert!(
                matches!(e.code(), ErrorCode::FieldRequired
                    | ErrorCode::FieldTooLong
                    | ErrorCode::FieldInvalidCharacters)
                    && is_field_error(&e, "company"),
                "{e:?}"
            ),
        }
    }

    #[test]
    fn a_name_is_kept_trimmed_or_refused_with_a_field_error(
        value in prop_oneof![plain_name(), visitor_text()],
    ) {
        match text::name("name", &value) {
            Ok(kept) => {
                prop_assert_eq!(kept.as_str(), value.trim());
                prop_assert!(is_clean(&kept) && kept.chars().count() <= text::NAME_MAX);
            }
            Err(e) => prop_assert!(is_field_error(&e, "name"), "{e:?}"),
        }
    }

    #[test]
    fn an_email_is_one_address_or_refused_with_a_field_error(
        value in prop::option::of(prop_oneof![
            "[a-z.+]{1,8}@[a-z]{1,8}(\\.[a-z]{2,3}){0,2}",
            visitor_text(),
        ]),
        rule in field_rule(),
    ) {
        match text::email("email", value.as_deref(), rule) {
            Ok(None) => prop_assert!(rule != FieldRule::Required),
            Ok(Some(kept)) => {
                prop_assert!(is_clean(&kept) && kept.chars().count() <= text::EMAIL_MAX);
                let (local, domain) = kept.split_once('@').unwrap();
                prop_assert!(!local.is_empty() && !domain.contains('@'), "{kept:?}");
                prop_assert!(domain.contains('.') && !domain.ends_with('.'), "{kept:?}");
                prop_assert!(!kept.chars().any(char::is_whitespace), "{kept:?}");
            }
            Err(e) => prop_assert!(is_field_error(&e, "email"), "{e:?}"),
        }
    }

    #[test]
    fn a_phone_number_is_digits_and_punctuation_or_refused_with_a_field_error(
        value in prop::option::of(prop_oneof!["\\+?[0-9 ()/.\\-]{0,36}", visitor_text()]),
        rule in field_rule(),
    ) {
        match text::phone("phone", value.as_deref(), rule) {
            Ok(None) => prop_assert!(rule != FieldRule::Required),
            Ok(Some(kept)) => {
                prop_assert!(is_clean(&kept) && kept.chars().count() <= text::PHONE_MAX);
                prop_assert!(kept.chars().filter(char::is_ascii_digit).count() >= 5);
                prop_assert!(kept.chars().all(|c| c.is_ascii_digit() || " +-()/.".contains(c)));
            }
            Err(e) => prop_assert!(is_field_error(&e, "phone"), "{e:?}"),
        }
    }
}

/// A check-in form with anything in the typed fields.
#[derive(Debug, Clone)]
struct Form {
    kind: VisitKind,
    name: String,
    company: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    purpose: Option<String>,
    host_id: Option<String>,
    lead_consent: bool,
    language: String,
}

impl Form {
    fn request(&self) -> CheckInRequest {
        CheckInRequest {
            kind: Some(self.kind),
            name: self.name.clone(),
            company: self.company.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            purpose: self.purpose.clone(),
            host_id: self.host_id.clone(),
            guide_id: Some(1),
            host_unknown: false,
            privacy_accepted: true,
            off_limits_acknowledged: true,
            lead_consent: self.lead_consent,
            language: self.language.clone(),
            code_of_conduct: None,
            invitation: None,
            remember_me: false,
            returning: None,
        }
    }

    /// The first field the form refuses, in the order of the form, by the rules of `text`.
    fn first_field_error(&self, config: &Config) -> Option<Error> {
        let t = config.visits.get(self.kind).unwrap();
        let company = self.company.as_deref();
        let purpose = self.purpose.as_deref();
        // A delivery may leave the name out; then the company stands in for it.
        let left_out = t.name == FieldRule::Optional && self.name.trim().is_empty();
        let no_company = matches!(
            text::field("company", company, text::COMPANY_MAX, t.company),
            Ok(None)
        );
        (if left_out {
            None
        } else {
            text::name("name", &self.name).err()
        })
        .or_else(|| text::field("company", company, text::COMPANY_MAX, t.company).err())
        .or_else(|| {
            (left_out && no_company)
                .then(|| text::name("name", "").err())
                .flatten()
        })
        .or_else(|| text::email("email", self.email.as_deref(), t.email).err())
        .or_else(|| text::phone("phone", self.phone.as_deref(), t.phone).err())
        .or_else(|| text::field("purpose", purpose, text::PURPOSE_MAX, t.purpose).err())
    }
}

fn form() -> impl Strategy<Value = Form> {
    (
        prop::sample::select(VisitKind::ALL.to_vec()),
        prop_oneof![3 => plain_name(), 4 => visitor_text()],
        prop::option::of(prop_oneof!["[A-Z][a-z]{2,9}", visitor_text()]),
        prop::option::of(prop_oneof!["[a-z]{1,8}@[a-z]{1,8}\\.org", visitor_text()]),
        prop::option::of(prop_oneof!["\\+?[0-9][0-9 ()/.\\-]{5,20}", visitor_text()]),
        prop::option::of(prop_oneof!["[A-Z][a-z ]{2,30}", visitor_text()]),
        prop_oneof![
            3 => Just(Some("M-1001".to_owned())),
            1 => Just(None),
            1 => prop::option::of(visitor_text()),
        ],
        any::<bool>(),
        prop_oneof![Just("de".to_owned()), Just("ar".to_owned()), visitor_text()],
    )
        .prop_map(
            |(kind, name, company, email, phone, purpose, host_id, lead_consent, language)| Form {
                kind,
                name,
                company,
                email,
                phone,
                purpose,
                host_id,
                lead_consent,
                language,
            },
        )
}

#[test]
fn a_check_in_form_is_accepted_clean_or_refused_by_field_saving_nothing() {
    let rt = runtime();
    let config = Config::parse(NO_CODE_OF_CONDUCT, None).unwrap();
    let (_dir, store, config) = rt.block_on(site_with(config));
    let (accepted, refused) = (AtomicUsize::new(0), AtomicUsize::new(0));
    check(256, form(), |form| {
        rt.block_on(async {
            let (visits_before, audit_before) = (
                count(&store, "visits").await,
                count(&store, "audit_log").await,
            );
            let result = visits::check_in(&store, friday_morning(), &config, &form.request()).await;
            let (visits_after, audit_after) = (
                count(&store, "visits").await,
                count(&store, "audit_log").await,
            );
            if let Err(e) = &result {
                refused.fetch_add(1, Ordering::Relaxed);
                prop_assert!(e.code() != ErrorCode::Internal, "{e:?}");
                prop_assert_eq!(visits_after, visits_before, "a refused form saved a visit");
                prop_assert_eq!(audit_after, audit_before, "a refused form was audited");
            }
            match (&result, form.first_field_error(&config)) {
                (Err(e), Some(expected)) => {
                    prop_assert_eq!(e.payload(), expected.payload(), "refused by the wrong rule");
                }
                (Ok(_), Some(expected)) => {
                    prop_assert!(false, "accepted, though {expected:?}");
                }
                (Err(e), None) => {
                    // The typed fields are fine: only the host can be wrong.
                    let host_ok = form.host_id.as_deref() == Some("M-1001");
                    prop_assert!(
                        !host_ok && matches!(e, Error::HostUnknown | Error::HostRequired),
                        "{e:?}"
                    );
                }
                (Ok(welcome), None) => {
                    accepted.fetch_add(1, Ordering::Relaxed);
                    prop_assert_eq!(visits_after, visits_before + 1);
                    prop_assert!(audit_after > audit_before);
                    let row: (
                        String,
                        Option<String>,
                        Option<String>,
                        Option<String>,
                        Option<String>,
                    ) = sqlx::query_as(
                        "SELECT name, company, email, phone, purpose FROM visits WHERE id = ?",
                    )
                    .bind(welcome.visit_id)
                    .fetch_one(store.pool())
                    .await
                    .unwrap();
                    if form.kind == VisitKind::Delivery && form.name.trim().is_empty() {
                        // A delivery's company stands in for the name left out.
                        prop_assert_eq!(Some(&row.0), row.1.as_ref());
                    } else {
                        prop_assert_eq!(row.0.as_str(), form.name.trim());
                    }
                    for value in [&row.0]
                        .into_iter()
                        .chain([&row.1, &row.2, &row.3, &row.4].into_iter().flatten())
                    {
                        prop_assert!(is_clean(value), "stored {value:?}");
                    }
                    prop_assert!(!welcome.first_name.chars().any(is_forbidden));
                }
            }
            Ok::<(), TestCaseError>(())
        })
    });
    let (accepted, refused) = (accepted.into_inner(), refused.into_inner());
    eprintln!("check-in forms: {accepted} accepted, {refused} refused");
    assert!(accepted > 0 && refused > 0, "both outcomes are exercised");
}

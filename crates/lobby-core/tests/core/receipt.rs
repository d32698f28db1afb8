//! Receipt PDFs in Latin, Arabic and Chinese, checked with poppler's pdftotext and pdfimages.
//!
//! Needs the Noto fonts (Debian: fonts-noto-core, fonts-noto-cjk) and poppler-utils.
//! Set RECEIPT_SAMPLES_DIR to keep a copy of each PDF there.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use lobby_core::policies::receipt::{render, Fonts, Labels, Receipt, ReceiptError};
use unicode_normalization::UnicodeNormalization;

const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const SIG_W: u32 = 480;
const SIG_H: u32 = 160;

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::from_system().unwrap())
}

/// A grayscale 8-bit PNG with a dark squiggle on white, like the kiosk's signature pad.
fn signature_png() -> Vec<u8> {
    let mut pixels = vec![255u8; (SIG_W * SIG_H) as usize];
    for x in 20..SIG_W - 20 {
        let t = x as f32 / 38.0;
        let y =
            (SIG_H as f32 / 2.0 + (t.sin() * 45.0) * (1.0 - x as f32 / SIG_W as f32 * 0.6)) as u32;
        for dy in 0..4 {
            for dx in 0..2 {
                let (px, py) = (x + dx, y + dy);
                if px < SIG_W && py < SIG_H {
                    pixels[(py * SIG_W + px) as usize] = 20;
                }
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, SIG_W, SIG_H);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&pixels).unwrap();
    }
    out
}

fn receipt<'a>(
    title: &'a str,
    lang: &'a str,
    signer: &'a str,
    kind: &'a str,
    png: &'a [u8],
) -> Receipt<'a> {
    Receipt {
        acceptance_id: 4711,
        policy_title: title,
        policy_id: "code-of-conduct",
        version: 12,
        text_lang: lang,
        text_hash: HASH,
        signer,
        signer_kind: kind,
        accepted_at: "2026-11-27 14:03 (Europe/Berlin)",
        kiosk: "kiosk-entrance-1",
        site: "Lobby Coworking — Berlin Mitte",
        signature_png: png,
    }
}

const FR: Labels<'static> = Labels {
    heading: "Reçu d’acceptation",
    policy: "Règlement",
    version: "Version",
    language: "Langue",
    text_hash: "Empreinte du texte (SHA-256)",
    signer: "Signataire",
    accepted_at: "Accepté le",
    kiosk: "Borne",
    signature: "Signature",
    footer: "Ce reçu atteste que le texte identifié par son empreinte a été accepté à la date indiquée. Conservez-le comme preuve.",
};

const AR: Labels<'static> = Labels {
    heading: "إيصال القبول",
    policy: "السياسة",
    version: "الإصدار",
    language: "اللغة",
    text_hash: "بصمة النص (SHA-256)",
    signer: "الموقّع",
    accepted_at: "تاريخ القبول",
    kiosk: "الكشك",
    signature: "التوقيع",
    footer: "يثبت هذا الإيصال أن النص المحدد ببصمته قد تم قبوله في التاريخ المذكور. احتفظ به كدليل.",
};

const ZH: Labels<'static> = Labels {
    heading: "接受回执",
    policy: "政策",
    version: "版本",
    language: "语言",
    text_hash: "文本指纹（SHA-256）",
    signer: "签署人",
    accepted_at: "接受时间",
    kiosk: "自助终端",
    signature: "签名",
    footer: "本回执证明由上述指纹标识的文本已于所示时间被接受。请妥善保存。",
};

struct Rendered {
    _dir: tempfile::TempDir,
    pdf: std::path::PathBuf,
    size: usize,
}

fn render_to_file(name: &str, r: &Receipt<'_>, labels: &Labels<'_>, rtl: bool) -> Rendered {
    let bytes = render(r, labels, rtl, fonts()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join(format!("{name}.pdf"));
    std::fs::write(&pdf, &bytes).unwrap();
    if let Ok(samples) = std::env::var("RECEIPT_SAMPLES_DIR") {
        std::fs::create_dir_all(&samples).unwrap();
        std::fs::write(Path::new(&samples).join(format!("{name}.pdf")), &bytes).unwrap();
    }
    Rendered {
        _dir: dir,
        pdf,
        size: bytes.len(),
    }
}

pub(crate) fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} (install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Checks shared by all receipts: id, version, full hash on one line, one embedded image of the
/// signature's pixel size, and a small file.
fn check_common(r: &Rendered, text: &str) {
    assert!(
        text.contains("code-of-conduct"),
        "policy id missing:\n{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().any(|w| w == "12")),
        "version missing:\n{text}"
    );
    assert!(
        text.lines().any(|l| l.contains(HASH)),
        "full hash not on one line:\n{text}"
    );
    let images = poppler("pdfimages", &["-list"], &r.pdf);
    let rows: Vec<Vec<&str>> = images
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 1, "expected one image:\n{images}");
    // page num type width height color ...
    assert_eq!(rows[0][2], "image");
    assert_eq!(rows[0][3], SIG_W.to_string());
    assert_eq!(rows[0][4], SIG_H.to_string());
    assert_eq!(rows[0][5], "gray");
    assert!(r.size < 300 * 1024, "receipt is {} bytes", r.size);
}

#[test]
fn french_receipt_latin_signer() {
    let png = signature_png();
    let r = receipt(
        "Code de conduite",
        "fr",
        "Zoë Martin-Lefèvre",
        "Visiteuse",
        &png,
    );
    let out = render_to_file("receipt-fr", &r, &FR, false);
    let text = poppler("pdftotext", &["-layout"], &out.pdf);
    assert!(
        text.contains("Zoë Martin-Lefèvre"),
        "signer missing:\n{text}"
    );
    assert!(
        text.contains("Reçu d’acceptation"),
        "heading missing:\n{text}"
    );
    assert!(
        text.contains("Empreinte du texte (SHA-256)"),
        "label missing:\n{text}"
    );
    check_common(&out, &text);
}

/// pdftotext's text with what varies between poppler's modes removed: `-layout` wraps
/// right-to-left lines in bidi embedding controls (U+202A..U+202E) and `-raw` does not; NFKC
/// folds Arabic presentation forms (U+FB50..U+FEFF), should a glyph map to one.
pub(crate) fn plain_text(tool_args: &[&str], pdf: &Path) -> String {
    poppler("pdftotext", tool_args, pdf)
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .nfkc()
        .collect()
}

/// Whether `text` has a whitespace-separated word made of exactly the letters of `word`.
///
/// What poppler (22.x, Debian 12) gives for shaped Arabic: words in logical order with
/// `-layout` (visual word order with `-raw`), each glyph mapped back to its base letters, but
/// the letters of one ligature glyph come out reversed (لا → ال, لى → ىل) and a letter with
/// a shadda may move and even split the word ("الموقّع" → "الموّق ع"). So the letters of each word are robust, their order inside a word is not.
pub(crate) fn has_word_letters(text: &str, word: &str) -> bool {
    let key = |w: &str| {
        let mut v: Vec<char> = w.chars().filter(|c| c.is_alphanumeric()).collect();
        v.sort_unstable();
        v
    };
    let want = key(word);
    text.split_whitespace().any(|w| key(w) == want)
}

#[test]
fn arabic_receipt_rtl_arabic_signer() {
    let png = signature_png();
    let r = receipt("مدونة السلوك", "ar", "ليلى حداد", "زائر", &png);
    let out = render_to_file("receipt-ar", &r, &AR, true);
    let text = plain_text(&["-layout"], &out.pdf);
    check_common(&out, &text);
    for word in ["ليلى", "حداد", "مدونة", "السلوك", "إيصال", "القبول", "زائر"]
    {
        assert!(has_word_letters(&text, word), "{word} missing:\n{text}");
    }
    // Words without ligatures come out verbatim, in logical order.
    assert!(
        text.contains("مدونة السلوك"),
        "title not in logical order:\n{text}"
    );
    // Mixed direction on one page: a Latin value in an Arabic receipt stays in reading order.
    assert!(text.contains("kiosk-entrance-1"), "kiosk missing:\n{text}");
}

#[test]
fn arabic_receipt_latin_signer_and_vice_versa() {
    let png = signature_png();
    let r = receipt("مدونة السلوك", "ar", "Zoë Martin-Lefèvre", "زائر", &png);
    let out = render_to_file("receipt-ar-latin-signer", &r, &AR, true);
    let text = plain_text(&["-layout"], &out.pdf);
    assert!(
        text.contains("Zoë Martin-Lefèvre"),
        "signer missing:\n{text}"
    );
    check_common(&out, &text);

    let r = receipt("Code of Conduct", "en", "ليلى حداد", "Visitor", &png);
    let out = render_to_file("receipt-fr-arabic-signer", &r, &FR, false);
    let text = plain_text(&["-layout"], &out.pdf);
    assert!(
        has_word_letters(&text, "ليلى") && has_word_letters(&text, "حداد"),
        "signer missing:\n{text}"
    );
    check_common(&out, &text);
}

#[test]
fn chinese_receipt_chinese_signer() {
    let png = signature_png();
    let r = receipt("行为准则", "zh-Hans", "王小明", "访客", &png);
    let out = render_to_file("receipt-zh", &r, &ZH, false);
    let text = poppler("pdftotext", &["-layout"], &out.pdf);
    assert!(text.contains("王小明"), "signer missing:\n{text}");
    assert!(text.contains("行为准则"), "title missing:\n{text}");
    assert!(text.contains("接受回执"), "heading missing:\n{text}");
    check_common(&out, &text);
}

#[test]
fn long_values_wrap_and_stay_on_page() {
    let png = signature_png();
    let long = "Zoë Martin-Lefèvre de la Tour d’Auvergne et de Saint-Exupéry-sur-Loire ".repeat(3);
    let title = "行为准则".repeat(30);
    let r = receipt(&title, "zh", long.trim(), "Visiteuse", &png);
    let out = render_to_file("receipt-long", &r, &FR, false);
    let text = poppler("pdftotext", &["-layout"], &out.pdf);
    assert!(text.contains("Saint-Exupéry-sur-Loire"), "{text}");
    check_common(&out, &text);
}

#[test]
fn bad_signature_is_an_error_not_a_panic() {
    let r = receipt("Code", "en", "A", "B", b"not a png");
    assert!(matches!(
        render(&r, &FR, false, fonts()),
        Err(ReceiptError::Signature(_))
    ));
    let truncated = &signature_png()[..60];
    let r = receipt("Code", "en", "A", "B", truncated);
    assert!(render(&r, &FR, false, fonts()).is_err());
}

#[test]
fn missing_cjk_face_is_reported() {
    let latin = std::fs::read("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf").unwrap();
    let err = Fonts::from_bytes(
        latin.clone(),
        latin.clone(),
        latin.clone(),
        b"junk".to_vec(),
    );
    assert!(matches!(err, Err(ReceiptError::InvalidFont { .. })));
}

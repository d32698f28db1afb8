//! PDF receipts of policy acceptances: what the signer and the space keep as proof.
//!
//! The receipt is one A4 page: heading, site, `label: value` rows, the signature image and a
//! small footer. Text may be Latin, Arabic or Simplified Chinese in any mix: each line is run
//! through the Unicode bidi algorithm, split into runs by the font that covers the characters
//! (Noto Sans → Noto Sans Arabic → Noto Sans CJK SC), shaped with rustybuzz and drawn with
//! krilla, which subsets the fonts it embeds.
//!
//! Fonts are not bundled: [`Fonts::from_system`] loads the Noto fonts of Debian's
//! `fonts-noto-core` and `fonts-noto-cjk` packages (or their equivalents elsewhere on Linux).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size};
use krilla::image::Image;
use krilla::metadata::{Metadata, TextDirection as DocDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use rustybuzz::ttf_parser;
use unicode_bidi::{BidiClass, BidiInfo, Level};
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

/// What can go wrong building fonts or rendering a receipt.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    /// A font file needed for receipts was not found on this system.
    #[error("font {font} not found (tried: {tried}); install {package}")]
    MissingFont {
        /// Which font, e.g. "Noto Sans Regular".
        font: &'static str,
        /// The paths that were tried, comma-separated.
        tried: String,
        /// The Debian package that provides it.
        package: &'static str,
    },
    /// A font file could be read but is not a usable font (or lacks the expected face).
    #[error("font {font} is unusable: {reason}")]
    InvalidFont {
        /// Which font.
        font: String,
        /// Why it was rejected.
        reason: String,
    },
    /// The signature image is not a PNG that can be embedded.
    #[error("signature image is not a usable PNG: {0}")]
    Signature(String),
    /// Building the PDF failed.
    #[error("could not render receipt PDF: {0}")]
    Render(String),
}

/// One acceptance, as printed on the receipt.
pub struct Receipt<'a> {
    pub acceptance_id: i64,
    /// In the language of the signed text, any script (e.g. "行为准则", "مدونة السلوك").
    pub policy_title: &'a str,
    /// e.g. "code-of-conduct".
    pub policy_id: &'a str,
    pub version: i64,
    /// BCP-47 tag of the signed text, e.g. "fr".
    pub text_lang: &'a str,
    /// 64 lowercase hex chars, SHA-256 of the signed text.
    pub text_hash: &'a str,
    /// Typed name, any script.
    pub signer: &'a str,
    /// Already-translated phrase, e.g. "Visitor" / "Member".
    pub signer_kind: &'a str,
    /// Already formatted date-time string, e.g. "2026-11-27 14:03 (Europe/Berlin)".
    pub accepted_at: &'a str,
    /// Kiosk id/name.
    pub kiosk: &'a str,
    /// Site name.
    pub site: &'a str,
    /// Grayscale PNG (8-bit Luma), white background, dark ink; a few hundred px wide.
    pub signature_png: &'a [u8],
}

/// Labels, already translated by the caller (Fluent), in the receipt's language.
pub struct Labels<'a> {
    pub heading: &'a str,
    pub policy: &'a str,
    pub version: &'a str,
    pub language: &'a str,
    pub text_hash: &'a str,
    pub signer: &'a str,
    pub accepted_at: &'a str,
    pub kiosk: &'a str,
    pub signature: &'a str,
    pub footer: &'a str,
}

// ---------------------------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------------------------

/// One face of a font file (a collection holds several), loaded for both shaping and PDF output.
#[derive(Clone)]
struct Face {
    data: Arc<Vec<u8>>,
    index: u32,
    pdf: Font,
}

impl Face {
    fn new(name: &str, data: Arc<Vec<u8>>, index: u32) -> Result<Self, ReceiptError> {
        if rustybuzz::Face::from_slice(&data, index).is_none() {
            return Err(ReceiptError::InvalidFont {
                font: name.to_owned(),
                reason: format!("face {index} cannot be parsed"),
            });
        }
        let pdf = Font::new(krilla::Data::from(data.clone()), index).ok_or_else(|| {
            ReceiptError::InvalidFont {
                font: name.to_owned(),
                reason: format!("face {index} cannot be loaded for PDF output"),
            }
        })?;
        Ok(Self { data, index, pdf })
    }

    fn shaper(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(&self.data, self.index)
    }
}

/// The fonts a receipt is drawn with. Load once (the CJK collection is ~20 MB) and reuse:
/// cloning is cheap.
#[derive(Clone)]
pub struct Fonts {
    latin: Face,
    latin_bold: Face,
    arabic: Face,
    arabic_bold: Option<Face>,
    cjk: Face,
    /// "Noto Sans Mono CJK SC" from the same collection, for the hash; None if absent.
    mono: Option<Face>,
}

/// Family name of the Simplified Chinese face in Noto Sans CJK collections.
const CJK_SC_FAMILY: &str = "Noto Sans CJK SC";
/// Its monospaced sibling in the same collection.
const CJK_MONO_SC_FAMILY: &str = "Noto Sans Mono CJK SC";

/// Font directories of Linux distributions: Debian/Ubuntu, Arch, Fedora, openSUSE.
const NOTO_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/noto",
    "/usr/share/fonts/google-noto",
    "/usr/share/fonts/truetype/google-noto",
];
const CJK_DIRS: &[&str] = &[
    "/usr/share/fonts/opentype/noto",
    "/usr/share/fonts/noto-cjk",
    "/usr/share/fonts/google-noto-cjk",
    "/usr/share/fonts/opentype/noto-cjk",
];

fn read_first(
    font: &'static str,
    package: &'static str,
    dirs: &[&str],
    file: &str,
) -> Result<Vec<u8>, ReceiptError> {
    let candidates: Vec<PathBuf> = dirs.iter().map(|d| Path::new(d).join(file)).collect();
    for path in &candidates {
        if let Ok(bytes) = std::fs::read(path) {
            return Ok(bytes);
        }
    }
    Err(ReceiptError::MissingFont {
        font,
        tried: candidates
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        package,
    })
}

/// Index of the face in a font file (collection or not) whose family is `family`.
fn face_index_by_family(data: &[u8], family: &str) -> Option<u32> {
    let count = ttf_parser::fonts_in_collection(data).unwrap_or(1);
    (0..count).find(|&i| {
        ttf_parser::Face::parse(data, i).is_ok_and(|face| {
            face.names().into_iter().any(|name| {
                (name.name_id == ttf_parser::name_id::FAMILY
                    || name.name_id == ttf_parser::name_id::TYPOGRAPHIC_FAMILY)
                    && name.to_string().is_some_and(|n| n == family)
            })
        })
    })
}

impl Fonts {
    /// Loads the Noto fonts from the usual Linux locations (Debian 12: packages
    /// `fonts-noto-core` and `fonts-noto-cjk`). Noto Sans Arabic Bold is used when present.
    pub fn from_system() -> Result<Self, ReceiptError> {
        const CORE: &str = "fonts-noto-core";
        let latin = read_first("Noto Sans Regular", CORE, NOTO_DIRS, "NotoSans-Regular.ttf")?;
        let latin_bold = read_first("Noto Sans Bold", CORE, NOTO_DIRS, "NotoSans-Bold.ttf")?;
        let arabic = read_first(
            "Noto Sans Arabic Regular",
            CORE,
            NOTO_DIRS,
            "NotoSansArabic-Regular.ttf",
        )?;
        let cjk = read_first(
            "Noto Sans CJK (Regular collection)",
            "fonts-noto-cjk",
            CJK_DIRS,
            "NotoSansCJK-Regular.ttc",
        )?;
        let fonts = Self::from_bytes(latin, latin_bold, arabic, cjk)?;
        match read_first(
            "Noto Sans Arabic Bold",
            CORE,
            NOTO_DIRS,
            "NotoSansArabic-Bold.ttf",
        ) {
            Ok(bold) => fonts.with_arabic_bold(bold),
            Err(_) => Ok(fonts),
        }
    }

    /// Builds the font set from font file contents. `cjk` may be a collection (`.ttc`), in which
    /// case its "Noto Sans CJK SC" face is used (and "Noto Sans Mono CJK SC" for the hash, if
    /// present); a single-face file is used as is.
    pub fn from_bytes(
        latin_regular: Vec<u8>,
        latin_bold: Vec<u8>,
        arabic_regular: Vec<u8>,
        cjk: Vec<u8>,
    ) -> Result<Self, ReceiptError> {
        let latin = Face::new("Noto Sans Regular", Arc::new(latin_regular), 0)?;
        let latin_bold = Face::new("Noto Sans Bold", Arc::new(latin_bold), 0)?;
        let arabic = Face::new("Noto Sans Arabic", Arc::new(arabic_regular), 0)?;
        let is_collection = ttf_parser::fonts_in_collection(&cjk).is_some();
        let cjk_index = match face_index_by_family(&cjk, CJK_SC_FAMILY) {
            Some(i) => i,
            None if !is_collection => 0,
            None => {
                return Err(ReceiptError::InvalidFont {
                    font: "Noto Sans CJK".to_owned(),
                    reason: format!("the collection has no \"{CJK_SC_FAMILY}\" face"),
                })
            }
        };
        let mono_index = face_index_by_family(&cjk, CJK_MONO_SC_FAMILY);
        let cjk = Arc::new(cjk);
        let mono = match mono_index {
            Some(i) => Some(Face::new(CJK_MONO_SC_FAMILY, cjk.clone(), i)?),
            None => None,
        };
        let cjk = Face::new(CJK_SC_FAMILY, cjk, cjk_index)?;
        Ok(Self {
            latin,
            latin_bold,
            arabic,
            arabic_bold: None,
            cjk,
            mono,
        })
    }

    /// Adds a bold Arabic face, used for the heading of Arabic receipts.
    pub fn with_arabic_bold(mut self, arabic_bold: Vec<u8>) -> Result<Self, ReceiptError> {
        self.arabic_bold = Some(Face::new(
            "Noto Sans Arabic Bold",
            Arc::new(arabic_bold),
            0,
        )?);
        Ok(self)
    }
}

// ---------------------------------------------------------------------------------------------
// Text: font choice, bidi, shaping
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot {
    Latin,
    Arabic,
    Cjk,
    Mono,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Regular,
    Bold,
    /// Monospaced (for the hash); falls back to regular.
    Mono,
}

/// Paragraph direction of a piece of text.
#[derive(Clone, Copy)]
enum Dir {
    /// Right to left if true.
    Fixed(bool),
    /// From the first strong character (like HTML `dir="auto"`), else right to left if true.
    /// Used for values, so that a date or name in Latin script reads naturally on an Arabic
    /// receipt and an Arabic name on a Latin one.
    Auto(bool),
}

impl Dir {
    /// True if right to left.
    fn resolve(self, text: &str) -> bool {
        match self {
            Dir::Fixed(rtl) => rtl,
            Dir::Auto(default) => text
                .chars()
                .find_map(|c| match unicode_bidi::bidi_class(c) {
                    BidiClass::L => Some(false),
                    BidiClass::R | BidiClass::AL => Some(true),
                    _ => None,
                })
                .unwrap_or(default),
        }
    }
}

/// Parsed faces for one render.
struct Shapers<'f> {
    fonts: &'f Fonts,
    latin: rustybuzz::Face<'f>,
    latin_bold: rustybuzz::Face<'f>,
    arabic: rustybuzz::Face<'f>,
    arabic_bold: Option<rustybuzz::Face<'f>>,
    cjk: rustybuzz::Face<'f>,
    mono: Option<rustybuzz::Face<'f>>,
}

/// A shaped piece of a line, in visual order, all in one face.
struct Piece {
    font: Font,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// Advance at size 1.
    width: f32,
}

/// A shaped line: pieces left to right.
struct Line {
    pieces: Vec<Piece>,
    size: f32,
}

impl Line {
    fn width(&self) -> f32 {
        self.pieces.iter().map(|p| p.width).sum::<f32>() * self.size
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x31A0..=0x31FF |
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F |
        0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Characters that should stay in the font of the text around them when it has them.
fn is_neutral(c: char) -> bool {
    c.general_category_group() == GeneralCategoryGroup::Mark
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
        || !(c.is_alphabetic() || is_cjk(c))
}

impl<'f> Shapers<'f> {
    fn new(fonts: &'f Fonts) -> Result<Self, ReceiptError> {
        let parse = |face: &'f Face| {
            face.shaper()
                .ok_or_else(|| ReceiptError::Render("font cannot be parsed".to_owned()))
        };
        Ok(Self {
            fonts,
            latin: parse(&fonts.latin)?,
            latin_bold: parse(&fonts.latin_bold)?,
            arabic: parse(&fonts.arabic)?,
            arabic_bold: fonts.arabic_bold.as_ref().map(parse).transpose()?,
            cjk: parse(&fonts.cjk)?,
            mono: fonts.mono.as_ref().map(parse).transpose()?,
        })
    }

    fn face(&self, slot: Slot, style: Style) -> (&rustybuzz::Face<'f>, &'f Face) {
        let f = self.fonts;
        match (slot, style) {
            (Slot::Latin, Style::Bold) => (&self.latin_bold, &f.latin_bold),
            (Slot::Latin, _) => (&self.latin, &f.latin),
            (Slot::Arabic, Style::Bold) => match (&self.arabic_bold, &f.arabic_bold) {
                (Some(s), Some(p)) => (s, p),
                _ => (&self.arabic, &f.arabic),
            },
            (Slot::Arabic, _) => (&self.arabic, &f.arabic),
            (Slot::Cjk, _) => (&self.cjk, &f.cjk),
            (Slot::Mono, _) => match (&self.mono, &f.mono) {
                (Some(s), Some(p)) => (s, p),
                _ => (&self.latin, &f.latin),
            },
        }
    }

    fn covers(&self, slot: Slot, c: char) -> bool {
        self.face(slot, Style::Regular).0.glyph_index(c).is_some()
    }

    /// The font slot for each char of `text` (by char index).
    fn assign(&self, text: &str, style: Style) -> Vec<Slot> {
        let order: &[Slot] = if style == Style::Mono {
            &[Slot::Mono, Slot::Latin, Slot::Arabic, Slot::Cjk]
        } else {
            &[Slot::Latin, Slot::Arabic, Slot::Cjk]
        };
        let mut out: Vec<Slot> = Vec::with_capacity(text.len());
        let mut prev: Option<Slot> = None;
        for c in text.chars() {
            let slot = match prev {
                Some(p) if is_neutral(c) && self.covers(p, c) => p,
                _ => order
                    .iter()
                    .copied()
                    .find(|&s| self.covers(s, c))
                    .unwrap_or(order[0]),
            };
            out.push(slot);
            prev = Some(slot);
        }
        out
    }

    fn shape_segment(&self, text: &str, slot: Slot, style: Style, rtl: bool) -> Piece {
        let (face, pdf_face) = self.face(slot, style);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let output = rustybuzz::shape(face, &[], buffer);
        let upem = (face.units_per_em() as f32).max(1.0);
        let infos = output.glyph_infos();
        let mut clusters: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        clusters.sort_unstable();
        clusters.dedup();
        let mut width = 0.0;
        let glyphs = infos
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = clusters
                    .iter()
                    .copied()
                    .find(|&c| c > start)
                    .unwrap_or(text.len());
                let advance = pos.x_advance as f32 / upem;
                width += advance;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    advance,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..end,
                    None,
                )
            })
            .collect();
        Piece {
            font: pdf_face.pdf.clone(),
            text: text.to_owned(),
            glyphs,
            width,
        }
    }

    /// Shapes one line of text (no line breaks).
    fn shape_line(&self, text: &str, size: f32, style: Style, dir: Dir) -> Line {
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut pieces = Vec::new();
        if text.is_empty() {
            return Line { pieces, size };
        }
        let slots = self.assign(&text, style);
        // Byte offset -> slot.
        let starts: Vec<(usize, Slot)> = text.char_indices().map(|(i, _)| i).zip(slots).collect();
        let base = if dir.resolve(&text) {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let bidi = BidiInfo::new(&text, Some(base));
        for para in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(para, para.range.clone());
            for run in runs {
                let run_rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
                // Split the run (logical order) by font slot.
                let mut segs: Vec<(usize, usize, Slot)> = Vec::new();
                for &(i, slot) in starts.iter().filter(|(i, _)| run.contains(i)) {
                    match segs.last_mut() {
                        Some(last) if last.2 == slot => {}
                        Some(last) => {
                            last.1 = i;
                            segs.push((i, run.end, slot));
                        }
                        None => segs.push((i, run.end, slot)),
                    }
                }
                if let Some(last) = segs.last_mut() {
                    last.1 = run.end;
                }
                if run_rtl {
                    segs.reverse();
                }
                for (a, b, slot) in segs {
                    if let Some(seg) = text.get(a..b) {
                        pieces.push(self.shape_segment(seg, slot, style, run_rtl));
                    }
                }
            }
        }
        Line { pieces, size }
    }

    /// Greedy line breaking at spaces and between CJK characters; words wider than
    /// `max_width` are broken between characters.
    fn wrap(&self, text: &str, size: f32, style: Style, dir: Dir, max_width: f32) -> Vec<Line> {
        // Resolve once for the whole text so that all its lines run the same way.
        let dir = Dir::Fixed(dir.resolve(text));
        let fits = |s: &str| self.shape_line(s.trim(), size, style, dir).width() <= max_width;
        // Chunks: each ends after a break opportunity.
        let mut chunks: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            cur.push(c);
            let next = chars.peek().copied();
            let brk = match next {
                None => true,
                Some(n) => {
                    (c.is_whitespace() && !n.is_whitespace())
                        || ((is_cjk(c) || is_cjk(n)) && !n.is_whitespace() && !is_neutral(n))
                }
            };
            if brk {
                chunks.push(std::mem::take(&mut cur));
            }
        }
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for chunk in chunks {
            let candidate = format!("{line}{chunk}");
            if fits(&candidate) {
                line = candidate;
                continue;
            }
            if !line.trim().is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if fits(&chunk) {
                line = chunk;
                continue;
            }
            // Break an overlong word between characters (never before a mark).
            for c in chunk.chars() {
                let candidate = format!("{line}{c}");
                if line.is_empty() || is_neutral(c) && !c.is_whitespace() || fits(&candidate) {
                    line = candidate;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                }
            }
        }
        if !line.trim().is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
            .iter()
            .map(|l| self.shape_line(l.trim(), size, style, dir))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
const MARGIN: f32 = 20.0 * MM;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const SIGNATURE_W: f32 = 80.0 * MM;
const SIGNATURE_MAX_H: f32 = 50.0 * MM;

const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const MUTED: (u8, u8, u8) = (0x5f, 0x63, 0x68);
const RULE: (u8, u8, u8) = (0xc8, 0xcc, 0xd0);

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

struct Painter<'s, 'p> {
    surface: &'s mut Surface<'p>,
    rtl: bool,
}

impl Painter<'_, '_> {
    /// Draws a line with its start edge at `start` (left in LTR, right in RTL) from the start
    /// margin, baseline at `y`.
    fn line(&mut self, line: &Line, start: f32, y: f32, color: (u8, u8, u8)) {
        let mut x = if self.rtl {
            PAGE_W - MARGIN - start - line.width()
        } else {
            MARGIN + start
        };
        self.surface.set_fill(Some(fill(color)));
        for piece in &line.pieces {
            self.surface.draw_glyphs(
                Point::from_xy(x, y),
                &piece.glyphs,
                piece.font.clone(),
                &piece.text,
                line.size,
                false,
            );
            x += piece.width * line.size;
        }
    }

    fn rule(&mut self, y: f32, width: f32) {
        let mut pb = PathBuilder::new();
        pb.move_to(MARGIN, y);
        pb.line_to(MARGIN + CONTENT_W, y);
        if let Some(path) = pb.finish() {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(RULE.0, RULE.1, RULE.2).into(),
                width,
                ..Default::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }
}

/// Line height for a font size.
fn leading(size: f32) -> f32 {
    size * 1.45
}

/// Renders a receipt as a one-page A4 PDF. `rtl` lays the page out right to left (for Arabic
/// labels); any value may still be in any script.
pub fn render(
    receipt: &Receipt<'_>,
    labels: &Labels<'_>,
    rtl: bool,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReceiptError> {
    let shapers = Shapers::new(fonts)?;
    let signature = Image::from_png(krilla::Data::from(receipt.signature_png.to_vec()), true)
        .map_err(ReceiptError::Signature)?;
    let (img_w, img_h) = signature.size();
    if img_w == 0 || img_h == 0 {
        return Err(ReceiptError::Signature("image is empty".to_owned()));
    }

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", labels.heading, receipt.policy_title))
            .creator("Lobby".to_owned())
            .text_direction(if rtl {
                DocDirection::RightToLeft
            } else {
                DocDirection::LeftToRight
            }),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| ReceiptError::Render("invalid page size".to_owned()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    let mut p = Painter {
        surface: &mut surface,
        rtl,
    };
    // Labels follow the page; values (names, dates, ids) take their own direction.
    let page_dir = Dir::Fixed(rtl);
    let value_dir = Dir::Auto(rtl);

    // Heading, with the acceptance number at the other end of the line.
    let mut y = MARGIN;
    let number = shapers.shape_line(
        &format!("#{}", receipt.acceptance_id),
        10.0,
        Style::Regular,
        Dir::Fixed(false),
    );
    let heading_max = CONTENT_W - number.width() - 12.0;
    let heading = shapers.wrap(labels.heading, 20.0, Style::Bold, page_dir, heading_max);
    for (i, line) in heading.iter().enumerate() {
        y += if i == 0 { 20.0 } else { leading(20.0) };
        p.line(line, 0.0, y, INK);
        if i == 0 {
            p.line(&number, CONTENT_W - number.width(), y, MUTED);
        }
    }
    for line in shapers.wrap(receipt.site, 12.0, Style::Regular, value_dir, CONTENT_W) {
        y += leading(12.0);
        p.line(&line, 0.0, y, MUTED);
    }
    y += 12.0;
    p.rule(y, 0.75);
    y += 10.0;

    // Rows: label column sized to the widest label, capped.
    const LABEL_SIZE: f32 = 9.5;
    const VALUE_SIZE: f32 = 11.0;
    const SMALL_SIZE: f32 = 9.0;
    const GAP: f32 = 14.0;
    let row_labels = [
        labels.policy,
        labels.version,
        labels.language,
        labels.text_hash,
        labels.signer,
        labels.accepted_at,
        labels.kiosk,
        labels.signature,
    ];
    let widest = row_labels
        .iter()
        .map(|l| {
            shapers
                .shape_line(l, LABEL_SIZE, Style::Regular, page_dir)
                .width()
        })
        .fold(0.0_f32, f32::max);
    let label_w = widest.min(CONTENT_W * 0.32);
    let value_x = label_w + GAP;
    let value_w = CONTENT_W - value_x;

    enum Val<'v> {
        Text(&'v str, f32, Style, (u8, u8, u8)),
        /// Never wrapped: shrunk to fit.
        Fixed(&'v str, f32, Style),
    }
    let version = receipt.version.to_string();
    let rows: [(&str, Vec<Val<'_>>); 7] = [
        (
            labels.policy,
            vec![
                Val::Text(receipt.policy_title, VALUE_SIZE, Style::Regular, INK),
                Val::Text(receipt.policy_id, SMALL_SIZE, Style::Regular, MUTED),
            ],
        ),
        (
            labels.version,
            vec![Val::Text(&version, VALUE_SIZE, Style::Regular, INK)],
        ),
        (
            labels.language,
            vec![Val::Text(
                receipt.text_lang,
                VALUE_SIZE,
                Style::Regular,
                INK,
            )],
        ),
        (
            labels.text_hash,
            vec![Val::Fixed(receipt.text_hash, 9.5, Style::Mono)],
        ),
        (
            labels.signer,
            vec![
                Val::Text(receipt.signer, VALUE_SIZE, Style::Regular, INK),
                Val::Text(receipt.signer_kind, SMALL_SIZE, Style::Regular, MUTED),
            ],
        ),
        (
            labels.accepted_at,
            vec![Val::Text(
                receipt.accepted_at,
                VALUE_SIZE,
                Style::Regular,
                INK,
            )],
        ),
        (
            labels.kiosk,
            vec![Val::Text(receipt.kiosk, VALUE_SIZE, Style::Regular, INK)],
        ),
    ];

    for (label, values) in &rows {
        let top = y;
        let mut label_y = top;
        for line in shapers.wrap(label, LABEL_SIZE, Style::Regular, page_dir, label_w) {
            label_y += leading(VALUE_SIZE).max(leading(LABEL_SIZE));
            p.line(&line, 0.0, label_y, MUTED);
        }
        let mut value_y = top;
        for value in values {
            let lines = match value {
                Val::Text(text, size, style, color) => shapers
                    .wrap(text, *size, *style, value_dir, value_w)
                    .into_iter()
                    .map(|l| (l, *color))
                    .collect::<Vec<_>>(),
                Val::Fixed(text, size, style) => {
                    let mut line = shapers.shape_line(text, *size, *style, value_dir);
                    let w = line.width();
                    if w > value_w {
                        line.size *= value_w / w;
                    }
                    vec![(line, INK)]
                }
            };
            for (line, color) in lines {
                value_y += leading(VALUE_SIZE.max(line.size)).min(leading(line.size) + 4.0);
                p.line(&line, value_x, value_y, color);
            }
        }
        y = label_y.max(value_y) + 8.0;
    }

    // Signature: label, then the image in a light frame.
    y += 4.0;
    for line in shapers.wrap(
        labels.signature,
        LABEL_SIZE,
        Style::Regular,
        page_dir,
        CONTENT_W,
    ) {
        y += leading(LABEL_SIZE);
        p.line(&line, 0.0, y, MUTED);
    }
    y += 6.0;
    let scale = (SIGNATURE_W / img_w as f32).min(SIGNATURE_MAX_H / img_h as f32);
    let (w, h) = (img_w as f32 * scale, img_h as f32 * scale);
    let x = if rtl { PAGE_W - MARGIN - w } else { MARGIN };
    let size = Size::from_wh(w, h)
        .ok_or_else(|| ReceiptError::Signature("image has no usable size".to_owned()))?;
    p.surface
        .push_transform(&krilla::geom::Transform::from_translate(x, y));
    p.surface.draw_image(signature, size);
    p.surface.pop();
    let mut frame = PathBuilder::new();
    frame.move_to(x, y);
    frame.line_to(x + w, y);
    frame.line_to(x + w, y + h);
    frame.line_to(x, y + h);
    frame.close();
    if let Some(path) = frame.finish() {
        p.surface.set_fill(None);
        p.surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(RULE.0, RULE.1, RULE.2).into(),
            width: 0.5,
            ..Default::default()
        }));
        p.surface.draw_path(&path);
        p.surface.set_stroke(None);
    }

    // Footer, anchored to the bottom margin.
    let footer = shapers.wrap(labels.footer, 8.0, Style::Regular, page_dir, CONTENT_W);
    let mut fy = PAGE_H - MARGIN - leading(8.0) * footer.len().saturating_sub(1) as f32;
    p.rule(fy - 14.0, 0.5);
    for line in &footer {
        p.line(line, 0.0, fy, MUTED);
        fy += leading(8.0);
    }

    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| ReceiptError::Render(format!("{e:?}")))
}

//! Text for the PDFs and printed badges Lobby draws itself (policy receipts, visitor badges):
//! Latin, Arabic or Simplified Chinese in any mix. Each line is run through the Unicode bidi
//! algorithm, split into runs by the font that covers the characters (Noto Sans → Noto Sans
//! Arabic → Noto Sans CJK SC) and shaped with rustybuzz; krilla draws the result into a PDF
//! (subsetting the fonts it embeds) and the badge rasteriser fills the same glyphs' outlines.
//!
//! Fonts are not bundled: [`Fonts::from_system`] loads the Noto fonts of Debian's
//! `fonts-noto-core` and `fonts-noto-cjk` packages (or their equivalents elsewhere on Linux).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::ttf_parser;
use unicode_bidi::{BidiClass, BidiInfo, Level};
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

/// What can go wrong loading fonts or drawing a receipt or a badge.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
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
    /// An image (a signature, a logo) cannot be embedded.
    #[error("image is not usable: {0}")]
    Signature(String),
    /// Building the PDF failed.
    #[error("could not render PDF: {0}")]
    Render(String),
}

// ---------------------------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------------------------

/// One face of a font file (a collection holds several), loaded for both shaping and PDF output.
#[derive(Clone)]
pub(crate) struct Face {
    pub(crate) data: Arc<Vec<u8>>,
    pub(crate) index: u32,
    pub(crate) pdf: Font,
}

impl Face {
    fn new(name: &str, data: Arc<Vec<u8>>, index: u32) -> Result<Self, TypesetError> {
        if rustybuzz::Face::from_slice(&data, index).is_none() {
            return Err(TypesetError::InvalidFont {
                font: name.to_owned(),
                reason: format!("face {index} cannot be parsed"),
            });
        }
        let pdf = Font::new(krilla::Data::from(data.clone()), index).ok_or_else(|| {
            TypesetError::InvalidFont {
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
) -> Result<Vec<u8>, TypesetError> {
    let candidates: Vec<PathBuf> = dirs.iter().map(|d| Path::new(d).join(file)).collect();
    for path in &candidates {
        if let Ok(bytes) = std::fs::read(path) {
            return Ok(bytes);
        }
    }
    Err(TypesetError::MissingFont {
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
    pub fn from_system() -> Result<Self, TypesetError> {
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
    ) -> Result<Self, TypesetError> {
        let latin = Face::new("Noto Sans Regular", Arc::new(latin_regular), 0)?;
        let latin_bold = Face::new("Noto Sans Bold", Arc::new(latin_bold), 0)?;
        let arabic = Face::new("Noto Sans Arabic", Arc::new(arabic_regular), 0)?;
        let is_collection = ttf_parser::fonts_in_collection(&cjk).is_some();
        let cjk_index = match face_index_by_family(&cjk, CJK_SC_FAMILY) {
            Some(i) => i,
            None if !is_collection => 0,
            None => {
                return Err(TypesetError::InvalidFont {
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
    pub fn with_arabic_bold(mut self, arabic_bold: Vec<u8>) -> Result<Self, TypesetError> {
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
pub(crate) enum Slot {
    Latin,
    Arabic,
    Cjk,
    Mono,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Regular,
    Bold,
    /// Monospaced (for the hash); falls back to regular.
    Mono,
}

/// Paragraph direction of a piece of text.
#[derive(Clone, Copy)]
pub(crate) enum Dir {
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
pub(crate) struct Shapers<'f> {
    fonts: &'f Fonts,
    latin: rustybuzz::Face<'f>,
    latin_bold: rustybuzz::Face<'f>,
    arabic: rustybuzz::Face<'f>,
    arabic_bold: Option<rustybuzz::Face<'f>>,
    cjk: rustybuzz::Face<'f>,
    mono: Option<rustybuzz::Face<'f>>,
}

/// A shaped piece of a line, in visual order, all in one face.
pub(crate) struct Piece {
    pub(crate) font: Font,
    /// The face, for drawing the glyphs' outlines (the badge rasteriser).
    pub(crate) face: Face,
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// The same glyphs for the rasteriser: id and position at size 1.
    pub(crate) raw: Vec<RawGlyph>,
    /// Advance at size 1.
    pub(crate) width: f32,
}

/// A shaped glyph, at size 1 (multiply by the font size).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawGlyph {
    pub(crate) id: u16,
    pub(crate) advance: f32,
    pub(crate) dx: f32,
    pub(crate) dy: f32,
}

/// A shaped line: pieces left to right.
pub(crate) struct Line {
    pub(crate) pieces: Vec<Piece>,
    pub(crate) size: f32,
}

impl Line {
    pub(crate) fn width(&self) -> f32 {
        self.pieces.iter().map(|p| p.width).sum::<f32>() * self.size
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x31A0..=0x31FF |
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F |
        0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// The Unicode bidi formatting characters: marks, embeddings, overrides and isolates.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that should stay in the font of the text around them when it has them.
pub(crate) fn is_neutral(c: char) -> bool {
    c.general_category_group() == GeneralCategoryGroup::Mark
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
        || !(c.is_alphabetic() || is_cjk(c))
}

impl<'f> Shapers<'f> {
    pub(crate) fn new(fonts: &'f Fonts) -> Result<Self, TypesetError> {
        let parse = |face: &'f Face| {
            face.shaper()
                .ok_or_else(|| TypesetError::Render("font cannot be parsed".to_owned()))
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
        // Bidi controls (an isolated name: FSI … PDI) have done their work in the bidi
        // algorithm; they are not drawn.
        let text: String = text.chars().filter(|c| !is_bidi_control(*c)).collect();
        let text = text.as_str();
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
        let raw = infos
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, pos)| RawGlyph {
                id: info.glyph_id as u16,
                advance: pos.x_advance as f32 / upem,
                dx: pos.x_offset as f32 / upem,
                dy: pos.y_offset as f32 / upem,
            })
            .collect();
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
            face: pdf_face.clone(),
            text: text.to_owned(),
            glyphs,
            raw,
            width,
        }
    }

    /// Shapes one line of text (no line breaks).
    pub(crate) fn shape_line(&self, text: &str, size: f32, style: Style, dir: Dir) -> Line {
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
    pub(crate) fn wrap(
        &self,
        text: &str,
        size: f32,
        style: Style,
        dir: Dir,
        max_width: f32,
    ) -> Vec<Line> {
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

/// The system's fonts, read once (the CJK collection alone is about 20 MB).
pub fn system_fonts() -> Result<&'static Fonts, String> {
    static FONTS: OnceLock<std::result::Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| Fonts::from_system().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

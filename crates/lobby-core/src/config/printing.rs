//! The `[printing]` section of `lobby.toml`: a visitor badge printed at check-in.
//!
//! ```toml
//! [printing]
//! printer = "ipp://localhost:631/printers/QL-820NWB"   # a CUPS queue, or an IPP Everywhere printer
//! media = "brother-62mm"        # brother-62mm | brother-29x90mm | dymo-99012 | 4x3in | 4x6in | a6 | 54x86mm
//! kinds = ["guest", "tour", "contractor", "interview", "day-pass"]   # the default: all but deliveries
//! copies = 1                    # 1 to 5
//! logo = "/etc/lobby/logo.png"  # PNG or SVG; optional
//! ```
//!
//! No section: no badges, as before.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use crate::config::{in_range, msg, ConfigMessage, VisitKind};
use crate::printing::media::{Media, CUSTOM_MM};
use crate::printing::page::Logo;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrinting {
    pub printer: String,
    pub media: String,
    pub kinds: Option<Vec<String>>,
    pub copies: Option<u64>,
    pub logo: Option<PathBuf>,
}

/// The validated `[printing]` section.
#[derive(Debug, Clone, PartialEq)]
pub struct Printing {
    /// `ipp://` or `ipps://`.
    pub printer: String,
    pub media: Media,
    /// Kinds of visit that get a badge.
    pub kinds: Vec<VisitKind>,
    pub copies: u32,
    /// The site's logo, decoded (an SVG drawn at [`LOGO_PX`] pixels high).
    pub logo: Option<Arc<Logo>>,
}

impl Printing {
    pub fn prints(&self, kind: VisitKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// How high an SVG logo is drawn, in pixels: sharp at 600 dpi on the largest badge's header.
pub const LOGO_PX: u32 = 480;

/// The largest logo file read, in bytes.
const LOGO_MAX_BYTES: u64 = 4 * 1024 * 1024;

type Refusal = (String, ConfigMessage);

/// Checks `[printing]`.
pub fn validate(raw: Option<RawPrinting>) -> Result<Option<Printing>, Refusal> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let printer = raw.printer.trim().to_string();
    let bad_uri = || {
        (
            "printing.printer".to_string(),
            msg("cli-config-print-uri", &[("value", &printer)]),
        )
    };
    let parsed = url::Url::parse(&printer).map_err(|_| bad_uri())?;
    if !matches!(parsed.scheme(), "ipp" | "ipps") || parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad_uri());
    }
    let media = Media::parse(&raw.media).ok_or_else(|| {
        (
            "printing.media".to_string(),
            msg(
                "cli-config-print-media",
                &[
                    ("value", raw.media.trim()),
                    ("min", &CUSTOM_MM.0.to_string()),
                    ("max", &CUSTOM_MM.1.to_string()),
                ],
            ),
        )
    })?;
    let kinds = match raw.kinds {
        None => VisitKind::ALL
            .into_iter()
            .filter(|k| *k != VisitKind::Delivery)
            .collect(),
        Some(names) => {
            let mut kinds = Vec::new();
            for (i, name) in names.iter().enumerate() {
                let kind = VisitKind::parse(name.trim()).ok_or_else(|| {
                    (
                        format!("printing.kinds[{i}]"),
                        msg("cli-config-visit-kind", &[]),
                    )
                })?;
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
            kinds
        }
    };
    let copies = raw.copies.unwrap_or(1);
    in_range("printing.copies", copies, 1, 5)?;
    let logo = match raw.logo {
        None => None,
        Some(path) => {
            if !path.is_absolute() {
                return Err(("printing.logo".into(), msg("cli-config-wifi-absolute", &[])));
            }
            let shown = path.display().to_string();
            let logo = read_logo(&path).map_err(|_| {
                (
                    "printing.logo".to_string(),
                    msg("cli-config-print-logo", &[("value", &shown)]),
                )
            })?;
            Some(Arc::new(logo))
        }
    };
    Ok(Some(Printing {
        printer,
        media,
        kinds,
        copies: copies as u32,
        logo,
    }))
}

/// Reads a PNG or an SVG logo.
pub fn read_logo(path: &std::path::Path) -> Result<Logo, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > LOGO_MAX_BYTES {
        return Err(format!("larger than {LOGO_MAX_BYTES} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if bytes.starts_with(b"\x89PNG") {
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .map_err(|e| e.to_string())?
            .to_rgba8();
        let (width, height) = image.dimensions();
        if width == 0 || height == 0 {
            return Err("empty image".into());
        }
        return Ok(Logo {
            width,
            height,
            rgba: image.into_raw(),
        });
    }
    svg_logo(&bytes)
}

/// An SVG drawn at [`LOGO_PX`] pixels high (text in an SVG logo is not drawn: convert it to
/// paths).
fn svg_logo(bytes: &[u8]) -> Result<Logo, String> {
    let tree = resvg::usvg::Tree::from_data(bytes, &resvg::usvg::Options::default())
        .map_err(|e| e.to_string())?;
    let size = tree.size();
    if size.width() <= 0.0 || size.height() <= 0.0 {
        return Err("empty image".into());
    }
    let scale = LOGO_PX as f32 / size.height();
    let width = (size.width() * scale).round().clamp(1.0, 4096.0) as u32;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, LOGO_PX).ok_or_else(|| "image too large".to_string())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // tiny-skia keeps premultiplied alpha; a Logo is straight.
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Ok(Logo {
        width,
        height: LOGO_PX,
        rgba,
    })
}

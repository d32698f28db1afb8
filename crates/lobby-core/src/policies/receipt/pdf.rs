//! PDF receipts of policy acceptances: what the signer and the space keep as proof.
//!
//! The receipt is one A4 page: heading, site, `label: value` rows, the signature image and a
//! small footer, in any mix of scripts (see [`crate::typeset`]).

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size};
use krilla::image::Image;
use krilla::metadata::{Metadata, TextDirection as DocDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::Document;

use crate::typeset::{Dir, Fonts, Line, Shapers, Style, TypesetError};

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
) -> Result<Vec<u8>, TypesetError> {
    let shapers = Shapers::new(fonts)?;
    let signature = Image::from_png(krilla::Data::from(receipt.signature_png.to_vec()), true)
        .map_err(TypesetError::Signature)?;
    let (img_w, img_h) = signature.size();
    if img_w == 0 || img_h == 0 {
        return Err(TypesetError::Signature("image is empty".to_owned()));
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
        .ok_or_else(|| TypesetError::Render("invalid page size".to_owned()))?;
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
        .ok_or_else(|| TypesetError::Signature("image has no usable size".to_owned()))?;
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
        .map_err(|e| TypesetError::Render(format!("{e:?}")))
}

//! The badge as a one-page PDF, for printers that take `application/pdf` (and every CUPS
//! queue). The fonts are subset by krilla, as in the policy receipts.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::Document;

use super::page::{Op, Page};
use crate::typeset::TypesetError;

fn fill(gray: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(gray, gray, gray).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Draws `page` as a PDF titled `title`.
pub fn render(page: &Page, title: &str, rtl: bool) -> Result<Vec<u8>, TypesetError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .creator("Lobby".to_owned())
            .text_direction(if rtl {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            }),
    );
    let settings = PageSettings::from_wh(page.width, page.height)
        .ok_or_else(|| TypesetError::Render("invalid page size".to_owned()))?;
    let mut pdf_page = document.start_page_with(settings);
    let mut surface = pdf_page.surface();
    for op in &page.ops {
        match op {
            Op::Text { line, x, y, gray } => {
                surface.set_fill(Some(fill(*gray)));
                let mut pen = *x;
                for piece in &line.pieces {
                    surface.draw_glyphs(
                        Point::from_xy(pen, *y),
                        &piece.glyphs,
                        piece.font.clone(),
                        &piece.text,
                        line.size,
                        false,
                    );
                    pen += piece.width * line.size;
                }
            }
            Op::Rect { x, y, w, h, gray } => {
                if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                    let mut path = PathBuilder::new();
                    path.push_rect(rect);
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(*gray)));
                        surface.draw_path(&path);
                    }
                }
            }
            Op::Image { image, x, y, w, h } => {
                let pdf_image = Image::from_rgba8(image.rgba.clone(), image.width, image.height);
                if let Some(size) = Size::from_wh(*w, *h) {
                    surface.push_transform(&Transform::from_translate(*x, *y));
                    surface.draw_image(pdf_image, size);
                    surface.pop();
                }
            }
        }
    }
    surface.finish();
    pdf_page.finish();
    document
        .finish()
        .map_err(|e| TypesetError::Render(format!("{e:?}")))
}

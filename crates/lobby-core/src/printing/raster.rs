//! The badge as pixels: a [`Page`] filled at the printer's resolution (8-bit gray), turned a
//! quarter when the media carries the badge across it.

use rustybuzz::ttf_parser;
use tiny_skia::{
    Color, FillRule, FilterQuality, IntSize, Paint, PathBuilder, Pattern, Pixmap, Rect, SpreadMode,
    Transform,
};

use super::page::{Logo, Op, Page};
use crate::typeset::Line;

/// An 8-bit gray image, 0 = black, 255 = white, rows top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    /// Pixels per row.
    pub width: u32,
    /// Rows.
    pub height: u32,
    /// `width × height` bytes, row by row.
    pub pixels: Vec<u8>,
}

impl Gray {
    /// An all-white image.
    fn white(width: u32, height: u32) -> Self {
        Self {
            width,
            height,
            pixels: vec![255; width as usize * height as usize],
        }
    }

    /// The same image rotated a quarter turn clockwise: the top row becomes the right column.
    fn turned_clockwise(&self) -> Self {
        let (w, h) = (self.width as usize, self.height as usize);
        let mut pixels = vec![255; w * h];
        // Output is h wide and w high; output (x, y) comes from input (y, h - 1 - x).
        for (y, row) in pixels.chunks_exact_mut(h.max(1)).enumerate().take(w) {
            for (x, px) in row.iter_mut().enumerate() {
                if let Some(&v) = self.pixels.get((h - 1 - x) * w + y) {
                    *px = v;
                }
            }
        }
        Self {
            width: self.height,
            height: self.width,
            pixels,
        }
    }
}

/// Draws `page` at `dpi` (both directions). With `turned`, the result is rotated a quarter
/// turn clockwise, so that it is as the printer feeds the media (see `Media::turned`).
///
/// Text is filled anti-aliased; rectangles are snapped to whole pixels and filled without
/// anti-aliasing, so that a QR code's adjacent modules join without seams; images are
/// composited over white. The result is white where nothing is drawn. A page too large to
/// draw gives an empty (0 × 0) image.
pub fn render(page: &Page, dpi: u32, turned: bool) -> Gray {
    let scale = dpi as f32 / 72.0;
    let width = pixels_for(page.width, scale);
    let height = pixels_for(page.height, scale);
    let Some(mut pixmap) = Pixmap::new(width, height) else {
        // An empty page has no pixels; one too large for tiny-skia (over 500 million pixels
        // wide) cannot be drawn at all.
        return if width == 0 || height == 0 {
            let (w, h) = if turned {
                (height, width)
            } else {
                (width, height)
            };
            Gray::white(w, h)
        } else {
            Gray::white(0, 0)
        };
    };
    pixmap.fill(Color::WHITE);
    for op in &page.ops {
        match op {
            Op::Text { line, x, y, gray } => draw_line(&mut pixmap, line, *x, *y, *gray, scale),
            Op::Rect { x, y, w, h, gray } => draw_rect(&mut pixmap, *x, *y, *w, *h, *gray, scale),
            Op::Image { image, x, y, w, h } => {
                draw_image(&mut pixmap, image, *x, *y, *w, *h, scale)
            }
        }
    }
    // Everything is opaque over the white background, so premultiplied equals straight.
    let pixels = pixmap
        .pixels()
        .iter()
        .map(|p| luma(p.red(), p.green(), p.blue()))
        .collect();
    let gray = Gray {
        width,
        height,
        pixels,
    };
    if turned {
        gray.turned_clockwise()
    } else {
        gray
    }
}

/// Points to whole pixels (at least 0).
fn pixels_for(points: f32, scale: f32) -> u32 {
    let v = (points * scale).round();
    if v.is_finite() && v > 0.0 {
        // In range: checked above and the `as` saturates at u32::MAX.
        v as u32
    } else {
        0
    }
}

/// Rec. 601 luma of an sRGB colour, rounded.
fn luma(r: u8, g: u8, b: u8) -> u8 {
    let y = (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b) + 500) / 1000;
    u8::try_from(y).unwrap_or(u8::MAX)
}

fn solid(gray: u8, anti_alias: bool) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(gray, gray, gray, 255);
    paint.anti_alias = anti_alias;
    paint
}

/// Collects a glyph outline (font units, y up) as a path in device pixels (y down).
struct Outline<'a> {
    path: &'a mut PathBuilder,
    /// Pen position in pixels.
    x: f32,
    y: f32,
    /// Pixels per font unit.
    k: f32,
}

impl Outline<'_> {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.k, self.y - y * self.k)
    }
}

impl ttf_parser::OutlineBuilder for Outline<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x, y) = self.at(x, y);
        self.path.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x2, y2) = self.at(x2, y2);
        let (x, y) = self.at(x, y);
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.path.close();
    }
}

/// Fills a shaped line's glyphs; `x` is its left end and `y` its baseline, in points.
///
/// Each piece (one face) is filled as one path, so that joined glyphs (Arabic) show no seams
/// where their anti-aliased edges meet.
fn draw_line(pixmap: &mut Pixmap, line: &Line, x: f32, y: f32, gray: u8, scale: f32) {
    let paint = solid(gray, true);
    let size = line.size;
    let mut piece_x = x;
    for piece in &line.pieces {
        let start = piece_x;
        piece_x += piece.width * size;
        let Ok(face) = ttf_parser::Face::parse(&piece.face.data, piece.face.index) else {
            continue;
        };
        let k = size / f32::from(face.units_per_em().max(1)) * scale;
        let mut path = PathBuilder::new();
        let mut pen = start;
        for g in &piece.raw {
            let mut outline = Outline {
                path: &mut path,
                x: (pen + g.dx * size) * scale,
                y: (y - g.dy * size) * scale,
                k,
            };
            // None for glyphs without an outline (spaces); they only move the pen.
            let _ = face.outline_glyph(ttf_parser::GlyphId(g.id), &mut outline);
            pen += g.advance * size;
        }
        if let Some(path) = path.finish() {
            pixmap.fill_path(
                &path,
                &paint,
                FillRule::Winding,
                Transform::identity(),
                None,
            );
        }
    }
}

/// Fills a rectangle with its edges snapped to whole pixels (each edge rounded on its own, so
/// rectangles that share an edge in points share it in pixels) and without anti-aliasing.
/// A rectangle that would vanish keeps at least one pixel in that direction.
fn draw_rect(pixmap: &mut Pixmap, x: f32, y: f32, w: f32, h: f32, gray: u8, scale: f32) {
    if !(w > 0.0 && h > 0.0) {
        return;
    }
    let snap = |v: f32| (f64::from(v) * f64::from(scale)).round() as f32;
    let (left, top) = (snap(x), snap(y));
    let right = snap(x + w).max(left + 1.0);
    let bottom = snap(y + h).max(top + 1.0);
    if let Some(rect) = Rect::from_ltrb(left, top, right, bottom) {
        pixmap.fill_rect(rect, &solid(gray, false), Transform::identity(), None);
    }
}

/// Draws an image scaled into the box (in points), over whatever is below it.
fn draw_image(pixmap: &mut Pixmap, logo: &Logo, x: f32, y: f32, w: f32, h: f32, scale: f32) {
    let (left, top) = (x * scale, y * scale);
    let (box_w, box_h) = (w * scale, h * scale);
    let Some(rect) = Rect::from_xywh(left, top, box_w, box_h) else {
        return;
    };
    let Some(image) = premultiplied(logo, box_w, box_h) else {
        return;
    };
    let transform = Transform::from_row(
        box_w / image.width() as f32,
        0.0,
        0.0,
        box_h / image.height() as f32,
        left,
        top,
    );
    let paint = Paint {
        shader: Pattern::new(
            image.as_ref(),
            SpreadMode::Pad,
            FilterQuality::Bicubic,
            1.0,
            transform,
        ),
        anti_alias: true,
        ..Paint::default()
    };
    pixmap.fill_rect(rect, &paint, Transform::identity(), None);
}

/// The logo as a premultiplied pixmap; first reduced (area-averaged) when it is more than
/// twice the size of the box in pixels, as bicubic sampling alone would alias.
fn premultiplied(logo: &Logo, box_w: f32, box_h: f32) -> Option<Pixmap> {
    let expected = logo.width as usize * logo.height as usize * 4;
    if logo.width == 0 || logo.height == 0 || logo.rgba.len() != expected {
        return None;
    }
    let mut data: Vec<u8> = logo
        .rgba
        .chunks_exact(4)
        .flat_map(|p| {
            let a = u16::from(p[3]);
            let mul = |c: u8| ((u16::from(c) * a + 127) / 255) as u8;
            [mul(p[0]), mul(p[1]), mul(p[2]), p[3]]
        })
        .collect();
    let (mut width, mut height) = (logo.width, logo.height);
    let target_w = box_w.ceil().max(1.0) as u32;
    let target_h = box_h.ceil().max(1.0) as u32;
    if width > target_w.saturating_mul(2) || height > target_h.saturating_mul(2) {
        let new_w = width.min(target_w);
        let new_h = height.min(target_h);
        let buffer = image::RgbaImage::from_raw(width, height, data)?;
        // A triangle filter has no negative weights, so colours stay within alpha.
        let resized =
            image::imageops::resize(&buffer, new_w, new_h, image::imageops::FilterType::Triangle);
        (width, height) = (new_w, new_h);
        data = resized.into_raw();
    }
    Pixmap::from_vec(data, IntSize::from_wh(width, height)?)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::typeset::{system_fonts, Dir, Shapers, Style};

    fn page(width: f32, height: f32, ops: Vec<Op>) -> Page {
        Page { width, height, ops }
    }

    fn at(g: &Gray, x: u32, y: u32) -> u8 {
        g.pixels[(y * g.width + x) as usize]
    }

    #[test]
    fn size_and_white_background() {
        // 62 × 100 mm at 300 dpi.
        let p = page(175.748, 283.465, vec![]);
        let g = render(&p, 300, false);
        assert_eq!((g.width, g.height), (732, 1181));
        assert_eq!(g.pixels.len(), 732 * 1181);
        assert!(g.pixels.iter().all(|&v| v == 255));
        let t = render(&p, 300, true);
        assert_eq!((t.width, t.height), (1181, 732));
        let empty = render(&page(0.0, 10.0, vec![]), 300, false);
        assert_eq!((empty.width, empty.height, empty.pixels.len()), (0, 42, 0));
        let empty = render(&page(0.0, 10.0, vec![]), 300, true);
        assert_eq!((empty.width, empty.height, empty.pixels.len()), (42, 0, 0));
    }

    #[test]
    fn rects_snap_to_pixels_and_join_without_seams() {
        // A 25 × 25 block of 1.37-point modules (5.7 px at 300 dpi), drawn as in a QR code,
        // at a fractional origin: every pixel inside is black, every pixel outside white.
        let (ox, oy, m) = (10.3_f32, 7.9_f32, 1.37_f32);
        let mut ops = Vec::new();
        for row in 0..25 {
            for col in 0..25 {
                ops.push(Op::Rect {
                    x: ox + col as f32 * m,
                    y: oy + row as f32 * m,
                    w: m,
                    h: m,
                    gray: 0,
                });
            }
        }
        let g = render(&page(60.0, 60.0, ops), 300, false);
        let s = 300.0 / 72.0;
        let x0 = (ox * s).round() as u32;
        let y0 = (oy * s).round() as u32;
        let x1 = ((ox + 25.0 * m) * s).round() as u32;
        let y1 = ((oy + 25.0 * m) * s).round() as u32;
        for y in 0..g.height {
            for x in 0..g.width {
                let inside = (x0..x1).contains(&x) && (y0..y1).contains(&y);
                assert_eq!(at(&g, x, y), if inside { 0 } else { 255 }, "({x}, {y})");
            }
        }
    }

    #[test]
    fn thin_rect_keeps_a_pixel_and_gray_is_kept() {
        let g = render(
            &page(
                20.0,
                20.0,
                vec![Op::Rect {
                    x: 2.0,
                    y: 10.0,
                    w: 10.0,
                    h: 0.1,
                    gray: 128,
                }],
            ),
            72,
            false,
        );
        let dark: Vec<u8> = g.pixels.iter().copied().filter(|&v| v != 255).collect();
        assert_eq!(dark.len(), 10);
        assert!(dark.iter().all(|&v| v == 128));
    }

    #[test]
    fn turning_is_clockwise() {
        // A black square in the top-left corner ends in the top-right corner.
        let p = page(
            30.0,
            20.0,
            vec![Op::Rect {
                x: 0.0,
                y: 0.0,
                w: 5.0,
                h: 3.0,
                gray: 0,
            }],
        );
        let flat = render(&p, 72, false);
        let g = render(&p, 72, true);
        assert_eq!((g.width, g.height), (20, 30));
        for y in 0..g.height {
            for x in 0..g.width {
                let black = x >= 17 && y < 5;
                assert_eq!(at(&g, x, y) == 0, black, "({x}, {y})");
                // And every pixel comes from where a clockwise turn takes it.
                assert_eq!(at(&g, x, y), at(&flat, y, flat.height - 1 - x));
            }
        }
    }

    #[test]
    fn image_is_scaled_composited_over_white_and_gray() {
        // 2 × 1: opaque red, fully transparent blue; drawn 40 × 20 pixels.
        let logo = Logo {
            width: 2,
            height: 1,
            rgba: vec![255, 0, 0, 255, 0, 0, 255, 0],
        };
        let g = render(
            &page(
                60.0,
                40.0,
                vec![Op::Image {
                    image: Arc::new(logo),
                    x: 10.0,
                    y: 10.0,
                    w: 40.0,
                    h: 20.0,
                }],
            ),
            72,
            false,
        );
        // Red's luma is 76; transparent stays white; outside the box stays white.
        assert_eq!(at(&g, 15, 20), 76);
        assert_eq!(at(&g, 45, 20), 255);
        assert_eq!(at(&g, 5, 20), 255);
        assert_eq!(at(&g, 15, 5), 255);
        assert_eq!(at(&g, 15, 35), 255);
    }

    #[test]
    fn large_image_is_reduced_to_the_box() {
        // 400 × 400 checkerboard of single pixels in a 20 × 20 pixel box: averages to mid
        // gray rather than aliasing to black or white.
        let rgba = (0..400 * 400)
            .flat_map(|i| {
                let v = if (i % 400 + i / 400) % 2 == 0 { 0 } else { 255 };
                [v, v, v, 255]
            })
            .collect();
        let logo = Logo {
            width: 400,
            height: 400,
            rgba,
        };
        let g = render(
            &page(
                20.0,
                20.0,
                vec![Op::Image {
                    image: Arc::new(logo),
                    x: 0.0,
                    y: 0.0,
                    w: 20.0,
                    h: 20.0,
                }],
            ),
            72,
            false,
        );
        for y in 2..18 {
            for x in 2..18 {
                let v = at(&g, x, y);
                assert!((100..=155).contains(&v), "({x}, {y}) = {v}");
            }
        }
    }

    #[test]
    fn text_is_filled_inside_its_box() {
        let fonts = system_fonts().unwrap();
        let shapers = Shapers::new(fonts).unwrap();
        let line = shapers.shape_line("Zoë ضيف 访客", 24.0, Style::Bold, Dir::Auto(false));
        // At least one piece per script (spaces may be pieces of their own).
        assert!(line.pieces.len() >= 3);
        let (x, y) = (20.0_f32, 60.0_f32);
        let width = line.width();
        let piece_spans: Vec<(f32, f32)> = line
            .pieces
            .iter()
            .scan(x, |pen, p| {
                let start = *pen;
                *pen += p.width * line.size;
                Some((start, *pen))
            })
            .collect();
        let texts: Vec<String> = line.pieces.iter().map(|p| p.text.clone()).collect();
        let g = render(
            &page(
                width + 40.0,
                100.0,
                vec![Op::Text {
                    line,
                    x,
                    y,
                    gray: 0,
                }],
            ),
            300,
            false,
        );
        let s = 300.0 / 72.0;
        // The line's box: from a full size above the baseline to 0.3 size below it.
        let (top, bottom) = (y - 24.0, y + 0.3 * 24.0);
        let dark = |x0: f32, x1: f32, y0: f32, y1: f32| {
            let mut n = 0;
            for py in 0..g.height {
                for px in 0..g.width {
                    let (cx, cy) = ((px as f32 + 0.5) / s, (py as f32 + 0.5) / s);
                    if cx >= x0 && cx < x1 && cy >= y0 && cy < y1 && at(&g, px, py) < 128 {
                        n += 1;
                    }
                }
            }
            n
        };
        let total = g.pixels.iter().filter(|&&v| v < 128).count();
        let inside = dark(x, x + width, top, bottom);
        assert!(inside > 2000, "{inside} dark pixels in the line's box");
        // Nothing far outside the box (a point of slack for anti-aliasing and overhangs).
        let near = dark(x - 1.0, x + width + 1.0, top - 1.0, bottom + 1.0);
        assert_eq!(near, total, "dark pixels outside the line's box");
        // Every non-space piece drew in its own span.
        for ((x0, x1), text) in piece_spans.iter().zip(&texts) {
            if !text.trim().is_empty() {
                assert!(dark(*x0, *x1, top, bottom) > 300, "{text:?} not drawn");
            }
        }
        // Glyphs are upright: the "Z" has its bars at the cap height and the baseline, and
        // nothing below the baseline but the descender-free Latin stays above it.
        let (zx0, zx1) = piece_spans[0];
        assert_eq!(
            dark(zx0, zx1, y + 0.5, bottom),
            0,
            "Latin dips below the baseline"
        );
        assert!(
            dark(zx0, zx1, y - 17.0, y - 12.0) > 100,
            "no cap-height ink in Latin"
        );
    }
}

//! Drawn signatures: the strokes a finger or stylus left on the pad, checked (a blank pad, a
//! dot or a tiny scribble is not a signature) and turned into a small trimmed grayscale PNG.
//! The PNG is drawn here from the strokes, not taken from the web view, so what is stored is
//! always what the strokes say, and its size is bounded.

use crate::error::{Error, Result};
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ExtendedColorType, ImageEncoder};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the pad sends: its size and the strokes, in CSS pixels from its top-left corner.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Signature {
    pub width: f32,
    pub height: f32,
    #[ts(type = "Array<Array<[number, number]>>")]
    pub strokes: Vec<Vec<[f32; 2]>>,
}

/// Limits that keep a hostile or broken pad from making us store megabytes.
const MAX_STROKES: usize = 200;
const MAX_POINTS: usize = 20_000;
/// A signature's ink must span at least this much (CSS px) in its longer direction...
pub const MIN_EXTENT: f32 = 60.0;
/// ...and be at least this long in total: a dot or a short tick is not a signature.
pub const MIN_INK: f32 = 120.0;
/// The stored image fits in this box (px); larger signatures are scaled down.
const MAX_WIDTH: f32 = 600.0;
const MAX_HEIGHT: f32 = 200.0;
const MARGIN: f32 = 8.0;
const PEN_RADIUS: f32 = 1.6;
/// Ink grey: near-black, so it prints and scans well.
const INK: u8 = 20;

impl Signature {
    fn points(&self) -> impl Iterator<Item = &[f32; 2]> {
        self.strokes.iter().flatten()
    }

    /// Total length of the strokes.
    pub fn ink_length(&self) -> f32 {
        self.strokes
            .iter()
            .flat_map(|s| s.windows(2))
            .map(|w| dist(w[0], w[1]))
            .sum()
    }

    /// The bounding box of the ink: (min x, min y, max x, max y).
    fn bounds(&self) -> Option<[f32; 4]> {
        let mut it = self.points();
        let first = it.next()?;
        Some(it.fold([first[0], first[1], first[0], first[1]], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        }))
    }

    /// Refuses what is not a signature, with the reason the signer is shown.
    pub fn check(&self) -> Result<()> {
        let points = self.strokes.iter().map(Vec::len).sum::<usize>();
        let sane_pad = self.width.is_finite()
            && self.height.is_finite()
            && (50.0..=5000.0).contains(&self.width)
            && (50.0..=5000.0).contains(&self.height);
        if !sane_pad
            || self.strokes.len() > MAX_STROKES
            || points > MAX_POINTS
            || self
                .points()
                .any(|p| !p[0].is_finite() || !p[1].is_finite())
        {
            return Err(Error::SignatureInvalid);
        }
        let Some(b) = self.bounds() else {
            return Err(Error::SignatureMissing);
        };
        let extent = (b[2] - b[0]).max(b[3] - b[1]);
        if extent < MIN_EXTENT || self.ink_length() < MIN_INK {
            return Err(Error::SignatureTooSmall);
        }
        Ok(())
    }

    /// The signature as a grayscale PNG, trimmed to the ink plus a small margin. Call
    /// [`Signature::check`] first.
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let b = self.bounds().ok_or(Error::SignatureMissing)?;
        let (w, h) = (b[2] - b[0], b[3] - b[1]);
        let scale = (MAX_WIDTH / (w + 2.0 * MARGIN))
            .min(MAX_HEIGHT / (h + 2.0 * MARGIN))
            .min(1.0);
        let width = ((w + 2.0 * MARGIN) * scale).ceil().max(1.0) as u32;
        let height = ((h + 2.0 * MARGIN) * scale).ceil().max(1.0) as u32;
        let radius = (PEN_RADIUS * scale).max(0.9);
        let mut ink = vec![0f32; (width * height) as usize];
        let at = |p: &[f32; 2]| {
            [
                (p[0] - b[0] + MARGIN) * scale,
                (p[1] - b[1] + MARGIN) * scale,
            ]
        };
        for stroke in &self.strokes {
            let pts: Vec<[f32; 2]> = stroke.iter().map(at).collect();
            match pts.as_slice() {
                [] => {}
                [p] => stamp_segment(&mut ink, width, height, *p, *p, radius),
                _ => {
                    for w in pts.windows(2) {
                        stamp_segment(&mut ink, width, height, w[0], w[1], radius);
                    }
                }
            }
        }
        let pixels: Vec<u8> = ink
            .iter()
            .map(|c| (255.0 - c * f32::from(255 - INK)).round() as u8)
            .collect();
        let mut png = Vec::new();
        PngEncoder::new_with_quality(&mut png, CompressionType::Best, FilterType::Adaptive)
            .write_image(&pixels, width, height, ExtendedColorType::L8)
            .map_err(|e| Error::Internal(format!("signature png: {e}")))?;
        Ok(png)
    }
}

fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Distance from `p` to the segment `a`-`b`.
fn segment_distance(p: [f32; 2], a: [f32; 2], b: [f32; 2]) -> f32 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    };
    dist(p, [a[0] + t * dx, a[1] + t * dy])
}

/// Draws a round-capped line with anti-aliased edges: each pixel keeps the most ink any
/// segment gives it.
fn stamp_segment(ink: &mut [f32], width: u32, height: u32, a: [f32; 2], b: [f32; 2], r: f32) {
    let pad = r + 1.0;
    let x0 = (a[0].min(b[0]) - pad).floor().max(0.0) as u32;
    let y0 = (a[1].min(b[1]) - pad).floor().max(0.0) as u32;
    let x1 = ((a[0].max(b[0]) + pad).ceil() as u32).min(width.saturating_sub(1));
    let y1 = ((a[1].max(b[1]) + pad).ceil() as u32).min(height.saturating_sub(1));
    for y in y0..=y1 {
        for x in x0..=x1 {
            let d = segment_distance([x as f32 + 0.5, y as f32 + 0.5], a, b);
            let coverage = (r + 0.5 - d).clamp(0.0, 1.0);
            let cell = &mut ink[(y * width + x) as usize];
            if coverage > *cell {
                *cell = coverage;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// A signature-like wave across most of a 900×280 pad.
    pub fn wave() -> Signature {
        let stroke = (0..=120)
            .map(|i| {
                let x = 60.0 + i as f32 * 6.0;
                [x, 140.0 + 50.0 * (x / 40.0).sin()]
            })
            .collect();
        Signature {
            width: 900.0,
            height: 280.0,
            strokes: vec![stroke, vec![[100.0, 220.0], [700.0, 215.0]]],
        }
    }

    #[test]
    fn a_blank_pad_a_dot_and_a_tick_are_refused() {
        let blank = Signature {
            width: 900.0,
            height: 280.0,
            strokes: vec![],
        };
        assert!(matches!(blank.check(), Err(Error::SignatureMissing)));
        let empty_strokes = Signature {
            strokes: vec![vec![], vec![]],
            ..blank.clone()
        };
        assert!(matches!(
            empty_strokes.check(),
            Err(Error::SignatureMissing)
        ));
        let dot = Signature {
            strokes: vec![vec![[300.0, 100.0]]],
            ..blank.clone()
        };
        assert!(matches!(dot.check(), Err(Error::SignatureTooSmall)));
        let tick = Signature {
            strokes: vec![vec![[300.0, 100.0], [310.0, 110.0], [330.0, 90.0]]],
            ..blank.clone()
        };
        assert!(matches!(tick.check(), Err(Error::SignatureTooSmall)));
        // Many strokes piled on one spot: plenty of ink, no extent.
        let scribble = Signature {
            strokes: vec![
                vec![
                    [300.0, 100.0],
                    [320.0, 100.0],
                    [300.0, 110.0],
                    [320.0, 110.0]
                ];
                20
            ],
            ..blank.clone()
        };
        assert!(scribble.ink_length() > MIN_INK);
        assert!(matches!(scribble.check(), Err(Error::SignatureTooSmall)));
        wave().check().unwrap();
    }

    #[test]
    fn broken_pads_are_refused_not_drawn() {
        let mut s = wave();
        s.strokes[0][3] = [f32::NAN, 1.0];
        assert!(matches!(s.check(), Err(Error::SignatureInvalid)));
        let mut s = wave();
        s.width = 0.0;
        assert!(matches!(s.check(), Err(Error::SignatureInvalid)));
        let s = Signature {
            strokes: vec![vec![[1.0, 1.0]; 300]; 100],
            ..wave()
        };
        assert!(matches!(s.check(), Err(Error::SignatureInvalid)));
    }

    #[test]
    fn the_png_is_trimmed_grey_and_small() {
        let png = wave().to_png().unwrap();
        let img = image::load_from_memory(&png).unwrap();
        assert_eq!(img.color(), image::ColorType::L8);
        // 720 px of ink + margins scaled into 600 px wide.
        assert_eq!(img.width(), 600);
        assert!(img.height() < 200, "{}", img.height());
        let luma = img.to_luma8();
        let dark = luma.pixels().filter(|p| p.0[0] < 128).count();
        assert!(dark > 500, "{dark} dark pixels");
        // Trimmed: the margin rows are white, ink is near them.
        assert!(luma.rows().next().unwrap().all(|p| p.0[0] == 255));
        assert!(png.len() < 40_000, "{} bytes", png.len());
    }

    #[test]
    fn a_single_point_stroke_still_draws() {
        let mut s = wave();
        s.strokes.push(vec![[400.0, 250.0]]);
        let png = s.to_png().unwrap();
        assert!(image::load_from_memory(&png).is_ok());
    }
}

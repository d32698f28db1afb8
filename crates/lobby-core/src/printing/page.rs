//! What a badge is drawn from: a page of positioned text lines, filled rectangles (the QR
//! code's modules, rules) and images (the logo). The PDF writer and the rasteriser draw the
//! same page, so a PDF badge and a PWG Raster badge look the same.

use std::sync::Arc;

use crate::typeset::Line;

/// One page, in PDF points (1/72 in), origin at the top left, y growing downwards.
pub struct Page {
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) ops: Vec<Op>,
}

/// A drawing operation. `gray` is 0 (black) to 255 (white).
pub(crate) enum Op {
    /// A shaped line; `x` is its left end and `y` its baseline.
    Text {
        line: Line,
        x: f32,
        y: f32,
        gray: u8,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: u8,
    },
    /// Scaled to fill the box (the layout keeps the aspect ratio).
    Image {
        image: Arc<Logo>,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// A decoded image: 8-bit RGBA, straight (not premultiplied) alpha, rows top to bottom.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{})", self.width, self.height)
    }
}

impl Page {
    /// The page size in points: (width, height).
    pub fn size(&self) -> (f32, f32) {
        (self.width, self.height)
    }

    /// What is drawn past the page's edge, if anything (text by its advance and font size):
    /// a badge never overflows.
    pub fn overflow(&self) -> Option<String> {
        let inside = |x: f32, y: f32, w: f32, h: f32| {
            x >= -0.01 && y >= -0.01 && x + w <= self.width + 0.01 && y + h <= self.height + 0.01
        };
        self.ops.iter().find_map(|op| match op {
            Op::Text { line, x, y, .. } => {
                let text: String = line.pieces.iter().map(|p| p.text.as_str()).collect();
                // From the ascender (about 1.07 em in Noto) to the descender (0.3 em).
                (!inside(*x, y - line.size * 1.07, line.width(), line.size * 1.37))
                    .then(|| format!("text {text:?} at ({x:.1}, {y:.1}) size {:.1}", line.size))
            }
            Op::Rect { x, y, w, h, .. } => {
                (!inside(*x, *y, *w, *h)).then(|| format!("rectangle at ({x:.1}, {y:.1})"))
            }
            Op::Image { x, y, w, h, .. } => {
                (!inside(*x, *y, *w, *h)).then(|| format!("image at ({x:.1}, {y:.1})"))
            }
        })
    }

    /// The text lines drawn, in order, for tests and logs.
    pub fn texts(&self) -> Vec<String> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { line, .. } => {
                    Some(line.pieces.iter().map(|p| p.text.as_str()).collect())
                }
                _ => None,
            })
            .collect()
    }
}

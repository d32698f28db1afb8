//! A visitor badge laid out for a media size.
//!
//! Top: the site's logo and name. Then the visitor's name, as large as the badge allows, the
//! company, and the kind of visit with the host. At the bottom: the date and "valid until" in
//! large type beside a QR code of the check-out code, so staff can scan the visitor out.
//!
//! Sizes follow the badge's shorter side. A name that does not fit shrinks, then wraps onto a
//! second line; when the whole badge still does not fit, every size shrinks together, so
//! nothing is ever drawn past the edge. In a right-to-left language the badge is mirrored.

use std::sync::Arc;

use qrcode::{Color, EcLevel, QrCode};

use super::media::{Media, MM};
use super::page::{Logo, Op, Page};
use crate::typeset::{Dir, Fonts, Line, Shapers, Style, TypesetError};

/// What a badge says, already translated into the visitor's language.
pub struct Badge<'a> {
    pub name: &'a str,
    pub company: Option<&'a str>,
    /// e.g. "Guest", "Contractor".
    pub kind: &'a str,
    /// e.g. "Visiting Jonas B."; `None` without a host.
    pub host: Option<&'a str>,
    /// e.g. "Friday 27 November 2026".
    pub date: &'a str,
    /// e.g. "Valid until 20:00".
    pub valid_until: &'a str,
    pub site: &'a str,
    pub logo: Option<Arc<Logo>>,
    /// What the QR code carries: the visit's check-out code.
    pub code: &'a str,
    /// Lay the badge out right to left (Arabic).
    pub rtl: bool,
}

const INK: u8 = 0x10;
const MUTED: u8 = 0x50;

/// Lays `badge` out on `media` (as read: a narrow strip is turned, see [`Media::turned`]).
pub fn layout(badge: &Badge<'_>, media: &Media, fonts: &Fonts) -> Result<Page, TypesetError> {
    let shapers = Shapers::new(fonts)?;
    let (width, height) = media.page_pt();
    let qr = QrCode::with_error_correction_level(badge.code.as_bytes(), EcLevel::M)
        .map_err(|e| TypesetError::Render(format!("QR code: {e}")))?;
    // Shrink everything together until it fits; the last try is small enough for any badge.
    let mut scale = 1.0;
    loop {
        let (page, fits) = attempt(badge, &shapers, &qr, width, height, scale);
        if fits || scale < 0.3 {
            return Ok(page);
        }
        scale *= 0.9;
    }
}

/// One try at `scale`: the page, and whether everything fitted.
fn attempt(
    badge: &Badge<'_>,
    shapers: &Shapers<'_>,
    qr: &QrCode,
    width: f32,
    height: f32,
    scale: f32,
) -> (Page, bool) {
    let unit = width.min(height);
    let margin = (unit * 0.06).max(2.0 * MM);
    let landscape = width > height * 1.15;
    let value = Dir::Auto(badge.rtl);
    let page_dir = Dir::Fixed(badge.rtl);
    let mut ops = Vec::new();
    let mut fits = true;

    // The QR code: bottom end corner. Its quiet zone is part of `side`.
    let modules = qr.width() as f32 + 4.0;
    let side = if landscape {
        (height * 0.55).min(width * 0.3)
    } else {
        (width * 0.36).min(height * 0.3)
    }
    .max(modules * 0.33 * MM);
    let qr_x = if badge.rtl {
        margin * 0.5
    } else {
        width - margin * 0.5 - side
    };
    let qr_y = height - margin * 0.5 - side;
    qr_ops(&mut ops, qr, qr_x, qr_y, side);

    let full = width - 2.0 * margin;
    // Lines beside the QR code end half a margin before it.
    let beside = full - side;
    // Every line starts at the start edge: the left, or the right in a right-to-left badge.
    let place = |line: &Line| -> f32 {
        if badge.rtl {
            width - margin - line.width()
        } else {
            margin
        }
    };

    // Header: logo and site name.
    let mut y = margin;
    let site_size = unit * 0.065 * scale;
    let logo_h = site_size * 1.9;
    let mut text_start = 0.0;
    if let Some(logo) = &badge.logo {
        let aspect = logo.width as f32 / logo.height.max(1) as f32;
        let w = (logo_h * aspect).min(full * 0.4);
        let h = w / aspect;
        let x = if badge.rtl {
            width - margin - w
        } else {
            margin
        };
        ops.push(Op::Image {
            image: logo.clone(),
            x,
            y,
            w,
            h,
        });
        text_start = w + site_size * 0.6;
    }
    let site_w = full - text_start;
    let site = shapers.shape_line(badge.site, site_size, Style::Bold, value);
    let site = fit_one(shapers, badge.site, site, site_w, Style::Bold, value);
    let header_h = if badge.logo.is_some() {
        logo_h
    } else {
        site.size * 1.3
    };
    let site_y = y + header_h / 2.0 + site.size * 0.35;
    let site_x = if badge.rtl {
        width - margin - text_start - site.width()
    } else {
        margin + text_start
    };
    ops.push(Op::Text {
        line: site,
        x: site_x,
        y: site_y,
        gray: MUTED,
    });
    y += header_h + unit * 0.05 * scale;

    // The name: as large as fits on one line, down to 60 %; then two lines; then smaller.
    let name_size = unit * 0.17 * scale;
    let name_w = if landscape { beside } else { full };
    let name_lines = name_lines(shapers, badge.name, name_size, name_w, value);
    for line in name_lines {
        let size = line.size;
        y += size * 1.05;
        let x = place(&line);
        ops.push(Op::Text {
            line,
            x,
            y,
            gray: INK,
        });
        y += size * 0.2;
    }

    // Company, then kind of visit and host.
    let small = unit * 0.075 * scale;
    let mut rows: Vec<(&str, f32, Style, u8)> = Vec::new();
    if let Some(company) = badge.company.filter(|c| !c.trim().is_empty()) {
        rows.push((company, small * 1.15, Style::Regular, INK));
    }
    let kind_line = match badge.host {
        Some(host) => format!("{} · {}", badge.kind, host),
        None => badge.kind.to_string(),
    };
    rows.push((&kind_line, small, Style::Regular, MUTED));
    let row_w = if landscape { beside } else { full };
    for (text, size, style, gray) in rows {
        for line in shapers
            .wrap(text, size, style, value, row_w)
            .into_iter()
            .take(2)
        {
            let line = fit_line(line, row_w);
            y += line.size * 1.3;
            let x = place(&line);
            ops.push(Op::Text { line, x, y, gray });
        }
    }

    // Bottom, beside the QR code: the date, then "valid until" in large type.
    let valid_size = unit * 0.1 * scale;
    let date_size = unit * 0.075 * scale;
    let valid = fit_one(
        shapers,
        badge.valid_until,
        shapers.shape_line(badge.valid_until, valid_size, Style::Bold, page_dir),
        beside,
        Style::Bold,
        page_dir,
    );
    let date = fit_one(
        shapers,
        badge.date,
        shapers.shape_line(badge.date, date_size, Style::Regular, page_dir),
        beside,
        Style::Regular,
        page_dir,
    );
    let bottom = height - margin;
    let valid_y = bottom - valid.size * 0.25;
    let date_y = valid_y - valid.size * 1.2;
    let top_of_bottom = date_y - date.size;
    // Whatever sits above the QR code's top must end above it (portrait), and the text above
    // must end above the date (both).
    if y > top_of_bottom || (!landscape && y > qr_y) {
        fits = false;
    }
    let (dx, vx) = (place(&date), place(&valid));
    ops.push(Op::Text {
        line: date,
        x: dx,
        y: date_y,
        gray: INK,
    });
    ops.push(Op::Text {
        line: valid,
        x: vx,
        y: valid_y,
        gray: INK,
    });
    (Page { width, height, ops }, fits)
}

/// The name's lines at up to `size`: one line if it fits at 60 % or more, else two lines
/// (wrapped at 60 %), shrunk further until each fits `max`.
fn name_lines(shapers: &Shapers<'_>, name: &str, size: f32, max: f32, dir: Dir) -> Vec<Line> {
    let one = shapers.shape_line(name, size, Style::Bold, dir);
    let w = one.width();
    if w <= max {
        return vec![one];
    }
    if w * 0.6 <= max {
        let size = size * max / w;
        return vec![shapers.shape_line(name, size, Style::Bold, dir)];
    }
    let mut size = size * 0.6;
    loop {
        let lines = shapers.wrap(name, size, Style::Bold, dir, max);
        if lines.len() <= 2 || size < 4.0 {
            return lines
                .into_iter()
                .take(2)
                .map(|l| fit_line(l, max))
                .collect();
        }
        size *= 0.9;
    }
}

/// `line` shrunk to fit `max` if it is wider (a line is re-shaped at the new size).
fn fit_one(
    shapers: &Shapers<'_>,
    text: &str,
    line: Line,
    max: f32,
    style: Style,
    dir: Dir,
) -> Line {
    let w = line.width();
    if w <= max || w <= 0.0 {
        return line;
    }
    shapers.shape_line(text, line.size * max / w, style, dir)
}

/// A wrapped line that is still too wide (one long word) drawn smaller.
fn fit_line(mut line: Line, max: f32) -> Line {
    let w = line.width();
    if w > max && w > 0.0 {
        line.size *= max / w;
    }
    line
}

/// The QR code's dark modules as squares in a `side`-point box with a 2-module quiet zone.
fn qr_ops(ops: &mut Vec<Op>, qr: &QrCode, x: f32, y: f32, side: f32) {
    let n = qr.width();
    let module = side / (n as f32 + 4.0);
    let colors = qr.to_colors();
    for row in 0..n {
        // Runs of dark modules in a row become one rectangle.
        let mut col = 0;
        while col < n {
            if colors[row * n + col] != Color::Dark {
                col += 1;
                continue;
            }
            let start = col;
            while col < n && colors[row * n + col] == Color::Dark {
                col += 1;
            }
            ops.push(Op::Rect {
                x: x + (start as f32 + 2.0) * module,
                y: y + (row as f32 + 2.0) * module,
                w: (col - start) as f32 * module,
                h: module,
                gray: 0,
            });
        }
    }
}

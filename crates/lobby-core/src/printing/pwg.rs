//! PWG Raster (PWG 5102.4), the format every IPP Everywhere printer takes.
//!
//! A stream is the sync word "RaS2", then per page a 1796-byte header (CUPS's
//! `cups_page_header2_t`, all integers big-endian) and the page's lines, compressed: each group
//! of identical lines is one line-repeat byte and the line as PackBits-like runs of pixels.

use std::borrow::Cow;

use super::raster::Gray;

/// The colour spaces and bit depths of `pwg-raster-document-type-supported` Lobby can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RasterType {
    /// `sgray_8`
    Sgray8,
    /// `black_1`
    Black1,
    /// `srgb_8`
    Srgb8,
}

impl RasterType {
    /// The IPP keyword, as in `pwg-raster-document-type-supported`.
    pub fn keyword(self) -> &'static str {
        match self {
            RasterType::Sgray8 => "sgray_8",
            RasterType::Black1 => "black_1",
            RasterType::Srgb8 => "srgb_8",
        }
    }

    /// The type named by an IPP keyword, if Lobby can write it.
    pub fn parse(keyword: &str) -> Option<Self> {
        [RasterType::Sgray8, RasterType::Black1, RasterType::Srgb8]
            .into_iter()
            .find(|t| t.keyword() == keyword)
    }

    /// (bits per colour, bits per pixel, number of colours, `cupsColorSpace`).
    fn layout(self) -> (u32, u32, u32, u32) {
        match self {
            RasterType::Sgray8 => (8, 8, 1, CSPACE_SGRAY),
            RasterType::Black1 => (1, 1, 1, CSPACE_K),
            RasterType::Srgb8 => (8, 24, 3, CSPACE_SRGB),
        }
    }
}

/// The sync word of a big-endian PWG Raster stream.
const SYNC: &[u8; 4] = b"RaS2";
/// Size of `cups_page_header2_t`.
const HEADER_LEN: usize = 1796;

/// `cups_cspace_t` values.
const CSPACE_K: u32 = 3;
const CSPACE_SGRAY: u32 = 18;
const CSPACE_SRGB: u32 = 19;

/// Byte offsets of the header fields Lobby sets (cups/raster.h, `cups_page_header2_t`).
mod offset {
    pub const MEDIA_CLASS: usize = 0;
    pub const HW_RESOLUTION: usize = 276;
    pub const NUM_COPIES: usize = 340;
    pub const PAGE_SIZE: usize = 352;
    pub const WIDTH: usize = 372;
    pub const HEIGHT: usize = 376;
    pub const BITS_PER_COLOR: usize = 384;
    pub const BITS_PER_PIXEL: usize = 388;
    pub const BYTES_PER_LINE: usize = 392;
    pub const COLOR_ORDER: usize = 396;
    pub const COLOR_SPACE: usize = 400;
    pub const NUM_COLORS: usize = 420;
    /// `cupsInteger[16]`; PWG gives the first ones meanings (see `integer`).
    pub const INTEGER: usize = 452;
    pub const RENDERING_INTENT: usize = 1668;
    pub const PAGE_SIZE_NAME: usize = 1732;
}

/// PWG's names for `cupsInteger` indexes.
mod integer {
    pub const TOTAL_PAGE_COUNT: usize = 0;
    pub const CROSS_FEED_TRANSFORM: usize = 1;
    pub const FEED_TRANSFORM: usize = 2;
    pub const IMAGE_BOX_LEFT: usize = 3;
    pub const IMAGE_BOX_TOP: usize = 4;
    pub const IMAGE_BOX_RIGHT: usize = 5;
    pub const IMAGE_BOX_BOTTOM: usize = 6;
    pub const ALTERNATE_PRIMARY: usize = 7;
    pub const PRINT_QUALITY: usize = 8;
}

/// One page of PWG Raster: the sync word, a page header and the compressed lines.
/// `page_size_pt` is the media as fed, in points; `media_name` the PWG media name.
///
/// `black_1` is the gray thresholded at 128 (darker is black); `srgb_8` the gray in all three
/// channels. Missing pixels (a `pixels` shorter than `width × height`) are white.
pub fn encode(
    image: &Gray,
    dpi: u32,
    kind: RasterType,
    page_size_pt: (f32, f32),
    media_name: &str,
    copies: u32,
) -> Vec<u8> {
    let bytes_per_line = bytes_per_line(image.width, kind);
    let mut out = Vec::with_capacity(SYNC.len() + HEADER_LEN + bytes_per_line);
    out.extend_from_slice(SYNC);
    out.extend_from_slice(&header(image, dpi, kind, page_size_pt, media_name, copies));

    let bpp = match kind {
        RasterType::Srgb8 => 3,
        RasterType::Sgray8 | RasterType::Black1 => 1,
    };
    let mut lines = (0..image.height).map(|y| pack(image, y, kind));
    let mut current = lines.next();
    while let Some(line) = current.take() {
        let mut repeat: u8 = 0;
        for next in lines.by_ref() {
            if next == line && repeat < u8::MAX {
                repeat += 1;
            } else {
                current = Some(next);
                break;
            }
        }
        out.push(repeat);
        compress_line(&line, bpp, &mut out);
    }
    out
}

fn bytes_per_line(width: u32, kind: RasterType) -> usize {
    let (_, bits_per_pixel, _, _) = kind.layout();
    (width as usize * bits_per_pixel as usize).div_ceil(8)
}

/// The page header, every field PWG 5102.4 does not name left zero.
fn header(
    image: &Gray,
    dpi: u32,
    kind: RasterType,
    page_size_pt: (f32, f32),
    media_name: &str,
    copies: u32,
) -> [u8; HEADER_LEN] {
    let (bits_per_color, bits_per_pixel, colors, space) = kind.layout();
    let bytes_per_line = u32::try_from(bytes_per_line(image.width, kind)).unwrap_or(u32::MAX);
    let points = |v: f32| {
        let v = v.round();
        // Saturates; NaN becomes 0.
        if v > 0.0 {
            v as u32
        } else {
            0
        }
    };
    let mut h = [0u8; HEADER_LEN];
    let mut put = |at: usize, v: u32| h[at..at + 4].copy_from_slice(&v.to_be_bytes());
    put(offset::HW_RESOLUTION, dpi);
    put(offset::HW_RESOLUTION + 4, dpi);
    put(offset::NUM_COPIES, copies.max(1));
    put(offset::PAGE_SIZE, points(page_size_pt.0));
    put(offset::PAGE_SIZE + 4, points(page_size_pt.1));
    put(offset::WIDTH, image.width);
    put(offset::HEIGHT, image.height);
    put(offset::BITS_PER_COLOR, bits_per_color);
    put(offset::BITS_PER_PIXEL, bits_per_pixel);
    put(offset::BYTES_PER_LINE, bytes_per_line);
    put(offset::COLOR_ORDER, 0); // chunky
    put(offset::COLOR_SPACE, space);
    put(offset::NUM_COLORS, colors);
    let int = |i: usize| offset::INTEGER + 4 * i;
    put(int(integer::TOTAL_PAGE_COUNT), 1);
    put(int(integer::CROSS_FEED_TRANSFORM), 1);
    put(int(integer::FEED_TRANSFORM), 1);
    put(int(integer::IMAGE_BOX_LEFT), 0);
    put(int(integer::IMAGE_BOX_TOP), 0);
    put(int(integer::IMAGE_BOX_RIGHT), image.width);
    put(int(integer::IMAGE_BOX_BOTTOM), image.height);
    put(int(integer::ALTERNATE_PRIMARY), 0x00FF_FFFF);
    put(int(integer::PRINT_QUALITY), 0); // the printer's default
    put_str(&mut h, offset::MEDIA_CLASS, "PwgRaster");
    put_str(&mut h, offset::RENDERING_INTENT, ""); // the printer's default
    put_str(&mut h, offset::PAGE_SIZE_NAME, media_name);
    h
}

/// Writes `s` into a 64-byte, NUL-terminated field, cut to at most 63 bytes (at a character
/// boundary).
fn put_str(h: &mut [u8], at: usize, s: &str) {
    let mut end = s.len().min(63);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    h[at..at + end].copy_from_slice(&s.as_bytes()[..end]);
    h[at + end..at + 64].fill(0);
}

/// Line `y` of the image in the raster's pixel format.
fn pack(image: &Gray, y: u32, kind: RasterType) -> Vec<u8> {
    let width = image.width as usize;
    let start = y as usize * width;
    let row: Cow<[u8]> = match image.pixels.get(start..start + width) {
        Some(row) => Cow::Borrowed(row),
        None => Cow::Owned(vec![255; width]),
    };
    match kind {
        RasterType::Sgray8 => row.into_owned(),
        RasterType::Srgb8 => row.iter().flat_map(|&v| [v, v, v]).collect(),
        RasterType::Black1 => row
            .chunks(8)
            .map(|eight| {
                eight
                    .iter()
                    .enumerate()
                    .filter(|&(_, &v)| v < 128)
                    .fold(0u8, |byte, (i, _)| byte | (0x80 >> i))
            })
            .collect(),
    }
}

/// Appends one line as PWG runs of `bpp`-byte pixels: a control byte 0..=127 repeats the
/// next pixel control + 1 times; 129..=255 is followed by 257 − control literal pixels.
fn compress_line(line: &[u8], bpp: usize, out: &mut Vec<u8>) {
    let pixels: Vec<&[u8]> = line.chunks_exact(bpp).collect();
    let n = pixels.len();
    let mut i = 0;
    while i < n {
        let mut run = 1;
        while i + run < n && run < 128 && pixels[i + run] == pixels[i] {
            run += 1;
        }
        if run > 1 {
            out.push((run - 1) as u8);
            out.extend_from_slice(pixels[i]);
            i += run;
            continue;
        }
        // Literal pixels, up to the start of the next run (two equal pixels).
        let start = i;
        i += 1;
        while i < n && i - start < 128 && (i + 1 == n || pixels[i] != pixels[i + 1]) {
            i += 1;
        }
        let count = i - start;
        if count == 1 {
            // A single pixel is a run of one (257 − 1 does not fit in a byte).
            out.push(0);
        } else {
            out.push((257 - count) as u8);
        }
        out.extend_from_slice(&line[start * bpp..i * bpp]);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use qrcode::{Color, QrCode};

    use super::*;
    use crate::printing::page::{Op, Page};
    use crate::printing::raster::render;

    fn be32(data: &[u8], at: usize) -> u32 {
        u32::from_be_bytes(data[at..at + 4].try_into().unwrap())
    }

    /// A NUL-terminated string field of the header, checking the rest of it is NUL.
    fn cstr(header: &[u8], at: usize) -> String {
        let field = &header[at..at + 64];
        let end = field.iter().position(|&b| b == 0).unwrap();
        assert!(field[end..].iter().all(|&b| b == 0));
        String::from_utf8(field[..end].to_vec()).unwrap()
    }

    /// A small xorshift generator, so the tests' "random" images are reproducible.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// Decodes one page, independently of the encoder, and checks the stream is well formed:
    /// returns (header, raw lines).
    fn decode(data: &[u8]) -> (Vec<u8>, Vec<Vec<u8>>) {
        assert_eq!(&data[..4], b"RaS2");
        let header = data[4..4 + 1796].to_vec();
        let height = be32(&header, 376) as usize;
        let bits = be32(&header, 388) as usize;
        let bytes_per_line = be32(&header, 392) as usize;
        let bpp = bits.div_ceil(8);
        let mut lines = Vec::new();
        let mut at = 4 + 1796;
        while lines.len() < height {
            let repeat = data[at] as usize + 1;
            at += 1;
            let mut line = Vec::with_capacity(bytes_per_line);
            while line.len() < bytes_per_line {
                let control = data[at];
                at += 1;
                assert_ne!(control, 128, "control byte 128 is not allowed");
                if control < 128 {
                    let pixel = &data[at..at + bpp];
                    for _ in 0..=control {
                        line.extend_from_slice(pixel);
                    }
                    at += bpp;
                } else {
                    let count = (257 - control as usize) * bpp;
                    line.extend_from_slice(&data[at..at + count]);
                    at += count;
                }
                assert!(line.len() <= bytes_per_line, "a run crosses the line's end");
            }
            assert!(lines.len() + repeat <= height, "lines repeat past the page");
            for _ in 0..repeat {
                lines.push(line.clone());
            }
        }
        assert_eq!(at, data.len(), "bytes after the last line");
        (header, lines)
    }

    /// The expected raw lines, computed directly.
    fn expected(image: &Gray, kind: RasterType) -> Vec<Vec<u8>> {
        let w = image.width as usize;
        (0..image.height as usize)
            .map(|y| {
                let row = &image.pixels[y * w..(y + 1) * w];
                match kind {
                    RasterType::Sgray8 => row.to_vec(),
                    RasterType::Srgb8 => row.iter().flat_map(|&v| vec![v; 3]).collect(),
                    RasterType::Black1 => {
                        let mut bytes = vec![0u8; w.div_ceil(8)];
                        for (x, &v) in row.iter().enumerate() {
                            if v < 128 {
                                bytes[x / 8] |= 1 << (7 - x % 8);
                            }
                        }
                        bytes
                    }
                }
            })
            .collect()
    }

    const KINDS: [RasterType; 3] = [RasterType::Sgray8, RasterType::Black1, RasterType::Srgb8];

    #[test]
    fn keywords_round_trip() {
        for kind in KINDS {
            assert_eq!(RasterType::parse(kind.keyword()), Some(kind));
        }
        assert_eq!(RasterType::parse("adobe-rgb_16"), None);
    }

    #[test]
    fn header_fields_at_their_offsets() {
        let image = Gray {
            width: 21,
            height: 5,
            pixels: vec![255; 21 * 5],
        };
        let name = "oe_lobby-badge_62x100mm-with-a-name-much-longer-than-sixty-three-bytes";
        for (kind, bpc, bpp, bpl, space, colors) in [
            (RasterType::Sgray8, 8, 8, 21, 18, 1),
            (RasterType::Black1, 1, 1, 3, 3, 1),
            (RasterType::Srgb8, 8, 24, 63, 19, 3),
        ] {
            let data = encode(&image, 300, kind, (175.7, 283.5), name, 2);
            let h = &data[4..4 + 1796];
            assert_eq!(&data[..4], b"RaS2");
            assert_eq!(cstr(h, 0), "PwgRaster", "MediaClass");
            assert_eq!((be32(h, 276), be32(h, 280)), (300, 300), "HWResolution");
            assert_eq!(be32(h, 340), 2, "NumCopies");
            assert_eq!((be32(h, 352), be32(h, 356)), (176, 284), "PageSize");
            assert_eq!((be32(h, 372), be32(h, 376)), (21, 5), "cupsWidth/Height");
            assert_eq!(be32(h, 384), bpc, "cupsBitsPerColor");
            assert_eq!(be32(h, 388), bpp, "cupsBitsPerPixel");
            assert_eq!(be32(h, 392), bpl, "cupsBytesPerLine");
            assert_eq!(be32(h, 396), 0, "cupsColorOrder");
            assert_eq!(be32(h, 400), space, "cupsColorSpace");
            assert_eq!(be32(h, 404), 0, "cupsCompression");
            assert_eq!(be32(h, 420), colors, "cupsNumColors");
            let int = |i: usize| be32(h, 452 + 4 * i);
            assert_eq!((int(0), int(1), int(2)), (1, 1, 1), "pages, transforms");
            assert_eq!((int(3), int(4), int(5), int(6)), (0, 0, 21, 5), "ImageBox");
            assert_eq!(int(7), 0xFF_FFFF, "AlternatePrimary");
            assert!([0, 4].contains(&int(8)), "PrintQuality");
            assert!((9..16).all(|i| int(i) == 0));
            assert!(["", "perceptual"].contains(&cstr(h, 1668).as_str()));
            assert_eq!(cstr(h, 1732), name[..63], "cupsPageSizeName");
            // Fields PWG leaves alone are zero: the strings after MediaClass, Duplex,
            // ImagingBoundingBox, Margins, the float fields, cupsReal and cupsString.
            assert!(h[64..256].iter().all(|&b| b == 0));
            assert!(h[256..276].iter().all(|&b| b == 0));
            assert!(h[284..340].iter().all(|&b| b == 0));
            assert!(h[424..452].iter().all(|&b| b == 0));
            assert!(h[516..1668].iter().all(|&b| b == 0));
        }
        // No copies means one.
        let data = encode(&image, 203, RasterType::Black1, (1.0, 1.0), "x", 0);
        assert_eq!(be32(&data, 4 + 340), 1);
        assert_eq!(be32(&data, 4 + 276), 203);
    }

    #[test]
    fn compression_round_trips() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut images = Vec::new();
        // Noise, from tiny to wider than a literal run can be.
        for (w, h) in [
            (1, 1),
            (2, 3),
            (7, 4),
            (9, 9),
            (129, 6),
            (300, 20),
            (1001, 3),
        ] {
            let pixels = (0..w * h).map(|_| rng.below(256) as u8).collect();
            images.push(Gray {
                width: w,
                height: h,
                pixels,
            });
        }
        // Runs of all lengths, some much longer than 128, mixed with literals; few values,
        // so black_1 sees long runs of equal bytes too; some lines repeated a few times.
        for w in [13_usize, 255, 257, 700, 733] {
            let mut pixels: Vec<u8> = Vec::new();
            for _ in 0..40 {
                if !pixels.is_empty() && rng.below(3) == 0 {
                    let last = pixels[pixels.len() - w..].to_vec();
                    for _ in 0..=rng.below(3) {
                        pixels.extend_from_slice(&last);
                    }
                    continue;
                }
                let mut line = Vec::with_capacity(w + 300);
                while line.len() < w {
                    let v = [0, 255, 127, 128][rng.below(4) as usize];
                    let len = [1, 2, 3, 127, 128, 129, 300][rng.below(7) as usize];
                    line.extend(std::iter::repeat_n(v, len));
                    if rng.below(3) == 0 {
                        line.push(rng.below(256) as u8);
                    }
                }
                line.truncate(w);
                pixels.extend(line);
            }
            images.push(Gray {
                width: w as u32,
                height: (pixels.len() / w) as u32,
                pixels,
            });
        }
        // Identical lines more than 256 times (and exactly 256 and 257), then a change.
        for h in [255, 256, 257, 600] {
            let mut pixels: Vec<u8> = (0..11 * h).map(|i| (i % 11 * 20) as u8).collect();
            pixels.extend([0; 11]);
            images.push(Gray {
                width: 11,
                height: h + 1,
                pixels,
            });
        }
        for image in &images {
            for kind in KINDS {
                let data = encode(image, 300, kind, (10.0, 10.0), "custom", 1);
                let (_, lines) = decode(&data);
                assert_eq!(
                    lines,
                    expected(image, kind),
                    "{}×{} {kind:?}",
                    image.width,
                    image.height
                );
            }
        }
    }

    #[test]
    fn runs_and_repeats_are_compact() {
        // A white 62 × 100 mm page at 300 dpi: 732 × 1181 pixels, so 5 groups of lines
        // (4 × 256 + 157), each 1 repeat byte and 6 runs (5 × 128 + 92) of 2 bytes.
        let white = Gray {
            width: 732,
            height: 1181,
            pixels: vec![255; 732 * 1181],
        };
        let data = encode(&white, 300, RasterType::Sgray8, (175.7, 283.5), "x", 1);
        assert_eq!(data.len(), 4 + 1796 + 5 * (1 + 6 * 2));
        assert_eq!(
            &data[1800..1813],
            &[255, 127, 255, 127, 255, 127, 255, 127, 255, 127, 255, 91, 255]
        );
        // black_1: 92 bytes a line, one run of 92 zero bytes.
        let data = encode(&white, 300, RasterType::Black1, (175.7, 283.5), "x", 1);
        assert_eq!(
            &data[1800..],
            &[255, 91, 0, 255, 91, 0, 255, 91, 0, 255, 91, 0, 156, 91, 0]
        );
        // A single pixel between runs is a run of one; two different pixels a literal.
        let mut out = Vec::new();
        compress_line(&[5, 5, 5, 9, 7, 7, 1, 2], 1, &mut out);
        assert_eq!(out, [2, 5, 0, 9, 1, 7, 255, 1, 2]);
        out.clear();
        compress_line(&[1, 2, 3, 1, 2, 3, 4, 5, 6], 3, &mut out);
        assert_eq!(out, [1, 1, 2, 3, 0, 4, 5, 6]);
    }

    /// Runs a command, failing the test with a hint when it cannot run or fails.
    fn run(command: &mut Command, package: &str) -> Vec<u8> {
        let out = command.output().unwrap_or_else(|e| {
            panic!("cannot run {command:?} ({e}): on Debian, `apt-get install {package}`")
        });
        assert!(
            out.status.success(),
            "{command:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// cups-filters turns the PWG Raster into a PDF; poppler rasterises it; zbar reads the QR
    /// code. Returns (the text read, the PDF's page size in points).
    fn read_back(pwg: &[u8], dir: &Path, name: &str) -> (String, (f32, f32)) {
        let raster = dir.join(format!("{name}.pwg"));
        std::fs::write(&raster, pwg).unwrap();
        let pdf = run(
            Command::new("/usr/lib/cups/filter/rastertopdf")
                .args(["1", "user", "title", "1", ""])
                .arg(&raster)
                .env("CONTENT_TYPE", "image/pwg-raster")
                .env("FINAL_CONTENT_TYPE", "application/pdf"),
            "cups-filters",
        );
        assert!(pdf.starts_with(b"%PDF"), "rastertopdf wrote no PDF");
        let pdf_path = dir.join(format!("{name}.pdf"));
        std::fs::write(&pdf_path, pdf).unwrap();
        let info = run(Command::new("pdfinfo").arg(&pdf_path), "poppler-utils");
        let info = String::from_utf8(info).unwrap();
        let size = info
            .lines()
            .find_map(|l| l.strip_prefix("Page size:"))
            .and_then(|l| {
                let mut words = l.split_whitespace();
                let w = words.next()?.parse().ok()?;
                let _x = words.next()?;
                let h = words.next()?.parse().ok()?;
                Some((w, h))
            })
            .unwrap_or_else(|| panic!("no page size in pdfinfo's output: {info}"));
        let prefix = dir.join(name);
        run(
            Command::new("pdftoppm")
                .args(["-r", "150", "-png", "-singlefile"])
                .arg(&pdf_path)
                .arg(&prefix),
            "poppler-utils",
        );
        let png = dir.join(format!("{name}.png"));
        let text = run(
            Command::new("zbarimg").args(["-q", "--raw"]).arg(&png),
            "zbar-tools",
        );
        let text = String::from_utf8(text).unwrap();
        (text.trim_end_matches('\n').to_owned(), size)
    }

    /// A 62 × 100 mm badge with a QR code drawn as one `Rect` per dark module, its modules
    /// a fractional number of pixels wide.
    fn qr_page(text: &str) -> Page {
        let mm = 72.0 / 25.4;
        let qr = QrCode::new(text).unwrap();
        let n = qr.width();
        let side = 40.0 * mm;
        let module = side / (n as f32 + 4.0);
        let (x, y) = (11.3 * mm, 45.7 * mm);
        let colors = qr.to_colors();
        let mut ops = Vec::new();
        for row in 0..n {
            for col in 0..n {
                if colors[row * n + col] == Color::Dark {
                    ops.push(Op::Rect {
                        x: x + (col as f32 + 2.0) * module,
                        y: y + (row as f32 + 2.0) * module,
                        w: module,
                        h: module,
                        gray: 0,
                    });
                }
            }
        }
        Page {
            width: 62.0 * mm,
            height: 100.0 * mm,
            ops,
        }
    }

    #[test]
    fn cups_filters_reads_a_qr_code_back() {
        let dir = tempfile::tempdir().unwrap();
        let text = "https://lobby.example/v/7Q2X-91KD?badge=1";
        let page = qr_page(text);
        let (w, h) = page.size();
        for turned in [false, true] {
            let image = render(&page, 300, turned);
            let fed = if turned { (h, w) } else { (w, h) };
            assert_eq!(image.width > image.height, turned);
            for kind in KINDS {
                let pwg = encode(&image, 300, kind, fed, "oe_badge_62x100mm", 1);
                let name = format!("{}-{turned}", kind.keyword());
                let (read, size) = read_back(&pwg, dir.path(), &name);
                assert_eq!(read, text, "{name}");
                // rastertopdf (cups-filters 1.28) sizes the page from cupsWidth/cupsHeight
                // and HWResolution, not PageSize: this checks those agree with the media.
                assert!(
                    (size.0 - fed.0).abs() <= 1.0 && (size.1 - fed.1).abs() <= 1.0,
                    "{name}: PDF page is {size:?} pt, not {fed:?}"
                );
            }
        }
    }
}

//! The label and paper sizes a badge is printed on, as `[printing] media` names them.

use std::fmt;

/// A badge's media. Sizes are as the printer feeds it: `width` across the print head,
/// `length` along the feed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Media {
    /// Brother QL 62 mm continuous tape (DK-22205), cut at 100 mm.
    Brother62,
    /// Brother QL 29×90 mm die-cut address labels (DK-11201).
    Brother29x90,
    /// DYMO LabelWriter 99012: 36×89 mm address labels.
    Dymo99012,
    /// 4×3 in labels (Zebra and other 4-inch desktop printers).
    Label4x3,
    /// 4×6 in labels.
    Label4x6,
    /// ISO A6 paper, 105×148 mm.
    A6,
    /// Any other size, in millimetres: `WIDTHxLENGTHmm`.
    Custom { width: f32, length: f32 },
}

/// Millimetres to PDF points.
pub const MM: f32 = 72.0 / 25.4;

/// The smallest and largest side of a custom size, in millimetres.
pub const CUSTOM_MM: (f32, f32) = (20.0, 300.0);

impl Media {
    /// The names `[printing] media` takes, custom sizes aside.
    pub const NAMED: [&'static str; 6] = [
        "brother-62mm",
        "brother-29x90mm",
        "dymo-99012",
        "4x3in",
        "4x6in",
        "a6",
    ];

    pub fn parse(text: &str) -> Option<Media> {
        let t = text.trim().to_ascii_lowercase();
        let named = match t.as_str() {
            "brother-62mm" => Some(Media::Brother62),
            "brother-29x90mm" => Some(Media::Brother29x90),
            "dymo-99012" => Some(Media::Dymo99012),
            "4x3in" => Some(Media::Label4x3),
            "4x6in" => Some(Media::Label4x6),
            "a6" => Some(Media::A6),
            _ => None,
        };
        if named.is_some() {
            return named;
        }
        let (w, l) = t.strip_suffix("mm")?.split_once('x')?;
        let (width, length) = (w.trim().parse::<f32>().ok()?, l.trim().parse::<f32>().ok()?);
        let ok = |v: f32| v.is_finite() && (CUSTOM_MM.0..=CUSTOM_MM.1).contains(&v);
        (ok(width) && ok(length)).then_some(Media::Custom { width, length })
    }

    /// Width across the print head and length along the feed, in millimetres.
    pub fn fed_mm(&self) -> (f32, f32) {
        match *self {
            Media::Brother62 => (62.0, 100.0),
            Media::Brother29x90 => (29.0, 90.0),
            Media::Dymo99012 => (36.0, 89.0),
            Media::Label4x3 => (101.6, 76.2),
            Media::Label4x6 => (101.6, 152.4),
            Media::A6 => (105.0, 148.0),
            Media::Custom { width, length } => (width, length),
        }
    }

    /// The PWG 5101.1 self-describing name sent to the printer when it lists no size of its
    /// own that matches (which is then used instead).
    pub fn pwg_name(&self) -> String {
        match *self {
            Media::Brother62 => "om_dk-22205_62x100mm".into(),
            Media::Brother29x90 => "om_dk-11201_29x90mm".into(),
            Media::Dymo99012 => "om_dymo-99012_36x89mm".into(),
            Media::Label4x3 => "oe_4x3-label_4x3in".into(),
            Media::Label4x6 => "na_index-4x6_4x6in".into(),
            Media::A6 => "iso_a6_105x148mm".into(),
            Media::Custom { width, length } => {
                format!("custom_lobby_{}x{}mm", trim(width), trim(length))
            }
        }
    }

    /// A narrow strip (longer than twice its width) carries the badge across it, turned a
    /// quarter: a 29×90 mm label reads as 90 mm wide and 29 mm high.
    pub fn turned(&self) -> bool {
        let (w, l) = self.fed_mm();
        l > 2.0 * w
    }

    /// The badge as read, in points: (width, height).
    pub fn page_pt(&self) -> (f32, f32) {
        let (w, l) = self.fed_mm();
        if self.turned() {
            (l * MM, w * MM)
        } else {
            (w * MM, l * MM)
        }
    }
}

fn trim(v: f32) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl fmt::Display for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Media::Brother62 => f.write_str("brother-62mm"),
            Media::Brother29x90 => f.write_str("brother-29x90mm"),
            Media::Dymo99012 => f.write_str("dymo-99012"),
            Media::Label4x3 => f.write_str("4x3in"),
            Media::Label4x6 => f.write_str("4x6in"),
            Media::A6 => f.write_str("a6"),
            Media::Custom { width, length } => write!(f, "{}x{}mm", trim(width), trim(length)),
        }
    }
}

/// The size in a PWG self-describing media name (`iso_a6_105x148mm`, `na_index-4x6_4x6in`,
/// `roll_max_62x1000mm`), in millimetres; `None` for names without one.
pub fn pwg_size_mm(name: &str) -> Option<(f32, f32)> {
    let dims = name.rsplit('_').next()?;
    let (dims, factor) = match dims.strip_suffix("mm") {
        Some(d) => (d, 1.0),
        None => (dims.strip_suffix("in")?, 25.4),
    };
    let (w, l) = dims.split_once('x')?;
    Some((
        w.parse::<f32>().ok()? * factor,
        l.parse::<f32>().ok()? * factor,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_sizes_read_back() {
        for name in Media::NAMED.iter().copied().chain(["54x86mm", "62x29.5mm"]) {
            let media = Media::parse(name).expect(name);
            assert_eq!(media.to_string(), name);
            let (w, l) = pwg_size_mm(&media.pwg_name()).expect("a size");
            let (fw, fl) = media.fed_mm();
            assert!((w - fw).abs() < 0.1 && (l - fl).abs() < 0.1, "{name}");
        }
        assert_eq!(Media::parse("10x10mm"), None);
        assert_eq!(Media::parse("62mm"), None);
        assert!(Media::Brother29x90.turned() && Media::Dymo99012.turned());
        assert!(!Media::A6.turned() && !Media::Brother62.turned());
        let (w, h) = Media::Brother29x90.page_pt();
        assert!(w > h);
    }
}

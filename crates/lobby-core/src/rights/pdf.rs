//! The readable half of an export: a PDF, in the person's language, listing every record of
//! [`Holdings`] as `label: value` rows under a heading per kind of record, with the signatures
//! drawn. A4 pages, as many as it takes; right to left for Arabic.

use super::Holdings;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::{self, Localizer};
use crate::typeset::{Dir, Line, Shapers, Style, TypesetError};
use chrono::DateTime;
use fluent_bundle::FluentValue;
use krilla::color::rgb;
use krilla::geom::{Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::Document;

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
const MARGIN: f32 = 18.0 * MM;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const LABEL_W: f32 = 45.0 * MM;
const GAP: f32 = 4.0 * MM;
const SIGNATURE_W: f32 = 60.0 * MM;
const SIGNATURE_MAX_H: f32 = 25.0 * MM;

const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const MUTED: (u8, u8, u8) = (0x5f, 0x63, 0x68);

/// What the document is made of, in reading order.
enum Block {
    Title(String),
    Text(String),
    Section(String),
    Record(String),
    Row(String, String),
    Signature(Vec<u8>),
}

/// One thing drawn on a page.
enum Mark {
    Text(Line, f32, f32, (u8, u8, u8)),
    Image(Image, f32, f32, f32, f32),
}

fn leading(size: f32) -> f32 {
    size * 1.4
}

/// The blocks of `held`, in `l10n`'s language.
fn blocks(held: &Holdings, config: &Config, l10n: &Localizer) -> Vec<Block> {
    let t = |id: &str| i18n::strip_isolation(&l10n.text(id, &[]));
    let ta =
        |id: &str, args: &[(&str, FluentValue<'_>)]| i18n::strip_isolation(&l10n.text(id, args));
    let time = |s: &str| match DateTime::parse_from_rfc3339(s) {
        Ok(at) => at
            .with_timezone(&config.time_zone)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => s.to_owned(),
    };
    let yes_no = |b: bool| {
        t(if b {
            "privacy-pdf-yes"
        } else {
            "privacy-pdf-no"
        })
    };
    let mut out = vec![
        Block::Title(ta(
            "privacy-pdf-title",
            &[("site", config.site_name.clone().into())],
        )),
        Block::Text(ta(
            "privacy-pdf-intro",
            &[
                ("date", time(&held.generated_at).into()),
                ("named", held.named.clone().into()),
            ],
        )),
    ];
    let section = |out: &mut Vec<Block>, id: &str, empty: bool| {
        out.push(Block::Section(t(id)));
        if empty {
            out.push(Block::Text(t("privacy-pdf-none")));
        }
    };
    let record = |id: &dyn std::fmt::Display| {
        Block::Record(ta("privacy-pdf-record", &[("id", id.to_string().into())]))
    };
    let row = |label: &str, value: &str| Block::Row(t(label), value.to_owned());
    // Kinds of visit and of report in the reader's words (the screens' own messages).
    let visit_kind = |kind: &str| ta("visit-kind", &[("kind", kind.to_owned().into())]);
    let report_kind = |kind: &str| ta("report-kind", &[("kind", kind.to_owned().into())]);
    let opt_row = |out: &mut Vec<Block>, label: &str, value: &Option<String>| {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            out.push(row(label, v));
        }
    };

    section(&mut out, "privacy-pdf-visits", held.visits.is_empty());
    for v in &held.visits {
        out.push(record(&v.id));
        out.push(row("privacy-pdf-kind", &visit_kind(&v.kind)));
        out.push(row("privacy-pdf-name", &v.name));
        opt_row(&mut out, "privacy-pdf-company", &v.company);
        opt_row(&mut out, "privacy-pdf-email", &v.email);
        opt_row(&mut out, "privacy-pdf-phone", &v.phone);
        opt_row(&mut out, "privacy-pdf-purpose", &v.purpose);
        opt_row(&mut out, "privacy-pdf-host", &v.host);
        out.push(row("privacy-pdf-language", &v.language));
        out.push(row("privacy-pdf-arrived", &time(&v.checked_in_at)));
        opt_row(
            &mut out,
            "privacy-pdf-left",
            &v.checked_out_at.as_deref().map(time),
        );
        out.push(row("privacy-pdf-lead-consent", &yes_no(v.lead_consent)));
        opt_row(
            &mut out,
            "privacy-pdf-anonymised",
            &v.anonymised_at.as_deref().map(time),
        );
    }
    section(
        &mut out,
        "privacy-pdf-acceptances",
        held.acceptances.is_empty(),
    );
    for a in &held.acceptances {
        out.push(record(&a.id));
        opt_row(
            &mut out,
            "privacy-pdf-visit",
            &a.visit_id.map(|v| format!("#{v}")),
        );
        out.push(row(
            "privacy-pdf-policy",
            &format!("{} v{} ({})", a.policy, a.version, a.language),
        ));
        out.push(row("privacy-pdf-name", &a.signer_name));
        out.push(row("privacy-pdf-signed-at", &time(&a.accepted_at)));
        let about = match &a.signature_file {
            Some(file) => ta(
                "privacy-pdf-signature-file",
                &[
                    ("file", file.clone().into()),
                    ("hash", a.signature_sha256.clone().into()),
                ],
            ),
            None => ta(
                "privacy-pdf-signature-removed",
                &[("hash", a.signature_sha256.clone().into())],
            ),
        };
        out.push(Block::Row(t("privacy-pdf-signature"), about));
        if let Some(png) = &a.signature_png {
            out.push(Block::Signature(png.clone()));
        }
    }
    section(&mut out, "privacy-pdf-wifi", held.wifi_passes.is_empty());
    for w in &held.wifi_passes {
        out.push(record(&w.id));
        out.push(row("privacy-pdf-kind", &w.tier));
        opt_row(
            &mut out,
            "privacy-pdf-visit",
            &w.visit_id.map(|v| format!("#{v}")),
        );
        opt_row(&mut out, "privacy-pdf-label", &w.label);
        out.push(row(
            "privacy-pdf-valid",
            &format!("{} – {}", time(&w.issued_at), time(&w.expires_at)),
        ));
        opt_row(
            &mut out,
            "privacy-pdf-closed",
            &w.ended_at.as_deref().map(time),
        );
    }
    section(
        &mut out,
        "privacy-pdf-roll-calls",
        held.roll_calls.is_empty(),
    );
    for r in &held.roll_calls {
        out.push(record(&r.id));
        out.push(row("privacy-pdf-created", &time(&r.started_at)));
        out.push(row("privacy-pdf-name", &r.name));
        out.push(row("privacy-pdf-status", &r.status));
    }
    section(&mut out, "privacy-pdf-messages", held.messages.is_empty());
    for m in &held.messages {
        out.push(record(&m.id));
        out.push(row(
            "privacy-pdf-channel",
            &format!("{} ({})", m.channel, m.topic),
        ));
        opt_row(&mut out, "privacy-pdf-recipient", &m.recipient);
        out.push(row("privacy-pdf-created", &time(&m.created_at)));
        out.push(row("privacy-pdf-status", &m.state));
        out.push(row("privacy-pdf-content", &m.facts.to_string()));
    }
    section(
        &mut out,
        "privacy-pdf-invitations",
        held.invitations.is_empty(),
    );
    for i in &held.invitations {
        out.push(record(&i.id));
        out.push(row("privacy-pdf-kind", &visit_kind(&i.kind)));
        out.push(row("privacy-pdf-name", &i.name));
        opt_row(&mut out, "privacy-pdf-email", &i.email);
        opt_row(&mut out, "privacy-pdf-company", &i.company);
        out.push(row("privacy-pdf-host", &i.host_member_id));
        out.push(row(
            "privacy-pdf-valid",
            &format!("{} – {}", i.valid_from, i.valid_until),
        ));
        out.push(row("privacy-pdf-created", &time(&i.created_at)));
    }
    section(&mut out, "privacy-pdf-badges", held.badge_prints.is_empty());
    for b in &held.badge_prints {
        out.push(record(&b.id));
        out.push(row("privacy-pdf-visit", &format!("#{}", b.visit_id)));
        out.push(row("privacy-pdf-created", &time(&b.created_at)));
        out.push(row("privacy-pdf-status", &b.state));
    }
    section(&mut out, "privacy-pdf-approvals", held.approvals.is_empty());
    for a in &held.approvals {
        out.push(record(&a.id));
        out.push(row("privacy-pdf-name", &a.name));
        out.push(row("privacy-pdf-created", &time(&a.created_at)));
        opt_row(&mut out, "privacy-pdf-status", &a.outcome);
        opt_row(
            &mut out,
            "privacy-pdf-content",
            &a.request.as_ref().map(|r| r.to_string()),
        );
    }
    section(&mut out, "privacy-pdf-profile", held.profile.is_none());
    if let Some(p) = &held.profile {
        out.push(record(&p.id));
        out.push(row("privacy-pdf-name", &p.name));
        out.push(row("privacy-pdf-email", &p.email));
        opt_row(&mut out, "privacy-pdf-company", &p.company);
        opt_row(&mut out, "privacy-pdf-phone", &p.phone);
        out.push(row("privacy-pdf-kind", &visit_kind(&p.kind)));
        out.push(row("privacy-pdf-language", &p.language));
        out.push(row("privacy-pdf-created", &time(&p.created_at)));
        out.push(row("privacy-pdf-last-visit", &time(&p.last_visit_at)));
    }
    section(&mut out, "privacy-pdf-incidents", held.incidents.is_empty());
    for i in &held.incidents {
        out.push(record(&i.id));
        out.push(row("privacy-pdf-kind", &report_kind(&i.kind)));
        out.push(row("privacy-pdf-description", &i.description));
        opt_row(&mut out, "privacy-pdf-contact", &i.contact);
        out.push(row("privacy-pdf-reported", &time(&i.reported_at)));
        opt_row(
            &mut out,
            "privacy-pdf-closed",
            &i.closed_at.as_deref().map(time),
        );
        opt_row(&mut out, "privacy-pdf-note", &i.note);
    }
    section(&mut out, "privacy-pdf-deny", held.deny_entries.is_empty());
    for d in &held.deny_entries {
        out.push(record(&d.id));
        out.push(row("privacy-pdf-name", &d.name));
        opt_row(&mut out, "privacy-pdf-email", &d.email);
        opt_row(&mut out, "privacy-pdf-phone", &d.phone);
        opt_row(&mut out, "privacy-pdf-reason", &d.reason);
        out.push(row("privacy-pdf-created", &time(&d.added_at)));
    }
    section(&mut out, "privacy-pdf-holds", held.holds.is_empty());
    for h in &held.holds {
        out.push(record(&h.id));
        out.push(row("privacy-pdf-reason", &h.reason));
        out.push(row("privacy-pdf-until", &h.until));
    }
    out.push(Block::Section(String::new()));
    out.push(Block::Text(t("privacy-pdf-rights")));
    out
}

/// Lays `blocks` out on as many pages as they need.
fn layout(
    blocks: Vec<Block>,
    shapers: &Shapers<'_>,
    rtl: bool,
) -> std::result::Result<Vec<Vec<Mark>>, TypesetError> {
    let page_dir = Dir::Fixed(rtl);
    let value_dir = Dir::Auto(rtl);
    let mut pages: Vec<Vec<Mark>> = vec![Vec::new()];
    let mut y = MARGIN;
    let bottom = PAGE_H - MARGIN;
    // Starts a new page when `height` does not fit.
    let room = |pages: &mut Vec<Vec<Mark>>, y: &mut f32, height: f32| {
        if *y + height > bottom && *y > MARGIN {
            pages.push(Vec::new());
            *y = MARGIN;
        }
    };
    for block in blocks {
        let (lines, start, size, color, before): (Vec<Line>, f32, f32, _, f32) = match block {
            Block::Title(s) => (
                shapers.wrap(&s, 18.0, Style::Bold, page_dir, CONTENT_W),
                0.0,
                18.0,
                INK,
                0.0,
            ),
            Block::Text(s) => (
                shapers.wrap(&s, 10.0, Style::Regular, page_dir, CONTENT_W),
                0.0,
                10.0,
                MUTED,
                4.0,
            ),
            Block::Section(s) => (
                shapers.wrap(&s, 13.0, Style::Bold, page_dir, CONTENT_W),
                0.0,
                13.0,
                INK,
                12.0,
            ),
            Block::Record(s) => (
                shapers.wrap(&s, 10.5, Style::Bold, page_dir, CONTENT_W),
                0.0,
                10.5,
                INK,
                6.0,
            ),
            Block::Row(label, value) => {
                let labels = shapers.wrap(&label, 9.0, Style::Regular, page_dir, LABEL_W);
                let values = shapers.wrap(
                    &value,
                    10.0,
                    Style::Regular,
                    value_dir,
                    CONTENT_W - LABEL_W - GAP,
                );
                let height = leading(10.0) * labels.len().max(values.len()) as f32;
                room(&mut pages, &mut y, height);
                let page = pages.last_mut().expect("a page");
                for (i, line) in labels.into_iter().enumerate() {
                    page.push(Mark::Text(
                        line,
                        0.0,
                        y + leading(10.0) * (i + 1) as f32,
                        MUTED,
                    ));
                }
                for (i, line) in values.into_iter().enumerate() {
                    let at = y + leading(10.0) * (i + 1) as f32;
                    page.push(Mark::Text(line, LABEL_W + GAP, at, INK));
                }
                y += height;
                continue;
            }
            Block::Signature(png) => {
                // A damaged image is described in its row already; it must not stop the export.
                let Ok(image) = Image::from_png(krilla::Data::from(png), true) else {
                    continue;
                };
                let (w, h) = image.size();
                if w == 0 || h == 0 {
                    continue;
                }
                let scale = (SIGNATURE_W / w as f32).min(SIGNATURE_MAX_H / h as f32);
                let (w, h) = (w as f32 * scale, h as f32 * scale);
                room(&mut pages, &mut y, h + 6.0);
                let x = LABEL_W + GAP;
                pages
                    .last_mut()
                    .expect("a page")
                    .push(Mark::Image(image, x, y + 4.0, w, h));
                y += h + 6.0;
                continue;
            }
        };
        let height = before + leading(size) * lines.len() as f32;
        room(&mut pages, &mut y, height);
        y += before;
        let page = pages.last_mut().expect("a page");
        for line in lines {
            y += leading(size);
            page.push(Mark::Text(line, start, y, color));
        }
    }
    Ok(pages)
}

/// The PDF of `held`, in its language.
pub(super) fn document(held: &Holdings, config: &Config) -> Result<Vec<u8>> {
    let fonts = crate::typeset::system_fonts()
        .map_err(|e| Error::Internal(format!("export fonts: {e}")))?;
    let l10n = Localizer::new(&held.language);
    let rtl = i18n::is_rtl(l10n.lang());
    let render = || -> std::result::Result<Vec<u8>, TypesetError> {
        let shapers = Shapers::new(fonts)?;
        let pages = layout(blocks(held, config, &l10n), &shapers, rtl)?;
        let mut document = Document::new();
        document.set_metadata(
            Metadata::new()
                .title(i18n::strip_isolation(&l10n.text(
                    "privacy-pdf-title",
                    &[("site", config.site_name.clone().into())],
                )))
                .creator("Lobby".to_owned())
                .text_direction(if rtl {
                    TextDirection::RightToLeft
                } else {
                    TextDirection::LeftToRight
                }),
        );
        for marks in pages {
            let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
                .ok_or_else(|| TypesetError::Render("invalid page size".to_owned()))?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            for mark in marks {
                match mark {
                    Mark::Text(line, start, y, color) => {
                        let mut x = if rtl {
                            PAGE_W - MARGIN - start - line.width()
                        } else {
                            MARGIN + start
                        };
                        surface.set_fill(Some(Fill {
                            paint: rgb::Color::new(color.0, color.1, color.2).into(),
                            opacity: NormalizedF32::ONE,
                            rule: Default::default(),
                        }));
                        for piece in &line.pieces {
                            surface.draw_glyphs(
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
                    Mark::Image(image, start, y, w, h) => {
                        let x = if rtl {
                            PAGE_W - MARGIN - start - w
                        } else {
                            MARGIN + start
                        };
                        let size = Size::from_wh(w, h).ok_or_else(|| {
                            TypesetError::Signature("image has no usable size".to_owned())
                        })?;
                        surface.push_transform(&Transform::from_translate(x, y));
                        surface.draw_image(image, size);
                        surface.pop();
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        document
            .finish()
            .map_err(|e| TypesetError::Render(format!("{e:?}")))
    };
    render().map_err(|e| Error::Internal(format!("export PDF: {e}")))
}

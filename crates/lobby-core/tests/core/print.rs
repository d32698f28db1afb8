//! Printed visitor badges against a real IPP printer (`ippeveprinter`, see printer.rs): a
//! check-in queues the badge, the printer task sends it, and the saved job is read back with
//! poppler (text, page size), cups-filters (PWG Raster to PDF) and zbar (the QR code).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use lobby_core::config::Config;
use lobby_core::printing::{self, jobs, layout, media::MM, Answer, Badge, Media, PrintState};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{typeset, Store};

use crate::common::{friday_morning, guest_in, site_with, NO_CODE_OF_CONDUCT, OPEN_ALL_DAY};
use crate::printer::{Kind, Printer};
use crate::receipt::{has_word_letters, plain_text, poppler};

fn config_for(uri: &str, media: &str) -> Config {
    Config::parse(
        &format!(
            "{OPEN_ALL_DAY}{NO_CODE_OF_CONDUCT}\n[printing]\nprinter = \"{uri}\"\nmedia = \"{media}\"\n"
        ),
        None,
    )
    .unwrap()
}

async fn check_in(store: &Store, config: &Config, request: &CheckInRequest) -> (i64, String, i64) {
    let done = visits::check_in(store, friday_morning(), config, request)
        .await
        .unwrap();
    (
        done.visit_id,
        done.checkout_code,
        done.badge_print.expect("a badge was queued"),
    )
}

/// What zbar reads in a PDF's first page.
fn qr_in_pdf(pdf: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-png", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    let out = Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(prefix.with_extension("png"))
        .output()
        .unwrap();
    assert!(out.status.success(), "zbarimg found no code");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// pdfinfo's page size in points.
fn page_size(pdf: &Path) -> (f32, f32) {
    let info = poppler("pdfinfo", &[], pdf);
    let line = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap()
        .to_string();
    let nums: Vec<f32> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1])
}

fn spooled(printer: &Printer, ext: &str) -> std::path::PathBuf {
    printer.wait_for_jobs(1);
    let files = printer.spool_files();
    files
        .into_iter()
        .find(|f| f.extension().is_some_and(|e| e == ext))
        .unwrap_or_else(|| panic!("no .{ext} job in the spool"))
}

#[tokio::test]
async fn a_check_in_prints_a_pdf_badge_with_name_host_date_and_a_scannable_code() {
    let printer = Printer::start(Kind::Pdf);
    let (_dir, store, config) = site_with(config_for(&printer.uri(), "brother-62mm")).await;
    let request = CheckInRequest {
        company: Some("Acme GmbH".into()),
        ..guest_in("Zoë Fischer", "en-US")
    };
    let (visit, code, print) = check_in(&store, &config, &request).await;
    // The check-in committed before anything was sent.
    assert_eq!(
        jobs::state(&store, print).await.unwrap(),
        PrintState::Waiting
    );

    let done = printing::send::run_once(&store, &config, friday_morning())
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    let Answer::Accepted { job_id, format, .. } = &done[0].1 else {
        panic!("not printed: {:?}", done[0].1);
    };
    assert!(*job_id > 0);
    assert_eq!(format, "application/pdf");
    assert_eq!(jobs::state(&store, print).await.unwrap(), PrintState::Sent);

    let pdf = spooled(&printer, "pdf");
    let text = plain_text(&["-layout"], &pdf);
    for want in [
        "Zoë Fischer",
        "Acme GmbH",
        "Amira",
        "2026-11-27",
        "Valid until",
    ] {
        assert!(
            text.contains(want),
            "{want} missing from the badge:\n{text}"
        );
    }
    let (w, h) = page_size(&pdf);
    assert!(
        (w - 62.0 * MM).abs() < 1.0 && (h - 100.0 * MM).abs() < 1.0,
        "{w}×{h}"
    );
    assert_eq!(qr_in_pdf(&pdf), code);

    // Audited with the printer's job id.
    let entry: String = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'badge-printed' AND subject = ?",
    )
    .bind(format!("visit:{visit}"))
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert!(entry.contains(&format!("\"job\":{job_id}")), "{entry}");
}

#[tokio::test]
async fn a_raster_only_printer_gets_pwg_raster_that_decodes_to_the_same_code() {
    let printer = Printer::start(Kind::Raster);
    let (_dir, store, config) = site_with(config_for(&printer.uri(), "brother-29x90mm")).await;
    let (_, code, _) = check_in(&store, &config, &guest_in("Jonas Weber", "de")).await;
    let done = printing::send::run_once(&store, &config, friday_morning())
        .await
        .unwrap();
    let Answer::Accepted { format, media, .. } = &done[0].1 else {
        panic!("not printed: {:?}", done[0].1);
    };
    assert_eq!(format, "image/pwg-raster");
    assert_eq!(media, "om_dk-11201_29x90mm");

    let pwg = spooled(&printer, "pwg");
    let bytes = std::fs::read(&pwg).unwrap();
    assert_eq!(&bytes[..4], b"RaS2");
    let header = &bytes[4..4 + 1796];
    let u32_at = |offset: usize| u32::from_be_bytes(header[offset..offset + 4].try_into().unwrap());
    assert_eq!(&header[..9], b"PwgRaster");
    assert_eq!((u32_at(276), u32_at(280)), (300, 300), "resolution");
    // The media as fed: 29 mm across the head, 90 mm along; at 300 dpi.
    assert_eq!(
        u32_at(372),
        (29.0 / 25.4 * 300.0_f32).round() as u32,
        "width"
    );
    assert_eq!(
        u32_at(376),
        (90.0 / 25.4 * 300.0_f32).round() as u32,
        "height"
    );
    assert_eq!((u32_at(352), u32_at(356)), (82, 255), "page size in points");
    assert_eq!(u32_at(400), 18, "sgray colour space");

    // cups-filters decodes it independently; zbar reads the code from the result.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("decoded.pdf");
    let out = Command::new("/usr/lib/cups/filter/rastertopdf")
        .args(["1", "lobby", "badge", "1", ""])
        .arg(&pwg)
        .env("CONTENT_TYPE", "image/pwg-raster")
        .env("FINAL_CONTENT_TYPE", "application/pdf")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&pdf, &out.stdout).unwrap();
    assert_eq!(qr_in_pdf(&pdf), code);
}

#[tokio::test]
async fn arabic_and_chinese_names_print_as_text() {
    let printer = Printer::start(Kind::Pdf);
    let (_dir, store, config) = site_with(config_for(&printer.uri(), "a6")).await;
    check_in(&store, &config, &guest_in("ليلى حداد", "ar")).await;
    check_in(&store, &config, &guest_in("王小明", "zh-CN")).await;
    let done = printing::send::run_once(&store, &config, friday_morning())
        .await
        .unwrap();
    assert_eq!(done.len(), 2);
    for (_, answer) in &done {
        assert!(matches!(answer, Answer::Accepted { .. }), "{answer:?}");
    }
    printer.wait_for_jobs(2);
    let pdfs: Vec<_> = printer
        .spool_files()
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert_eq!(pdfs.len(), 2);
    let texts: Vec<String> = pdfs.iter().map(|p| plain_text(&["-layout"], p)).collect();
    assert!(
        texts
            .iter()
            .any(|t| has_word_letters(t, "ليلى") && has_word_letters(t, "حداد")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("王小明")), "{texts:?}");
    // The Chinese badge speaks Chinese; the Arabic one Arabic.
    assert!(texts.iter().any(|t| t.contains("有效期至")), "{texts:?}");
    assert!(
        texts.iter().any(|t| has_word_letters(t, "صالح")),
        "{texts:?}"
    );
}

#[tokio::test]
async fn a_stopped_printer_never_holds_up_a_check_in_and_a_reprint_prints_once_it_is_back() {
    let mut printer = Printer::start(Kind::Pdf);
    let (_dir, store, config) = site_with(config_for(&printer.uri(), "4x3in")).await;
    printer.stop();
    let (visit, _, print) = check_in(&store, &config, &guest_in("Ana Costa", "pt-BR")).await;
    let done = printing::send::run_once(&store, &config, friday_morning())
        .await
        .unwrap();
    assert!(
        matches!(&done[0].1, Answer::Failed { .. }),
        "{:?}",
        done[0].1
    );
    assert_eq!(
        jobs::state(&store, print).await.unwrap(),
        PrintState::Failed
    );
    let health = jobs::health(&store, friday_morning()).await.unwrap();
    assert_eq!(health.state, Some(PrintState::Failed));
    assert!(health.problem.is_some());
    assert_eq!(health.failed_today, 1);
    // The visit itself stands.
    let on_site = visits::on_site(&mut store.conn().await.unwrap())
        .await
        .unwrap();
    assert!(on_site.iter().any(|p| p.visit_id == visit));

    printer.restart();
    let again = jobs::reprint(&store, friday_morning(), &config, 1, visit)
        .await
        .unwrap();
    let done = printing::send::run_once(&store, &config, friday_morning())
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(done[0].0.id, again);
    assert!(
        matches!(&done[0].1, Answer::Accepted { .. }),
        "{:?}",
        done[0].1
    );
    printer.wait_for_jobs(1);
    let health = jobs::health(&store, friday_morning()).await.unwrap();
    assert_eq!(health.state, Some(PrintState::Sent));
}

#[tokio::test]
async fn a_badge_not_printed_within_minutes_is_not_printed_later() {
    let printer = Printer::start(Kind::Pdf);
    let (_dir, store, config) = site_with(config_for(&printer.uri(), "a6")).await;
    let (_, _, print) = check_in(&store, &config, &guest_in("Late Larry", "en-US")).await;
    let later = friday_morning() + jobs::TOO_LATE + chrono::Duration::seconds(1);
    let done = printing::send::run_once(&store, &config, later)
        .await
        .unwrap();
    assert!(done.is_empty());
    assert_eq!(
        jobs::state(&store, print).await.unwrap(),
        PrintState::Failed
    );
    assert!(printer.spool_files().is_empty());
}

#[tokio::test]
async fn kinds_without_a_badge_and_sites_without_printing_queue_nothing() {
    let (_dir, store, config) =
        site_with(Config::parse(&format!("{OPEN_ALL_DAY}{NO_CODE_OF_CONDUCT}"), None).unwrap())
            .await;
    let done = visits::check_in(&store, friday_morning(), &config, &guest_in("Zoë", "en-US"))
        .await
        .unwrap();
    assert_eq!(done.badge_print, None);
    assert!(matches!(
        jobs::reprint(&store, friday_morning(), &config, 1, done.visit_id).await,
        Err(lobby_core::Error::PrintingOff)
    ));
    let only_tours = Config::parse(
        &format!(
            "{OPEN_ALL_DAY}{NO_CODE_OF_CONDUCT}\n[printing]\nprinter = \"ipp://127.0.0.1:9/ipp/print\"\nmedia = \"a6\"\nkinds = [\"tour\"]\n"
        ),
        None,
    )
    .unwrap();
    let (_dir, store, config) = site_with(only_tours).await;
    let done = visits::check_in(&store, friday_morning(), &config, &guest_in("Zoë", "en-US"))
        .await
        .unwrap();
    assert_eq!(done.badge_print, None);
}

#[test]
fn printing_configuration_is_checked_naming_the_key() {
    let bad = |section: &str| {
        Config::parse(&format!("[printing]\n{section}"), None)
            .unwrap_err()
            .key
    };
    assert_eq!(
        bad("printer = \"http://printer/\"\nmedia = \"a6\"\n"),
        "printing.printer"
    );
    assert_eq!(
        bad("printer = \"ipp://printer/\"\nmedia = \"a7\"\n"),
        "printing.media"
    );
    assert_eq!(
        bad("printer = \"ipp://printer/\"\nmedia = \"500x20mm\"\n"),
        "printing.media"
    );
    assert_eq!(
        bad("printer = \"ipp://printer/\"\nmedia = \"a6\"\ncopies = 9\n"),
        "printing.copies"
    );
    assert_eq!(
        bad("printer = \"ipp://printer/\"\nmedia = \"a6\"\nkinds = [\"visitor\"]\n"),
        "printing.kinds[0]"
    );
    assert_eq!(
        bad("printer = \"ipp://printer/\"\nmedia = \"a6\"\nlogo = \"/nonexistent/logo.png\"\n"),
        "printing.logo"
    );
    let ok = Config::parse(
        "[printing]\nprinter = \"ipps://printer.example:631/ipp/print\"\nmedia = \"54x86mm\"\n",
        None,
    )
    .unwrap();
    let p = ok.printing.unwrap();
    assert_eq!(
        p.media,
        Media::Custom {
            width: 54.0,
            length: 86.0
        }
    );
    assert!(!p.prints(lobby_core::config::VisitKind::Delivery));
    assert!(p.prints(lobby_core::config::VisitKind::Contractor));
}

#[test]
fn svg_and_png_logos_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("logo.svg");
    std::fs::write(
        &svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect x="0" y="0" width="100" height="100" fill="#123456"/></svg>"##,
    )
    .unwrap();
    let logo = lobby_core::config::printing::read_logo(&svg).unwrap();
    assert_eq!(logo.height, lobby_core::config::printing::LOGO_PX);
    assert_eq!(logo.width, 2 * logo.height);
    // The left half is the dark square, the right half transparent.
    let px = |x: u32, y: u32| {
        let i = ((y * logo.width + x) * 4) as usize;
        logo.rgba[i..i + 4].to_vec()
    };
    assert_eq!(px(10, 10), vec![0x12, 0x34, 0x56, 255]);
    assert_eq!(px(logo.width - 10, 10)[3], 0);
    let junk = dir.path().join("logo.png");
    std::fs::write(&junk, b"\x89PNG not really").unwrap();
    assert!(lobby_core::config::printing::read_logo(&junk).is_err());
}

/// Every media, with short, long, Arabic and Chinese names and a logo: nothing is drawn past
/// the edge, and the name is there (shrunk or wrapped).
#[test]
fn badges_fit_every_media_whatever_the_name() {
    let fonts = typeset::system_fonts().unwrap();
    let logo = std::sync::Arc::new(lobby_core::printing::page::Logo {
        width: 40,
        height: 10,
        rgba: vec![0; 40 * 10 * 4],
    });
    let names = [
        "Zoë",
        "Maximilian Alexander von Hohenzollern-Sigmaringen",
        "Bartholomew-Christopherson-Montgomery-Worthington",
        "ليلى حداد",
        "王小明",
    ];
    for media in Media::NAMED
        .iter()
        .map(|n| Media::parse(n).unwrap())
        .chain([Media::Custom {
            width: 20.0,
            length: 20.0,
        }])
    {
        for name in names {
            for rtl in [false, true] {
                let badge = Badge {
                    name,
                    company: Some("International Consolidated Widgets and Sprockets Ltd"),
                    kind: "Contractor",
                    host: Some("Visiting Jonas B."),
                    date: "2026-11-27",
                    valid_until: "Valid until 20:00",
                    site: "Lobby Coworking Kreuzberg",
                    logo: Some(logo.clone()),
                    code: "K7Q2MX",
                    rtl,
                };
                let page = layout::layout(&badge, &media, fonts).unwrap();
                assert_eq!(page.overflow(), None, "{media} {name} rtl={rtl}");
                let (w, h) = page.size();
                let (pw, ph) = media.page_pt();
                assert!((w - pw).abs() < 0.01 && (h - ph).abs() < 0.01);
                let joined = page.texts().join(" ");
                let first = name.split_whitespace().next().unwrap();
                if !rtl && name.is_ascii() {
                    assert!(
                        joined.contains(&first[..first.len().min(4)]),
                        "{media} {name}: {joined}"
                    );
                }
            }
        }
    }
}

/// The sample badges in docs/screenshots: `BADGE_SAMPLES_DIR=DIR cargo test -p lobby-core
/// --test core print::sample_badges` writes their PDFs there (render them with
/// `pdftoppm -r 200 -png`). Without it, they are checked and dropped.
#[tokio::test]
async fn sample_badges() {
    let fonts = typeset::system_fonts().unwrap();
    let config = Config::demo();
    let out = std::env::var_os("BADGE_SAMPLES_DIR").map(std::path::PathBuf::from);
    let logo = {
        let dir = tempfile::tempdir().unwrap();
        let svg = dir.path().join("logo.svg");
        std::fs::write(
            &svg,
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><circle cx="60" cy="60" r="56" fill="#1f4e79"/><path d="M30 88 V32 h14 v42 h30 v14 z" fill="#fff"/></svg>"##,
        )
        .unwrap();
        std::sync::Arc::new(lobby_core::config::printing::read_logo(&svg).unwrap())
    };
    for (file, media, lang, name, company) in [
        (
            "badge-brother-62mm",
            "brother-62mm",
            "en-US",
            "Zoë Fischer",
            Some("Acme GmbH"),
        ),
        (
            "badge-brother-29x90mm",
            "brother-29x90mm",
            "de",
            "Maximilian Alexander von Hohenzollern",
            None,
        ),
        ("badge-a6-ar", "a6", "ar", "ليلى حداد", Some("شركة النخيل")),
        ("badge-dymo-99012-zh", "dymo-99012", "zh-CN", "王小明", None),
    ] {
        let media = Media::parse(media).unwrap();
        let words = printing::words(
            &config,
            lang,
            lobby_core::config::VisitKind::Guest,
            Some("Jonas Berger"),
            friday_morning(),
        );
        let rtl = lobby_core::i18n::is_rtl(lang);
        let badge = Badge {
            name,
            company,
            kind: &words.kind,
            host: words.host.as_deref(),
            date: &words.date,
            valid_until: &words.valid_until,
            site: &config.site_name,
            logo: Some(logo.clone()),
            code: "K7Q2MX",
            rtl,
        };
        let page = layout::layout(&badge, &media, fonts).unwrap();
        assert_eq!(page.overflow(), None, "{file}");
        let pdf = printing::pdf::render(&page, name, rtl).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{file}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        assert_eq!(qr_in_pdf(&path), "K7Q2MX", "{file}");
        let (w, h) = page_size(&path);
        let (pw, ph) = media.page_pt();
        assert!(
            (w - pw).abs() < 1.0 && (h - ph).abs() < 1.0,
            "{file}: {w}×{h}"
        );
        if let Some(out) = &out {
            std::fs::create_dir_all(out).unwrap();
            std::fs::write(out.join(format!("{file}.pdf")), &pdf).unwrap();
        }
    }
}

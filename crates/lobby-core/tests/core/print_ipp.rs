//! The IPP client against a real IPP Everywhere printer (`ippeveprinter`, see `printer`):
//! what it says about itself, jobs that reach its spool byte for byte, jobs it refuses, and a
//! printer that is gone and comes back. Then `not_ready` on its own.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::printer::{self, Kind, Printer, MAKE_AND_MODEL, MEDIA_READY, MEDIA_SUPPORTED};

use lobby_core::printing::ipp::{self, DocumentFormat, PrintError, PrinterInfo};
use lobby_core::printing::pwg::RasterType;
use lobby_core::printing::Media;

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// A 62×100 mm badge as a PDF.
fn badge_pdf(text: &str) -> Vec<u8> {
    let mm = 72.0 / 25.4;
    printer::tiny_pdf(62.0 * mm, 100.0 * mm, text)
}

#[tokio::test]
async fn query_reads_what_a_raster_printer_lists() {
    let printer = Printer::start(Kind::Raster);
    let info = ipp::query(&printer.uri()).await.unwrap();
    // ippeveprinter lists document-format-supported twice, its own formats second.
    assert_eq!(info.formats, ["image/pwg-raster"]);
    assert!(info.takes_pwg() && !info.takes_pdf());
    assert_eq!(info.media_supported, strings(&MEDIA_SUPPORTED));
    assert_eq!(info.media_ready, strings(&MEDIA_READY));
    assert_eq!(info.raster_types, ["sgray_8", "black_1"]);
    assert_eq!(info.raster_dpi, [300]);
    assert_eq!(info.raster_choice(), (RasterType::Sgray8, 300));
    assert_eq!(info.state, "idle");
    assert_eq!(info.state_reasons, ["none"]);
    assert_eq!(info.not_ready(), None);
    assert_eq!(info.make_and_model.as_deref(), Some(MAKE_AND_MODEL));
}

#[tokio::test]
async fn query_reads_what_a_pdf_printer_lists_over_ipp_and_ipps() {
    let printer = Printer::start(Kind::Pdf);
    let info = ipp::query(&printer.uri()).await.unwrap();
    assert_eq!(info.formats, ["application/pdf"]);
    assert!(info.takes_pdf() && !info.takes_pwg());
    assert_eq!(info.state, "idle");
    assert_eq!(info.not_ready(), None);
    // The same printer over TLS, with the self-signed certificate it made itself.
    let tls = ipp::query(&printer.ipps_uri()).await.unwrap();
    assert_eq!(tls, info);
    assert!(printer.log().contains("Starting HTTPS session"));
}

#[tokio::test]
async fn media_for_names_the_printers_own_media_or_the_pwg_name() {
    let printer = Printer::start(Kind::Pdf);
    let info = ipp::query(&printer.uri()).await.unwrap();
    // The loaded 62 mm roll (media-ready) for a 62×100 mm badge.
    assert_eq!(info.media_for(&Media::Brother62), "roll_max_62x1000mm");
    assert_eq!(info.media_for(&Media::Brother29x90), "om_dk-11201_29x90mm");
    assert_eq!(info.media_for(&Media::Label4x3), "oe_4x3-label_4x3in");
    // A size it does not list: Lobby's own PWG name, which this printer refuses.
    let card = Media::Custom {
        width: 54.0,
        length: 86.0,
    };
    assert_eq!(info.media_for(&card), "custom_lobby_54x86mm");
    let err = ipp::print_job(
        &printer.uri(),
        "Lobby — card",
        DocumentFormat::Pdf,
        badge_pdf("card"),
        &info.media_for(&card),
        1,
    )
    .await
    .unwrap_err();
    let PrintError::Refused { status, message } = &err else {
        panic!("expected Refused, got {err:?}");
    };
    assert_eq!(status, "client-error-attributes-or-values-not-supported");
    assert!(
        message.as_deref().unwrap_or_default().contains("media"),
        "{message:?}"
    );
    assert!(printer.spool_files().is_empty());
}

#[tokio::test]
async fn a_pdf_reaches_the_spool_byte_for_byte() {
    let printer = Printer::start(Kind::Pdf);
    let info = ipp::query(&printer.uri()).await.unwrap();
    let pdf = badge_pdf("Amira H.");
    assert!(pdf.starts_with(b"%PDF"));
    let media = info.media_for(&Media::Brother62);
    let accepted = ipp::print_job(
        &printer.uri(),
        "Front desk — Amira H.",
        DocumentFormat::Pdf,
        pdf.clone(),
        &media,
        2,
    )
    .await
    .unwrap();
    assert!(accepted.job_id > 0, "{accepted:?}");
    assert!(
        ["pending", "processing", "completed"].contains(&accepted.job_state.as_str()),
        "{accepted:?}"
    );
    let files = printer.wait_for_jobs(1);
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(&format!("{}-", accepted.job_id)), "{name}");
    assert!(name.ends_with(".pdf"), "{name}");
    assert_eq!(std::fs::read(&files[0]).unwrap(), pdf);
}

#[tokio::test]
async fn raster_goes_to_the_raster_printer_and_is_refused_by_the_pdf_one() {
    let pwg = printer::pwg_raster(&badge_pdf("Jonas B."));
    let pdf_only = Printer::start(Kind::Pdf);
    let err = ipp::print_job(
        &pdf_only.uri(),
        "Lobby — Jonas B.",
        DocumentFormat::PwgRaster,
        pwg.clone(),
        "om_dk-22205_62x100mm",
        1,
    )
    .await
    .unwrap_err();
    // ippeveprinter answers with the generic status; its message names the attribute.
    let PrintError::Refused { status, message } = &err else {
        panic!("expected Refused, got {err:?}");
    };
    assert_eq!(status, "client-error-attributes-or-values-not-supported");
    assert!(
        message
            .as_deref()
            .unwrap_or_default()
            .contains("document-format"),
        "{err:?}"
    );
    assert!(err.to_string().contains("document-format"), "{err}");
    assert!(pdf_only.spool_files().is_empty());

    let raster = Printer::start(Kind::Raster);
    let info = ipp::query(&raster.uri()).await.unwrap();
    let media = info.media_for(&Media::Brother62);
    let accepted = ipp::print_job(
        &raster.uri(),
        "Lobby — Jonas B.",
        DocumentFormat::PwgRaster,
        pwg.clone(),
        &media,
        1,
    )
    .await
    .unwrap();
    assert!(accepted.job_id > 0, "{accepted:?}");
    let files = raster.wait_for_jobs(1);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(std::fs::read(&files[0]).unwrap(), pwg);
    // And a PDF the other way round.
    let err = ipp::print_job(
        &raster.uri(),
        "Lobby — Jonas B.",
        DocumentFormat::Pdf,
        badge_pdf("Jonas B."),
        &media,
        1,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, PrintError::Refused { message: Some(m), .. } if m.contains("document-format")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_stopped_printer_is_unreachable_and_prints_again_after_a_restart() {
    let mut printer = Printer::start(Kind::Pdf);
    let pdf = badge_pdf("Amira H.");
    let send = |uri: String, name: &'static str| {
        let pdf = pdf.clone();
        async move { ipp::print_job(&uri, name, DocumentFormat::Pdf, pdf, "iso_a6_105x148mm", 1).await }
    };
    send(printer.uri(), "before").await.unwrap();
    assert_eq!(printer.wait_for_jobs(1).len(), 1);

    printer.stop();
    let err = ipp::query(&printer.uri()).await.unwrap_err();
    assert!(matches!(err, PrintError::Unreachable(_)), "{err:?}");
    assert!(
        err.to_string().starts_with("Cannot reach the printer"),
        "{err}"
    );
    let err = send(printer.uri(), "while stopped").await.unwrap_err();
    assert!(matches!(err, PrintError::Unreachable(_)), "{err:?}");

    printer.restart();
    let accepted = send(printer.uri(), "after").await.unwrap();
    assert!(accepted.job_id > 0);
    let files = printer.wait_for_jobs(2);
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        files.iter().any(|f| f.to_string_lossy().contains("after")),
        "{files:?}"
    );
}

#[tokio::test]
async fn a_wrong_path_is_refused_and_a_silent_peer_times_out() {
    let printer = Printer::start(Kind::Pdf);
    let wrong = printer.uri().replace("/ipp/print", "/ipp/nothing-here");
    let err = ipp::query(&wrong).await.unwrap_err();
    assert!(
        matches!(&err, PrintError::Refused { status, .. } if status == "client-error-not-found"),
        "{err:?}"
    );

    // Something that takes the connection and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let held = std::thread::spawn(move || listener.accept().map(|(stream, _)| stream));
    let err = ipp::query(&format!("ipp://127.0.0.1:{port}/ipp/print"))
        .await
        .unwrap_err();
    let PrintError::Unreachable(why) = &err else {
        panic!("expected Unreachable, got {err:?}");
    };
    assert!(why.contains("no answer"), "{why}");
    drop(held.join());

    let err = ipp::query("http://127.0.0.1/ipp/print").await.unwrap_err();
    assert!(matches!(err, PrintError::Unreachable(_)), "{err:?}");
}

fn state(state: &str, reasons: &[&str]) -> PrinterInfo {
    PrinterInfo {
        state: state.into(),
        state_reasons: strings(reasons),
        ..PrinterInfo::default()
    }
}

#[test]
fn not_ready_blocks_on_errors_and_stops_not_on_reports() {
    assert_eq!(state("idle", &["none"]).not_ready(), None);
    assert_eq!(state("processing", &["media-low-report"]).not_ready(), None);
    assert_eq!(
        state("idle", &["media-empty-warning", "toner-low-report"]).not_ready(),
        None
    );
    assert_eq!(
        state("idle", &["media-empty-error"]).not_ready(),
        Some(strings(&["media-empty-error"]))
    );
    assert_eq!(
        state(
            "processing",
            &["media-low-report", "cover-open", "media-jam-error"]
        )
        .not_ready(),
        Some(strings(&["cover-open", "media-jam-error"]))
    );
    // Stopped blocks even without a reason, and shows its other errors.
    assert_eq!(
        state("stopped", &["none"]).not_ready(),
        Some(strings(&["stopped"]))
    );
    assert_eq!(
        state("stopped", &["media-low-report", "paused"]).not_ready(),
        Some(strings(&["paused"]))
    );
    assert_eq!(
        state("stopped", &["marker-supply-empty-error"]).not_ready(),
        Some(strings(&["marker-supply-empty-error"]))
    );
    let err = PrintError::NotReady {
        reasons: state("stopped", &["media-empty-error"])
            .not_ready()
            .unwrap(),
        message: Some("Out of labels.".into()),
    };
    assert_eq!(
        err.to_string(),
        "The printer cannot print now: out of labels or paper: “Out of labels”."
    );
}

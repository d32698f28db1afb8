//! Sending: ask the printer, draw the badge the way it takes it, send it; and the queue's
//! printer task step.

use chrono::{DateTime, Utc};

use super::jobs::{self, Answer, Job};
use super::{ipp, media, page, pdf, pwg, raster, visit_page};
use crate::config::printing::Printing;
use crate::config::Config;
use crate::error::Result;
use crate::store::Store;
use crate::typeset;

/// What the printer accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub job_id: i32,
    pub job_state: String,
    /// `application/pdf` or `image/pwg-raster`.
    pub format: &'static str,
    /// The media name sent (the printer's own when it lists a matching size).
    pub media: String,
    /// The document's size in bytes.
    pub bytes: usize,
}

/// Why a badge was not printed.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Printer(#[from] ipp::PrintError),
    #[error("{0}")]
    Render(String),
}

/// A badge, drawn for the printer: a PDF, or PWG Raster at the printer's resolution.
pub fn document(
    info: &ipp::PrinterInfo,
    printing: &Printing,
    page: &page::Page,
    title: &str,
    rtl: bool,
    media_name: &str,
) -> std::result::Result<(ipp::DocumentFormat, Vec<u8>), SendError> {
    if info.takes_pdf() {
        let pdf = pdf::render(page, title, rtl).map_err(|e| SendError::Render(e.to_string()))?;
        return Ok((ipp::DocumentFormat::Pdf, pdf));
    }
    if info.takes_pwg() {
        let (kind, dpi) = info.raster_choice();
        let image = raster::render(page, dpi, printing.media.turned());
        let (w, l) = printing.media.fed_mm();
        let size = (w * media::MM, l * media::MM);
        // The copies are the Print-Job's `copies`; the raster's own header says one, so that a
        // printer that honours both does not print copies × copies.
        let pwg = pwg::encode(&image, dpi, kind, size, media_name, 1);
        return Ok((ipp::DocumentFormat::PwgRaster, pwg));
    }
    Err(ipp::PrintError::NoFormat(info.formats.clone()).into())
}

/// Asks the printer, draws the badge the way it takes it, and sends it.
pub async fn send(
    printing: &Printing,
    page: &page::Page,
    title: &str,
    rtl: bool,
    copies: u32,
) -> std::result::Result<Sent, SendError> {
    let info = ipp::query(&printing.printer).await?;
    if let Some(reasons) = info.not_ready() {
        return Err(ipp::PrintError::NotReady {
            reasons,
            message: info.state_message.clone(),
        }
        .into());
    }
    let media = info.media_for(&printing.media);
    let (format, document) = document(&info, printing, page, title, rtl, &media)?;
    let bytes = document.len();
    // A printer that is printing another job may answer "busy" (IPP Everywhere printers
    // without a queue do): try again for a while, as a print queue would.
    let started = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(500);
    let accepted = loop {
        match ipp::print_job(
            &printing.printer,
            title,
            format,
            document.clone(),
            &media,
            copies,
        )
        .await
        {
            Err(ipp::PrintError::Refused { status, .. })
                if is_busy(&status) && started.elapsed() < BUSY_PATIENCE =>
            {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(std::time::Duration::from_secs(4));
            }
            other => break other?,
        }
    };
    Ok(Sent {
        job_id: accepted.job_id,
        job_state: accepted.job_state,
        format: format.mime(),
        media,
        bytes,
    })
}

/// How long a busy printer is asked again (within the job's claim, [`jobs::LEASE`]).
pub const BUSY_PATIENCE: std::time::Duration = std::time::Duration::from_secs(40);

/// IPP statuses that mean "not now, try again".
fn is_busy(status: &str) -> bool {
    matches!(
        status,
        "server-error-busy" | "server-error-service-unavailable" | "server-error-temporary-error"
    )
}

/// Prints what is due: claims the queued badges, sends each, records the answers.
pub async fn run_once(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<Vec<(Job, Answer)>> {
    let jobs = jobs::claim(store, now).await?;
    let mut out = Vec::new();
    for job in jobs {
        let answer = match config.printing.as_ref() {
            None => Answer::Failed {
                problem: "printing is not set up".into(),
            },
            Some(printing) => print_one(store, config, printing, &job).await,
        };
        jobs::record(store, now, &job, &answer).await?;
        out.push((job, answer));
    }
    Ok(out)
}

async fn print_one(store: &Store, config: &Config, printing: &Printing, job: &Job) -> Answer {
    let fonts = match typeset::system_fonts() {
        Ok(f) => f,
        Err(e) => return Answer::Failed { problem: e },
    };
    let (page, title, rtl) = match visit_page(store, config, printing, fonts, job.visit_id).await {
        Ok(p) => p,
        Err(e) => {
            return Answer::Failed {
                problem: e.to_string(),
            }
        }
    };
    match send(printing, &page, &title, rtl, job.copies).await {
        Ok(sent) => Answer::Accepted {
            job_id: sent.job_id,
            job_state: sent.job_state,
            format: sent.format.to_string(),
            media: sent.media,
        },
        Err(e) => Answer::Failed {
            problem: e.to_string(),
        },
    }
}

//! Printed visitor badges (issue 18): drawn in Rust, sent over IPP to a label printer.
//!
//! - `media`: the label and paper sizes `[printing] media` names;
//! - `page`: the badge as drawing operations; `layout` lays a badge out for a media size;
//! - `pdf` and `raster` draw a page as a PDF or as pixels, `pwg` encodes pixels as PWG Raster;
//! - `ipp`: asks the printer what it takes and sends the job;
//! - `jobs`: the print queue, filled by check-ins and staff reprints.
//!
//! A check-in queues its badge in its own transaction; the kiosk's printer task calls
//! [`run_once`] right after the commit (and every few seconds), so the welcome screen never
//! waits for the printer. The printer is asked first (formats, media, state): a PDF when it
//! takes one, else PWG Raster at its resolution.

pub mod ipp;
pub mod jobs;
pub mod layout;
pub mod media;
pub mod page;
pub mod pdf;
pub mod pwg;
pub mod raster;
pub mod send;

use chrono::{DateTime, Duration, Utc};
use fluent_bundle::FluentValue;
use sqlx::Row;

use crate::config::printing::Printing;
use crate::config::{Config, VisitKind};
use crate::error::{Error, Result};
use crate::i18n::{self, Localizer};
use crate::store::Store;
use crate::text;
use crate::typeset::Fonts;

pub use jobs::{Answer, Job, PrintState, PrinterHealth};
pub use layout::Badge;
pub use media::Media;

/// The translated words of a badge for a visit.
pub struct Words {
    pub kind: String,
    pub host: Option<String>,
    pub date: String,
    pub valid_until: String,
    pub language: String,
}

/// The badge's words in `language`: the kind of visit, "Visiting Jonas B.", the local date
/// and the time it is valid until (closing time, or the end of the day).
pub fn words(
    config: &Config,
    language: &str,
    kind: VisitKind,
    host: Option<&str>,
    checked_in: DateTime<Utc>,
) -> Words {
    let l = Localizer::new(language);
    let arg = |s: &str| FluentValue::from(s.to_string());
    let local = checked_in.with_timezone(&config.time_zone);
    let until = match crate::config::next_closing(config, checked_in) {
        Some(c) if c - checked_in <= Duration::hours(24) => c.with_timezone(&config.time_zone),
        _ => local
            .date_naive()
            .and_hms_opt(23, 59, 0)
            .and_then(|t| t.and_local_timezone(config.time_zone).earliest())
            .unwrap_or(local),
    };
    Words {
        kind: l.text("badge-kind", &[("kind", arg(kind.as_str()))]),
        // The host's name is isolated, so "Jonas B." keeps its full stop in an Arabic line.
        host: host.map(|h| {
            let name = format!("\u{2068}{}\u{2069}", text::short_name(h));
            l.text("badge-visiting", &[("host", arg(&name))])
        }),
        date: local.format("%Y-%m-%d").to_string(),
        valid_until: l.text(
            "badge-valid-until",
            &[("time", arg(&until.format("%H:%M").to_string()))],
        ),
        language: l.lang().to_string(),
    }
}

/// The page of one visit's badge, its title and direction.
pub async fn visit_page(
    store: &Store,
    config: &Config,
    printing: &Printing,
    fonts: &Fonts,
    visit_id: i64,
) -> Result<(page::Page, String, bool)> {
    let row = sqlx::query(
        "SELECT v.name, v.company, v.kind, v.language, v.checkout_code, v.checked_in_at,
                COALESCE(m.name, s.name)
         FROM visits v
         LEFT JOIN members m ON m.id = v.host_member_id
         LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.id = ?",
    )
    .bind(visit_id)
    .fetch_optional(store.pool())
    .await?
    .ok_or(Error::VisitNotFound)?;
    let name: String = row.get(0);
    let company: Option<String> = row.get(1);
    let kind = VisitKind::parse(&row.get::<String, _>(2)).unwrap_or(VisitKind::Guest);
    let language: String = row.get(3);
    let code: Option<String> = row.get(4);
    let at: String = row.get(5);
    let host: Option<String> = row.get(6);
    let checked_in = DateTime::parse_from_rfc3339(&at)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| Error::Internal(format!("visit {visit_id}: {e}")))?;
    let w = words(config, &language, kind, host.as_deref(), checked_in);
    let rtl = i18n::is_rtl(&w.language);
    let badge = Badge {
        name: &name,
        company: company.as_deref(),
        kind: &w.kind,
        host: w.host.as_deref(),
        date: &w.date,
        valid_until: &w.valid_until,
        site: &config.site_name,
        logo: printing.logo.clone(),
        code: code.as_deref().unwrap_or_default(),
        rtl,
    };
    let page = layout::layout(&badge, &printing.media, fonts)
        .map_err(|e| Error::Internal(format!("badge: {e}")))?;
    Ok((page, format!("{} — {}", config.site_name, name), rtl))
}

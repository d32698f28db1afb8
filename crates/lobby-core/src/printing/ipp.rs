//! Talking to the printer: its attributes (formats, media, resolutions, state), then a
//! Print-Job.
//!
//! `ipp://host[:port]/path` goes over HTTP (port 631 when none is given), `ipps://` over TLS
//! (port 443 when none is given; the `ipp` crate maps the schemes). An `ipps://` printer's
//! certificate is not checked: printers on a desk carry self-signed certificates, so checking
//! would rule out TLS for nearly all of them (CUPS trusts a printer's first certificate too).
//! Every request gives up after [`TIMEOUT`].
//!
//! When a printer lists an attribute twice (ippeveprinter does), the first occurrence counts:
//! that is the one the printer itself goes by.

use std::fmt;
use std::io::Cursor;
use std::time::Duration;

use ::ipp::attribute::{IppAttributeGroup, IppAttributeName};
use ::ipp::error::IppError;
use ::ipp::prelude::{
    AsyncIppClient, DelimiterTag, IppOperationBuilder, IppPayload, IppRequestResponse, IppValue,
    Uri,
};

use super::media::{pwg_size_mm, Media};
use super::pwg::RasterType;

/// How long one request (connect, send, answer) may take.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The user name jobs are sent as.
const USER: &str = "lobby";

/// The printer attributes [`query`] asks for.
const ASKED: [&str; 9] = [
    "document-format-supported",
    "media-supported",
    "media-ready",
    "pwg-raster-document-type-supported",
    "pwg-raster-document-resolution-supported",
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-make-and-model",
];

/// The `printer-state-reasons` (without a `-error` suffix) that keep a job from printing.
const BLOCKING: [&str; 9] = [
    "media-empty",
    "media-needed",
    "media-jam",
    "paused",
    "offline",
    "door-open",
    "cover-open",
    "shutdown",
    "spool-area-full",
];

/// What the printer says about itself (Get-Printer-Attributes).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrinterInfo {
    /// `document-format-supported`: MIME types.
    pub formats: Vec<String>,
    pub media_supported: Vec<String>,
    pub media_ready: Vec<String>,
    /// `pwg-raster-document-type-supported`, e.g. `sgray_8`.
    pub raster_types: Vec<String>,
    /// `pwg-raster-document-resolution-supported`: the resolution across the feed, in dpi
    /// (dots per centimetre converted).
    pub raster_dpi: Vec<u32>,
    /// `idle`, `processing` or `stopped` (`unknown` when the printer does not say).
    pub state: String,
    /// `printer-state-reasons`, e.g. `["none"]` or `["media-empty-error"]`.
    pub state_reasons: Vec<String>,
    pub state_message: Option<String>,
    pub make_and_model: Option<String>,
}

impl PrinterInfo {
    /// `None` when the printer can take a job now; else why not (its `printer-state-reasons`
    /// keywords). `media-empty`, `media-needed`, `media-jam`, `paused`, `offline`,
    /// `door-open`, `cover-open`, `shutdown` and `spool-area-full` block, bare or with
    /// `-error`; with `-report` or `-warning` they do not. A stopped printer is never ready:
    /// its reasons are those that block plus any other `-error`, or `["stopped"]` when it
    /// gives none.
    pub fn not_ready(&self) -> Option<Vec<String>> {
        let mut why: Vec<String> = self
            .state_reasons
            .iter()
            .filter(|r| blocking(r))
            .cloned()
            .collect();
        if self.state == "stopped" {
            why.extend(
                self.state_reasons
                    .iter()
                    .filter(|r| r.ends_with("-error") && !blocking(r))
                    .cloned(),
            );
            if why.is_empty() {
                why.push("stopped".into());
            }
        }
        (!why.is_empty()).then_some(why)
    }

    /// The printer's own name for `media`: the first of `media-ready`, then
    /// `media-supported`, whose size matches `media.fed_mm()` within 1 mm in either
    /// orientation, or a continuous roll (`roll_max_WxLmm`, with `roll_min_WxLmm` when
    /// listed) of the same width whose length range holds the media's length. Otherwise
    /// `media.pwg_name()`.
    pub fn media_for(&self, media: &Media) -> String {
        let (width, length) = media.fed_mm();
        [&self.media_ready, &self.media_supported]
            .into_iter()
            .find_map(|list| matching_media(list, width, length))
            .unwrap_or_else(|| media.pwg_name())
    }

    /// It takes `application/pdf`.
    pub fn takes_pdf(&self) -> bool {
        self.takes(DocumentFormat::Pdf)
    }

    /// It takes `image/pwg-raster`.
    pub fn takes_pwg(&self) -> bool {
        self.takes(DocumentFormat::PwgRaster)
    }

    fn takes(&self, format: DocumentFormat) -> bool {
        self.formats
            .iter()
            .any(|f| f.eq_ignore_ascii_case(format.mime()))
    }

    /// The PWG Raster to send: `sgray_8`, else `black_1`, else `srgb_8` among
    /// `raster_types` (`sgray_8`, which IPP Everywhere requires, when it lists none of them);
    /// at the smallest listed resolution of 300 dpi or more, else the largest below 300
    /// (300 when it lists none).
    pub fn raster_choice(&self) -> (RasterType, u32) {
        let kind = [RasterType::Sgray8, RasterType::Black1, RasterType::Srgb8]
            .into_iter()
            .find(|t| {
                self.raster_types
                    .iter()
                    .any(|k| RasterType::parse(k) == Some(*t))
            })
            .unwrap_or(RasterType::Sgray8);
        let dpi = self
            .raster_dpi
            .iter()
            .copied()
            .filter(|d| *d >= 300)
            .min()
            .or_else(|| self.raster_dpi.iter().copied().filter(|d| *d > 0).max())
            .unwrap_or(300);
        (kind, dpi)
    }
}

fn blocking(reason: &str) -> bool {
    BLOCKING.contains(&reason.strip_suffix("-error").unwrap_or(reason))
}

fn matching_media(list: &[String], width: f32, length: f32) -> Option<String> {
    let near = |a: f32, b: f32| (a - b).abs() <= 1.0;
    let roll = |prefix: &str| {
        list.iter()
            .filter(|n| n.starts_with(prefix))
            .find_map(|n| pwg_size_mm(n))
    };
    let (roll_min, roll_max) = (roll("roll_min_"), roll("roll_max_"));
    list.iter()
        .find(|name| {
            let Some((w, l)) = pwg_size_mm(name) else {
                return false;
            };
            if name.starts_with("roll_max_") {
                near(width, w) && length <= l && roll_min.is_none_or(|(_, min)| min <= length)
            } else if name.starts_with("roll_min_") {
                // A roll listed by its minimum alone.
                roll_max.is_none() && near(width, w) && l <= length
            } else if name.starts_with("custom_") {
                // `custom_min_…`/`custom_max_…` bound custom sizes; they name no sheet.
                false
            } else {
                (near(width, w) && near(length, l)) || (near(width, l) && near(length, w))
            }
        })
        .cloned()
}

/// The document formats Lobby sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentFormat {
    /// `application/pdf`
    Pdf,
    /// `image/pwg-raster`
    PwgRaster,
}

impl DocumentFormat {
    pub fn mime(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "application/pdf",
            DocumentFormat::PwgRaster => "image/pwg-raster",
        }
    }
}

impl fmt::Display for DocumentFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mime())
    }
}

/// A job the printer took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub job_id: i32,
    /// The IPP keyword: `pending`, `pending-held`, `processing`, `processing-stopped`,
    /// `canceled`, `aborted` or `completed`.
    pub job_state: String,
    pub job_state_reasons: Vec<String>,
}

/// Why the printer was not asked, or did not print.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// Connection refused, DNS, TLS, timeout: nothing answered. (Also an address that is not
    /// an `ipp://` or `ipps://` URI, or a request that could not be made: nothing was sent.)
    #[error("Cannot reach the printer: {0}.")]
    Unreachable(String),
    /// The printer answered but cannot print now (reasons as in
    /// [`PrinterInfo::not_ready`]).
    #[error("The printer cannot print now: {}{}.", reasons_in_words(.reasons), quoted(.message))]
    NotReady {
        reasons: Vec<String>,
        message: Option<String>,
    },
    /// The printer refused the request: the IPP status keyword (e.g.
    /// `client-error-document-format-not-supported`) and `status-message`. An answer that is
    /// not IPP at all has status `http-CODE` (an HTTP error, e.g. `http-404`) or
    /// `not-ipp` (a body that does not parse).
    #[error("The printer refused the request: {} ({status}){}.", status_in_words(.status), quoted(.message))]
    Refused {
        status: String,
        message: Option<String>,
    },
    /// It takes neither `application/pdf` nor `image/pwg-raster`.
    #[error("The printer takes neither PDF nor PWG Raster (it lists {}).", listed(.0))]
    NoFormat(Vec<String>),
}

fn quoted(message: &Option<String>) -> String {
    match message.as_deref().map(|m| m.trim().trim_end_matches('.')) {
        Some(m) if !m.is_empty() => format!(": “{m}”"),
        _ => String::new(),
    }
}

fn listed(formats: &[String]) -> String {
    if formats.is_empty() {
        "no formats".into()
    } else {
        formats.join(", ")
    }
}

fn reasons_in_words(reasons: &[String]) -> String {
    let words: Vec<String> = reasons
        .iter()
        .map(|r| {
            let base = ["-error", "-warning", "-report"]
                .iter()
                .find_map(|s| r.strip_suffix(s))
                .unwrap_or(r);
            match base {
                "media-empty" => "out of labels or paper".into(),
                "media-needed" => "labels or paper need loading".into(),
                "media-jam" => "jammed".into(),
                "paused" => "paused".into(),
                "offline" => "offline".into(),
                "door-open" => "a door is open".into(),
                "cover-open" => "the cover is open".into(),
                "shutdown" => "shutting down".into(),
                "spool-area-full" => "its job memory is full".into(),
                "stopped" => "stopped".into(),
                other => other.to_string(),
            }
        })
        .collect();
    if words.is_empty() {
        "no reason given".into()
    } else {
        words.join(", ")
    }
}

fn status_in_words(status: &str) -> &'static str {
    match status {
        "client-error-document-format-not-supported" => "it does not take this document format",
        "client-error-attributes-or-values-not-supported" => "it does not support a value sent",
        "client-error-not-authenticated" | "client-error-not-authorized" | "http-401" => {
            "it asks for a user name and password"
        }
        "client-error-forbidden" | "http-403" => "it does not allow this",
        "client-error-not-found" | "http-404" => "there is no printer at this address",
        "client-error-request-entity-too-large" | "http-413" => "the badge is too large for it",
        "client-error-document-format-error" => "it could not read the badge",
        "client-error-bad-request" => "it did not understand the request",
        "server-error-not-accepting-jobs" => "it is not accepting jobs",
        "server-error-busy" | "server-error-service-unavailable" | "http-503" => "it is busy",
        "server-error-version-not-supported" => "it does not speak this version of IPP",
        "server-error-device-error" => "it reports a device error",
        "http-426" => "it wants an ipps:// (encrypted) address",
        "not-ipp" => "its answer was not IPP",
        s if s.starts_with("http-") => "its web server answered with an error",
        s if s.starts_with("client-error") => "it does not accept the request",
        s if s.starts_with("server-error") => "it has a problem",
        _ => "an unexpected answer",
    }
}

/// The IPP keyword of a status code (RFC 8011, PWG 5100.x).
fn status_keyword(code: u16) -> String {
    let k = match code {
        0x0000 => "successful-ok",
        0x0001 => "successful-ok-ignored-or-substituted-attributes",
        0x0002 => "successful-ok-conflicting-attributes",
        0x0003 => "successful-ok-ignored-subscriptions",
        0x0005 => "successful-ok-too-many-events",
        0x0007 => "successful-ok-events-complete",
        0x0400 => "client-error-bad-request",
        0x0401 => "client-error-forbidden",
        0x0402 => "client-error-not-authenticated",
        0x0403 => "client-error-not-authorized",
        0x0404 => "client-error-not-possible",
        0x0405 => "client-error-timeout",
        0x0406 => "client-error-not-found",
        0x0407 => "client-error-gone",
        0x0408 => "client-error-request-entity-too-large",
        0x0409 => "client-error-request-value-too-long",
        0x040A => "client-error-document-format-not-supported",
        0x040B => "client-error-attributes-or-values-not-supported",
        0x040C => "client-error-uri-scheme-not-supported",
        0x040D => "client-error-charset-not-supported",
        0x040E => "client-error-conflicting-attributes",
        0x040F => "client-error-compression-not-supported",
        0x0410 => "client-error-compression-error",
        0x0411 => "client-error-document-format-error",
        0x0412 => "client-error-document-access-error",
        0x0413 => "client-error-attributes-not-settable",
        0x0414 => "client-error-ignored-all-subscriptions",
        0x0415 => "client-error-too-many-subscriptions",
        0x0418 => "client-error-document-password-error",
        0x0419 => "client-error-document-permission-error",
        0x041A => "client-error-document-security-error",
        0x041B => "client-error-document-unprintable-error",
        0x041C => "client-error-account-info-needed",
        0x041D => "client-error-account-closed",
        0x041E => "client-error-account-limit-reached",
        0x041F => "client-error-account-authorization-failed",
        0x0420 => "client-error-not-fetchable",
        0x0500 => "server-error-internal-error",
        0x0501 => "server-error-operation-not-supported",
        0x0502 => "server-error-service-unavailable",
        0x0503 => "server-error-version-not-supported",
        0x0504 => "server-error-device-error",
        0x0505 => "server-error-temporary-error",
        0x0506 => "server-error-not-accepting-jobs",
        0x0507 => "server-error-busy",
        0x0508 => "server-error-job-canceled",
        0x0509 => "server-error-multiple-document-jobs-not-supported",
        0x050A => "server-error-printer-is-deactivated",
        0x050B => "server-error-too-many-jobs",
        0x050C => "server-error-too-many-documents",
        other => return format!("status-0x{other:04x}"),
    };
    k.to_string()
}

/// Asks the printer about itself.
pub async fn query(uri: &str) -> Result<PrinterInfo, PrintError> {
    let target = parse_uri(uri)?;
    let request = IppOperationBuilder::get_printer_attributes(target.clone())
        .attributes(ASKED)
        .build()
        .map_err(|e| not_sent(uri, e))?;
    let response = send(uri, target, request.into()).await?;
    refused_unless_ok(&response)?;
    let empty = IppAttributeGroup::new(DelimiterTag::PrinterAttributes);
    let printer = response
        .attributes()
        .first_of(DelimiterTag::PrinterAttributes)
        .unwrap_or(&empty);
    let state = match first(printer, "printer-state") {
        Some(IppValue::Enum(3)) => "idle",
        Some(IppValue::Enum(4)) => "processing",
        Some(IppValue::Enum(5)) => "stopped",
        _ => "unknown",
    };
    Ok(PrinterInfo {
        formats: texts(printer, "document-format-supported"),
        media_supported: texts(printer, "media-supported"),
        media_ready: texts(printer, "media-ready"),
        raster_types: texts(printer, "pwg-raster-document-type-supported"),
        raster_dpi: first(printer, "pwg-raster-document-resolution-supported")
            .map(|v| v.into_iter().filter_map(dpi).collect())
            .unwrap_or_default(),
        state: state.into(),
        state_reasons: texts(printer, "printer-state-reasons"),
        state_message: texts(printer, "printer-state-message").into_iter().next(),
        make_and_model: texts(printer, "printer-make-and-model").into_iter().next(),
    })
}

/// Sends `document` as one Print-Job: `document-format`, `job-name` (cut to 255 bytes),
/// `requesting-user-name` "lobby", and the job attributes `media` (a keyword) and `copies`.
pub async fn print_job(
    uri: &str,
    job_name: &str,
    format: DocumentFormat,
    document: Vec<u8>,
    media: &str,
    copies: u32,
) -> Result<Accepted, PrintError> {
    let target = parse_uri(uri)?;
    let media = IppValue::new_keyword(media).map_err(|e| not_sent(uri, e))?;
    let copies = IppValue::new_integer(i32::try_from(copies).unwrap_or(i32::MAX));
    let request =
        IppOperationBuilder::print_job(target.clone(), IppPayload::new(Cursor::new(document)))
            .user_name(USER)
            .job_title(cut(job_name, 255))
            .document_format(format.mime())
            .attribute(media.named(IppAttributeName::MEDIA))
            .attribute(copies.named(IppAttributeName::COPIES))
            .build()
            .map_err(|e| not_sent(uri, e))?;
    let response = send(uri, target, request.into()).await?;
    refused_unless_ok(&response)?;
    let empty = IppAttributeGroup::new(DelimiterTag::JobAttributes);
    let job = response
        .attributes()
        .first_of(DelimiterTag::JobAttributes)
        .unwrap_or(&empty);
    let Some(IppValue::Integer(job_id)) = first(job, "job-id") else {
        return Err(PrintError::Refused {
            status: status_keyword(response.header().operation_or_status as u16),
            message: Some("the printer's answer carries no job-id".into()),
        });
    };
    let job_state = match first(job, "job-state") {
        Some(IppValue::Enum(3)) => "pending",
        Some(IppValue::Enum(4)) => "pending-held",
        Some(IppValue::Enum(5)) => "processing",
        Some(IppValue::Enum(6)) => "processing-stopped",
        Some(IppValue::Enum(7)) => "canceled",
        Some(IppValue::Enum(8)) => "aborted",
        Some(IppValue::Enum(9)) => "completed",
        _ => "unknown",
    };
    Ok(Accepted {
        job_id: *job_id,
        job_state: job_state.into(),
        job_state_reasons: texts(job, "job-state-reasons"),
    })
}

fn parse_uri(uri: &str) -> Result<Uri, PrintError> {
    let bad = || {
        PrintError::Unreachable(format!(
            "“{uri}” is not a printer address (ipp://host/path or ipps://host/path)"
        ))
    };
    let parsed: Uri = uri.trim().parse().map_err(|_| bad())?;
    let scheme_ok = parsed
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("ipp") || s.eq_ignore_ascii_case("ipps"));
    if !scheme_ok || parsed.host().is_none_or(str::is_empty) {
        return Err(bad());
    }
    Ok(parsed)
}

fn not_sent(uri: &str, e: impl fmt::Display) -> PrintError {
    PrintError::Unreachable(format!("could not make the request for {uri}: {e}"))
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

async fn send(
    uri: &str,
    target: Uri,
    request: IppRequestResponse,
) -> Result<IppRequestResponse, PrintError> {
    let tls = target
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("ipps"));
    let client = AsyncIppClient::builder(target)
        .request_timeout(TIMEOUT)
        .ignore_tls_errors(tls)
        .build();
    match tokio::time::timeout(TIMEOUT, client.send(request)).await {
        Err(_) => Err(no_answer(uri)),
        Ok(Ok(response)) => Ok(response),
        Ok(Err(e)) => Err(from_ipp_error(uri, e)),
    }
}

fn no_answer(uri: &str) -> PrintError {
    PrintError::Unreachable(format!(
        "no answer from {uri} within {} seconds",
        TIMEOUT.as_secs()
    ))
}

fn from_ipp_error(uri: &str, e: IppError) -> PrintError {
    match e {
        IppError::AsyncClientError(e) if e.is_timeout() => no_answer(uri),
        IppError::AsyncClientError(e) => {
            let what = if e.is_connect() {
                "could not connect to"
            } else {
                "lost the connection to"
            };
            PrintError::Unreachable(format!("{what} {uri} ({})", root_cause(&e)))
        }
        IppError::RequestError(code) => PrintError::Refused {
            status: format!("http-{code}"),
            message: Some(format!("HTTP status {code}")),
        },
        IppError::ParseError(e) => PrintError::Refused {
            status: "not-ipp".into(),
            message: Some(e.to_string()),
        },
        IppError::IoError(e) => {
            PrintError::Unreachable(format!("lost the connection to {uri} ({e})"))
        }
        other => PrintError::Unreachable(format!("{uri}: {other}")),
    }
}

/// The innermost error: "Connection refused (os error 111)" rather than "error sending
/// request for url".
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut inner = e;
    while let Some(source) = inner.source() {
        inner = source;
    }
    inner.to_string()
}

fn refused_unless_ok(response: &IppRequestResponse) -> Result<(), PrintError> {
    if response.header().status_code().is_success() {
        return Ok(());
    }
    let attributes = response.attributes();
    let message = attributes
        .first_of(DelimiterTag::OperationAttributes)
        .map(|g| texts(g, "status-message"))
        .and_then(|m| m.into_iter().next())
        .or_else(|| {
            // Without a message, what it listed as unsupported says which value it refused.
            let unsupported: Vec<String> = attributes
                .first_of(DelimiterTag::UnsupportedAttributes)?
                .attributes()
                .iter()
                .map(|a| format!("{}={}", a.name(), a.value()))
                .collect();
            (!unsupported.is_empty()).then(|| format!("unsupported {}", unsupported.join(", ")))
        });
    Err(PrintError::Refused {
        status: status_keyword(response.header().operation_or_status as u16),
        message,
    })
}

/// The first occurrence of an attribute in a group.
fn first<'a>(group: &'a IppAttributeGroup, name: &str) -> Option<&'a IppValue> {
    group.get(name).map(|a| a.value())
}

/// An attribute's string values (one, or each of a `1setOf`).
fn texts(group: &IppAttributeGroup, name: &str) -> Vec<String> {
    first(group, name)
        .map(|v| v.into_iter().filter_map(text).collect())
        .unwrap_or_default()
}

fn text(value: &IppValue) -> Option<String> {
    match value {
        IppValue::Keyword(s) | IppValue::MimeMediaType(s) | IppValue::NameWithoutLanguage(s) => {
            Some(s.to_string())
        }
        IppValue::NameWithLanguage { name, .. } => Some(name.to_string()),
        IppValue::TextWithoutLanguage(t) | IppValue::TextWithLanguage { text: t, .. } => {
            Some(t.to_string())
        }
        IppValue::Uri(s) | IppValue::UriScheme(s) => Some(s.to_string()),
        _ => None,
    }
}

/// A resolution's dots per inch across the feed.
fn dpi(value: &IppValue) -> Option<u32> {
    let IppValue::Resolution {
        cross_feed, units, ..
    } = value
    else {
        return None;
    };
    let x = u32::try_from(*cross_feed).ok().filter(|x| *x > 0)?;
    match units {
        3 => Some(x),
        4 => Some((f64::from(x) * 2.54).round() as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(media_ready: &[&str], media_supported: &[&str]) -> PrinterInfo {
        PrinterInfo {
            media_ready: media_ready.iter().map(|s| s.to_string()).collect(),
            media_supported: media_supported.iter().map(|s| s.to_string()).collect(),
            ..PrinterInfo::default()
        }
    }

    #[test]
    fn media_rolls_and_sizes() {
        // A 62 mm roll, with and without a minimum length.
        let roll = info(&[], &["roll_min_62x12.7mm", "roll_max_62x1000mm"]);
        assert_eq!(roll.media_for(&Media::Brother62), "roll_max_62x1000mm");
        let short = Media::Custom {
            width: 62.0,
            length: 10.0,
        };
        assert_eq!(short.fed_mm().1, 10.0);
        assert_eq!(roll.media_for(&short), short.pwg_name());
        assert_eq!(roll.media_for(&Media::Brother29x90), "om_dk-11201_29x90mm");
        let too_long = info(&[], &["roll_max_62x80mm"]);
        assert_eq!(
            too_long.media_for(&Media::Brother62),
            "om_dk-22205_62x100mm"
        );
        let only_min = info(&[], &["roll_min_62x50mm"]);
        assert_eq!(only_min.media_for(&Media::Brother62), "roll_min_62x50mm");
        // Turned and slightly off sizes; the custom-size bounds never match.
        let sheets = info(
            &[],
            &[
                "custom_max_105x148mm",
                "na_index-4x6_4x6in",
                "iso_a6_148x105mm",
            ],
        );
        assert_eq!(sheets.media_for(&Media::A6), "iso_a6_148x105mm");
        assert_eq!(sheets.media_for(&Media::Label4x6), "na_index-4x6_4x6in");
        let near = info(&[], &["om_badge_101x76mm"]);
        assert_eq!(near.media_for(&Media::Label4x3), "om_badge_101x76mm");
        // media-ready first.
        let both = info(&["om_small-photo_100x150mm"], &["na_index-4x6_4x6in"]);
        assert_eq!(both.media_for(&Media::Label4x6), "na_index-4x6_4x6in");
        let both = info(&["om_label_102x152mm"], &["na_index-4x6_4x6in"]);
        assert_eq!(both.media_for(&Media::Label4x6), "om_label_102x152mm");
    }

    #[test]
    fn raster_choice_prefers_gray_and_300_dpi() {
        let mut p = PrinterInfo {
            raster_types: vec!["srgb_8".into(), "black_1".into()],
            raster_dpi: vec![203, 600, 400],
            ..PrinterInfo::default()
        };
        assert_eq!(p.raster_choice(), (RasterType::Black1, 400));
        p.raster_types.push("sgray_8".into());
        p.raster_dpi = vec![150, 203];
        assert_eq!(p.raster_choice(), (RasterType::Sgray8, 203));
        p.raster_types = vec!["adobe-rgb_16".into()];
        p.raster_dpi.clear();
        assert_eq!(p.raster_choice(), (RasterType::Sgray8, 300));
    }

    #[test]
    fn resolutions_in_dots_per_cm_become_dpi() {
        assert_eq!(dpi(&IppValue::new_resolution(118, 118, 4)), Some(300));
        assert_eq!(dpi(&IppValue::new_resolution(80, 80, 4)), Some(203));
        assert_eq!(dpi(&IppValue::new_resolution(300, 300, 3)), Some(300));
        assert_eq!(dpi(&IppValue::new_resolution(300, 300, 9)), None);
    }

    #[test]
    fn status_keywords_and_words() {
        assert_eq!(
            status_keyword(0x040A),
            "client-error-document-format-not-supported"
        );
        assert_eq!(status_keyword(0x0777), "status-0x0777");
        let e = PrintError::Refused {
            status: status_keyword(0x040A),
            message: Some("Unsupported format \"image/pwg-raster\".".into()),
        };
        assert_eq!(
            e.to_string(),
            "The printer refused the request: it does not take this document format \
             (client-error-document-format-not-supported): “Unsupported format \
             \"image/pwg-raster\"”."
        );
        let e = PrintError::NotReady {
            reasons: vec!["media-empty-error".into(), "cover-open".into()],
            message: None,
        };
        assert_eq!(
            e.to_string(),
            "The printer cannot print now: out of labels or paper, the cover is open."
        );
    }

    #[test]
    fn uris_and_names() {
        assert!(parse_uri("ipp://printer.local/ipp/print").is_ok());
        assert!(parse_uri("IPPS://10.0.0.7:8443/ipp/print").is_ok());
        for bad in [
            "http://printer/ipp",
            "printer.local",
            "ipp:///ipp/print",
            "",
        ] {
            assert!(
                matches!(parse_uri(bad), Err(PrintError::Unreachable(_))),
                "{bad}"
            );
        }
        assert_eq!(cut("Größe", 3), "Gr");
        assert_eq!(cut("abc", 255), "abc");
    }

    #[test]
    fn requests_can_move_between_threads() {
        fn send<T: Send>(_: T) {}
        send(query("ipp://localhost/ipp/print"));
        send(print_job(
            "ipp://localhost/ipp/print",
            "job",
            DocumentFormat::Pdf,
            Vec::new(),
            "iso_a6_105x148mm",
            1,
        ));
    }
}

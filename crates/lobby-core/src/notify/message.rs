//! What a host reads, in their language: the e-mail (text and HTML), the Slack message, the
//! Teams card and the signed webhook's JSON. Everything comes from the row's [`Facts`]; nothing
//! links anywhere, and the visitor's own words are escaped for each format.

use super::{Facts, Message, Topic};
use crate::config::Config;
use crate::i18n::{self, Localizer};
use fluent_bundle::FluentValue;
use serde_json::{json, Value};

/// The message in words: a subject line and labelled facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub language: String,
    pub subject: String,
    /// The opening sentence.
    pub lead: String,
    /// (label, value) lines.
    pub facts: Vec<(String, String)>,
    pub footer: String,
    /// An invitation's code, as printed (`ACEF-GH34`): shown large, with its QR code.
    pub code: Option<String>,
}

fn arg(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_string())
}

/// Writes the message in `language` (a shipped one; others fall back to English).
pub fn text(topic: Topic, facts: &Facts, language: &str, config: &Config) -> Text {
    let time_zone = config.time_zone;
    let l = Localizer::new(language);
    let site = arg(&facts.site);
    let kiosk = arg(&facts.kiosk);
    let footer = l.text("notify-footer", &[("site", site.clone())]);
    if topic == Topic::Test {
        return Text {
            language: l.lang().to_string(),
            subject: l.text("notify-test-subject", &[("site", site.clone())]),
            lead: l.text(
                "notify-test-lead",
                &[
                    ("host", arg(&facts.host_name)),
                    ("site", site),
                    ("kiosk", kiosk),
                ],
            ),
            facts: Vec::new(),
            footer,
            code: None,
        };
    }
    if let (Topic::Held, Some(held)) = (topic, &facts.held) {
        let time = facts
            .at
            .with_timezone(&time_zone)
            .format("%H:%M")
            .to_string();
        return Text {
            language: l.lang().to_string(),
            subject: l.text("notify-held-subject", &[("kiosk", kiosk.clone())]),
            lead: l.text(
                "notify-held-lead",
                &[
                    ("site", site),
                    ("kiosk", kiosk),
                    ("entry", held.entry.into()),
                ],
            ),
            facts: vec![
                (l.text("notify-label-since", &[]), time),
                (l.text("notify-label-entry", &[]), held.entry.to_string()),
            ],
            footer,
            code: None,
        };
    }
    if let (Topic::Invitation, Some(inv)) = (topic, &facts.invitation) {
        let code = crate::text::grouped_code(&inv.code);
        let days = if inv.from == inv.until {
            inv.from.to_string()
        } else {
            format!("{} – {}", inv.from, inv.until)
        };
        let hours = match config.hours_on(chrono::Datelike::weekday(&inv.from)) {
            Some(h) => format!("{}–{}", h.open.format("%H:%M"), h.close.format("%H:%M")),
            None => l.text("notify-invite-closed", &[]),
        };
        let mut lines = vec![
            (l.text("notify-label-code", &[]), code.clone()),
            (l.text("notify-label-day", &[]), days),
            (l.text("notify-label-hours", &[]), hours),
        ];
        if !config.address.is_empty() {
            lines.push((l.text("notify-label-address", &[]), config.address.clone()));
        }
        lines.push((l.text("notify-label-host", &[]), facts.host_name.clone()));
        return Text {
            language: l.lang().to_string(),
            subject: l.text("notify-invite-subject", &[("site", site.clone())]),
            lead: l.text(
                "notify-invite-lead",
                &[
                    ("guest", arg(&facts.visitor)),
                    ("host", arg(&facts.host_name)),
                    ("site", site.clone()),
                ],
            ),
            facts: lines,
            footer: format!("{}\n{}", l.text("notify-invite-how", &[]), footer),
            code: Some(code),
        };
    }
    let visitor = arg(&facts.visitor);
    let time = facts
        .at
        .with_timezone(&time_zone)
        .format("%H:%M")
        .to_string();
    let subject = match &facts.company {
        Some(c) => l.text(
            "notify-arrival-subject-company",
            &[("visitor", visitor.clone()), ("company", arg(c))],
        ),
        None => l.text("notify-arrival-subject", &[("visitor", visitor.clone())]),
    };
    let lead = l.text(
        "notify-arrival-lead",
        &[
            ("visitor", visitor.clone()),
            ("site", site.clone()),
            ("time", arg(&time)),
        ],
    );
    let mut lines = vec![(l.text("notify-label-visitor", &[]), facts.visitor.clone())];
    if let Some(c) = &facts.company {
        lines.push((l.text("notify-label-company", &[]), c.clone()));
    }
    lines.push((
        l.text("notify-label-kind", &[]),
        l.text("visit-kind", &[("kind", arg(facts.kind.as_str()))]),
    ));
    lines.push((l.text("notify-label-time", &[]), time));
    lines.push((
        l.text("notify-label-where", &[]),
        l.text("notify-where", &[("site", site), ("kiosk", kiosk)]),
    ));
    if !facts.waiting_area.is_empty() {
        lines.push((
            l.text("notify-label-waiting", &[]),
            facts.waiting_area.clone(),
        ));
    }
    Text {
        language: l.lang().to_string(),
        subject,
        lead,
        facts: lines,
        footer,
        code: None,
    }
}

impl Text {
    /// The e-mail's plain-text part.
    pub fn plain(&self) -> String {
        let mut out = format!("{}\n\n", self.lead);
        for (label, value) in &self.facts {
            out.push_str(&format!("{label}: {value}\n"));
        }
        out.push_str(&format!("\n-- \n{}\n", self.footer));
        out
    }

    /// The e-mail's HTML part: the same words, escaped, right to left where the language is.
    pub fn html(&self) -> String {
        let dir = if i18n::is_rtl(&self.language) {
            "rtl"
        } else {
            "ltr"
        };
        let mut rows = String::new();
        for (label, value) in &self.facts {
            rows.push_str(&format!(
                "<tr><th style=\"text-align:start;padding:4px 16px 4px 0;color:#555\">{}</th><td style=\"padding:4px 0\">{}</td></tr>",
                html_escape(label),
                html_escape(value)
            ));
        }
        // An invitation's code, large enough to read off a phone at the kiosk, and its QR code
        // (an inline image, `cid:qr`), which a scanner reads.
        let code = match &self.code {
            Some(code) => format!(
                "<p style=\"font-size:40px;font-weight:bold;letter-spacing:4px;font-family:monospace\">{}</p>\
                 <p><img src=\"cid:qr\" width=\"240\" height=\"240\" alt=\"{}\"></p>",
                html_escape(code),
                html_escape(code)
            ),
            None => String::new(),
        };
        let footer: Vec<String> = self.footer.lines().map(html_escape).collect();
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head>\
             <body style=\"font-family:sans-serif;font-size:16px;color:#111\"><p style=\"font-size:18px\">{lead}</p>\
             {code}<table>{rows}</table><p style=\"color:#777;font-size:13px\">{footer}</p></body></html>",
            lang = html_escape(&self.language),
            subject = html_escape(&self.subject),
            lead = html_escape(&self.lead),
            footer = footer.join("<br>"),
        )
    }

    /// A Slack incoming webhook's body. Slack's own escaping (`&`, `<`, `>`) keeps a visitor
    /// from writing a link or a mention; link previews are off.
    pub fn slack(&self) -> Value {
        let mut body = format!(
            "*{}*\n{}",
            slack_escape(&self.subject),
            slack_escape(&self.lead)
        );
        for (label, value) in &self.facts {
            body.push_str(&format!(
                "\n{}: {}",
                slack_escape(label),
                slack_escape(value)
            ));
        }
        json!({
            "text": slack_escape(&self.subject),
            "blocks": [{ "type": "section", "text": { "type": "mrkdwn", "text": body } }],
            "unfurl_links": false,
            "unfurl_media": false,
        })
    }

    /// A Teams Workflows webhook's body: a message with one Adaptive Card (schema 1.4).
    pub fn teams(&self) -> Value {
        let facts: Vec<Value> = self
            .facts
            .iter()
            .map(|(t, v)| json!({ "title": markdown_escape(t), "value": markdown_escape(v) }))
            .collect();
        json!({
            "type": "message",
            "attachments": [{
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": null,
                "content": {
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard",
                    "version": "1.4",
                    "lang": self.language,
                    "rtl": i18n::is_rtl(&self.language),
                    "body": [
                        { "type": "TextBlock", "text": markdown_escape(&self.subject), "weight": "Bolder", "size": "Medium", "wrap": true },
                        { "type": "TextBlock", "text": markdown_escape(&self.lead), "wrap": true },
                        { "type": "FactSet", "facts": facts },
                    ],
                },
            }],
        })
    }
}

/// The generic webhook's body: the facts as data, and the text as the host reads it.
pub fn webhook(message: &Message, text: &Text) -> Value {
    let f = &message.facts;
    let kind = match message.topic {
        Topic::Arrival => "visit.arrived",
        Topic::Test => "test",
        Topic::Invitation => "invitation",
        Topic::Held => "check-in.held",
    };
    let mut body = json!({
        "type": kind,
        "id": message.key,
        "created_at": message.created_at.to_rfc3339(),
        "site": f.site,
        "kiosk": f.kiosk,
        "host": { "id": f.host_id, "name": f.host_name },
        "language": text.language,
        "subject": text.subject,
        "text": text.plain(),
    });
    if let (Topic::Held, Some(held)) = (message.topic, &f.held) {
        body["held"] = json!({
            "approval": held.approval,
            "deny_entry": held.entry,
            "since": f.at.to_rfc3339(),
        });
    }
    if message.topic == Topic::Arrival {
        body["visit"] = json!({
            "id": message.visit_id,
            "kind": f.kind.as_str(),
            "checked_in_at": f.at.to_rfc3339(),
            "visitor": { "name": f.visitor, "company": f.company },
            "waiting_area": f.waiting_area,
        });
    }
    body
}

/// The invitation as an iCalendar file (RFC 5545): one event from the first day's opening to its
/// closing (09:00-17:00 on a closed day), repeated daily for a multi-day invitation. Times are
/// UTC (`Z`), the same instants as the site's local hours, so no time-zone table is needed.
pub fn ics(
    facts: &Facts,
    text: &Text,
    config: &Config,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<String> {
    use chrono::{Datelike, NaiveTime, TimeZone};
    let inv = facts.invitation.as_ref()?;
    let (open, close) = match config.hours_on(inv.from.weekday()) {
        Some(h) => (h.open, h.close),
        None => (
            NaiveTime::from_hms_opt(9, 0, 0)?,
            NaiveTime::from_hms_opt(17, 0, 0)?,
        ),
    };
    let utc = |t: NaiveTime| {
        config
            .time_zone
            .from_local_datetime(&inv.from.and_time(t))
            .earliest()
            .map(|d| {
                d.with_timezone(&chrono::Utc)
                    .format("%Y%m%dT%H%M%SZ")
                    .to_string()
            })
    };
    let days = (inv.until - inv.from).num_days() + 1;
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Lobby//Invitation//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}@lobby.invalid", inv.code),
        format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", utc(open)?),
        format!("DTEND:{}", utc(close)?),
    ];
    if days > 1 {
        lines.push(format!("RRULE:FREQ=DAILY;COUNT={days}"));
    }
    lines.push(format!("SUMMARY:{}", ics_escape(&text.subject)));
    if !config.address.is_empty() {
        lines.push(format!("LOCATION:{}", ics_escape(&config.address)));
    }
    let mut description = format!("{}\n", text.lead);
    for (label, value) in &text.facts {
        description.push_str(&format!("{label}: {value}\n"));
    }
    lines.push(format!("DESCRIPTION:{}", ics_escape(&description)));
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    Some(lines.iter().map(|l| fold(l)).collect::<String>())
}

/// RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped.
fn ics_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// A content line folded at 75 octets (never inside a character), ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Slack's three control characters.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Backslash before what Markdown would turn into emphasis or a link.
fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_{}[]()#+-.!<>|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::VisitKind;
    use chrono::TimeZone;

    fn facts() -> Facts {
        Facts {
            visitor: "Zoë <b>Example</b>".into(),
            company: Some("[Acme](https://evil.example)".into()),
            kind: VisitKind::Guest,
            at: chrono::Utc.with_ymd_and_hms(2026, 12, 4, 13, 5, 0).unwrap(),
            host_id: "M-1".into(),
            host_name: "Jonas Meyer".into(),
            site: "Lobby Demo Space".into(),
            kiosk: "lobby-1".into(),
            waiting_area: "Lounge".into(),
            invitation: None,
            held: None,
        }
    }

    #[test]
    fn the_host_reads_it_in_their_language_and_site_time() {
        let config = Config::demo();
        let t = text(Topic::Arrival, &facts(), "de", &config);
        assert_eq!(t.language, "de");
        assert!(t.subject.contains("Zoë"), "{}", t.subject);
        assert!(t.plain().contains("14:05"), "{}", t.plain());
        let en = text(Topic::Arrival, &facts(), "en-US", &config);
        assert_ne!(t.lead, en.lead);
    }

    #[test]
    fn a_visitor_cannot_write_markup_or_links() {
        let t = text(Topic::Arrival, &facts(), "en-US", &Config::demo());
        assert!(!t.html().contains("<b>Example"));
        let slack = t.slack().to_string();
        assert!(!slack.contains("<b>"), "{slack}");
        let teams = t.teams().to_string();
        assert!(!teams.contains("[Acme](https"), "{teams}");
    }
}

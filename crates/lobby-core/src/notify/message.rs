//! What a host reads, in their language: the e-mail (text and HTML), the Slack message, the
//! Teams card and the signed webhook's JSON. Everything comes from the row's [`Facts`]; nothing
//! links anywhere, and the visitor's own words are escaped for each format.

use super::{Facts, Message, Topic};
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
}

fn arg(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_string())
}

/// Writes the message in `language` (a shipped one; others fall back to English).
pub fn text(topic: Topic, facts: &Facts, language: &str, time_zone: chrono_tz::Tz) -> Text {
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
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head>\
             <body style=\"font-family:sans-serif;font-size:16px;color:#111\"><p style=\"font-size:18px\">{lead}</p>\
             <table>{rows}</table><p style=\"color:#777;font-size:13px\">{footer}</p></body></html>",
            lang = html_escape(&self.language),
            subject = html_escape(&self.subject),
            lead = html_escape(&self.lead),
            footer = html_escape(&self.footer),
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
        }
    }

    #[test]
    fn the_host_reads_it_in_their_language_and_site_time() {
        let t = text(Topic::Arrival, &facts(), "de", chrono_tz::Europe::Berlin);
        assert_eq!(t.language, "de");
        assert!(t.subject.contains("Zoë"), "{}", t.subject);
        assert!(t.plain().contains("14:05"), "{}", t.plain());
        let en = text(Topic::Arrival, &facts(), "en-US", chrono_tz::Europe::Berlin);
        assert_ne!(t.lead, en.lead);
    }

    #[test]
    fn a_visitor_cannot_write_markup_or_links() {
        let t = text(Topic::Arrival, &facts(), "en-US", chrono_tz::UTC);
        assert!(!t.html().contains("<b>Example"));
        let slack = t.slack().to_string();
        assert!(!slack.contains("<b>"), "{slack}");
        let teams = t.teams().to_string();
        assert!(!teams.contains("[Acme](https"), "{teams}");
    }
}

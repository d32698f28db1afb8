//! The sender: claims due messages, sends them by SMTP or HTTPS, records the answer.
//!
//! The generic webhook is signed like Stripe's and Slack's: the header
//! `Lobby-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`; a receiver
//! recomputes it over the raw body and refuses a timestamp more than [`REPLAY_WINDOW`] away
//! from its own clock ([`verify`]). Every HTTP request carries `Idempotency-Key`.

use super::{message, Message, Outcome, State};
use crate::config::notifications::{Channel, Email, Secret, Security};
use crate::config::Config;
use crate::error::Result;
use crate::Store;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sha2::Sha256;
use std::time::Duration;

/// How far a signed webhook's timestamp may be from the receiver's clock.
pub const REPLAY_WINDOW: i64 = 300;
/// The longest a single try may take before it counts as failed.
pub const TRY_TIMEOUT: Duration = Duration::from_secs(20);
/// Messages claimed per round.
const BATCH: i64 = 20;

/// The `Lobby-Signature` header's value for `body` sent at `t` (unix seconds).
pub fn sign(secret: &[u8], t: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "t={t},v1={}",
        data_encoding::HEXLOWER.encode(&mac.finalize().into_bytes())
    )
}

/// What a receiver does with `Lobby-Signature`: true if it was made with `secret` over `body`
/// within [`REPLAY_WINDOW`] of `now` (unix seconds). Compares in constant time.
pub fn verify(secret: &[u8], header: &str, body: &[u8], now: i64) -> bool {
    let mut t = None;
    let mut v1 = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => v1.push(v.to_string()),
            _ => {}
        }
    }
    let Some(t) = t else { return false };
    if (now - t).abs() > REPLAY_WINDOW {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    v1.iter().any(|sig| {
        data_encoding::HEXLOWER
            .decode(sig.as_bytes())
            .is_ok_and(|bytes| mac.clone().verify_slice(&bytes).is_ok())
    })
}

/// One message's try, for `lobby notify test` and the logs.
#[derive(Debug, Clone)]
pub struct Tried {
    pub message: Message,
    pub outcome: Outcome,
    pub state: State,
}

/// Sends every due message once. Call it again after [`super::next_due`]; a check-in that
/// queued something wakes the kiosk's sender early.
pub async fn run_once(store: &Store, config: &Config, now: DateTime<Utc>) -> Result<Vec<Tried>> {
    let mut done = Vec::new();
    loop {
        let claimed = super::claim(store, now, None, BATCH).await?;
        if claimed.is_empty() {
            return Ok(done);
        }
        let client = http_client();
        for message in claimed {
            let outcome = send(config, &client, &message).await;
            let state = super::record(store, now, &message, &outcome).await?;
            match &outcome {
                Outcome::Sent(_) => {
                    tracing::info!(id = message.id, channel = %message.channel, "notification sent")
                }
                Outcome::Retry(e) | Outcome::Permanent(e) => {
                    tracing::warn!(id = message.id, channel = %message.channel, ?state, problem = %e, "notification not sent")
                }
            }
            done.push(Tried {
                message,
                outcome,
                state,
            });
        }
    }
}

/// Sends the given messages now, whatever their due time (`lobby notify test`). Ones another
/// sender holds, or already sent, are left alone.
pub async fn send_these(
    store: &Store,
    config: &Config,
    now: DateTime<Utc>,
    ids: &[i64],
) -> Result<Vec<Tried>> {
    let claimed = super::claim(store, now, Some(ids), BATCH.max(ids.len() as i64)).await?;
    let client = http_client();
    let mut done = Vec::new();
    for message in claimed {
        let outcome = send(config, &client, &message).await;
        let state = super::record(store, now, &message, &outcome).await?;
        done.push(Tried {
            message,
            outcome,
            state,
        });
    }
    Ok(done)
}

fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TRY_TIMEOUT)
        // A webhook that redirects would take our signature and the visitor's name elsewhere.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Lobby/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
}

/// One try of a claimed message, without recording it (a sender records with
/// [`super::record`]; a test stands for a sender killed between the two).
pub async fn attempt(config: &Config, m: &Message) -> Outcome {
    send(config, &http_client(), m).await
}

async fn send(config: &Config, client: &reqwest::Client, m: &Message) -> Outcome {
    let n = &config.notifications;
    let text = message::text(m.topic, &m.facts, &m.language, config);
    match m.channel {
        Channel::Email => match &n.email {
            Some(email) => send_email(email, config, m, &text).await,
            None => Outcome::Permanent("e-mail is no longer set up in lobby.toml".into()),
        },
        Channel::Slack => match &n.slack {
            Some(url) => post(client, url, m, &text.slack(), None).await,
            None => Outcome::Permanent("Slack is no longer set up in lobby.toml".into()),
        },
        Channel::Teams => match &n.teams {
            Some(url) => post(client, url, m, &text.teams(), None).await,
            None => Outcome::Permanent("Teams is no longer set up in lobby.toml".into()),
        },
        Channel::Webhook => match &n.webhook {
            Some(hook) => {
                let url = Secret::Inline(hook.url.clone());
                post(
                    client,
                    &url,
                    m,
                    &message::webhook(m, &text),
                    Some(&hook.secret),
                )
                .await
            }
            None => Outcome::Permanent("the webhook is no longer set up in lobby.toml".into()),
        },
    }
}

/// Text and HTML; an invitation adds its QR code as an inline image (`cid:qr`) and an
/// `.ics` calendar file.
fn body(
    config: &Config,
    m: &Message,
    text: &message::Text,
) -> std::result::Result<MultiPart, String> {
    let alternative = MultiPart::alternative_plain_html(text.plain(), text.html());
    let Some(inv) = m
        .facts
        .invitation
        .as_ref()
        .filter(|_| m.topic == super::Topic::Invitation)
    else {
        return Ok(alternative);
    };
    // The code as printed (`ACEF-GH34`): the hyphen tells a scanner's burst from a badge UID.
    let png = crate::wifi::qr::png(&crate::text::grouped_code(&inv.code), 8)
        .map_err(|e| e.to_string())?;
    let png_type = ContentType::parse("image/png").map_err(|e| e.to_string())?;
    let related = MultiPart::related()
        .multipart(alternative)
        .singlepart(Attachment::new_inline("qr".into()).body(png, png_type));
    let ics = message::ics(&m.facts, text, config, m.created_at).ok_or("no calendar")?;
    let ics_type = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
        .map_err(|e| e.to_string())?;
    Ok(MultiPart::mixed()
        .multipart(related)
        .singlepart(Attachment::new("invitation.ics".into()).body(ics, ics_type)))
}

async fn post(
    client: &reqwest::Client,
    url: &Secret,
    m: &Message,
    body: &serde_json::Value,
    signed_with: Option<&Secret>,
) -> Outcome {
    // A secret that cannot be read may be fixed by the operator: worth another try.
    let url = match url
        .read()
        .and_then(|u| crate::config::notifications::checked_url(&u))
    {
        Ok(u) => u,
        Err(e) => return Outcome::Retry(e),
    };
    let body = body.to_string().into_bytes();
    let mut request = client
        .post(&url)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", &m.key);
    if let Some(secret) = signed_with {
        let secret = match secret.read() {
            Ok(s) => s,
            Err(e) => return Outcome::Retry(e),
        };
        request = request.header(
            "Lobby-Signature",
            sign(secret.as_bytes(), Utc::now().timestamp(), &body),
        );
    }
    match request.body(body).send().await {
        Ok(response) => {
            let status = response.status();
            let answer = format!("HTTP {}", status.as_u16());
            if status.is_success() {
                Outcome::Sent(answer)
            } else if status.is_server_error() || status.as_u16() == 408 || status.as_u16() == 429 {
                Outcome::Retry(answer)
            } else {
                Outcome::Permanent(answer)
            }
        }
        // The address is never in the error: a Slack or Teams URL is a secret.
        Err(e) => Outcome::Retry(describe_http(e)),
    }
}

fn describe_http(e: reqwest::Error) -> String {
    let e = e.without_url();
    if e.is_timeout() {
        "the receiver did not answer in time".into()
    } else if e.is_connect() {
        "the receiver cannot be reached".into()
    } else {
        e.to_string()
    }
}

async fn send_email(email: &Email, config: &Config, m: &Message, text: &message::Text) -> Outcome {
    let Some(to) = m.recipient.as_deref() else {
        return Outcome::Permanent("the member has no e-mail address".into());
    };
    let from: Mailbox = match email.from.parse() {
        Ok(f) => f,
        Err(e) => return Outcome::Permanent(format!("notifications.email.from: {e}")),
    };
    // A host's message goes to the host; an invitation to the guest.
    let to_name = match m.topic {
        super::Topic::Invitation => m.facts.visitor.clone(),
        _ => m.facts.host_name.clone(),
    };
    let to = match to.parse() {
        Ok(address) => Mailbox::new(Some(to_name), address),
        Err(e) => return Outcome::Permanent(format!("{to}: {e}")),
    };
    let domain = from.email.domain().to_string();
    let built = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(text.subject.clone())
        .message_id(Some(format!("<{}@{domain}>", m.key)))
        .multipart(match body(config, m, text) {
            Ok(b) => b,
            Err(e) => return Outcome::Permanent(e),
        });
    let built = match built {
        Ok(b) => b,
        Err(e) => return Outcome::Permanent(e.to_string()),
    };
    let builder = match email.security {
        Security::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&email.relay),
        Security::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&email.relay),
        Security::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
            &email.relay,
        )),
    };
    let mut builder = match builder {
        Ok(b) => b.port(email.port).timeout(Some(TRY_TIMEOUT)),
        Err(e) => return Outcome::Retry(e.to_string()),
    };
    if let (Some(ca), Security::Starttls | Security::Tls) = (&email.ca_file, email.security) {
        let trusted = std::fs::read(ca)
            .map_err(|e| format!("notifications.email.ca_file {}: {e}", ca.display()))
            .and_then(|pem| Certificate::from_pem(&pem).map_err(|e| e.to_string()))
            .and_then(|cert| {
                TlsParameters::builder(email.relay.clone())
                    .add_root_certificate(cert)
                    .build()
                    .map_err(|e| e.to_string())
            });
        match trusted {
            Ok(params) if email.security == Security::Tls => {
                builder = builder.tls(Tls::Wrapper(params))
            }
            Ok(params) => builder = builder.tls(Tls::Required(params)),
            Err(e) => return Outcome::Retry(e),
        }
    }
    if let (Some(user), Some(password)) = (&email.username, &email.password) {
        match password.read() {
            Ok(p) => builder = builder.credentials(Credentials::new(user.clone(), p)),
            Err(e) => return Outcome::Retry(e),
        }
    }
    let transport = builder.build();
    // The whole conversation is bounded: lettre's timeout covers single reads and writes, and
    // a relay that stops answering mid-conversation must not hold up the messages behind it.
    let sent = match tokio::time::timeout(TRY_TIMEOUT * 3, transport.send(built)).await {
        Ok(sent) => sent,
        Err(_) => return Outcome::Retry("the relay stopped answering".into()),
    };
    match sent {
        Ok(response) => Outcome::Sent(format!(
            "{} {}",
            response.code(),
            response.message().collect::<Vec<_>>().join(" ")
        )),
        Err(e) if e.is_permanent() => Outcome::Permanent(e.to_string()),
        Err(e) => Outcome::Retry(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_once_and_only_in_its_window() {
        let body = br#"{"type":"visit.arrived"}"#;
        let header = sign(b"whsec", 1_000_000, body);
        assert!(verify(b"whsec", &header, body, 1_000_000 + 299));
        assert!(
            !verify(b"whsec", &header, body, 1_000_000 + 301),
            "replayed late"
        );
        assert!(!verify(b"other", &header, body, 1_000_000));
        assert!(!verify(b"whsec", &header, b"{}", 1_000_000), "body changed");
        assert!(!verify(b"whsec", "v1=00", body, 1_000_000), "no timestamp");
    }
}

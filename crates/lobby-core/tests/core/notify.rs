//! Hosts told of their guests, against real peers on loopback: Debian's aiosmtpd as the SMTP
//! relay (started by PID on a free port, its Maildir in a temporary folder, read back with
//! Python's e-mail parser) and an HTTP receiver in the test for Slack, Teams and the signed
//! webhook. Time is pinned and moved by hand, so a day of retries takes no time.

#![allow(clippy::unwrap_used)]

use crate::common::{friday_morning, guest_in, site_with, NO_CODE_OF_CONDUCT, OPEN_ALL_DAY};
use chrono::{DateTime, Duration, Utc};
use lobby_core::audit::Actor;
use lobby_core::config::Config;
use lobby_core::notify::{self, deliver, Outcome, State};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{members, Store};
use serde_json::Value;
use std::collections::HashMap;
use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Debian's Python, which has python3-aiosmtpd (not a pyenv or virtualenv one on PATH).
const PYTHON: &str = "/usr/bin/python3";

pub(crate) fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// aiosmtpd on 127.0.0.1:`port`, saving every message to a Maildir; killed on drop.
pub(crate) struct Smtp {
    child: Child,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

impl Smtp {
    pub(crate) fn start(port: u16) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let maildir = dir.path().join("mail");
        let child = Command::new(PYTHON)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd: apt-get install python3-aiosmtpd (make deps does)");
        let mut smtp = Smtp {
            child,
            maildir,
            _dir: dir,
        };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return smtp;
            }
            if let Ok(Some(status)) = smtp.child.try_wait() {
                panic!("aiosmtpd exited with {status}: is python3-aiosmtpd installed?");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("aiosmtpd did not listen on {port} within 10 s");
    }

    /// Every message received, parsed by Python's e-mail package.
    pub(crate) fn messages(&self) -> Vec<Value> {
        if !self.maildir.join("new").exists() {
            return Vec::new();
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/notify/read_mail.py");
        let out = Command::new(PYTHON)
            .arg(script)
            .arg(&self.maildir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP request as the receiver saw it.
#[derive(Debug, Clone)]
struct Request {
    path: String,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

impl Request {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// A plain HTTP/1.1 receiver on a free loopback port: records every request and answers with
/// `status` (200 unless a test changes it).
struct Receiver {
    port: u16,
    seen: Arc<Mutex<Vec<Request>>>,
    status: Arc<AtomicU16>,
}

impl Receiver {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(200));
        let (s, st) = (seen.clone(), status.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let (s, st) = (s.clone(), st.clone());
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    let (head_end, length) = loop {
                        let n = socket.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&buf[..i]).to_lowercase();
                            let length = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length:"))
                                .map(|v| v.trim().parse::<usize>().unwrap())
                                .unwrap_or(0);
                            break (i + 4, length);
                        }
                    };
                    while buf.len() < head_end + length {
                        let n = socket.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                    let mut lines = head.lines();
                    let path = lines.next().unwrap().split(' ').nth(1).unwrap().to_string();
                    let headers = lines
                        .filter_map(|l| l.split_once(':'))
                        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
                        .collect();
                    s.lock().unwrap().push(Request {
                        path,
                        headers,
                        body: buf[head_end..head_end + length].to_vec(),
                    });
                    let code = st.load(Ordering::SeqCst);
                    let reply = format!(
                        "HTTP/1.1 {code} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                    );
                    let _ = socket.write_all(reply.as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        Receiver { port, seen, status }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn requests(&self, path: &str) -> Vec<Request> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }
}

fn config(notifications: &str) -> Config {
    Config::parse(
        &format!("{OPEN_ALL_DAY}\n{NO_CODE_OF_CONDUCT}\n{notifications}"),
        None,
    )
    .unwrap()
}

pub(crate) fn email_section(port: u16) -> String {
    format!(
        "[notifications.email]\nrelay = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n\
         from = \"Lobby front desk <lobby@example.org>\"\n"
    )
}

const SECRET: &str = "whsec-test-1234";

fn hooks_section(r: &Receiver) -> String {
    format!(
        "[notifications.slack]\nurl = \"{}\"\n[notifications.teams]\nurl = \"{}\"\n\
         [notifications.webhook]\nurl = \"{}\"\nsecret = \"{SECRET}\"\n",
        r.url("/slack"),
        r.url("/teams"),
        r.url("/hook")
    )
}

async fn import(store: &Store, csv: &str) {
    members::import_csv(store, friday_morning(), csv.as_bytes())
        .await
        .unwrap();
}

fn guest_of(name: &str, host: &str) -> CheckInRequest {
    CheckInRequest {
        host_id: Some(host.into()),
        company: Some("Acme".into()),
        ..guest_in(name, "en-US")
    }
}

async fn rows(store: &Store) -> Vec<(String, String, Option<i64>)> {
    sqlx::query_as("SELECT channel, language, visit_id FROM outbox ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_check_in_queues_what_the_host_chose_in_its_own_transaction() {
    let r = Receiver::start().await;
    let (_dir, store, config) = site_with(config(&format!(
        "{}{}",
        email_section(free_port()),
        hooks_section(&r)
    )))
    .await;
    import(
        &store,
        "id,name,email,notify,language\n\
         M-1001,Amira Haddad,amira@example.org,email;webhook,de\n\
         M-1002,Jonas Becker,jonas@example.org,none,\n",
    )
    .await;
    let now = friday_morning();
    let amira = visits::check_in(&store, now, &config, &guest_of("Zoë Example", "M-1001"))
        .await
        .unwrap();
    assert!(amira.host_told);
    let queued = rows(&store).await;
    assert_eq!(
        queued,
        vec![
            ("email".into(), "de".into(), Some(amira.visit_id)),
            ("webhook".into(), "de".into(), Some(amira.visit_id)),
        ]
    );
    // "none": nothing queued, and the welcome screen does not say the host is being told.
    let jonas = visits::check_in(&store, now, &config, &guest_of("Ann Other", "M-1002"))
        .await
        .unwrap();
    assert!(!jonas.host_told);
    assert_eq!(rows(&store).await.len(), 2);
    // No choice: the site's channels (all four here), in the site's first language.
    let li = visits::check_in(&store, now, &config, &guest_of("Bo Third", "M-1003"))
        .await
        .unwrap();
    assert!(li.host_told);
    let after = rows(&store).await;
    assert_eq!(after.len(), 6);
    assert!(after[2..]
        .iter()
        .all(|(_, lang, v)| lang == "en-US" && *v == Some(li.visit_id)));
    // An import without the columns keeps every member's choice.
    import(
        &store,
        "id,name,email\nM-1001,Amira Haddad,amira@example.org\n",
    )
    .await;
    let again = visits::check_in(&store, now, &config, &guest_of("Cy Fourth", "M-1001"))
        .await
        .unwrap();
    assert!(again.host_told);
    assert_eq!(rows(&store).await.len(), 8);
    // A refused check-in queues nothing.
    let bad = CheckInRequest {
        privacy_accepted: false,
        ..guest_of("Di Fifth", "M-1001")
    };
    assert!(visits::check_in(&store, now, &config, &bad).await.is_err());
    assert_eq!(rows(&store).await.len(), 8);
    // A wrong channel name in the member list is refused with the line.
    let e = members::import_csv(&store, now, b"id,name,notify\nM-1001,Amira Haddad,fax\n")
        .await
        .unwrap_err();
    assert_eq!(e.code(), lobby_core::ErrorCode::ImportRejected);
}

#[tokio::test]
async fn a_site_without_notifications_queues_nothing() {
    let (_dir, store, config) = site_with(config("")).await;
    let done = visits::check_in(
        &store,
        friday_morning(),
        &config,
        &guest_of("Zoë Example", "M-1001"),
    )
    .await
    .unwrap();
    assert!(!done.host_told);
    assert!(rows(&store).await.is_empty());
}

#[tokio::test]
async fn every_message_arrives_once_though_the_relay_was_down() {
    let port = free_port();
    let (_dir, store, config) = site_with(config(&email_section(port))).await;
    import(
        &store,
        "id,name,email,language\nM-1001,Amira Haddad,amira@example.org,de\n",
    )
    .await;
    let now = friday_morning();
    // The relay is down: check-ins go on.
    for (name, host) in [
        ("Zoë Example", "M-1001"),
        ("Ann Other", "M-1002"),
        ("Bo Third", "M-1003"),
    ] {
        let done = visits::check_in(&store, now, &config, &guest_of(name, host))
            .await
            .unwrap();
        assert!(done.host_told);
    }
    let tried = deliver::run_once(&store, &config, now).await.unwrap();
    assert_eq!(tried.len(), 3);
    assert!(tried
        .iter()
        .all(|t| matches!(t.outcome, Outcome::Retry(_)) && t.state == State::Waiting));
    assert_eq!(notify::counts(&store).await.unwrap().waiting, 3);
    let smtp = Smtp::start(port);
    // Not due yet: the first pause is 30 seconds.
    assert!(deliver::run_once(&store, &config, now)
        .await
        .unwrap()
        .is_empty());
    let later = now + Duration::seconds(30);
    let tried = deliver::run_once(&store, &config, later).await.unwrap();
    assert_eq!(tried.len(), 3);
    assert!(tried.iter().all(|t| t.state == State::Sent), "{tried:?}");
    // Nothing is due any more, and nothing more arrives.
    assert!(
        deliver::run_once(&store, &config, later + Duration::hours(2))
            .await
            .unwrap()
            .is_empty()
    );
    let mail = smtp.messages();
    assert_eq!(mail.len(), 3, "{mail:?}");
    let keys: Vec<String> = sqlx::query_scalar("SELECT key FROM outbox ORDER BY id")
        .fetch_all(store.pool())
        .await
        .unwrap();
    for key in &keys {
        let with_key: Vec<&Value> = mail
            .iter()
            .filter(|m| m["message_id"] == format!("<{key}@example.org>"))
            .collect();
        assert_eq!(with_key.len(), 1, "{key}: {mail:?}");
    }
    // Amira reads German, at the site's time; the others the site's first language.
    let amira = mail
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("amira@example.org"))
        .unwrap();
    assert_eq!(amira["subject"], "Zoë Example (Acme) ist für Sie da");
    let text = amira["text"].as_str().unwrap();
    assert!(text.contains("Angekommen: 10:00"), "{text}");
    assert!(text.contains("Firma: Acme"), "{text}");
    let html = amira["html"].as_str().unwrap();
    assert!(html.contains("lang=\"de\""), "{html}");
    assert!(!html.contains("href"), "no links: {html}");
    let jonas = mail
        .iter()
        .find(|m| m["to"].as_str().unwrap().contains("jonas@example.org"))
        .unwrap();
    assert_eq!(jonas["subject"], "Ann Other (Acme) is here to see you");
    assert_eq!(jonas["from"], "Lobby front desk <lobby@example.org>");
    let counts = notify::counts(&store).await.unwrap();
    assert_eq!((counts.waiting, counts.failed), (0, 0));
}

#[tokio::test]
async fn slack_teams_and_the_signed_webhook_get_their_documented_shapes() {
    let r = Receiver::start().await;
    let (_dir, store, config) = site_with(config(&hooks_section(&r))).await;
    let now = friday_morning();
    // The company is the visitor's own free text: it must not become a link in Slack.
    let visit = visits::check_in(
        &store,
        now,
        &config,
        &CheckInRequest {
            company: Some("Acme <https://evil.example|click>".into()),
            ..guest_of("Zoë Example", "M-1001")
        },
    )
    .await
    .unwrap();
    let tried = deliver::run_once(&store, &config, now).await.unwrap();
    assert!(tried.iter().all(|t| t.state == State::Sent), "{tried:?}");

    let hook = r.requests("/hook");
    assert_eq!(hook.len(), 1);
    let h = &hook[0];
    let signature = &h.headers["lobby-signature"];
    assert!(deliver::verify(
        SECRET.as_bytes(),
        signature,
        &h.body,
        Utc::now().timestamp()
    ));
    assert!(!deliver::verify(
        b"another secret",
        signature,
        &h.body,
        Utc::now().timestamp()
    ));
    let body = h.json();
    assert_eq!(h.headers["idempotency-key"], body["id"].as_str().unwrap());
    assert_eq!(body["type"], "visit.arrived");
    assert_eq!(body["visit"]["id"], visit.visit_id);
    assert_eq!(body["visit"]["visitor"]["name"], "Zoë Example");
    assert_eq!(body["host"]["id"], "M-1001");
    assert!(h.headers["content-type"].starts_with("application/json"));

    let slack = r.requests("/slack")[0].json();
    assert!(slack["text"].is_string());
    assert_eq!(slack["blocks"][0]["type"], "section");
    assert_eq!(slack["blocks"][0]["text"]["type"], "mrkdwn");
    let said = slack["blocks"][0]["text"]["text"].as_str().unwrap();
    assert!(
        said.contains("&lt;https://evil.example|click&gt;"),
        "escaped: {said}"
    );
    assert_eq!(slack["unfurl_links"], false);

    let teams = r.requests("/teams")[0].json();
    assert_eq!(teams["type"], "message");
    let card = &teams["attachments"][0];
    assert_eq!(
        card["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    assert_eq!(card["content"]["type"], "AdaptiveCard");
    assert_eq!(card["content"]["version"], "1.4");
    let body = card["content"]["body"].as_array().unwrap();
    assert_eq!(body[0]["type"], "TextBlock");
    let facts = body.iter().find(|b| b["type"] == "FactSet").unwrap()["facts"]
        .as_array()
        .unwrap();
    assert!(facts
        .iter()
        .all(|f| f["title"].is_string() && f["value"].is_string()));
}

#[tokio::test]
async fn a_busy_receiver_is_tried_again_and_a_refusing_one_is_given_up_until_resent() {
    let r = Receiver::start().await;
    let section = format!(
        "[notifications.webhook]\nurl = \"{}\"\nsecret = \"{SECRET}\"\n",
        r.url("/hook")
    );
    let (_dir, store, config) = site_with(config(&section)).await;
    let now = friday_morning();
    visits::check_in(&store, now, &config, &guest_of("Zoë Example", "M-1001"))
        .await
        .unwrap();
    r.status.store(503, Ordering::SeqCst);
    let t = deliver::run_once(&store, &config, now).await.unwrap();
    assert_eq!(t[0].outcome, Outcome::Retry("HTTP 503".into()));
    assert_eq!(t[0].state, State::Waiting);
    r.status.store(404, Ordering::SeqCst);
    let t = deliver::run_once(&store, &config, now + Duration::seconds(30))
        .await
        .unwrap();
    assert_eq!(t[0].outcome, Outcome::Permanent("HTTP 404".into()));
    assert_eq!(t[0].state, State::Failed);
    assert_eq!(notify::counts(&store).await.unwrap().failed, 1);
    let id = t[0].message.id;
    // Failed stays failed until someone sends it again.
    assert!(deliver::run_once(&store, &config, now + Duration::hours(3))
        .await
        .unwrap()
        .is_empty());
    r.status.store(200, Ordering::SeqCst);
    let later = now + Duration::hours(3);
    let again = notify::resend(&store, later, Actor::Staff(1), id)
        .await
        .unwrap();
    assert_eq!(again.state, State::Waiting);
    let t = deliver::run_once(&store, &config, later).await.unwrap();
    assert_eq!(t[0].state, State::Sent);
    let keys: Vec<String> = r
        .requests("/hook")
        .iter()
        .map(|q| q.headers["idempotency-key"].clone())
        .collect();
    assert_eq!(keys.len(), 3);
    assert!(
        keys.iter().all(|k| *k == keys[0]),
        "one key for every try: {keys:?}"
    );
    assert_eq!(
        notify::resend(&store, later, Actor::Staff(1), id)
            .await
            .unwrap_err()
            .code(),
        lobby_core::ErrorCode::NotificationSent
    );
}

#[tokio::test]
async fn an_unreachable_receiver_is_tried_for_a_day_then_given_up() {
    let dead = format!("http://127.0.0.1:{}/hook", free_port());
    let section = format!("[notifications.webhook]\nurl = \"{dead}\"\nsecret = \"{SECRET}\"\n");
    let (_dir, store, config) = site_with(config(&section)).await;
    let start = friday_morning();
    visits::check_in(&store, start, &config, &guest_of("Zoë Example", "M-1001"))
        .await
        .unwrap();
    let mut tries: Vec<DateTime<Utc>> = Vec::new();
    let mut now = start;
    loop {
        let t = deliver::run_once(&store, &config, now).await.unwrap();
        assert_eq!(t.len(), 1);
        tries.push(now);
        if t[0].state == State::Failed {
            break;
        }
        now = notify::next_due(&store).await.unwrap().unwrap();
    }
    let last = *tries.last().unwrap();
    assert!(last <= start + notify::GIVE_UP_AFTER, "{tries:?}");
    assert!(
        last > start + Duration::hours(22),
        "tried to the end of the day: {tries:?}"
    );
    // 30 s doubling to an hour: 8 tries in the first ~2 hours, then hourly.
    assert!((28..=34).contains(&tries.len()), "{} tries", tries.len());
    let gaps: Vec<i64> = tries
        .windows(2)
        .map(|w| (w[1] - w[0]).num_seconds())
        .collect();
    assert_eq!(&gaps[..4], &[30, 60, 120, 240]);
    let failed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'notify-failed'")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(failed, 1);
}

#[tokio::test]
async fn a_sender_that_dies_mid_delivery_repeats_only_under_the_same_key() {
    let r = Receiver::start().await;
    let section = format!(
        "[notifications.webhook]\nurl = \"{}\"\nsecret = \"{SECRET}\"\n",
        r.url("/hook")
    );
    let (_dir, store, config) = site_with(config(&section)).await;
    let now = friday_morning();
    for (name, host) in [("Zoë Example", "M-1001"), ("Ann Other", "M-1002")] {
        visits::check_in(&store, now, &config, &guest_of(name, host))
            .await
            .unwrap();
    }
    // A sender claims both and delivers the first, then dies before recording anything.
    let claimed = notify::claim(&store, now, None, 10).await.unwrap();
    assert_eq!(claimed.len(), 2);
    assert!(matches!(
        deliver::attempt(&config, &claimed[0]).await,
        Outcome::Sent(_)
    ));
    drop(claimed);
    // While its claim holds, no other sender touches them.
    assert!(
        deliver::run_once(&store, &config, now + Duration::minutes(4))
            .await
            .unwrap()
            .is_empty()
    );
    // After the lease both go out; the first a second time, under its first key.
    let t = deliver::run_once(&store, &config, now + notify::LEASE)
        .await
        .unwrap();
    assert_eq!(t.len(), 2);
    assert!(t
        .iter()
        .all(|t| t.state == State::Sent && t.message.attempts == 2));
    let keys: Vec<String> = r
        .requests("/hook")
        .iter()
        .map(|q| q.headers["idempotency-key"].clone())
        .collect();
    assert_eq!(keys.len(), 3);
    let distinct: std::collections::BTreeSet<&String> = keys.iter().collect();
    assert_eq!(
        distinct.len(),
        2,
        "a receiver that drops repeated keys sees each once"
    );
}

/// A relay as real ones are: TLS (STARTTLS required, or from the first byte) and AUTH, with a
/// certificate for `localhost` from a CA of the test's own (openssl), trusted through
/// `ca_file`. tests/notify/relay.py runs it on aiosmtpd; killed on drop.
struct TlsRelay {
    child: Child,
    maildir: PathBuf,
}

impl TlsRelay {
    fn start(dir: &Path, port: u16, mode: &str) -> Self {
        let maildir = dir.join(format!("mail-{mode}"));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/notify/relay.py");
        let child = Command::new(PYTHON)
            .arg(script)
            .args(["--port", &port.to_string(), "--mode", mode])
            .arg("--maildir")
            .arg(&maildir)
            .arg("--cert")
            .arg(dir.join("cert.pem"))
            .arg("--key")
            .arg(dir.join("key.pem"))
            .args(["--user", "lobby@example.org", "--password", "relay-pw"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let relay = TlsRelay { child, maildir };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return relay;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the TLS relay did not listen on {port}");
    }

    fn count(&self) -> usize {
        std::fs::read_dir(self.maildir.join("new"))
            .map(|d| d.count())
            .unwrap_or(0)
    }
}

impl Drop for TlsRelay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_relay_is_reached_over_starttls_or_tls_with_a_password_and_a_trusted_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args([
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ])
        .arg("-keyout")
        .arg(dir.path().join("key.pem"))
        .arg("-out")
        .arg(dir.path().join("cert.pem"))
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    std::fs::write(dir.path().join("pw"), "relay-pw\n").unwrap();
    let (p_starttls, p_tls) = (free_port(), free_port());
    let starttls = TlsRelay::start(dir.path(), p_starttls, "starttls");
    let tls = TlsRelay::start(dir.path(), p_tls, "tls");
    let section = |port: u16, security: &str, password: &str, ca: bool| {
        format!(
            "[notifications.email]\nrelay = \"localhost\"\nport = {port}\nsecurity = \"{security}\"\n\
             username = \"lobby@example.org\"\n{password}\nfrom = \"Lobby <lobby@example.org>\"\n{}",
            if ca {
                format!("ca_file = \"{}\"\n", dir.path().join("cert.pem").display())
            } else {
                String::new()
            }
        )
    };
    let file = format!("password_file = \"{}\"", dir.path().join("pw").display());
    let try_with = |text: String| async move {
        let (_d, store, config) = site_with(config(&text)).await;
        let queued = notify::enqueue_test(&store, friday_morning(), &config, "M-1001")
            .await
            .unwrap();
        let t = deliver::send_these(&store, &config, friday_morning(), &queued.ids)
            .await
            .unwrap();
        t[0].outcome.clone()
    };
    assert!(
        matches!(try_with(section(p_starttls, "starttls", &file, true)).await, Outcome::Sent(a) if a.starts_with("250"))
    );
    assert_eq!(starttls.count(), 1);
    assert!(matches!(
        try_with(section(p_tls, "tls", &file, true)).await,
        Outcome::Sent(_)
    ));
    assert_eq!(tls.count(), 1);
    // A certificate nobody vouched for: not sent, tried again later (the operator may fix it).
    let untrusted = try_with(section(p_starttls, "starttls", &file, false)).await;
    assert!(matches!(untrusted, Outcome::Retry(_)), "{untrusted:?}");
    // A wrong password: the relay's 535 is permanent.
    let wrong = "password = \"not-it\"".to_string();
    let refused = try_with(section(p_starttls, "starttls", &wrong, true)).await;
    assert!(
        matches!(&refused, Outcome::Permanent(e) if e.contains("535")),
        "{refused:?}"
    );
    assert_eq!((starttls.count(), tls.count()), (1, 1));
}

/// Issue 23: a check-in held by the deny list tells the members of `[privacy] alert` through
/// their channels, in their language, by numbers only; the host is not told.
#[tokio::test]
async fn a_held_check_in_tells_the_alert_members_by_numbers_only_and_not_the_host() {
    use lobby_core::privacy::deny::{self, NewDenyEntry};
    let r = Receiver::start().await;
    let section = format!(
        "[notifications.webhook]\nurl = \"{}\"\nsecret = \"{SECRET}\"\n[privacy]\nalert = [\"M-1003\"]\n",
        r.url("/hook")
    );
    let (_dir, store, config) = site_with(config(&section)).await;
    let now = friday_morning();
    let entry = deny::add(
        &store,
        now,
        Actor::Cli,
        &NewDenyEntry {
            name: "Mallory Banned".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let held = visits::check_in(&store, now, &config, &guest_of("Mallory Banned", "M-1001")).await;
    let Err(lobby_core::Error::ApprovalNeeded { approval }) = held else {
        panic!("not held: {held:?}");
    };
    let sent = deliver::run_once(&store, &config, now).await.unwrap();
    assert_eq!(sent.len(), 1, "one message, to the alert member only");
    assert_eq!(sent[0].state, State::Sent);
    let hooks = r.requests("/hook");
    let body: Value = serde_json::from_slice(&hooks[0].body).unwrap();
    assert_eq!(body["type"], "check-in.held");
    assert_eq!(body["host"]["id"], "M-1003");
    assert_eq!(body["held"]["approval"], approval);
    assert_eq!(body["held"]["deny_entry"], entry.id);
    let raw = String::from_utf8_lossy(&hooks[0].body).to_lowercase();
    assert!(!raw.contains("mallory") && !raw.contains("banned"), "{raw}");
    assert!(body["text"]
        .as_str()
        .unwrap()
        .contains(&entry.id.to_string()));
}

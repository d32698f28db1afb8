//! Sends the outbox to the site's JetStream, in order, one acknowledged entry at a time; the
//! outbox rows of a batch are deleted together once each of them was acknowledged. The visitor
//! never waits for it: check-ins only write the outbox row, this task does the network.

use super::Event;
use crate::clock::Clock;
use crate::config::fleet::Fleet;
use crate::store::Store;
use async_nats::jetstream::context::PublishErrorKind;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;

/// The most entries read and sent in one round.
pub const BATCH: i64 = 256;
/// How often the outbox is looked at when nothing woke the publisher.
pub const POLL: Duration = Duration::from_millis(250);
/// How long an acknowledgement is waited for.
pub const ACK_TIMEOUT: Duration = Duration::from_secs(5);
/// The whole chain is checked and reported this often (and at each start).
pub const ATTEST_EVERY: Duration = Duration::from_secs(3600);

/// Why a round stopped: the code of a `fleet-error-<code>` message, and the detail for logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: &'static str,
    pub detail: String,
}

fn failure(code: &'static str, detail: impl ToString) -> Failure {
    Failure {
        code,
        detail: detail.to_string(),
    }
}

/// A connection to the site's NATS server as this tablet's NATS user. It connects in the
/// background and keeps reconnecting, so a tablet that starts while the network is down
/// starts all the same.
pub async fn connect(
    fleet: &Fleet,
    events: Option<mpsc::UnboundedSender<async_nats::Event>>,
) -> Result<async_nats::Client, Failure> {
    let creds = &fleet.credentials;
    let mut options = async_nats::ConnectOptions::with_user_and_password(
        creds.user.clone(),
        creds.password.clone(),
    )
    .name(format!("lobby {}/{}", creds.site, creds.tablet))
    .retry_on_initial_connect()
    .connection_timeout(Duration::from_secs(5))
    .reconnect_delay_callback(|attempts| {
        Duration::from_millis((250 * attempts as u64).clamp(100, 2000))
    });
    if let Some(ca) = &fleet.ca {
        options = options.add_root_certificates(ca.clone()).require_tls(true);
    }
    if let Some(events) = events {
        options = options.event_callback(move |event| {
            let _ = events.send(event);
            async {}
        });
    }
    options
        .connect(fleet.server.as_str())
        .await
        .map_err(|e| failure("server", e))
}

/// Publishes one event and waits for JetStream's acknowledgement.
pub async fn publish(
    js: &async_nats::jetstream::Context,
    subject: &str,
    msg_id: &str,
    event: &Event,
) -> Result<(), Failure> {
    let mut headers = async_nats::HeaderMap::new();
    headers.insert(async_nats::header::NATS_MESSAGE_ID, msg_id);
    let ack = js
        .publish_with_headers(subject.to_string(), headers, event.to_json().into())
        .await
        .map_err(classify)?;
    ack.await.map_err(classify)?;
    Ok(())
}

fn classify(e: async_nats::jetstream::context::PublishError) -> Failure {
    let code = match e.kind() {
        PublishErrorKind::StreamNotFound => "no-stream",
        PublishErrorKind::TimedOut => "timeout",
        PublishErrorKind::BrokenPipe => "unreachable",
        _ => "refused",
    };
    failure(code, e)
}

/// One round: sends what waits, oldest first, and clears what was acknowledged. Returns how
/// many entries were sent; stops at the first failure, leaving it and the rest for the next
/// round, so the hub receives every tablet's entries in order.
pub async fn send_waiting(
    store: &Store,
    clock: &dyn Clock,
    js: &async_nats::jetstream::Context,
) -> Result<usize, Failure> {
    let mut sent = 0;
    loop {
        let batch = super::pending(store, BATCH)
            .await
            .map_err(|e| failure("database", e))?;
        if batch.is_empty() {
            return Ok(sent);
        }
        let mut acked = Vec::with_capacity(batch.len());
        let mut stopped = None;
        for entry in batch {
            let subject = super::subject(&entry.site, &entry.tablet);
            let id = entry.msg_id();
            let seq = entry.seq;
            match publish(js, &subject, &id, &Event::Entry(entry)).await {
                Ok(()) => acked.push(seq),
                Err(f) => {
                    stopped = Some(f);
                    break;
                }
            }
        }
        sent += acked.len();
        super::mark_sent(store, clock.now(), &acked)
            .await
            .map_err(|e| failure("database", e))?;
        if let Some(f) = stopped {
            return Err(f);
        }
    }
}

/// How often the kiosk's publisher clears acknowledged entries from the outbox. Each clearing
/// is a write transaction, which a check-in committing at that moment waits for; once a
/// second keeps that off the visitor's path (measured in BENCHMARKS.md). An entry sent but
/// not yet cleared when the kiosk dies is sent again, and dropped as a repeat.
pub const CLEAR_EVERY: Duration = Duration::from_secs(1);

/// The kiosk's sending: like [`send_waiting`], but it remembers what was acknowledged and
/// clears it from the outbox at most every [`CLEAR_EVERY`].
#[derive(Debug)]
pub struct Sender {
    acked: Vec<i64>,
    cleared_at: tokio::time::Instant,
}

impl Default for Sender {
    fn default() -> Self {
        Self {
            acked: Vec::new(),
            cleared_at: tokio::time::Instant::now(),
        }
    }
}

impl Sender {
    /// One round: sends what waits after the last acknowledged entry, oldest first, and stops
    /// at the first failure so the hub receives every tablet's entries in order.
    pub async fn round(
        &mut self,
        store: &Store,
        clock: &dyn Clock,
        js: &async_nats::jetstream::Context,
    ) -> Result<usize, Failure> {
        let mut sent = 0;
        let result = loop {
            let after = self.acked.last().copied().unwrap_or(0);
            let batch = match super::pending_after(store, after, BATCH).await {
                Ok(b) => b,
                Err(e) => break Err(failure("database", e)),
            };
            if batch.is_empty() {
                break Ok(sent);
            }
            let mut stopped = None;
            for entry in batch {
                let subject = super::subject(&entry.site, &entry.tablet);
                let id = entry.msg_id();
                let seq = entry.seq;
                match publish(js, &subject, &id, &Event::Entry(entry)).await {
                    Ok(()) => {
                        self.acked.push(seq);
                        sent += 1;
                    }
                    Err(f) => {
                        stopped = Some(f);
                        break;
                    }
                }
            }
            if let Some(f) = stopped {
                break Err(f);
            }
        };
        self.clear_if_due(store, clock).await?;
        result
    }

    /// Clears the acknowledged entries from the outbox when [`CLEAR_EVERY`] has passed.
    pub async fn clear_if_due(&mut self, store: &Store, clock: &dyn Clock) -> Result<(), Failure> {
        if self.acked.is_empty() || self.cleared_at.elapsed() < CLEAR_EVERY {
            return Ok(());
        }
        super::mark_sent(store, clock.now(), &self.acked)
            .await
            .map_err(|e| failure("database", e))?;
        self.acked.clear();
        self.cleared_at = tokio::time::Instant::now();
        Ok(())
    }
}

/// `lobby fleet join`'s try: connects for at most `within`, then sends what waits. The
/// kiosk's publisher sends the rest later.
pub async fn reach(
    store: &Store,
    clock: &dyn Clock,
    fleet: &Fleet,
    within: Duration,
) -> Result<usize, Failure> {
    let (events_tx, mut events) = mpsc::unbounded_channel();
    let client = connect(fleet, Some(events_tx)).await?;
    let started = tokio::time::Instant::now();
    while client.connection_state() != async_nats::connection::State::Connected {
        while let Ok(event) = events.try_recv() {
            // A wrong or revoked password is worth saying at once: waiting will not help.
            if refuses_credentials(&event) {
                return Err(failure("credentials", event));
            }
        }
        if started.elapsed() >= within {
            return Err(failure("unreachable", "no connection within the wait"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let js = async_nats::jetstream::new(client.clone());
    let sent = tokio::time::timeout(within + ACK_TIMEOUT, send_waiting(store, clock, &js))
        .await
        .map_err(|_| failure("timeout", "sending took too long"))?;
    let _ = client.drain().await;
    sent
}

/// The server turned this tablet's user or password down (async-nats reports it as a server
/// error on a live connection, as a client error on a connection attempt).
fn refuses_credentials(event: &async_nats::Event) -> bool {
    match event {
        async_nats::Event::ServerError(async_nats::ServerError::AuthorizationViolation) => true,
        async_nats::Event::ClientError(e) => e
            .to_string()
            .to_ascii_lowercase()
            .contains("authorization violation"),
        _ => false,
    }
}

/// Checks the whole chain and reports it.
pub async fn send_attestation(
    store: &Store,
    clock: &dyn Clock,
    js: &async_nats::jetstream::Context,
) -> Result<(), Failure> {
    let Some(chain) = super::attest(store, clock.now())
        .await
        .map_err(|e| failure("database", e))?
    else {
        return Ok(());
    };
    let subject = super::subject(&chain.site, &chain.tablet);
    let id = chain.msg_id();
    publish(js, &subject, &id, &Event::Chain(chain)).await
}

/// The kiosk's fleet tasks: the publisher (this loop, until the process ends), and, once
/// connected, the readers of the site's streams and the presence heartbeat.
pub async fn run(store: Store, fleet: Fleet, clock: Arc<dyn Clock>, links: super::Links) {
    let wake = links.wake.clone();
    // What a kiosk killed while connected left behind is not true of this process: a refused
    // first connection brings no "disconnected" event to correct it.
    let _ = super::record_connection(&store, clock.now(), false).await;
    let (events_tx, mut events) = mpsc::unbounded_channel();
    let client = match connect(&fleet, Some(events_tx)).await {
        Ok(c) => c,
        Err(f) => {
            tracing::error!(detail = %f.detail, "the fleet's NATS server address is unusable");
            let _ = super::record_error(&store, f.code, &f.detail).await;
            return;
        }
    };
    use super::subscriber::{self, Direction};
    for direction in [Direction::Across, Direction::Down] {
        tokio::spawn(subscriber::follow(
            store.clone(),
            client.clone(),
            clock.clone(),
            fleet.site().to_string(),
            direction,
            links.clone(),
            fleet.credentials.staff_key(),
        ));
    }
    tokio::spawn(subscriber::presence(
        store.clone(),
        client.clone(),
        clock.clone(),
        fleet.site().to_string(),
        fleet.tablet().to_string(),
        links.site.clone(),
    ));
    let js = async_nats::jetstream::new(client.clone());
    let mut sender = Sender::default();
    let mut attested_at: Option<tokio::time::Instant> = None;
    let mut pause = Duration::ZERO;
    // Why the connection itself is down (refused credentials...), which says more than the
    // timeout a publish then runs into.
    let mut link_problem: Option<Failure> = None;
    loop {
        // What the connection did since the last round.
        while let Ok(event) = events.try_recv() {
            note_event(&store, clock.as_ref(), &event, &mut link_problem).await;
        }
        let due = attested_at.is_none_or(|at| at.elapsed() >= ATTEST_EVERY);
        let mut result = Ok(0);
        if due {
            match send_attestation(&store, clock.as_ref(), &js).await {
                Ok(()) => attested_at = Some(tokio::time::Instant::now()),
                Err(f) => result = Err(f),
            }
        }
        if result.is_ok() {
            result = sender.round(&store, clock.as_ref(), &js).await;
        }
        match result {
            Ok(n) => {
                if n > 0 {
                    tracing::debug!(sent = n, "fleet: changes acknowledged");
                }
                pause = Duration::ZERO;
            }
            Err(f) => {
                let connected =
                    client.connection_state() == async_nats::connection::State::Connected;
                let f = match &link_problem {
                    Some(problem) if !connected => problem.clone(),
                    _ => f,
                };
                tracing::warn!(code = f.code, detail = %f.detail, "fleet: sending stopped");
                let _ = super::record_error(&store, f.code, &f.detail).await;
                // 0.25 s, doubling, at most 5 s: a returning link is used within seconds.
                pause = (pause * 2).clamp(POLL, Duration::from_secs(5));
            }
        }
        tokio::select! {
            _ = wake.notified() => {}
            Some(event) = events.recv() => {
                note_event(&store, clock.as_ref(), &event, &mut link_problem).await
            }
            _ = tokio::time::sleep(pause.max(POLL)) => {}
        }
    }
}

async fn note_event(
    store: &Store,
    clock: &dyn Clock,
    event: &async_nats::Event,
    link_problem: &mut Option<Failure>,
) {
    use async_nats::{Event as E, ServerError};
    let problem = match event {
        E::Connected => {
            *link_problem = None;
            None
        }
        // A wrong or revoked password: refused at each (re)connect.
        e if refuses_credentials(e) => Some(failure("credentials", event)),
        E::ServerError(ServerError::Other(text)) if text.contains("Permissions Violation") => {
            Some(failure("permission", text))
        }
        E::ClientError(e) => Some(failure("server", e)),
        _ => None,
    };
    let result = match (event, &problem) {
        (E::Connected, _) => super::record_connection(store, clock.now(), true).await,
        (E::Disconnected | E::Closed, _) => {
            super::record_connection(store, clock.now(), false).await
        }
        (_, Some(f)) => super::record_error(store, f.code, &f.detail).await,
        _ => Ok(()),
    };
    if let Some(f) = problem {
        *link_problem = Some(f);
    }
    if let Err(e) = result {
        tracing::warn!(error = %e, "fleet: could not record the connection's state");
    }
    tracing::info!(%event, "fleet: connection");
}

//! Reads the site's two streams (issue 16): the up stream, where the site's other tablets'
//! check-ins, check-outs and emergencies arrive within milliseconds through the site's own
//! `nats-server` (also while the hub is out of reach), and the down stream of the hub's shared
//! changes. Each is read with an ordered consumer from the message after the last one applied,
//! so a tablet that was off for a week catches up in order; each message is applied in its own
//! transaction ([`super::apply`]).
//!
//! Tablets also say they are alive every [`PRESENCE_EVERY`] on a plain NATS subject (not kept
//! by JetStream), which the staff screen's list of the site's tablets reads.

use super::apply::{self, Outcome};
use crate::clock::Clock;
use crate::store::Store;
use async_nats::jetstream::{self, consumer::pull::OrderedConfig, consumer::DeliverPolicy};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often a reader looks whether its stream is still the one it was reading.
pub const STREAM_CHECK: Duration = Duration::from_secs(10);
/// A tablet that joins reads this far back in its site's up stream: the visits still open and
/// an emergency in force are in it; years of history are not needed.
pub const FIRST_LOOK_BACK: chrono::Duration = chrono::Duration::days(2);
/// How often a tablet says it is alive.
pub const PRESENCE_EVERY: Duration = Duration::from_secs(5);
/// A tablet not heard of for this long is shown as not connected.
pub const PRESENCE_LOST: chrono::Duration = chrono::Duration::seconds(15);

/// The plain-NATS subject a tablet says it is alive on.
pub fn presence_subject(site: &str, tablet: &str) -> String {
    format!("lobby.presence.{site}.{tablet}")
}

/// What a tablet says every [`PRESENCE_EVERY`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub tablet: String,
    /// RFC 3339.
    pub at: String,
    /// Changes waiting to be sent.
    pub waiting: i64,
}

/// The site's tablets as last heard, in memory (the kiosk's staff screen reads it).
#[derive(Debug, Default)]
pub struct SiteView {
    heard: Mutex<HashMap<String, (DateTime<Utc>, i64)>>,
}

impl SiteView {
    pub fn heard(&self, tablet: &str, at: DateTime<Utc>, waiting: i64) {
        if let Ok(mut map) = self.heard.lock() {
            map.insert(tablet.to_string(), (at, waiting));
        }
    }

    /// (tablet, last heard, changes waiting), by tablet.
    pub fn tablets(&self) -> Vec<(String, DateTime<Utc>, i64)> {
        let mut out: Vec<_> = self
            .heard
            .lock()
            .map(|m| m.iter().map(|(t, (at, w))| (t.clone(), *at, *w)).collect())
            .unwrap_or_default();
        out.sort();
        out
    }
}

/// Which of the site's streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Other tablets' events.
    Across,
    /// The hub's shared changes.
    Down,
}

/// Follows one stream until the process ends, reconnecting after any failure. `links.changed`
/// is poked after each message that changed something here; a site configuration that comes
/// down is written to `links.config_file`. `staff_key` is the site's staff key
/// from the credentials file, which opens the staff accounts the hub sends down.
pub async fn follow(
    store: Store,
    client: async_nats::Client,
    clock: Arc<dyn Clock>,
    site: String,
    direction: Direction,
    links: super::Links,
    staff_key: Option<[u8; 32]>,
) {
    let name = match direction {
        Direction::Across => super::site_stream(&site),
        Direction::Down => super::down::site_down_stream(&site),
    };
    let js = jetstream::new(client);
    let mut pause = Duration::from_millis(250);
    loop {
        match follow_once(
            &store,
            &js,
            clock.as_ref(),
            &name,
            direction,
            &links,
            staff_key,
        )
        .await
        {
            Ok(()) => pause = Duration::from_millis(250),
            Err(e) => {
                tracing::debug!(stream = name, error = %e, "fleet: reading the site's stream stopped");
                pause = (pause * 2).min(Duration::from_secs(5));
            }
        }
        tokio::time::sleep(pause).await;
    }
}

async fn follow_once(
    store: &Store,
    js: &jetstream::Context,
    clock: &dyn Clock,
    name: &str,
    direction: Direction,
    links: &super::Links,
    staff_key: Option<[u8; 32]>,
) -> Result<(), String> {
    let stream = js.get_stream(name).await.map_err(|e| e.to_string())?;
    // The inbox knows a stream by its name and when it was made: a stream made again (the
    // site's server replaced, its store lost) numbers its messages from 1 again, so it is
    // read from its start, as by a new tablet (applying is idempotent).
    let created = stream.cached_info().created;
    let id = format!("{name}@{}", created.unix_timestamp());
    apply::prune(store, clock.now())
        .await
        .map_err(|e| e.to_string())?;
    let after = apply::cursor(store, &id).await.map_err(|e| e.to_string())?;
    let deliver_policy = match (after, direction) {
        (0, Direction::Across) => DeliverPolicy::ByStartTime {
            start_time: time::OffsetDateTime::from_unix_timestamp(
                (clock.now() - FIRST_LOOK_BACK).timestamp(),
            )
            .map_err(|e| e.to_string())?,
        },
        (0, Direction::Down) => DeliverPolicy::All,
        (n, _) => DeliverPolicy::ByStartSequence {
            start_sequence: n + 1,
        },
    };
    let consumer = stream
        .create_consumer(OrderedConfig {
            deliver_policy,
            ..Default::default()
        })
        .await
        .map_err(|e| e.to_string())?;
    let mut messages = consumer.messages().await.map_err(|e| e.to_string())?;
    // The ordered consumer follows a server restart by itself, from the last number it saw;
    // whether the stream is still the one it was reading is looked at every [`STREAM_CHECK`].
    let mut check = tokio::time::interval(STREAM_CHECK);
    check.tick().await;
    loop {
        let message = tokio::select! {
            m = messages.next() => match m {
                Some(m) => m.map_err(|e| e.to_string())?,
                None => return Ok(()),
            },
            _ = check.tick() => {
                match js.get_stream(name).await {
                    Ok(s) if s.cached_info().created == created => continue,
                    Ok(_) => return Err("the site's stream was made again".into()),
                    Err(e) => return Err(e.to_string()),
                }
            }
        };
        let seq = message.info().map_err(|e| e.to_string())?.stream_sequence;
        let now = clock.now();
        let outcome = match direction {
            Direction::Across => {
                let subject = Some(message.subject.as_str());
                apply::apply_up_from(store, now, &id, seq, subject, &message.payload).await
            }
            Direction::Down => {
                apply::apply_down(store, now, &id, seq, &message.payload, staff_key).await
            }
        }
        .map_err(|e| e.to_string())?;
        if matches!(outcome, Outcome::Applied | Outcome::Superseded) {
            links.changed.notify_waiters();
            if let (Direction::Down, Some(file)) = (direction, links.config_file.as_deref()) {
                super::site_config::follow(store, now, file)
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
    }
}

/// Says this tablet is alive every [`PRESENCE_EVERY`], and listens to the site's others.
pub async fn presence(
    store: Store,
    client: async_nats::Client,
    clock: Arc<dyn Clock>,
    site: String,
    tablet: String,
    view: Arc<SiteView>,
) {
    let own = presence_subject(&site, &tablet);
    let listening = async {
        loop {
            match client.subscribe(format!("lobby.presence.{site}.*")).await {
                Ok(mut sub) => {
                    while let Some(msg) = sub.next().await {
                        if let Ok(p) = serde_json::from_slice::<Presence>(&msg.payload) {
                            // The time it was heard here: tablets' clocks may differ.
                            view.heard(&p.tablet, clock.now(), p.waiting);
                        }
                    }
                }
                Err(e) => tracing::debug!(error = %e, "fleet: presence subscription failed"),
            }
            tokio::time::sleep(PRESENCE_EVERY).await;
        }
    };
    let saying = async {
        loop {
            let waiting = super::status(&store).await.map(|s| s.waiting).unwrap_or(0);
            let p = Presence {
                tablet: tablet.clone(),
                at: super::timestamp(clock.now()),
                waiting,
            };
            let body = serde_json::to_vec(&p).unwrap_or_default();
            if let Err(e) = client.publish(own.clone(), body.into()).await {
                tracing::debug!(error = %e, "fleet: saying this tablet is alive failed");
            }
            tokio::time::sleep(PRESENCE_EVERY).await;
        }
    };
    tokio::join!(listening, saying);
}

//! A badge tap through the real PC/SC stack, to the member's greeting: how long it takes, and
//! how much of it is Lobby's (above pcscd's own 400 ms presence polling).
//!
//! Run with `make bench` (it starts pcscd with vpcd through tests/pcsc/virtual-reader.sh), or
//! `tests/pcsc/virtual-reader.sh start && cargo bench -p lobby-pcsc --bench tap`.
//!
//! Each tap puts the project's virtual card on "Virtual PCD 00 00" after a random pause (so
//! taps do not phase-lock with the poll) and measures:
//! - *tap → event*: from the card entering the field (TCP connect to vpcd) to the adapter's
//!   `Tap` event, which includes waiting for pcscd's next presence poll;
//! - *Lobby's part*: from pcscd finding the card (vpcd's first ATR request to the card, at the
//!   poll) to the event, plus identifying the member, checking them in and listing what they
//!   must sign (`badges::tap` + `policies::for_member` on a real database file). What is left is
//!   the web view drawing the greeting, one frame.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

#[path = "../../../tests/pcsc/vcard.rs"]
mod vcard;

use chrono::{TimeZone, Utc};
use lobby_core::badges::{self, EnrollRequest};
use lobby_core::reader::{BadgeSource, CardType, ReaderEvent, Uid};
use lobby_core::{demo, policies, Config, FixedClock, Store};
use lobby_pcsc::PcscSource;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use vcard::{VirtualCard, PORT_0};

const TAPS: usize = 40;
const UID: [u8; 7] = [0x04, 0xA2, 0x3B, 0x5C, 0x6D, 0x7E, 0x80];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn row(name: &str, mut v: Vec<Duration>) {
    v.sort();
    println!(
        "| {name} | {} | {} | {} | {} |",
        ms(percentile(&v, 50.0)),
        ms(percentile(&v, 95.0)),
        ms(*v.last().unwrap()),
        ms(v[0])
    );
}

fn main() {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/pcsc/virtual-reader.sh"
    );
    let started = std::process::Command::new(script)
        .arg("start")
        .status()
        .unwrap();
    assert!(started.success(), "pcscd with vpcd did not start");

    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let config = Config::demo();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let store = rt.block_on(async {
        let store = Store::open(dir.path()).await.unwrap();
        demo::seed(&store, &FixedClock::new(t0), &config, "Lobby")
            .await
            .unwrap();
        let request = EnrollRequest {
            member_id: "M-1002".into(),
            groups: vec!["main-door".into()],
            ..Default::default()
        };
        let uid = Uid::new(UID.to_vec()).unwrap();
        badges::enroll(
            &store,
            t0,
            &config,
            1,
            &uid,
            CardType::MifareClassic1k,
            &request,
        )
        .await
        .unwrap();
        store
    });

    let (tx, rx) = mpsc::channel::<(Instant, ReaderEvent)>();
    let watching = PcscSource::new().start(Box::new(move |ev| {
        let _ = tx.send((Instant::now(), ev));
    }));
    loop {
        let (_, ev) = rx.recv_timeout(Duration::from_secs(5)).unwrap();
        if matches!(ev, ReaderEvent::Readers(ref r) if !r.is_empty()) {
            break;
        }
    }

    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    let mut pause = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        Duration::from_millis(450 + seed % 400)
    };
    let (mut total, mut adapter, mut core, mut lobby) = (vec![], vec![], vec![], vec![]);
    for _ in 0..TAPS {
        std::thread::sleep(pause());
        let start = Instant::now();
        let card = vcard::tap(PORT_0, VirtualCard::new(&UID));
        let (at, uid) = loop {
            match rx.recv_timeout(Duration::from_secs(3)).unwrap() {
                (at, ReaderEvent::Tap { uid, .. }) => break (at, uid),
                (_, ReaderEvent::ReadFailed { error, .. }) => panic!("read failed: {error}"),
                _ => {}
            }
        };
        let found = card.log().first_atr_at.unwrap();
        let c0 = Instant::now();
        rt.block_on(async {
            let tapped = badges::tap(&store, t0, &config, &uid).await.unwrap();
            assert!(matches!(tapped, badges::Tapped::Member { .. }));
            let mut conn = store.conn().await.unwrap();
            policies::for_member(&mut conn, &config, "M-1002", "en-US")
                .await
                .unwrap();
        });
        let c = c0.elapsed();
        total.push(at - start);
        adapter.push(at.saturating_duration_since(found));
        core.push(c);
        lobby.push(at.saturating_duration_since(found) + c);
        card.remove();
    }
    watching.stop();
    println!("| {TAPS} taps | p50 | p95 | max | min |");
    println!("|---|---|---|---|---|");
    row("tap → adapter event (includes pcscd's poll wait)", total);
    row("pcscd finds the card → adapter event", adapter);
    row("identify, check in, list policies (database)", core);
    row("Lobby's part (the two above)", lobby);
}

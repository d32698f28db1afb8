//! `PcscSource` against the real pcscd with vsmartcard's vpcd driver and the project's virtual
//! card (`tests/pcsc/`). The tests start pcscd through `tests/pcsc/virtual-reader.sh` when it
//! is not running, and fail (they do not skip) when it cannot be started. They take turns on
//! the virtual readers, and may leave pcscd running; `virtual-reader.sh stop` stops it.
//!
//! pcscd looks at vpcd every 400 ms, so a card is seen up to 400 ms after it is put down and
//! every wait below is at least 1 s.

#![allow(clippy::unwrap_used)]

#[path = "../../../tests/pcsc/vcard.rs"]
mod vcard;

use lobby_core::reader::{BadgeSource, CardType, ReadError, ReaderEvent, Uid, Watching};
use lobby_pcsc::PcscSource;
use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use vcard::{tap, Fault, VirtualCard, PORT_0, PORT_1, READER_0, READER_1};

const UID7: [u8; 7] = [0x04, 0xA2, 0x3B, 0x5C, 0x6D, 0x7E, 0x80];
const UID4: [u8; 4] = [0xDE, 0xAD, 0xBE, 0xEF];
/// Longest wait for one event: pcscd's 400 ms poll, with room for a busy 2-core machine.
const WAIT: Duration = Duration::from_secs(3);

// ---- pcscd --------------------------------------------------------------------------------

/// One slot per reader, one pcscd per machine: the tests that use them take turns.
static PCSCD: Mutex<()> = Mutex::new(());

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/pcsc/virtual-reader.sh")
}

fn run_script(action: &str) {
    let out = Command::new(script())
        .arg(action)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script().display()));
    assert!(
        out.status.success(),
        "`virtual-reader.sh {action}` failed ({}), so the PC/SC tests cannot run. Install \
         pcscd and vsmartcard-vpcd, and stop any other pcscd.\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// pcscd answers and vpcd listens (read from /proc: never connect to the vpcd port to see).
fn pcscd_ready() -> bool {
    let listening = std::fs::read_to_string("/proc/net/tcp")
        .is_ok_and(|tcp| tcp.contains(":8C7B 00000000:0000 0A"));
    listening && std::path::Path::new("/run/pcscd/pcscd.comm").exists()
}

/// The virtual readers, taken by one test.
struct Readers(#[allow(dead_code)] MutexGuard<'static, ()>);

/// Takes the virtual readers for one test, with pcscd running (started if it is not).
fn readers() -> Readers {
    let guard = PCSCD
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !pcscd_ready() {
        run_script("start");
    }
    Readers(guard)
}

impl Drop for Readers {
    /// Dropped last in a test, after its cards and sources, even when it failed: lets pcscd
    /// notice that the cards left before the next test puts one down (a card still listed as
    /// present would be read as a card removed during the read).
    fn drop(&mut self) {
        settle();
    }
}

// ---- events -------------------------------------------------------------------------------

struct Watch {
    events: Receiver<ReaderEvent>,
    handle: Option<Box<dyn Watching>>,
}

fn watch() -> Watch {
    let (sender, events) = mpsc::channel();
    let handle = PcscSource::new().start(Box::new(move |event| {
        let _ = sender.send(event);
    }));
    Watch {
        events,
        handle: Some(handle),
    }
}

impl Watch {
    fn next(&self, wait: Duration) -> Option<ReaderEvent> {
        match self.events.recv_timeout(wait) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => panic!("the source's thread ended"),
        }
    }

    fn expect(&self, what: &str) -> ReaderEvent {
        self.next(WAIT)
            .unwrap_or_else(|| panic!("no event within {WAIT:?}, expected {what}"))
    }

    /// Waits for the virtual readers to be listed.
    fn expect_readers(&self) -> Vec<String> {
        match self.expect("the reader list") {
            ReaderEvent::Readers(names) => {
                assert!(
                    names.iter().any(|n| n == READER_0) && names.iter().any(|n| n == READER_1),
                    "the virtual readers are missing: {names:?}"
                );
                names
            }
            other => panic!("expected the reader list, got {other:?}"),
        }
    }

    fn expect_tap(&self, reader: &str, uid: &[u8], card: CardType) {
        let expected = ReaderEvent::Tap {
            reader: reader.to_string(),
            uid: Uid::new(uid.to_vec()).unwrap(),
            card,
        };
        assert_eq!(self.expect("a tap"), expected);
    }

    fn expect_failure(&self, reader: &str) -> ReadError {
        match self.expect("a failed read") {
            ReaderEvent::ReadFailed { reader: r, error } if r == reader => error,
            other => panic!("expected a failed read on {reader}, got {other:?}"),
        }
    }

    fn expect_quiet(&self, wait: Duration) {
        if let Some(event) = self.next(wait) {
            panic!("expected no event, got {event:?}");
        }
    }

    fn stop(mut self) -> Duration {
        let started = Instant::now();
        if let Some(handle) = self.handle.take() {
            handle.stop();
        }
        started.elapsed()
    }
}

/// Lets pcscd notice that the last card left (it looks every 400 ms).
fn settle() {
    std::thread::sleep(Duration::from_millis(900));
}

// ---- taps ---------------------------------------------------------------------------------

#[test]
fn each_tap_is_one_event_with_the_uid_and_the_card_type() {
    let _readers = readers();
    let w = watch();
    w.expect_readers();

    let cards = [
        (
            PORT_0,
            READER_0,
            &UID7[..],
            &vcard::ATR_MIFARE_CLASSIC_1K[..],
            CardType::MifareClassic1k,
        ),
        (
            PORT_0,
            READER_0,
            &UID4[..],
            &vcard::ATR_DESFIRE[..],
            CardType::Desfire,
        ),
        (
            PORT_1,
            READER_1,
            &UID7[..],
            &vcard::ATR_MIFARE_ULTRALIGHT[..],
            CardType::MifareUltralight,
        ),
        (
            PORT_0,
            READER_0,
            &UID4[..],
            &vcard::ATR_MIFARE_CLASSIC_1K[..],
            CardType::MifareClassic1k,
        ),
    ];
    for (port, reader, uid, atr, card) in cards {
        let on = tap(port, VirtualCard::new(uid).with_atr(atr));
        w.expect_tap(reader, uid, card);
        w.expect_quiet(Duration::from_millis(500));
        let log = on.remove();
        // One GET DATA, and the card left as it was: no reset (Drop of a pcsc Card resets).
        assert_eq!(
            log.apdus,
            vec![vec![0xFF, 0xCA, 0x00, 0x00, 0x00]],
            "{log:?}"
        );
        assert_eq!(log.resets, 0, "the card was reset: {log:?}");
        // Nothing when the card leaves.
        w.expect_quiet(Duration::from_millis(900));
    }
    assert!(w.stop() < Duration::from_secs(2));
}

#[test]
fn a_card_left_on_the_reader_is_read_once() {
    let _readers = readers();
    let w = watch();
    w.expect_readers();
    let on = tap(PORT_0, VirtualCard::new(&UID7));
    w.expect_tap(READER_0, &UID7, CardType::MifareClassic1k);
    // Several of pcscd's polls later, still the one tap.
    w.expect_quiet(Duration::from_millis(2500));
    assert_eq!(on.remove().apdus.len(), 1);
    settle();
    // Back on the reader: a new tap.
    let on = tap(PORT_0, VirtualCard::new(&UID7));
    w.expect_tap(READER_0, &UID7, CardType::MifareClassic1k);
    drop(on);
    w.stop();
}

#[test]
fn a_card_already_on_the_reader_at_start_is_read() {
    let _readers = readers();
    let on = tap(PORT_1, VirtualCard::new(&UID4));
    std::thread::sleep(Duration::from_millis(1000));
    let w = watch();
    w.expect_readers();
    w.expect_tap(READER_1, &UID4, CardType::MifareClassic1k);
    w.expect_quiet(Duration::from_millis(1000));
    drop(on);
    w.stop();
}

#[test]
fn a_slow_card_is_still_read() {
    let _readers = readers();
    let w = watch();
    w.expect_readers();
    let on = tap(
        PORT_0,
        VirtualCard::new(&UID7).with_fault(Fault::SlowMs(800)),
    );
    let started = Instant::now();
    w.expect_tap(READER_0, &UID7, CardType::MifareClassic1k);
    assert!(started.elapsed() >= Duration::from_millis(800));
    drop(on);
    w.stop();
}

// ---- faults -------------------------------------------------------------------------------

/// Puts a faulty card on the first reader and returns the failure it causes.
fn failure_of(fault: Fault) -> (ReadError, vcard::TapLog) {
    let w = watch();
    w.expect_readers();
    let on = tap(PORT_0, VirtualCard::new(&UID7).with_fault(fault));
    let error = w.expect_failure(READER_0);
    // One event per tap, failed or not.
    w.expect_quiet(Duration::from_millis(1000));
    let log = on.remove();
    w.stop();
    (error, log)
}

#[test]
fn unsupported_get_data_is_not_supported() {
    let _readers = readers();
    let (error, log) = failure_of(Fault::Status([0x6A, 0x81]));
    assert_eq!(error, ReadError::NotSupported);
    assert_eq!(log.resets, 0);
}

#[test]
fn an_unknown_instruction_is_refused_with_its_status() {
    let _readers = readers();
    let (error, _) = failure_of(Fault::Status([0x6D, 0x00]));
    assert_eq!(error, ReadError::Refused(0x6D00));
}

#[test]
fn a_reader_that_could_not_read_the_card_failed() {
    let _readers = readers();
    let (error, _) = failure_of(Fault::Status([0x63, 0x00]));
    assert_eq!(error, ReadError::Failed);
}

#[test]
fn a_one_byte_answer_is_too_short() {
    let _readers = readers();
    let (error, _) = failure_of(Fault::Reply(vec![0x90]));
    assert_eq!(error, ReadError::ShortResponse(1));
}

#[test]
fn an_empty_answer_is_too_short() {
    let _readers = readers();
    // vpcd 0.8 passes a 0-byte answer on only when the card leaves (the virtual card leaves
    // right after it), and pcscd returns it as a success: too short, not a removed card.
    let (error, log) = failure_of(Fault::Reply(vec![]));
    assert_eq!(error, ReadError::ShortResponse(0));
    assert_eq!(log.apdus.len(), 1);
}

#[test]
fn a_card_vanishing_mid_command_is_a_short_answer() {
    let _readers = readers();
    // vpcd turns the closed connection into a 0-byte successful answer.
    let (error, log) = failure_of(Fault::VanishOnApdu);
    assert_eq!(error, ReadError::ShortResponse(0));
    assert_eq!(log.ended.as_deref(), Some("vanished"));
}

#[test]
fn a_uid_of_a_bad_length_is_an_error_not_a_uid() {
    let _readers = readers();
    let (error, _) = failure_of(Fault::Reply(vec![0x01, 0x02, 0x03, 0x90, 0x00]));
    assert_eq!(error, ReadError::BadUidLength(3));
}

// ---- the service --------------------------------------------------------------------------

#[test]
fn stop_returns_at_once_while_waiting_for_a_card() {
    let _readers = readers();
    let w = watch();
    w.expect_readers();
    // Now blocked in get_status_change (1 s timeout): cancel must wake it.
    std::thread::sleep(Duration::from_millis(300));
    let took = w.stop();
    eprintln!("stop took {took:?}");
    assert!(took < Duration::from_secs(2), "stop took {took:?}");
}

#[test]
fn list_readers_lists_the_virtual_readers() {
    let _readers = readers();
    let names = lobby_pcsc::list_readers().unwrap();
    assert!(names.iter().any(|n| n == READER_0), "{names:?}");
    assert!(names.iter().any(|n| n == READER_1), "{names:?}");
}

/// Waits for the reader list again after the service came back; `ServiceDown` may repeat
/// nothing in between.
fn expect_back(w: &Watch) {
    match w.expect("the reader list after the restart") {
        ReaderEvent::Readers(names) => assert!(names.iter().any(|n| n == READER_0), "{names:?}"),
        other => panic!("expected the reader list, got {other:?}"),
    }
}

#[test]
fn the_source_survives_pcscd_restarting() {
    let _readers = readers();

    // Running when pcscd stops and starts again.
    let w = watch();
    w.expect_readers();
    run_script("stop");
    assert_eq!(w.expect("ServiceDown"), ReaderEvent::ServiceDown);
    assert_eq!(lobby_pcsc::list_readers(), Err(ReadError::NoService));
    // Reported once, however long it is down.
    w.expect_quiet(Duration::from_millis(1500));
    run_script("start");
    let ready = Instant::now();
    let on = tap(PORT_0, VirtualCard::new(&UID7));
    expect_back(&w);
    w.expect_tap(READER_0, &UID7, CardType::MifareClassic1k);
    let seen = ready.elapsed();
    eprintln!("tap seen {seen:?} after pcscd was ready");
    assert!(
        seen < Duration::from_secs(2),
        "tap seen {seen:?} after pcscd was ready"
    );
    drop(on);
    settle();

    // Started while pcscd is down.
    run_script("stop");
    let late = watch();
    assert_eq!(late.expect("ServiceDown"), ReaderEvent::ServiceDown);
    late.expect_quiet(Duration::from_millis(1200));
    // And stopped promptly while it waits for the service.
    let took = late.stop();
    assert!(took < Duration::from_secs(1), "stop took {took:?}");
    let late = watch();
    assert_eq!(late.expect("ServiceDown"), ReaderEvent::ServiceDown);
    run_script("start");
    let ready = Instant::now();
    let on = tap(PORT_1, VirtualCard::new(&UID4));
    expect_back(&late);
    late.expect_tap(READER_1, &UID4, CardType::MifareClassic1k);
    let seen = ready.elapsed();
    eprintln!("tap seen {seen:?} after pcscd was ready (source started while it was down)");
    assert!(seen < Duration::from_secs(2), "tap seen {seen:?}");

    // The first source followed the second restart too, and saw the same tap.
    assert_eq!(w.expect("ServiceDown"), ReaderEvent::ServiceDown);
    expect_back(&w);
    w.expect_tap(READER_1, &UID4, CardType::MifareClassic1k);
    let seen = ready.elapsed();
    assert!(seen < Duration::from_secs(2), "tap seen {seen:?}");
    let log = on.remove();
    // Both sources read the card, and neither reset it.
    assert_eq!(log.apdus.len(), 2, "{log:?}");
    assert_eq!(log.resets, 0, "{log:?}");
    w.stop();
    late.stop();
}

// ---- without pcscd ------------------------------------------------------------------------

#[test]
fn the_virtual_card_answers_like_a_reader() {
    let card = VirtualCard::new(&UID4);
    let get_uid = [0xFF, 0xCA, 0x00, 0x00, 0x00];
    assert_eq!(
        card.answer(&get_uid),
        Some(vec![0xDE, 0xAD, 0xBE, 0xEF, 0x90, 0x00])
    );
    assert_eq!(
        card.answer(&[0xFF, 0xCA, 0x00, 0x00, 0x02]),
        Some(vec![0x6C, 0x04])
    );
    assert_eq!(
        card.answer(&[0xFF, 0xCA, 0x01, 0x00, 0x00]),
        Some(vec![0x6A, 0x81])
    );
    assert_eq!(
        card.answer(&[0x00, 0xA4, 0x04, 0x00]),
        Some(vec![0x6D, 0x00])
    );
    let card = card.with_fault(Fault::VanishOnApdu);
    assert_eq!(card.answer(&get_uid), None);
    let card = card.with_fault(Fault::Reply(vec![0x90]));
    assert_eq!(card.answer(&get_uid), Some(vec![0x90]));
    assert_eq!(
        CardType::from_atr(&vcard::ATR_MIFARE_ULTRALIGHT),
        CardType::MifareUltralight
    );
    assert_eq!(CardType::from_atr(&vcard::ATR_DESFIRE), CardType::Desfire);
}

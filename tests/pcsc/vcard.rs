//! The project's virtual contactless card for vsmartcard's vpcd driver in pcscd, so that the
//! PC/SC code is tested against the real pcscd without a reader.
//!
//! vpcd listens on 127.0.0.1:35963 (reader "Virtual PCD 00 00") and 35964 ("Virtual PCD 00
//! 01"). A tap is a TCP connection: connecting puts the card in the field, closing takes it
//! away. Every message, both ways, is a big-endian u16 length and the payload. From vpcd,
//! 1-byte messages are 00 power off, 01 power on, 02 reset and 04 get ATR (only 04 is
//! answered: with the ATR); longer ones are C-APDUs, each answered by exactly one R-APDU.
//!
//! Used from tests with `#[path = "../../../tests/pcsc/vcard.rs"] mod vcard;` (the crate needs
//! the dev-dependency `socket2 = { version = "0.6", features = ["all"] }`). Never connect to
//! the vpcd ports for any other reason, such as to see if they are up: vpcd takes any
//! connection for a card.

#![allow(dead_code)]

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// vpcd's first slot, the reader "Virtual PCD 00 00".
pub const PORT_0: u16 = 35963;
/// vpcd's second slot, the reader "Virtual PCD 00 01".
pub const PORT_1: u16 = 35964;
pub const READER_0: &str = "Virtual PCD 00 00";
pub const READER_1: &str = "Virtual PCD 00 01";

/// PC/SC part 3 ATR of a MIFARE Classic 1K (ISO 14443A part 3, card name 00 01).
pub const ATR_MIFARE_CLASSIC_1K: [u8; 20] = [
    0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F, 0x0C, 0xA0, 0x00, 0x00, 0x03, 0x06, 0x03, 0x00, 0x01, 0x00,
    0x00, 0x00, 0x00, 0x6A,
];
/// PC/SC part 3 ATR of a MIFARE Ultralight (card name 00 03).
pub const ATR_MIFARE_ULTRALIGHT: [u8; 20] = [
    0x3B, 0x8F, 0x80, 0x01, 0x80, 0x4F, 0x0C, 0xA0, 0x00, 0x00, 0x03, 0x06, 0x03, 0x00, 0x03, 0x00,
    0x00, 0x00, 0x00, 0x68,
];
/// ATR of an ISO 14443-4 DESFire (historical byte 80).
pub const ATR_DESFIRE: [u8; 6] = [0x3B, 0x81, 0x80, 0x01, 0x80, 0x80];

/// How the card misbehaves when asked for its UID (`FF CA`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answers the UID and 90 00.
    None,
    /// Answers only this status word: 6A 81 (not supported), 6D 00, 63 00 (failed)...
    Status([u8; 2]),
    /// Answers these bytes, for answers too short to hold a status word (1 or 0 bytes).
    /// After an empty answer the card leaves the field: vpcd 0.8 passes a 0-byte answer on
    /// only when the connection closes.
    Reply(Vec<u8>),
    /// Leaves the field (closes the connection) instead of answering.
    VanishOnApdu,
    /// Answers correctly, after this many milliseconds.
    SlowMs(u64),
}

/// A card: its UID, its ATR and its fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualCard {
    pub uid: Vec<u8>,
    pub atr: Vec<u8>,
    pub fault: Fault,
}

impl VirtualCard {
    /// A MIFARE Classic 1K with this UID that answers correctly.
    pub fn new(uid: &[u8]) -> Self {
        Self {
            uid: uid.to_vec(),
            atr: ATR_MIFARE_CLASSIC_1K.to_vec(),
            fault: Fault::None,
        }
    }

    pub fn with_atr(mut self, atr: &[u8]) -> Self {
        self.atr = atr.to_vec();
        self
    }

    pub fn with_fault(mut self, fault: Fault) -> Self {
        self.fault = fault;
        self
    }

    /// The R-APDU for a C-APDU; `None` = the card leaves the field instead of answering.
    pub fn answer(&self, apdu: &[u8]) -> Option<Vec<u8>> {
        if apdu.len() >= 4 && apdu[..2] == [0xFF, 0xCA] {
            match &self.fault {
                Fault::Status(sw) => return Some(sw.to_vec()),
                Fault::Reply(bytes) => return Some(bytes.clone()),
                Fault::VanishOnApdu => return None,
                Fault::SlowMs(ms) => std::thread::sleep(Duration::from_millis(*ms)),
                Fault::None => {}
            }
            // P1 = 01 asks for the ATS, which is not emulated.
            if apdu[2..4] != [0x00, 0x00] {
                return Some(vec![0x6A, 0x81]);
            }
            // Le = 00 (or absent) = the whole UID; a shorter Le gets 6C with the right one.
            let le = apdu.get(4).copied().unwrap_or(0) as usize;
            if le != 0 && le < self.uid.len() {
                return Some(vec![0x6C, self.uid.len() as u8]);
            }
            let mut reply = self.uid.clone();
            reply.extend_from_slice(&[0x90, 0x00]);
            return Some(reply);
        }
        if apdu.first() == Some(&0xFF) {
            // Other reader pseudo-APDUs: function not supported.
            return Some(vec![0x6A, 0x81]);
        }
        // A storage card knows no ISO 7816-4 instruction.
        Some(vec![0x6D, 0x00])
    }
}

/// What vpcd sent to the card during a tap.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TapLog {
    pub power_on: usize,
    pub power_off: usize,
    /// Resets: a PC/SC client that disconnects with ResetCard (or drops its handle) causes one.
    pub resets: usize,
    pub atr_requests: usize,
    /// When vpcd first asked for the ATR: the moment pcscd's presence poll found the card.
    pub first_atr_at: Option<std::time::Instant>,
    /// Every C-APDU, in order.
    pub apdus: Vec<Vec<u8>>,
    /// Why the tap ended, once it has: "removed", "vanished", "left after an empty answer",
    /// "closed by vpcd", or an I/O error.
    pub ended: Option<String>,
}

/// A card in the field, served by a background thread until [`Tap::remove`] or drop.
pub struct Tap {
    stop: Arc<AtomicBool>,
    log: Arc<Mutex<TapLog>>,
    thread: Option<JoinHandle<()>>,
}

impl Tap {
    /// Takes the card away (closes the connection) and returns what vpcd sent it.
    pub fn remove(mut self) -> TapLog {
        self.finish();
        self.log()
    }

    /// What vpcd has sent so far.
    pub fn log(&self) -> TapLog {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }

    /// Whether the card is still served (it has not vanished and vpcd has not closed it).
    pub fn in_field(&self) -> bool {
        self.thread
            .as_ref()
            .is_some_and(|thread| !thread.is_finished())
    }

    fn finish(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Tap {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Puts the card on a vpcd slot (`PORT_0` or `PORT_1`). Panics with a hint when vpcd is not
/// there, as a test can do nothing useful without it.
pub fn tap(port: u16, card: VirtualCard) -> Tap {
    match try_tap(port, card) {
        Ok(tap) => tap,
        Err(error) => panic!(
            "cannot put a virtual card on 127.0.0.1:{port} ({error}): is pcscd running with \
             vpcd? Start it with tests/pcsc/virtual-reader.sh start"
        ),
    }
}

/// Puts the card on a vpcd slot.
pub fn try_tap(port: u16, card: VirtualCard) -> io::Result<Tap> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let stream = TcpStream::connect_timeout(&address, Duration::from_secs(2))?;
    stream.set_nodelay(true)?;
    quickack(&stream);
    // Short reads, so that `remove` is seen within a few ms.
    stream.set_read_timeout(Some(Duration::from_millis(20)))?;
    let stop = Arc::new(AtomicBool::new(false));
    let log = Arc::new(Mutex::new(TapLog::default()));
    let (thread_stop, thread_log) = (Arc::clone(&stop), Arc::clone(&log));
    let thread = std::thread::Builder::new()
        .name(format!("vcard-{port}"))
        .spawn(move || {
            let ended = match serve(stream, &card, &thread_stop, &thread_log) {
                Ok(why) => why.to_string(),
                Err(error) => format!("I/O error: {error}"),
            };
            if let Ok(mut log) = thread_log.lock() {
                log.ended = Some(ended);
            }
        })?;
    Ok(Tap {
        stop,
        log,
        thread: Some(thread),
    })
}

/// vpcd 0.8 writes a message's length and payload in two `send`s, so Nagle on its side
/// waits for our delayed ACK: 40 ms per message. TCP_QUICKACK is not sticky, so it is set
/// again after every read.
fn quickack(stream: &TcpStream) {
    #[cfg(target_os = "linux")]
    let _ = socket2::SockRef::from(stream).set_tcp_quickack(true);
    #[cfg(not(target_os = "linux"))]
    let _ = stream;
}

/// Serves vpcd until the card is removed, vanishes or vpcd closes the connection.
fn serve(
    mut stream: TcpStream,
    card: &VirtualCard,
    stop: &AtomicBool,
    log: &Mutex<TapLog>,
) -> io::Result<&'static str> {
    let mut pending: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        // Whole messages first: vpcd may send several at once.
        while pending.len() >= 2 {
            let size = usize::from(u16::from_be_bytes([pending[0], pending[1]]));
            if pending.len() < 2 + size {
                break;
            }
            let message: Vec<u8> = pending.drain(..2 + size).skip(2).collect();
            let reply = match message.as_slice() {
                [0x04] => {
                    note(log, |log| {
                        log.atr_requests += 1;
                        log.first_atr_at.get_or_insert_with(std::time::Instant::now);
                    });
                    Some(card.atr.clone())
                }
                [0x00] => {
                    note(log, |log| log.power_off += 1);
                    None
                }
                [0x01] => {
                    note(log, |log| log.power_on += 1);
                    None
                }
                [0x02] => {
                    note(log, |log| log.resets += 1);
                    None
                }
                [] | [_] => None,
                apdu => {
                    note(log, |log| log.apdus.push(apdu.to_vec()));
                    match card.answer(apdu) {
                        Some(reply) => Some(reply),
                        // Dropping the stream closes it: the card has left mid-command.
                        None => return Ok("vanished"),
                    }
                }
            };
            if let Some(reply) = reply {
                let mut out = (reply.len() as u16).to_be_bytes().to_vec();
                out.extend_from_slice(&reply);
                stream.write_all(&out)?;
                // vpcd 0.8 does not hand a 0-byte answer to pcscd: it waits (the transmit
                // blocks) until the connection closes, then pcscd gets 0 bytes and the card
                // is gone. So the card leaves at once instead of hanging the test.
                if reply.is_empty() && message.len() > 1 {
                    return Ok("left after an empty answer");
                }
            }
        }
        if stop.load(Ordering::SeqCst) {
            return Ok("removed");
        }
        match stream.read(&mut chunk) {
            Ok(0) => return Ok("closed by vpcd"),
            Ok(n) => {
                quickack(&stream);
                pending.extend_from_slice(&chunk[..n]);
            }
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::TimedOut
                        | io::ErrorKind::Interrupted
                ) => {}
            Err(error) => return Err(error),
        }
    }
}

fn note(log: &Mutex<TapLog>, change: impl FnOnce(&mut TapLog)) {
    if let Ok(mut log) = log.lock() {
        change(&mut log);
    }
}

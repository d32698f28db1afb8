//! Badge readers as the domain sees them: a card's UID and type, the events a reader sends,
//! and the trait every source of taps implements (PC/SC readers in `crates/lobby-pcsc`, a
//! keyboard-wedge reader, a test). Parsing of what readers answer lives here so that it is
//! tested without a PC/SC library.

use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A card's UID, in the byte order the reader returns it. A UID identifies a card; it does not
/// authenticate anyone (UIDs of some cards can be written).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Uid(Vec<u8>);

impl Uid {
    /// 4, 7 or 10 bytes (ISO 14443A), or 8 (FeliCa IDm, ISO 15693).
    pub fn new(bytes: Vec<u8>) -> Result<Self, ReadError> {
        match bytes.len() {
            4 | 7 | 8 | 10 => Ok(Self(bytes)),
            0 => Err(ReadError::EmptyUid),
            n => Err(ReadError::BadUidLength(n)),
        }
    }

    /// From hex, with or without spaces or colons (`04A23B5C6D7E80`, `04:a2:3b:5c`).
    pub fn parse_hex(text: &str) -> Result<Self, ReadError> {
        let clean: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | ':' | '-'))
            .collect();
        let bytes = data_encoding::HEXUPPER_PERMISSIVE
            .decode(clean.as_bytes())
            .map_err(|_| ReadError::BadUidLength(clean.len() / 2))?;
        Self::new(bytes)
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// Upper-case hex without separators, as stored and exported.
    pub fn hex(&self) -> String {
        data_encoding::HEXUPPER.encode(&self.0)
    }

    /// Every hex digit hidden but the last 4: `••••••••••7E80`.
    pub fn masked(&self) -> String {
        let hex = self.hex();
        let keep = hex.len().saturating_sub(4);
        format!("{}{}", "•".repeat(keep), &hex[keep..])
    }

    /// A random ID: 4 bytes starting with 0x08 (phones, bank cards, DESFire in privacy mode).
    /// It changes at every tap, so it cannot be enrolled.
    pub fn is_random(&self) -> bool {
        self.0.len() == 4 && self.0[0] == 0x08
    }
}

impl fmt::Display for Uid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.hex())
    }
}

/// The kind of card, from its ATR (PC/SC part 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum CardType {
    #[serde(rename = "mifare-classic-1k")]
    MifareClassic1k,
    #[serde(rename = "mifare-classic-4k")]
    MifareClassic4k,
    #[serde(rename = "mifare-mini")]
    MifareMini,
    #[serde(rename = "mifare-ultralight")]
    MifareUltralight,
    #[serde(rename = "mifare-ultralight-c")]
    MifareUltralightC,
    #[serde(rename = "mifare-ultralight-ev1")]
    MifareUltralightEv1,
    #[serde(rename = "mifare-plus")]
    MifarePlus,
    #[serde(rename = "desfire")]
    Desfire,
    #[serde(rename = "felica")]
    Felica,
    #[serde(rename = "topaz")]
    Topaz,
    /// An ISO 14443-4 card that is not a DESFire (a phone, a bank card, a passport...).
    #[serde(rename = "iso-14443-4")]
    Iso14443_4,
    #[serde(rename = "unknown")]
    Unknown,
}

impl CardType {
    pub fn as_str(self) -> &'static str {
        match self {
            CardType::MifareClassic1k => "mifare-classic-1k",
            CardType::MifareClassic4k => "mifare-classic-4k",
            CardType::MifareMini => "mifare-mini",
            CardType::MifareUltralight => "mifare-ultralight",
            CardType::MifareUltralightC => "mifare-ultralight-c",
            CardType::MifareUltralightEv1 => "mifare-ultralight-ev1",
            CardType::MifarePlus => "mifare-plus",
            CardType::Desfire => "desfire",
            CardType::Felica => "felica",
            CardType::Topaz => "topaz",
            CardType::Iso14443_4 => "iso-14443-4",
            CardType::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> CardType {
        [
            CardType::MifareClassic1k,
            CardType::MifareClassic4k,
            CardType::MifareMini,
            CardType::MifareUltralight,
            CardType::MifareUltralightC,
            CardType::MifareUltralightEv1,
            CardType::MifarePlus,
            CardType::Desfire,
            CardType::Felica,
            CardType::Topaz,
            CardType::Iso14443_4,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
        .unwrap_or(CardType::Unknown)
    }

    /// Reads the card name from a PC/SC part 3 ATR: `3B 8F 80 01 80 4F 0C A0 00 00 03 06 SS
    /// NN NN 00 00 00 00 TCK` for storage cards, `3B 8n 80 01 ...` for ISO 14443-4 cards.
    pub fn from_atr(atr: &[u8]) -> CardType {
        const RID: [u8; 5] = [0xA0, 0x00, 0x00, 0x03, 0x06];
        if atr.len() >= 15
            && atr[..4] == [0x3B, 0x8F, 0x80, 0x01]
            && atr[4..7] == [0x80, 0x4F, 0x0C]
            && atr[7..12] == RID
        {
            let standard = atr[12];
            return match (standard, atr[13], atr[14]) {
                (_, 0x00, 0x01) => CardType::MifareClassic1k,
                (_, 0x00, 0x02) => CardType::MifareClassic4k,
                (_, 0x00, 0x03) => CardType::MifareUltralight,
                (_, 0x00, 0x26) => CardType::MifareMini,
                (_, 0x00, 0x2F | 0x30) | (_, 0xF0, 0x04) => CardType::Topaz,
                (_, 0x00, 0x36..=0x39) => CardType::MifarePlus,
                (_, 0x00, 0x3A) => CardType::MifareUltralightC,
                (_, 0x00, 0x3B) | (_, 0xF0, 0x11 | 0x12) => CardType::Felica,
                (_, 0x00, 0x3D) => CardType::MifareUltralightEv1,
                (0x11, _, _) => CardType::Felica,
                _ => CardType::Unknown,
            };
        }
        // 3B 8n 80 01, n historical bytes, then TCK: at least 5 bytes (a shorter one is cut off).
        if atr.len() >= 5 && atr[0] == 0x3B && atr[1] & 0xF0 == 0x80 && atr[2..4] == [0x80, 0x01] {
            let historical = &atr[4..atr.len().saturating_sub(1)];
            return if historical == [0x80] {
                CardType::Desfire
            } else {
                CardType::Iso14443_4
            };
        }
        CardType::Unknown
    }
}

/// Why a card's UID could not be read. Every answer a reader can give maps to one of these:
/// never a panic, never a wrong UID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the reader does not support reading the UID (6A 81)")]
    NotSupported,
    #[error("the reader refused the command (status {0:04X})")]
    Refused(u16),
    #[error("the reader could not read the card (63 00)")]
    Failed,
    #[error("the reader answered {0} byte(s), too short for a status word")]
    ShortResponse(usize),
    #[error("the reader answered 90 00 without a UID")]
    EmptyUid,
    #[error("a UID of {0} bytes is not a card UID")]
    BadUidLength(usize),
    #[error("the card left the reader during the read")]
    CardRemoved,
    #[error("the reader is gone")]
    ReaderUnavailable,
    #[error("the card service is not running")]
    NoService,
    #[error("{0}")]
    Other(String),
}

/// The answer to GET DATA (`FF CA 00 00 00`): the UID followed by `90 00`.
pub fn parse_uid_response(response: &[u8]) -> Result<Uid, ReadError> {
    let Some((sw, data)) = response
        .len()
        .checked_sub(2)
        .map(|n| (&response[n..], &response[..n]))
    else {
        return Err(ReadError::ShortResponse(response.len()));
    };
    match (sw[0], sw[1]) {
        (0x90, 0x00) if data.is_empty() => Err(ReadError::EmptyUid),
        (0x90, 0x00) => Uid::new(data.to_vec()),
        (0x6A, 0x81) => Err(ReadError::NotSupported),
        (0x63, 0x00) => Err(ReadError::Failed),
        (a, b) => Err(ReadError::Refused(u16::from_be_bytes([a, b]))),
    }
}

/// What a source of badge taps reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderEvent {
    /// The readers now present (at start, and after every change).
    Readers(Vec<String>),
    /// A card was read.
    Tap {
        reader: String,
        uid: Uid,
        card: CardType,
    },
    /// A card was presented but could not be read.
    ReadFailed { reader: String, error: ReadError },
    /// The card service (pcscd) is not reachable; the source keeps retrying.
    ServiceDown,
}

/// Receives events on the source's own thread.
pub type EventSink = Box<dyn Fn(ReaderEvent) + Send + Sync>;

/// A source of badge taps. `start` returns at once; events arrive on the source's own
/// thread until the returned handle is stopped.
pub trait BadgeSource: Send + Sync {
    fn start(&self, sink: EventSink) -> Box<dyn Watching>;
}

/// A running source.
pub trait Watching: Send {
    /// Stops the source and waits until its thread has ended.
    fn stop(self: Box<Self>);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        data_encoding::HEXUPPER_PERMISSIVE
            .decode(s.as_bytes())
            .unwrap()
    }

    #[test]
    fn card_types_come_from_the_atr() {
        let storage = |nn: &str| hex(&format!("3B8F8001804F0CA000000306030{nn}0000000000"));
        assert_eq!(
            CardType::from_atr(&hex("3B8F8001804F0CA000000306030001000000006A")),
            CardType::MifareClassic1k
        );
        assert_eq!(
            CardType::from_atr(&storage("002")),
            CardType::MifareClassic4k
        );
        assert_eq!(
            CardType::from_atr(&storage("003")),
            CardType::MifareUltralight
        );
        assert_eq!(CardType::from_atr(&storage("026")), CardType::MifareMini);
        assert_eq!(
            CardType::from_atr(&storage("03A")),
            CardType::MifareUltralightC
        );
        assert_eq!(CardType::from_atr(&hex("3B8180018080")), CardType::Desfire);
        assert_eq!(
            CardType::from_atr(&hex("3B8A800180654A434F503431563232311F")),
            CardType::Iso14443_4
        );
        assert_eq!(CardType::from_atr(&hex("3B00")), CardType::Unknown);
        assert_eq!(CardType::from_atr(&[]), CardType::Unknown);
        assert_eq!(
            CardType::parse(CardType::Desfire.as_str()),
            CardType::Desfire
        );
    }

    #[test]
    fn every_reader_answer_is_a_uid_or_a_clear_error() {
        assert_eq!(
            parse_uid_response(&hex("04A23B5C6D7E809000"))
                .unwrap()
                .hex(),
            "04A23B5C6D7E80"
        );
        assert_eq!(
            parse_uid_response(&hex("6A81")),
            Err(ReadError::NotSupported)
        );
        assert_eq!(
            parse_uid_response(&hex("6D00")),
            Err(ReadError::Refused(0x6D00))
        );
        assert_eq!(parse_uid_response(&hex("6300")), Err(ReadError::Failed));
        assert_eq!(
            parse_uid_response(&hex("90")),
            Err(ReadError::ShortResponse(1))
        );
        assert_eq!(parse_uid_response(&[]), Err(ReadError::ShortResponse(0)));
        assert_eq!(parse_uid_response(&hex("9000")), Err(ReadError::EmptyUid));
        assert_eq!(
            parse_uid_response(&hex("0102039000")),
            Err(ReadError::BadUidLength(3))
        );
    }

    #[test]
    fn uids_mask_parse_and_know_when_they_are_random() {
        let uid = Uid::parse_hex("04:a2:3b:5c:6d:7e:80").unwrap();
        assert_eq!(uid.masked(), "••••••••••7E80");
        assert!(!uid.is_random());
        assert!(Uid::parse_hex("08123456").unwrap().is_random());
        assert!(!Uid::parse_hex("0812345678ABCD").unwrap().is_random());
        assert!(Uid::parse_hex("zz").is_err());
        assert!(Uid::parse_hex("").is_err());
    }
}

//! Guest Wi-Fi: the passphrases Lobby hands out and the `WIFI:` QR code a guest scans to join.
//!
//! Both are pure functions: no network backend, no database. What a QR code holds is checked
//! against real decoders (zbar and zxing-cpp) in `tests/wifi_qr.rs`, because a QR code that a
//! phone reads differently from what staff typed is worse than no QR code at all.

pub mod password;
pub mod qr;

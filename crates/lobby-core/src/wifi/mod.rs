//! Guest Wi-Fi: the site's network tiers (`tiers`), the passes Lobby issues and their life
//! (`passes`), the passphrases (`password`), the `WIFI:` QR code a guest scans to join (`qr`),
//! and the equipment kept in line with the database (`backends`: FreeRADIUS, hostapd).
//!
//! What a QR code holds is checked against real decoders (zbar and zxing-cpp) in
//! `tests/core/wifi_qr.rs`, because a QR code that a phone reads differently from what staff typed
//! is worse than no QR code at all.

pub mod backends;
pub mod overview;
pub mod passes;
pub mod password;
pub mod qr;
/// The tiers are a section of the configuration (`[wifi.tiers.*]`), kept with it.
pub use crate::config::wifi as tiers;

//! Lobby's domain: configuration, the SQLite store, the audit log, staff sign-in, the
//! languages and the demo site. Nothing here knows about Tauri or card readers, so every rule
//! is tested in milliseconds against a temporary database.

pub mod audit;
pub mod backup;
pub mod badges;
pub mod bindings;
pub mod clock;
pub mod config;
pub mod demo;
pub mod emergency;
pub mod error;
pub mod i18n;
pub mod incidents;
pub mod keys;
pub mod kiosk;
pub mod members;
pub mod policies;
pub mod private;
pub mod reader;
pub mod report;
pub mod signage;
pub mod staff;
pub mod store;
pub mod text;
pub mod visits;
pub mod wifi;

pub use clock::{Clock, FixedClock, OffsetClock, SystemClock};
pub use config::Config;
pub use error::{Error, ErrorCode, ErrorPayload};
pub use store::Store;

/// The version of Lobby, from the workspace `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

//! `lobby-hub`: the fleet's central store (issue 15). It takes every tablet's audit entries
//! from NATS JetStream, checks each tablet's chain, and keeps entries, chain heads, flags and
//! the visits' facts in PostgreSQL; it also issues the tablets' NATS users.
//!
//! Issue 16: it owns what the tablets share (members and their badges, staff accounts, policy
//! versions, each site's `lobby.toml`, emergencies started at the hub) and sends each change
//! down through JetStream ([`down`]); a badge enrolled at a tablet is a request it applies, or
//! flags. It also keeps the site's roll calls as the tablets merge them ([`rollcall`]).

pub mod cli;
pub mod db;
pub mod down;
pub mod emergency;
pub mod error;
pub mod export;
pub mod ingest;
pub mod kiosks;
pub mod members;
pub mod publish;
pub mod rollcall;
pub mod serve;
pub mod staff;
pub mod verify;

pub use error::{Error, Result};

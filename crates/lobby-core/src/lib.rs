//! Lobby's domain: configuration, the SQLite store, the audit log, staff sign-in, the
//! languages and the demo site. Nothing here knows about Tauri or card readers, so every rule
//! is tested in milliseconds against a temporary database.
//!
//! # Module map
//!
//! Uses go one way: a module may use the modules of the layers above it and its own
//! submodules, never one that uses it back (`layering.rs` checks this on every test run).
//!
//! 1. Leaves, which use no other module of Lobby's but `error`:
//!    - `error`: the one error type and its stable codes;
//!    - `clock`: the wall clock, and fixed clocks for tests;
//!    - `i18n`: Fluent messages, shipped languages, plural rules;
//!    - `text`: the rules for what people type (`FieldRule`, lengths, direction controls);
//!    - `reader`: card UIDs and card types, and the badge-source trait the shell implements;
//!    - `keys`: the site key, sealing secrets and keying the audit chain;
//!    - `private`: private file modes (0700 folders, 0600 files, umask 077);
//!    - `typeset`: the system's Noto fonts, bidi and shaping, for the PDFs and badges Lobby
//!      draws.
//! 2. `config`: `lobby.toml` read and checked. `config/mod.rs` composes the sections and holds
//!    the shared range and message helpers; `config::wifi` (the tiers) and `config::signage`
//!    (the signage items) and `config::printing` (the badge printer) are sections of their own.
//!    It uses leaves only (`wifi::qr` to check an SSID, which itself uses `text`; and
//!    `printing::media` and `printing::page`, the media names and the decoded logo).
//! 3. `store` (the SQLite file, migrations, `settings`, the write transaction), then `audit`
//!    (the keyed hash chain, appended inside a store's write transaction), then `sealing`
//!    (opening the store with the site key, and sealing an older database's secrets once).
//! 4. Domains, each owning its tables and audit actions, using config, store and audit:
//!    - `members`: the member directory and host typeahead;
//!    - `staff` (`pin`, `totp`, `accounts`): staff accounts, sign-in and sessions; a session
//!      is held while an emergency or a roll call is on, so it uses emergency and visits;
//!    - `policies` (`markdown`, `signature`, `receipt`): policy texts, acceptances, receipts;
//!    - `incidents`: security-concern reports, lost-badge suspensions;
//!    - `emergency`: emergency mode;
//!    - `wifi` (`passes`, `password`, `qr`, `backends`, `overview`; `tiers` is the config
//!      section): guest Wi-Fi passes and the equipment kept in line with them;
//!    - `privacy` (`profiles`, `deny`): returning visitors' profiles, kept only by their
//!      choice, and the deny list with its safe list; the match rule for both;
//!    - `visits` (`checkout`, `rollcall`, `export`, `approvals`): check-in, check-out, roll
//!      call, exports, check-ins held for staff approval; uses members, policies, incidents,
//!      wifi and privacy;
//!    - `badges` (`tap`: what a tap means, `suspended`): badges and taps; uses members and
//!      policies (a member's greeting);
//!    - `signage`: what the idle screen shows now; uses emergency, visits and wifi;
//!    - `printing` (`media`, `page`, `layout`, `pdf`, `raster`, `pwg`, `ipp`, `jobs`, `send`):
//!      printed visitor badges and their print queue. A check-in queues its badge, so `visits`
//!      uses `printing::jobs`; `printing` reads the visits table itself, never `visits`.
//! 5. Over the domains: `backup` (backups, restores), `report` (the security-plan report),
//!    `rights` (a person's requests: everything held about them, erasure, legal holds),
//!    `kiosk` (what the screen is told at start), `demo` (the sample site) and `bindings`
//!    (the TypeScript types).

pub mod audit;
pub mod backup;
pub mod badges;
pub mod bindings;
pub mod clock;
pub mod config;
pub mod demo;
pub mod emergency;
pub mod error;
pub mod fleet;
pub mod i18n;
pub mod incidents;
pub mod invitations;
pub mod keys;
pub mod kiosk;
#[cfg(test)]
mod layering;
pub mod members;
pub mod notify;
pub mod policies;
pub mod printing;
pub mod privacy;
pub mod private;
pub mod reader;
pub mod report;
pub mod rights;
pub mod sealing;
pub mod signage;
pub mod staff;
pub mod store;
pub mod text;
pub mod typeset;
pub mod visits;
pub mod wifi;

pub use clock::{Clock, FixedClock, OffsetClock, SystemClock};
pub use config::Config;
pub use error::{Error, ErrorCode, ErrorPayload};
pub use store::Store;

/// The version of Lobby, from the workspace `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

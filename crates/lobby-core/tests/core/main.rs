//! lobby-core's integration tests, one test binary (each binary links the whole crate again,
//! which costs minutes on a 2-core machine). Each module is one area; `common` holds what they
//! share: a pinned Friday morning, a seeded demo site, check-in requests.
//!
//! One area: `cargo test -p lobby-core --test core visits::`.

mod approvals;
mod backup;
mod backup_kill;
mod badges;
mod bindings;
mod calendar;
mod common;
mod crash;
mod deny;
mod fleet;
mod fleet_config;
mod fleet_site;
mod fleet_staff;
mod fuzz;
mod invitations;
mod locales;
mod notify;
mod policies;
mod print;
mod print_ipp;
mod printer;
mod privacy;
mod profiles;
mod receipt;
mod rights;
mod safety;
mod staff;
mod visits;
mod wifi;
mod wifi_backends;
mod wifi_qr;

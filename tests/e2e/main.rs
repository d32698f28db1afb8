//! End-to-end tests of the real `lobby` binary in WebKit, driven over WebDriver by
//! `WebKitWebDriver` (Debian `webkit2gtk-driver`): the same engine the kiosk runs.
//! Run under a display: `xvfb-run -a cargo test -p lobby --test e2e` (`make test` does).
//! Elements are found by accessible role and name, never by CSS classes.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

mod a11y;
mod badges;
mod fleet;
mod harness;
mod home;
mod inp;
mod installed;
mod keyboard;
mod layout;
mod notify;
mod pace;
mod policies;
mod print;
#[path = "../../crates/lobby-core/tests/core/printer.rs"]
mod printer;
mod privacy;
mod recovery;
mod safety;
mod security;
mod soak;
mod staff;
#[path = "../pcsc/vcard.rs"]
mod vcard;
mod visits;
mod wifi;

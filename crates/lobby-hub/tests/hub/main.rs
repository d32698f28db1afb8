//! lobby-hub against a real PostgreSQL (and, for the users file, a real nats-server).
//!
//! The tests that need PostgreSQL are `#[ignore]`d, so `cargo test --workspace` passes on a
//! machine without one; `make test-fleet` starts `tests/fleet/postgres.sh` and runs them with
//! `-- --ignored` (they read `LOBBY_HUB_DATABASE`). Each test makes its own database, so they
//! run in parallel.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

mod cli;
mod common;
mod down;
mod export;
mod ingest;
mod rollcall;
mod serve;
mod shared;
mod staff;
mod users;

//! The TypeScript the UI imports is generated from the Rust types; this fails when the
//! committed files are stale. `UPDATE_BINDINGS=1` (or `make bindings`) rewrites them.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use std::path::PathBuf;

fn check(file: &str, generated: String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/src/lib/bindings")
        .join(file);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: run `make bindings` and commit the result",
        path.display()
    );
}

#[test]
fn ipc_types_are_up_to_date() {
    let ts = lobby_core::bindings::types();
    assert!(ts.contains("export type ErrorCode ="), "{ts}");
    assert!(ts.contains("\"staff-session-required\""), "{ts}");
    check("types.ts", ts);
}

#[test]
fn message_ids_are_up_to_date() {
    let ts = lobby_core::bindings::message_ids();
    assert!(ts.contains("\"home-welcome\""), "{ts}");
    check("messages.ts", ts);
}

// The app's own commands. `build.rs` includes this file so that each command gets an
// `allow-<name>` permission that must be granted in `capabilities/`; a test checks that the
// capability, this list and `ui/src/lib/ipc.ts` agree.
pub const COMMANDS: &[&str] = &[
    "kiosk_settings",
    "home_ready",
    "staff_sign_in",
    "staff_sign_out",
    "staff_current",
    "staff_overview",
];

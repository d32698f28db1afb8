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
    "check_in_options",
    "host_search",
    "check_in",
    "check_out",
    "staff_on_site",
    "staff_check_out",
    "roll_call_current",
    "roll_call_start",
    "roll_call_mark",
    "roll_call_finish",
    "policy_document",
    "policy_decline",
    "staff_member_handover",
    "member_policies",
    "member_accept",
    "member_done",
];

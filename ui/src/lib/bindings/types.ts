// Generated from the Rust types by lobby-core (src/bindings.rs). Do not edit by hand:
// run `make bindings` after changing a type.

export type ErrorCode = "internal" | "staff-session-required" | "sign-in-failed" | "sign-in-locked" | "pin-invalid" | "code-invalid" | "staff-exists" | "staff-not-found" | "staff-name-invalid";

export type ErrorPayload = { code: ErrorCode, 
/**
 * Arguments for the Fluent message (numbers are sent as numbers).
 */
args: Record<string, string | number>, };

export type KioskSettings = { site_name: string, kiosk_id: string, 
/**
 * Offered languages, in the configured order; the first is the default.
 */
languages: Array<string>, idle_timeout_seconds: number, staff_idle_seconds: number, time_zone: string, 
/**
 * Running without a configuration file, on the sample site.
 */
demo: boolean, };

export type StaffIdentity = { id: number, name: string, };

export type SignInRequest = { pin: string, code: string, };

export type StaffOverview = { staff: StaffIdentity, audit: Verdict, recent: Array<AuditEntry>, staff_accounts: number, active_members: number, };

export type AuditEntry = { seq: number, at: string, actor: string, action: string, subject: string | null, details: string, };

export type Verdict = { "state": "intact", entries: number, } | { "state": "broken", 
/**
 * The sequence number of the first bad row.
 */
seq: number, problem: Problem, };

export type Problem = "altered" | "unlinked" | "missing" | "truncated";

// Generated from the Rust types by lobby-core (src/bindings.rs). Do not edit by hand:
// run `make bindings` after changing a type.

export type ErrorCode = "internal" | "staff-session-required" | "sign-in-failed" | "sign-in-locked" | "pin-invalid" | "code-invalid" | "staff-exists" | "staff-not-found" | "staff-name-invalid" | "field-required" | "field-too-long" | "field-invalid-characters" | "email-invalid" | "phone-invalid" | "visit-type-unavailable" | "host-required" | "host-unknown" | "guide-required" | "privacy-not-accepted" | "off-limits-not-shown" | "checkout-code-unknown" | "checkout-name-unknown" | "checkout-paused" | "already-checked-out" | "visit-not-found" | "printing-off" | "roll-call-not-found" | "roll-call-finished" | "import-rejected" | "signature-missing" | "signature-too-small" | "signature-invalid" | "policy-unknown" | "policy-text-invalid" | "policy-language-published" | "policy-version-unknown" | "policy-reference-missing" | "policy-outdated" | "policy-not-accepted" | "member-not-found" | "member-session-required" | "acceptance-not-found" | "badge-random-uid" | "badge-taken" | "badge-already-enrolled" | "badge-group-unknown" | "badge-dates-invalid" | "badge-not-found" | "badge-no-card" | "wifi-tier-unknown" | "wifi-closed" | "wifi-hours-invalid" | "wifi-pass-not-found" | "wifi-not-shared" | "backup-invalid" | "database-unreadable" | "storage-full" | "database-in-use" | "no-emergency" | "incident-not-found" | "key-missing" | "key-mismatch" | "key-unreadable" | "secret-unreadable" | "notification-not-found" | "notification-sent" | "invitation-unknown" | "invitation-expired" | "invitation-not-yet" | "invitation-cancelled" | "invitation-used" | "invitation-dates" | "profile-not-found" | "approval-needed" | "approval-not-found" | "deny-entry-not-found" | "person-not-found" | "hold-dates-invalid" | "invitation-denied" | "request-date-invalid";

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
demo: boolean, 
/**
 * The kinds of visit this site offers, in the order to show them.
 */
visit_kinds: Array<VisitKind>, 
/**
 * A USB reader that types UIDs like a keyboard is in use.
 */
keyboard_wedge: boolean, 
/**
 * When Lobby's own on-screen keyboard shows.
 */
on_screen_keyboard: OnScreenKeyboard, 
/**
 * The staff PIN pad's digits are shuffled each time it opens.
 */
shuffle_pin_pad: boolean, };

export type OnScreenKeyboard = "auto" | "always" | "never";

export type StaffIdentity = { id: number, name: string, };

export type SignInRequest = { 
/**
 * Who is signing in, as chosen from [`roster`]; may be left out when a staff badge was
 * tapped (the badge says who).
 */
staff_id: number | null, pin: string, code: string, };

export type StaffOverview = { staff: StaffIdentity, audit: Verdict, recent: Array<AuditEntry>, staff_accounts: number, active_members: number, 
/**
 * Members who tapped their badge in today, by full name.
 */
members_today: Array<string>, };

export type AuditEntry = { seq: number, at: string, actor: string, action: string, subject: string | null, details: string, };

export type Verdict = { "state": "intact", entries: number, 
/**
 * Keyed rows whose hashes were not checked, for want of the key (their links were).
 */
unchecked: number, } | { "state": "broken", 
/**
 * The sequence number of the first bad row.
 */
seq: number, problem: Problem, };

export type Head = { seq: number, hash: string, at: string, };

export type Problem = "altered" | "unlinked" | "missing" | "truncated" | "unkeyed" | "wrong-key";

export type VisitKind = "guest" | "tour" | "day-pass" | "contractor" | "interview" | "delivery";

export type FieldRule = "off" | "optional" | "required";

export type VisitType = { kind: VisitKind, 
/**
 * The visitor's own name: required, except for deliveries (not configurable).
 */
name: FieldRule, company: FieldRule, email: FieldRule, phone: FieldRule, purpose: FieldRule, host: FieldRule, code_of_conduct: boolean, wifi_tier: string | null, may_stay_after_closing: boolean, after_hours: boolean, };

export type CheckInOptions = { types: Array<VisitType>, 
/**
 * Tour guides: staff, by first name and last initial.
 */
guides: Array<Guide>, 
/**
 * Off-limits areas in the requested language.
 */
off_limits: Array<string>, retention_days: number, 
/**
 * Days a returning visitor's profile is kept after their last visit.
 */
profile_days: number, };

export type Guide = { id: number, display: string, };

export type HostMatch = { id: string, 
/**
 * First name and last initial.
 */
display: string, };

export type CheckInRequest = { kind: VisitKind | null, name: string, company: string | null, email: string | null, phone: string | null, 
/**
 * A tour's "interest".
 */
purpose: string | null, host_id: string | null, guide_id: number | null, 
/**
 * The visitor does not know their host (or, on a tour, their guide): the front desk
 * looks after them, and a required host or guide is not asked for.
 */
host_unknown: boolean, privacy_accepted: boolean, 
/**
 * Tours: the off-limits areas were shown and acknowledged.
 */
off_limits_acknowledged: boolean, 
/**
 * Tours: keep the contact details as a sales lead. Unticked by default.
 */
lead_consent: boolean, 
/**
 * The language the visitor used.
 */
language: string, 
/**
 * The Code of Conduct as signed, for kinds of visit that require it.
 */
code_of_conduct: SignedPolicy | null, 
/**
 * The code of the invitation the visitor checks in with: the kind of visit, the name and
 * the host come from the invitation, and it cannot be used again.
 */
invitation: string | null, 
/**
 * "Remember me next time", which only the visitor ticks: their details are kept as a
 * profile (needs an e-mail address, by which they are found again).
 */
remember_me: boolean, 
/**
 * The address a returning visitor found their profile with ("I have been here before"):
 * a Code of Conduct version they signed is not asked again, and the profile's last visit
 * is now.
 */
returning: string | null, };

export type CheckedIn = { visit_id: number, kind: VisitKind, first_name: string, 
/**
 * The host (or guide) by first name and last initial.
 */
host: string | null, 
/**
 * The visitor did not know their host or guide: who looks after them instead (the site's
 * `visits.front_desk`, in their language).
 */
front_desk: string | null, checkout_code: string, waiting_area: string, 
/**
 * The Code of Conduct acceptance made with this check-in, if any.
 */
acceptance_id: number | null, 
/**
 * Guest Wi-Fi, for kinds of visit that get it.
 */
wifi: WifiAccess | null, 
/**
 * The kind of visit gets Wi-Fi, but its tier is closed until this local time (`HH:MM`,
 * or empty when it does not open within a week).
 */
wifi_closed_until: string | null, 
/**
 * A message to the host was queued: the welcome screen says they are being told (never
 * that they read it).
 */
host_told: boolean, 
/**
 * The visitor's badge was queued for the printer: the welcome screen asks how it went.
 */
badge_print: number | null, };

export type CheckedOut = { visit_id: number, first_name: string, };

export type OnSite = { visit_id: number, kind: VisitKind, name: string, company: string | null, 
/**
 * The host's (or the tour guide's) full name.
 */
host: string | null, checked_in_at: string, 
/**
 * The tablet of the site it was checked in at, when not this one.
 */
tablet: string | null, };

export type SuspendedBadge = { badge_id: number, member_id: string, member_name: string, masked_uid: string, suspended_at: string, };

export type SelfCheckOut = { visit_id: number, kind: VisitKind, name: string, 
/**
 * The host's (or the tour guide's) full name.
 */
host: string | null, checked_in_at: string, checked_out_at: string, };

export type Returning = { name: string, 
/**
 * The address as the kiosk shows it back: `z•••@e•••.org`.
 */
masked_email: string, company: string | null, phone: string | null, language: string, kind: VisitKind, 
/**
 * The Code of Conduct in force was signed on an earlier visit: it is not asked again.
 */
code_of_conduct_signed: boolean, };

export type Waiting = { id: number, 
/**
 * The name the visitor typed.
 */
name: string, kind: VisitKind, 
/**
 * The deny-list entry it matched (`lobby deny list` shows it in full).
 */
entry: number, 
/**
 * Why the entry is on the list, as the operator wrote it.
 */
reason: string, 
/**
 * When the visitor was asked to wait (RFC 3339).
 */
since: string, 
/**
 * The visitor's language: their welcome screen is shown in it.
 */
language: string, };

export type RollCall = { id: number, started_at: string, started_by: string, finished_at: string | null, entries: Array<RollCallEntry>, };

export type RollCallEntry = { id: number, name: string, kind: string, status: Mark, marked_at: string | null, marked_by: string | null, };

export type Mark = "unaccounted" | "safe" | "missing";

export type Signature = { width: number, height: number, strokes: Array<Array<[number, number]>>, };

export type Document = { policy: string, version: number, 
/**
 * The language of the text shown.
 */
lang: string, 
/**
 * The signer's language is not available: this is the site's reference text.
 */
fallback: boolean, title: string, 
/**
 * Safe HTML made from the Markdown (see [`markdown`]).
 */
html: string, text_hash: string, };

export type SignedPolicy = { policy: string, version: number, lang: string, text_hash: string, signer_name: string, signature: Signature, };

export type PendingPolicy = { policy: string, version: number, title: string, };

export type MemberPolicies = { member_id: string, 
/**
 * First name and last initial, as hosts are shown to visitors.
 */
display: string, first_name: string, 
/**
 * The name to put under a signature, editable by the member.
 */
full_name: string, pending: Array<PendingPolicy>, };

export type Accepted = { acceptance_id: number, policy: string, version: number, };

export type CardType = "mifare-classic-1k" | "mifare-classic-4k" | "mifare-mini" | "mifare-ultralight" | "mifare-ultralight-c" | "mifare-ultralight-ev1" | "mifare-plus" | "desfire" | "felica" | "topaz" | "iso-14443-4" | "unknown";

export type CardRead = { 
/**
 * Every digit hidden but the last 4.
 */
masked_uid: string, card_type: CardType, 
/**
 * A random UID (phones, privacy-mode cards): it cannot be enrolled.
 */
random: boolean, 
/**
 * The member this card belongs to now, by first name and last initial.
 */
owner: string | null, owner_id: string | null, };

export type EnrollRequest = { member_id: string, groups: Array<string>, 
/**
 * YYYY-MM-DD; empty or missing: today.
 */
valid_from: string | null, 
/**
 * YYYY-MM-DD, inclusive; missing: no end.
 */
valid_to: string | null, 
/**
 * Confirmed: take the card away from its current owner.
 */
reassign: boolean, };

export type Badge = { id: number, masked_uid: string, card_type: CardType, member_id: string, groups: Array<string>, valid_from: string, valid_to: string | null, status: BadgeStatus, };

export type BadgeStatus = "active" | "not-yet-valid" | "expired" | "revoked";

export type BadgeUpdate = { "kind": "member", greeting: MemberPolicies, 
/**
 * This tap checked them in for the day.
 */
first_today: boolean, } | { "kind": "refused", reason: Refusal, } | { "kind": "card-read", card: CardRead, } | { "kind": "staff-badge" };

export type Refusal = "unknown" | "revoked" | "suspended" | "outside-dates" | "unreadable" | "typed";

export type AccessGroup = { id: string, name: string, 
/**
 * Ticked by default.
 */
default: boolean, };

export type WifiAccess = { 
/**
 * The pass, for per-guest tiers; `None` for a shared passphrase.
 */
pass_id: string | null, tier: string, ssid: string, security: TierSecurity, hidden: boolean, 
/**
 * Enterprise networks: the user name to type.
 */
username: string | null, 
/**
 * `None` on an open network.
 */
password: string | null, 
/**
 * RFC 3339: when the pass ends (or the shared passphrase rotates).
 */
expires_at: string, 
/**
 * The `WIFI:` QR code as SVG.
 */
qr_svg: string, };

export type TierSecurity = "wpa2" | "wpa3" | "open" | "enterprise";

export type Credentials = "per-guest" | "shared";

export type BackendKind = "none" | "hostapd" | "freeradius";

export type ActivePass = { id: string, tier: string, 
/**
 * Who it is for: the visitor's name or the label staff gave.
 */
holder: string, visit_id: number | null, issued_at: string, expires_at: string, };

export type TierView = { id: string, ssid: string, credentials: Credentials, backend: BackendKind, open: boolean, 
/**
 * Shared tiers: when the passphrase last changed and when it changes next.
 */
rotated_at: string | null, rotates_at: string | null, };

export type WifiOverview = { tiers: Array<TierView>, passes: Array<ActivePass>, backends: Array<BackendStatus>, };

export type BackendStatus = { backend: BackendKind, 
/**
 * The last attempt worked and nothing changed since.
 */
in_line: boolean, 
/**
 * The last attempt's problem, in English (for the operator's log and the doctor).
 */
error: string | null, attempted_at: string | null, ok_at: string | null, };

export type BackupStatus = { last_ok_at: string | null, last_file: string | null, 
/**
 * The last attempt failed: why (English, for the operator).
 */
last_error: string | null, 
/**
 * The last restore test, or real restore (which proves a backup just as well).
 */
last_restore_test_at: string | null, last_restore_test_ok: boolean | null, 
/**
 * No backup worked within twice the configured interval: staff are warned.
 */
stale: boolean, };

export type FleetStatus = { 
/**
 * The tablet belongs to a fleet.
 */
active: boolean, site: string | null, tablet: string | null, server: string | null, 
/**
 * Connected to the site's NATS server, as the kiosk last saw it.
 */
connected: boolean, 
/**
 * When `connected` last changed.
 */
connectedAt: string | null, 
/**
 * Changes waiting to be sent.
 */
waiting: number, 
/**
 * When the oldest waiting change was made.
 */
oldestWaitingAt: string | null, 
/**
 * When JetStream last acknowledged a change.
 */
lastAckAt: string | null, 
/**
 * Why the last try failed (`fleet-error-<code>`), until the next acknowledgement.
 */
error: string | null, 
/**
 * The site's tablets, this one first.
 */
tablets: Array<FleetTablet>, 
/**
 * Problems the hub flagged for staff, newest first.
 */
flags: Array<FleetFlag>, 
/**
 * The site configuration the hub last pushed, and what became of it here.
 */
siteConfig: FleetSiteConfig | null, };

export type FleetTablet = { tablet: string, thisTablet: boolean, 
/**
 * Heard from within the last few seconds (through the site's server).
 */
connected: boolean, 
/**
 * When it was last heard from, or its last change was.
 */
lastContact: string | null, 
/**
 * Changes it has waiting to be sent, as it last said.
 */
waiting: number | null, };

export type FleetFlag = { problem: string, detail: string, flaggedAt: string, };

export type FleetSiteConfig = { pushedAt: string, writtenAt: string | null, error: string | null, };

export type SecurityPlan = { site: string, generated_at: string, backups: BackupStatus, staff: StaffFactors, wifi: WifiFigures, policies: Array<PolicyCoverage>, last_roll_call: RollCallFigures | null, audit: Verdict, 
/**
 * The newest audit entry: write it down, and a later rewrite of the log is provable.
 */
audit_head: Head | null, 
/**
 * The fingerprint of the site key that seals secrets and keys the audit chain.
 */
site_key: string | null, retention: Retention, incidents: IncidentFigures, };

export type StaffFactors = { accounts: number, with_authenticator: number, with_badge: number, };

export type WifiFigures = { active_passes: number, 
/**
 * Shared tiers: when the passphrase last changed.
 */
shared: Array<SharedRotation>, };

export type SharedRotation = { tier: string, rotated_at: string | null, 
/**
 * Hours since then, rounded down.
 */
age_hours: number | null, };

export type PolicyCoverage = { policy: string, version: number | null, accepted: number, members: number, };

export type RollCallFigures = { started_at: string, finished_at: string | null, people: number, missing: number, };

export type Retention = { retention_days: number, 
/**
 * The last time old visits were anonymised (none may have been due yet).
 */
last_anonymised_at: string | null, };

export type EmergencyKind = "fire" | "shelter" | "medical" | "custom";

export type Emergency = { id: number, kind: EmergencyKind, 
/**
 * The custom message as staff typed it (custom only).
 */
message: string | null, started_at: string, 
/**
 * `staff:<id>` or `cli`.
 */
started_by: string, };

export type AllClear = { id: number, kind: EmergencyKind, duration_seconds: number, };

export type Priority = "safety" | "security" | "info";

export type Schedule = "always" | "business-hours" | "after-hours";

export type SignItem = { id: string, priority: Priority, schedule: Schedule, 
/**
 * ISO 7010 codes, e.g. `E001`.
 */
pictograms: Array<string>, 
/**
 * Standard items: the Fluent message prefix (`signage-exits`: `-title`, `-body`).
 */
message: string | null, 
/**
 * Site items: their own text per language.
 */
title: { [key in string]?: string }, body: { [key in string]?: string }, };

export type SiteFacts = { site: string, address: string, fire: string, medical: string, police: string, security: string, 
/**
 * Where people meet after an evacuation, per language (see [`crate::config::pick`]).
 */
assembly_point: { [key in string]?: string }, 
/**
 * Where people shelter in place, per language.
 */
shelter: { [key in string]?: string }, 
/**
 * Where the first-aid kit is, per language.
 */
first_aid: { [key in string]?: string }, 
/**
 * Where the defibrillator is, per language; empty when the site has none.
 */
aed: { [key in string]?: string }, privacy_contact: string, camera_retention_days: number, 
/**
 * `E001` (exit to the left) or `E002` (to the right).
 */
exit_pictogram: string, };

export type Frame = { 
/**
 * Within opening hours.
 */
open: boolean, 
/**
 * Closed: the next opening (RFC 3339), if within a week.
 */
opens_at: string | null, 
/**
 * Closed: days from today to that opening, in the site's time zone (0 today, 1 tomorrow),
 * by the kiosk's clock, so the screen can say "today" rather than the weekday.
 */
opens_in_days: number | null, 
/**
 * Visit kinds a visitor may check in for now.
 */
visit_kinds: Array<VisitKind>, items: Array<SignItem>, rotate_seconds: number, facts: SiteFacts, 
/**
 * Emergency mode, when on: it replaces everything else.
 */
emergency: Emergency | null, 
/**
 * The pictograms of the emergency in force, besides the emergency telephone (E004).
 */
emergency_pictograms: Array<string>, };

export type IncidentKind = "lost-badge" | "suspicious-person" | "phishing" | "network-breach" | "data-exposure" | "other";

export type IncidentStatus = "open" | "acknowledged" | "closed";

export type ReportRequest = { kind: IncidentKind | null, description: string, contact: string | null, personal_data: boolean, 
/**
 * Lost badge: the member picked from the name search...
 */
member_id: string | null, 
/**
 * ...and the e-mail address they gave us, which must match the one on record.
 */
member_email: string | null, };

export type Reported = { id: number, kind: IncidentKind, 
/**
 * Lost badge: the member was identified and this many badges no longer open anything.
 */
badges_suspended: number, 
/**
 * Lost badge: a member was named but not identified (the e-mail address did not match,
 * or address checks are paused after repeated failures).
 */
not_identified: boolean, };

export type Incident = { id: number, kind: IncidentKind, status: IncidentStatus, description: string, contact: string | null, personal_data: boolean, 
/**
 * The identified member's name (lost badge).
 */
member: string | null, badges_suspended: number, reported_at: string, acknowledged_at: string | null, closed_at: string | null, note: string | null, 
/**
 * Personal data: when the 72 hours to notify the supervisory authority end.
 */
notify_by: string | null, 
/**
 * Personal data, still open: whole hours left before `notify_by` (negative: overdue).
 */
hours_left: number | null, };

export type IncidentFigures = { open: number, 
/**
 * Open reports that may involve personal data.
 */
personal_data_open: number, 
/**
 * Of those, past the 72 hours.
 */
overdue: number, };

export type NewInvitation = { host_id: string, name: string, email: string | null, company: string | null, 
/**
 * Guest by default.
 */
kind: VisitKind | null, 
/**
 * The first day, `YYYY-MM-DD` in the site's time zone.
 */
date: string, 
/**
 * How many days it is good for (1 by default).
 */
days: number | null, 
/**
 * The invitation e-mail's language; the site's first by default.
 */
language: string | null, };

export type Invitation = { id: number, 
/**
 * As printed and typed: `ACEF-GH34`.
 */
code: string, host_id: string, 
/**
 * The host's full name.
 */
host: string, name: string, email: string | null, company: string | null, kind: VisitKind, language: string, from: string, until: string, status: InvitationStatus, 
/**
 * The visit it was used for.
 */
visit_id: number | null, used_at: string | null, };

export type InvitationStatus = "upcoming" | "valid" | "used" | "cancelled" | "expired";

export type Invited = { code: string, kind: VisitKind, name: string, first_name: string, company: string | null, host_id: string, 
/**
 * First name and last initial.
 */
host: string, 
/**
 * The guest asked to be remembered on an earlier visit, with the invitation's address,
 * and signed the Code of Conduct in force then: it is not asked again.
 */
code_of_conduct_signed: boolean, };

export type Expected = { today: Array<Invitation>, upcoming: Array<Invitation>, };

export type OutboxTopic = "arrival" | "test" | "invitation" | "held";

export type OutboxState = "waiting" | "sending" | "sent" | "failed";

export type OutboxMessage = { id: number, channel: string, topic: OutboxTopic, visit_id: number | null, 
/**
 * The host's full name.
 */
host: string, 
/**
 * The visitor's full name ("" for a test).
 */
visitor: string, state: OutboxState, attempts: number, created_at: string, 
/**
 * When the next try is due (waiting) or the claim ends (sending).
 */
next_at: string, sent_at: string | null, 
/**
 * The last problem, in English as the server or the network gave it.
 */
last_error: string | null, 
/**
 * What the server answered last.
 */
answer: string | null, };

export type OutboxCounts = { waiting: number, failed: number, 
/**
 * When the oldest waiting message was queued.
 */
oldest_waiting: string | null, };

export type NotifySettings = { member_id: string, 
/**
 * First name and last initial.
 */
display: string, 
/**
 * `""` (the site's default channels), `"none"`, or channels such as `"email,slack"`.
 */
notify: string, 
/**
 * The language of their messages; `None` for the site's first language.
 */
language: string | null, 
/**
 * Whether the member has an e-mail address (e-mail needs one).
 */
has_email: boolean, 
/**
 * The channels the site set up, which staff may choose from.
 */
channels: Array<string>, };

export type PrintState = "waiting" | "sending" | "sent" | "failed";

export type PrinterHealth = { 
/**
 * The last finished job's outcome; `None` before the first badge.
 */
state: PrintState | null, 
/**
 * When it was asked for (RFC 3339).
 */
at: string | null, 
/**
 * Why it failed, as the printer or the network said.
 */
problem: string | null, 
/**
 * Badges that failed in the last day.
 */
failed_today: number, };

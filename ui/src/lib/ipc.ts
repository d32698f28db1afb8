// The only file that talks to Rust. One typed function per command; a failed command rejects
// with an IpcError carrying the stable error code the screens translate (`error-<code>`).

import { invoke } from "@tauri-apps/api/core";
import type {
  AllClear,
  Emergency,
  EmergencyKind,
  Frame,
  Incident,
  ReportRequest,
  Returning,
  Waiting,
  Reported,
  AccessGroup,
  Accepted,
  Badge,
  BadgeUpdate,
  CheckedIn,
  CheckedOut,
  CheckInOptions,
  CheckInRequest,
  Document,
  EnrollRequest,
  ErrorCode,
  ErrorPayload,
  Expected,
  HostMatch,
  Invitation,
  Invited,
  KioskSettings,
  Mark,
  MemberPolicies,
  NewInvitation,
  NotifySettings,
  OnSite,
  OutboxMessage,
  PrintState,
  PrinterHealth,
  FleetStatus,
  RollCall,
  SecurityPlan,
  SelfCheckOut,
  SignedPolicy,
  SignInRequest,
  StaffIdentity,
  SuspendedBadge,
  StaffOverview,
  WifiAccess,
  WifiOverview,
} from "./bindings/types";

export class IpcError extends Error {
  constructor(public readonly payload: ErrorPayload) {
    super(payload.code);
  }
  get code(): ErrorCode {
    return this.payload.code;
  }
}

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && typeof (e as ErrorPayload).code === "string";
}

/** Anything a command can reject with, as an IpcError; unknown failures become `internal`. */
export function toIpcError(e: unknown): IpcError {
  if (e instanceof IpcError) return e;
  if (isPayload(e)) return new IpcError({ code: e.code, args: e.args ?? {} });
  console.error("command failed", e);
  return new IpcError({ code: "internal", args: {} });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

export const kioskSettings = () => call<KioskSettings>("kiosk_settings");
/** The home screen takes input; `marks` say where the start's time went (see `startMarks`). */
export const homeReady = (origin: number, marks: Record<string, number>) =>
  call<null>("home_ready", { origin, marks });
export const kioskHeartbeat = () => call<null>("kiosk_heartbeat");
export const staffSignIn = (request: SignInRequest) =>
  call<StaffIdentity>("staff_sign_in", { request });
export const staffSignOut = () => call<null>("staff_sign_out");
export const staffCurrent = () => call<StaffIdentity | null>("staff_current");
export const staffRoster = () => call<StaffIdentity[]>("staff_roster");
export const staffOverview = () => call<StaffOverview>("staff_overview");

export const checkInOptions = (language: string) =>
  call<CheckInOptions>("check_in_options", { language });
export const hostSearch = (query: string) => call<HostMatch[]>("host_search", { query });
export const checkInDetails = (request: CheckInRequest) =>
  call<null>("check_in_details", { request });
export const checkIn = (request: CheckInRequest) => call<CheckedIn>("check_in", { request });
export const checkOutByName = (name: string, hostFirstName: string) =>
  call<CheckedOut>("check_out_by_name", { name, hostFirstName });
export const profileFind = (email: string) => call<Returning>("profile_find", { email });
export const profileForget = (email: string) => call<null>("profile_forget", { email });
export const staffApprovals = () => call<Waiting[]>("staff_approvals");
export const staffApprovalDecide = (id: number, approve: boolean) =>
  call<CheckedIn | null>("staff_approval_decide", { id, approve });
export const checkOut = (code: string) => call<CheckedOut>("check_out", { code });
export const invitationLookup = (code: string) => call<Invited>("invitation_lookup", { code });
export const staffInvitations = () => call<Expected>("staff_invitations");
export const staffInvitationCreate = (invitation: NewInvitation) =>
  call<Invitation>("staff_invitation_create", { invitation });
export const staffInvitationCancel = (id: number) =>
  call<Invitation>("staff_invitation_cancel", { id });
export const staffOutbox = () => call<OutboxMessage[]>("staff_outbox");
export const staffOutboxResend = (id: number) => call<OutboxMessage>("staff_outbox_resend", { id });
export const badgePrintState = (id: number) => call<PrintState>("badge_print_state", { id });
export const staffBadgeReprint = (visitId: number) =>
  call<number>("staff_badge_reprint", { visitId });
export const staffPrinter = () => call<PrinterHealth | null>("staff_printer");
export const staffFleetStatus = () => call<FleetStatus | null>("staff_fleet_status");
export const staffMemberNotify = (memberId: string) =>
  call<NotifySettings>("staff_member_notify", { memberId });
export const staffMemberNotifySet = (memberId: string, notify: string, language: string | null) =>
  call<NotifySettings>("staff_member_notify_set", { memberId, notify, language });
export const staffOnSite = () => call<OnSite[]>("staff_on_site");
/** `tablet`: the site's other tablet that checked the visit in (a fleet). */
export const staffCheckOut = (visitId: number, tablet: string | null = null) =>
  call<CheckedOut>("staff_check_out", { visitId, tablet });
export const staffSelfCheckOuts = () => call<SelfCheckOut[]>("staff_self_check_outs");
export const staffUndoCheckOut = (visitId: number) =>
  call<null>("staff_undo_check_out", { visitId });
export const rollCallCurrent = () => call<RollCall | null>("roll_call_current");
export const rollCallStart = () => call<RollCall>("roll_call_start");
export const rollCallMark = (entryId: number, status: Mark) =>
  call<RollCall>("roll_call_mark", { entryId, status });
export const rollCallFinish = (rollCallId: number) =>
  call<RollCall>("roll_call_finish", { rollCallId });

export const policyDocument = (policy: string, language: string) =>
  call<Document | null>("policy_document", { policy, language });
export const policyDecline = (policy: string, version: number, visitKind: string | null) =>
  call<null>("policy_decline", { policy, version, visitKind });
export const staffMemberHandover = (memberId: string, language: string) =>
  call<MemberPolicies>("staff_member_handover", { memberId, language });
export const memberPolicies = (language: string) =>
  call<MemberPolicies>("member_policies", { language });
export const memberAccept = (signed: SignedPolicy) => call<Accepted>("member_accept", { signed });
export const memberDone = () => call<null>("member_done");

export const badgeNext = () => call<BadgeUpdate | null>("badge_next");
export const staffBadgeListen = (on: boolean) => call<null>("staff_badge_listen", { on });
export const staffBadgeGroups = (language: string) =>
  call<AccessGroup[]>("staff_badge_groups", { language });
export const staffMemberBadges = (memberId: string) =>
  call<Badge[]>("staff_member_badges", { memberId });
export const staffBadgeEnroll = (request: EnrollRequest) =>
  call<Badge>("staff_badge_enroll", { request });
export const staffBadgeReplace = (badgeId: number) =>
  call<Badge>("staff_badge_replace", { badgeId });
export const staffBadgeRevoke = (badgeId: number) => call<null>("staff_badge_revoke", { badgeId });
export const staffBadgesSuspended = () => call<SuspendedBadge[]>("staff_badges_suspended");
export const staffBadgeRestore = (badgeId: number) =>
  call<null>("staff_badge_restore", { badgeId });
export const badgeWedge = (uid: string) => call<null>("badge_wedge", { uid });
export const staffBadgeEnrollSelf = () => call<null>("staff_badge_enroll_self");
export const staffMemberAdd = (name: string, email: string | null) =>
  call<HostMatch>("staff_member_add", { name, email });

export const staffWifi = () => call<WifiOverview>("staff_wifi");
export const staffWifiIssue = (tier: string, hours: number | null, label: string) =>
  call<WifiAccess>("staff_wifi_issue", { tier, hours, label });
export const staffWifiRevoke = (passId: string) => call<null>("staff_wifi_revoke", { passId });
export const staffWifiRotate = (tier: string) => call<null>("staff_wifi_rotate", { tier });
export const staffSecurityPlan = () => call<SecurityPlan>("staff_security_plan");

export const signageFrame = () => call<Frame>("signage_frame");
export const emergencyWatch = (seen: number | null) =>
  call<Emergency | null>("emergency_watch", { seen });
export const emergencyPainted = (id: number) => call<null>("emergency_painted", { id });
export const reportConcern = (request: ReportRequest) =>
  call<Reported>("report_concern", { request });
export const staffEmergencyStart = (kind: EmergencyKind, message: string | null) =>
  call<Emergency>("staff_emergency_start", { kind, message });
export const staffEmergencyEnd = () => call<AllClear>("staff_emergency_end");
export const staffIncidents = () => call<Incident[]>("staff_incidents");
export const staffIncidentAcknowledge = (id: number) =>
  call<null>("staff_incident_acknowledge", { id });
export const staffIncidentClose = (id: number, note: string) =>
  call<null>("staff_incident_close", { id, note });

//! TypeScript for the UI, generated from the Rust types: every IPC request, response and error
//! code, and the union of Fluent message ids. The files are committed; a test fails when they
//! are stale (`UPDATE_BINDINGS=1 cargo test -p lobby-core --test bindings` rewrites them).

use crate::audit::{AuditEntry, Head, Problem, Verdict};
use crate::backup::BackupStatus;
use crate::badges::{
    AccessGroup, Badge, BadgeStatus, BadgeUpdate, CardRead, EnrollRequest, Refusal,
};
use crate::config::{FieldRule, OnScreenKeyboard, VisitKind, VisitType};
use crate::emergency::{AllClear, Emergency, EmergencyKind};
use crate::error::{ErrorCode, ErrorPayload};
use crate::incidents::{
    Incident, IncidentFigures, IncidentKind, IncidentStatus, ReportRequest, Reported,
};
use crate::invitations::{
    Expected, Invitation, Invited, NewInvitation, Status as InvitationStatus,
};
use crate::kiosk::{KioskSettings, StaffOverview};
use crate::members::{HostMatch, NotifySettings};
use crate::notify::{
    Counts as OutboxCounts, Message as OutboxMessage, State as OutboxState, Topic,
};
use crate::policies::signature::Signature;
use crate::policies::{Accepted, Document, MemberPolicies, PendingPolicy, SignedPolicy};
use crate::printing::{PrintState, PrinterHealth};
use crate::reader::CardType;
use crate::report::{
    PolicyCoverage, Retention, RollCallFigures, SecurityPlan, SharedRotation, StaffFactors,
    WifiFigures,
};
use crate::signage::{Frame, Priority, Schedule, SignItem, SiteFacts};
use crate::staff::{SignInRequest, StaffIdentity};
use crate::visits::rollcall::{Mark, RollCall, RollCallEntry};
use crate::visits::{
    CheckInOptions, CheckInRequest, CheckedIn, CheckedOut, Guide, OnSite, SelfCheckOut,
};
use crate::wifi::backends::BackendStatus;
use crate::wifi::overview::{TierView, WifiOverview};
use crate::wifi::passes::{ActivePass, WifiAccess};
use crate::wifi::tiers::{BackendKind, Credentials, TierSecurity};
use ts_rs::TS;

const HEADER: &str = "// Generated from the Rust types by lobby-core (src/bindings.rs). Do not edit by hand:\n// run `make bindings` after changing a type.\n";

/// `ui/src/lib/bindings/types.ts`.
pub fn types() -> String {
    let decls = [
        ErrorCode::decl(),
        ErrorPayload::decl(),
        KioskSettings::decl(),
        OnScreenKeyboard::decl(),
        StaffIdentity::decl(),
        SignInRequest::decl(),
        StaffOverview::decl(),
        AuditEntry::decl(),
        Verdict::decl(),
        Head::decl(),
        Problem::decl(),
        VisitKind::decl(),
        FieldRule::decl(),
        VisitType::decl(),
        CheckInOptions::decl(),
        Guide::decl(),
        HostMatch::decl(),
        CheckInRequest::decl(),
        CheckedIn::decl(),
        CheckedOut::decl(),
        OnSite::decl(),
        crate::badges::suspended::SuspendedBadge::decl(),
        SelfCheckOut::decl(),
        crate::privacy::profiles::Returning::decl(),
        crate::visits::approvals::Waiting::decl(),
        RollCall::decl(),
        RollCallEntry::decl(),
        Mark::decl(),
        Signature::decl(),
        Document::decl(),
        SignedPolicy::decl(),
        PendingPolicy::decl(),
        MemberPolicies::decl(),
        Accepted::decl(),
        CardType::decl(),
        CardRead::decl(),
        EnrollRequest::decl(),
        Badge::decl(),
        BadgeStatus::decl(),
        BadgeUpdate::decl(),
        Refusal::decl(),
        AccessGroup::decl(),
        WifiAccess::decl(),
        TierSecurity::decl(),
        Credentials::decl(),
        BackendKind::decl(),
        ActivePass::decl(),
        TierView::decl(),
        WifiOverview::decl(),
        BackendStatus::decl(),
        BackupStatus::decl(),
        crate::fleet::Status::decl(),
        crate::fleet::SiteTablet::decl(),
        crate::fleet::Flag::decl(),
        crate::fleet::SiteConfig::decl(),
        SecurityPlan::decl(),
        StaffFactors::decl(),
        WifiFigures::decl(),
        SharedRotation::decl(),
        PolicyCoverage::decl(),
        RollCallFigures::decl(),
        Retention::decl(),
        EmergencyKind::decl(),
        Emergency::decl(),
        AllClear::decl(),
        Priority::decl(),
        Schedule::decl(),
        SignItem::decl(),
        SiteFacts::decl(),
        Frame::decl(),
        IncidentKind::decl(),
        IncidentStatus::decl(),
        ReportRequest::decl(),
        Reported::decl(),
        Incident::decl(),
        IncidentFigures::decl(),
        NewInvitation::decl(),
        Invitation::decl(),
        InvitationStatus::decl(),
        Invited::decl(),
        Expected::decl(),
        Topic::decl(),
        OutboxState::decl(),
        OutboxMessage::decl(),
        OutboxCounts::decl(),
        NotifySettings::decl(),
        PrintState::decl(),
        PrinterHealth::decl(),
    ];
    let mut out = String::from(HEADER);
    for d in decls {
        out.push('\n');
        out.push_str("export ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

/// `ui/src/lib/bindings/messages.ts`: the ids of the reference language's screens
/// (`main.ftl`), so `svelte-check` refuses a `t()` call with an id the UI does not bundle.
pub fn message_ids() -> String {
    let mut ids: Vec<String> = Vec::new();
    // The UI bundles only main.ftl; cli.ftl is the command line's.
    for (_, source) in
        crate::i18n::sources(crate::i18n::REFERENCE).filter(|(f, _)| *f == "main.ftl")
    {
        if let Ok(resource) = fluent_syntax::parser::parse(source) {
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
        }
    }
    ids.sort();
    let mut out = String::from(HEADER);
    out.push_str("\nexport type MessageId =\n");
    for id in &ids {
        out.push_str(&format!("  | \"{id}\"\n"));
    }
    out.push_str(";\n");
    out
}

//! The one error type of the domain. Every case has a stable [`ErrorCode`]; the UI shows the
//! Fluent message `error-<code>` with the payload's arguments, never the Rust text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident => $code:literal, )*) => {
        /// A stable, user-facing error code. Renaming one is a breaking change: the UI and the
        /// translations key on it (`error-<code>`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum ErrorCode {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl ErrorCode {
            /// Every code, for the check that each has a translated message.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The code as the UI and the translations spell it, e.g. `sign-in-locked`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// Something failed inside Lobby; details are in the log only.
    Internal => "internal",
    /// A staff-only command was called without a valid staff session.
    StaffSessionRequired => "staff-session-required",
    /// Wrong PIN or wrong second-factor code (we do not say which).
    SignInFailed => "sign-in-failed",
    /// Too many wrong attempts: sign-in is locked for a while.
    SignInLocked => "sign-in-locked",
    /// The PIN does not follow the rules (6 to 12 digits).
    PinInvalid => "pin-invalid",
    /// The second-factor code is not 6 digits.
    CodeInvalid => "code-invalid",
    /// A staff member with this name exists already.
    StaffExists => "staff-exists",
    /// No staff member with this name.
    StaffNotFound => "staff-not-found",
    /// The staff name is empty or too long.
    StaffNameInvalid => "staff-name-invalid",
    /// A required field was left empty (`field`).
    FieldRequired => "field-required",
    /// A field is longer than allowed (`field`, `max`).
    FieldTooLong => "field-too-long",
    /// A field holds control or text-direction characters (`field`).
    FieldInvalidCharacters => "field-invalid-characters",
    /// Not an email address (`field`).
    EmailInvalid => "email-invalid",
    /// Not a phone number (`field`).
    PhoneInvalid => "phone-invalid",
    /// This kind of visit is not offered here.
    VisitTypeUnavailable => "visit-type-unavailable",
    /// This kind of visit needs a host, and none was chosen.
    HostRequired => "host-required",
    /// The chosen host is not an active member.
    HostUnknown => "host-unknown",
    /// A tour needs a guide, and none (or no valid one) was chosen.
    GuideRequired => "guide-required",
    /// The privacy notice was not accepted.
    PrivacyNotAccepted => "privacy-not-accepted",
    /// A tour must show the off-limits areas first.
    OffLimitsNotShown => "off-limits-not-shown",
    /// No open visit has this check-out code.
    CheckoutCodeUnknown => "checkout-code-unknown",
    /// Check-out by name found no single open visit with this name and host: see the desk.
    CheckoutNameUnknown => "checkout-name-unknown",
    /// Too many wrong check-out tries at this kiosk: wait `seconds`.
    CheckoutPaused => "checkout-paused",
    /// The visit was checked out already (whose is never said).
    AlreadyCheckedOut => "already-checked-out",
    /// No such visit.
    VisitNotFound => "visit-not-found",
    /// No badge printer is set up (`[printing]` in lobby.toml).
    PrintingOff => "printing-off",
    /// No such roll call.
    RollCallNotFound => "roll-call-not-found",
    /// A finished roll call can no longer be changed.
    RollCallFinished => "roll-call-finished",
    /// The member file has rows that cannot be read (`lines`); nothing was imported.
    ImportRejected => "import-rejected",
    /// Nothing was drawn on the signature pad.
    SignatureMissing => "signature-missing",
    /// A dot or a tiny scribble: not a signature.
    SignatureTooSmall => "signature-too-small",
    /// The pad sent something that is not a drawing (too many points, broken numbers).
    SignatureInvalid => "signature-invalid",
    /// No policy with this id is configured (`policy`).
    PolicyUnknown => "policy-unknown",
    /// A policy text cannot be published (`lang`): not UTF-8 Markdown starting with `# Title`,
    /// or too large.
    PolicyTextInvalid => "policy-text-invalid",
    /// This version already has a text in this language (`lang`); published texts are never
    /// replaced.
    PolicyLanguagePublished => "policy-language-published",
    /// No such version of the policy (`version`).
    PolicyVersionUnknown => "policy-version-unknown",
    /// A new version needs a text in the site's reference language (`lang`).
    PolicyReferenceMissing => "policy-reference-missing",
    /// The policy changed while it was being read: it must be read again.
    PolicyOutdated => "policy-outdated",
    /// This kind of visit needs the Code of Conduct accepted first.
    PolicyNotAccepted => "policy-not-accepted",
    /// No active member with this id.
    MemberNotFound => "member-not-found",
    /// A member command without an identified member (badge tap or staff hand-over).
    MemberSessionRequired => "member-session-required",
    /// No acceptance with this number.
    AcceptanceNotFound => "acceptance-not-found",
    /// A random UID (a phone, a privacy-mode card): it changes at every tap.
    BadgeRandomUid => "badge-random-uid",
    /// The card belongs to another member (`owner`); reassigning needs a confirmation.
    BadgeTaken => "badge-taken",
    /// The card is this member's already.
    BadgeAlreadyEnrolled => "badge-already-enrolled",
    /// No such access group in lobby.toml (`group`).
    BadgeGroupUnknown => "badge-group-unknown",
    /// A validity date is not YYYY-MM-DD, or the end is before the start (`field`).
    BadgeDatesInvalid => "badge-dates-invalid",
    /// No such active badge.
    BadgeNotFound => "badge-not-found",
    /// Enrolling needs a card read by the reader first.
    BadgeNoCard => "badge-no-card",
    /// No such Wi-Fi tier in lobby.toml (`tier`).
    WifiTierUnknown => "wifi-tier-unknown",
    /// The tier is closed outside opening hours (`opens`: the local opening time, or empty).
    WifiClosed => "wifi-closed",
    /// A pass lasts 1 to 168 hours.
    WifiHoursInvalid => "wifi-hours-invalid",
    /// No pass in force with this id.
    WifiPassNotFound => "wifi-pass-not-found",
    /// Only a tier with a shared passphrase can be rotated.
    WifiNotShared => "wifi-not-shared",
    /// A backup file cannot be used (`problem`, in English): not a Lobby database, damaged, or
    /// its audit chain is broken.
    BackupInvalid => "backup-invalid",
    /// The database file is damaged or not a database (`path`, `reason`): restore a backup.
    DatabaseUnreadable => "database-unreadable",
    /// The disk (or the database's size limit) is full: nothing was saved.
    StorageFull => "storage-full",
    /// Another process (the kiosk) has the database open: stop it before restoring.
    DatabaseInUse => "database-in-use",
    /// "All clear" with no emergency in force.
    NoEmergency => "no-emergency",
    /// No open security report with this number.
    IncidentNotFound => "incident-not-found",
    /// The database's secrets are sealed with a site key that is not in its file (`path`,
    /// `fingerprint`: the key it needs).
    KeyMissing => "key-missing",
    /// The key file holds another site's key (`path`, `expected`, `found`).
    KeyMismatch => "key-mismatch",
    /// The key file cannot be read (`path`, `problem`).
    KeyUnreadable => "key-unreadable",
    /// A stored secret does not open with this site's key (or there is no key).
    SecretUnreadable => "secret-unreadable",
    /// No message to a host with this number.
    NotificationNotFound => "notification-not-found",
    /// The message was delivered already; it is not sent twice.
    NotificationSent => "notification-sent",
    /// No invitation has this code.
    InvitationUnknown => "invitation-unknown",
    /// The invitation's last day (`until`, the site's date) has passed.
    InvitationExpired => "invitation-expired",
    /// The invitation is for a later day (`from`).
    InvitationNotYet => "invitation-not-yet",
    /// Staff cancelled the invitation.
    InvitationCancelled => "invitation-cancelled",
    /// The invitation was used to check in already.
    InvitationUsed => "invitation-used",
    /// An invitation's first day is in the past, or it lasts more than 30 days.
    InvitationDates => "invitation-dates",
    /// "I have been here before": no profile has that address (the same answer for any
    /// address, so it reveals nothing).
    ProfileNotFound => "profile-not-found",
    /// A check-in matched the deny list: the visitor waits for staff (not an error to them).
    ApprovalNeeded => "approval-needed",
    /// The check-in waiting for approval was decided already or is gone.
    ApprovalNotFound => "approval-not-found",
    /// No deny-list entry has that id.
    DenyEntryNotFound => "deny-entry-not-found",
    /// Lobby holds nothing about the person a privacy request names.
    PersonNotFound => "person-not-found",
    /// A legal hold ends on a day after today.
    HoldDatesInvalid => "hold-dates-invalid",
    /// The guest of a new invitation matches the deny list.
    InvitationDenied => "invitation-denied",
    /// A privacy request was received today or earlier, never on a day to come.
    RequestDateInvalid => "request-date-invalid",
}

impl ErrorCode {
    /// The Fluent message that explains this error to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }
}

/// What crosses the IPC boundary when a command fails: a code and the arguments of its
/// message. Internal causes are logged, never sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    /// Arguments for the Fluent message (numbers are sent as numbers).
    #[ts(type = "Record<string, string | number>")]
    pub args: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
    #[error("a staff session is required")]
    StaffSessionRequired,
    #[error("sign-in failed, {remaining} tries before the lock")]
    SignInFailed { remaining: u32 },
    #[error("sign-in locked for {retry_after_secs} s")]
    SignInLocked { retry_after_secs: u64 },
    #[error("the PIN must be 6 to 12 digits")]
    PinInvalid,
    /// A PIN anyone would try first ([`crate::staff::pin::Weakness`], named by `rule`). Only
    /// the command line sets PINs, and it names the rule in its own words (`cli.ftl`), so this
    /// shares the UI's `pin-invalid` code.
    #[error("the PIN is too easy to guess ({rule})")]
    PinTooWeak { rule: &'static str },
    /// Shorter than the site asks (`[staff] pin_min_length`; as [`Error::PinTooWeak`], command
    /// line only).
    #[error("the PIN must have at least {min} digits here")]
    PinTooShort { min: usize },
    /// Another active staff member has this PIN (as [`Error::PinTooWeak`], command line only).
    #[error("another active staff member has this PIN")]
    PinInUse,
    #[error("the code must be 6 digits")]
    CodeInvalid,
    #[error("staff member {0:?} exists already")]
    StaffExists(String),
    #[error("no staff member named {0:?}")]
    StaffNotFound(String),
    #[error("a staff name must be 1 to 80 characters")]
    StaffNameInvalid,
    #[error("{field} is required")]
    FieldRequired { field: &'static str },
    #[error("{field} is longer than {max} characters")]
    FieldTooLong { field: &'static str, max: usize },
    #[error("{field} holds control or text-direction characters")]
    FieldInvalidCharacters { field: &'static str },
    #[error("{field} is not an email address")]
    EmailInvalid { field: &'static str },
    #[error("{field} is not a phone number")]
    PhoneInvalid { field: &'static str },
    #[error("this kind of visit is not offered")]
    VisitTypeUnavailable,
    #[error("a host is required")]
    HostRequired,
    #[error("the host is not an active member")]
    HostUnknown,
    #[error("a tour needs a guide")]
    GuideRequired,
    #[error("the privacy notice was not accepted")]
    PrivacyNotAccepted,
    #[error("the off-limits areas were not shown")]
    OffLimitsNotShown,
    #[error("no open visit has this check-out code")]
    CheckoutCodeUnknown,
    #[error("no single open visit with this name and host")]
    CheckoutNameUnknown,
    #[error("too many wrong check-out tries; retry in {retry_after_secs} s")]
    CheckoutPaused { retry_after_secs: u64 },
    #[error("already checked out")]
    AlreadyCheckedOut,
    #[error("no such visit")]
    VisitNotFound,
    #[error("no badge printer is set up")]
    PrintingOff,
    #[error("no such roll call")]
    RollCallNotFound,
    #[error("the roll call is finished")]
    RollCallFinished,
    #[error("{} rows cannot be read", rows.len())]
    ImportRejected { rows: Vec<(usize, ErrorPayload)> },
    #[error("nothing was drawn")]
    SignatureMissing,
    #[error("the signature is too small")]
    SignatureTooSmall,
    #[error("the signature is not a drawing")]
    SignatureInvalid,
    #[error("no policy {policy:?} is configured")]
    PolicyUnknown { policy: String },
    #[error("the {lang} text is not UTF-8 Markdown starting with `# Title`, or is too large")]
    PolicyTextInvalid { lang: String },
    #[error("this version has a {lang} text already")]
    PolicyLanguagePublished { lang: String },
    #[error("no version {version}")]
    PolicyVersionUnknown { version: i64 },
    #[error("a new version needs a {lang} text")]
    PolicyReferenceMissing { lang: String },
    #[error("the policy changed while it was read")]
    PolicyOutdated,
    #[error("the Code of Conduct was not accepted")]
    PolicyNotAccepted,
    #[error("no such member")]
    MemberNotFound,
    #[error("no member is identified")]
    MemberSessionRequired,
    #[error("no such acceptance")]
    AcceptanceNotFound,
    #[error("a random UID cannot be enrolled")]
    BadgeRandomUid,
    #[error("the card belongs to {owner}")]
    BadgeTaken { owner: String },
    #[error("the card is this member's already")]
    BadgeAlreadyEnrolled,
    #[error("no access group {group:?}")]
    BadgeGroupUnknown { group: String },
    #[error("{field} is not a valid date")]
    BadgeDatesInvalid { field: &'static str },
    #[error("no such active badge")]
    BadgeNotFound,
    #[error("no card was read")]
    BadgeNoCard,
    #[error("no Wi-Fi tier {tier:?}")]
    WifiTierUnknown { tier: String },
    #[error("the Wi-Fi tier is closed until {opens_at:?}")]
    WifiClosed { opens_at: Option<String> },
    #[error("a pass lasts 1 to 168 hours")]
    WifiHoursInvalid,
    #[error("no such Wi-Fi pass in force")]
    WifiPassNotFound,
    #[error("the tier has no shared passphrase")]
    WifiNotShared,
    #[error("the backup cannot be used: {problem}")]
    BackupInvalid { problem: String },
    #[error("the database {path} cannot be read: {reason}")]
    DatabaseUnreadable { path: String, reason: String },
    #[error("no emergency is in force")]
    NoEmergency,
    #[error("no such open report")]
    IncidentNotFound,
    #[error("another process has the database open")]
    DatabaseInUse,
    #[error("the site key {fingerprint} is not in {path}")]
    KeyMissing { path: String, fingerprint: String },
    #[error("{path} holds key {found}, the database needs {expected}")]
    KeyMismatch {
        path: String,
        expected: String,
        found: String,
    },
    #[error("the key file {path} cannot be read: {problem}")]
    KeyUnreadable { path: String, problem: String },
    #[error("a stored secret does not open with this site key")]
    SecretUnreadable,
    #[error("no such notification")]
    NotificationNotFound,
    #[error("the notification was delivered already")]
    NotificationSent,
    #[error("no invitation has this code")]
    InvitationUnknown,
    #[error("the invitation ended on {until}")]
    InvitationExpired { until: String },
    #[error("the invitation starts on {from}")]
    InvitationNotYet { from: String },
    #[error("the invitation was cancelled")]
    InvitationCancelled,
    #[error("the invitation was used already")]
    InvitationUsed,
    #[error("an invitation starts today or later and lasts 1 to 30 days")]
    InvitationDates,
    #[error("no visitor profile has that address")]
    ProfileNotFound,
    #[error("the check-in waits for staff approval ({approval})")]
    ApprovalNeeded { approval: i64 },
    #[error("no check-in waits for that approval")]
    ApprovalNotFound,
    #[error("no deny-list entry {0}")]
    DenyEntryNotFound(i64),
    #[error("Lobby holds nothing about that person")]
    PersonNotFound,
    #[error("a hold ends on a day after today")]
    HoldDatesInvalid,
    #[error("the guest matches deny-list entry {entry}")]
    InvitationDenied { entry: i64 },
    #[error("a request is received today or earlier")]
    RequestDateInvalid,
}

/// SQLITE_FULL: the disk, or the database's page limit, is full. The write was rolled back.
fn is_full(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .and_then(|c| c.parse::<i32>().ok())
        .is_some_and(|c| c & 0xff == 13)
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Database(e) if is_full(e) => ErrorCode::StorageFull,
            Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => ErrorCode::StorageFull,
            Error::Database(_) | Error::Migration(_) | Error::Io(_) | Error::Internal(_) => {
                ErrorCode::Internal
            }
            Error::StaffSessionRequired => ErrorCode::StaffSessionRequired,
            Error::SignInFailed { .. } => ErrorCode::SignInFailed,
            Error::SignInLocked { .. } => ErrorCode::SignInLocked,
            Error::PinInvalid
            | Error::PinTooWeak { .. }
            | Error::PinTooShort { .. }
            | Error::PinInUse => ErrorCode::PinInvalid,
            Error::CodeInvalid => ErrorCode::CodeInvalid,
            Error::StaffExists(_) => ErrorCode::StaffExists,
            Error::StaffNotFound(_) => ErrorCode::StaffNotFound,
            Error::StaffNameInvalid => ErrorCode::StaffNameInvalid,
            Error::FieldRequired { .. } => ErrorCode::FieldRequired,
            Error::FieldTooLong { .. } => ErrorCode::FieldTooLong,
            Error::FieldInvalidCharacters { .. } => ErrorCode::FieldInvalidCharacters,
            Error::EmailInvalid { .. } => ErrorCode::EmailInvalid,
            Error::PhoneInvalid { .. } => ErrorCode::PhoneInvalid,
            Error::VisitTypeUnavailable => ErrorCode::VisitTypeUnavailable,
            Error::HostRequired => ErrorCode::HostRequired,
            Error::HostUnknown => ErrorCode::HostUnknown,
            Error::GuideRequired => ErrorCode::GuideRequired,
            Error::PrivacyNotAccepted => ErrorCode::PrivacyNotAccepted,
            Error::OffLimitsNotShown => ErrorCode::OffLimitsNotShown,
            Error::CheckoutCodeUnknown => ErrorCode::CheckoutCodeUnknown,
            Error::CheckoutNameUnknown => ErrorCode::CheckoutNameUnknown,
            Error::CheckoutPaused { .. } => ErrorCode::CheckoutPaused,
            Error::AlreadyCheckedOut => ErrorCode::AlreadyCheckedOut,
            Error::VisitNotFound => ErrorCode::VisitNotFound,
            Error::PrintingOff => ErrorCode::PrintingOff,
            Error::RollCallNotFound => ErrorCode::RollCallNotFound,
            Error::RollCallFinished => ErrorCode::RollCallFinished,
            Error::ImportRejected { .. } => ErrorCode::ImportRejected,
            Error::SignatureMissing => ErrorCode::SignatureMissing,
            Error::SignatureTooSmall => ErrorCode::SignatureTooSmall,
            Error::SignatureInvalid => ErrorCode::SignatureInvalid,
            Error::PolicyUnknown { .. } => ErrorCode::PolicyUnknown,
            Error::PolicyTextInvalid { .. } => ErrorCode::PolicyTextInvalid,
            Error::PolicyLanguagePublished { .. } => ErrorCode::PolicyLanguagePublished,
            Error::PolicyVersionUnknown { .. } => ErrorCode::PolicyVersionUnknown,
            Error::PolicyReferenceMissing { .. } => ErrorCode::PolicyReferenceMissing,
            Error::PolicyOutdated => ErrorCode::PolicyOutdated,
            Error::PolicyNotAccepted => ErrorCode::PolicyNotAccepted,
            Error::MemberNotFound => ErrorCode::MemberNotFound,
            Error::MemberSessionRequired => ErrorCode::MemberSessionRequired,
            Error::AcceptanceNotFound => ErrorCode::AcceptanceNotFound,
            Error::BadgeRandomUid => ErrorCode::BadgeRandomUid,
            Error::BadgeTaken { .. } => ErrorCode::BadgeTaken,
            Error::BadgeAlreadyEnrolled => ErrorCode::BadgeAlreadyEnrolled,
            Error::BadgeGroupUnknown { .. } => ErrorCode::BadgeGroupUnknown,
            Error::BadgeDatesInvalid { .. } => ErrorCode::BadgeDatesInvalid,
            Error::BadgeNotFound => ErrorCode::BadgeNotFound,
            Error::BadgeNoCard => ErrorCode::BadgeNoCard,
            Error::WifiTierUnknown { .. } => ErrorCode::WifiTierUnknown,
            Error::WifiClosed { .. } => ErrorCode::WifiClosed,
            Error::WifiHoursInvalid => ErrorCode::WifiHoursInvalid,
            Error::WifiPassNotFound => ErrorCode::WifiPassNotFound,
            Error::WifiNotShared => ErrorCode::WifiNotShared,
            Error::BackupInvalid { .. } => ErrorCode::BackupInvalid,
            Error::DatabaseUnreadable { .. } => ErrorCode::DatabaseUnreadable,
            Error::DatabaseInUse => ErrorCode::DatabaseInUse,
            Error::NoEmergency => ErrorCode::NoEmergency,
            Error::IncidentNotFound => ErrorCode::IncidentNotFound,
            Error::KeyMissing { .. } => ErrorCode::KeyMissing,
            Error::KeyMismatch { .. } => ErrorCode::KeyMismatch,
            Error::KeyUnreadable { .. } => ErrorCode::KeyUnreadable,
            Error::SecretUnreadable => ErrorCode::SecretUnreadable,
            Error::NotificationNotFound => ErrorCode::NotificationNotFound,
            Error::NotificationSent => ErrorCode::NotificationSent,
            Error::InvitationUnknown => ErrorCode::InvitationUnknown,
            Error::InvitationExpired { .. } => ErrorCode::InvitationExpired,
            Error::InvitationNotYet { .. } => ErrorCode::InvitationNotYet,
            Error::InvitationCancelled => ErrorCode::InvitationCancelled,
            Error::InvitationUsed => ErrorCode::InvitationUsed,
            Error::InvitationDates => ErrorCode::InvitationDates,
            Error::ProfileNotFound => ErrorCode::ProfileNotFound,
            Error::ApprovalNeeded { .. } => ErrorCode::ApprovalNeeded,
            Error::ApprovalNotFound => ErrorCode::ApprovalNotFound,
            Error::DenyEntryNotFound(_) => ErrorCode::DenyEntryNotFound,
            Error::PersonNotFound => ErrorCode::PersonNotFound,
            Error::HoldDatesInvalid => ErrorCode::HoldDatesInvalid,
            Error::InvitationDenied { .. } => ErrorCode::InvitationDenied,
            Error::RequestDateInvalid => ErrorCode::RequestDateInvalid,
        }
    }

    /// The payload for the UI. Names given by an operator are passed back as arguments
    /// (they are the operator's own input); internal causes never are.
    pub fn payload(&self) -> ErrorPayload {
        let mut args = BTreeMap::new();
        match self {
            Error::SignInFailed { remaining } => {
                args.insert("remaining".into(), (*remaining).into());
            }
            Error::SignInLocked { retry_after_secs }
            | Error::CheckoutPaused { retry_after_secs } => {
                args.insert("seconds".into(), (*retry_after_secs).into());
            }
            Error::InvitationExpired { until } => {
                args.insert("until".into(), until.clone().into());
            }
            Error::InvitationNotYet { from } => {
                args.insert("from".into(), from.clone().into());
            }
            Error::StaffExists(name) | Error::StaffNotFound(name) => {
                args.insert("name".into(), name.clone().into());
            }
            Error::FieldRequired { field }
            | Error::FieldInvalidCharacters { field }
            | Error::EmailInvalid { field }
            | Error::PhoneInvalid { field } => {
                args.insert("field".into(), (*field).into());
            }
            Error::FieldTooLong { field, max } => {
                args.insert("field".into(), (*field).into());
                args.insert("max".into(), (*max).into());
            }
            Error::BadgeTaken { owner } => {
                args.insert("owner".into(), owner.clone().into());
            }
            Error::BadgeGroupUnknown { group } => {
                args.insert("group".into(), group.clone().into());
            }
            Error::BadgeDatesInvalid { field } => {
                args.insert("field".into(), (*field).into());
            }
            Error::PolicyUnknown { policy } => {
                args.insert("policy".into(), policy.clone().into());
            }
            Error::PolicyTextInvalid { lang }
            | Error::PolicyLanguagePublished { lang }
            | Error::PolicyReferenceMissing { lang } => {
                args.insert("lang".into(), lang.clone().into());
            }
            Error::PolicyVersionUnknown { version } => {
                args.insert("version".into(), (*version).into());
            }
            Error::DatabaseUnreadable { path, reason } => {
                args.insert("path".into(), path.clone().into());
                args.insert("reason".into(), reason.clone().into());
            }
            Error::KeyMissing { path, fingerprint } => {
                args.insert("path".into(), path.clone().into());
                args.insert("fingerprint".into(), fingerprint.clone().into());
            }
            Error::KeyMismatch {
                path,
                expected,
                found,
            } => {
                args.insert("path".into(), path.clone().into());
                args.insert("expected".into(), expected.clone().into());
                args.insert("found".into(), found.clone().into());
            }
            Error::KeyUnreadable { path, problem } => {
                args.insert("path".into(), path.clone().into());
                args.insert("problem".into(), problem.clone().into());
            }
            Error::BackupInvalid { problem } => {
                args.insert("problem".into(), problem.clone().into());
            }
            Error::WifiTierUnknown { tier } => {
                args.insert("tier".into(), tier.clone().into());
            }
            Error::WifiClosed { opens_at } => {
                let opens = opens_at.as_deref().unwrap_or("none");
                args.insert("opens".into(), opens.into());
            }
            Error::ApprovalNeeded { approval } => {
                args.insert("approval".into(), (*approval).into());
            }
            Error::InvitationDenied { entry: id } | Error::DenyEntryNotFound(id) => {
                args.insert("id".into(), (*id).into());
            }
            Error::ImportRejected { rows } => {
                let lines: Vec<String> = rows.iter().map(|(line, _)| line.to_string()).collect();
                args.insert("lines".into(), lines.join(", ").into());
                args.insert("count".into(), rows.len().into());
            }
            _ => {}
        }
        ErrorPayload {
            code: self.code(),
            args,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

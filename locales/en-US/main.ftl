# Lobby kiosk — the screens. en-US is the reference: every other locale has every message
# and attribute that this file has. Site facts (names, numbers) are always arguments.

## The language as its own speakers write it (shown in the language picker).
language-name = English

## Home
home-welcome = Welcome to { $site }
home-prompt = How can we help you today?
home-desk-help = Visiting someone? Please ask at the front desk. Self-service check-in on this tablet is coming soon.
home-staff = Staff
home-language = Language
home-demo = Demo mode
home-today = Today is { $date }

## Actions used on many screens
action-cancel = Cancel
action-back = Back
action-sign-in = Sign in
action-sign-out = Sign out
action-close = Close

## Staff sign-in
staff-signin-title = Staff sign-in
staff-signin-hint = Enter your PIN and the 6-digit code from your authenticator app.
staff-signin-pin = PIN
staff-signin-code = Authenticator code
staff-signin-working = Checking…

## Staff home
staff-home-title = Signed in as { $name }
staff-home-session = For security you are signed out after { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} without activity.
staff-home-counts = { $staff ->
    [one] One staff account
   *[other] { $staff } staff accounts
}, { $members ->
    [one] one active member
   *[other] { $members } active members
}
staff-audit-title = Audit log
staff-audit-intact = Intact: { $entries ->
    [one] one entry, each checked.
   *[other] { $entries } entries, each checked.
}
staff-audit-broken = Broken at entry { $seq }: { $problem ->
    [altered] its content was changed.
    [unlinked] it no longer follows the entry before it; an entry was removed, replaced or moved.
    [missing] entries are missing here.
   *[truncated] entries were cut off the end of the log.
}
staff-recent-title = Recent activity
staff-recent-empty = Nothing recorded yet.
staff-recent-entry = { $action ->
    [staff-sign-in] Staff sign-in attempt
    [staff-sign-out] Staff signed out
    [staff-add] Staff account created
    [demo-seed] Demo data added
   *[other] { $action }
}
staff-signed-out-idle = You were signed out after a period without activity.

## Errors: one per error code, chosen by the code, never by text from the app.
error-internal = Something went wrong on this tablet. Please try again, or ask at the front desk.
error-staff-session-required = Please sign in as staff first.
error-sign-in-failed = Wrong PIN or code. { $remaining ->
    [one] One try left before sign-in is locked.
   *[other] { $remaining } tries left before sign-in is locked.
}
error-sign-in-locked = Too many wrong tries. Sign-in is locked; try again in { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}.
error-pin-invalid = A PIN is 6 to 12 digits.
error-code-invalid = The code is the 6 digits shown in your authenticator app.
error-staff-exists = There is already a staff member called { $name }.
error-staff-not-found = There is no staff member called { $name }.
error-staff-name-invalid = A staff name is 1 to 80 characters.

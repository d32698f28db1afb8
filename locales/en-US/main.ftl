# Lobby kiosk — the screens. en-US is the reference: every other locale has every message
# and attribute that this file has. Site facts (names, numbers) are always arguments.

## The language as its own speakers write it (shown in the language picker).
language-name = English

## Home
home-welcome = Welcome to { $site }
home-prompt = How can we help you today?
home-desk-help = Need help? Please ask at the front desk.
home-check-in = Check in
home-check-in-help = Visiting a member, a day pass, work or an interview
home-members = Members: tap your badge on the reader to check in.
home-tour = I’m here for a tour
home-check-out = Check out
home-staff = Staff
idle-still-there = Still there? This screen starts over in a few seconds.
idle-still-here = I’m still here
home-language = Language
home-demo = Demo mode
home-today = Today is { $date }

## Actions used on many screens
action-cancel = Cancel
action-back = Back
action-sign-in = Sign in
action-sign-out = Sign out
action-close = Close
action-continue = Continue
action-done = Done

## Check-in: the kind of visit
checkin-type-title = What brings you here today?
visit-kind = { $kind ->
    [member] Member
    [guest] Visiting a member
    [tour] A tour of the space
    [day-pass] Day pass
    [contractor] Contractor
    [delivery] Delivery
   *[interview] Interview or event
}
visit-kind-help = { $kind ->
    [guest] Someone here invited you.
    [tour] See the space with a member of our team.
    [day-pass] Work here for the day.
    [contractor] You are here to repair or install something.
    [delivery] You are bringing a parcel or goods for someone here.
   *[interview] You have an interview or are here for an event.
}

## Check-in: about you
checkin-details-title = About you
checkin-optional = optional
field-name = Full name
field-company = Company
field-email = Email
field-phone = Phone
field-purpose = Purpose of your visit
field-interest = What are you looking for?

## Check-in: the host
checkin-host-title = Who are you visiting?
checkin-host-search = Type at least 2 letters of their name
checkin-host-none = No member found. Check the spelling, or ask at the front desk.
checkin-host-chosen = You are visiting { $host }
checkin-host-unknown = My host isn’t listed, or I don’t know
checkin-recipient-title = Who is the delivery for?
checkin-recipient-unknown = For the front desk, or I don’t know

## Check-in: tours
checkin-guide-title = Who is showing you around?
checkin-guide-unknown = I don’t know
checkin-off-limits-title = Please do not enter these areas
checkin-off-limits-intro = For safety and for our members’ privacy, these areas are off limits during your tour:
checkin-off-limits-ack = I understand
checkin-lead-title = Stay in touch?
checkin-lead-consent = { $site } may contact me about membership using the details below.
checkin-lead-note = We keep these details only if you tick the box. Otherwise we keep just your name and the time of your visit.
checkin-returning = I have been here before
checkin-returning-title = Welcome back
checkin-returning-help = Type the e-mail address you gave when you asked us to remember you.
checkin-returning-find = Find me
checkin-returning-found-title = Is this you?
checkin-returning-yes = Yes, fill it in
checkin-returning-no = No, start again
checkin-returning-forget = Forget me
checkin-returning-forget-note = “Forget me” deletes these details now. Your visits are kept only as our privacy notice says.
checkin-returning-forgotten = Done: we have deleted the details we kept for you.
checkin-remember = Remember me next time
checkin-remember-note = If you tick this, we keep your name, contact details, language and the Code of Conduct version you signed for { $days } days after your last visit, to fill this in for you next time. “Forget me” deletes them at any time.
checkin-wait-title = Please wait, someone will be with you shortly.
checkin-wait-body = Thank you for your patience.
checkin-wait-staff = Staff

## Check-in: privacy
checkin-privacy-title = Your privacy
checkin-privacy-body = We keep your name, whom you visit and when you arrive and leave, so we know who is in the building in an emergency and to keep the space secure. After { $days ->
    [one] one day
   *[other] { $days } days
} your name and contact details are deleted. To see or delete your data, ask at the front desk of { $site }.
checkin-privacy-accept = I agree

## Check-in: welcome
checkin-welcome-title = Welcome, { $name }!
checkin-welcome-host = You are visiting { $host }
checkin-welcome-guide = { $host } will show you around.
checkin-welcome-front-desk = { $desk } will find your host and tell them you are here.
checkin-welcome-front-desk-tour = { $desk } will find someone to show you around.
checkin-welcome-delivery = Delivery for { $host }.
checkin-welcome-delivery-desk = { $desk } will take the delivery.
checkin-welcome-host-told = We are letting { $host } know you are here.
checkin-badge-printing = Your visitor badge is printing: please take it from the printer and wear it while you are here.
checkin-badge-ready = Your visitor badge is ready: please take it from the printer and wear it while you are here.
checkin-badge-desk = Your visitor badge could not be printed: please collect it at the front desk.
checkin-welcome-delivery-told = We are letting { $host } know their delivery is here.
checkin-welcome-code = Your check-out code
checkin-welcome-code-help = Enter it here when you leave.
checkin-welcome-wait-title = Where to wait

## Guest Wi-Fi on the welcome screen.
wifi-title = Wi-Fi
wifi-scan = Point your phone’s camera at the code to join.
wifi-qr-label = QR code to join the network { $ssid }
wifi-network = Network
wifi-username = User name
wifi-password = Password
wifi-open = No password needed.
wifi-until = Works until { $time }.
wifi-enterprise-help = On a laptop, choose the network, then PEAP, and type the user name and password.
wifi-closed = { $opens ->
    [none] Guest Wi-Fi is closed for now.
   *[other] Guest Wi-Fi is closed for the night and opens again at { $opens }.
}

## Staff: guest Wi-Fi.
staff-wifi-title = Guest Wi-Fi
staff-wifi-tier = Network
staff-wifi-hours = Hours
staff-wifi-for = Who is it for?
staff-wifi-issue = Issue a pass
staff-wifi-issued = Wi-Fi for { $label }
staff-wifi-active = { $count ->
    [0] No passes in force.
    [one] One pass in force:
   *[other] { $count } passes in force:
}
staff-wifi-ends = until { $time }
staff-wifi-revoke = Revoke
staff-wifi-revoked = The pass of { $holder } has ended.
staff-wifi-rotate = New passphrase for { $ssid }
staff-wifi-rotated = { $ssid } has a new passphrase.
staff-wifi-closed = { $ssid } is closed until opening time.
## Staff: the security plan (also `lobby report security-plan`).
staff-plan-title = Security plan
staff-plan-backup = Last backup: { $at }
staff-plan-backup-none = No backup has been taken yet.
staff-plan-backup-stale = The last backup is too old. Check the backup folder, or run “lobby backup now”.
staff-plan-backup-failed = The last backup failed: { $reason }
staff-plan-restore-test = Last restore test: { $at }
staff-plan-restore-test-none = No restore test yet (“lobby backup test”).
staff-plan-staff = { $accounts ->
    [one] One staff account
   *[other] { $accounts } staff accounts
}: { $authenticator } with an authenticator app, { $badge } with a staff badge.
staff-plan-wifi = { $passes ->
    [0] No guest Wi-Fi passes in force.
    [one] One guest Wi-Fi pass in force.
   *[other] { $passes } guest Wi-Fi passes in force.
}
staff-plan-wifi-shared = { $tier }: passphrase changed { $at }
staff-plan-policy = { $policy }: { $accepted } of { $members } members accepted the current version
staff-plan-roll-call = Last roll call: { $at }, { $people } people, { $missing } missing
staff-plan-roll-call-none = No roll call or drill yet.
staff-plan-retention = Visits are anonymised after { $days } days.
staff-plan-audit-head = Audit log head, to write down (site key { $key }):
staff-wifi-problem = The { $backend } server is not up to date: { $reason }. Lobby tries again every 30 seconds; check-ins go on, and passes work once it is back.

## Check-out
checkout-title = Check out
checkout-help = Enter the 6-digit code from your welcome screen.
checkout-code = Check-out code
checkout-done-title = Goodbye, { $name }!
checkout-done-body = You are checked out. Thank you for visiting.
checkout-no-code = I don’t have my code
checkout-by-name-title = Check out with your name
checkout-by-name-name = Your full name, as you checked in
checkout-by-name-host = Your host’s first name

## Staff: who is on site, roll call
staff-onsite-title = On site now
staff-onsite-empty = No visitors on site.
staff-onsite-count = { $count ->
    [one] One person on site
   *[other] { $count } people on site
}
staff-onsite-host = Visiting { $host }
staff-onsite-since = Since { $time }
staff-onsite-tablet = At { $tablet }
staff-onsite-reprint = Reprint badge
staff-onsite-reprinted = { $name }: badge sent to the printer.
staff-print-problem = The badge printer did not print the last badge ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [one] One badge could not be printed today.
   *[other] { $count } badges could not be printed today.
}
staff-self-checkouts-title = Checked out at the screen today
staff-self-checkouts-hint = With a code or a name, at the kiosk. If one was not the visitor’s own doing, undo it: they are back on site and on the roll call. Their Wi-Fi pass stays ended.
staff-self-checkout-at = Out at { $time }
staff-undo-check-out = Undo
staff-undo-check-out-person = Undo the check-out of { $name }
staff-check-out-person = Check out { $name }
staff-rollcall-start = Start roll call
staff-rollcall-title = Roll call
staff-rollcall-progress = Safe: { $safe } · Missing: { $missing } · Not yet accounted for: { $unaccounted }
staff-rollcall-mark-safe = { $name } is safe
staff-rollcall-mark-missing = { $name } is missing
staff-rollcall-safe = Safe
staff-rollcall-missing = Missing
staff-rollcall-finish = Finish roll call
staff-rollcall-finished = Roll call finished at { $time }.

## Staff sign-in
staff-signin-title = Staff sign-in
staff-signin-who = Who are you?
staff-signin-who-hint = Tap your name, or tap your staff badge on the reader.
staff-signin-someone-else = Someone else
staff-signin-hint = Enter your PIN and the 6-digit code from your authenticator app.
staff-signin-badge-read = Staff badge read. Enter your PIN and sign in; the code is not needed.
staff-signin-pin = PIN
staff-signin-code = Authenticator code
staff-signin-working = Checking…

## Staff home
staff-home-title = Signed in as { $name }
scroll-more = More below
staff-home-session-held = Emergency mode or a roll call is on: you stay signed in until it ends. Sign out when you leave the kiosk.
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
    [unkeyed] it is not signed with the site key: the log was rewritten from here.
    [wrong-key] the log is signed with another site key.
   *[truncated] entries were cut off the end of the log.
}
staff-recent-title = Recent activity
staff-recent-empty = Nothing recorded yet.
staff-recent-entry = { $action ->
    [staff-sign-in] Staff sign-in attempt
    [staff-sign-out] Staff signed out
    [staff-add] Staff account created
    [staff-disable] Staff account disabled
    [staff-enable] Staff account enabled
    [staff-reset-pin] Staff PIN reset
    [staff-reset-totp] Staff authenticator reset
    [staff-unlock] Staff sign-in unlocked
    [site-key] Site key set, secrets sealed
    [demo-seed] Demo data added
    [visit-check-in] Visitor checked in
    [visit-check-out] Visitor checked out
    [visit-check-out-undo] Check-out undone by staff
    [roll-call-start] Roll call started
    [roll-call-mark] Roll call: person marked
    [roll-call-finish] Roll call finished
    [members-import] Members imported
    [export] Data exported
    [visits-anonymise] Old visits anonymised
    [policy-publish] Policy version published
    [policy-accept] Policy signed
    [policy-decline] Policy declined
    [badge-enroll] Badge enrolled
    [badge-revoke] Badge revoked
    [badge-restore] Suspended badge restored
    [notify-test] Test message to a host sent
    [notify-resend] Message to a host sent again
    [notify-failed] Message to a host could not be delivered
    [invitation-create] Invitation created
    [invitation-cancel] Invitation cancelled
    [invitation-guessing] Wrong invitation codes typed: form slowed down
    [badge-printed] Visitor badge printed
    [badge-print-failed] Visitor badge could not be printed
    [badge-reprint] Visitor badge printed again
    [screen-restarted] The screen stopped and was started again
    [screen-failing] The screen kept stopping: the app restarted
    [member-notify] How a member is told of guests changed
    [badge-unknown] Unknown card tapped
    [badge-refused] Badge refused
    [member-check-in] Member checked in
    [badges-export] Badge list exported
    [staff-badge-enroll] Staff badge set
    [member-add] Member added
    [wifi-pass-issue] Wi-Fi pass issued
    [wifi-pass-end] Wi-Fi pass ended
    [wifi-rotate] Wi-Fi passphrase changed
    [wifi-tier-open] Wi-Fi network opened
    [wifi-tier-close] Wi-Fi network closed for the night
    [wifi-shared-shown] Shared Wi-Fi passphrase handed out
    [backup] Backup taken
    [backup-failed] Backup failed
    [backup-restore-test] Backup restore tested
    [backup-restore] Database restored from a backup
    [emergency-start] Emergency mode started
    [emergency-end] Emergency mode ended: all clear
    [incident-report] Security concern reported
    [incident-acknowledge] Security report acknowledged
    [incident-close] Security report closed
    [badge-suspend] Badge blocked after a lost-badge report
    [profile-remember] A visitor asked to be remembered
    [profile-forget] A visitor's profile deleted on request
    [profiles-expire] Visitor profiles deleted after their retention period
    [approval-hold] Check-in held for staff (deny list)
    [approval-approve] Held check-in let in
    [approval-deny] Held check-in turned away
    [approvals-abandon] Held check-ins dropped undecided
    [deny-add] Person added to the deny list
    [deny-remove] Person removed from the deny list
    [deny-safe-add] Address added to the deny list's safe list
    [deny-safe-remove] Address removed from the safe list
    [privacy-request] Request about a person's data recorded
    [privacy-export] Everything held about a person exported
    [privacy-erase] A person's data erased on request
    [privacy-hold] Legal hold set
    [privacy-hold-release] Legal hold released
    [fleet-join] Joined a fleet
    [fleet-leave] Left the fleet
    [fleet-apply] Shared change from the hub applied
    [fleet-check-out] Visit from another tablet checked out
    [fleet-share-visit] Open visit shared with the site on joining
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
error-staff-name-invalid = A staff name is 1 to 80 characters, and not lobby-fleet (kept for the fleet).
error-field-required = { $field ->
    [name] Please enter your name.
    [company] Please enter the company.
    [email] Please enter an email address.
    [phone] Please enter a phone number.
    [purpose] Please tell us what brings you here.
    [id] The member id is missing.
    [signer_name] Please type your name as you sign.
    [label] Please say who the pass is for.
    [description] Please tell us what happened.
    [note] Please write what was done.
    [message] Please type the message for the screen.
    [kind] Please choose what it is about.
   *[other] Please fill this in.
}
error-field-too-long = { $field ->
    [name] This name is too long
   *[other] This is too long
}: at most { $max } characters.
error-field-invalid-characters = { $field ->
    [active] Write yes or no.
    [line] This line cannot be read.
    [notify] Write the channels as email, slack, teams or webhook, separated by commas, or none.
    [language] Write one of Lobby's languages, such as de or pt-BR.
    [id] A member id may use only letters, digits, “-”, “_” and “.”.
   *[other] Please use only letters, numbers and ordinary punctuation here.
}
error-email-invalid = Please check the email address, for example name@example.com.
error-phone-invalid = Please check the phone number: digits, spaces and + - ( ) only.
error-visit-type-unavailable = This kind of visit is not offered here. Please ask at the front desk.
error-host-required = Please choose the member you are visiting.
error-host-unknown = We could not find that member. Please ask at the front desk.
error-guide-required = Please choose who is showing you around.
error-privacy-not-accepted = Please read and accept the privacy notice to check in.
error-off-limits-not-shown = Please confirm that you have read the off-limits areas.
error-checkout-code-unknown = We could not find a visit with this code. Check the 6 digits, or ask at the front desk.
error-checkout-name-unknown = We could not check you out with these details. Please ask at the front desk: they will check you out.
error-checkout-paused = Too many wrong tries at this kiosk. Please try again in { $seconds } seconds, or ask at the front desk.
error-already-checked-out = This visit is already checked out. Thank you for visiting!
error-visit-not-found = This visit no longer exists.
error-printing-off = No badge printer is set up in lobby.toml ([printing]).
error-roll-call-not-found = This roll call no longer exists.
error-roll-call-finished = This roll call is finished and can no longer be changed.
error-import-rejected = { $count ->
    [one] Line { $lines } cannot be read
   *[other] Lines { $lines } cannot be read
}; nothing was imported.
error-signature-missing = Please sign with your finger in the box.
error-signature-too-small = This is too small to be a signature. Please sign across the box.
error-signature-invalid = The signature could not be read. Please clear it and sign again.
error-policy-unknown = There is no policy called “{ $policy }” here.
error-policy-text-invalid = The { $lang } text cannot be published: it must be UTF-8 Markdown that starts with a “# Title” line, at most 256 KB.
error-policy-language-published = This version already has a { $lang } text. Published texts are never replaced: publish a new version instead.
error-policy-version-unknown = There is no version { $version } of this policy.
error-policy-reference-missing = A new version needs a { $lang } text, the language every reader can fall back to.
error-policy-outdated = This text was updated a moment ago. Please read the new version.
error-policy-not-accepted = Please read and sign the Code of Conduct to check in.
error-member-not-found = This member is not in the member list.
error-member-session-required = Please tap your badge again, or ask staff at the front desk.
error-acceptance-not-found = There is no receipt for this number.

## Reading and signing a policy
policy-fallback = This text is not available in your language yet, so it is shown in the site’s main language.
policy-read-hint = Please read to the end to continue.
policy-read-done = Thank you for reading.
policy-continue = Continue to sign
policy-decline = I do not agree
policy-decline-confirm = Are you sure? Without agreeing, you cannot check in today.
policy-decline-keep = Go back
policy-decline-yes = Yes, I do not agree
policy-sign-title = Sign to agree
policy-sign-intro = By signing, you accept “{ $title }”, version { $version }.
policy-signer-name = Your name
policy-signature-label = Signature: sign with your finger
policy-signature-hint = Sign here
policy-signature-clear = Clear
policy-signature-undo = Undo
policy-agree = I agree
policy-declined-title = Thank you for your time
policy-declined-body = We can only welcome people who accept our rules. If you have a question about them, please speak to someone at the front desk.

## A member at the kiosk
member-hello = Hello, { $name }
member-pending = { $count ->
    [one] Please read and sign this before you go on:
   *[other] Please read and sign these { $count } documents before you go on:
}
member-up-to-date = You have signed everything. Thank you!
member-signed = Signed. Staff can print a receipt for you.
member-start = Start reading
member-guest = Check in a guest

## Staff: hand the kiosk to a member
staff-members-title = Member signing
staff-members-help = Find a member, then hand them the kiosk to sign the policies they have not signed yet. Your staff session ends.
staff-members-search = Member’s name
staff-members-handover = Hand over to { $name }
error-badge-random-uid = This card shows a different number at every tap (phones and some bank or privacy cards do), so it cannot be a badge. Please use a member card.
error-badge-taken = This card belongs to { $owner } now. Confirm to give it to this member instead.
error-badge-already-enrolled = This card is already this member’s badge.
error-badge-group-unknown = There is no access group “{ $group }” here.
error-badge-dates-invalid = { $field ->
    [valid_from] The start date is not a date.
   *[valid_to] The end date must be a date on or after the start date.
}
error-badge-not-found = This badge no longer exists or was revoked already.
error-badge-no-card = Tap the card on the reader first.
error-wifi-tier-unknown = There is no Wi-Fi network called { $tier } here.
error-wifi-closed = { $opens ->
    [none] Guest Wi-Fi is closed.
   *[other] Guest Wi-Fi is closed until { $opens }.
}
error-wifi-hours-invalid = A Wi-Fi pass lasts 1 to 168 hours.
error-wifi-pass-not-found = This Wi-Fi pass has ended already.
error-database-in-use = The kiosk still has the database open. Close the kiosk, then restore again. Nothing was changed.
error-key-missing = This database’s staff secrets are sealed with the site key { $fingerprint }, and it is not in { $path }. Put the key file there (the copy kept apart from the backups), then start again. Nothing was changed.
error-key-mismatch = The key file { $path } holds the key { $found }, but this database needs { $expected }. Put the right key file there, then start again. Nothing was changed.
error-key-unreadable = The key file { $path } cannot be read ({ $problem }). Nothing was changed.
error-secret-unreadable = A stored secret cannot be opened with this site key. Staff can reset the second factor with “lobby staff reset-totp NAME”.
error-notification-not-found = There is no such message to a host. Reload the list.
error-notification-sent = This message was delivered already, so it is not sent again.
error-invitation-unknown = We cannot find this invitation code. Please check it, or ask at the front desk.
error-invitation-expired = This invitation ended on { $until }. Please ask at the front desk.
error-invitation-not-yet = This invitation is for { $from }. Please ask at the front desk.
error-invitation-cancelled = This invitation was cancelled. Please ask at the front desk.
error-invitation-used = This invitation was already used to check in. Please ask at the front desk.
error-invitation-dates = An invitation starts today or later and lasts 1 to 30 days.
error-profile-not-found = We could not find that address. Please check it, or check in as a new visitor.
error-approval-needed = Please wait, someone will be with you shortly.
error-approval-not-found = This check-in no longer waits for approval.
error-deny-entry-not-found = There is no deny-list entry { $id }.
error-person-not-found = Lobby holds nothing about that person.
error-hold-dates-invalid = A hold ends on a day after today.
error-invitation-denied = This guest matches deny-list entry { $id }: no invitation was made. Ask the front desk.
error-request-date-invalid = A request is received today or on an earlier day (YYYY-MM-DD).
error-storage-full = This tablet cannot save anything right now: its storage is full. Nothing was saved. Please ask at the front desk.
error-backup-invalid = This backup cannot be used: { $problem }
error-database-unreadable = The database { $path } cannot be read ({ $reason }). Nothing was changed. Restore the last good backup: “lobby backup list”, then “lobby backup restore FILE”.
error-wifi-not-shared = This network has one login per guest, so there is no shared passphrase to change.

## A badge tapped at the home screen
badge-refused = { $reason ->
    [unknown] This card is not recognised. Please ask staff at the front desk.
    [revoked] This badge is no longer valid. Please ask staff at the front desk.
    [outside-dates] This badge is not valid today. Please ask staff at the front desk.
    [suspended] This card was suspended after a report that it was lost or stolen. Please ask staff at the front desk: they can restore it.
    [typed] A typed number is never enrolled: hold the card on the reader.
   *[unreadable] The card could not be read. Please hold it still on the reader and try again.
}
member-checked-in = You are checked in for today.

## Staff: badges
staff-badges-title = Badges
staff-badges-help = Find a member to enroll, revoke or replace their badges.
staff-badges-suspended-title = Suspended after a lost-card report
staff-badges-suspended-hint = Anyone who knows a member’s name and e-mail can report their card lost. If the member still has it, restore it: it works at the next tap.
staff-badge-restore = Restore
staff-badge-restore-person = Restore the card of { $name }
staff-badge-restored = The card { $uid } of { $name } works again.
staff-badges-search = Find a member
staff-member-add = Not in the list? Add a member
staff-member-add-confirm = Add this member
staff-badges-member = Badges of { $name }
staff-badges-none = No badges yet.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] active
    [not-yet-valid] not valid yet
    [expired] expired
   *[revoked] revoked
}
staff-badge-card-type = { $type ->
    [mifare-classic-1k] MIFARE Classic 1K
    [mifare-classic-4k] MIFARE Classic 4K
    [mifare-mini] MIFARE Mini
    [mifare-ultralight] MIFARE Ultralight
    [mifare-ultralight-c] MIFARE Ultralight C
    [mifare-ultralight-ev1] MIFARE Ultralight EV1
    [mifare-plus] MIFARE Plus
    [desfire] MIFARE DESFire
    [felica] FeliCa
    [topaz] Topaz
    [iso-14443-4] ISO 14443-4 card
   *[unknown] unknown card
}
staff-badge-revoke = Revoke
staff-badge-replace = Replace a lost card
staff-badge-enroll = Enroll a badge
staff-badge-groups = Access groups
staff-badge-valid-from = Valid from
staff-badge-valid-to = Valid until (optional)
staff-badge-read = Read the card
staff-badge-tap-now = Tap the card on the reader now.
staff-badge-card = Card { $uid } ({ $type })
staff-badge-owner = This card belongs to { $name }.
staff-badge-reassign = Give it to { $name }
staff-badge-confirm = Enroll this card
staff-badge-enrolled = Badge { $uid } enrolled.
staff-badge-revoked = Badge revoked.
staff-badge-cancel = Stop reading
staff-badge-self = Use a card as my staff badge
staff-badge-self-confirm = Make this card my staff badge
staff-badge-self-done = Your staff badge is set: tap it and enter your PIN to sign in.
staff-approvals-title = Check-ins waiting for staff
staff-approvals-match = Matches deny-list entry { $entry }
staff-approvals-reason = On the list because: { $reason }
staff-approvals-since = Waiting since { $time }
staff-approvals-approve = Let in
staff-approvals-deny = Turn away
staff-approvals-denied = Turned away. Nothing was saved as a visit.
staff-members-today-title = Members in today
staff-members-today-none = No member has tapped in yet today.

## Safety signage on the home screen. Every site fact is an argument: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $shelter, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Safety notices
signage-position = Notice { $n } of { $count }
signage-pause = Pause
signage-resume = Resume
signage-previous = Previous notice
signage-next = Next notice
signage-exits-title = Emergency exits and assembly point
signage-exits-body = In an emergency, leave by the nearest marked exit. Do not use the lifts. Meet at the assembly point: { $assembly_point }.
signage-fire-alarm-title = If you discover a fire
signage-fire-alarm-body = Raise the alarm at the nearest red call point and call { $fire }. Give the address: { $address }. Use an extinguisher only if you are trained and it is safe.
signage-first-aid-title = First aid
signage-first-aid-body = First-aid kit: { $first_aid }. In an emergency call { $medical }. Site security: { $security }.
signage-after-hours-title = The space is closed now
signage-after-hours-body = Only members with badge access may enter, and visitors must be with their host. Emergency exits can be used at all times.
signage-cctv-title = Cameras in use for security
signage-cctv-body = Cameras at the entrances record to protect people and property. Recordings are kept for { $camera_retention_days ->
    [one] one day
   *[other] { $camera_retention_days } days
} and viewed only after an incident. Questions, or to see your data: { $privacy_contact }.
signage-report-title = Seen something? Report it here
signage-report-body = A lost badge, someone following people in, a strange e-mail or a possible data leak: tap “Report a security concern”. Reporting is never punished; hiding a breach is.
signage-wifi-safety-title = Wi-Fi safety
signage-wifi-safety-body = The guest network is kept apart from the members' network. On any shared network use HTTPS and your VPN, keep your devices up to date, and check the exact network name with staff.
signage-phishing-title = Phishing: stop, check, report
signage-phishing-body = We never ask for your password by e-mail, chat or pop-up. Check the sender before opening links or attachments, and report anything odd at this kiosk.

## Home screen outside opening hours
home-closed-title = { $site } is closed now
home-closed-opens = We open again { $day } at { $time }.
home-closed-members = Members: tap your badge on the reader.
home-closed-visitors = Visitors: please call { $security } or ask your host to meet you.
home-closed-check-in = Check in: visits allowed after hours
home-report = Report a security concern

## Reporting a security concern (anyone, from the home screen)
report-title = Report a security concern
report-intro = Reporting is never punished. Tell us what you noticed; staff see every report on the staff screen of this kiosk.
report-kind-title = What is it about?
report-kind = { $kind ->
    [lost-badge] Lost or stolen badge
    [suspicious-person] Suspicious person
    [phishing] Phishing or a strange message
    [network-breach] Possible network breach
    [data-exposure] Personal data exposed
   *[other] Something else
}
report-kind-help = { $kind ->
    [lost-badge] We block the badge so nobody else can use it.
    [suspicious-person] Someone following people in, or somewhere they should not be.
    [phishing] An e-mail, message or call asking for passwords or payment.
    [network-breach] A device acting strangely, or a link you wish you had not clicked.
    [data-exposure] Papers, screens or files showing other people's details.
   *[other] Anything else that worries you.
}
report-description = What happened, when and where?
report-description-optional = Anything else we should know? (optional)
report-contact = How can we reach you? (optional)
report-contact-help = An e-mail address or phone number, if you would like to hear back.
report-personal-data = Other people's personal data may be involved
report-member-title = Your badge
report-member-search = Your name
report-member-email = The e-mail address we have for you
report-member-help = With your name and e-mail address we block your badge at once. Without them, staff block it after checking who you are.
report-send = Send report
report-thanks-title = Thank you for telling us
report-thanks-next = Your report is saved. Staff see it as soon as they next sign in at this kiosk. If it is urgent, tell someone at the front desk or call the number on the safety notices. If you left contact details, staff will get back to you.
report-thanks-badge = { $count ->
    [0] You have no badge in use, so there was nothing to block.
    [one] Your badge is blocked: it no longer opens anything. Ask at the front desk for a new one.
   *[other] Your { $count } badges are blocked: they no longer open anything. Ask at the front desk for new ones.
}
report-thanks-not-identified = That e-mail address does not match our records, so staff will check who you are and then block the badge.
report-thanks-reference = Report number { $id }
report-thanks-danger = If anyone is in danger, call { $police } now.

## Emergency mode: shown in every configured language at once
emergency-title = { $kind ->
    [fire] Fire: leave the building now
    [shelter] Shelter in place: stay inside
    [medical] Medical emergency
   *[custom] Emergency
}
emergency-action = { $kind ->
    [fire] Use the nearest exit, not the lifts. Go to the assembly point: { $assembly_point }.
    [shelter] Go to the shelter: { $shelter }. Keep away from windows, close the doors and wait for instructions from staff.
    [medical] Call { $medical }. First aid: { $first_aid }. Keep the way clear for responders.
   *[custom] Follow the instructions of staff.
}
emergency-aed = Defibrillator (AED): { $aed }
emergency-assembly = Assembly point: { $assembly_point }
emergency-shelter = Shelter: { $shelter }
emergency-first-aid = First-aid kit: { $first_aid }
emergency-numbers = Fire { $fire } · Medical { $medical } · Police { $police } · Site security { $security }
emergency-address = Address: { $address }
emergency-since = Since { $time }
emergency-staff = Staff: roll call and all clear
emergency-label = Emergency

## Staff: emergency mode and security reports
staff-emergency-title = Emergency mode
staff-emergency-start = { $kind ->
    [fire] Fire evacuation
    [shelter] Shelter in place
    [medical] Medical emergency
   *[custom] Custom message
}
staff-emergency-message = Message for the screen
staff-emergency-confirm = Start emergency mode now? Every screen shows it until you end it.
staff-emergency-on = Emergency mode is on: { $kind }
staff-emergency-end = All clear: end emergency mode
staff-emergency-end-confirm = Is everyone safe and may people go back inside? Every screen returns to normal.
staff-emergency-end-yes = Yes, all clear
staff-emergency-ended = Emergency mode ended after { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
staff-incidents-title = Security reports
staff-incidents-none = No open reports.
staff-incidents-count = { $count ->
    [one] One open report
   *[other] { $count } open reports
}
staff-incident-reported = Reported { $at }
staff-incident-status = { $status ->
    [open] New
    [acknowledged] Being handled
   *[closed] Closed
}
staff-incident-member = Member: { $name }
staff-incident-suspended = { $count ->
    [0] No badge was in use.
    [one] One badge blocked.
   *[other] { $count } badges blocked.
}
staff-incident-contact = Contact: { $contact }
staff-incident-clock = Personal data: tell the supervisory authority by { $at } if required ({ $hours ->
    [one] one hour left
   *[other] { $hours } hours left
}).
staff-incident-overdue = Personal data: the 72 hours ended { $at }.
staff-incident-acknowledge = Acknowledge
staff-incident-close = Close with a note
staff-incident-note = What was done
staff-plan-incidents = { $open ->
    [0] No open security reports.
    [one] One open security report.
   *[other] { $open } open security reports.
}
staff-plan-incidents-personal = { $count ->
    [one] One involves personal data
   *[other] { $count } involve personal data
}, { $overdue } past the 72 hours.
error-no-emergency = Emergency mode is not on.
error-incident-not-found = This report is closed already, or does not exist.
pictogram-name = { $code ->
    [E001] Emergency exit (left)
    [E002] Emergency exit (right)
    [E003] First aid
    [E004] Emergency telephone
    [E007] Assembly point
    [E010] Defibrillator (AED)
    [F001] Fire extinguisher
   *[F005] Fire alarm call point
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = On-screen keyboard
keyboard-backspace = Delete
keyboard-shift = Shift (capital letters)
keyboard-space = Space
keyboard-close = Hide the keyboard
keyboard-enter = Enter: next field or continue
keyboard-layouts = Change the keyboard layout
keyboard-accents = Accented letters
keyboard-letters = Letters
keyboard-candidates = Characters for { $pinyin }
keyboard-candidates-more = More characters
keyboard-candidates-back = Previous characters

## Check-in with an invitation
home-invitation = I have an invitation
invite-code-title = Your invitation
invite-code-field = Invitation code
invite-code-help = Type the 8-character code from your invitation e-mail, or hold its QR code to the scanner.
invite-confirm-title = Welcome, { $name }!
invite-confirm-host = You are visiting { $host } today.
invite-confirm-yes = Yes, that is me
invite-confirm-no = That is not me

## Staff: invitations and messages to hosts
staff-expected-title = Expected today
staff-expected-none = No invited guests today.
staff-expected-arrived = Arrived
staff-expected-waiting = Expected
staff-expected-for = for { $host }
staff-invitation-cancel = Cancel
staff-invitation-cancel-person = Cancel the invitation of { $name }
staff-outbox-title = Messages to hosts not delivered yet
staff-outbox-line = { $channel } to { $host }: { $state ->
    [failed] not delivered
   *[waiting] waiting to be sent
}
staff-outbox-resend = Send again
staff-outbox-resend-person = Send the message to { $host } again
staff-invite-open = Invite a guest
staff-invite-host = Host (type two letters)
staff-invite-host-chosen = Host: { $host }
staff-invite-host-change = Change
staff-invite-date = First day (YYYY-MM-DD)
staff-invite-days = Days
staff-invite-create = Create invitation
staff-invite-made = Invitation for { $name }: { $code }
staff-invite-emailed = The invitation e-mail is on its way to { $email }.
staff-invite-give-code = Give the guest this code.
staff-member-notify-title = How members hear of their guests
staff-member-notify-how = How to tell them
staff-member-notify-search = Member (type two letters)
staff-member-notify-site = The site's default
staff-member-notify-none = Never
staff-member-notify-off = No channel is set up in lobby.toml ([notifications]): nobody is told yet.
staff-member-notify-no-email = No e-mail address on record: e-mail cannot reach this member.
staff-member-notify-language = Language of their messages
staff-member-notify-language-site = The site's first language
staff-member-notify-save = Save
staff-member-notify-saved = Saved for { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Fleet
staff-fleet-member = Site { $site }, tablet { $tablet }
staff-fleet-connected = Connected to the site server
staff-fleet-disconnected = Not connected to the site server
staff-fleet-waiting = Changes waiting to be sent: { $count }
staff-fleet-oldest = Oldest waiting change: { $at }
staff-fleet-ack = Last received by the server: { $at }
staff-fleet-ack-none = Nothing received by the server yet
staff-fleet-error = Last problem: { $reason }
staff-fleet-tablets = Tablets of this site
staff-fleet-tablet-this = { $tablet } (this tablet)
staff-fleet-tablet-connected = connected
staff-fleet-tablet-away = not heard from
staff-fleet-tablet-contact = last contact { $at }
staff-fleet-tablet-waiting = { $count } waiting
staff-fleet-site-config = Site configuration from the hub, pushed { $at }: saved, used from the kiosk's next start
staff-fleet-site-config-received = Site configuration from the hub, pushed { $at }: received
staff-fleet-site-config-error = Site configuration from the hub, pushed { $at }, could not be used: { $reason }
staff-fleet-flags = Needs your attention
staff-fleet-flag = { $problem ->
    [badge-conflict] One card was given to two members: { $detail }
    [badge-unknown-member] A badge was given to a member the hub does not know: { $detail }
   *[other] { $detail }
}
fleet-error-server = the server address or its certificate is not usable
fleet-error-no-stream = the server has no stream for this site yet
fleet-error-timeout = the server did not answer in time
fleet-error-unreachable = the server cannot be reached
fleet-error-refused = the server refused the change
fleet-error-database = the database could not be read or written
fleet-error-credentials = the server refused the credentials (revoked or wrong)
fleet-error-permission = the server does not allow this tablet to send here

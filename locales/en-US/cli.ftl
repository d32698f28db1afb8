# Lobby's command line (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): plain text for operators, in the operator's language (from LANG).

cli-error = Error: { $message }

## A refused lobby.toml: the file, the key, and what is wrong
cli-config-refused = The configuration was refused and nothing was changed. { $file }, key “{ $key }”: { $problem }
cli-config-refused-file = The configuration was refused and nothing was changed. { $file }: { $problem }
cli-config-unreadable = the file cannot be read ({ $reason }).
cli-config-syntax = this value cannot be read: { $detail }.
cli-config-text-length = write 1 to { $max } characters.
cli-config-time-zone = { $value } is not a time zone; use an IANA name such as Europe/Berlin.
cli-config-kiosk-id = use 1 to 40 letters, digits, “-” or “_”.
cli-config-range = use a number from { $min } to { $max }, not { $value }.
cli-config-languages-empty = list at least one language.
cli-config-language-unknown = { $value } is not a shipped language (shipped: { $shipped }).
cli-config-language-twice = { $value } is listed twice.
cli-config-hours = { $value } is not opening hours; write “08:00-20:00” or “closed”.
cli-config-hours-order = { $value }: the closing time must be after the opening time.
cli-config-phone = { $value } is not a phone number (digits, spaces and + - ( ) / only).
cli-config-visit-kind = unknown kind of visit (known: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = give the text in at least one language.
cli-config-translated-offered = give the text in at least one of kiosk.languages.
cli-config-policy-id = { $value } is not a policy id; use lowercase letters, digits and single hyphens, such as house-rules.
cli-config-policy-unlisted = { $value } is not in policies.documents; list it there first.
cli-config-group-unlisted = { $value } is not one of badges.access_groups; list it there first.
cli-config-signage-unknown = { $value } is not a standard notice (standard: { $known }).
cli-config-signage-id = use 1 to 40 lowercase letters, digits and hyphens, different from every other notice.
cli-config-pictogram = { $value } is not a shipped pictogram (shipped: { $known }).
cli-config-dates-order = the last day must not be before the first.

## lobby audit verify
cli-audit-intact = Audit log intact: { $entries ->
    [one] one entry checked.
   *[other] { $entries } entries checked.
}
cli-audit-broken = Audit log broken at entry { $seq }: { $problem ->
    [altered] its content was changed.
    [unlinked] it no longer follows the entry before it; an entry was removed, replaced or moved.
    [missing] entries are missing here.
    [unkeyed] it is not signed with the site key: the log was rewritten from here.
    [wrong-key] the log is signed with another site key.
   *[truncated] entries were cut off the end of the log.
}
cli-audit-key-matches = Checked with the site key { $fingerprint } ({ $path }): it matches.
cli-audit-key-absent = No site key at { $path }: { $unchecked } keyed entries were checked for their order only.
cli-audit-unkeyed = The log is not keyed (it was written before site keys).
cli-audit-checked-with = Checked with the site key { $fingerprint } ({ $path }).
cli-audit-head = Entry { $seq } ({ $at }): { $head }
    Write it down or keep it apart from the kiosk; later, “lobby audit verify --head { $head }” proves the log still holds it.
cli-audit-head-empty = The audit log is empty.
cli-audit-head-invalid = “{ $head }” is not a head: give ENTRY:HASH as “lobby audit head” prints it (at least 16 hex digits of the hash).
cli-audit-head-held = Entry { $seq } still has the hash written down.
cli-audit-head-lost = Entry { $seq } no longer has the hash written down: the log was rewritten or replaced since.
cli-plan-audit-head = Audit log head: { $head } (site key { $key })
cli-backup-head = Its audit head: { $head }
cli-backup-key-apart = The site key { $fingerprint } is not in the backup. Keep a copy of { $path } apart from the backups: a restored database needs it for staff sign-in.
cli-install-key = The site key is { $path } (mode 0600). Keep a copy apart from the backups.
cli-doctor-key = Site key
cli-doctor-key-ok = { $path } ({ $fingerprint }), the key this database is sealed with
cli-doctor-key-none = no key yet: the first start makes { $path }
cli-doctor-key-unused = { $path } is there, and the database is not sealed with it yet: the next start seals it
cli-doctor-modes = File modes
cli-doctor-modes-ok = the data folder and the site key are readable by their owner only
cli-doctor-modes-open = { $count ->
    [one] one file or folder is
   *[other] { $count } files or folders are
} open to other users, e.g. { $path } (mode { $mode }). Fix: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN for { $name } (6 to 12 digits):
cli-staff-pin-repeat = Repeat the PIN:
cli-staff-pin-mismatch = The two PINs differ. Nothing was saved.
cli-staff-added = Staff member { $name } added.
cli-staff-scan = Scan this QR code with an authenticator app, or enter the key by hand:
cli-staff-key = Key: { $key }
cli-staff-uri = Provisioning URI: { $uri }
cli-staff-qr-saved = QR code saved as { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = This PIN is too easy to guess: { $rule ->
    [one-digit] it is one digit repeated.
    [run] its digits run up or down, like 123456.
   *[demo] it is the demo site’s published PIN.
} Nothing was saved; choose another.
cli-staff-pin-in-use = Another active staff member has this PIN. Nothing was saved; choose another.
cli-staff-pin-short = This site asks for PINs of at least { $min } digits ([staff] pin_min_length). Nothing was saved; choose a longer one.
cli-staff-list-active = active
cli-staff-list-disabled = disabled
cli-staff-list-badges = badges: { $count }
cli-staff-count = Staff accounts: { $count }
cli-staff-disabled = { $name } is disabled: they can no longer sign in, and a session they have open on the kiosk ends at once.
cli-staff-already-disabled = { $name } was already disabled; nothing was changed.
cli-staff-enabled = { $name } can sign in again.
cli-staff-unlocked = Sign-in unlocked for { $name }.
cli-staff-unlock-none = No staff member’s sign-in was waiting.
cli-staff-already-enabled = { $name } is already active; nothing was changed.
cli-staff-pin-reset = { $name } has a new PIN.
cli-staff-totp-reset = { $name } has a new authenticator key; the old one no longer works.

## lobby demo seed
cli-demo-seeded = Demo data added: { $members } members and the staff account “{ $name }”.
cli-demo-credentials = Demo staff PIN: { $pin }. Authenticator key: { $key } (demo only, never for a real site).
cli-demo-already = This data folder already has the demo data; nothing was changed.
cli-demo-refused-site = The configuration names the site “{ $site }”, not the demo site.
cli-demo-refused-data = The data folder { $path } already holds a site’s data (staff accounts: { $staff }, members: { $members }, visits: { $visits }).
cli-demo-refused = The demo data was not added: its staff PIN and authenticator key are published, so on a real site anyone could sign in as staff. Nothing was changed; try the demo in an empty data folder.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEM
cli-doctor-warning = WARNING
cli-doctor-config = Configuration
cli-doctor-config-demo = none given: demo mode with the sample site
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Data folder
cli-doctor-data-dir-unwritable = { $path } cannot be written: { $reason }
cli-doctor-database = Database
cli-doctor-database-ok = { $path }, schema version { $version }
cli-doctor-database-missing = not created yet; it is created when the kiosk first starts
cli-doctor-audit = Audit log
cli-doctor-staff = Staff accounts
cli-doctor-staff-none = none: add one with `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = the demo account { $names } (published PIN and authenticator key) is active on this site: disable it with `lobby staff disable NAME`
cli-doctor-policies = Policies
cli-doctor-backup = Backups
cli-doctor-backup-ok = last { $at }
cli-doctor-backup-stale = the last backup ({ $at }) is older than twice the interval: run “lobby backup now” and check the folder.
cli-doctor-backup-none = no backup yet: the kiosk takes one on its schedule, or run “lobby backup now”.
cli-doctor-wifi = Guest Wi-Fi
cli-doctor-wifi-none = no tiers configured ([wifi.tiers] in lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: tiers with backend "none" are shown to guests but applied to no equipment.
cli-doctor-policies-unpublished = not published yet: { $policies }. Nobody is asked to sign them until they are (lobby policy publish).
cli-doctor-readers = Badge readers
cli-doctor-readers-none = none: plug in a PC/SC reader (members cannot tap in)
cli-doctor-readers-service = the card service is not running ({ $reason }): start pcscd
cli-doctor-display = Display
cli-doctor-display-none = no DISPLAY or WAYLAND_DISPLAY: the kiosk window cannot open here
cli-doctor-fonts = Fonts
cli-doctor-fonts-missing = Noto fonts not found ({ $missing }): some scripts may not show
cli-doctor-session-bus = Session bus
cli-doctor-session-bus-none = no D-Bus session bus: a second kiosk window could start
cli-doctor-summary = { $problems ->
    [0] Everything Lobby needs is in place.
    [one] One problem found.
   *[other] { $problems } problems found.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] One member imported or updated.
   *[other] { $count } members imported or updated.
}
cli-import-line = Line { $line }: { $problem }
cli-export-written = { $rows ->
    [one] One row written to { $path }.
   *[other] { $rows } rows written to { $path }.
}
cli-date-invalid = { $value } is not a date: write it as YYYY-MM-DD.

## lobby policy
cli-policy-published = { $policy } version { $version } is published.
cli-policy-text = { $lang }: “{ $title }”, SHA-256 { $hash }
cli-policy-lang-needed = Say which language { $path } is in with --lang, for example --lang fr.
cli-policy-folder-empty = { $path } has no .md files; name them by language, such as fr.md.
cli-policy-list-line = { $policy }: version { $version }, in { $langs }
cli-policy-list-none = { $policy }: not published yet
cli-policy-coverage = { $policy } version { $version }: { $accepted } of { $total } members accepted.
cli-policy-coverage-missing = Not yet: { $names }
cli-policy-verify-ok = { $count ->
    [one] The acceptance matches its text.
   *[other] All { $count } acceptances match their texts.
}
cli-policy-verify-problem = Acceptance { $id }: { $problem ->
    [text-altered] the text it names was changed after publishing.
    [hash-mismatch] it claims a text hash that is not its text's.
    [claims-mismatch] it claims another policy, version or language than its text's.
   *[signature-altered] the signature image is not the one recorded.
}
cli-policy-receipt-written = Receipt of acceptance { $id } written to { $path }.

## PDF receipts of policy acceptances
receipt-heading = Receipt of acceptance
receipt-policy = Policy
receipt-version = Version
receipt-language = Language
receipt-text-hash = Text fingerprint (SHA-256)
receipt-signer = Signed by
receipt-member = Member
receipt-visitor = Visitor
receipt-accepted-at = Accepted on
receipt-kiosk = Kiosk
receipt-signature = Signature
receipt-footer = This receipt shows that the text with the fingerprint above was accepted at the time shown. Keep it as proof.

## lobby wifi
cli-config-age-recipient = { $value } is not an age public key (age1…, as “age-keygen” prints it).
cli-config-wifi-tier-id = { $value } is not a Wi-Fi tier id; use up to 20 lowercase letters, digits and single hyphens, such as guest.
cli-config-wifi-ssid-empty = the network name is empty.
cli-config-wifi-ssid-long = the network name is longer than 32 bytes.
cli-config-wifi-ssid-characters = the network name holds characters a QR code cannot carry faithfully (a backslash, control or text-direction characters, or quotes around the whole name).
cli-config-wifi-combination = the backend { $backend } cannot run { $security } networks with { $credentials } credentials (freeradius: enterprise, per-guest; hostapd: wpa2; open networks: shared).
cli-config-wifi-section = this backend needs a [{ $section }] section.
cli-config-wifi-absolute = write an absolute path.
cli-config-wifi-reload = write the command as a list, such as ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } is not one of wifi.tiers; describe it there first.
cli-config-notify-secret = give exactly one of { $key }, { $key }_file or { $key }_env.
cli-config-notify-env = { $value } is not an environment variable name; use letters, digits and “_”.
cli-config-notify-url = { $value } is not a webhook address; write an https:// URL (http:// only to this machine).
cli-config-notify-plain = { $value } is not this machine; use security = "starttls" or "tls" so that passwords and messages travel encrypted.
cli-config-notify-from = { $value } is not a sender; write “Name <address@example.com>” or “address@example.com”.
cli-config-notify-username = a password needs a username.
cli-config-notify-channel = { $value } is not a channel (channels: email, slack, teams, webhook).
cli-config-print-uri = { $value } is not a printer address; write ipp://host/… or ipps://host/… (a CUPS queue is ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } is not a media size (sizes: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6, or WIDTHxLENGTHmm, each side from { $min } to { $max } mm).
cli-config-print-logo = { $value } is not a PNG or SVG image Lobby can read.
cli-config-notify-unset = { $value } is not set up; add a [notifications.{ $value }] section first.
cli-config-fleet-credentials = { $value } is not a usable fleet credentials file ({ $reason }); use the file lobby-hub kiosk add wrote.
cli-config-fleet-server = { $value } is not a NATS server address; write nats://host:port or tls://host:port, without a user name or password.
cli-config-fleet-tablet = the credentials are for tablet “{ $tablet }”, but this kiosk is “{ $id }” (kiosk.id).
cli-config-fleet-ca = { $value } is not a readable PEM certificate file.
cli-wifi-network = Network: { $ssid }
cli-wifi-username = User name: { $username }
cli-wifi-password = Password: { $password }
cli-wifi-open = Password: none (open network)
cli-wifi-expires = Until: { $at }
cli-wifi-pass-id = Pass: { $id }
cli-wifi-revoked = Pass { $id } revoked.
cli-wifi-rotated = { $tier }: new passphrase; the next change is at { $next }.
cli-wifi-none-shared = No tier has a shared passphrase.
cli-wifi-no-backend = No tier is applied to equipment (every backend is "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = open
cli-wifi-tier-closed = closed until opening time
cli-wifi-count = { $count ->
    [one] One pass in force.
   *[other] { $count } passes in force.
}
cli-wifi-backend-ok = { $backend }: in line with the database
cli-wifi-backend-failed = { $backend }: not in line: { $reason }

## lobby backup, lobby report
cli-backup-made = Backup written: { $path } ({ $bytes } bytes, { $entries } audit entries, checked).
cli-backup-copied = Copied to { $path }.
cli-backup-count = { $count ->
    [one] One backup in { $folder }.
   *[other] { $count } backups in { $folder }.
}
cli-backup-none = There is no backup in { $folder } yet.
cli-backup-tested = Restore test passed: { $file } opens and its audit chain of { $entries } entries is intact.
cli-backup-restored = Restored from { $file }: { $entries } audit entries, chain intact.
cli-backup-set-aside = The database it replaced is kept as { $path }.
cli-plan-title = Security plan of { $site }, { $at }
cli-plan-backup = Last backup: { $at } (too old: { $stale })
cli-plan-restore-test = Last restore test: { $at } (passed: { $ok })
cli-plan-staff = Staff accounts: { $accounts }; with an authenticator app: { $authenticator }; with a staff badge: { $badge }
cli-plan-wifi = Guest Wi-Fi passes in force: { $passes }
cli-plan-wifi-shared = Shared passphrase of { $tier } last changed: { $at }
cli-plan-policy = { $policy }: { $accepted } of { $members } members accepted the current version
cli-plan-roll-call = Last roll call: { $at }, { $people } people, { $missing } missing
cli-plan-roll-call-none = Last roll call: none yet
cli-plan-retention = Visits anonymised after { $days } days; last run: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Emergency mode is on: { $kind ->
    [fire] fire evacuation
    [shelter] shelter in place
    [medical] medical emergency
   *[custom] custom message
}. Every kiosk screen shows it until “lobby emergency end” or staff end it.
cli-emergency-ended = All clear: emergency mode ended after { $seconds } seconds.
cli-emergency-off = Emergency mode is off.
cli-emergency-on = Emergency mode is on since { $at }: { $kind }.
cli-emergency-kind = “{ $value }” is not an emergency; use fire, shelter, medical or custom (with --message).
cli-incidents-none = No open security reports.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , personal data: report by { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = “{ $value }” is not a kind of report; use lost-badge, suspicious-person, phishing, network-breach, data-exposure or other.
cli-plan-incidents = Open security reports: { $open }; with personal data: { $personal }; past 72 hours: { $overdue }

## lobby install-kiosk
cli-install-done = Kiosk set up for { $user } under { $root } ({ $count } items). Start it with: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } exists already and was left as it is.
cli-install-changed = { $path } was changed after the set-up and was left in place.
cli-install-undone = Kiosk set-up removed ({ $count } items). The data folder { $data } was kept.
cli-install-nothing = Nothing to undo: { $path } does not exist.
cli-install-no-user = There is no user “{ $user }” on this system. Create it first, for example: adduser { $user }
cli-install-not-linux = lobby install-kiosk sets up Linux kiosks. On Windows and macOS, follow docs/deploy.md.

## lobby notify: messages to hosts
cli-notify-sent = #{ $id } { $channel }: delivered. The server answered: { $answer }
cli-notify-retry = #{ $id } { $channel }: not delivered yet ({ $problem }). It will be tried again.
cli-notify-failed = #{ $id } { $channel }: not delivered ({ $problem }). No more tries: fix the cause, then run “lobby notify resend { $id }”.
cli-notify-skip-unset = { $channel }: not set up in lobby.toml ([notifications.{ $channel }]).
cli-print-off = No badge printer is set up: add a [printing] section to lobby.toml (see docs/deploy.md).
cli-print-printer = Printer: { $printer } ({ $model }); state { $state } ({ $reasons }).
cli-print-takes = It takes { $formats }; media ready: { $media }.
cli-print-sent = Sample badge sent as { $format } on { $media } ({ $bytes } bytes): job { $job }, { $state }.
cli-print-failed = The sample badge was not printed: { $problem }
cli-print-sample-name = Zoë Sample
cli-print-sample-company = Example Ltd
cli-notify-skip-address = { $channel }: { $member } has no e-mail address in the member list.
cli-notify-none = { $member } gets no messages: the member chose “none”, or no channel is set up.
cli-notify-list-none = No message to a host is waiting or failed.
cli-notify-line = #{ $id } { $state ->
    [waiting] waiting
    [sending] being sent
    [sent] delivered
   *[failed] failed
} — { $channel } to { $host }, queued { $at }, tries: { $attempts }
cli-notify-problem = Last problem: { $problem }
cli-notify-resent = Message #{ $id } ({ $channel } to { $host }) is queued again; the kiosk sends it within a minute.
cli-doctor-notify = Messages to hosts
cli-doctor-notify-off = not set up (no [notifications] section): hosts are not told.
cli-doctor-notify-ok = { $channels }; { $waiting } waiting.
cli-doctor-notify-failed = { $failed } could not be delivered: see “lobby notify list”, then “lobby notify resend ID”.
cli-doctor-notify-waiting = { $waiting } waiting since { $at }: check the relay and webhooks with “lobby notify test MEMBER”.
cli-doctor-print = Badge printer
cli-doctor-print-off = not set up (no [printing] section): no badges are printed.
cli-doctor-print-ok = { $printer }: { $state }; the last badge was printed at { $at }.
cli-doctor-print-ready = { $printer }: { $state }; no badge printed yet.
cli-doctor-print-failed = the last badge ({ $at }) was not printed: { $problem }. Check the printer, then “lobby print test”.
cli-doctor-print-unreachable = { $printer } does not answer: { $problem }
cli-doctor-print-not-ready = { $printer } cannot print now: { $reasons }

## lobby invite
cli-invite-created = Invitation { $code } for { $name }, visiting { $host }, from { $from } to { $until }.
cli-invite-emailed = The invitation e-mail to { $email } is queued; the kiosk sends it.
cli-invite-give-code = No e-mail is sent: give the guest the code.
cli-invite-none = No invitations from today on.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] upcoming
    [valid] valid
    [used] used
    [cancelled] cancelled
   *[expired] expired
} — { $name } for { $host }, { $from } to { $until }

# lobby-hub, the fleet's central store: plain text for the operator, in their language (from
# LANG). Errors follow "cli-error" ("Error: …").

## Errors
hub-error-database = Cannot use the database { $url }: { $reason }. Nothing was changed.
hub-error-nats = Cannot reach the NATS server { $url }: { $reason }.
hub-error-unknown-site = There is no site “{ $site }”; add it first with: lobby-hub site add { $site }
hub-error-bad-id = “{ $value }” is not a valid id: use 1 to 40 lower-case letters, digits or “-”, not starting with “-”.
hub-error-bad-date = “{ $value }” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.
hub-error-kiosk-exists = Tablet { $tablet } of site { $site } already has credentials. To issue new ones (the old ones stop working), add --replace.
hub-error-unknown-kiosk = Site { $site } has no active tablet { $tablet }.
hub-error-file = Cannot write { $path }: { $reason }.
hub-error-file-read = Cannot read { $path }: { $reason }.
hub-error-no-nats = Give the hub's NATS server: --nats URL or LOBBY_HUB_NATS.
hub-error-reload = Cannot tell the NATS server (pid { $pid }) to reload: { $reason }. Reload it by hand (kill -HUP with its pid).
hub-error-no-number = Site { $site } already has 10 tablets, the most a site can have (each gets a number 0 to 9 for its check-out codes). Revoke one first: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, line { $line }: { $problem ->
    [header] the column “{ $value }” is missing (the first line must name id, name, email, team, active).
    [csv] the line cannot be read ({ $value }).
    [id] “{ $value }” is not a member id (1 to 64 characters).
    [name] “{ $value }” is not a name.
    [email] “{ $value }” is not an e-mail address.
    [active] “{ $value }” is not yes or no.
    [uid] “{ $value }” is not a badge uid (hexadecimal, whole bytes).
    [uid-missing] “{ $value }” is given without a badge_uid.
    [card-type] “{ $value }” is not a card type (such as mifare-classic-1k, desfire or unknown).
    [date] “{ $value }” is not a date; write it as YYYY-MM-DD.
    [date-order] the badge ends ({ $value }) before it starts.
    [uid-twice] badge { $value } is already on line { $other }; one card belongs to one member.
    [member-differs] member { $value } is on line { $other } with other details; give the same name, e-mail, team and active on every line.
    [uid-held] badge { $value } belongs to member { $holder } at the hub; revoke it first (lobby-hub badge revoke).
    [uid-revoked] badge { $value } of member { $holder } was revoked at the hub; a revoked card is not given out again by an import: remove the line, or give a new card.
    [empty] there are no members in the file.
   *[other] { $problem } { $value }
} Nothing was saved.
hub-error-unknown-badge = Site { $site } has no badge { $uid } in use.
hub-error-policy = { $problem ->
    [id] “{ $value }” is not a policy id; use lowercase letters, digits and single hyphens, such as house-rules.
    [none] Give the policy's text in at least one language: LANG=FILE.
    [argument] “{ $value }” is not LANG=FILE, for example en-US=house-rules.md.
    [lang] “{ $value }” is not a shipped language (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } is given twice.
    [utf8] { $value } is not UTF-8 text.
    [empty] { $value } is empty.
   *[other] { $problem } { $value }
} Nothing was published.
hub-error-emergency = { $problem ->
    [kind] “{ $value }” is not a kind of emergency: use fire, shelter, medical or custom.
    [message-missing] A custom emergency needs its message: --message TEXT.
    [message-long] The message is too long: at most { $value } characters.
    [message-control] The message must be one line of text.
   *[other] { $problem } { $value }
} No emergency was started.
hub-error-no-emergency = There is no emergency in force at site { $site }; nothing was ended.
hub-error-no-roll-call = { $which ->
    [id] Site { $site } has no roll call { $id }.
   *[newest] Site { $site } has no roll call yet: no tablet's roll call has reached the hub.
} Nothing was exported.
hub-error-config = The configuration { $file } was refused; nothing was saved or sent.
hub-error-sql = The database refused the operation: { $reason }. Nothing was changed.

## lobby-hub serve
hub-serve-started = Receiving the tablets' changes from { $nats }. Stop with Ctrl+C or SIGTERM.
hub-serve-stopped = Stopped; every change received was saved.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Site { $site } saved (JetStream domain { $domain }). lobby-hub serve creates its stream.
hub-kiosk-added = Tablet { $tablet } of site { $site } added as NATS user { $user }, number { $number }; its credentials are in { $file }. Copy that file to the tablet and keep it secret.
hub-kiosk-revoked = Tablet { $tablet } of site { $site } revoked.
hub-kiosk-none = No tablets yet.
hub-kiosk-active = { $site } / { $tablet }: number { $number }, user { $user }, added { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: number { $number }, user { $user }, added { $added }, revoked { $revoked }
hub-users-hint = No --users-file given: the site's NATS server still has its old users.
hub-users-written = Users file { $file } written; tablets it lets in: { $count }.
hub-users-reloaded = The NATS server (pid { $pid }) is reading it again.
hub-users-reload-hint = Reload the site's NATS server so that it reads the file (nats-server --signal reload, or kill -HUP with its pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, epoch { $epoch }, entry { $seq }: { $problem ->
    [gap] entries missing (gap)
    [unlinked] does not link to the entry before it (unlinked)
    [altered] its content was changed (altered)
    [fork] another history with the same numbers (fork)
    [missing] entries missing on the tablet (missing)
    [truncated] entries cut off the end (truncated)
    [unkeyed] not keyed (unkeyed)
    [wrong-key] keyed with another site key (wrong-key)
    [badge-conflict] one card enrolled for two members; neither was changed, staff must decide (badge-conflict)
    [badge-unknown-member] a badge enrolled for a member the hub does not have (badge-unknown-member)
    [badge-bad-uid] a badge request with an unreadable uid (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Message { $id } on { $subject } could not be read: { $reason }
hub-audit-clean = Every chain holds ({ $chains } checked); no message was rejected.

## lobby-hub export visits
hub-export-written = Visits exported: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Roll call { $id } exported; people listed: { $rows } ({ $file }).

## Shared changes sent to a site's tablets
hub-down-published = Sent to the site's tablets.
hub-down-queued = Saved at the hub, but the NATS server cannot be reached now: lobby-hub serve sends it as soon as it can.
hub-members-imported = Site { $site }: members read: { $members }, badges: { $badges }, members changed: { $changed }.
hub-members-none = No members yet.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] active
   *[no] inactive
}, badges: { $badges }
hub-badge-revoked = Badge { $uid } of member { $member } (site { $site }) revoked.
hub-policy-saved = Policy { $policy } saved for site { $site } ({ $langs }).
hub-config-saved = { $file } holds; saved for site { $site } (sha256 { $sha }).
hub-config-fleet = the [fleet] section belongs to each tablet (its server and credentials); remove it from the site's file.
hub-emergency-started = Emergency { $id } started at site { $site }: { $kind ->
    [fire] fire
    [shelter] shelter in place
    [medical] medical
   *[custom] custom
}.
hub-emergency-ended = All clear at site { $site }: emergency { $id } ({ $kind ->
    [fire] fire
    [shelter] shelter in place
    [medical] medical
   *[custom] custom
}, started { $started }) ended.
hub-emergency-none = No emergency in force at site { $site }.
hub-emergency-in-force = Emergency in force at site { $site }: { $id }, { $kind ->
    [fire] fire
    [shelter] shelter in place
    [medical] medical
   *[custom] custom
}, started { $started }. { $message } (Other emergencies not ended: { $others }.)

## Staff accounts made at the hub (lobby-hub staff)
hub-error-staff-exists = Site { $site } already has a staff account “{ $name }”. Nothing was saved. To stop or allow its sign-in: lobby-hub staff disable|enable { $site } NAME. For a new PIN and key: lobby-hub staff reset { $site } NAME
hub-error-unknown-staff = Site { $site } has no staff account “{ $name }” made at the hub (lobby-hub staff list { $site }).
hub-error-staff-name = “{ $value }” cannot be a staff account’s name: use 1 to 80 characters without control characters (lobby-fleet is kept for the tablets).
hub-staff-added = Staff account { $name } saved for site { $site }; every tablet of the site gets it, replacing an account of that name made at a tablet.
hub-staff-reset = Staff account { $name } of site { $site } has a new PIN and a new authenticator key; every tablet of the site gets them, and the old PIN and the old app’s codes stop working there.
hub-staff-setup = Set up the person’s authenticator app now with the key or the URI below (a QR code of the URI works too); they are not shown again.
hub-staff-disabled = Staff account { $name } of site { $site } disabled: it can no longer sign in at the site’s tablets.
hub-staff-enabled = Staff account { $name } of site { $site } enabled: it can sign in again.
hub-staff-unchanged = Staff account { $name } of site { $site } is already { $active ->
    [yes] enabled
   *[no] disabled
}; nothing was sent.
hub-staff-none = Site { $site } has no staff accounts made at the hub yet.
hub-staff-line = { $name }: { $active ->
    [yes] active
   *[no] disabled
}, added { $added }

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
hub-error-reload = Cannot tell the NATS server (pid { $pid }) to reload: { $reason }. Reload it by hand (kill -HUP with its pid).
hub-error-sql = The database refused the operation: { $reason }. Nothing was changed.

## lobby-hub serve
hub-serve-started = Receiving the tablets' changes from { $nats }. Stop with Ctrl+C or SIGTERM.
hub-serve-stopped = Stopped; every change received was saved.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Site { $site } saved (JetStream domain { $domain }). lobby-hub serve creates its stream.
hub-kiosk-added = Tablet { $tablet } of site { $site } added as NATS user { $user }; its credentials are in { $file }. Copy that file to the tablet and keep it secret.
hub-kiosk-revoked = Tablet { $tablet } of site { $site } revoked.
hub-kiosk-none = No tablets yet.
hub-kiosk-active = { $site } / { $tablet }: user { $user }, added { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: user { $user }, added { $added }, revoked { $revoked }
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
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Message { $id } on { $subject } could not be read: { $reason }
hub-audit-clean = Every chain holds ({ $chains } checked); no message was rejected.

## lobby-hub export visits
hub-export-written = Visits exported: { $rows } ({ $file }).

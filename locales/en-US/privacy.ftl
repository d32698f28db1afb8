## lobby privacy: a person's requests about their data (issue 23)

## The export's PDF. $site: the site's name; $date: when it was made; $named: how the person
## was named (an address, a name or a visit number); $id: a record's number.
privacy-pdf-title = What { $site } holds about you
privacy-pdf-intro = Everything Lobby, the front-desk system, held on { $date } about the person named “{ $named }”. The file personal-data.json beside this document holds the same in machine-readable form.
privacy-pdf-none = None.
privacy-pdf-record = Record { $id }
privacy-pdf-visits = Visits and tours
privacy-pdf-acceptances = Signatures and Code of Conduct receipts
privacy-pdf-wifi = Wi-Fi passes
privacy-pdf-roll-calls = Evacuation roll calls
privacy-pdf-messages = Messages about your visits
privacy-pdf-invitations = Invitations
privacy-pdf-badges = Printed visitor badges
privacy-pdf-approvals = Check-ins held for staff approval
privacy-pdf-profile = Visitor profile
privacy-pdf-incidents = Security reports that name you
privacy-pdf-deny = Deny-list entries
privacy-pdf-holds = Legal holds on your records
privacy-pdf-name = Name
privacy-pdf-company = Company
privacy-pdf-email = E-mail
privacy-pdf-phone = Phone
privacy-pdf-purpose = Purpose or interest
privacy-pdf-kind = Kind
privacy-pdf-host = Host
privacy-pdf-language = Language
privacy-pdf-arrived = Arrived
privacy-pdf-left = Left
privacy-pdf-lead-consent = Kept as a sales contact
privacy-pdf-anonymised = Anonymised
privacy-pdf-visit = Visit
privacy-pdf-policy = Text signed
privacy-pdf-signed-at = Signed
privacy-pdf-signature = Signature
privacy-pdf-signature-file = The image is in { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = The image was removed; its SHA-256 { $hash } stays as proof of the signature.
privacy-pdf-valid = Valid
privacy-pdf-label = Issued for
privacy-pdf-status = Status
privacy-pdf-channel = Channel
privacy-pdf-recipient = Sent to
privacy-pdf-created = Date
privacy-pdf-content = Content
privacy-pdf-description = Description
privacy-pdf-contact = Contact
privacy-pdf-note = Staff note
privacy-pdf-reported = Reported
privacy-pdf-closed = Ended
privacy-pdf-reason = Reason
privacy-pdf-until = Until
privacy-pdf-last-visit = Last visit
privacy-pdf-yes = Yes
privacy-pdf-no = No
privacy-pdf-rights = You may ask the front desk to correct or erase these records. Records under a legal hold are kept until the hold ends (GDPR Art. 17(3)).

## lobby privacy (command line)
cli-privacy-exported = Wrote { $json } and { $pdf }: { $records } records. Request #{ $id } is answered.
cli-privacy-received = Request #{ $id } ({ $kind }) received on { $received }: answer by { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, received { $received }, due { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
cli-privacy-overdue = { $days ->
    [one] overdue by 1 day
   *[other] overdue by { $days } days
}
cli-privacy-answered = answered { $at }
cli-privacy-no-requests = No open requests.
cli-privacy-erased = Erasure #{ $id }, { $at }:
cli-privacy-erased-line = - erased: { $table }: { $count }
cli-privacy-nothing-erased = - nothing was left to erase.
cli-privacy-kept-heading = Kept (GDPR Art. 17(3)):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = named in a security report that is still open
cli-privacy-why-hold = legal hold #{ $hold } until { $until }: { $reason }
cli-privacy-why-deny = a deny-list entry (change it with lobby deny)
cli-privacy-nothing-kept = Nothing was kept.
cli-privacy-backups = Backups taken before { $at } still hold the erased data until they are rotated out.
cli-privacy-wal-busy = Another program is reading the database: the erased data leaves its write-ahead log once that program lets go of it.
cli-privacy-table = { $table ->
    [visits] visits
    [acceptances] signatures
    [wifi_passes] Wi-Fi passes
    [roll_call_entries] roll-call entries
    [outbox] messages
    [invitations] invitations
    [approvals] check-ins held for approval
    [visitor_profiles] visitor profile
    [incidents] security reports
   *[deny_entries] deny-list entries
}
cli-privacy-hold-set = Hold #{ $id } on { $who } until { $until }.
cli-privacy-hold-line = #{ $id } { $who } until { $until }: { $reason }
cli-privacy-hold-released = Hold #{ $id } released.
cli-privacy-hold-unknown = No hold #{ $id } is on.
cli-privacy-no-holds = No legal holds are on.

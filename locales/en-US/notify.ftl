# Messages to a host when their guest arrives (e-mail, Slack, Teams, webhook), written in
# the host's language. Only who came, from where, what kind of visit, when, and where they wait.
notify-arrival-subject = { $visitor } is here to see you
notify-arrival-subject-company = { $visitor } ({ $company }) is here to see you
notify-arrival-lead = { $visitor } checked in at { $site } at { $time }.
notify-label-visitor = Visitor
notify-label-company = Company
notify-label-kind = Visit
notify-label-time = Arrived
notify-label-where = Checked in at
notify-label-waiting = Asked to wait
notify-where = { $site }, tablet { $kiosk }
notify-test-subject = Test message from { $site }
notify-test-lead = Hello { $host }, this is a test from { $site } (tablet { $kiosk }). When a guest of yours checks in, you will be told this way.
notify-footer = Sent automatically by Lobby at { $site }. Replies are not read.
notify-invite-subject = Your invitation to { $site }
notify-invite-lead = Hello { $guest }, { $host } has invited you to { $site }.
notify-label-code = Your code
notify-label-day = Day
notify-label-hours = Open
notify-label-address = Address
notify-label-host = Your host
notify-invite-closed = closed that day: please agree a time with your host
notify-invite-how = At the entrance, tap “I have an invitation” on the tablet, then type the code or hold the QR code to the scanner.
notify-held-subject = Someone waits for staff at { $kiosk }
notify-held-lead = A check-in at { $site } matched deny-list entry { $entry } and waits for a staff member on the kiosk { $kiosk }. Nothing is saved as a visit, and no host is told, until someone lets the visitor in or turns them away on the staff screen.
notify-label-since = Waiting since
notify-label-entry = Deny-list entry

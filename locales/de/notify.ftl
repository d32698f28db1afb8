# Nachrichten an Gastgeber, wenn ihr Gast ankommt (E-Mail, Slack, Teams, Webhook), in der
# Sprache des Gastgebers. Nur wer kam, woher, welche Art Besuch, wann und wo gewartet wird.
notify-arrival-subject = { $visitor } ist für Sie da
notify-arrival-subject-company = { $visitor } ({ $company }) ist für Sie da
notify-arrival-lead = { $visitor } hat sich um { $time } bei { $site } angemeldet.
notify-label-visitor = Besuch
notify-label-company = Firma
notify-label-kind = Art
notify-label-time = Angekommen
notify-label-where = Angemeldet bei
notify-label-waiting = Wartet
notify-where = { $site }, Tablet { $kiosk }
notify-test-subject = Testnachricht von { $site }
notify-test-lead = Hallo { $host }, dies ist ein Test von { $site } (Tablet { $kiosk }). Wenn sich ein Gast von Ihnen anmeldet, erfahren Sie es auf diesem Weg.
notify-footer = Automatisch gesendet von Lobby bei { $site }. Antworten werden nicht gelesen.
notify-invite-subject = Ihre Einladung zu { $site }
notify-invite-lead = Hallo { $guest }, { $host } hat Sie zu { $site } eingeladen.
notify-label-code = Ihr Code
notify-label-day = Tag
notify-label-hours = Geöffnet
notify-label-address = Adresse
notify-label-host = Gastgeber
notify-invite-closed = an diesem Tag geschlossen: bitte eine Zeit mit dem Gastgeber vereinbaren
notify-invite-how = Tippen Sie am Eingang auf dem Tablet auf „Ich habe eine Einladung“ und geben Sie den Code ein oder halten Sie den QR-Code an den Scanner.
notify-held-subject = Am Kiosk { $kiosk } wartet jemand auf das Personal
notify-held-lead = Eine Anmeldung bei { $site } passt zum Sperrlisteneintrag { $entry } und wartet am Kiosk { $kiosk } auf das Personal. Bis jemand die Person auf dem Personalbildschirm einlässt oder abweist, wird kein Besuch gespeichert und kein Gastgeber benachrichtigt.
notify-label-since = Wartet seit
notify-label-entry = Sperrlisteneintrag

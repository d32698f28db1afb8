# Lobby-Kiosk — die Bildschirme. en-US ist die Referenz: Jede andere Sprache enthält jede
# Nachricht und jedes Attribut dieser Datei. Standortangaben (Namen, Zahlen) sind immer Argumente.

## Die Sprache, wie ihre Sprecher sie schreiben (in der Sprachauswahl angezeigt).
language-name = Deutsch

## Startseite
home-welcome = Willkommen bei { $site }
home-prompt = Wie können wir Ihnen heute helfen?
home-desk-help = Sie brauchen Hilfe? Bitte wenden Sie sich an den Empfang.
home-check-in = Einchecken
home-check-in-help = Besuch bei einem Mitglied, Tagespass, Arbeiten vor Ort oder Vorstellungsgespräch
home-members = Mitglieder: Halten Sie Ihren Ausweis an das Lesegerät, um einzuchecken.
home-tour = Ich bin für einen Rundgang hier
home-check-out = Auschecken
home-staff = Personal
idle-still-there = Noch da? Dieser Bildschirm beginnt in wenigen Sekunden von vorn.
idle-still-here = Ich bin noch da
home-language = Sprache
home-demo = Demomodus
home-today = Heute ist { $date }

## Aktionen auf vielen Bildschirmen
action-cancel = Abbrechen
action-back = Zurück
action-sign-in = Anmelden
action-sign-out = Abmelden
action-close = Schließen
action-continue = Weiter
action-done = Fertig

## Einchecken: die Art des Besuchs
checkin-type-title = Was führt Sie heute zu uns?
visit-kind = { $kind ->
    [member] Mitglied
    [guest] Besuch bei einem Mitglied
    [tour] Rundgang durch die Räume
    [day-pass] Tagespass
    [contractor] Handwerk und Montage
    [delivery] Lieferung
   *[interview] Vorstellungs­gespräch oder Veranstaltung
}
visit-kind-help = { $kind ->
    [guest] Jemand hier hat Sie eingeladen.
    [tour] Sie sehen sich die Räume mit jemandem aus unserem Team an.
    [day-pass] Sie arbeiten heute einen Tag lang hier.
    [contractor] Sie reparieren oder installieren etwas.
    [delivery] Sie bringen ein Paket oder Waren für jemanden hier.
   *[interview] Sie haben ein Vorstellungsgespräch oder besuchen eine Veranstaltung.
}

## Einchecken: Angaben zu Ihnen
checkin-details-title = Angaben zu Ihnen
checkin-optional = optional
field-name = Vor- und Nachname
field-company = Firma
field-email = E-Mail
field-phone = Telefon
field-purpose = Zweck Ihres Besuchs
field-interest = Wonach suchen Sie?

## Einchecken: wen Sie besuchen
checkin-host-title = Wen besuchen Sie?
checkin-host-search = Geben Sie mindestens 2 Buchstaben des Namens ein
checkin-host-none = Kein Mitglied gefunden. Prüfen Sie die Schreibweise oder wenden Sie sich an den Empfang.
checkin-host-chosen = Sie besuchen { $host }
checkin-host-unknown = Mein Gastgeber ist nicht dabei, oder ich weiß es nicht
checkin-recipient-title = Für wen ist die Lieferung?
checkin-recipient-unknown = Für den Empfang, oder ich weiß es nicht

## Einchecken: Rundgänge
checkin-guide-title = Wer führt Sie herum?
checkin-guide-unknown = Ich weiß es nicht
checkin-off-limits-title = Bitte betreten Sie diese Bereiche nicht
checkin-off-limits-intro = Zu Ihrer Sicherheit und zum Schutz der Privatsphäre unserer Mitglieder sind diese Bereiche während Ihres Rundgangs nicht zugänglich:
checkin-off-limits-ack = Verstanden
checkin-lead-title = In Kontakt bleiben?
checkin-lead-consent = { $site } darf mich über die unten angegebenen Kontaktdaten zu einer Mitgliedschaft kontaktieren.
checkin-lead-note = Wir speichern diese Angaben nur, wenn Sie das Kästchen ankreuzen. Andernfalls speichern wir nur Ihren Namen und die Uhrzeit Ihres Besuchs.
checkin-returning = Ich war schon einmal hier
checkin-returning-title = Willkommen zurück
checkin-returning-help = Geben Sie die E-Mail-Adresse ein, die Sie angegeben haben, als wir uns an Sie erinnern sollten.
checkin-returning-find = Finden
checkin-returning-found-title = Sind Sie das?
checkin-returning-yes = Ja, bitte ausfüllen
checkin-returning-no = Nein, neu beginnen
checkin-returning-forget = Vergessen Sie mich
checkin-returning-forget-note = „Vergessen Sie mich“ löscht diese Angaben sofort. Ihre Besuche bewahren wir nur so auf, wie es unser Datenschutzhinweis sagt.
checkin-returning-forgotten = Erledigt: Wir haben die für Sie gespeicherten Angaben gelöscht.
checkin-remember = Beim nächsten Mal an mich erinnern
checkin-remember-note = Wenn Sie dies ankreuzen, speichern wir Ihren Namen, Ihre Kontaktdaten, Ihre Sprache und die unterschriebene Fassung des Verhaltenskodex bis { $days } Tage nach Ihrem letzten Besuch, um dies beim nächsten Mal für Sie auszufüllen. „Vergessen Sie mich“ löscht sie jederzeit.
checkin-wait-title = Bitte warten Sie, gleich kümmert sich jemand um Sie.
checkin-wait-body = Vielen Dank für Ihre Geduld.
checkin-wait-staff = Personal

## Einchecken: Datenschutz
checkin-privacy-title = Ihre Daten
checkin-privacy-body = Wir speichern Ihren Namen, wen Sie besuchen und wann Sie kommen und gehen. So wissen wir im Notfall, wer im Gebäude ist, und sorgen für die Sicherheit der Räume. Nach { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} werden Ihr Name und Ihre Kontaktdaten gelöscht. Wenn Sie Ihre Daten einsehen oder löschen lassen möchten, wenden Sie sich an den Empfang von { $site }.
checkin-privacy-accept = Ich stimme zu

## Einchecken: Willkommen
checkin-welcome-title = Willkommen, { $name }!
checkin-welcome-host = Sie besuchen { $host }
checkin-welcome-guide = { $host } führt Sie herum.
checkin-welcome-front-desk = { $desk } findet Ihren Gastgeber und sagt Bescheid, dass Sie da sind.
checkin-welcome-front-desk-tour = { $desk } findet jemanden, der Sie herumführt.
checkin-welcome-delivery = Lieferung für { $host }.
checkin-welcome-delivery-desk = { $desk } nimmt die Lieferung an.
checkin-welcome-host-told = Wir sagen { $host } Bescheid, dass Sie da sind.
checkin-badge-printing = Ihr Besucherausweis wird gedruckt: Bitte nehmen Sie ihn aus dem Drucker und tragen Sie ihn während Ihres Besuchs.
checkin-badge-ready = Ihr Besucherausweis ist fertig: Bitte nehmen Sie ihn aus dem Drucker und tragen Sie ihn während Ihres Besuchs.
checkin-badge-desk = Ihr Besucherausweis konnte nicht gedruckt werden: Bitte holen Sie ihn am Empfang ab.
checkin-welcome-delivery-told = Wir sagen { $host } Bescheid, dass die Lieferung da ist.
checkin-welcome-code = Ihr Code zum Auschecken
checkin-welcome-code-help = Geben Sie ihn hier ein, wenn Sie gehen.
checkin-welcome-wait-title = Wo Sie warten können

## Gäste-WLAN auf dem Willkommensbildschirm.
wifi-title = WLAN
wifi-scan = Richten Sie die Kamera Ihres Handys auf den Code, um sich zu verbinden.
wifi-qr-label = QR-Code zum Verbinden mit dem Netzwerk { $ssid }
wifi-network = Netzwerk
wifi-username = Benutzername
wifi-password = Passwort
wifi-open = Kein Passwort nötig.
wifi-until = Gültig bis { $time }.
wifi-enterprise-help = Wählen Sie am Laptop das Netzwerk, dann PEAP, und geben Sie Benutzername und Passwort ein.
wifi-closed = { $opens ->
    [none] Das Gäste-WLAN ist gerade abgeschaltet.
   *[other] Das Gäste-WLAN ist über Nacht abgeschaltet und ab { $opens } wieder verfügbar.
}

## Mitarbeiter: Gäste-WLAN.
staff-wifi-title = Gäste-WLAN
staff-wifi-tier = Netzwerk
staff-wifi-hours = Stunden
staff-wifi-for = Für wen ist der Zugang?
staff-wifi-issue = Zugang ausstellen
staff-wifi-issued = WLAN für { $label }
staff-wifi-active = { $count ->
    [0] Keine aktiven Zugänge.
    [one] Ein aktiver Zugang:
   *[other] { $count } aktive Zugänge:
}
staff-wifi-ends = bis { $time }
staff-wifi-revoke = Sperren
staff-wifi-revoked = Der Zugang von { $holder } wurde beendet.
staff-wifi-rotate = Neues Passwort für { $ssid }
staff-wifi-rotated = { $ssid } hat ein neues Passwort.
staff-wifi-closed = { $ssid } ist bis zur Öffnungszeit abgeschaltet.
## Mitarbeiter: der Sicherheitsplan (auch `lobby report security-plan`).
staff-plan-title = Sicherheitsplan
staff-plan-backup = Letzte Sicherung: { $at }
staff-plan-backup-none = Es wurde noch keine Sicherung erstellt.
staff-plan-backup-stale = Die letzte Sicherung ist zu alt. Prüfen Sie den Sicherungsordner oder führen Sie „lobby backup now“ aus.
staff-plan-backup-failed = Die letzte Sicherung ist fehlgeschlagen: { $reason }
staff-plan-restore-test = Letzter Wiederherstellungstest: { $at }
staff-plan-restore-test-none = Noch kein Wiederherstellungstest („lobby backup test“).
staff-plan-staff = { $accounts ->
    [one] Ein Mitarbeiterkonto
   *[other] { $accounts } Mitarbeiterkonten
}: { $authenticator } mit Authenticator-App, { $badge } mit Mitarbeiterausweis.
staff-plan-wifi = { $passes ->
    [0] Keine aktiven Gäste-WLAN-Zugänge.
    [one] Ein aktiver Gäste-WLAN-Zugang.
   *[other] { $passes } aktive Gäste-WLAN-Zugänge.
}
staff-plan-wifi-shared = { $tier }: Passwort geändert am { $at }
staff-plan-policy = { $policy }: { $accepted } von { $members } Mitgliedern haben der aktuellen Version zugestimmt
staff-plan-roll-call = Letzte Anwesenheitskontrolle: { $at }, { $people ->
    [one] eine Person
   *[other] { $people } Personen
}, { $missing } vermisst
staff-plan-roll-call-none = Bisher gab es weder eine Anwesenheitskontrolle noch eine Räumungsübung.
staff-plan-retention = Besuche werden nach { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} anonymisiert.
staff-plan-audit-head = Kopf des Prüfprotokolls zum Aufschreiben (Standortschlüssel { $key }):
staff-wifi-problem = Der { $backend }-Server ist nicht auf dem neuesten Stand: { $reason }. Lobby versucht es alle 30 Sekunden erneut; das Einchecken funktioniert weiter, und die Zugänge funktionieren, sobald der Server wieder erreichbar ist.

## Auschecken
checkout-title = Auschecken
checkout-help = Geben Sie den 6-stelligen Code von Ihrem Willkommensbildschirm ein.
checkout-code = Code zum Auschecken
checkout-done-title = Auf Wiedersehen, { $name }!
checkout-done-body = Sie sind ausgecheckt. Vielen Dank für Ihren Besuch.
checkout-no-code = Ich habe meinen Code nicht
checkout-by-name-title = Mit Ihrem Namen auschecken
checkout-by-name-name = Ihr vollständiger Name, wie beim Einchecken
checkout-by-name-host = Vorname Ihres Gastgebers

## Mitarbeiter: wer vor Ort ist, Anwesenheitskontrolle
staff-onsite-title = Jetzt vor Ort
staff-onsite-empty = Keine Besucher vor Ort.
staff-onsite-count = { $count ->
    [one] Eine Person vor Ort
   *[other] { $count } Personen vor Ort
}
staff-onsite-host = Besucht { $host }
staff-onsite-since = Seit { $time }
staff-onsite-tablet = An { $tablet }
staff-onsite-reprint = Besucherausweis nachdrucken
staff-onsite-reprinted = { $name }: Besucherausweis an den Drucker gesendet.
staff-print-problem = Der Drucker für Besucherausweise hat den letzten Ausweis ({ $at }) nicht gedruckt: { $problem }
staff-print-problem-count = { $count ->
    [one] Heute konnte ein Besucherausweis nicht gedruckt werden.
   *[other] Heute konnten { $count } Besucherausweise nicht gedruckt werden.
}
staff-self-checkouts-title = Heute am Bildschirm abgemeldet
staff-self-checkouts-hint = Mit Code oder Namen, am Kiosk. War eine Abmeldung nicht vom Besucher selbst, machen Sie sie rückgängig: Er ist wieder vor Ort und auf der Anwesenheitsliste. Sein WLAN-Zugang bleibt beendet.
staff-self-checkout-at = Gegangen um { $time }
staff-undo-check-out = Rückgängig
staff-undo-check-out-person = Abmeldung von { $name } rückgängig machen
staff-check-out-person = { $name } auschecken
staff-rollcall-start = Anwesenheitskontrolle starten
staff-rollcall-title = Anwesenheitskontrolle
staff-rollcall-progress = In Sicherheit: { $safe } · Vermisst: { $missing } · Noch offen: { $unaccounted }
staff-rollcall-mark-safe = { $name } ist in Sicherheit
staff-rollcall-mark-missing = { $name } wird vermisst
staff-rollcall-safe = In Sicherheit
staff-rollcall-missing = Vermisst
staff-rollcall-finish = Anwesenheitskontrolle beenden
staff-rollcall-finished = Anwesenheitskontrolle um { $time } beendet.

## Anmeldung für Mitarbeiter
staff-signin-title = Mitarbeiter-Anmeldung
staff-signin-who = Wer sind Sie?
staff-signin-who-hint = Tippen Sie auf Ihren Namen oder halten Sie Ihren Mitarbeiterausweis an das Lesegerät.
staff-signin-someone-else = Jemand anderes
staff-signin-hint = Geben Sie Ihre PIN und den 6-stelligen Code aus Ihrer Authenticator-App ein.
staff-signin-badge-read = Mitarbeiterausweis gelesen. Geben Sie Ihre PIN ein und melden Sie sich an; der Code ist nicht nötig.
staff-signin-pin = PIN
staff-signin-code = Authenticator-Code
staff-signin-working = Wird geprüft …

## Mitarbeiterbereich
staff-home-title = Angemeldet als { $name }
scroll-more = Weiter unten geht es weiter
staff-home-session-held = Notfallmodus oder Anwesenheitskontrolle läuft: Sie bleiben angemeldet, bis sie endet. Melden Sie sich ab, wenn Sie den Kiosk verlassen.
staff-home-session = Aus Sicherheitsgründen werden Sie nach { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} ohne Aktivität abgemeldet.
staff-home-counts = { $staff ->
    [one] Ein Mitarbeiterkonto
   *[other] { $staff } Mitarbeiterkonten
}, { $members ->
    [one] ein aktives Mitglied
   *[other] { $members } aktive Mitglieder
}
staff-audit-title = Audit-Protokoll
staff-audit-intact = Intakt: { $entries ->
    [one] ein Eintrag, geprüft.
   *[other] { $entries } Einträge, jeder einzeln geprüft.
}
staff-audit-broken = Beschädigt bei Eintrag { $seq }: { $problem ->
    [altered] Sein Inhalt wurde verändert.
    [unlinked] Er schließt nicht mehr an den vorherigen Eintrag an; ein Eintrag wurde entfernt, ersetzt oder verschoben.
    [missing] Hier fehlen Einträge.
    [unkeyed] er ist nicht mit dem Standortschlüssel signiert: Das Protokoll wurde ab hier neu geschrieben.
    [wrong-key] das Protokoll ist mit einem anderen Standortschlüssel signiert.
   *[truncated] Am Ende des Protokolls wurden Einträge abgeschnitten.
}
staff-recent-title = Letzte Aktivitäten
staff-recent-empty = Noch nichts aufgezeichnet.
staff-recent-entry = { $action ->
    [staff-sign-in] Anmeldeversuch eines Mitarbeiters
    [staff-sign-out] Mitarbeiter abgemeldet
    [staff-add] Mitarbeiterkonto angelegt
    [staff-disable] Mitarbeiterkonto deaktiviert
    [staff-enable] Mitarbeiterkonto aktiviert
    [staff-reset-pin] Mitarbeiter-PIN neu gesetzt
    [staff-reset-totp] Mitarbeiter-Authenticator neu eingerichtet
    [staff-unlock] Mitarbeiter-Anmeldung entsperrt
    [site-key] Standortschlüssel gesetzt, Geheimnisse versiegelt
    [demo-seed] Demodaten hinzugefügt
    [visit-check-in] Besucher eingecheckt
    [visit-check-out] Besucher ausgecheckt
    [visit-check-out-undo] Abmeldung vom Personal rückgängig gemacht
    [roll-call-start] Anwesenheitskontrolle gestartet
    [roll-call-mark] Anwesenheitskontrolle: Person markiert
    [roll-call-finish] Anwesenheitskontrolle beendet
    [members-import] Mitglieder importiert
    [export] Daten exportiert
    [visits-anonymise] Alte Besuche anonymisiert
    [policy-publish] Richtlinienversion veröffentlicht
    [policy-accept] Richtlinie unterschrieben
    [policy-decline] Richtlinie abgelehnt
    [badge-enroll] Ausweis registriert
    [badge-revoke] Ausweis gesperrt
    [badge-restore] Gesperrter Ausweis freigeschaltet
    [notify-test] Testnachricht an Gastgeber gesendet
    [notify-resend] Nachricht an Gastgeber erneut gesendet
    [notify-failed] Nachricht an Gastgeber nicht zustellbar
    [invitation-create] Einladung erstellt
    [invitation-cancel] Einladung storniert
    [invitation-guessing] Falsche Einladungscodes eingegeben: Formular verlangsamt
    [badge-printed] Besucherausweis gedruckt
    [badge-print-failed] Besucherausweis konnte nicht gedruckt werden
    [badge-reprint] Besucherausweis erneut gedruckt
    [screen-restarted] Die Anzeige war abgestürzt und wurde neu gestartet
    [screen-failing] Die Anzeige stürzte wiederholt ab: die App wurde neu gestartet
    [member-notify] Benachrichtigung eines Mitglieds geändert
    [badge-unknown] Unbekannte Karte vorgehalten
    [badge-refused] Ausweis abgewiesen
    [member-check-in] Mitglied angemeldet
    [badges-export] Ausweisliste exportiert
    [staff-badge-enroll] Mitarbeiterausweis eingerichtet
    [member-add] Mitglied hinzugefügt
    [wifi-pass-issue] WLAN-Zugang ausgestellt
    [wifi-pass-end] WLAN-Zugang beendet
    [wifi-rotate] WLAN-Passwort geändert
    [wifi-tier-open] WLAN-Netzwerk eingeschaltet
    [wifi-tier-close] WLAN-Netzwerk über Nacht abgeschaltet
    [wifi-shared-shown] Gemeinsames WLAN-Passwort ausgegeben
    [backup] Sicherung erstellt
    [backup-failed] Sicherung fehlgeschlagen
    [backup-restore-test] Wiederherstellung einer Sicherung getestet
    [backup-restore] Datenbank aus einer Sicherung wiederhergestellt
    [emergency-start] Notfallmodus gestartet
    [emergency-end] Notfallmodus beendet: Entwarnung
    [incident-report] Sicherheitsproblem gemeldet
    [incident-acknowledge] Sicherheitsmeldung angenommen
    [incident-close] Sicherheitsmeldung abgeschlossen
    [badge-suspend] Ausweis nach Verlustmeldung gesperrt
    [profile-remember] Ein Besuch wollte wiedererkannt werden
    [profile-forget] Besucherprofil auf Wunsch gelöscht
    [profiles-expire] Besucherprofile nach ihrer Aufbewahrungsfrist gelöscht
    [approval-hold] Anmeldung für das Personal angehalten (Sperrliste)
    [approval-approve] Angehaltene Anmeldung eingelassen
    [approval-deny] Angehaltene Anmeldung abgewiesen
    [approvals-abandon] Angehaltene Anmeldungen unentschieden verworfen
    [deny-add] Person auf die Sperrliste gesetzt
    [deny-remove] Person von der Sperrliste genommen
    [deny-safe-add] Adresse auf die Ausnahmeliste der Sperrliste gesetzt
    [deny-safe-remove] Adresse von der Ausnahmeliste genommen
    [privacy-request] Anfrage zu den Daten einer Person erfasst
    [privacy-export] Alle Daten einer Person exportiert
    [privacy-erase] Daten einer Person auf Antrag gelöscht
    [privacy-hold] Aufbewahrungspflicht gesetzt
    [privacy-hold-release] Aufbewahrungspflicht aufgehoben
    [fleet-join] Einer Flotte beigetreten
    [fleet-leave] Flotte verlassen
    [fleet-apply] Gemeinsame Änderung vom Hub übernommen
    [fleet-check-out] Besuch eines anderen Tablets abgemeldet
    [fleet-share-visit] Offener Besuch beim Beitritt mit dem Standort geteilt
   *[other] { $action }
}
staff-signed-out-idle = Sie wurden nach längerer Inaktivität abgemeldet.

## Fehler: einer pro Fehlercode, ausgewählt nach dem Code, nie nach einem Text der App.
error-internal = Auf diesem Tablet ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut oder wenden Sie sich an den Empfang.
error-staff-session-required = Bitte melden Sie sich zuerst als Mitarbeiter an.
error-sign-in-failed = PIN oder Code ist falsch. { $remaining ->
    [one] Noch ein Versuch, dann wird die Anmeldung gesperrt.
   *[other] Noch { $remaining } Versuche, dann wird die Anmeldung gesperrt.
}
error-sign-in-locked = Zu viele Fehlversuche. Die Anmeldung ist gesperrt; bitte versuchen Sie es in { $seconds ->
    [one] einer Sekunde
   *[other] { $seconds } Sekunden
} erneut.
error-pin-invalid = Eine PIN besteht aus 6 bis 12 Ziffern.
error-code-invalid = Der Code besteht aus den 6 Ziffern, die Ihre Authenticator-App anzeigt.
error-staff-exists = Es gibt bereits ein Mitarbeiterkonto mit dem Namen { $name }.
error-staff-not-found = Es gibt kein Mitarbeiterkonto mit dem Namen { $name }.
error-staff-name-invalid = Ein Mitarbeitername hat 1 bis 80 Zeichen und ist nicht lobby-fleet (für die Flotte reserviert).
error-field-required = { $field ->
    [name] Bitte geben Sie Ihren Namen ein.
    [company] Bitte geben Sie die Firma ein.
    [email] Bitte geben Sie eine E-Mail-Adresse ein.
    [phone] Bitte geben Sie eine Telefonnummer ein.
    [purpose] Bitte sagen Sie uns, was Sie zu uns führt.
    [id] Die Mitglieds-ID fehlt. Bitte ergänzen Sie sie.
    [signer_name] Bitte geben Sie beim Unterschreiben Ihren Namen ein.
    [label] Bitte geben Sie an, für wen der Zugang ist.
    [description] Bitte beschreiben Sie, was passiert ist.
    [note] Bitte notieren Sie, was unternommen wurde.
    [message] Bitte geben Sie die Nachricht für den Bildschirm ein.
    [kind] Bitte wählen Sie aus, worum es geht.
   *[other] Bitte füllen Sie dieses Feld aus.
}
error-field-too-long = { $field ->
    [name] Dieser Name ist zu lang
   *[other] Diese Angabe ist zu lang
}: höchstens { $max } Zeichen.
error-field-invalid-characters = { $field ->
    [active] Schreiben Sie „yes“ oder „no“.
    [line] Diese Zeile kann nicht gelesen werden.
    [notify] Schreiben Sie die Kanäle als email, slack, teams oder webhook, durch Kommas getrennt, oder none.
    [language] Schreiben Sie eine der Sprachen von Lobby, etwa de oder pt-BR.
    [id] Eine Mitglieds-ID darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten.
   *[other] Bitte verwenden Sie hier nur Buchstaben, Zahlen und übliche Satzzeichen.
}
error-email-invalid = Bitte prüfen Sie die E-Mail-Adresse, zum Beispiel name@example.com.
error-phone-invalid = Bitte prüfen Sie die Telefonnummer: nur Ziffern, Leerzeichen und + - ( ).
error-visit-type-unavailable = Diese Art von Besuch wird hier nicht angeboten. Bitte wenden Sie sich an den Empfang.
error-host-required = Bitte wählen Sie das Mitglied aus, das Sie besuchen.
error-host-unknown = Wir konnten dieses Mitglied nicht finden. Bitte wenden Sie sich an den Empfang.
error-guide-required = Bitte wählen Sie aus, wer Sie herumführt.
error-privacy-not-accepted = Bitte lesen und akzeptieren Sie den Datenschutzhinweis, um einzuchecken.
error-off-limits-not-shown = Bitte bestätigen Sie, dass Sie die Hinweise zu den gesperrten Bereichen gelesen haben.
error-checkout-code-unknown = Wir konnten keinen Besuch mit diesem Code finden. Prüfen Sie die 6 Ziffern oder wenden Sie sich an den Empfang.
error-checkout-name-unknown = Mit diesen Angaben konnten wir Sie nicht auschecken. Bitte wenden Sie sich an den Empfang: Dort werden Sie ausgecheckt.
error-checkout-paused = Zu viele Fehlversuche an diesem Kiosk. Bitte versuchen Sie es in { $seconds } Sekunden erneut oder wenden Sie sich an den Empfang.
error-already-checked-out = Dieser Besuch ist bereits ausgecheckt. Vielen Dank für Ihren Besuch!
error-visit-not-found = Diesen Besuch gibt es nicht mehr.
error-printing-off = In lobby.toml ist kein Drucker für Besucherausweise eingerichtet ([printing]).
error-roll-call-not-found = Diese Anwesenheitskontrolle gibt es nicht mehr.
error-roll-call-finished = Diese Anwesenheitskontrolle ist beendet und kann nicht mehr geändert werden.
error-import-rejected = { $count ->
    [one] Zeile { $lines } kann nicht gelesen werden
   *[other] Die Zeilen { $lines } können nicht gelesen werden
}; es wurde nichts importiert.
error-signature-missing = Bitte unterschreiben Sie mit dem Finger im Feld.
error-signature-too-small = Das ist zu klein für eine Unterschrift. Bitte unterschreiben Sie über die ganze Breite des Feldes.
error-signature-invalid = Die Unterschrift konnte nicht gelesen werden. Bitte löschen Sie sie und unterschreiben Sie erneut.
error-policy-unknown = Hier gibt es keine Richtlinie namens „{ $policy }“.
error-policy-text-invalid = Der Text in der Sprache { $lang } kann nicht veröffentlicht werden: Er muss UTF-8-Markdown sein, mit einer Zeile „# Titel“ beginnen und darf höchstens 256 KB groß sein.
error-policy-language-published = Diese Version hat bereits einen Text in der Sprache { $lang }. Veröffentlichte Texte werden nie ersetzt: Veröffentlichen Sie stattdessen eine neue Version.
error-policy-version-unknown = Es gibt keine Version { $version } dieser Richtlinie.
error-policy-reference-missing = Eine neue Version braucht einen Text in der Sprache { $lang }, auf die jeder Leser zurückgreifen kann.
error-policy-outdated = Dieser Text wurde gerade aktualisiert. Bitte lesen Sie die neue Version.
error-policy-not-accepted = Bitte lesen und unterschreiben Sie den Verhaltenskodex, um einzuchecken.
error-member-not-found = Dieses Mitglied steht nicht in der Mitgliederliste.
error-member-session-required = Bitte halten Sie Ihren Ausweis noch einmal an das Lesegerät oder wenden Sie sich an den Empfang.
error-acceptance-not-found = Zu dieser Nummer gibt es keinen Beleg.

## Eine Richtlinie lesen und unterschreiben
policy-fallback = Dieser Text ist in Ihrer Sprache noch nicht verfügbar und wird daher in der Hauptsprache des Standorts angezeigt.
policy-read-hint = Bitte lesen Sie bis zum Ende, um fortzufahren.
policy-read-done = Vielen Dank fürs Lesen.
policy-continue = Weiter zur Unterschrift
policy-decline = Ich stimme nicht zu
policy-decline-confirm = Sind Sie sicher? Ohne Zustimmung können Sie heute nicht einchecken.
policy-decline-keep = Zurück
policy-decline-yes = Ja, ich stimme nicht zu
policy-sign-title = Mit Unterschrift zustimmen
policy-sign-intro = Mit Ihrer Unterschrift akzeptieren Sie „{ $title }“, Version { $version }.
policy-signer-name = Ihr Name
policy-signature-label = Unterschrift: Unterschreiben Sie mit dem Finger
policy-signature-hint = Hier unterschreiben
policy-signature-clear = Löschen
policy-signature-undo = Rückgängig
policy-agree = Ich stimme zu
policy-declined-title = Vielen Dank für Ihre Zeit
policy-declined-body = Wir können nur Menschen willkommen heißen, die unsere Regeln akzeptieren. Wenn Sie Fragen dazu haben, wenden Sie sich bitte an den Empfang.

## Ein Mitglied am Kiosk
member-hello = Hallo, { $name }
member-pending = { $count ->
    [one] Bitte lesen und unterschreiben Sie dieses Dokument, bevor Sie fortfahren:
   *[other] Bitte lesen und unterschreiben Sie diese { $count } Dokumente, bevor Sie fortfahren:
}
member-up-to-date = Sie haben alles unterschrieben. Vielen Dank!
member-signed = Unterschrieben. Am Empfang kann man Ihnen einen Beleg ausdrucken.
member-start = Mit dem Lesen beginnen
member-guest = Einen Gast anmelden

## Mitarbeiter: den Kiosk an ein Mitglied übergeben
staff-members-title = Unterschriften von Mitgliedern
staff-members-help = Suchen Sie ein Mitglied und übergeben Sie ihm den Kiosk, damit es die Richtlinien unterschreibt, die es noch nicht unterschrieben hat. Ihre Mitarbeitersitzung endet dabei.
staff-members-search = Name des Mitglieds
staff-members-handover = An { $name } übergeben
error-badge-random-uid = Diese Karte zeigt bei jedem Vorhalten eine andere Nummer (so verhalten sich Handys und manche Bank- oder Datenschutzkarten) und kann daher kein Ausweis sein. Bitte verwenden Sie eine Mitgliedskarte.
error-badge-taken = Diese Karte gehört zurzeit { $owner }. Bestätigen Sie, um sie stattdessen diesem Mitglied zu geben.
error-badge-already-enrolled = Diese Karte ist bereits der Ausweis dieses Mitglieds.
error-badge-group-unknown = Hier gibt es keine Zugangsgruppe „{ $group }“.
error-badge-dates-invalid = { $field ->
    [valid_from] Das Startdatum ist kein gültiges Datum.
   *[valid_to] Das Enddatum muss ein Datum am oder nach dem Startdatum sein.
}
error-badge-not-found = Diesen Ausweis gibt es nicht mehr, oder er wurde bereits gesperrt.
error-badge-no-card = Halten Sie zuerst die Karte an das Lesegerät.
error-wifi-tier-unknown = Hier gibt es kein WLAN-Netzwerk namens { $tier }.
error-wifi-closed = { $opens ->
    [none] Das Gäste-WLAN ist abgeschaltet.
   *[other] Das Gäste-WLAN ist bis { $opens } abgeschaltet.
}
error-wifi-hours-invalid = Ein WLAN-Zugang gilt 1 bis 168 Stunden.
error-wifi-pass-not-found = Dieser WLAN-Zugang ist bereits beendet.
error-database-in-use = Der Kiosk hat die Datenbank noch geöffnet. Schließen Sie den Kiosk und stellen Sie dann erneut wieder her. Es wurde nichts geändert.
error-key-missing = Die Geheimnisse des Personals in dieser Datenbank sind mit dem Standortschlüssel { $fingerprint } versiegelt, und er liegt nicht in { $path }. Legen Sie die Schlüsseldatei dorthin (die Kopie, die getrennt von den Sicherungen aufbewahrt wird) und starten Sie erneut. Es wurde nichts geändert.
error-key-mismatch = Die Schlüsseldatei { $path } enthält den Schlüssel { $found }, diese Datenbank braucht aber { $expected }. Legen Sie die richtige Schlüsseldatei dorthin und starten Sie erneut. Es wurde nichts geändert.
error-key-unreadable = Die Schlüsseldatei { $path } kann nicht gelesen werden ({ $problem }). Es wurde nichts geändert.
error-secret-unreadable = Ein gespeichertes Geheimnis lässt sich mit diesem Standortschlüssel nicht öffnen. Das Personal kann den zweiten Faktor mit „lobby staff reset-totp NAME“ neu einrichten.
error-notification-not-found = Diese Nachricht an einen Gastgeber gibt es nicht. Laden Sie die Liste neu.
error-notification-sent = Diese Nachricht wurde schon zugestellt und wird nicht noch einmal gesendet.
error-invitation-unknown = Diesen Einladungscode finden wir nicht. Bitte prüfen Sie ihn oder fragen Sie am Empfang.
error-invitation-expired = Diese Einladung galt bis { $until }. Bitte fragen Sie am Empfang.
error-invitation-not-yet = Diese Einladung gilt ab { $from }. Bitte fragen Sie am Empfang.
error-invitation-cancelled = Diese Einladung wurde storniert. Bitte fragen Sie am Empfang.
error-invitation-used = Mit dieser Einladung wurde schon eingecheckt. Bitte fragen Sie am Empfang.
error-invitation-dates = Eine Einladung beginnt heute oder später und gilt 1 bis 30 Tage.
error-profile-not-found = Diese Adresse finden wir nicht. Bitte prüfen Sie sie oder melden Sie sich als neuer Besuch an.
error-approval-needed = Bitte warten Sie, gleich kümmert sich jemand um Sie.
error-approval-not-found = Diese Anmeldung wartet nicht mehr auf Freigabe.
error-deny-entry-not-found = Es gibt keinen Sperrlisteneintrag { $id }.
error-person-not-found = Lobby hat nichts über diese Person gespeichert.
error-hold-dates-invalid = Eine Sperre endet an einem Tag nach heute.
error-invitation-denied = Dieser Gast passt zum Sperrlisteneintrag { $id }: Es wurde keine Einladung erstellt. Bitte fragen Sie am Empfang.
error-request-date-invalid = Eine Anfrage ist heute oder an einem früheren Tag eingegangen (JJJJ-MM-TT).
error-storage-full = Dieses Tablet kann gerade nichts speichern: Sein Speicher ist voll. Es wurde nichts gespeichert. Bitte wenden Sie sich an den Empfang.
error-backup-invalid = Diese Sicherung kann nicht verwendet werden: { $problem }
error-database-unreadable = Die Datenbank { $path } kann nicht gelesen werden ({ $reason }). Es wurde nichts geändert. Stellen Sie die letzte einwandfreie Sicherung wieder her: „lobby backup list“, dann „lobby backup restore FILE“.
error-wifi-not-shared = In diesem Netzwerk hat jeder Gast eigene Zugangsdaten, daher gibt es kein gemeinsames Passwort, das man ändern könnte.

## Ein Ausweis, der auf der Startseite an das Lesegerät gehalten wird
badge-refused = { $reason ->
    [unknown] Diese Karte ist nicht bekannt. Bitte wenden Sie sich an den Empfang.
    [revoked] Dieser Ausweis ist nicht mehr gültig. Bitte wenden Sie sich an den Empfang.
    [outside-dates] Dieser Ausweis ist heute nicht gültig. Bitte wenden Sie sich an den Empfang.
    [suspended] Diese Karte wurde nach einer Verlust- oder Diebstahlmeldung gesperrt. Bitte wenden Sie sich an das Personal am Empfang: Es kann sie wieder freischalten.
    [typed] Eine getippte Nummer wird nie angelernt: Legen Sie die Karte auf das Lesegerät.
   *[unreadable] Die Karte konnte nicht gelesen werden. Bitte halten Sie sie ruhig an das Lesegerät und versuchen Sie es erneut.
}
member-checked-in = Sie sind für heute eingecheckt.

## Mitarbeiter: Ausweise
staff-badges-title = Ausweise
staff-badges-help = Suchen Sie ein Mitglied, um seine Ausweise zu registrieren, zu sperren oder zu ersetzen.
staff-badges-suspended-title = Nach einer Verlustmeldung gesperrt
staff-badges-suspended-hint = Wer Namen und E-Mail eines Mitglieds kennt, kann dessen Karte als verloren melden. Hat das Mitglied sie noch, schalten Sie sie wieder frei: Sie funktioniert beim nächsten Auflegen.
staff-badge-restore = Freischalten
staff-badge-restore-person = Karte von { $name } freischalten
staff-badge-restored = Die Karte { $uid } von { $name } funktioniert wieder.
staff-badges-search = Mitglied suchen
staff-member-add = Nicht in der Liste? Mitglied hinzufügen
staff-member-add-confirm = Dieses Mitglied hinzufügen
staff-badges-member = Ausweise von { $name }
staff-badges-none = Noch keine Ausweise.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] aktiv
    [not-yet-valid] noch nicht gültig
    [expired] abgelaufen
   *[revoked] gesperrt
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
    [iso-14443-4] Karte nach ISO 14443-4
   *[unknown] unbekannte Karte
}
staff-badge-revoke = Sperren
staff-badge-replace = Verlorene Karte ersetzen
staff-badge-enroll = Ausweis registrieren
staff-badge-groups = Zugangsgruppen
staff-badge-valid-from = Gültig ab
staff-badge-valid-to = Gültig bis (optional)
staff-badge-read = Karte lesen
staff-badge-tap-now = Halten Sie die Karte jetzt an das Lesegerät.
staff-badge-card = Karte { $uid } ({ $type })
staff-badge-owner = Diese Karte gehört { $name }.
staff-badge-reassign = { $name } zuweisen
staff-badge-confirm = Diese Karte registrieren
staff-badge-enrolled = Ausweis { $uid } registriert.
staff-badge-revoked = Ausweis gesperrt.
staff-badge-cancel = Lesen beenden
staff-badge-self = Eine Karte als meinen Mitarbeiterausweis verwenden
staff-badge-self-confirm = Diese Karte als meinen Mitarbeiterausweis festlegen
staff-badge-self-done = Ihr Mitarbeiterausweis ist eingerichtet: Halten Sie ihn vor und geben Sie Ihre PIN ein, um sich anzumelden.
staff-approvals-title = Anmeldungen, die auf das Personal warten
staff-approvals-match = Passt zum Sperrlisteneintrag { $entry }
staff-approvals-reason = Auf der Liste, weil: { $reason }
staff-approvals-since = Wartet seit { $time }
staff-approvals-approve = Einlassen
staff-approvals-deny = Abweisen
staff-approvals-denied = Abgewiesen. Es wurde kein Besuch gespeichert.
staff-members-today-title = Mitglieder heute im Haus
staff-members-today-none = Heute hat sich noch kein Mitglied mit dem Ausweis angemeldet.

## Sicherheitshinweise auf der Startseite. Jede Standortangabe ist ein Argument: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Sicherheitshinweise
signage-position = Hinweis { $n } von { $count }
signage-pause = Anhalten
signage-resume = Fortsetzen
signage-previous = Vorheriger Hinweis
signage-next = Nächster Hinweis
signage-exits-title = Notausgänge und Sammelplatz
signage-exits-body = Verlassen Sie das Gebäude im Notfall über den nächsten gekennzeichneten Ausgang. Benutzen Sie keine Aufzüge. Gehen Sie zum Sammelplatz: { $assembly_point }.
signage-fire-alarm-title = Wenn Sie einen Brand entdecken
signage-fire-alarm-body = Lösen Sie am nächsten roten Brandmelder Alarm aus und rufen Sie { $fire } an. Nennen Sie die Adresse: { $address }. Benutzen Sie einen Feuerlöscher nur, wenn Sie darin unterwiesen sind und es gefahrlos möglich ist.
signage-first-aid-title = Erste Hilfe
signage-first-aid-body = Erste-Hilfe-Kasten: { $first_aid }. Rufen Sie im Notfall { $medical } an. Sicherheitsdienst vor Ort: { $security }.
signage-after-hours-title = Die Räume sind jetzt geschlossen
signage-after-hours-body = Eintreten dürfen nur Mitglieder, deren Ausweis Zutritt gewährt; Besucher müssen von der Person begleitet werden, die sie besuchen. Die Notausgänge können Sie jederzeit benutzen.
signage-cctv-title = Videoüberwachung aus Sicherheitsgründen
signage-cctv-body = Kameras an den Eingängen zeichnen auf, um Menschen und Eigentum zu schützen. Die Aufnahmen werden { $camera_retention_days ->
    [one] einen Tag
   *[other] { $camera_retention_days } Tage
} lang gespeichert und nur nach einem Vorfall angesehen. Bei Fragen oder zur Einsicht in Ihre Daten: { $privacy_contact }.
signage-report-title = Etwas bemerkt? Melden Sie es hier
signage-report-body = Ein verlorener Ausweis, jemand, der anderen durch die Tür folgt, eine seltsame E-Mail oder ein mögliches Datenleck: Tippen Sie auf „Sicherheitsproblem melden“. Wer meldet, wird nie bestraft; wer eine Sicherheitsverletzung verschweigt, schon.
signage-wifi-safety-title = Sicher im WLAN
signage-wifi-safety-body = Das Gäste-WLAN ist vom Netzwerk der Mitglieder getrennt. Nutzen Sie in jedem gemeinsam genutzten Netzwerk HTTPS und Ihr VPN, halten Sie Ihre Geräte aktuell, und prüfen Sie den genauen Netzwerknamen beim Personal.
signage-phishing-title = Phishing: innehalten, prüfen, melden
signage-phishing-body = Wir fragen nie per E-Mail, Chat oder Pop-up nach Ihrem Passwort. Prüfen Sie den Absender, bevor Sie Links oder Anhänge öffnen, und melden Sie Auffälliges hier am Kiosk.

## Startseite außerhalb der Öffnungszeiten
home-closed-title = { $site } ist jetzt geschlossen
home-closed-opens = Wieder geöffnet: { $day }, { $time }.
home-closed-members = Mitglieder: Halten Sie Ihren Ausweis an das Lesegerät.
home-closed-visitors = Besucher: Bitte rufen Sie { $security } an oder lassen Sie sich von der Person abholen, die Sie besuchen.
home-closed-check-in = Einchecken: Besuche, die außerhalb der Öffnungszeiten erlaubt sind
home-report = Sicherheitsproblem melden

## Ein Sicherheitsproblem melden (alle, von der Startseite aus)
report-title = Sicherheitsproblem melden
report-intro = Wer meldet, wird nie bestraft. Sagen Sie uns, was Ihnen aufgefallen ist; das Personal sieht jede Meldung auf seinem Bildschirm an diesem Kiosk.
report-kind-title = Worum geht es?
report-kind = { $kind ->
    [lost-badge] Ausweis verloren oder gestohlen
    [suspicious-person] Verdächtige Person
    [phishing] Phishing oder eine seltsame Nachricht
    [network-breach] Möglicher Angriff auf das Netzwerk
    [data-exposure] Personenbezogene Daten offen zugänglich
   *[other] Etwas anderes
}
report-kind-help = { $kind ->
    [lost-badge] Wir sperren den Ausweis, damit niemand sonst ihn benutzen kann.
    [suspicious-person] Jemand folgt anderen durch die Tür oder hält sich dort auf, wo er nicht sein sollte.
    [phishing] Eine E-Mail, Nachricht oder ein Anruf, der nach Passwörtern oder einer Zahlung fragt.
    [network-breach] Ein Gerät verhält sich seltsam, oder Sie haben einen Link angeklickt, den Sie lieber nicht angeklickt hätten.
    [data-exposure] Papiere, Bildschirme oder Dateien, auf denen Angaben über andere Personen zu sehen sind.
   *[other] Alles andere, was Ihnen Sorgen macht.
}
report-description = Was ist passiert, wann und wo?
report-description-optional = Sollten wir sonst noch etwas wissen? (optional)
report-contact = Wie können wir Sie erreichen? (optional)
report-contact-help = Eine E-Mail-Adresse oder Telefonnummer, falls Sie eine Rückmeldung wünschen.
report-personal-data = Möglicherweise sind personenbezogene Daten anderer Personen betroffen
report-member-title = Ihr Ausweis
report-member-search = Ihr Name
report-member-email = Die E-Mail-Adresse, die wir von Ihnen haben
report-member-help = Mit Ihrem Namen und Ihrer E-Mail-Adresse sperren wir Ihren Ausweis sofort. Ohne diese Angaben sperrt ihn das Personal, nachdem es Ihre Identität geprüft hat.
report-send = Meldung senden
report-thanks-title = Vielen Dank für Ihre Meldung
report-thanks-next = Ihre Meldung ist gespeichert. Das Personal sieht sie, sobald es sich das nächste Mal an diesem Kiosk anmeldet. Wenn es dringend ist, sagen Sie es am Empfang oder rufen Sie die Nummer auf den Sicherheitshinweisen an. Wenn Sie Kontaktdaten angegeben haben, meldet sich das Personal bei Ihnen.
report-thanks-badge = { $count ->
    [0] Sie haben keinen Ausweis in Gebrauch, es gab also nichts zu sperren.
    [one] Ihr Ausweis ist gesperrt: Er öffnet nichts mehr. Fragen Sie am Empfang nach einem neuen.
   *[other] Ihre { $count } Ausweise sind gesperrt: Sie öffnen nichts mehr. Fragen Sie am Empfang nach neuen.
}
report-thanks-not-identified = Diese E-Mail-Adresse stimmt nicht mit unseren Unterlagen überein. Das Personal prüft daher Ihre Identität und sperrt dann den Ausweis.
report-thanks-reference = Meldungsnummer { $id }
report-thanks-danger = Wenn jemand in Gefahr ist, rufen Sie jetzt { $police } an.

## Notfallmodus: wird in allen konfigurierten Sprachen gleichzeitig angezeigt
emergency-title = { $kind ->
    [fire] Feuer: Verlassen Sie sofort das Gebäude
    [shelter] Schutz im Gebäude: Bleiben Sie drinnen
    [medical] Medizinischer Notfall
   *[custom] Notfall
}
emergency-action = { $kind ->
    [fire] Benutzen Sie den nächsten Ausgang, keine Aufzüge. Gehen Sie zum Sammelplatz: { $assembly_point }.
    [shelter] Gehen Sie zum Schutzraum: { $shelter }. Halten Sie sich von Fenstern fern, schließen Sie die Türen und warten Sie auf Anweisungen des Personals.
    [medical] Rufen Sie { $medical } an. Erste Hilfe: { $first_aid }. Halten Sie den Weg für die Rettungskräfte frei.
   *[custom] Folgen Sie den Anweisungen des Personals.
}
emergency-aed = Defibrillator (AED): { $aed }
emergency-assembly = Sammelplatz: { $assembly_point }
emergency-shelter = Schutzraum: { $shelter }
emergency-first-aid = Erste-Hilfe-Kasten: { $first_aid }
emergency-numbers = Feuerwehr { $fire } · Rettungsdienst { $medical } · Polizei { $police } · Sicherheitsdienst { $security }
emergency-address = Adresse: { $address }
emergency-since = Seit { $time }
emergency-staff = Personal: Anwesenheitskontrolle und Entwarnung
emergency-label = Notfall

## Mitarbeiter: Notfallmodus und Sicherheitsmeldungen
staff-emergency-title = Notfallmodus
staff-emergency-start = { $kind ->
    [fire] Räumung wegen Feuer
    [shelter] Schutz im Gebäude
    [medical] Medizinischer Notfall
   *[custom] Eigene Nachricht
}
staff-emergency-message = Nachricht für den Bildschirm
staff-emergency-confirm = Notfallmodus jetzt starten? Alle Bildschirme zeigen ihn an, bis Sie ihn beenden.
staff-emergency-on = Notfallmodus ist aktiv: { $kind }
staff-emergency-end = Entwarnung: Notfallmodus beenden
staff-emergency-end-confirm = Sind alle in Sicherheit und dürfen wieder hinein? Alle Bildschirme kehren zum Normalbetrieb zurück.
staff-emergency-end-yes = Ja, Entwarnung
staff-emergency-ended = Notfallmodus nach { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} beendet.
staff-incidents-title = Sicherheitsmeldungen
staff-incidents-none = Keine offenen Meldungen.
staff-incidents-count = { $count ->
    [one] Eine offene Meldung
   *[other] { $count } offene Meldungen
}
staff-incident-reported = Gemeldet: { $at }
staff-incident-status = { $status ->
    [open] Neu
    [acknowledged] In Bearbeitung
   *[closed] Abgeschlossen
}
staff-incident-member = Mitglied: { $name }
staff-incident-suspended = { $count ->
    [0] Es war kein Ausweis in Gebrauch.
    [one] Ein Ausweis gesperrt.
   *[other] { $count } Ausweise gesperrt.
}
staff-incident-contact = Kontakt: { $contact }
staff-incident-clock = Personenbezogene Daten: Informieren Sie, falls erforderlich, bis { $at } die Aufsichtsbehörde ({ $hours ->
    [one] noch eine Stunde
   *[other] noch { $hours } Stunden
}).
staff-incident-overdue = Personenbezogene Daten: Die 72-Stunden-Frist ist abgelaufen ({ $at }).
staff-incident-acknowledge = Annehmen
staff-incident-close = Mit Notiz abschließen
staff-incident-note = Was unternommen wurde
staff-plan-incidents = { $open ->
    [0] Keine offenen Sicherheitsmeldungen.
    [one] Eine offene Sicherheitsmeldung.
   *[other] { $open } offene Sicherheitsmeldungen.
}
staff-plan-incidents-personal = { $count ->
    [one] Eine betrifft personenbezogene Daten
   *[other] { $count } betreffen personenbezogene Daten
}, bei { $overdue } sind die 72 Stunden überschritten.
error-no-emergency = Der Notfallmodus ist nicht aktiv.
error-incident-not-found = Diese Meldung ist bereits abgeschlossen oder existiert nicht.
pictogram-name = { $code ->
    [E001] Notausgang (links)
    [E002] Notausgang (rechts)
    [E003] Erste Hilfe
    [E004] Notruftelefon
    [E007] Sammelplatz
    [E010] Defibrillator (AED)
    [F001] Feuerlöscher
   *[F005] Brandmelder
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Bildschirmtastatur
keyboard-backspace = Löschen
keyboard-shift = Umschalt (Großbuchstaben)
keyboard-space = Leerzeichen
keyboard-close = Tastatur ausblenden
keyboard-enter = Eingabe: nächstes Feld oder weiter
keyboard-layouts = Tastaturlayout wechseln
keyboard-accents = Buchstaben mit Akzent
keyboard-letters = Buchstaben
keyboard-candidates = Zeichen für { $pinyin }
keyboard-candidates-more = Weitere Zeichen
keyboard-candidates-back = Vorherige Zeichen

## Anmeldung mit Einladung
home-invitation = Ich habe eine Einladung
invite-code-title = Ihre Einladung
invite-code-field = Einladungscode
invite-code-help = Geben Sie den 8-stelligen Code aus Ihrer Einladung ein oder halten Sie den QR-Code an den Scanner.
invite-confirm-title = Willkommen, { $name }!
invite-confirm-host = Sie besuchen { $host } heute.
invite-confirm-yes = Ja, das bin ich
invite-confirm-no = Das bin ich nicht

## Personal: Einladungen und Nachrichten an Gastgeber
staff-expected-title = Heute erwartet
staff-expected-none = Heute sind keine eingeladenen Gäste angemeldet.
staff-expected-arrived = Angekommen
staff-expected-waiting = Erwartet
staff-expected-for = für { $host }
staff-invitation-cancel = Stornieren
staff-invitation-cancel-person = Einladung von { $name } stornieren
staff-outbox-title = Noch nicht zugestellte Nachrichten an Gastgeber
staff-outbox-line = { $channel } an { $host }: { $state ->
    [failed] nicht zugestellt
   *[waiting] wartet auf Versand
}
staff-outbox-resend = Erneut senden
staff-outbox-resend-person = Nachricht an { $host } erneut senden
staff-invite-open = Gast einladen
staff-invite-host = Gastgeber (zwei Buchstaben eingeben)
staff-invite-host-chosen = Gastgeber: { $host }
staff-invite-host-change = Ändern
staff-invite-date = Erster Tag (JJJJ-MM-TT)
staff-invite-days = Tage
staff-invite-create = Einladung erstellen
staff-invite-made = Einladung für { $name }: { $code }
staff-invite-emailed = Die Einladung ist per E-Mail an { $email } unterwegs.
staff-invite-give-code = Geben Sie dem Gast diesen Code.
staff-member-notify-title = Wie Mitglieder von ihren Gästen erfahren
staff-member-notify-how = Wie Bescheid geben
staff-member-notify-search = Mitglied (zwei Buchstaben eingeben)
staff-member-notify-site = Standard des Standorts
staff-member-notify-none = Nie
staff-member-notify-off = In lobby.toml ist kein Kanal eingerichtet ([notifications]): Noch erfährt niemand etwas.
staff-member-notify-no-email = Keine E-Mail-Adresse hinterlegt: Per E-Mail ist dieses Mitglied nicht erreichbar.
staff-member-notify-language = Sprache der Nachrichten
staff-member-notify-language-site = Erste Sprache des Standorts
staff-member-notify-save = Speichern
staff-member-notify-saved = Für { $name } gespeichert.
staff-channel = { $channel ->
    [email] E-Mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Flotte
staff-fleet-member = Standort { $site }, Tablet { $tablet }
staff-fleet-connected = Mit dem Server des Standorts verbunden
staff-fleet-disconnected = Nicht mit dem Server des Standorts verbunden
staff-fleet-waiting = Änderungen, die auf das Senden warten: { $count }
staff-fleet-oldest = Älteste wartende Änderung: { $at }
staff-fleet-ack = Zuletzt vom Server empfangen: { $at }
staff-fleet-ack-none = Der Server hat noch nichts empfangen
staff-fleet-error = Letztes Problem: { $reason }
staff-fleet-tablets = Tablets dieses Standorts
staff-fleet-tablet-this = { $tablet } (dieses Tablet)
staff-fleet-tablet-connected = verbunden
staff-fleet-tablet-away = nicht erreichbar
staff-fleet-tablet-contact = zuletzt { $at }
staff-fleet-tablet-waiting = { $count } wartend
staff-fleet-site-config = Standortkonfiguration vom Hub, gesendet { $at }: gespeichert, gilt ab dem nächsten Start des Kiosks
staff-fleet-site-config-received = Standortkonfiguration vom Hub, gesendet { $at }: empfangen
staff-fleet-site-config-error = Standortkonfiguration vom Hub, gesendet { $at }, konnte nicht übernommen werden: { $reason }
staff-fleet-flags = Bitte prüfen
staff-fleet-flag = { $problem ->
    [badge-conflict] Eine Karte wurde zwei Mitgliedern gegeben: { $detail }
    [badge-unknown-member] Eine Karte wurde einem Mitglied gegeben, das der Hub nicht kennt: { $detail }
   *[other] { $detail }
}
fleet-error-server = die Serveradresse oder ihr Zertifikat ist nicht verwendbar
fleet-error-no-stream = der Server hat noch keinen Stream für diesen Standort
fleet-error-timeout = der Server hat nicht rechtzeitig geantwortet
fleet-error-unreachable = der Server ist nicht erreichbar
fleet-error-refused = der Server hat die Änderung abgelehnt
fleet-error-database = die Datenbank konnte nicht gelesen oder geschrieben werden
fleet-error-credentials = der Server hat die Zugangsdaten abgelehnt (widerrufen oder falsch)
fleet-error-permission = der Server erlaubt diesem Tablet nicht, hierher zu senden

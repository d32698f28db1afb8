## lobby privacy: Anfragen einer Person zu ihren Daten (Issue 23)

privacy-pdf-title = Was { $site } über Sie gespeichert hat
privacy-pdf-intro = Alles, was Lobby, das Empfangssystem, am { $date } über die Person „{ $named }“ gespeichert hatte. Die Datei personal-data.json neben diesem Dokument enthält dasselbe maschinenlesbar.
privacy-pdf-none = Keine.
privacy-pdf-record = Eintrag { $id }
privacy-pdf-visits = Besuche und Führungen
privacy-pdf-acceptances = Unterschriften und Bestätigungen des Verhaltenskodex
privacy-pdf-wifi = WLAN-Zugänge
privacy-pdf-roll-calls = Anwesenheitskontrollen bei Räumungen
privacy-pdf-messages = Nachrichten zu Ihren Besuchen
privacy-pdf-invitations = Einladungen
privacy-pdf-badges = Gedruckte Besucherausweise
privacy-pdf-approvals = Anmeldungen, die auf Freigabe warteten
privacy-pdf-profile = Besucherprofil
privacy-pdf-incidents = Sicherheitsmeldungen, die Sie nennen
privacy-pdf-deny = Einträge der Sperrliste
privacy-pdf-holds = Aufbewahrungspflichten für Ihre Daten
privacy-pdf-name = Name
privacy-pdf-company = Firma
privacy-pdf-email = E-Mail
privacy-pdf-phone = Telefon
privacy-pdf-purpose = Zweck oder Interesse
privacy-pdf-kind = Art
privacy-pdf-host = Gastgeber
privacy-pdf-language = Sprache
privacy-pdf-arrived = Angekommen
privacy-pdf-left = Gegangen
privacy-pdf-lead-consent = Als Vertriebskontakt gespeichert
privacy-pdf-anonymised = Anonymisiert
privacy-pdf-visit = Besuch
privacy-pdf-policy = Unterschriebener Text
privacy-pdf-signed-at = Unterschrieben
privacy-pdf-signature = Unterschrift
privacy-pdf-signature-file = Das Bild liegt in { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = Das Bild wurde entfernt; sein SHA-256 { $hash } bleibt als Nachweis der Unterschrift.
privacy-pdf-valid = Gültig
privacy-pdf-label = Ausgestellt für
privacy-pdf-status = Status
privacy-pdf-channel = Kanal
privacy-pdf-recipient = Gesendet an
privacy-pdf-created = Datum
privacy-pdf-content = Inhalt
privacy-pdf-description = Beschreibung
privacy-pdf-contact = Kontakt
privacy-pdf-note = Notiz des Personals
privacy-pdf-reported = Gemeldet
privacy-pdf-closed = Beendet
privacy-pdf-reason = Grund
privacy-pdf-until = Bis
privacy-pdf-last-visit = Letzter Besuch
privacy-pdf-yes = Ja
privacy-pdf-no = Nein
privacy-pdf-rights = Sie können am Empfang verlangen, dass diese Daten berichtigt oder gelöscht werden. Daten unter einer Aufbewahrungspflicht bleiben bis zu deren Ende erhalten (Art. 17 Abs. 3 DSGVO).

## lobby privacy (Befehlszeile)
cli-privacy-exported = { $json } und { $pdf } geschrieben: { $records } Einträge. Anfrage #{ $id } ist beantwortet.
cli-privacy-received = Anfrage #{ $id } ({ $kind }) eingegangen am { $received }: zu beantworten bis { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, eingegangen { $received }, fällig { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] noch 1 Tag
   *[other] noch { $days } Tage
}
cli-privacy-overdue = { $days ->
    [one] 1 Tag überfällig
   *[other] { $days } Tage überfällig
}
cli-privacy-answered = beantwortet { $at }
cli-privacy-no-requests = Keine offenen Anfragen.
cli-privacy-erased = Löschung #{ $id }, { $at }:
cli-privacy-erased-line = - gelöscht: { $table }: { $count }
cli-privacy-nothing-erased = - es war nichts mehr zu löschen.
cli-privacy-kept-heading = Aufbewahrt (Art. 17 Abs. 3 DSGVO):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = in einer noch offenen Sicherheitsmeldung genannt
cli-privacy-why-hold = Aufbewahrungspflicht #{ $hold } bis { $until }: { $reason }
cli-privacy-why-deny = ein Eintrag der Sperrliste (mit lobby deny zu ändern)
cli-privacy-nothing-kept = Nichts wurde aufbewahrt.
cli-privacy-backups = Sicherungen von vor { $at } enthalten die gelöschten Daten, bis sie turnusgemäß entfernt werden.
cli-privacy-wal-busy = Ein anderes Programm liest die Datenbank: Die gelöschten Daten verlassen ihr Write-Ahead-Log, sobald es sie freigibt.
cli-privacy-table = { $table ->
    [visits] Besuche
    [acceptances] Unterschriften
    [wifi_passes] WLAN-Zugänge
    [roll_call_entries] Einträge von Anwesenheitskontrollen
    [outbox] Nachrichten
    [invitations] Einladungen
    [approvals] Anmeldungen zur Freigabe
    [visitor_profiles] Besucherprofil
    [incidents] Sicherheitsmeldungen
   *[deny_entries] Einträge der Sperrliste
}
cli-privacy-hold-set = Aufbewahrungspflicht #{ $id } für { $who } bis { $until }.
cli-privacy-hold-line = #{ $id } { $who } bis { $until }: { $reason }
cli-privacy-hold-released = Aufbewahrungspflicht #{ $id } aufgehoben.
cli-privacy-hold-unknown = Keine aktive Aufbewahrungspflicht #{ $id }.
cli-privacy-no-holds = Keine Aufbewahrungspflichten aktiv.

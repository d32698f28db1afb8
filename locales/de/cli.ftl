# Die Kommandozeile von Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): reiner Text für Betreiber, in deren Sprache (aus LANG).

cli-error = Fehler: { $message }

## Eine abgelehnte lobby.toml: die Datei, der Schlüssel und was falsch ist
cli-config-refused = Die Konfiguration wurde abgelehnt, es wurde nichts geändert. { $file }, Schlüssel „{ $key }“: { $problem }
cli-config-refused-file = Die Konfiguration wurde abgelehnt, es wurde nichts geändert. { $file }: { $problem }
cli-config-unreadable = Die Datei kann nicht gelesen werden ({ $reason }).
cli-config-syntax = Dieser Wert kann nicht gelesen werden: { $detail }.
cli-config-text-length = Schreiben Sie 1 bis { $max } Zeichen.
cli-config-time-zone = { $value } ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.
cli-config-kiosk-id = Verwenden Sie 1 bis 40 Buchstaben, Ziffern, „-“ oder „_“.
cli-config-range = Verwenden Sie eine Zahl von { $min } bis { $max }, nicht { $value }.
cli-config-languages-empty = Geben Sie mindestens eine Sprache an.
cli-config-language-unknown = { $value } ist keine mitgelieferte Sprache (mitgeliefert: { $shipped }).
cli-config-language-twice = { $value } ist doppelt aufgeführt.
cli-config-hours = { $value } sind keine Öffnungszeiten; schreiben Sie „08:00-20:00“ oder „closed“.
cli-config-hours-order = { $value }: Die Schließzeit muss nach der Öffnungszeit liegen.
cli-config-phone = { $value } ist keine Telefonnummer (nur Ziffern, Leerzeichen und + - ( ) /).
cli-config-visit-kind = Unbekannte Besuchsart (bekannt: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = Geben Sie den Text in mindestens einer Sprache an.
cli-config-translated-offered = Geben Sie den Text in mindestens einer der Sprachen aus kiosk.languages an.
cli-config-policy-id = { $value } ist keine Richtlinien-ID; verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, zum Beispiel house-rules.
cli-config-policy-unlisted = { $value } steht nicht in policies.documents; tragen Sie die Richtlinie zuerst dort ein.
cli-config-group-unlisted = { $value } steht nicht in badges.access_groups; tragen Sie die Gruppe zuerst dort ein.
cli-config-signage-unknown = { $value } ist kein Standardhinweis (Standardhinweise: { $known }).
cli-config-signage-id = Verwenden Sie 1 bis 40 Kleinbuchstaben, Ziffern und Bindestriche, verschieden von allen anderen Hinweisen.
cli-config-pictogram = { $value } ist kein mitgeliefertes Piktogramm (mitgeliefert: { $known }).
cli-config-dates-order = Der letzte Tag darf nicht vor dem ersten liegen.

## lobby audit verify
cli-audit-intact = Audit-Protokoll intakt: { $entries ->
    [one] ein Eintrag geprüft.
   *[other] { $entries } Einträge geprüft.
}
cli-audit-broken = Audit-Protokoll beschädigt bei Eintrag { $seq }: { $problem ->
    [altered] Sein Inhalt wurde verändert.
    [unlinked] Er schließt nicht mehr an den vorherigen Eintrag an; ein Eintrag wurde entfernt, ersetzt oder verschoben.
    [missing] Hier fehlen Einträge.
    [unkeyed] er ist nicht mit dem Standortschlüssel signiert: Das Protokoll wurde ab hier neu geschrieben.
    [wrong-key] das Protokoll ist mit einem anderen Standortschlüssel signiert.
   *[truncated] Am Ende des Protokolls wurden Einträge abgeschnitten.
}
cli-audit-key-matches = Mit dem Standortschlüssel { $fingerprint } ({ $path }) geprüft: Er passt.
cli-audit-key-absent = Kein Standortschlüssel in { $path }: { $unchecked } signierte Einträge wurden nur auf ihre Reihenfolge geprüft.
cli-audit-unkeyed = Das Protokoll ist nicht signiert (es stammt aus der Zeit vor Standortschlüsseln).
cli-audit-checked-with = Mit dem Standortschlüssel { $fingerprint } ({ $path }) geprüft.
cli-audit-head = Eintrag { $seq } ({ $at }): { $head }
    Schreiben Sie ihn auf oder bewahren Sie ihn getrennt vom Kiosk auf; später beweist „lobby audit verify --head { $head }“, dass das Protokoll ihn noch enthält.
cli-audit-head-empty = Das Prüfprotokoll ist leer.
cli-audit-head-invalid = „{ $head }“ ist kein Kopf: Geben Sie EINTRAG:HASH an, wie „lobby audit head“ es ausgibt (mindestens 16 Hexziffern des Hashs).
cli-audit-head-held = Eintrag { $seq } hat noch den aufgeschriebenen Hash.
cli-audit-head-lost = Eintrag { $seq } hat nicht mehr den aufgeschriebenen Hash: Das Protokoll wurde seitdem neu geschrieben oder ersetzt.
cli-plan-audit-head = Kopf des Prüfprotokolls: { $head } (Standortschlüssel { $key })
cli-backup-head = Ihr Prüfprotokoll-Kopf: { $head }
cli-backup-key-apart = Der Standortschlüssel { $fingerprint } ist nicht in der Sicherung. Bewahren Sie eine Kopie von { $path } getrennt von den Sicherungen auf: Eine wiederhergestellte Datenbank braucht ihn für die Anmeldung des Personals.
cli-install-key = Der Standortschlüssel ist { $path } (Modus 0600). Bewahren Sie eine Kopie getrennt von den Sicherungen auf.
cli-doctor-key = Standortschlüssel
cli-doctor-key-ok = { $path } ({ $fingerprint }), der Schlüssel, mit dem diese Datenbank versiegelt ist
cli-doctor-key-none = noch kein Schlüssel: Der erste Start legt { $path } an
cli-doctor-key-unused = { $path } ist da, die Datenbank ist aber noch nicht damit versiegelt: Der nächste Start versiegelt sie
cli-doctor-modes = Dateirechte
cli-doctor-modes-ok = Datenordner und Standortschlüssel sind nur für ihren Eigentümer lesbar
cli-doctor-modes-open = { $count ->
    [one] Eine Datei oder ein Ordner ist
   *[other] { $count } Dateien oder Ordner sind
} für andere Benutzer offen, z. B. { $path } (Modus { $mode }). Behebung: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN für { $name } (6 bis 12 Ziffern):
cli-staff-pin-repeat = PIN wiederholen:
cli-staff-pin-mismatch = Die beiden PINs stimmen nicht überein. Es wurde nichts gespeichert.
cli-staff-added = Mitarbeiterkonto { $name } angelegt.
cli-staff-scan = Scannen Sie diesen QR-Code mit einer Authenticator-App oder geben Sie den Schlüssel von Hand ein:
cli-staff-key = Schlüssel: { $key }
cli-staff-uri = Provisioning-URI: { $uri }
cli-staff-qr-saved = QR-Code gespeichert unter { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Diese PIN ist zu leicht zu erraten: { $rule ->
    [one-digit] Sie besteht aus einer einzigen, wiederholten Ziffer.
    [run] Ihre Ziffern steigen oder fallen der Reihe nach, wie 123456.
   *[demo] Sie ist die veröffentlichte PIN der Demo.
} Es wurde nichts gespeichert; wählen Sie eine andere.
cli-staff-pin-in-use = Ein anderes aktives Mitarbeiterkonto hat diese PIN. Es wurde nichts gespeichert; wählen Sie eine andere.
cli-staff-pin-short = Dieser Standort verlangt PINs mit mindestens { $min } Ziffern ([staff] pin_min_length). Es wurde nichts gespeichert; wählen Sie eine längere.
cli-staff-list-active = aktiv
cli-staff-list-disabled = deaktiviert
cli-staff-list-badges = Ausweise: { $count }
cli-staff-count = Mitarbeiterkonten: { $count }
cli-staff-disabled = { $name } ist deaktiviert: Die Anmeldung ist nicht mehr möglich, und eine am Kiosk offene Sitzung endet sofort.
cli-staff-already-disabled = { $name } war bereits deaktiviert; es wurde nichts geändert.
cli-staff-enabled = { $name } kann sich wieder anmelden.
cli-staff-unlocked = Anmeldung für { $name } entsperrt.
cli-staff-unlock-none = Keine Mitarbeiteranmeldung war gesperrt.
cli-staff-already-enabled = { $name } ist bereits aktiv; es wurde nichts geändert.
cli-staff-pin-reset = { $name } hat eine neue PIN.
cli-staff-totp-reset = { $name } hat einen neuen Authenticator-Schlüssel; der alte gilt nicht mehr.

## lobby demo seed
cli-demo-seeded = Demodaten hinzugefügt: { $members } Mitglieder und das Mitarbeiterkonto „{ $name }“.
cli-demo-credentials = Demo-PIN für Mitarbeiter: { $pin }. Authenticator-Schlüssel: { $key } (nur für die Demo, niemals für einen echten Standort).
cli-demo-already = Dieser Datenordner enthält bereits die Demodaten; es wurde nichts geändert.
cli-demo-refused-site = Die Konfiguration nennt den Standort „{ $site }“, nicht den Demo-Standort.
cli-demo-refused-data = Der Datenordner { $path } enthält bereits Daten eines Standorts (Mitarbeiterkonten: { $staff }, Mitglieder: { $members }, Besuche: { $visits }).
cli-demo-refused = Die Demodaten wurden nicht hinzugefügt: Ihre Mitarbeiter-PIN und ihr Authenticator-Schlüssel sind veröffentlicht, an einem echten Standort könnte sich also jeder als Mitarbeiter anmelden. Es wurde nichts geändert; probieren Sie die Demo in einem leeren Datenordner aus.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEM
cli-doctor-warning = WARNUNG
cli-doctor-config = Konfiguration
cli-doctor-config-demo = keine angegeben: Demomodus mit dem Beispielstandort
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Datenordner
cli-doctor-data-dir-unwritable = { $path } ist nicht beschreibbar: { $reason }
cli-doctor-database = Datenbank
cli-doctor-database-ok = { $path }, Schemaversion { $version }
cli-doctor-database-missing = noch nicht angelegt; sie wird beim ersten Start des Kiosks angelegt
cli-doctor-audit = Audit-Protokoll
cli-doctor-staff = Mitarbeiterkonten
cli-doctor-staff-none = keine: legen Sie eines mit `lobby staff add NAME` an
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = das Demokonto { $names } (veröffentlichte PIN und veröffentlichter Authenticator-Schlüssel) ist an diesem Standort aktiv: deaktivieren Sie es mit `lobby staff disable NAME`
cli-doctor-policies = Richtlinien
cli-doctor-backup = Sicherungen
cli-doctor-backup-ok = zuletzt am { $at }
cli-doctor-backup-stale = Die letzte Sicherung ({ $at }) ist älter als das doppelte Sicherungsintervall: Führen Sie „lobby backup now“ aus und prüfen Sie den Ordner.
cli-doctor-backup-none = Noch keine Sicherung: Der Kiosk legt sie nach Zeitplan an, oder führen Sie „lobby backup now“ aus.
cli-doctor-wifi = Gäste-WLAN
cli-doctor-wifi-none = keine Stufen konfiguriert ([wifi.tiers] in lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: Stufen mit dem Backend "none" werden Gästen angezeigt, aber auf keinem Gerät angewendet.
cli-doctor-policies-unpublished = noch nicht veröffentlicht: { $policies }. Bis dahin wird niemand gebeten, sie zu unterschreiben (lobby policy publish).
cli-doctor-readers = Ausweis-Lesegeräte
cli-doctor-readers-none = keine: Schließen Sie ein PC/SC-Lesegerät an (sonst können Mitglieder nicht mit ihrem Ausweis einchecken)
cli-doctor-readers-service = Der Kartendienst läuft nicht ({ $reason }): Starten Sie pcscd
cli-doctor-display = Anzeige
cli-doctor-display-none = weder DISPLAY noch WAYLAND_DISPLAY gesetzt: Das Kiosk-Fenster kann hier nicht geöffnet werden
cli-doctor-fonts = Schriftarten
cli-doctor-fonts-missing = Noto-Schriftarten nicht gefunden ({ $missing }): Manche Schriftsysteme werden möglicherweise nicht angezeigt
cli-doctor-session-bus = Sitzungsbus
cli-doctor-session-bus-none = kein D-Bus-Sitzungsbus: Ein zweites Kiosk-Fenster könnte starten
cli-doctor-summary = { $problems ->
    [0] Alles, was Lobby braucht, ist vorhanden.
    [one] Ein Problem gefunden.
   *[other] { $problems } Probleme gefunden.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] Ein Mitglied importiert oder aktualisiert.
   *[other] { $count } Mitglieder importiert oder aktualisiert.
}
cli-import-line = Zeile { $line }: { $problem }
cli-export-written = { $rows ->
    [one] Eine Zeile in { $path } geschrieben.
   *[other] { $rows } Zeilen in { $path } geschrieben.
}
cli-date-invalid = { $value } ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.

## lobby policy
cli-policy-published = { $policy } Version { $version } ist veröffentlicht.
cli-policy-text = { $lang }: „{ $title }“, SHA-256 { $hash }
cli-policy-lang-needed = Geben Sie mit --lang an, in welcher Sprache { $path } verfasst ist, zum Beispiel --lang fr.
cli-policy-folder-empty = { $path } enthält keine .md-Dateien; benennen Sie sie nach ihrer Sprache, zum Beispiel fr.md.
cli-policy-list-line = { $policy }: Version { $version }, Sprachen: { $langs }
cli-policy-list-none = { $policy }: noch nicht veröffentlicht
cli-policy-coverage = { $policy } Version { $version }: { $accepted } von { $total } Mitgliedern haben zugestimmt.
cli-policy-coverage-missing = Noch ausstehend: { $names }
cli-policy-verify-ok = { $count ->
    [one] Die Zustimmung stimmt mit ihrem Text überein.
   *[other] Alle { $count } Zustimmungen stimmen mit ihren Texten überein.
}
cli-policy-verify-problem = Zustimmung { $id }: { $problem ->
    [text-altered] Der Text, auf den sie sich bezieht, wurde nach der Veröffentlichung geändert.
    [hash-mismatch] Sie nennt einen Text-Hash, der nicht zu ihrem Text gehört.
    [claims-mismatch] Sie nennt eine andere Richtlinie, Version oder Sprache als ihr Text.
   *[signature-altered] Das Bild der Unterschrift ist nicht das gespeicherte.
}
cli-policy-receipt-written = Beleg über die Zustimmung { $id } gespeichert unter { $path }.

## PDF-Belege über die Zustimmung zu Richtlinien
receipt-heading = Beleg über die Zustimmung
receipt-policy = Richtlinie
receipt-version = Version
receipt-language = Sprache
receipt-text-hash = Fingerabdruck des Textes (SHA-256)
receipt-signer = Unterschrieben von
receipt-member = Mitglied
receipt-visitor = Besucher
receipt-accepted-at = Zugestimmt am
receipt-kiosk = Kiosk
receipt-signature = Unterschrift
receipt-footer = Dieser Beleg zeigt, dass dem Text mit dem oben angegebenen Fingerabdruck zum angegebenen Zeitpunkt zugestimmt wurde. Bewahren Sie ihn als Nachweis auf.

## lobby wifi
cli-config-age-recipient = { $value } ist kein öffentlicher age-Schlüssel (age1…, wie ihn „age-keygen“ ausgibt).
cli-config-wifi-tier-id = { $value } ist keine WLAN-Stufen-ID; verwenden Sie bis zu 20 Kleinbuchstaben, Ziffern und einzelne Bindestriche, zum Beispiel guest.
cli-config-wifi-ssid-empty = Der Netzwerkname ist leer.
cli-config-wifi-ssid-long = Der Netzwerkname ist länger als 32 Byte.
cli-config-wifi-ssid-characters = Der Netzwerkname enthält Zeichen, die ein QR-Code nicht originalgetreu wiedergeben kann (einen Backslash, Steuer- oder Textrichtungszeichen oder Anführungszeichen um den ganzen Namen).
cli-config-wifi-combination = Das Backend { $backend } kann keine Netzwerke vom Typ { $security } mit Zugangsdaten vom Typ { $credentials } betreiben (freeradius: enterprise, per-guest; hostapd: wpa2; offene Netzwerke: shared).
cli-config-wifi-section = Dieses Backend braucht einen Abschnitt [{ $section }].
cli-config-wifi-absolute = Schreiben Sie einen absoluten Pfad.
cli-config-wifi-reload = Schreiben Sie den Befehl als Liste, zum Beispiel ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } steht nicht in wifi.tiers; beschreiben Sie die Stufe zuerst dort.
cli-config-notify-secret = geben Sie genau eines von { $key }, { $key }_file oder { $key }_env an.
cli-config-notify-env = { $value } ist kein Name einer Umgebungsvariable; verwenden Sie Buchstaben, Ziffern und „_“.
cli-config-notify-url = { $value } ist keine Webhook-Adresse; schreiben Sie eine https://-URL (http:// nur zu diesem Rechner).
cli-config-notify-plain = { $value } ist nicht dieser Rechner; verwenden Sie security = "starttls" oder "tls", damit Passwörter und Nachrichten verschlüsselt übertragen werden.
cli-config-notify-from = { $value } ist kein Absender; schreiben Sie „Name <adresse@example.com>“ oder „adresse@example.com“.
cli-config-notify-username = ein Passwort braucht einen Benutzernamen.
cli-config-notify-channel = { $value } ist kein Kanal (Kanäle: email, slack, teams, webhook).
cli-config-print-uri = { $value } ist keine Druckeradresse; schreiben Sie ipp://host/… oder ipps://host/… (eine CUPS-Warteschlange ist ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } ist kein Medienformat (Formate: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 oder BREITExLÄNGEmm, jede Seite von { $min } bis { $max } mm).
cli-config-print-logo = { $value } ist kein PNG- oder SVG-Bild, das Lobby lesen kann.
cli-config-notify-unset = { $value } ist nicht eingerichtet; legen Sie zuerst einen Abschnitt [notifications.{ $value }] an.
cli-config-fleet-credentials = { $value } ist keine brauchbare Zugangsdatei der Flotte ({ $reason }); verwenden Sie die Datei, die lobby-hub kiosk add geschrieben hat.
cli-config-fleet-server = { $value } ist keine NATS-Serveradresse; schreiben Sie nats://host:port oder tls://host:port, ohne Benutzernamen oder Passwort.
cli-config-fleet-tablet = Die Zugangsdaten gehören zum Tablet „{ $tablet }“, dieser Kiosk ist aber „{ $id }“ (kiosk.id).
cli-config-fleet-ca = { $value } ist keine lesbare PEM-Zertifikatsdatei.
cli-wifi-network = Netzwerk: { $ssid }
cli-wifi-username = Benutzername: { $username }
cli-wifi-password = Passwort: { $password }
cli-wifi-open = Passwort: keines (offenes Netzwerk)
cli-wifi-expires = Gültig bis: { $at }
cli-wifi-pass-id = Zugang: { $id }
cli-wifi-revoked = Zugang { $id } gesperrt.
cli-wifi-rotated = { $tier }: neues Passwort; nächste Änderung: { $next }.
cli-wifi-none-shared = Keine Stufe hat ein gemeinsames Passwort.
cli-wifi-no-backend = Keine Stufe wird auf Geräte angewendet (jedes Backend ist "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = eingeschaltet
cli-wifi-tier-closed = bis zur Öffnungszeit abgeschaltet
cli-wifi-count = { $count ->
    [one] Ein Zugang aktiv.
   *[other] { $count } Zugänge aktiv.
}
cli-wifi-backend-ok = { $backend }: stimmt mit der Datenbank überein
cli-wifi-backend-failed = { $backend }: stimmt nicht mit der Datenbank überein: { $reason }

## lobby backup, lobby report
cli-backup-made = Sicherung geschrieben: { $path } ({ $bytes } Byte, { $entries ->
    [one] ein Audit-Eintrag
   *[other] { $entries } Audit-Einträge
}, geprüft).
cli-backup-copied = Kopiert nach { $path }.
cli-backup-count = { $count ->
    [one] Eine Sicherung in { $folder }.
   *[other] { $count } Sicherungen in { $folder }.
}
cli-backup-none = In { $folder } gibt es noch keine Sicherung.
cli-backup-tested = Wiederherstellungstest bestanden: { $file } lässt sich öffnen, und die Kette seines Audit-Protokolls ist intakt ({ $entries ->
    [one] ein Eintrag
   *[other] { $entries } Einträge
}).
cli-backup-restored = Aus { $file } wiederhergestellt: { $entries ->
    [one] ein Audit-Eintrag
   *[other] { $entries } Audit-Einträge
}, Kette intakt.
cli-backup-set-aside = Die ersetzte Datenbank wird als { $path } aufbewahrt.
cli-plan-title = Sicherheitsplan für { $site }, Stand { $at }
cli-plan-backup = Letzte Sicherung: { $at } (zu alt: { $stale })
cli-plan-restore-test = Letzter Wiederherstellungstest: { $at } (bestanden: { $ok })
cli-plan-staff = Mitarbeiterkonten: { $accounts }; mit Authenticator-App: { $authenticator }; mit Mitarbeiterausweis: { $badge }
cli-plan-wifi = Aktive Gäste-WLAN-Zugänge: { $passes }
cli-plan-wifi-shared = Gemeinsames Passwort von { $tier } zuletzt geändert: { $at }
cli-plan-policy = { $policy }: { $accepted } von { $members } Mitgliedern haben der aktuellen Version zugestimmt
cli-plan-roll-call = Letzte Anwesenheitskontrolle: { $at }, Personen: { $people }, vermisst: { $missing }
cli-plan-roll-call-none = Letzte Anwesenheitskontrolle: noch keine
cli-plan-retention = Besuche werden nach { $days ->
    [one] einem Tag
   *[other] { $days } Tagen
} anonymisiert; letzter Lauf: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Der Notfallmodus ist aktiv: { $kind ->
    [fire] Räumung wegen Feuer
    [shelter] Schutz im Gebäude
    [medical] medizinischer Notfall
   *[custom] eigene Nachricht
}. Alle Kiosk-Bildschirme zeigen ihn an, bis „lobby emergency end“ ausgeführt wird oder das Personal ihn beendet.
cli-emergency-ended = Entwarnung: Notfallmodus nach { $seconds } Sekunden beendet.
cli-emergency-off = Der Notfallmodus ist nicht aktiv.
cli-emergency-on = Der Notfallmodus ist seit { $at } aktiv: { $kind }.
cli-emergency-kind = „{ $value }“ ist keine Notfallart; verwenden Sie fire, shelter, medical oder custom (mit --message).
cli-incidents-none = Keine offenen Sicherheitsmeldungen.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , personenbezogene Daten: melden bis { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = „{ $value }“ ist keine Meldungsart; verwenden Sie lost-badge, suspicious-person, phishing, network-breach, data-exposure oder other.
cli-plan-incidents = Offene Sicherheitsmeldungen: { $open }; mit personenbezogenen Daten: { $personal }; 72-Stunden-Frist überschritten: { $overdue }

## lobby install-kiosk
cli-install-done = Kiosk für { $user } unter { $root } eingerichtet ({ $count ->
    [one] ein Element
   *[other] { $count } Elemente
}). Starten Sie ihn mit: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } ist bereits vorhanden und wurde unverändert gelassen.
cli-install-changed = { $path } wurde nach der Einrichtung geändert und bleibt daher bestehen.
cli-install-undone = Kiosk-Einrichtung entfernt ({ $count ->
    [one] ein Element
   *[other] { $count } Elemente
}). Der Datenordner { $data } wurde behalten.
cli-install-nothing = Nichts rückgängig zu machen: { $path } ist nicht vorhanden.
cli-install-no-user = Auf diesem System gibt es keinen Benutzer „{ $user }“. Legen Sie ihn zuerst an, zum Beispiel: adduser { $user }
cli-install-not-linux = lobby install-kiosk richtet Linux-Kiosks ein. Folgen Sie unter Windows und macOS der Anleitung in docs/deploy.md.

## lobby notify: Nachrichten an Gastgeber
cli-notify-sent = #{ $id } { $channel }: zugestellt. Der Server antwortete: { $answer }
cli-notify-retry = #{ $id } { $channel }: noch nicht zugestellt ({ $problem }). Es wird erneut versucht.
cli-notify-failed = #{ $id } { $channel }: nicht zugestellt ({ $problem }). Keine weiteren Versuche: Ursache beheben, dann „lobby notify resend { $id }“ ausführen.
cli-notify-skip-unset = { $channel }: in lobby.toml nicht eingerichtet ([notifications.{ $channel }]).
cli-print-off = Kein Drucker für Besucherausweise eingerichtet: Legen Sie in lobby.toml einen Abschnitt [printing] an (siehe docs/deploy.md).
cli-print-printer = Drucker: { $printer } ({ $model }); Status { $state } ({ $reasons }).
cli-print-takes = Er nimmt { $formats } an; eingelegte Medien: { $media }.
cli-print-sent = Test-Besucherausweis als { $format } auf { $media } gesendet ({ $bytes } Byte): Auftrag { $job }, { $state }.
cli-print-failed = Der Test-Besucherausweis wurde nicht gedruckt: { $problem }
cli-print-sample-name = Jürgen Mustermann
cli-print-sample-company = Beispiel GmbH
cli-notify-skip-address = { $channel }: { $member } hat keine E-Mail-Adresse in der Mitgliederliste.
cli-notify-none = { $member } bekommt keine Nachrichten: „none“ gewählt, oder kein Kanal ist eingerichtet.
cli-notify-list-none = Keine Nachricht an Gastgeber wartet oder ist gescheitert.
cli-notify-line = #{ $id } { $state ->
    [waiting] wartet
    [sending] wird gesendet
    [sent] zugestellt
   *[failed] gescheitert
} — { $channel } an { $host }, eingereiht { $at }, Versuche: { $attempts }
cli-notify-problem = Letztes Problem: { $problem }
cli-notify-resent = Nachricht #{ $id } ({ $channel } an { $host }) ist wieder eingereiht; der Kiosk sendet sie innerhalb einer Minute.
cli-doctor-notify = Nachrichten an Gastgeber
cli-doctor-notify-off = nicht eingerichtet (kein Abschnitt [notifications]): Gastgeber erfahren nichts.
cli-doctor-notify-ok = { $channels }; { $waiting } wartend.
cli-doctor-notify-failed = { $failed } nicht zustellbar: siehe „lobby notify list“, dann „lobby notify resend ID“.
cli-doctor-notify-waiting = { $waiting } warten seit { $at }: prüfen Sie Relay und Webhooks mit „lobby notify test MITGLIED“.
cli-doctor-print = Drucker für Besucherausweise
cli-doctor-print-off = nicht eingerichtet (kein Abschnitt [printing]): Es werden keine Besucherausweise gedruckt.
cli-doctor-print-ok = { $printer }: { $state }; letzter Besucherausweis gedruckt: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; noch kein Besucherausweis gedruckt.
cli-doctor-print-failed = der letzte Besucherausweis ({ $at }) wurde nicht gedruckt: { $problem }. Prüfen Sie den Drucker, dann „lobby print test“.
cli-doctor-print-unreachable = { $printer } antwortet nicht: { $problem }
cli-doctor-print-not-ready = { $printer } kann gerade nicht drucken: { $reasons }

## lobby invite
cli-invite-created = Einladung { $code } für { $name }, Besuch bei { $host }, von { $from } bis { $until }.
cli-invite-emailed = Die Einladung an { $email } ist eingereiht; der Kiosk sendet sie.
cli-invite-give-code = Es wird keine E-Mail gesendet: Geben Sie dem Gast den Code.
cli-invite-none = Keine Einladungen ab heute.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] bevorstehend
    [valid] gültig
    [used] benutzt
    [cancelled] storniert
   *[expired] abgelaufen
} — { $name } für { $host }, { $from } bis { $until }

# Die Kommandozeile von Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): reiner Text für Betreiber, in deren Sprache (aus LANG).

cli-error = Fehler: { $message }
cli-config-refused = Die Konfiguration wurde abgelehnt, es wurde nichts geändert: { $detail }

## lobby audit verify
cli-audit-intact = Audit-Protokoll intakt: { $entries ->
    [one] ein Eintrag geprüft.
   *[other] { $entries } Einträge geprüft.
}
cli-audit-broken = Audit-Protokoll beschädigt bei Eintrag { $seq }: { $problem ->
    [altered] Sein Inhalt wurde verändert.
    [unlinked] Er schließt nicht mehr an den vorherigen Eintrag an; ein Eintrag wurde entfernt, ersetzt oder verschoben.
    [missing] Hier fehlen Einträge.
   *[truncated] Am Ende des Protokolls wurden Einträge abgeschnitten.
}

## lobby staff add
cli-staff-pin-prompt = PIN für { $name } (6 bis 12 Ziffern):
cli-staff-pin-repeat = PIN wiederholen:
cli-staff-pin-mismatch = Die beiden PINs stimmen nicht überein. Es wurde nichts gespeichert.
cli-staff-added = Mitarbeiterkonto { $name } angelegt.
cli-staff-scan = Scannen Sie diesen QR-Code mit einer Authenticator-App oder geben Sie den Schlüssel von Hand ein:
cli-staff-key = Schlüssel: { $key }
cli-staff-uri = Provisioning-URI: { $uri }
cli-staff-qr-saved = QR-Code gespeichert unter { $path }

## lobby demo seed
cli-demo-seeded = Demodaten hinzugefügt: { $members } Mitglieder und das Mitarbeiterkonto „{ $name }“.
cli-demo-credentials = Demo-PIN für Mitarbeiter: { $pin }. Authenticator-Schlüssel: { $key } (nur für die Demo, niemals für einen echten Standort).
cli-demo-already = Dieser Datenordner enthält bereits die Demodaten; es wurde nichts geändert.

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

# Lobby-Kiosk — die Bildschirme. en-US ist die Referenz: Jede andere Sprache enthält jede
# Nachricht und jedes Attribut dieser Datei. Standortangaben (Namen, Zahlen) sind immer Argumente.

## Die Sprache, wie ihre Sprecher sie schreiben (in der Sprachauswahl angezeigt).
language-name = Deutsch

## Startseite
home-welcome = Willkommen bei { $site }
home-prompt = Wie können wir Ihnen heute helfen?
home-desk-help = Sie möchten jemanden besuchen? Bitte melden Sie sich am Empfang. Die Selbstanmeldung an diesem Tablet ist bald verfügbar.
home-staff = Personal
home-language = Sprache
home-demo = Demomodus
home-today = Heute ist { $date }

## Aktionen auf vielen Bildschirmen
action-cancel = Abbrechen
action-back = Zurück
action-sign-in = Anmelden
action-sign-out = Abmelden
action-close = Schließen

## Anmeldung für Mitarbeiter
staff-signin-title = Mitarbeiter-Anmeldung
staff-signin-hint = Geben Sie Ihre PIN und den 6-stelligen Code aus Ihrer Authenticator-App ein.
staff-signin-pin = PIN
staff-signin-code = Authenticator-Code
staff-signin-working = Wird geprüft …

## Mitarbeiterbereich
staff-home-title = Angemeldet als { $name }
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
   *[truncated] Am Ende des Protokolls wurden Einträge abgeschnitten.
}
staff-recent-title = Letzte Aktivitäten
staff-recent-empty = Noch nichts aufgezeichnet.
staff-recent-entry = { $action ->
    [staff-sign-in] Anmeldeversuch eines Mitarbeiters
    [staff-sign-out] Mitarbeiter abgemeldet
    [staff-add] Mitarbeiterkonto angelegt
    [demo-seed] Demodaten hinzugefügt
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
error-staff-name-invalid = Ein Mitarbeitername hat 1 bis 80 Zeichen.

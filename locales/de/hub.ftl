# lobby-hub, der zentrale Speicher der Flotte: reiner Text für Betreiber, in deren Sprache (aus
# LANG). Fehler folgen auf „cli-error“ („Fehler: …“).

## Fehler
hub-error-database = Die Datenbank { $url } kann nicht verwendet werden: { $reason }. Es wurde nichts geändert.
hub-error-nats = Der NATS-Server { $url } ist nicht erreichbar: { $reason }.
hub-error-unknown-site = Es gibt keinen Standort „{ $site }“; legen Sie ihn zuerst an mit: lobby-hub site add { $site }
hub-error-bad-id = „{ $value }“ ist keine gültige ID: Verwenden Sie 1 bis 40 Kleinbuchstaben, Ziffern oder „-“, nicht mit „-“ am Anfang.
hub-error-bad-date = „{ $value }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-31.
hub-error-kiosk-exists = Tablet { $tablet } des Standorts { $site } hat bereits Zugangsdaten. Um neue auszustellen (die alten funktionieren dann nicht mehr), fügen Sie --replace hinzu.
hub-error-unknown-kiosk = Der Standort { $site } hat kein aktives Tablet { $tablet }.
hub-error-file = { $path } kann nicht geschrieben werden: { $reason }.
hub-error-reload = Der NATS-Server (PID { $pid }) kann nicht zum Neuladen aufgefordert werden: { $reason }. Laden Sie ihn von Hand neu (kill -HUP mit seiner PID).
hub-error-sql = Die Datenbank hat den Vorgang abgelehnt: { $reason }. Es wurde nichts geändert.

## lobby-hub serve
hub-serve-started = Die Änderungen der Tablets werden von { $nats } empfangen. Beenden mit Strg+C oder SIGTERM.
hub-serve-stopped = Beendet; jede empfangene Änderung wurde gespeichert.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Standort { $site } gespeichert (JetStream-Domäne { $domain }). lobby-hub serve legt seinen Stream an.
hub-kiosk-added = Tablet { $tablet } des Standorts { $site } als NATS-Benutzer { $user } hinzugefügt; seine Zugangsdaten stehen in { $file }. Kopieren Sie diese Datei auf das Tablet und halten Sie sie geheim.
hub-kiosk-revoked = Tablet { $tablet } des Standorts { $site } gesperrt.
hub-kiosk-none = Noch keine Tablets.
hub-kiosk-active = { $site } / { $tablet }: Benutzer { $user }, hinzugefügt { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: Benutzer { $user }, hinzugefügt { $added }, gesperrt { $revoked }
hub-users-hint = Keine --users-file angegeben: Der NATS-Server des Standorts hat noch seine alten Benutzer.
hub-users-written = Benutzerdatei { $file } geschrieben; zugelassene Tablets: { $count }.
hub-users-reloaded = Der NATS-Server (PID { $pid }) liest sie jetzt neu.
hub-users-reload-hint = Laden Sie den NATS-Server des Standorts neu, damit er die Datei liest (nats-server --signal reload oder kill -HUP mit seiner PID).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, Epoche { $epoch }, Eintrag { $seq }: { $problem ->
    [gap] Einträge fehlen (gap)
    [unlinked] schließt nicht an den Eintrag davor an (unlinked)
    [altered] sein Inhalt wurde geändert (altered)
    [fork] eine andere Geschichte mit denselben Nummern (fork)
    [missing] Einträge fehlen auf dem Tablet (missing)
    [truncated] Einträge am Ende abgeschnitten (truncated)
    [unkeyed] nicht verschlüsselt signiert (unkeyed)
    [wrong-key] mit einem anderen Standortschlüssel signiert (wrong-key)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Nachricht { $id } auf { $subject } konnte nicht gelesen werden: { $reason }
hub-audit-clean = Jede Kette ist intakt ({ $chains } geprüft); keine Nachricht wurde abgelehnt.

## lobby-hub export visits
hub-export-written = Exportierte Besuche: { $rows } ({ $file }).

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
hub-error-file-read = { $path } kann nicht gelesen werden: { $reason }.
hub-error-no-nats = Geben Sie den NATS-Server des Hubs an: --nats URL oder LOBBY_HUB_NATS.
hub-error-reload = Der NATS-Server (PID { $pid }) kann nicht zum Neuladen aufgefordert werden: { $reason }. Laden Sie ihn von Hand neu (kill -HUP mit seiner PID).
hub-error-no-number = Der Standort { $site } hat bereits 10 Tablets, mehr sind nicht möglich (jedes bekommt eine Nummer 0 bis 9 für seine Abmeldecodes). Sperren Sie zuerst eines: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, Zeile { $line }: { $problem ->
    [header] die Spalte „{ $value }“ fehlt (die erste Zeile muss id, name, email, team, active nennen).
    [csv] die Zeile ist nicht lesbar ({ $value }).
    [id] „{ $value }“ ist keine Mitglieds-ID (1 bis 64 Zeichen).
    [name] „{ $value }“ ist kein Name.
    [email] „{ $value }“ ist keine E-Mail-Adresse.
    [active] „{ $value }“ ist weder yes noch no.
    [uid] „{ $value }“ ist keine Ausweis-UID (hexadezimal, ganze Bytes).
    [uid-missing] „{ $value }“ steht ohne badge_uid da.
    [card-type] „{ $value }“ ist kein Kartentyp (etwa mifare-classic-1k, desfire oder unknown).
    [date] „{ $value }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.
    [date-order] der Ausweis endet ({ $value }), bevor er beginnt.
    [uid-twice] Ausweis { $value } steht schon in Zeile { $other }; eine Karte gehört einem Mitglied.
    [member-differs] Mitglied { $value } steht in Zeile { $other } mit anderen Angaben; geben Sie in jeder Zeile denselben Namen, dieselbe E-Mail, dasselbe Team und denselben Status an.
    [uid-held] Ausweis { $value } gehört am Hub Mitglied { $holder }; sperren Sie ihn zuerst (lobby-hub badge revoke).
    [uid-revoked] Ausweis { $value } von Mitglied { $holder } wurde am Hub gesperrt; ein Import gibt eine gesperrte Karte nicht wieder aus: entfernen Sie die Zeile oder geben Sie eine neue Karte aus.
    [empty] die Datei enthält keine Mitglieder.
   *[other] { $problem } { $value }
} Es wurde nichts gespeichert.
hub-error-unknown-badge = Der Standort { $site } hat keinen Ausweis { $uid } in Gebrauch.
hub-error-policy = { $problem ->
    [id] „{ $value }“ ist keine Richtlinien-ID; verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa house-rules.
    [none] Geben Sie den Text der Richtlinie in mindestens einer Sprache an: LANG=DATEI.
    [argument] „{ $value }“ ist nicht LANG=DATEI, zum Beispiel de=hausordnung.md.
    [lang] „{ $value }“ ist keine mitgelieferte Sprache (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } ist doppelt angegeben.
    [utf8] { $value } ist kein UTF-8-Text.
    [empty] { $value } ist leer.
   *[other] { $problem } { $value }
} Es wurde nichts veröffentlicht.
hub-error-emergency = { $problem ->
    [kind] „{ $value }“ ist keine Art von Notfall: verwenden Sie fire, shelter, medical oder custom.
    [message-missing] Ein eigener Notfall braucht seine Nachricht: --message TEXT.
    [message-long] Die Nachricht ist zu lang: höchstens { $value } Zeichen.
    [message-control] Die Nachricht muss eine Zeile Text sein.
   *[other] { $problem } { $value }
} Es wurde kein Notfall ausgelöst.
hub-error-no-emergency = Am Standort { $site } gilt kein Notfall; es wurde nichts beendet.
hub-error-no-roll-call = { $which ->
    [id] Am Standort { $site } gibt es keine Anwesenheitskontrolle { $id }.
   *[newest] Am Standort { $site } gibt es noch keine Anwesenheitskontrolle: Keine Anwesenheitskontrolle eines Tablets hat den Hub erreicht.
} Es wurde nichts exportiert.
hub-error-config = Die Konfiguration { $file } wurde abgelehnt; nichts wurde gespeichert oder gesendet.
hub-error-sql = Die Datenbank hat den Vorgang abgelehnt: { $reason }. Es wurde nichts geändert.

## lobby-hub serve
hub-serve-started = Die Änderungen der Tablets werden von { $nats } empfangen. Beenden mit Strg+C oder SIGTERM.
hub-serve-stopped = Beendet; jede empfangene Änderung wurde gespeichert.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Standort { $site } gespeichert (JetStream-Domäne { $domain }). lobby-hub serve legt seinen Stream an.
hub-kiosk-added = Tablet { $tablet } des Standorts { $site } als NATS-Benutzer { $user } hinzugefügt, Nummer { $number }; seine Zugangsdaten stehen in { $file }. Kopieren Sie diese Datei auf das Tablet und halten Sie sie geheim.
hub-kiosk-revoked = Tablet { $tablet } des Standorts { $site } gesperrt.
hub-kiosk-none = Noch keine Tablets.
hub-kiosk-active = { $site } / { $tablet }: Nummer { $number }, Benutzer { $user }, hinzugefügt { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: Nummer { $number }, Benutzer { $user }, hinzugefügt { $added }, gesperrt { $revoked }
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
    [badge-conflict] einer Karte wurden zwei Mitglieder zugeordnet; keines wurde geändert, das Personal muss entscheiden (badge-conflict)
    [badge-unknown-member] ein Ausweis für ein Mitglied, das der Hub nicht kennt (badge-unknown-member)
    [badge-bad-uid] eine Ausweisanfrage mit unlesbarer UID (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Nachricht { $id } auf { $subject } konnte nicht gelesen werden: { $reason }
hub-audit-clean = Jede Kette ist intakt ({ $chains } geprüft); keine Nachricht wurde abgelehnt.

## lobby-hub export visits
hub-export-written = Exportierte Besuche: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Anwesenheitskontrolle { $id } exportiert; aufgeführte Personen: { $rows } ({ $file }).

## An die Tablets eines Standorts gesendete Änderungen
hub-down-published = An die Tablets des Standorts gesendet.
hub-down-queued = Am Hub gespeichert, aber der NATS-Server ist gerade nicht erreichbar: lobby-hub serve sendet es, sobald es geht.
hub-members-imported = Standort { $site }: gelesene Mitglieder: { $members }, Ausweise: { $badges }, geänderte Mitglieder: { $changed }.
hub-members-none = Noch keine Mitglieder.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] aktiv
   *[no] inaktiv
}, Ausweise: { $badges }
hub-badge-revoked = Ausweis { $uid } von Mitglied { $member } (Standort { $site }) gesperrt.
hub-policy-saved = Richtlinie { $policy } für Standort { $site } gespeichert ({ $langs }).
hub-config-saved = { $file } ist gültig; für Standort { $site } gespeichert (sha256 { $sha }).
hub-config-fleet = der Abschnitt [fleet] gehört zu jedem einzelnen Tablet (sein Server und seine Zugangsdaten); entfernen Sie ihn aus der Datei des Standorts.
hub-emergency-started = Notfall { $id } am Standort { $site } ausgelöst: { $kind ->
    [fire] Feuer
    [shelter] Schutz suchen
    [medical] medizinisch
   *[custom] eigener
}.
hub-emergency-ended = Entwarnung am Standort { $site }: Notfall { $id } ({ $kind ->
    [fire] Feuer
    [shelter] Schutz suchen
    [medical] medizinisch
   *[custom] eigener
}, begonnen { $started }) beendet.
hub-emergency-none = Am Standort { $site } gilt kein Notfall.
hub-emergency-in-force = Am Standort { $site } gilt ein Notfall: { $id }, { $kind ->
    [fire] Feuer
    [shelter] Schutz suchen
    [medical] medizinisch
   *[custom] eigener
}, begonnen { $started }. { $message } (Weitere nicht beendete Notfälle: { $others }.)

## Personalkonten aus dem Hub (lobby-hub staff)
hub-error-staff-exists = Der Standort { $site } hat bereits ein Personalkonto „{ $name }“. Es wurde nichts gespeichert. Anmelden sperren oder erlauben: lobby-hub staff disable|enable { $site } NAME. Neue PIN und neuer Schlüssel: lobby-hub staff reset { $site } NAME
hub-error-unknown-staff = Der Standort { $site } hat kein im Hub angelegtes Personalkonto „{ $name }“ (lobby-hub staff list { $site }).
hub-error-staff-name = „{ $value }“ kann nicht der Name eines Personalkontos sein: 1 bis 80 Zeichen ohne Steuerzeichen (lobby-fleet ist für die Tablets reserviert).
hub-staff-added = Personalkonto { $name } für den Standort { $site } gespeichert; jedes Tablet des Standorts erhält es und ersetzt damit ein gleichnamiges, am Tablet angelegtes Konto.
hub-staff-reset = Das Personalkonto { $name } des Standorts { $site } hat eine neue PIN und einen neuen Authenticator-Schlüssel; jedes Tablet des Standorts erhält sie, und die alte PIN und die Codes der alten App gelten dort nicht mehr.
hub-staff-setup = Richten Sie jetzt die Authenticator-App der Person mit dem Schlüssel oder der URI unten ein (ein QR-Code der URI geht auch); sie werden nicht noch einmal angezeigt.
hub-staff-disabled = Personalkonto { $name } des Standorts { $site } gesperrt: Es kann sich an den Tablets des Standorts nicht mehr anmelden.
hub-staff-enabled = Personalkonto { $name } des Standorts { $site } freigegeben: Es kann sich wieder anmelden.
hub-staff-unchanged = Personalkonto { $name } des Standorts { $site } ist bereits { $active ->
    [yes] freigegeben
   *[no] gesperrt
}; es wurde nichts gesendet.
hub-staff-none = Der Standort { $site } hat noch keine im Hub angelegten Personalkonten.
hub-staff-line = { $name }: { $active ->
    [yes] aktiv
   *[no] gesperrt
}, angelegt { $added }

# lobby-hub, l'archivio centrale della flotta: testo semplice per l'operatore, nella sua lingua
# (da LANG). Gli errori seguono «cli-error» («Errore: …»).

## Errori
hub-error-database = Impossibile usare il database { $url }: { $reason }. Non è stato modificato nulla.
hub-error-nats = Impossibile raggiungere il server NATS { $url }: { $reason }.
hub-error-unknown-site = Non esiste la sede «{ $site }»; aggiungila prima con: lobby-hub site add { $site }
hub-error-bad-id = «{ $value }» non è un identificativo valido: usa da 1 a 40 lettere minuscole, cifre o «-», senza «-» all'inizio.
hub-error-bad-date = «{ $value }» non è una data; scrivila come AAAA-MM-GG, per esempio 2026-03-31.
hub-error-kiosk-exists = Il tablet { $tablet } della sede { $site } ha già delle credenziali. Per emetterne di nuove (le vecchie smettono di funzionare), aggiungi --replace.
hub-error-unknown-kiosk = La sede { $site } non ha un tablet attivo { $tablet }.
hub-error-file = Impossibile scrivere { $path }: { $reason }.
hub-error-reload = Impossibile chiedere al server NATS (pid { $pid }) di ricaricarsi: { $reason }. Ricaricalo a mano (kill -HUP con il suo pid).
hub-error-sql = Il database ha rifiutato l'operazione: { $reason }. Non è stato modificato nulla.

## lobby-hub serve
hub-serve-started = Ricezione delle modifiche dei tablet da { $nats }. Fermare con Ctrl+C o SIGTERM.
hub-serve-stopped = Fermato; ogni modifica ricevuta è stata salvata.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Sede { $site } salvata (dominio JetStream { $domain }). lobby-hub serve ne crea lo stream.
hub-kiosk-added = Tablet { $tablet } della sede { $site } aggiunto come utente NATS { $user }; le sue credenziali sono in { $file }. Copia quel file sul tablet e tienilo segreto.
hub-kiosk-revoked = Tablet { $tablet } della sede { $site } revocato.
hub-kiosk-none = Ancora nessun tablet.
hub-kiosk-active = { $site } / { $tablet }: utente { $user }, aggiunto il { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: utente { $user }, aggiunto il { $added }, revocato il { $revoked }
hub-users-hint = Nessun --users-file indicato: il server NATS della sede ha ancora i vecchi utenti.
hub-users-written = File degli utenti { $file } scritto; tablet ammessi: { $count }.
hub-users-reloaded = Il server NATS (pid { $pid }) lo sta rileggendo.
hub-users-reload-hint = Ricarica il server NATS della sede perché legga il file (nats-server --signal reload, oppure kill -HUP con il suo pid).

## lobby-hub audit verify
hub-audit-flag = { $site } / { $tablet }, epoca { $epoch }, voce { $seq }: { $problem ->
    [gap] mancano delle voci (gap)
    [unlinked] non si collega alla voce precedente (unlinked)
    [altered] il suo contenuto è stato modificato (altered)
    [fork] un'altra storia con gli stessi numeri (fork)
    [missing] mancano delle voci sul tablet (missing)
    [truncated] voci tagliate alla fine (truncated)
    [unkeyed] non firmata con la chiave (unkeyed)
    [wrong-key] firmata con un'altra chiave di sede (wrong-key)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Il messaggio { $id } su { $subject } non è leggibile: { $reason }
hub-audit-clean = Ogni catena è integra ({ $chains } verificate); nessun messaggio rifiutato.

## lobby-hub export visits
hub-export-written = Visite esportate: { $rows } ({ $file }).

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
hub-error-file-read = Impossibile leggere { $path }: { $reason }.
hub-error-no-nats = Indica il server NATS dell'hub: --nats URL o LOBBY_HUB_NATS.
hub-error-reload = Impossibile chiedere al server NATS (pid { $pid }) di ricaricarsi: { $reason }. Ricaricalo a mano (kill -HUP con il suo pid).
hub-error-no-number = La sede { $site } ha già 10 tablet, il massimo (ognuno riceve un numero da 0 a 9 per i codici di uscita). Revocane prima uno: lobby-hub kiosk revoke { $site } TABLET
hub-error-import = { $file }, riga { $line }: { $problem ->
    [header] manca la colonna «{ $value }» (la prima riga deve nominare id, name, email, team, active).
    [csv] la riga non è leggibile ({ $value }).
    [id] «{ $value }» non è un id di membro (da 1 a 64 caratteri).
    [name] «{ $value }» non è un nome.
    [email] «{ $value }» non è un indirizzo e-mail.
    [active] «{ $value }» non è né yes né no.
    [uid] «{ $value }» non è un uid di badge (esadecimale, byte interi).
    [uid-missing] «{ $value }» è indicato senza badge_uid.
    [card-type] «{ $value }» non è un tipo di tessera (come mifare-classic-1k, desfire o unknown).
    [date] «{ $value }» non è una data; scrivila come AAAA-MM-GG.
    [date-order] il badge finisce ({ $value }) prima di iniziare.
    [uid-twice] il badge { $value } è già alla riga { $other }; una tessera appartiene a un solo membro.
    [member-differs] il membro { $value } è alla riga { $other } con altri dati; indica lo stesso nome, e-mail, team e stato su ogni riga.
    [uid-held] il badge { $value } appartiene al membro { $holder } nell'hub; revocalo prima (lobby-hub badge revoke).
    [uid-revoked] il badge { $value } del membro { $holder } è stato revocato nell'hub; un'importazione non riassegna una tessera revocata: togli la riga o consegna una nuova tessera.
    [empty] il file non contiene membri.
   *[other] { $problem } { $value }
} Non è stato salvato nulla.
hub-error-unknown-badge = La sede { $site } non ha nessun badge { $uid } in uso.
hub-error-policy = { $problem ->
    [id] «{ $value }» non è un id di regolamento; usa lettere minuscole, cifre e trattini singoli, come house-rules.
    [none] Indica il testo del regolamento in almeno una lingua: LANG=FILE.
    [argument] «{ $value }» non è LANG=FILE, per esempio it=regolamento.md.
    [lang] «{ $value }» non è una lingua fornita (ar, de, en-US, es, fr, it, nl, pl, pt-BR, zh-CN).
    [lang-twice] { $value } è indicata due volte.
    [utf8] { $value } non è testo UTF-8.
    [empty] { $value } è vuoto.
   *[other] { $problem } { $value }
} Non è stato pubblicato nulla.
hub-error-emergency = { $problem ->
    [kind] «{ $value }» non è un tipo di emergenza: usa fire, shelter, medical o custom.
    [message-missing] Un'emergenza personalizzata ha bisogno del suo messaggio: --message TESTO.
    [message-long] Il messaggio è troppo lungo: al massimo { $value } caratteri.
    [message-control] Il messaggio deve essere una sola riga di testo.
   *[other] { $problem } { $value }
} Nessuna emergenza è stata avviata.
hub-error-no-emergency = Nessuna emergenza è in corso nella sede { $site }; non è stato terminato nulla.
hub-error-no-roll-call = { $which ->
    [id] La sede { $site } non ha l'appello { $id }.
   *[newest] La sede { $site } non ha ancora nessun appello: nessun appello di un tablet è arrivato all'hub.
} Non è stato esportato nulla.
hub-error-config = La configurazione { $file } è stata rifiutata; non è stato salvato né inviato nulla.
hub-error-sql = Il database ha rifiutato l'operazione: { $reason }. Non è stato modificato nulla.

## lobby-hub serve
hub-serve-started = Ricezione delle modifiche dei tablet da { $nats }. Fermare con Ctrl+C o SIGTERM.
hub-serve-stopped = Fermato; ogni modifica ricevuta è stata salvata.

## lobby-hub site, lobby-hub kiosk
hub-site-added = Sede { $site } salvata (dominio JetStream { $domain }). lobby-hub serve ne crea lo stream.
hub-kiosk-added = Tablet { $tablet } della sede { $site } aggiunto come utente NATS { $user }, numero { $number }; le sue credenziali sono in { $file }. Copia quel file sul tablet e tienilo segreto.
hub-kiosk-revoked = Tablet { $tablet } della sede { $site } revocato.
hub-kiosk-none = Ancora nessun tablet.
hub-kiosk-active = { $site } / { $tablet }: numero { $number }, utente { $user }, aggiunto il { $added }
hub-kiosk-revoked-line = { $site } / { $tablet }: numero { $number }, utente { $user }, aggiunto il { $added }, revocato il { $revoked }
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
    [badge-conflict] una tessera assegnata a due membri; nessuno è stato modificato, il personale deve decidere (badge-conflict)
    [badge-unknown-member] un badge per un membro che l'hub non conosce (badge-unknown-member)
    [badge-bad-uid] una richiesta di badge con un uid illeggibile (badge-bad-uid)
   *[other] { $problem }
} { $detail }
hub-audit-rejected = Il messaggio { $id } su { $subject } non è leggibile: { $reason }
hub-audit-clean = Ogni catena è integra ({ $chains } verificate); nessun messaggio rifiutato.

## lobby-hub export visits
hub-export-written = Visite esportate: { $rows } ({ $file }).
## lobby-hub export rollcall
hub-export-rollcall-written = Appello { $id } esportato; persone elencate: { $rows } ({ $file }).

## Modifiche inviate ai tablet di una sede
hub-down-published = Inviato ai tablet della sede.
hub-down-queued = Salvato nell'hub, ma il server NATS ora non è raggiungibile: lobby-hub serve lo invierà appena possibile.
hub-members-imported = Sede { $site }: membri letti: { $members }, badge: { $badges }, membri modificati: { $changed }.
hub-members-none = Ancora nessun membro.
hub-members-line = { $id }: { $name }, { $active ->
    [yes] attivo
   *[no] non attivo
}, badge: { $badges }
hub-badge-revoked = Badge { $uid } del membro { $member } (sede { $site }) revocato.
hub-policy-saved = Regolamento { $policy } salvato per la sede { $site } ({ $langs }).
hub-config-saved = { $file } è valido; salvato per la sede { $site } (sha256 { $sha }).
hub-config-fleet = la sezione [fleet] è di ogni singolo tablet (il suo server e le sue credenziali); toglila dal file della sede.
hub-emergency-started = Emergenza { $id } avviata nella sede { $site }: { $kind ->
    [fire] incendio
    [shelter] riparo sul posto
    [medical] medica
   *[custom] personalizzata
}.
hub-emergency-ended = Cessato allarme nella sede { $site }: emergenza { $id } ({ $kind ->
    [fire] incendio
    [shelter] riparo sul posto
    [medical] medica
   *[custom] personalizzata
}, iniziata { $started }) terminata.
hub-emergency-none = Nessuna emergenza in corso nella sede { $site }.
hub-emergency-in-force = Emergenza in corso nella sede { $site }: { $id }, { $kind ->
    [fire] incendio
    [shelter] riparo sul posto
    [medical] medica
   *[custom] personalizzata
}, iniziata { $started }. { $message } (Altre emergenze non terminate: { $others }.)

## Account del personale creati nell'hub (lobby-hub staff)
hub-error-staff-exists = La sede { $site } ha già un account del personale «{ $name }». Non è stato salvato nulla. Per bloccare o consentire il suo accesso: lobby-hub staff disable|enable { $site } NOME. Per un nuovo PIN e una nuova chiave: lobby-hub staff reset { $site } NOME
hub-error-unknown-staff = La sede { $site } non ha un account del personale «{ $name }» creato nell'hub (lobby-hub staff list { $site }).
hub-error-staff-name = «{ $value }» non può essere il nome di un account del personale: usa da 1 a 80 caratteri senza caratteri di controllo (lobby-fleet è riservato ai tablet).
hub-staff-added = Account del personale { $name } salvato per la sede { $site }; lo riceve ogni tablet della sede, al posto di un account con lo stesso nome creato su un tablet.
hub-staff-reset = L’account del personale { $name } della sede { $site } ha un nuovo PIN e una nuova chiave di autenticazione; li riceve ogni tablet della sede, e il vecchio PIN e i codici della vecchia app smettono di funzionare.
hub-staff-setup = Configura ora l'app di autenticazione della persona con la chiave o l'URI qui sotto (va bene anche un codice QR dell'URI); non verranno mostrati di nuovo.
hub-staff-disabled = Account del personale { $name } della sede { $site } disattivato: non può più accedere ai tablet della sede.
hub-staff-enabled = Account del personale { $name } della sede { $site } riattivato: può accedere di nuovo.
hub-staff-unchanged = L'account del personale { $name } della sede { $site } è già { $active ->
    [yes] attivo
   *[no] disattivato
}; non è stato inviato nulla.
hub-staff-none = La sede { $site } non ha ancora account del personale creati nell'hub.
hub-staff-line = { $name }: { $active ->
    [yes] attivo
   *[no] disattivato
}, creato il { $added }

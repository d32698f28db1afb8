## lobby privacy: richieste di una persona sui propri dati (issue 23)

privacy-pdf-title = Che cosa { $site } conserva su di te
privacy-pdf-intro = Tutto ciò che Lobby, il sistema di reception, conservava il { $date } sulla persona indicata come «{ $named }». Il file personal-data.json accanto a questo documento contiene gli stessi dati in formato leggibile da una macchina.
privacy-pdf-none = Nessuno.
privacy-pdf-record = Voce { $id }
privacy-pdf-visits = Visite e tour
privacy-pdf-acceptances = Firme e ricevute del codice di condotta
privacy-pdf-wifi = Accessi Wi-Fi
privacy-pdf-roll-calls = Appelli di evacuazione
privacy-pdf-messages = Messaggi sulle tue visite
privacy-pdf-invitations = Inviti
privacy-pdf-badges = Badge visitatore stampati
privacy-pdf-approvals = Registrazioni in attesa di approvazione
privacy-pdf-profile = Profilo visitatore
privacy-pdf-incidents = Segnalazioni di sicurezza che ti nominano
privacy-pdf-deny = Voci della lista di esclusione
privacy-pdf-holds = Obblighi di conservazione sui tuoi dati
privacy-pdf-name = Nome
privacy-pdf-company = Azienda
privacy-pdf-email = E-mail
privacy-pdf-phone = Telefono
privacy-pdf-purpose = Motivo o interesse
privacy-pdf-kind = Tipo
privacy-pdf-host = Ospite di
privacy-pdf-language = Lingua
privacy-pdf-arrived = Arrivo
privacy-pdf-left = Uscita
privacy-pdf-lead-consent = Conservato come contatto commerciale
privacy-pdf-anonymised = Anonimizzato
privacy-pdf-visit = Visita
privacy-pdf-policy = Testo firmato
privacy-pdf-signed-at = Firmato
privacy-pdf-signature = Firma
privacy-pdf-signature-file = L’immagine è in { $file } (SHA-256 { $hash }).
privacy-pdf-signature-removed = L’immagine è stata rimossa; il suo SHA-256 { $hash } resta come prova della firma.
privacy-pdf-valid = Validità
privacy-pdf-label = Rilasciato per
privacy-pdf-status = Stato
privacy-pdf-channel = Canale
privacy-pdf-recipient = Inviato a
privacy-pdf-created = Data
privacy-pdf-content = Contenuto
privacy-pdf-description = Descrizione
privacy-pdf-contact = Contatto
privacy-pdf-note = Nota del personale
privacy-pdf-reported = Segnalato
privacy-pdf-closed = Terminato
privacy-pdf-reason = Motivo
privacy-pdf-until = Fino al
privacy-pdf-last-visit = Ultima visita
privacy-pdf-yes = Sì
privacy-pdf-no = No
privacy-pdf-rights = Puoi chiedere alla reception di rettificare o cancellare questi dati. I dati soggetti a un obbligo di conservazione restano fino alla sua scadenza (art. 17, paragrafo 3, del GDPR).

## lobby privacy (riga di comando)
cli-privacy-exported = Scritti { $json } e { $pdf }: { $records } voci. La richiesta #{ $id } ha avuto risposta.
cli-privacy-received = Richiesta #{ $id } ({ $kind }) ricevuta il { $received }: rispondere entro il { $due }.
cli-privacy-request-line = #{ $id } { $kind } { $named }, ricevuta il { $received }, scadenza { $due }: { $state }
cli-privacy-days-left = { $days ->
    [one] manca 1 giorno
   *[other] mancano { $days } giorni
}
cli-privacy-overdue = { $days ->
    [one] in ritardo di 1 giorno
   *[other] in ritardo di { $days } giorni
}
cli-privacy-answered = risposta il { $at }
cli-privacy-no-requests = Nessuna richiesta aperta.
cli-privacy-erased = Cancellazione #{ $id }, { $at }:
cli-privacy-erased-line = - cancellato: { $table }: { $count }
cli-privacy-nothing-erased = - non restava nulla da cancellare.
cli-privacy-kept-heading = Conservato (art. 17, paragrafo 3, del GDPR):
cli-privacy-kept-line = - { $table } #{ $id }: { $why }
cli-privacy-why-incident = nominato in una segnalazione di sicurezza ancora aperta
cli-privacy-why-hold = obbligo di conservazione #{ $hold } fino al { $until }: { $reason }
cli-privacy-why-deny = una voce della lista di esclusione (si modifica con lobby deny)
cli-privacy-nothing-kept = Non è stato conservato nulla.
cli-privacy-backups = I backup precedenti a { $at } contengono ancora i dati cancellati finché non vengono ruotati.
cli-privacy-wal-busy = Un altro programma sta leggendo il database: i dati cancellati lasceranno il suo registro write-ahead quando lo rilascerà.
cli-privacy-table = { $table ->
    [visits] visite
    [acceptances] firme
    [wifi_passes] accessi Wi-Fi
    [roll_call_entries] righe di appello
    [outbox] messaggi
    [invitations] inviti
    [approvals] registrazioni in attesa di approvazione
    [visitor_profiles] profilo visitatore
    [incidents] segnalazioni di sicurezza
   *[deny_entries] voci della lista di esclusione
}
cli-privacy-hold-set = Obbligo di conservazione #{ $id } su { $who } fino al { $until }.
cli-privacy-hold-line = #{ $id } { $who } fino al { $until }: { $reason }
cli-privacy-hold-released = Obbligo di conservazione #{ $id } revocato.
cli-privacy-hold-unknown = Nessun obbligo di conservazione #{ $id } attivo.
cli-privacy-no-holds = Nessun obbligo di conservazione attivo.

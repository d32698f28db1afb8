# Chiosco Lobby — le schermate. en-US è il riferimento: ogni altra lingua contiene ogni
# messaggio e ogni attributo di questo file. I dati della sede (nomi, numeri) sono sempre argomenti.

## La lingua come la scrivono i suoi parlanti (mostrata nella scelta della lingua).
language-name = Italiano

## Schermata iniziale
home-welcome = Benvenuti a { $site }
home-prompt = Come possiamo aiutarLa oggi?
home-desk-help = Serve aiuto? Si rivolga alla reception.
home-check-in = Registra l'arrivo
home-check-in-help = Visita a un membro, pass giornaliero, lavori o colloquio
home-members = Membri: avvicinate il badge al lettore per registrarvi.
home-tour = Sono qui per una visita guidata
home-check-out = Registra l'uscita
home-staff = Personale
idle-still-there = È ancora qui? Questa schermata ricomincia tra pochi secondi.
idle-still-here = Sono ancora qui
home-language = Lingua
home-demo = Modalità demo
home-today = Oggi è { $date }

## Azioni usate in molte schermate
action-cancel = Annulla
action-back = Indietro
action-sign-in = Accedi
action-sign-out = Esci
action-close = Chiudi
action-continue = Continua
action-done = Fine

## Arrivo: il tipo di visita
checkin-type-title = Qual è il motivo della Sua visita?
visit-kind = { $kind ->
    [member] Membro
    [guest] Visita a un membro
    [tour] Visita guidata degli spazi
    [day-pass] Pass giornaliero
    [contractor] Interventi tecnici
    [delivery] Consegna
   *[interview] Colloquio o evento
}
visit-kind-help = { $kind ->
    [guest] Ha ricevuto un invito da una persona che lavora qui.
    [tour] Scopra gli spazi con un membro del nostro team.
    [day-pass] Per lavorare qui durante la giornata.
    [contractor] È qui per riparare o installare qualcosa.
    [delivery] Porta un pacco o della merce per qualcuno qui.
   *[interview] Ha un colloquio o partecipa a un evento.
}

## Arrivo: i Suoi dati
checkin-details-title = I Suoi dati
checkin-optional = facoltativo
field-name = Nome e cognome
field-company = Azienda
field-email = Email
field-phone = Telefono
field-purpose = Motivo della visita
field-interest = Che cosa sta cercando?

## Arrivo: la persona da visitare
checkin-host-title = Chi viene a trovare?
checkin-host-search = Digiti almeno 2 lettere del nome
checkin-host-none = Nessun membro trovato. Controlli l'ortografia o si rivolga alla reception.
checkin-host-chosen = Viene a trovare { $host }
checkin-host-unknown = Il mio ospite non è in elenco, o non lo so
checkin-recipient-title = Per chi è la consegna?
checkin-recipient-unknown = Per la reception, oppure non lo so

## Arrivo: visite guidate
checkin-guide-title = Chi Le mostra gli spazi?
checkin-guide-unknown = Non lo so
checkin-off-limits-title = Si prega di non accedere a queste aree
checkin-off-limits-intro = Per motivi di sicurezza e per la privacy dei nostri membri, durante la visita l'accesso a queste aree non è consentito:
checkin-off-limits-ack = Ho capito
checkin-lead-title = Restiamo in contatto?
checkin-lead-consent = { $site } può contattarmi riguardo all'abbonamento utilizzando i dati qui sotto.
checkin-lead-note = Conserviamo questi dati solo se seleziona la casella. Altrimenti conserviamo soltanto il Suo nome e l'orario della visita.
checkin-returning = Sono già stato qui
checkin-returning-title = Bentornato
checkin-returning-help = Scrivi l’indirizzo e-mail che hai dato quando ci hai chiesto di ricordarti.
checkin-returning-find = Trovami
checkin-returning-found-title = Sei tu?
checkin-returning-yes = Sì, compila per me
checkin-returning-no = No, ricomincia
checkin-returning-forget = Dimenticami
checkin-returning-forget-note = «Dimenticami» cancella subito questi dati. Le tue visite sono conservate solo come dice la nostra informativa sulla privacy.
checkin-returning-forgotten = Fatto: abbiamo cancellato i dati che conservavamo per te.
checkin-remember = Ricordami la prossima volta
checkin-remember-note = Se spunti questa casella, conserviamo nome, recapiti, lingua e la versione del Codice di condotta che hai firmato per { $days } giorni dopo la tua ultima visita, per compilare questo modulo per te la prossima volta. «Dimenticami» li cancella in qualsiasi momento.
checkin-wait-title = Attendi, qualcuno sarà da te a breve.
checkin-wait-body = Grazie per la pazienza.
checkin-wait-staff = Personale

## Arrivo: privacy
checkin-privacy-title = La Sua privacy
checkin-privacy-body = Conserviamo il Suo nome, la persona che visita e gli orari di arrivo e di uscita, per sapere chi si trova nell'edificio in caso di emergenza e per mantenere sicuri gli spazi. Dopo { $days ->
    [one] un giorno
   *[other] { $days } giorni
} il Suo nome e i Suoi recapiti vengono cancellati. Per consultare o cancellare i Suoi dati, si rivolga alla reception di { $site }.
checkin-privacy-accept = Accetto

## Arrivo: benvenuto
checkin-welcome-title = Le diamo il benvenuto, { $name }!
checkin-welcome-host = Viene a trovare { $host }
checkin-welcome-guide = { $host } Le mostrerà gli spazi.
checkin-welcome-front-desk = { $desk } troverà il Suo ospite e lo avviserà del Suo arrivo.
checkin-welcome-front-desk-tour = { $desk } troverà qualcuno che Le mostri gli spazi.
checkin-welcome-delivery = Consegna per { $host }.
checkin-welcome-delivery-desk = { $desk } riceverà la consegna.
checkin-welcome-host-told = Stiamo avvisando { $host } del suo arrivo.
checkin-badge-printing = Il Suo badge visitatore è in stampa: lo ritiri dalla stampante e lo indossi per tutta la visita.
checkin-badge-ready = Il Suo badge visitatore è pronto: lo ritiri dalla stampante e lo indossi per tutta la visita.
checkin-badge-desk = Non è stato possibile stampare il Suo badge visitatore: lo ritiri alla reception.
checkin-welcome-delivery-told = Stiamo avvisando { $host } che la consegna è arrivata.
checkin-welcome-code = Il Suo codice di uscita
checkin-welcome-code-help = Lo inserisca qui quando va via.
checkin-welcome-wait-title = Dove attendere

## Wi-Fi ospiti nella schermata di benvenuto.
wifi-title = Wi-Fi
wifi-scan = Inquadri il codice con la fotocamera del telefono per connettersi.
wifi-qr-label = Codice QR per connettersi alla rete { $ssid }
wifi-network = Rete
wifi-username = Nome utente
wifi-password = Password
wifi-open = Nessuna password richiesta.
wifi-until = Valido fino alle { $time }.
wifi-enterprise-help = Su un portatile, scelga la rete, poi PEAP, e inserisca nome utente e password.
wifi-closed = { $opens ->
    [none] Il Wi-Fi ospiti al momento non è disponibile.
   *[other] Il Wi-Fi ospiti è chiuso per la notte e riapre alle { $opens }.
}

## Personale: Wi-Fi ospiti.
staff-wifi-title = Wi-Fi ospiti
staff-wifi-tier = Rete
staff-wifi-hours = Ore
staff-wifi-for = Per chi è?
staff-wifi-issue = Rilascia un accesso
staff-wifi-issued = Wi-Fi per { $label }
staff-wifi-active = { $count ->
    [0] Nessun accesso attivo.
    [one] Un accesso attivo:
   *[other] { $count } accessi attivi:
}
staff-wifi-ends = fino alle { $time }
staff-wifi-revoke = Revoca
staff-wifi-revoked = L'accesso di { $holder } è terminato.
staff-wifi-rotate = Nuova password per { $ssid }
staff-wifi-rotated = { $ssid } ha una nuova password.
staff-wifi-closed = La rete { $ssid } è chiusa fino all'orario di apertura.
## Personale: il piano di sicurezza (anche `lobby report security-plan`).
staff-plan-title = Piano di sicurezza
staff-plan-backup = Ultimo backup: { $at }
staff-plan-backup-none = Non è ancora stato eseguito alcun backup.
staff-plan-backup-stale = L'ultimo backup è troppo vecchio. Controlli la cartella dei backup o esegua «lobby backup now».
staff-plan-backup-failed = L'ultimo backup non è riuscito: { $reason }
staff-plan-restore-test = Ultimo test di ripristino: { $at }
staff-plan-restore-test-none = Ancora nessun test di ripristino («lobby backup test»).
staff-plan-staff = { $accounts ->
    [one] Un account del personale
   *[other] { $accounts } account del personale
}: { $authenticator } con app di autenticazione, { $badge } con badge del personale.
staff-plan-wifi = { $passes ->
    [0] Nessun accesso Wi-Fi ospiti attivo.
    [one] Un accesso Wi-Fi ospiti attivo.
   *[other] { $passes } accessi Wi-Fi ospiti attivi.
}
staff-plan-wifi-shared = { $tier }: ultima modifica della password: { $at }
staff-plan-policy = { $policy }: { $accepted } su { $members } membri hanno accettato la versione attuale
staff-plan-roll-call = Ultimo appello: { $at }, { $people ->
    [one] una persona
   *[other] { $people } persone
}, mancanti: { $missing }
staff-plan-roll-call-none = Ancora nessun appello né esercitazione.
staff-plan-retention = Le visite vengono rese anonime dopo { $days ->
    [one] un giorno
   *[other] { $days } giorni
}.
staff-plan-audit-head = Testa del registro di controllo, da annotare (chiave del sito { $key }):
staff-wifi-problem = Il server { $backend } non è aggiornato: { $reason }. Lobby riprova ogni 30 secondi; la registrazione degli arrivi continua e gli accessi funzioneranno non appena il server sarà di nuovo disponibile.

## Uscita
checkout-title = Registra l'uscita
checkout-help = Inserisca il codice a 6 cifre mostrato nella schermata di benvenuto.
checkout-code = Codice di uscita
checkout-done-title = Arrivederci, { $name }!
checkout-done-body = La Sua uscita è stata registrata. Grazie della visita.
checkout-no-code = Non ho il mio codice
checkout-by-name-title = Registri l’uscita con il Suo nome
checkout-by-name-name = Il Suo nome completo, come all’arrivo
checkout-by-name-host = Il nome del Suo ospite

## Personale: chi è presente, appello
staff-onsite-title = Presenti ora
staff-onsite-empty = Nessun visitatore presente.
staff-onsite-count = { $count ->
    [one] Una persona presente
   *[other] { $count } persone presenti
}
staff-onsite-host = In visita da { $host }
staff-onsite-since = Dalle { $time }
staff-onsite-tablet = A { $tablet }
staff-onsite-reprint = Ristampa badge visitatore
staff-onsite-reprinted = { $name }: badge visitatore inviato alla stampante.
staff-print-problem = La stampante dei badge non ha stampato l’ultimo badge visitatore ({ $at }): { $problem }
staff-print-problem-count = { $count ->
    [one] Oggi non è stato possibile stampare un badge visitatore.
   *[other] Oggi non è stato possibile stampare { $count } badge visitatore.
}
staff-self-checkouts-title = Uscite registrate allo schermo oggi
staff-self-checkouts-hint = Con un codice o un nome, al chiosco. Se una non l’ha fatta il visitatore stesso, la annulli: torna presente e nell’appello. Il suo pass Wi-Fi resta chiuso.
staff-self-checkout-at = Uscito alle { $time }
staff-undo-check-out = Annulla
staff-undo-check-out-person = Annulla l’uscita di { $name }
staff-check-out-person = Registra l'uscita di { $name }
staff-rollcall-start = Avvia l'appello
staff-rollcall-title = Appello
staff-rollcall-progress = Al sicuro: { $safe } · Mancanti: { $missing } · Da verificare: { $unaccounted }
staff-rollcall-mark-safe = { $name } è al sicuro
staff-rollcall-mark-missing = { $name } manca all'appello
staff-rollcall-safe = Al sicuro
staff-rollcall-missing = Mancante
staff-rollcall-finish = Termina l'appello
staff-rollcall-finished = Appello terminato alle { $time }.

## Accesso del personale
staff-signin-title = Accesso del personale
staff-signin-who = Chi è?
staff-signin-who-hint = Tocchi il Suo nome, o avvicini il Suo badge del personale al lettore.
staff-signin-someone-else = Un’altra persona
staff-signin-hint = Inserisca il Suo PIN e il codice a 6 cifre dell'app di autenticazione.
staff-signin-badge-read = Badge del personale letto. Inserisca il PIN e acceda; il codice non è necessario.
staff-signin-pin = PIN
staff-signin-code = Codice di autenticazione
staff-signin-working = Verifica in corso…

## Area del personale
staff-home-title = Accesso effettuato come { $name }
scroll-more = Continua più in basso
staff-home-session-held = Modalità emergenza o appello in corso: resta connesso fino alla fine. Esca quando lascia il chiosco.
staff-home-session = Per sicurezza, la sessione viene chiusa dopo { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
} di inattività.
staff-home-counts = { $staff ->
    [one] Un account del personale
   *[other] { $staff } account del personale
}, { $members ->
    [one] un membro attivo
   *[other] { $members } membri attivi
}
staff-audit-title = Registro di controllo
staff-audit-intact = Integro: { $entries ->
    [one] una voce, verificata.
   *[other] { $entries } voci, tutte verificate.
}
staff-audit-broken = Interrotto alla voce { $seq }: { $problem ->
    [altered] il suo contenuto è stato modificato.
    [unlinked] non segue più la voce precedente; una voce è stata rimossa, sostituita o spostata.
    [missing] qui mancano delle voci.
    [unkeyed] non è firmata con la chiave del sito: il registro è stato riscritto da qui.
    [wrong-key] il registro è firmato con un’altra chiave del sito.
   *[truncated] alcune voci sono state tagliate dalla fine del registro.
}
staff-recent-title = Attività recenti
staff-recent-empty = Nessuna attività registrata finora.
staff-recent-entry = { $action ->
    [staff-sign-in] Tentativo di accesso del personale
    [staff-sign-out] Uscita dall'area del personale
    [staff-add] Account del personale creato
    [staff-disable] Account del personale disattivato
    [staff-enable] Account del personale riattivato
    [staff-reset-pin] PIN del personale reimpostato
    [staff-reset-totp] Autenticatore del personale reimpostato
    [staff-unlock] Accesso del personale sbloccato
    [site-key] Chiave del sito impostata, segreti sigillati
    [demo-seed] Dati demo aggiunti
    [visit-check-in] Arrivo di un visitatore registrato
    [visit-check-out] Uscita di un visitatore registrata
    [visit-check-out-undo] Uscita annullata dal personale
    [roll-call-start] Appello avviato
    [roll-call-mark] Appello: persona segnata
    [roll-call-finish] Appello terminato
    [members-import] Membri importati
    [export] Dati esportati
    [visits-anonymise] Vecchie visite rese anonime
    [policy-publish] Versione di un regolamento pubblicata
    [policy-accept] Regolamento firmato
    [policy-decline] Regolamento rifiutato
    [badge-enroll] Badge registrato
    [badge-revoke] Badge revocato
    [badge-restore] Tessera sospesa riattivata
    [notify-test] Messaggio di prova inviato a un ospitante
    [notify-resend] Messaggio a un ospitante reinviato
    [notify-failed] Messaggio a un ospitante non consegnato
    [invitation-create] Invito creato
    [invitation-cancel] Invito annullato
    [invitation-guessing] Codici di invito errati: modulo rallentato
    [badge-printed] Badge visitatore stampato
    [badge-print-failed] Badge visitatore non stampato
    [badge-reprint] Badge visitatore ristampato
    [screen-restarted] Lo schermo si è bloccato ed è stato riavviato
    [screen-failing] Lo schermo continuava a bloccarsi: l’app è stata riavviata
    [member-notify] Modificato come viene avvisato un membro
    [badge-unknown] Tessera sconosciuta avvicinata al lettore
    [badge-refused] Badge rifiutato
    [member-check-in] Arrivo di un membro registrato
    [badges-export] Elenco dei badge esportato
    [staff-badge-enroll] Badge del personale impostato
    [member-add] Membro aggiunto
    [wifi-pass-issue] Accesso Wi-Fi rilasciato
    [wifi-pass-end] Accesso Wi-Fi terminato
    [wifi-rotate] Password Wi-Fi cambiata
    [wifi-tier-open] Rete Wi-Fi aperta
    [wifi-tier-close] Rete Wi-Fi chiusa per la notte
    [wifi-shared-shown] Password Wi-Fi condivisa consegnata
    [backup] Backup eseguito
    [backup-failed] Backup non riuscito
    [backup-restore-test] Ripristino del backup testato
    [backup-restore] Database ripristinato da un backup
    [emergency-start] Modalità di emergenza attivata
    [emergency-end] Modalità di emergenza terminata: cessato allarme
    [incident-report] Problema di sicurezza segnalato
    [incident-acknowledge] Segnalazione di sicurezza presa in carico
    [incident-close] Segnalazione di sicurezza chiusa
    [badge-suspend] Badge bloccato dopo una segnalazione di smarrimento
    [profile-remember] Un visitatore ha chiesto di essere ricordato
    [profile-forget] Profilo visitatore cancellato su richiesta
    [profiles-expire] Profili visitatore cancellati dopo il periodo di conservazione
    [approval-hold] Registrazione trattenuta per il personale (lista di esclusione)
    [approval-approve] Registrazione trattenuta accettata
    [approval-deny] Registrazione trattenuta respinta
    [approvals-abandon] Registrazioni trattenute scartate senza decisione
    [deny-add] Persona aggiunta alla lista di esclusione
    [deny-remove] Persona tolta dalla lista di esclusione
    [deny-safe-add] Indirizzo aggiunto alla lista sicura
    [deny-safe-remove] Indirizzo tolto dalla lista sicura
    [privacy-request] Richiesta sui dati di una persona registrata
    [privacy-export] Tutto ciò che si conserva su una persona esportato
    [privacy-erase] Dati di una persona cancellati su richiesta
    [privacy-hold] Blocco legale impostato
    [privacy-hold-release] Blocco legale revocato
    [fleet-join] Entrato in una flotta
    [fleet-leave] Uscito dalla flotta
    [fleet-apply] Modifica condivisa dall’hub applicata
    [fleet-check-out] Uscita di una visita di un altro tablet
    [fleet-share-visit] Visita in corso condivisa con la sede all’adesione
   *[other] { $action }
}
staff-signed-out-idle = La sessione è stata chiusa dopo un periodo di inattività.

## Errori: uno per codice di errore, scelto in base al codice, mai in base a un testo dell'app.
error-internal = Si è verificato un problema su questo tablet. Riprovi o si rivolga alla reception.
error-staff-session-required = Prima acceda con un account del personale.
error-sign-in-failed = PIN o codice errato. { $remaining ->
    [one] Resta un tentativo prima che l'accesso venga bloccato.
   *[other] Restano { $remaining } tentativi prima che l'accesso venga bloccato.
}
error-sign-in-locked = Troppi tentativi errati. L'accesso è bloccato; riprovi tra { $seconds ->
    [one] un secondo
   *[other] { $seconds } secondi
}.
error-pin-invalid = Il PIN deve avere da 6 a 12 cifre.
error-code-invalid = Il codice è composto dalle 6 cifre mostrate nell'app di autenticazione.
error-staff-exists = Esiste già un account del personale con il nome { $name }.
error-staff-not-found = Non esiste alcun account del personale con il nome { $name }.
error-staff-name-invalid = Il nome di un account del personale deve avere da 1 a 80 caratteri e non può essere lobby-fleet (riservato alla flotta).
error-field-required = { $field ->
    [name] Inserisca il Suo nome.
    [company] Inserisca l'azienda.
    [email] Inserisca un indirizzo email.
    [phone] Inserisca un numero di telefono.
    [purpose] Ci indichi il motivo della visita.
    [id] Manca l'ID del membro.
    [signer_name] Scriva il nome con cui firma.
    [label] Indichi per chi è l'accesso.
    [description] Ci dica che cosa è successo.
    [note] Scriva che cosa è stato fatto.
    [message] Scriva il messaggio da mostrare sullo schermo.
    [kind] Scelga di che cosa si tratta.
   *[other] Compili questo campo.
}
error-field-too-long = { $field ->
    [name] Questo nome è troppo lungo
   *[other] Questo testo è troppo lungo
}: al massimo { $max } caratteri.
error-field-invalid-characters = { $field ->
    [active] Scriva «yes» o «no».
    [line] Questa riga non è leggibile.
    [notify] Scriva i canali come email, slack, teams o webhook, separati da virgole, oppure none.
    [language] Scriva una delle lingue di Lobby, ad esempio de o pt-BR.
    [id] L'ID di un membro può contenere solo lettere, cifre, «-», «_» e «.».
   *[other] Usi qui solo lettere, numeri e la normale punteggiatura.
}
error-email-invalid = Controlli l'indirizzo email, ad esempio nome@example.com.
error-phone-invalid = Controlli il numero di telefono: solo cifre, spazi e + - ( ).
error-visit-type-unavailable = Questo tipo di visita non è previsto qui. Si rivolga alla reception.
error-host-required = Scelga il membro che viene a trovare.
error-host-unknown = Non abbiamo trovato questo membro. Si rivolga alla reception.
error-guide-required = Scelga chi Le mostra gli spazi.
error-privacy-not-accepted = Per registrare l'arrivo, legga e accetti l'informativa sulla privacy.
error-off-limits-not-shown = Confermi di aver letto quali sono le aree ad accesso vietato.
error-checkout-code-unknown = Non troviamo nessuna visita con questo codice. Controlli le 6 cifre o si rivolga alla reception.
error-checkout-name-unknown = Non abbiamo potuto registrare la Sua uscita con questi dati. Si rivolga alla reception, che la registrerà.
error-checkout-paused = Troppi tentativi errati su questo chiosco. Riprovi tra { $seconds } secondi o si rivolga alla reception.
error-already-checked-out = L’uscita di questa visita è già stata registrata. Grazie della visita!
error-visit-not-found = Questa visita non esiste più.
error-printing-off = Nessuna stampante per i badge è configurata in lobby.toml ([printing]).
error-roll-call-not-found = Questo appello non esiste più.
error-roll-call-finished = Questo appello è terminato e non può più essere modificato.
error-import-rejected = { $count ->
    [one] La riga { $lines } non è leggibile
   *[other] Le righe { $lines } non sono leggibili
}; non è stato importato nulla.
error-signature-missing = Firmi con il dito nel riquadro.
error-signature-too-small = È troppo piccola per essere una firma. Firmi su tutta la larghezza del riquadro.
error-signature-invalid = Non è stato possibile leggere la firma. La cancelli e firmi di nuovo.
error-policy-unknown = Qui non esiste alcun regolamento chiamato «{ $policy }».
error-policy-text-invalid = Il testo in { $lang } non può essere pubblicato: deve essere in Markdown UTF-8, iniziare con una riga «# Titolo» e non superare 256 KB.
error-policy-language-published = Questa versione ha già un testo in { $lang }. I testi pubblicati non vengono mai sostituiti: pubblichi invece una nuova versione.
error-policy-version-unknown = Questo regolamento non ha una versione { $version }.
error-policy-reference-missing = Una nuova versione richiede un testo in { $lang }, la lingua a cui ogni lettore può ricorrere.
error-policy-outdated = Questo testo è stato aggiornato poco fa. Legga la nuova versione.
error-policy-not-accepted = Per registrare l'arrivo, legga e firmi il Codice di condotta.
error-member-not-found = Questo membro non è nell'elenco dei membri.
error-member-session-required = Avvicini di nuovo il badge o si rivolga al personale della reception.
error-acceptance-not-found = Non esiste alcuna ricevuta con questo numero.

## Leggere e firmare un regolamento
policy-fallback = Questo testo non è ancora disponibile nella Sua lingua, quindi è mostrato nella lingua principale della sede.
policy-read-hint = Legga fino alla fine per continuare.
policy-read-done = Grazie per la lettura.
policy-continue = Procedi alla firma
policy-decline = Non accetto
policy-decline-confirm = È sicuro? Senza accettare non può registrarsi oggi.
policy-decline-keep = Torna indietro
policy-decline-yes = Sì, non accetto
policy-sign-title = Firmi per accettare
policy-sign-intro = Firmando, accetta «{ $title }», versione { $version }.
policy-signer-name = Il Suo nome
policy-signature-label = Firma: firmi con il dito
policy-signature-hint = Firmi qui
policy-signature-clear = Cancella
policy-signature-undo = Annulla ultimo tratto
policy-agree = Accetto
policy-declined-title = Grazie per il Suo tempo
policy-declined-body = Possiamo accogliere solo chi accetta le nostre regole. Se ha domande in merito, si rivolga alla reception.

## Un membro al chiosco
member-hello = Salve, { $name }
member-pending = { $count ->
    [one] Legga e firmi questo documento prima di proseguire:
   *[other] Legga e firmi questi { $count } documenti prima di proseguire:
}
member-up-to-date = Ha firmato tutto. Grazie!
member-signed = Firmato. Il personale può stamparLe una ricevuta.
member-start = Inizia a leggere
member-guest = Registra l'arrivo di un ospite

## Personale: affidare il chiosco a un membro
staff-members-title = Firma dei membri
staff-members-help = Cerchi un membro, poi consegni il chiosco a questa persona perché firmi i regolamenti che non ha ancora firmato. La Sua sessione del personale si chiude.
staff-members-search = Nome del membro
staff-members-handover = Passa il chiosco a { $name }
error-badge-random-uid = Questa tessera mostra un numero diverso a ogni lettura (succede con i telefoni e con alcune carte bancarie o con protezione della privacy), quindi non può essere usata come badge. Usi una tessera da membro.
error-badge-taken = Questa tessera ora appartiene a { $owner }. Confermi per assegnarla invece a questo membro.
error-badge-already-enrolled = Questa tessera è già il badge di questo membro.
error-badge-group-unknown = Qui non esiste alcun gruppo di accesso «{ $group }».
error-badge-dates-invalid = { $field ->
    [valid_from] La data di inizio non è una data valida.
   *[valid_to] La data di fine deve essere uguale o successiva alla data di inizio.
}
error-badge-not-found = Questo badge non esiste più o è già stato revocato.
error-badge-no-card = Prima avvicini la tessera al lettore.
error-wifi-tier-unknown = Qui non esiste alcuna rete Wi-Fi chiamata { $tier }.
error-wifi-closed = { $opens ->
    [none] Il Wi-Fi ospiti non è disponibile.
   *[other] Il Wi-Fi ospiti non è disponibile fino alle { $opens }.
}
error-wifi-hours-invalid = Un accesso Wi-Fi dura da 1 a 168 ore.
error-wifi-pass-not-found = Questo accesso Wi-Fi è già terminato.
error-database-in-use = Il chiosco ha ancora il database aperto. Chiuda il chiosco, poi ripeta il ripristino. Non è stato modificato nulla.
error-key-missing = I segreti del personale di questo database sono sigillati con la chiave del sito { $fingerprint }, che non è in { $path }. Metta lì il file della chiave (la copia tenuta lontano dai backup), poi riavvii. Non è stato modificato nulla.
error-key-mismatch = Il file della chiave { $path } contiene la chiave { $found }, ma questo database richiede { $expected }. Metta lì il file della chiave giusto, poi riavvii. Non è stato modificato nulla.
error-key-unreadable = Il file della chiave { $path } non si può leggere ({ $problem }). Non è stato modificato nulla.
error-secret-unreadable = Un segreto salvato non si apre con questa chiave del sito. Il personale può rifare il secondo fattore con «lobby staff reset-totp NOME».
error-notification-not-found = Questo messaggio a un ospitante non esiste. Ricarichi l’elenco.
error-notification-sent = Questo messaggio è già stato consegnato, quindi non viene inviato di nuovo.
error-invitation-unknown = Non troviamo questo codice di invito. Lo controlli o chieda alla reception.
error-invitation-expired = Questo invito è scaduto il { $until }. Chieda alla reception.
error-invitation-not-yet = Questo invito vale dal { $from }. Chieda alla reception.
error-invitation-cancelled = Questo invito è stato annullato. Chieda alla reception.
error-invitation-used = Questo invito è già stato usato per registrarsi. Chieda alla reception.
error-invitation-dates = Un invito inizia oggi o più tardi e dura da 1 a 30 giorni.
error-profile-not-found = Non troviamo questo indirizzo. Controllalo o registrati come nuovo visitatore.
error-approval-needed = Attendi, qualcuno sarà da te a breve.
error-approval-not-found = Questa registrazione non attende più approvazione.
error-deny-entry-not-found = Non esiste la voce { $id } nella lista di esclusione.
error-person-not-found = Lobby non conserva nulla su questa persona.
error-hold-dates-invalid = Un blocco legale termina in un giorno successivo a oggi.
error-invitation-denied = Questo ospite corrisponde alla voce { $id } della lista di esclusione: nessun invito creato. Chiedi alla reception.
error-request-date-invalid = Una richiesta si riceve oggi o in un giorno precedente (AAAA-MM-GG).
error-storage-full = Al momento questo tablet non può salvare nulla: la memoria è piena. Non è stato salvato nulla. Si rivolga alla reception.
error-backup-invalid = Questo backup non può essere usato: { $problem }
error-database-unreadable = Il database { $path } non è leggibile ({ $reason }). Non è stato modificato nulla. Ripristini l'ultimo backup valido: «lobby backup list», poi «lobby backup restore FILE».
error-wifi-not-shared = Questa rete ha credenziali diverse per ogni ospite, quindi non c'è una password condivisa da cambiare.

## Un badge avvicinato nella schermata iniziale
badge-refused = { $reason ->
    [unknown] Questa tessera non è riconosciuta. Si rivolga al personale della reception.
    [revoked] Questo badge non è più valido. Si rivolga al personale della reception.
    [outside-dates] Questo badge non è valido oggi. Si rivolga al personale della reception.
    [suspended] Questa tessera è stata sospesa dopo una segnalazione di smarrimento o furto. Si rivolga al personale della reception: può riattivarla.
    [typed] Un numero digitato non viene mai registrato: appoggi la tessera sul lettore.
   *[unreadable] Non è stato possibile leggere la tessera. La tenga ferma sul lettore e riprovi.
}
member-checked-in = Il Suo arrivo di oggi è registrato.

## Personale: badge
staff-badges-title = Badge
staff-badges-help = Cerchi un membro per registrare, revocare o sostituire i suoi badge.
staff-badges-suspended-title = Sospese dopo una segnalazione di smarrimento
staff-badges-suspended-hint = Chiunque conosca nome ed e-mail di un membro può segnalarne la tessera come smarrita. Se il membro ce l’ha ancora, la riattivi: funziona al prossimo passaggio.
staff-badge-restore = Riattiva
staff-badge-restore-person = Riattiva la tessera di { $name }
staff-badge-restored = La tessera { $uid } di { $name } funziona di nuovo.
staff-badges-search = Cerca un membro
staff-member-add = Non è nell'elenco? Aggiunga un membro
staff-member-add-confirm = Aggiungi questo membro
staff-badges-member = Badge di { $name }
staff-badges-none = Ancora nessun badge.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] attivo
    [not-yet-valid] non ancora valido
    [expired] scaduto
   *[revoked] revocato
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
    [iso-14443-4] tessera ISO 14443-4
   *[unknown] tessera sconosciuta
}
staff-badge-revoke = Revoca
staff-badge-replace = Sostituisci una tessera smarrita
staff-badge-enroll = Registra un badge
staff-badge-groups = Gruppi di accesso
staff-badge-valid-from = Valido dal
staff-badge-valid-to = Valido fino al (facoltativo)
staff-badge-read = Leggi la tessera
staff-badge-tap-now = Avvicini ora la tessera al lettore.
staff-badge-card = Tessera { $uid } ({ $type })
staff-badge-owner = Questa tessera appartiene a { $name }.
staff-badge-reassign = Assegnala a { $name }
staff-badge-confirm = Registra questa tessera
staff-badge-enrolled = Badge { $uid } registrato.
staff-badge-revoked = Badge revocato.
staff-badge-cancel = Interrompi la lettura
staff-badge-self = Usa una tessera come mio badge del personale
staff-badge-self-confirm = Rendi questa tessera il mio badge del personale
staff-badge-self-done = Il Suo badge del personale è impostato: lo avvicini al lettore e inserisca il PIN per accedere.
staff-approvals-title = Registrazioni in attesa del personale
staff-approvals-match = Corrisponde alla voce { $entry } della lista di esclusione
staff-approvals-reason = Nella lista perché: { $reason }
staff-approvals-since = In attesa dalle { $time }
staff-approvals-approve = Fai entrare
staff-approvals-deny = Respingi
staff-approvals-denied = Respinto. Nessuna visita è stata salvata.
staff-members-today-title = Membri presenti oggi
staff-members-today-none = Oggi nessun membro ha ancora registrato l'ingresso con il badge.

## Avvisi di sicurezza nella schermata iniziale. Ogni dato della sede è un argomento: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Avvisi di sicurezza
signage-position = Avviso { $n } di { $count }
signage-pause = Pausa
signage-resume = Riprendi
signage-previous = Avviso precedente
signage-next = Avviso successivo
signage-exits-title = Uscite di emergenza e punto di raccolta
signage-exits-body = In caso di emergenza, esca dall'uscita segnalata più vicina. Non usi gli ascensori. Si rechi al punto di raccolta: { $assembly_point }.
signage-fire-alarm-title = Se scopre un incendio
signage-fire-alarm-body = Dia l'allarme dal pulsante rosso più vicino e chiami il { $fire }. Indichi l'indirizzo: { $address }. Usi un estintore solo se ha ricevuto la formazione e può farlo in sicurezza.
signage-first-aid-title = Primo soccorso
signage-first-aid-body = Cassetta di primo soccorso: { $first_aid }. In caso di emergenza chiami il { $medical }. Sicurezza della sede: { $security }.
signage-after-hours-title = Gli spazi ora sono chiusi
signage-after-hours-body = Possono entrare solo i membri con accesso tramite badge; i visitatori devono essere accompagnati dalla persona che vengono a trovare. Le uscite di emergenza si possono usare in qualsiasi momento.
signage-cctv-title = Videosorveglianza per la sicurezza
signage-cctv-body = Le telecamere agli ingressi registrano per proteggere persone e beni. Le registrazioni vengono conservate per { $camera_retention_days ->
    [one] un giorno
   *[other] { $camera_retention_days } giorni
} e visionate solo dopo un incidente. Per domande o per consultare i Suoi dati: { $privacy_contact }.
signage-report-title = Ha notato qualcosa? Lo segnali qui
signage-report-body = Un badge smarrito, qualcuno che entra dietro altre persone, un'email strana o una possibile fuga di dati: tocchi «Segnala un problema di sicurezza». Segnalare non è mai punito; nascondere una violazione sì.
signage-wifi-safety-title = Sicurezza del Wi-Fi
signage-wifi-safety-body = La rete Wi-Fi ospiti è separata dalla rete dei membri. Su qualsiasi rete condivisa usi HTTPS e la Sua VPN, mantenga aggiornati i Suoi dispositivi e verifichi con il personale il nome esatto della rete.
signage-phishing-title = Phishing: si fermi, verifichi, segnali
signage-phishing-body = Non Le chiediamo mai la password via email, chat o finestra pop-up. Controlli il mittente prima di aprire link o allegati e segnali a questo chiosco qualsiasi cosa Le sembri strana.

## Schermata iniziale fuori dall'orario di apertura
home-closed-title = { $site } ora è chiuso
home-closed-opens = Riapriamo { $day } alle { $time }.
home-closed-members = Membri: avvicini il badge al lettore.
home-closed-visitors = Visitatori: chiami il { $security } o chieda alla persona che viene a trovare di venirLa a prendere.
home-closed-check-in = Registra l'arrivo: visite consentite fuori orario
home-report = Segnala un problema di sicurezza

## Segnalare un problema di sicurezza (chiunque, dalla schermata iniziale)
report-title = Segnala un problema di sicurezza
report-intro = Segnalare non è mai punito. Ci dica che cosa ha notato; il personale vede ogni segnalazione sulla propria schermata di questo chiosco.
report-kind-title = Di che cosa si tratta?
report-kind = { $kind ->
    [lost-badge] Badge smarrito o rubato
    [suspicious-person] Persona sospetta
    [phishing] Phishing o messaggio strano
    [network-breach] Possibile violazione della rete
    [data-exposure] Dati personali esposti
   *[other] Altro
}
report-kind-help = { $kind ->
    [lost-badge] Blocchiamo il badge perché nessun altro possa usarlo.
    [suspicious-person] Qualcuno che entra dietro altre persone o che si trova dove non dovrebbe.
    [phishing] Un'email, un messaggio o una telefonata che chiede password o pagamenti.
    [network-breach] Un dispositivo che si comporta in modo strano, o un link che avrebbe preferito non cliccare.
    [data-exposure] Documenti, schermi o file che mostrano i dati di altre persone.
   *[other] Qualsiasi altra cosa che La preoccupa.
}
report-description = Che cosa è successo, quando e dove?
report-description-optional = C'è altro che dovremmo sapere? (facoltativo)
report-contact = Come possiamo contattarLa? (facoltativo)
report-contact-help = Un indirizzo email o un numero di telefono, se desidera una risposta.
report-personal-data = Potrebbero essere coinvolti dati personali di altre persone
report-member-title = Il Suo badge
report-member-search = Il Suo nome
report-member-email = L'indirizzo email registrato presso di noi
report-member-help = Con il Suo nome e il Suo indirizzo email blocchiamo subito il Suo badge. Senza questi dati, il personale lo blocca dopo aver verificato la Sua identità.
report-send = Invia la segnalazione
report-thanks-title = Grazie per la segnalazione
report-thanks-next = La Sua segnalazione è salvata. Il personale la vedrà appena accederà di nuovo a questo chiosco. Se è urgente, lo dica alla reception o chiami il numero indicato negli avvisi di sicurezza. Se ha lasciato i Suoi recapiti, il personale La ricontatterà.
report-thanks-badge = { $count ->
    [0] Non ha badge in uso, quindi non c'era nulla da bloccare.
    [one] Il Suo badge è bloccato: non apre più nulla. Ne chieda uno nuovo alla reception.
   *[other] I Suoi { $count } badge sono bloccati: non aprono più nulla. Ne chieda di nuovi alla reception.
}
report-thanks-not-identified = Questo indirizzo email non corrisponde ai nostri dati, quindi il personale verificherà la Sua identità e poi bloccherà il badge.
report-thanks-reference = Numero della segnalazione: { $id }
report-thanks-danger = Se qualcuno è in pericolo, chiami subito il { $police }.

## Modalità di emergenza: mostrata contemporaneamente in tutte le lingue configurate
emergency-title = { $kind ->
    [fire] Incendio: lasci subito l'edificio
    [shelter] Riparo al chiuso: resti all'interno
    [medical] Emergenza medica
   *[custom] Emergenza
}
emergency-action = { $kind ->
    [fire] Usi l'uscita più vicina, non gli ascensori. Si rechi al punto di raccolta: { $assembly_point }.
    [shelter] Raggiunga il riparo: { $shelter }. Si tenga lontano dalle finestre, chiuda le porte e attenda le istruzioni del personale.
    [medical] Chiami il { $medical }. Primo soccorso: { $first_aid }. Lasci libero il passaggio ai soccorritori.
   *[custom] Segua le istruzioni del personale.
}
emergency-aed = Defibrillatore (DAE): { $aed }
emergency-assembly = Punto di raccolta: { $assembly_point }
emergency-shelter = Riparo: { $shelter }
emergency-first-aid = Cassetta di pronto soccorso: { $first_aid }
emergency-numbers = Vigili del fuoco { $fire } · Emergenza sanitaria { $medical } · Polizia { $police } · Sicurezza della sede { $security }
emergency-address = Indirizzo: { $address }
emergency-since = Dalle { $time }
emergency-staff = Personale: appello e cessato allarme
emergency-label = Emergenza

## Personale: modalità di emergenza e segnalazioni di sicurezza
staff-emergency-title = Modalità di emergenza
staff-emergency-start = { $kind ->
    [fire] Evacuazione antincendio
    [shelter] Riparo al chiuso
    [medical] Emergenza medica
   *[custom] Messaggio personalizzato
}
staff-emergency-message = Messaggio per lo schermo
staff-emergency-confirm = Attivare ora la modalità di emergenza? Tutti gli schermi la mostrano finché Lei non la termina.
staff-emergency-on = Modalità di emergenza attiva: { $kind }
staff-emergency-end = Cessato allarme: termina la modalità di emergenza
staff-emergency-end-confirm = Sono tutti al sicuro e possono rientrare? Tutti gli schermi tornano alla normalità.
staff-emergency-end-yes = Sì, cessato allarme
staff-emergency-ended = Modalità di emergenza terminata dopo { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
}.
staff-incidents-title = Segnalazioni di sicurezza
staff-incidents-none = Nessuna segnalazione aperta.
staff-incidents-count = { $count ->
    [one] Una segnalazione aperta
   *[other] { $count } segnalazioni aperte
}
staff-incident-reported = Segnalazione del { $at }
staff-incident-status = { $status ->
    [open] Nuova
    [acknowledged] In gestione
   *[closed] Chiusa
}
staff-incident-member = Membro: { $name }
staff-incident-suspended = { $count ->
    [0] Nessun badge era in uso.
    [one] Un badge bloccato.
   *[other] { $count } badge bloccati.
}
staff-incident-contact = Contatto: { $contact }
staff-incident-clock = Dati personali: se la notifica è obbligatoria, informi l'autorità di controllo entro il { $at } ({ $hours ->
    [one] manca un'ora
   *[other] mancano { $hours } ore
}).
staff-incident-overdue = Dati personali: il termine di 72 ore è scaduto il { $at }.
staff-incident-acknowledge = Prendi in carico
staff-incident-close = Chiudi con una nota
staff-incident-note = Che cosa è stato fatto
staff-plan-incidents = { $open ->
    [0] Nessuna segnalazione di sicurezza aperta.
    [one] Una segnalazione di sicurezza aperta.
   *[other] { $open } segnalazioni di sicurezza aperte.
}
staff-plan-incidents-personal = { $count ->
    [one] Una riguarda dati personali
   *[other] { $count } riguardano dati personali
}, { $overdue } oltre il termine di 72 ore.
error-no-emergency = La modalità di emergenza non è attiva.
error-incident-not-found = Questa segnalazione è già chiusa o non esiste.
pictogram-name = { $code ->
    [E001] Uscita di emergenza (a sinistra)
    [E002] Uscita di emergenza (a destra)
    [E003] Primo soccorso
    [E004] Telefono di emergenza
    [E007] Punto di raccolta
    [E010] Defibrillatore (DAE)
    [F001] Estintore
   *[F005] Pulsante di allarme antincendio
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Tastiera su schermo
keyboard-backspace = Cancella
keyboard-shift = Maiuscole
keyboard-space = Spazio
keyboard-close = Nascondi la tastiera
keyboard-enter = Invio: campo successivo o continua
keyboard-layouts = Cambia il layout della tastiera
keyboard-accents = Lettere accentate
keyboard-letters = Lettere
keyboard-candidates = Caratteri per { $pinyin }
keyboard-candidates-more = Altri caratteri
keyboard-candidates-back = Caratteri precedenti

## Registrazione con invito
home-invitation = Ho un invito
invite-code-title = Il suo invito
invite-code-field = Codice di invito
invite-code-help = Digiti il codice di 8 caratteri del suo invito o avvicini il suo codice QR al lettore.
invite-confirm-title = Benvenuto/a, { $name }!
invite-confirm-host = Fa visita a { $host } oggi.
invite-confirm-yes = Sì, sono io
invite-confirm-no = Non sono io

## Personale: inviti e messaggi agli ospitanti
staff-expected-title = Attesi oggi
staff-expected-none = Nessun ospite invitato oggi.
staff-expected-arrived = Arrivato
staff-expected-waiting = Atteso
staff-expected-for = per { $host }
staff-invitation-cancel = Annulla
staff-invitation-cancel-person = Annulla l’invito di { $name }
staff-outbox-title = Messaggi agli ospitanti non ancora consegnati
staff-outbox-line = { $channel } a { $host }: { $state ->
    [failed] non consegnato
   *[waiting] in attesa di invio
}
staff-outbox-resend = Invia di nuovo
staff-outbox-resend-person = Invia di nuovo il messaggio a { $host }
staff-invite-open = Invita un ospite
staff-invite-host = Chi ospita (digiti due lettere)
staff-invite-host-chosen = Chi ospita: { $host }
staff-invite-host-change = Cambia
staff-invite-date = Primo giorno (AAAA-MM-GG)
staff-invite-days = Giorni
staff-invite-create = Crea invito
staff-invite-made = Invito per { $name }: { $code }
staff-invite-emailed = L’e-mail di invito sta arrivando a { $email }.
staff-invite-give-code = Dia questo codice all’ospite.
staff-member-notify-title = Come i membri sanno dei loro ospiti
staff-member-notify-how = Come avvisarli
staff-member-notify-search = Membro (digiti due lettere)
staff-member-notify-site = Predefinito della sede
staff-member-notify-none = Mai
staff-member-notify-off = Nessun canale configurato in lobby.toml ([notifications]): per ora nessuno viene avvisato.
staff-member-notify-no-email = Nessun indirizzo e-mail registrato: l’e-mail non può raggiungere questo membro.
staff-member-notify-language = Lingua dei messaggi
staff-member-notify-language-site = La prima lingua della sede
staff-member-notify-save = Salva
staff-member-notify-saved = Salvato per { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Flotta
staff-fleet-member = Sede { $site }, tablet { $tablet }
staff-fleet-connected = Connesso al server della sede
staff-fleet-disconnected = Non connesso al server della sede
staff-fleet-waiting = Modifiche in attesa di invio: { $count }
staff-fleet-oldest = Modifica in attesa più vecchia: { $at }
staff-fleet-ack = Ultima ricezione da parte del server: { $at }
staff-fleet-ack-none = Il server non ha ancora ricevuto nulla
staff-fleet-error = Ultimo problema: { $reason }
staff-fleet-tablets = Tablet di questa sede
staff-fleet-tablet-this = { $tablet } (questo tablet)
staff-fleet-tablet-connected = connesso
staff-fleet-tablet-away = non raggiungibile
staff-fleet-tablet-contact = ultimo contatto { $at }
staff-fleet-tablet-waiting = { $count } in attesa
staff-fleet-site-config = Configurazione della sede dall’hub, inviata { $at }: salvata, usata dal prossimo avvio del chiosco
staff-fleet-site-config-received = Configurazione della sede dall’hub, inviata { $at }: ricevuta
staff-fleet-site-config-error = Configurazione della sede dall’hub, inviata { $at }, non utilizzabile: { $reason }
staff-fleet-flags = Da controllare
staff-fleet-flag = { $problem ->
    [badge-conflict] Una tessera è stata data a due membri: { $detail }
    [badge-unknown-member] Una tessera è stata data a un membro che l’hub non conosce: { $detail }
   *[other] { $detail }
}
fleet-error-server = l’indirizzo del server o il suo certificato non è utilizzabile
fleet-error-no-stream = il server non ha ancora uno stream per questa sede
fleet-error-timeout = il server non ha risposto in tempo
fleet-error-unreachable = il server non è raggiungibile
fleet-error-refused = il server ha rifiutato la modifica
fleet-error-database = non è stato possibile leggere o scrivere il database
fleet-error-credentials = il server ha rifiutato le credenziali (revocate o errate)
fleet-error-permission = il server non consente a questo tablet di inviare qui

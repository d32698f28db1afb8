# La riga di comando di Lobby (`lobby doctor`, `lobby audit verify`, `lobby staff add`,
# `lobby demo seed`): testo semplice per gli operatori, nella loro lingua (da LANG).

cli-error = Errore: { $message }

## Un lobby.toml rifiutato: il file, la chiave e che cosa non va
cli-config-refused = La configurazione è stata rifiutata e non è stato modificato nulla. { $file }, chiave «{ $key }»: { $problem }
cli-config-refused-file = La configurazione è stata rifiutata e non è stato modificato nulla. { $file }: { $problem }
cli-config-unreadable = il file non è leggibile ({ $reason }).
cli-config-syntax = questo valore non è leggibile: { $detail }.
cli-config-text-length = scriva da 1 a { $max } caratteri.
cli-config-time-zone = { $value } non è un fuso orario; usi un nome IANA come Europe/Rome.
cli-config-kiosk-id = usi da 1 a 40 lettere, cifre, «-» o «_».
cli-config-range = usi un numero da { $min } a { $max }, non { $value }.
cli-config-languages-empty = indichi almeno una lingua.
cli-config-language-unknown = { $value } non è una lingua inclusa (lingue incluse: { $shipped }).
cli-config-language-twice = { $value } compare due volte nell'elenco.
cli-config-hours = { $value } non è un orario di apertura; scriva «08:00-20:00» o «closed».
cli-config-hours-order = { $value }: l'orario di chiusura deve essere successivo a quello di apertura.
cli-config-phone = { $value } non è un numero di telefono (solo cifre, spazi e + - ( ) /).
cli-config-visit-kind = tipo di visita sconosciuto (tipi noti: guest, tour, day-pass, contractor, interview).
cli-config-translated-empty = fornisca il testo in almeno una lingua.
cli-config-translated-offered = fornisca il testo in almeno una delle lingue di kiosk.languages.
cli-config-policy-id = { $value } non è un id di regolamento; usi lettere minuscole, cifre e trattini singoli, come house-rules.
cli-config-policy-unlisted = { $value } non è in policies.documents; lo aggiunga prima lì.
cli-config-group-unlisted = { $value } non è tra i badges.access_groups; lo aggiunga prima lì.
cli-config-signage-unknown = { $value } non è un avviso standard (avvisi standard: { $known }).
cli-config-signage-id = usi da 1 a 40 lettere minuscole, cifre e trattini, con un id diverso da quello di ogni altro avviso.
cli-config-pictogram = { $value } non è un pittogramma incluso (pittogrammi inclusi: { $known }).
cli-config-dates-order = l'ultimo giorno non può precedere il primo.

## lobby audit verify
cli-audit-intact = Registro di controllo integro: { $entries ->
    [one] una voce verificata.
   *[other] { $entries } voci verificate.
}
cli-audit-broken = Registro di controllo interrotto alla voce { $seq }: { $problem ->
    [altered] il suo contenuto è stato modificato.
    [unlinked] non segue più la voce precedente; una voce è stata rimossa, sostituita o spostata.
    [missing] qui mancano delle voci.
    [unkeyed] non è firmata con la chiave del sito: il registro è stato riscritto da qui.
    [wrong-key] il registro è firmato con un’altra chiave del sito.
   *[truncated] alcune voci sono state tagliate dalla fine del registro.
}
cli-audit-key-matches = Verificato con la chiave del sito { $fingerprint } ({ $path }): corrisponde.
cli-audit-key-absent = Nessuna chiave del sito in { $path }: { $unchecked } voci firmate sono state verificate solo nell’ordine.
cli-audit-unkeyed = Il registro non è firmato (è stato scritto prima delle chiavi del sito).
cli-audit-checked-with = Verificato con la chiave del sito { $fingerprint } ({ $path }).
cli-audit-head = Voce { $seq } ({ $at }): { $head }
    La annoti o la tenga lontano dal chiosco; più tardi «lobby audit verify --head { $head }» prova che il registro la contiene ancora.
cli-audit-head-empty = Il registro di controllo è vuoto.
cli-audit-head-invalid = «{ $head }» non è una testa: indichi VOCE:HASH come lo stampa «lobby audit head» (almeno 16 cifre esadecimali dell’hash).
cli-audit-head-held = La voce { $seq } ha ancora l’hash annotato.
cli-audit-head-lost = La voce { $seq } non ha più l’hash annotato: il registro è stato riscritto o sostituito da allora.
cli-plan-audit-head = Testa del registro di controllo: { $head } (chiave del sito { $key })
cli-backup-head = La sua testa del registro di controllo: { $head }
cli-backup-key-apart = La chiave del sito { $fingerprint } non è nel backup. Tenga una copia di { $path } lontano dai backup: un database ripristinato ne ha bisogno per l’accesso del personale.
cli-install-key = La chiave del sito è { $path } (modo 0600). Ne tenga una copia lontano dai backup.
cli-doctor-key = Chiave del sito
cli-doctor-key-ok = { $path } ({ $fingerprint }), la chiave con cui è sigillato questo database
cli-doctor-key-none = ancora nessuna chiave: il primo avvio crea { $path }
cli-doctor-key-unused = { $path } c’è, ma il database non è ancora sigillato con essa: il prossimo avvio lo sigilla
cli-doctor-modes = Permessi dei file
cli-doctor-modes-ok = la cartella dei dati e la chiave del sito sono leggibili solo dal proprietario
cli-doctor-modes-open = { $count ->
    [one] un file o una cartella è aperto
   *[other] { $count } file o cartelle sono aperti
} ad altri utenti, ad es. { $path } (modo { $mode }). Soluzione: { $fix }

## lobby staff add
cli-staff-pin-prompt = PIN per { $name } (da 6 a 12 cifre):
cli-staff-pin-repeat = Ripeta il PIN:
cli-staff-pin-mismatch = I due PIN non coincidono. Non è stato salvato nulla.
cli-staff-added = Account del personale { $name } aggiunto.
cli-staff-scan = Scansioni questo codice QR con un'app di autenticazione oppure inserisca la chiave a mano:
cli-staff-key = Chiave: { $key }
cli-staff-uri = URI di configurazione: { $uri }
cli-staff-qr-saved = Codice QR salvato come { $path }

## lobby staff list, disable, enable, reset-pin, reset-totp
cli-staff-pin-weak = Questo PIN è troppo facile da indovinare: { $rule ->
    [one-digit] ripete una sola cifra.
    [run] le sue cifre salgono o scendono in sequenza, come 123456.
   *[demo] è il PIN pubblicato della sede demo.
} Non è stato salvato nulla; ne scelga un altro.
cli-staff-pin-in-use = Un altro membro attivo del personale ha già questo PIN. Non è stato salvato nulla; ne scelga un altro.
cli-staff-pin-short = Questo sito chiede PIN di almeno { $min } cifre ([staff] pin_min_length). Non è stato salvato nulla; ne scelga uno più lungo.
cli-staff-list-active = attivo
cli-staff-list-disabled = disattivato
cli-staff-list-badges = badge: { $count }
cli-staff-count = Account del personale: { $count }
cli-staff-disabled = L'account di { $name } è disattivato: non può più accedere, e una sessione aperta sul chiosco termina subito.
cli-staff-already-disabled = L'account di { $name } era già disattivato; non è stato modificato nulla.
cli-staff-enabled = { $name } può di nuovo accedere.
cli-staff-unlocked = Accesso sbloccato per { $name }.
cli-staff-unlock-none = Nessun accesso del personale era in attesa.
cli-staff-already-enabled = L'account di { $name } è già attivo; non è stato modificato nulla.
cli-staff-pin-reset = { $name } ha un nuovo PIN.
cli-staff-totp-reset = { $name } ha una nuova chiave di autenticazione; quella vecchia non funziona più.

## lobby demo seed
cli-demo-seeded = Dati demo aggiunti: { $members } membri e l'account del personale «{ $name }».
cli-demo-credentials = PIN del personale demo: { $pin }. Chiave di autenticazione: { $key } (solo per la demo, mai per una sede reale).
cli-demo-already = Questa cartella dati contiene già i dati demo; non è stato modificato nulla.
cli-demo-refused-site = La configurazione indica la sede «{ $site }», non la sede demo.
cli-demo-refused-data = La cartella dati { $path } contiene già i dati di una sede (account del personale: { $staff }, membri: { $members }, visite: { $visits }).
cli-demo-refused = I dati demo non sono stati aggiunti: il loro PIN del personale e la loro chiave di autenticazione sono pubblici, quindi in una sede reale chiunque potrebbe accedere come personale. Non è stato modificato nulla; provi la demo in una cartella dati vuota.

## lobby doctor
cli-doctor-ok = OK
cli-doctor-problem = PROBLEMA
cli-doctor-warning = AVVISO
cli-doctor-config = Configurazione
cli-doctor-config-demo = nessuna indicata: modalità demo con la sede di esempio
cli-doctor-config-file = { $path }
cli-doctor-data-dir = Cartella dati
cli-doctor-data-dir-unwritable = { $path } non è scrivibile: { $reason }
cli-doctor-database = Database
cli-doctor-database-ok = { $path }, versione dello schema { $version }
cli-doctor-database-missing = non ancora creato; viene creato al primo avvio del chiosco
cli-doctor-audit = Registro di controllo
cli-doctor-staff = Account del personale
cli-doctor-staff-none = nessuno: ne aggiunga uno con `lobby staff add NAME`
cli-doctor-staff-count = { $count }
cli-doctor-staff-demo = l'account demo { $names } (PIN e chiave di autenticazione pubblici) è attivo in questa sede: lo disattivi con `lobby staff disable NAME`
cli-doctor-policies = Regolamenti
cli-doctor-backup = Backup
cli-doctor-backup-ok = ultimo: { $at }
cli-doctor-backup-stale = l'ultimo backup ({ $at }) risale a più del doppio dell'intervallo: esegua «lobby backup now» e controlli la cartella.
cli-doctor-backup-none = ancora nessun backup: il chiosco ne esegue uno secondo la pianificazione, oppure esegua «lobby backup now».
cli-doctor-wifi = Wi-Fi ospiti
cli-doctor-wifi-none = nessun livello configurato ([wifi.tiers] in lobby.toml).
cli-doctor-wifi-unapplied = { $tiers }: i livelli con backend "none" sono mostrati agli ospiti ma non vengono applicati ad alcun apparato.
cli-doctor-policies-unpublished = non ancora pubblicati: { $policies }. A nessuno viene chiesto di firmarli finché non lo sono (lobby policy publish).
cli-doctor-readers = Lettori di badge
cli-doctor-readers-none = nessuno: colleghi un lettore PC/SC (i membri non possono registrare l'ingresso con il badge)
cli-doctor-readers-service = il servizio delle tessere non è in esecuzione ({ $reason }): avvii pcscd
cli-doctor-display = Schermo
cli-doctor-display-none = nessun DISPLAY o WAYLAND_DISPLAY: qui la finestra del chiosco non può aprirsi
cli-doctor-fonts = Caratteri
cli-doctor-fonts-missing = caratteri Noto non trovati ({ $missing }): alcune scritture potrebbero non essere visualizzate
cli-doctor-session-bus = Bus di sessione
cli-doctor-session-bus-none = nessun bus di sessione D-Bus: potrebbe avviarsi una seconda finestra del chiosco
cli-doctor-summary = { $problems ->
    [0] Tutto ciò che serve a Lobby è a posto.
    [one] Trovato un problema.
   *[other] Trovati { $problems } problemi.
}

## lobby members import, lobby export
cli-members-imported = { $count ->
    [one] Un membro importato o aggiornato.
   *[other] { $count } membri importati o aggiornati.
}
cli-import-line = Riga { $line }: { $problem }
cli-export-written = { $rows ->
    [one] Una riga scritta in { $path }.
   *[other] { $rows } righe scritte in { $path }.
}
cli-date-invalid = { $value } non è una data: la scriva nel formato AAAA-MM-GG.

## lobby policy
cli-policy-published = Pubblicato: { $policy }, versione { $version }.
cli-policy-text = { $lang }: «{ $title }», SHA-256 { $hash }
cli-policy-lang-needed = Indichi con --lang in quale lingua è { $path }, ad esempio --lang it.
cli-policy-folder-empty = { $path } non contiene file .md; li nomini in base alla lingua, come it.md.
cli-policy-list-line = { $policy }: versione { $version }, in { $langs }
cli-policy-list-none = { $policy }: non ancora pubblicato
cli-policy-coverage = { $policy } versione { $version }: { $accepted } su { $total } membri hanno accettato.
cli-policy-coverage-missing = Non ancora: { $names }
cli-policy-verify-ok = { $count ->
    [one] L'accettazione corrisponde al suo testo.
   *[other] Tutte le { $count } accettazioni corrispondono ai rispettivi testi.
}
cli-policy-verify-problem = Accettazione { $id }: { $problem ->
    [text-altered] il testo a cui si riferisce è stato modificato dopo la pubblicazione.
    [hash-mismatch] dichiara un hash del testo diverso da quello del suo testo.
    [claims-mismatch] dichiara un regolamento, una versione o una lingua diversi da quelli del suo testo.
   *[signature-altered] l'immagine della firma non è quella registrata.
}
cli-policy-receipt-written = Ricevuta dell'accettazione { $id } scritta in { $path }.

## Ricevute PDF delle accettazioni dei regolamenti
receipt-heading = Ricevuta di accettazione
receipt-policy = Regolamento
receipt-version = Versione
receipt-language = Lingua
receipt-text-hash = Impronta del testo (SHA-256)
receipt-signer = Firmato da
receipt-member = Membro
receipt-visitor = Visitatore
receipt-accepted-at = Accettato il
receipt-kiosk = Chiosco
receipt-signature = Firma
receipt-footer = Questa ricevuta attesta che il testo con l'impronta indicata sopra è stato accettato nel momento indicato. La conservi come prova.

## lobby wifi
cli-config-age-recipient = { $value } non è una chiave pubblica age (age1…, come la stampa «age-keygen»).
cli-config-wifi-tier-id = { $value } non è un id di livello Wi-Fi; usi fino a 20 lettere minuscole, cifre e trattini singoli, come guest.
cli-config-wifi-ssid-empty = il nome della rete è vuoto.
cli-config-wifi-ssid-long = il nome della rete supera i 32 byte.
cli-config-wifi-ssid-characters = il nome della rete contiene caratteri che un codice QR non può riportare fedelmente (una barra rovesciata, caratteri di controllo o di direzione del testo, oppure virgolette attorno all'intero nome).
cli-config-wifi-combination = il backend { $backend } non può gestire reti { $security } con credenziali { $credentials } (freeradius: enterprise, per-guest; hostapd: wpa2; reti aperte: shared).
cli-config-wifi-section = questo backend richiede una sezione [{ $section }].
cli-config-wifi-absolute = scriva un percorso assoluto.
cli-config-wifi-reload = scriva il comando come elenco, ad esempio ["hostapd_cli", "-i", "wlan0", "reload_wpa_psk"].
cli-config-wifi-tier-unknown = { $value } non è tra i wifi.tiers; lo descriva prima lì.
cli-config-notify-secret = indichi esattamente uno tra { $key }, { $key }_file e { $key }_env.
cli-config-notify-env = { $value } non è il nome di una variabile d’ambiente; usi lettere, cifre e “_”.
cli-config-notify-url = { $value } non è un indirizzo di webhook; scriva un URL https:// (http:// solo verso questa macchina).
cli-config-notify-plain = { $value } non è questa macchina; usi security = "starttls" o "tls" perché password e messaggi viaggino cifrati.
cli-config-notify-from = { $value } non è un mittente; scriva “Nome <indirizzo@example.com>” o “indirizzo@example.com”.
cli-config-notify-username = una password richiede un nome utente.
cli-config-notify-channel = { $value } non è un canale (canali: email, slack, teams, webhook).
cli-config-print-uri = { $value } non è un indirizzo di stampante; scriva ipp://host/… o ipps://host/… (una coda CUPS è ipp://localhost:631/printers/NAME).
cli-config-print-media = { $value } non è un formato di supporto (formati: brother-62mm, brother-29x90mm, dymo-99012, 4x3in, 4x6in, a6 o LARGHEZZAxLUNGHEZZAmm, ogni lato da { $min } a { $max } mm).
cli-config-print-logo = { $value } non è un’immagine PNG o SVG che Lobby sa leggere.
cli-config-notify-unset = { $value } non è configurato; aggiunga prima una sezione [notifications.{ $value }].
cli-config-fleet-credentials = { $value } non è un file di credenziali della flotta utilizzabile ({ $reason }); usi il file scritto da lobby-hub kiosk add.
cli-config-fleet-server = { $value } non è un indirizzo di server NATS; scriva nats://host:porta o tls://host:porta, senza nome utente né password.
cli-config-fleet-tablet = le credenziali sono del tablet «{ $tablet }», ma questo chiosco è «{ $id }» (kiosk.id).
cli-config-fleet-ca = { $value } non è un file di certificato PEM leggibile.
cli-wifi-network = Rete: { $ssid }
cli-wifi-username = Nome utente: { $username }
cli-wifi-password = Password: { $password }
cli-wifi-open = Password: nessuna (rete aperta)
cli-wifi-expires = Fino a: { $at }
cli-wifi-pass-id = Accesso: { $id }
cli-wifi-revoked = Accesso { $id } revocato.
cli-wifi-rotated = { $tier }: nuova password; prossima modifica: { $next }.
cli-wifi-none-shared = Nessun livello ha una password condivisa.
cli-wifi-no-backend = Nessun livello è applicato ad apparati (ogni backend è "none").
cli-wifi-tier = { $tier }: { $ssid } ({ $backend }), { $state }
cli-wifi-tier-open = aperto
cli-wifi-tier-closed = chiuso fino all'orario di apertura
cli-wifi-count = { $count ->
    [one] Un accesso attivo.
   *[other] { $count } accessi attivi.
}
cli-wifi-backend-ok = { $backend }: allineato con il database
cli-wifi-backend-failed = { $backend }: non allineato: { $reason }

## lobby backup, lobby report
cli-backup-made = Backup scritto: { $path } ({ $bytes } byte, { $entries } voci del registro di controllo, verificato).
cli-backup-copied = Copiato in { $path }.
cli-backup-count = { $count ->
    [one] Un backup in { $folder }.
   *[other] { $count } backup in { $folder }.
}
cli-backup-none = Non c'è ancora nessun backup in { $folder }.
cli-backup-tested = Test di ripristino superato: { $file } si apre e la sua catena di controllo di { $entries } voci è integra.
cli-backup-restored = Ripristinato da { $file }: { $entries } voci del registro di controllo, catena integra.
cli-backup-set-aside = Il database sostituito è conservato come { $path }.
cli-plan-title = Piano di sicurezza di { $site }, { $at }
cli-plan-backup = Ultimo backup: { $at } (troppo vecchio: { $stale })
cli-plan-restore-test = Ultimo test di ripristino: { $at } (superato: { $ok })
cli-plan-staff = Account del personale: { $accounts }; con app di autenticazione: { $authenticator }; con badge del personale: { $badge }
cli-plan-wifi = Accessi Wi-Fi ospiti attivi: { $passes }
cli-plan-wifi-shared = Ultima modifica della password condivisa di { $tier }: { $at }
cli-plan-policy = { $policy }: { $accepted } su { $members } membri hanno accettato la versione attuale
cli-plan-roll-call = Ultimo appello: { $at }, persone: { $people }, mancanti: { $missing }
cli-plan-roll-call-none = Ultimo appello: nessuno finora
cli-plan-retention = Visite rese anonime dopo { $days ->
    [one] un giorno
   *[other] { $days } giorni
}; ultima esecuzione: { $at }

## lobby emergency, lobby incidents
cli-emergency-started = Modalità di emergenza attiva: { $kind ->
    [fire] evacuazione antincendio
    [shelter] riparo al chiuso
    [medical] emergenza medica
   *[custom] messaggio personalizzato
}. Tutti gli schermi del chiosco la mostrano fino a «lobby emergency end» o finché il personale non la termina.
cli-emergency-ended = Cessato allarme: modalità di emergenza terminata dopo { $seconds ->
    [one] un secondo
   *[other] { $seconds } secondi
}.
cli-emergency-off = La modalità di emergenza non è attiva.
cli-emergency-on = Modalità di emergenza attiva dal { $at }: { $kind }.
cli-emergency-kind = «{ $value }» non è un tipo di emergenza; usi fire, shelter, medical o custom (con --message).
cli-incidents-none = Nessuna segnalazione di sicurezza aperta.
cli-incident-line = #{ $id } { $at } { $kind } [{ $status }]{ $personal ->
    [yes] , dati personali: notifica entro il { $deadline }
   *[no] {""}
}
cli-incident-detail = { $text }
cli-incident-kind-unknown = «{ $value }» non è un tipo di segnalazione; usi lost-badge, suspicious-person, phishing, network-breach, data-exposure o other.
cli-plan-incidents = Segnalazioni di sicurezza aperte: { $open }; con dati personali: { $personal }; oltre le 72 ore: { $overdue }

## lobby install-kiosk
cli-install-done = Chiosco configurato per { $user } in { $root } ({ $count ->
    [one] un elemento
   *[other] { $count } elementi
}). Lo avvii con: systemctl daemon-reload && systemctl start lobby-kiosk
cli-install-kept = { $path } esiste già ed è stato lasciato com'era.
cli-install-changed = { $path } è stato modificato dopo la configurazione ed è stato lasciato al suo posto.
cli-install-undone = Configurazione del chiosco rimossa ({ $count ->
    [one] un elemento
   *[other] { $count } elementi
}). La cartella dati { $data } è stata conservata.
cli-install-nothing = Niente da annullare: { $path } non esiste.
cli-install-no-user = Su questo sistema non esiste l'utente «{ $user }». Lo crei prima, per esempio: adduser { $user }
cli-install-not-linux = lobby install-kiosk configura chioschi Linux. Su Windows e macOS segua docs/deploy.md.

## lobby notify: messaggi agli ospitanti
cli-notify-sent = #{ $id } { $channel }: consegnato. Il server ha risposto: { $answer }
cli-notify-retry = #{ $id } { $channel }: non ancora consegnato ({ $problem }). Verrà ritentato.
cli-notify-failed = #{ $id } { $channel }: non consegnato ({ $problem }). Nessun altro tentativo: risolva la causa, poi esegua “lobby notify resend { $id }”.
cli-notify-skip-unset = { $channel }: non configurato in lobby.toml ([notifications.{ $channel }]).
cli-print-off = Nessuna stampante per i badge configurata: aggiunga una sezione [printing] a lobby.toml (veda docs/deploy.md).
cli-print-printer = Stampante: { $printer } ({ $model }); stato { $state } ({ $reasons }).
cli-print-takes = Accetta { $formats }; supporti caricati: { $media }.
cli-print-sent = Badge di prova inviato come { $format } su { $media } ({ $bytes } byte): lavoro { $job }, { $state }.
cli-print-failed = Il badge di prova non è stato stampato: { $problem }
cli-print-sample-name = Niccolò Rossi
cli-print-sample-company = Esempio S.r.l.
cli-notify-skip-address = { $channel }: { $member } non ha un indirizzo e-mail nell’elenco dei membri.
cli-notify-none = { $member } non riceve messaggi: ha scelto “none”, oppure nessun canale è configurato.
cli-notify-list-none = Nessun messaggio a un ospitante è in attesa o fallito.
cli-notify-line = #{ $id } { $state ->
    [waiting] in attesa
    [sending] in invio
    [sent] consegnato
   *[failed] fallito
} — { $channel } a { $host }, in coda dalle { $at }, tentativi: { $attempts }
cli-notify-problem = Ultimo problema: { $problem }
cli-notify-resent = Il messaggio #{ $id } ({ $channel } a { $host }) è di nuovo in coda; il chiosco lo invia entro un minuto.
cli-doctor-notify = Messaggi agli ospitanti
cli-doctor-notify-off = non configurato (nessuna sezione [notifications]): gli ospitanti non vengono avvisati.
cli-doctor-notify-ok = { $channels }; { $waiting } in attesa.
cli-doctor-notify-failed = { $failed } non consegnati: veda “lobby notify list”, poi “lobby notify resend ID”.
cli-doctor-notify-waiting = { $waiting } in attesa dalle { $at }: controlli relay e webhook con “lobby notify test MEMBRO”.
cli-doctor-print = Stampante dei badge
cli-doctor-print-off = non configurata (nessuna sezione [printing]): non si stampano badge visitatore.
cli-doctor-print-ok = { $printer }: { $state }; ultimo badge stampato: { $at }.
cli-doctor-print-ready = { $printer }: { $state }; nessun badge stampato finora.
cli-doctor-print-failed = l’ultimo badge ({ $at }) non è stato stampato: { $problem }. Controlli la stampante, poi “lobby print test”.
cli-doctor-print-unreachable = { $printer } non risponde: { $problem }
cli-doctor-print-not-ready = { $printer } non può stampare ora: { $reasons }

## lobby invite
cli-invite-created = Invito { $code } per { $name }, in visita da { $host }, dal { $from } al { $until }.
cli-invite-emailed = L’invito a { $email } è in coda; il chiosco lo invia.
cli-invite-give-code = Non viene inviata alcuna e-mail: dia il codice all’ospite.
cli-invite-none = Nessun invito da oggi in poi.
cli-invite-line = #{ $id } { $code } { $status ->
    [upcoming] futuro
    [valid] valido
    [used] usato
    [cancelled] annullato
   *[expired] scaduto
} — { $name } per { $host }, dal { $from } al { $until }

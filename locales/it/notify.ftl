# Messaggi all’ospitante quando arriva il suo ospite (e-mail, Slack, Teams, webhook), nella
# lingua dell’ospitante. Solo chi è arrivato, da quale azienda, che visita, quando, dove aspetta.
notify-arrival-subject = { $visitor } è arrivato/a per lei
notify-arrival-subject-company = { $visitor } ({ $company }) è arrivato/a per lei
notify-arrival-lead = { $visitor } si è registrato/a presso { $site } alle { $time }.
notify-label-visitor = Visitatore
notify-label-company = Azienda
notify-label-kind = Visita
notify-label-time = Arrivo
notify-label-where = Registrato/a presso
notify-label-waiting = Attende
notify-where = { $site }, tablet { $kiosk }
notify-test-subject = Messaggio di prova da { $site }
notify-test-lead = Salve { $host }, questa è una prova da { $site } (tablet { $kiosk }). Quando un suo ospite si registra, lo saprà in questo modo.
notify-footer = Inviato automaticamente da Lobby presso { $site }. Le risposte non vengono lette.
notify-invite-subject = Il suo invito a { $site }
notify-invite-lead = Salve { $guest }, { $host } la invita a { $site }.
notify-label-code = Il suo codice
notify-label-day = Giorno
notify-label-hours = Aperto
notify-label-address = Indirizzo
notify-label-host = Chi la ospita
notify-invite-closed = chiuso quel giorno: concordi un orario con chi la ospita
notify-invite-how = All’ingresso tocchi “Ho un invito” sul tablet, poi digiti il codice o avvicini il codice QR al lettore.
notify-held-subject = Qualcuno attende il personale a { $kiosk }
notify-held-lead = Una registrazione a { $site } corrisponde alla voce { $entry } della lista di esclusione e attende il personale al chiosco { $kiosk }. Nessuna visita viene salvata e nessun ospitante avvisato finché qualcuno non la accetta o la respinge dalla schermata del personale.
notify-label-since = In attesa dalle
notify-label-entry = Voce della lista

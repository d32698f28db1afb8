# Berichten aan de gastheer of gastvrouw als hun gast aankomt (e-mail, Slack, Teams, webhook),
# in hun eigen taal. Alleen wie er kwam, van welk bedrijf, welk bezoek, wanneer en waar die wacht.
notify-arrival-subject = { $visitor } is er voor u
notify-arrival-subject-company = { $visitor } ({ $company }) is er voor u
notify-arrival-lead = { $visitor } heeft zich om { $time } aangemeld bij { $site }.
notify-label-visitor = Bezoeker
notify-label-company = Bedrijf
notify-label-kind = Bezoek
notify-label-time = Aangekomen
notify-label-where = Aangemeld bij
notify-label-waiting = Wacht
notify-where = { $site }, tablet { $kiosk }
notify-test-subject = Testbericht van { $site }
notify-test-lead = Hallo { $host }, dit is een test van { $site } (tablet { $kiosk }). Als een gast van u zich aanmeldt, hoort u het op deze manier.
notify-footer = Automatisch verstuurd door Lobby bij { $site }. Antwoorden worden niet gelezen.
notify-invite-subject = Uw uitnodiging voor { $site }
notify-invite-lead = Hallo { $guest }, { $host } nodigt u uit bij { $site }.
notify-label-code = Uw code
notify-label-day = Dag
notify-label-hours = Open
notify-label-address = Adres
notify-label-host = Uw gastheer
notify-invite-closed = die dag gesloten: spreek een tijd af met uw gastheer
notify-invite-how = Tik bij de ingang op de tablet op ‘Ik heb een uitnodiging’ en typ de code of houd de QR-code bij de scanner.
notify-held-subject = Iemand wacht op personeel bij { $kiosk }
notify-held-lead = Een aanmelding bij { $site } komt overeen met weigerlijstvermelding { $entry } en wacht bij kiosk { $kiosk } op personeel. Er wordt geen bezoek opgeslagen en geen gastheer ingelicht totdat iemand de bezoeker op het personeelsscherm binnenlaat of weigert.
notify-label-since = Wacht sinds
notify-label-entry = Weigerlijstvermelding

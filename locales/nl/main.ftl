# Lobby-kiosk — de schermen. en-US is de referentie: elke andere taal bevat elk bericht
# en elk attribuut uit dat bestand. Locatiegegevens (namen, getallen) zijn altijd argumenten.

## De taal zoals haar sprekers haar schrijven (getoond in de taalkeuze).
language-name = Nederlands

## Startscherm
home-welcome = Welkom bij { $site }
home-prompt = Waarmee kunnen we u vandaag helpen?
home-desk-help = Hulp nodig? Vraag het gerust bij de receptie.
home-check-in = Inchecken
home-check-in-help = Bezoek aan een lid, dagpas, werk of sollicitatiegesprek
home-members = Leden: houd uw pas bij de lezer om in te checken.
home-tour = Ik kom voor een rondleiding
home-check-out = Uitchecken
home-staff = Medewerkers
idle-still-there = Bent u er nog? Dit scherm begint over een paar seconden opnieuw.
idle-still-here = Ik ben er nog
home-language = Taal
home-demo = Demomodus
home-today = Vandaag is het { $date }

## Acties op veel schermen
action-cancel = Annuleren
action-back = Terug
action-sign-in = Inloggen
action-sign-out = Uitloggen
action-close = Sluiten
action-continue = Verder
action-done = Klaar

## Inchecken: het soort bezoek
checkin-type-title = Waarvoor komt u vandaag?
visit-kind = { $kind ->
    [member] Lid
    [guest] Bezoek aan een lid
    [tour] Rondleiding door de ruimte
    [day-pass] Dagpas
    [contractor] Monteur
    [delivery] Bezorging
   *[interview] Sollicitatiegesprek of evenement
}
visit-kind-help = { $kind ->
    [guest] Iemand hier heeft u uitgenodigd.
    [tour] Bekijk de ruimte met iemand van ons team.
    [day-pass] Werk hier een dag lang.
    [contractor] U komt iets repareren of installeren.
    [delivery] U brengt een pakket of goederen voor iemand hier.
   *[interview] U heeft een sollicitatiegesprek of komt voor een evenement.
}

## Inchecken: over u
checkin-details-title = Over u
checkin-optional = optioneel
field-name = Voor- en achternaam
field-company = Bedrijf
field-email = E-mail
field-phone = Telefoon
field-purpose = Doel van uw bezoek
field-interest = Waar bent u naar op zoek?

## Inchecken: wie u bezoekt
checkin-host-title = Wie komt u bezoeken?
checkin-host-search = Typ minstens 2 letters van de naam
checkin-host-none = Geen lid gevonden. Controleer de spelling of vraag het bij de receptie.
checkin-host-chosen = U bezoekt { $host }
checkin-host-unknown = Mijn gastheer staat er niet bij, of ik weet het niet
checkin-recipient-title = Voor wie is de bezorging?
checkin-recipient-unknown = Voor de receptie, of ik weet het niet

## Inchecken: rondleidingen
checkin-guide-title = Wie geeft u de rondleiding?
checkin-guide-unknown = Ik weet het niet
checkin-off-limits-title = Betreed deze ruimtes alstublieft niet
checkin-off-limits-intro = Voor de veiligheid en de privacy van onze leden zijn deze ruimtes tijdens uw rondleiding niet toegankelijk:
checkin-off-limits-ack = Begrepen
checkin-lead-title = Contact houden?
checkin-lead-consent = { $site } mag via de gegevens hieronder contact met mij opnemen over een lidmaatschap.
checkin-lead-note = We bewaren deze gegevens alleen als u het vakje aanvinkt. Anders bewaren we alleen uw naam en het tijdstip van uw bezoek.
checkin-returning = Ik ben hier eerder geweest
checkin-returning-title = Welkom terug
checkin-returning-help = Typ het e-mailadres dat u gaf toen u vroeg om u te onthouden.
checkin-returning-find = Zoek mij
checkin-returning-found-title = Bent u dit?
checkin-returning-yes = Ja, vul het in
checkin-returning-no = Nee, opnieuw beginnen
checkin-returning-forget = Vergeet mij
checkin-returning-forget-note = ‘Vergeet mij’ verwijdert deze gegevens nu. Uw bezoeken bewaren we alleen zoals onze privacyverklaring zegt.
checkin-returning-forgotten = Klaar: we hebben de gegevens die we voor u bewaarden verwijderd.
checkin-remember = Onthoud mij voor de volgende keer
checkin-remember-note = Als u dit aanvinkt, bewaren we uw naam, contactgegevens, taal en de versie van de gedragscode die u ondertekende tot { $days } dagen na uw laatste bezoek, om dit de volgende keer voor u in te vullen. ‘Vergeet mij’ verwijdert ze op elk moment.
checkin-wait-title = Een ogenblik, er komt zo iemand bij u.
checkin-wait-body = Bedankt voor uw geduld.
checkin-wait-staff = Personeel

## Inchecken: privacy
checkin-privacy-title = Uw privacy
checkin-privacy-body = We bewaren uw naam, wie u bezoekt en wanneer u aankomt en vertrekt. Zo weten we bij een noodgeval wie er in het gebouw is, en houden we de ruimte veilig. Na { $days ->
    [one] één dag
   *[other] { $days } dagen
} worden uw naam en contactgegevens verwijderd. Wilt u uw gegevens inzien of laten verwijderen? Vraag het bij de receptie van { $site }.
checkin-privacy-accept = Ik ga akkoord

## Inchecken: welkom
checkin-welcome-title = Welkom, { $name }!
checkin-welcome-host = U bezoekt { $host }
checkin-welcome-guide = { $host } geeft u een rondleiding.
checkin-welcome-front-desk = { $desk } zoekt uw gastheer en laat weten dat u er bent.
checkin-welcome-front-desk-tour = { $desk } zoekt iemand die u rondleidt.
checkin-welcome-delivery = Bezorging voor { $host }.
checkin-welcome-delivery-desk = { $desk } neemt de bezorging in ontvangst.
checkin-welcome-host-told = We laten { $host } weten dat u er bent.
checkin-badge-printing = Uw bezoekersbadge wordt afgedrukt: neem hem uit de printer en draag hem zolang u hier bent.
checkin-badge-ready = Uw bezoekersbadge ligt klaar: neem hem uit de printer en draag hem zolang u hier bent.
checkin-badge-desk = Uw bezoekersbadge kon niet worden afgedrukt: haal hem op bij de receptie.
checkin-welcome-delivery-told = We laten { $host } weten dat de levering er is.
checkin-welcome-code = Uw code om uit te checken
checkin-welcome-code-help = Voer deze code hier in als u vertrekt.
checkin-welcome-wait-title = Waar u kunt wachten

## Wi-Fi voor gasten op het welkomstscherm.
wifi-title = Wi-Fi
wifi-scan = Richt de camera van uw telefoon op de code om verbinding te maken.
wifi-qr-label = QR-code om verbinding te maken met het netwerk { $ssid }
wifi-network = Netwerk
wifi-username = Gebruikersnaam
wifi-password = Wachtwoord
wifi-open = Geen wachtwoord nodig.
wifi-until = Geldig tot { $time }.
wifi-enterprise-help = Kies op een laptop het netwerk, daarna PEAP, en typ de gebruikersnaam en het wachtwoord.
wifi-closed = { $opens ->
    [none] De Wi-Fi voor gasten is op dit moment gesloten.
   *[other] De Wi-Fi voor gasten is ’s nachts gesloten en gaat weer open om { $opens }.
}

## Medewerkers: Wi-Fi voor gasten.
staff-wifi-title = Wi-Fi voor gasten
staff-wifi-tier = Netwerk
staff-wifi-hours = Uren
staff-wifi-for = Voor wie is de toegang?
staff-wifi-issue = Toegang aanmaken
staff-wifi-issued = Wi-Fi voor { $label }
staff-wifi-active = { $count ->
    [0] Geen actieve toegangen.
    [one] Eén actieve toegang:
   *[other] { $count } actieve toegangen:
}
staff-wifi-ends = tot { $time }
staff-wifi-revoke = Intrekken
staff-wifi-revoked = De toegang van { $holder } is beëindigd.
staff-wifi-rotate = Nieuw wachtwoord voor { $ssid }
staff-wifi-rotated = { $ssid } heeft een nieuw wachtwoord.
staff-wifi-closed = { $ssid } is gesloten tot openingstijd.
## Medewerkers: het beveiligingsplan (ook `lobby report security-plan`).
staff-plan-title = Beveiligingsplan
staff-plan-backup = Laatste back-up: { $at }
staff-plan-backup-none = Er is nog geen back-up gemaakt.
staff-plan-backup-stale = De laatste back-up is te oud. Controleer de back-upmap of voer “lobby backup now” uit.
staff-plan-backup-failed = De laatste back-up is mislukt: { $reason }
staff-plan-restore-test = Laatste hersteltest: { $at }
staff-plan-restore-test-none = Nog geen hersteltest (“lobby backup test”).
staff-plan-staff = { $accounts ->
    [one] Eén medewerkersaccount
   *[other] { $accounts } medewerkersaccounts
}: { $authenticator } met een authenticator-app, { $badge } met een medewerkerspas.
staff-plan-wifi = { $passes ->
    [0] Geen actieve Wi-Fi-toegangen voor gasten.
    [one] Eén actieve Wi-Fi-toegang voor gasten.
   *[other] { $passes } actieve Wi-Fi-toegangen voor gasten.
}
staff-plan-wifi-shared = { $tier }: wachtwoord gewijzigd op { $at }
staff-plan-policy = { $policy }: { $accepted } van de { $members } leden hebben de huidige versie geaccepteerd
staff-plan-roll-call = Laatste aanwezigheidscontrole: { $at }, { $people ->
    [one] één persoon
   *[other] { $people } personen
}, { $missing } vermist
staff-plan-roll-call-none = Nog geen aanwezigheidscontrole of ontruimingsoefening.
staff-plan-retention = Bezoeken worden na { $days ->
    [one] één dag
   *[other] { $days } dagen
} geanonimiseerd.
staff-plan-audit-head = Kop van het auditlogboek, om op te schrijven (locatiesleutel { $key }):
staff-wifi-problem = De { $backend }-server is niet bijgewerkt: { $reason }. Lobby probeert het elke 30 seconden opnieuw; inchecken gaat gewoon door, en de toegangen werken zodra de server weer bereikbaar is.

## Uitchecken
checkout-title = Uitchecken
checkout-help = Voer de 6-cijferige code van uw welkomstscherm in.
checkout-code = Code om uit te checken
checkout-done-title = Tot ziens, { $name }!
checkout-done-body = U bent uitgecheckt. Bedankt voor uw bezoek.
checkout-no-code = Ik heb mijn code niet
checkout-by-name-title = Uitchecken met uw naam
checkout-by-name-name = Uw volledige naam, zoals bij het inchecken
checkout-by-name-host = De voornaam van uw gastheer

## Medewerkers: wie er aanwezig is, aanwezigheidscontrole
staff-onsite-title = Nu aanwezig
staff-onsite-empty = Geen bezoekers aanwezig.
staff-onsite-count = { $count ->
    [one] Eén persoon aanwezig
   *[other] { $count } personen aanwezig
}
staff-onsite-host = Bezoekt { $host }
staff-onsite-since = Sinds { $time }
staff-onsite-tablet = Bij { $tablet }
staff-onsite-reprint = Bezoekersbadge opnieuw afdrukken
staff-onsite-reprinted = { $name }: bezoekersbadge naar de printer gestuurd.
staff-print-problem = De badgeprinter heeft de laatste bezoekersbadge ({ $at }) niet afgedrukt: { $problem }
staff-print-problem-count = { $count ->
    [one] Vandaag kon één bezoekersbadge niet worden afgedrukt.
   *[other] Vandaag konden { $count } bezoekersbadges niet worden afgedrukt.
}
staff-self-checkouts-title = Vandaag bij het scherm uitgecheckt
staff-self-checkouts-hint = Met een code of een naam, bij de kiosk. Deed de bezoeker het niet zelf, maak het dan ongedaan: de bezoeker is weer aanwezig en staat weer op de appèllijst. De wifi-pas blijft beëindigd.
staff-self-checkout-at = Vertrokken om { $time }
staff-undo-check-out = Ongedaan maken
staff-undo-check-out-person = Uitchecken van { $name } ongedaan maken
staff-check-out-person = { $name } uitchecken
staff-rollcall-start = Aanwezigheidscontrole starten
staff-rollcall-title = Aanwezigheidscontrole
staff-rollcall-progress = In veiligheid: { $safe } · Vermist: { $missing } · Nog niet gecontroleerd: { $unaccounted }
staff-rollcall-mark-safe = { $name } is in veiligheid
staff-rollcall-mark-missing = { $name } wordt vermist
staff-rollcall-safe = In veiligheid
staff-rollcall-missing = Vermist
staff-rollcall-finish = Aanwezigheidscontrole afronden
staff-rollcall-finished = Aanwezigheidscontrole afgerond om { $time }.

## Inloggen voor medewerkers
staff-signin-title = Inloggen voor medewerkers
staff-signin-who = Wie bent u?
staff-signin-who-hint = Tik op uw naam, of houd uw medewerkerspas bij de lezer.
staff-signin-someone-else = Iemand anders
staff-signin-hint = Voer uw PIN in en de 6-cijferige code uit uw authenticator-app.
staff-signin-badge-read = Medewerkerspas gelezen. Voer uw PIN in en log in; de code is niet nodig.
staff-signin-pin = PIN
staff-signin-code = Code uit authenticator-app
staff-signin-working = Bezig met controleren…

## Startscherm voor medewerkers
staff-home-title = Ingelogd als { $name }
scroll-more = Meer hieronder
staff-home-session-held = Noodmodus of appèl bezig: u blijft aangemeld tot het voorbij is. Meld u af als u de kiosk verlaat.
staff-home-session = Om veiligheidsredenen wordt u na { $minutes ->
    [one] één minuut
   *[other] { $minutes } minuten
} zonder activiteit uitgelogd.
staff-home-counts = { $staff ->
    [one] Eén medewerkersaccount
   *[other] { $staff } medewerkersaccounts
}, { $members ->
    [one] één actief lid
   *[other] { $members } actieve leden
}
staff-audit-title = Auditlogboek
staff-audit-intact = Intact: { $entries ->
    [one] één vermelding, gecontroleerd.
   *[other] { $entries } vermeldingen, elk afzonderlijk gecontroleerd.
}
staff-audit-broken = Beschadigd bij vermelding { $seq }: { $problem ->
    [altered] de inhoud ervan is gewijzigd.
    [unlinked] deze sluit niet meer aan op de vorige vermelding; er is een vermelding verwijderd, vervangen of verplaatst.
    [missing] hier ontbreken vermeldingen.
    [unkeyed] deze is niet ondertekend met de locatiesleutel: het logboek is vanaf hier herschreven.
    [wrong-key] het logboek is ondertekend met een andere locatiesleutel.
   *[truncated] er zijn vermeldingen van het einde van het logboek afgeknipt.
}
staff-recent-title = Recente activiteit
staff-recent-empty = Nog niets vastgelegd.
staff-recent-entry = { $action ->
    [staff-sign-in] Inlogpoging van een medewerker
    [staff-sign-out] Medewerker uitgelogd
    [staff-add] Medewerkersaccount aangemaakt
    [staff-disable] Medewerkersaccount uitgeschakeld
    [staff-enable] Medewerkersaccount ingeschakeld
    [staff-reset-pin] Pincode van medewerker opnieuw ingesteld
    [staff-reset-totp] Authenticator van medewerker opnieuw ingesteld
    [staff-unlock] Aanmelding medewerker ontgrendeld
    [site-key] Locatiesleutel ingesteld, geheimen verzegeld
    [demo-seed] Demogegevens toegevoegd
    [visit-check-in] Bezoeker ingecheckt
    [visit-check-out] Bezoeker uitgecheckt
    [visit-check-out-undo] Uitchecken ongedaan gemaakt door personeel
    [roll-call-start] Aanwezigheidscontrole gestart
    [roll-call-mark] Aanwezigheidscontrole: persoon gemarkeerd
    [roll-call-finish] Aanwezigheidscontrole afgerond
    [members-import] Leden geïmporteerd
    [export] Gegevens geëxporteerd
    [visits-anonymise] Oude bezoeken geanonimiseerd
    [policy-publish] Versie van een reglement gepubliceerd
    [policy-accept] Reglement ondertekend
    [policy-decline] Reglement geweigerd
    [badge-enroll] Pas geregistreerd
    [badge-revoke] Pas ingetrokken
    [badge-restore] Geblokkeerde badge vrijgegeven
    [notify-test] Testbericht aan gastheer verstuurd
    [notify-resend] Bericht aan gastheer opnieuw verstuurd
    [notify-failed] Bericht aan gastheer niet afgeleverd
    [invitation-create] Uitnodiging gemaakt
    [invitation-cancel] Uitnodiging geannuleerd
    [invitation-guessing] Verkeerde uitnodigingscodes getypt: formulier vertraagd
    [badge-printed] Bezoekersbadge afgedrukt
    [badge-print-failed] Bezoekersbadge niet afgedrukt
    [badge-reprint] Bezoekersbadge opnieuw afgedrukt
    [screen-restarted] Het scherm stopte en is opnieuw gestart
    [screen-failing] Het scherm bleef stoppen: de app is opnieuw gestart
    [member-notify] Manier van berichten aan een lid gewijzigd
    [badge-unknown] Onbekende kaart tegen de lezer gehouden
    [badge-refused] Pas geweigerd
    [member-check-in] Lid ingecheckt
    [badges-export] Lijst met passen geëxporteerd
    [staff-badge-enroll] Medewerkerspas ingesteld
    [member-add] Lid toegevoegd
    [wifi-pass-issue] Wi-Fi-toegang aangemaakt
    [wifi-pass-end] Wi-Fi-toegang beëindigd
    [wifi-rotate] Wi-Fi-wachtwoord gewijzigd
    [wifi-tier-open] Wi-Fi-netwerk geopend
    [wifi-tier-close] Wi-Fi-netwerk gesloten voor de nacht
    [wifi-shared-shown] Gedeeld Wi-Fi-wachtwoord verstrekt
    [backup] Back-up gemaakt
    [backup-failed] Back-up mislukt
    [backup-restore-test] Terugzetten van een back-up getest
    [backup-restore] Database teruggezet vanuit een back-up
    [emergency-start] Noodmodus gestart
    [emergency-end] Noodmodus beëindigd: alles veilig
    [incident-report] Beveiligingsprobleem gemeld
    [incident-acknowledge] Beveiligingsmelding in behandeling genomen
    [incident-close] Beveiligingsmelding afgesloten
    [badge-suspend] Pas geblokkeerd na melding van verloren pas
    [profile-remember] Een bezoeker vroeg om onthouden te worden
    [profile-forget] Bezoekersprofiel op verzoek verwijderd
    [profiles-expire] Bezoekersprofielen na hun bewaartermijn verwijderd
    [approval-hold] Aanmelding aangehouden voor personeel (weigerlijst)
    [approval-approve] Aangehouden aanmelding binnengelaten
    [approval-deny] Aangehouden aanmelding geweigerd
    [approvals-abandon] Aangehouden aanmeldingen zonder besluit vervallen
    [deny-add] Persoon op de weigerlijst gezet
    [deny-remove] Persoon van de weigerlijst gehaald
    [deny-safe-add] Adres op de veilige lijst gezet
    [deny-safe-remove] Adres van de veilige lijst gehaald
    [privacy-request] Verzoek over iemands gegevens vastgelegd
    [privacy-export] Alles over een persoon geëxporteerd
    [privacy-erase] Gegevens van een persoon op verzoek gewist
    [privacy-hold] Bewaarplicht ingesteld
    [privacy-hold-release] Bewaarplicht opgeheven
    [fleet-join] Toegetreden tot een vloot
    [fleet-leave] Vloot verlaten
    [fleet-apply] Gedeelde wijziging van de hub toegepast
    [fleet-check-out] Bezoek van een andere tablet uitgecheckt
    [fleet-share-visit] Lopend bezoek bij aansluiten gedeeld met de locatie
   *[other] { $action }
}
staff-signed-out-idle = U bent uitgelogd na een periode zonder activiteit.

## Foutmeldingen: één per foutcode, gekozen op basis van de code, nooit op basis van tekst uit de app.
error-internal = Er ging iets mis op deze tablet. Probeer het opnieuw of vraag het bij de receptie.
error-staff-session-required = Log eerst in als medewerker.
error-sign-in-failed = Onjuiste PIN of code. { $remaining ->
    [one] Nog één poging voordat inloggen wordt geblokkeerd.
   *[other] Nog { $remaining } pogingen voordat inloggen wordt geblokkeerd.
}
error-sign-in-locked = Te veel onjuiste pogingen. Inloggen is geblokkeerd; probeer het over { $seconds ->
    [one] één seconde
   *[other] { $seconds } seconden
} opnieuw.
error-pin-invalid = Een PIN bestaat uit 6 tot 12 cijfers.
error-code-invalid = De code bestaat uit de 6 cijfers die uw authenticator-app toont.
error-staff-exists = Er is al een medewerker met de naam { $name }.
error-staff-not-found = Er is geen medewerker met de naam { $name }.
error-staff-name-invalid = Een medewerkersnaam heeft 1 tot 80 tekens en is niet lobby-fleet (gereserveerd voor de vloot).
error-field-required = { $field ->
    [name] Vul uw naam in.
    [company] Vul de naam van het bedrijf in.
    [email] Vul een e-mailadres in.
    [phone] Vul een telefoonnummer in.
    [purpose] Vertel ons waarvoor u komt.
    [id] Het lid-ID ontbreekt.
    [signer_name] Typ uw naam bij uw handtekening.
    [label] Geef aan voor wie de toegang is.
    [description] Vertel ons wat er is gebeurd.
    [note] Schrijf op wat er is gedaan.
    [message] Typ het bericht voor het scherm.
    [kind] Kies waar het over gaat.
   *[other] Vul dit veld in.
}
error-field-too-long = { $field ->
    [name] Deze naam is te lang
   *[other] Dit is te lang
}: maximaal { $max } tekens.
error-field-invalid-characters = { $field ->
    [active] Schrijf “yes” of “no”.
    [line] Deze regel kan niet worden gelezen.
    [notify] Schrijf de kanalen als email, slack, teams of webhook, gescheiden door komma’s, of none.
    [language] Schrijf een van de talen van Lobby, zoals de of pt-BR.
    [id] Een lid-ID mag alleen letters, cijfers, “-”, “_” en “.” bevatten.
   *[other] Gebruik hier alleen letters, cijfers en gewone leestekens.
}
error-email-invalid = Controleer het e-mailadres, bijvoorbeeld naam@example.com.
error-phone-invalid = Controleer het telefoonnummer: alleen cijfers, spaties en + - ( ).
error-visit-type-unavailable = Dit soort bezoek is hier niet mogelijk. Vraag het bij de receptie.
error-host-required = Kies het lid dat u bezoekt.
error-host-unknown = We kunnen dit lid niet vinden. Vraag het bij de receptie.
error-guide-required = Kies wie u de rondleiding geeft.
error-privacy-not-accepted = Lees en accepteer de privacyverklaring om in te checken.
error-off-limits-not-shown = Bevestig dat u hebt gelezen welke ruimtes niet toegankelijk zijn.
error-checkout-code-unknown = We kunnen geen bezoek met deze code vinden. Controleer de 6 cijfers of vraag het bij de receptie.
error-checkout-name-unknown = Met deze gegevens konden we u niet uitchecken. Ga naar de receptie: daar checkt men u uit.
error-checkout-paused = Te veel foute pogingen bij deze kiosk. Probeer het over { $seconds } seconden opnieuw of ga naar de receptie.
error-already-checked-out = Dit bezoek is al uitgecheckt. Bedankt voor uw bezoek!
error-visit-not-found = Dit bezoek bestaat niet meer.
error-printing-off = Er is geen badgeprinter ingesteld in lobby.toml ([printing]).
error-roll-call-not-found = Deze aanwezigheidscontrole bestaat niet meer.
error-roll-call-finished = Deze aanwezigheidscontrole is afgerond en kan niet meer worden gewijzigd.
error-import-rejected = { $count ->
    [one] Regel { $lines } kan niet worden gelezen
   *[other] De regels { $lines } kunnen niet worden gelezen
}; er is niets geïmporteerd.
error-signature-missing = Zet uw handtekening met uw vinger in het vak.
error-signature-too-small = Dit is te klein voor een handtekening. Teken over de hele breedte van het vak.
error-signature-invalid = De handtekening kan niet worden gelezen. Wis deze en teken opnieuw.
error-policy-unknown = Er is hier geen reglement met de naam “{ $policy }”.
error-policy-text-invalid = De tekst in de taal { $lang } kan niet worden gepubliceerd: dit moet UTF-8-Markdown zijn die begint met een regel “# Titel”, van maximaal 256 KB.
error-policy-language-published = Deze versie heeft al een tekst in de taal { $lang }. Gepubliceerde teksten worden nooit vervangen: publiceer in plaats daarvan een nieuwe versie.
error-policy-version-unknown = Er is geen versie { $version } van dit reglement.
error-policy-reference-missing = Een nieuwe versie heeft een tekst in de taal { $lang } nodig: de taal waarop elke lezer kan terugvallen.
error-policy-outdated = Deze tekst is zojuist bijgewerkt. Lees de nieuwe versie.
error-policy-not-accepted = Lees en onderteken de gedragscode om in te checken.
error-member-not-found = Dit lid staat niet in de ledenlijst.
error-member-session-required = Houd uw pas nog een keer tegen de lezer, of vraag een medewerker bij de receptie.
error-acceptance-not-found = Er is geen bewijs van akkoord met dit nummer.

## Een reglement lezen en ondertekenen
policy-fallback = Deze tekst is nog niet beschikbaar in uw taal en wordt daarom getoond in de hoofdtaal van deze locatie.
policy-read-hint = Lees de tekst tot het einde om verder te gaan.
policy-read-done = Bedankt voor het lezen.
policy-continue = Verder naar ondertekenen
policy-decline = Ik ga niet akkoord
policy-decline-confirm = Weet u het zeker? Zonder akkoord kunt u vandaag niet inchecken.
policy-decline-keep = Terug
policy-decline-yes = Ja, ik ga niet akkoord
policy-sign-title = Onderteken om akkoord te gaan
policy-sign-intro = Met uw handtekening aanvaardt u “{ $title }”, versie { $version }.
policy-signer-name = Uw naam
policy-signature-label = Handtekening: teken met uw vinger
policy-signature-hint = Hier tekenen
policy-signature-clear = Wissen
policy-signature-undo = Ongedaan maken
policy-agree = Ik ga akkoord
policy-declined-title = Bedankt voor uw tijd
policy-declined-body = We kunnen alleen mensen verwelkomen die onze regels aanvaarden. Heeft u een vraag over deze regels? Stel die dan aan iemand bij de receptie.

## Een lid bij de kiosk
member-hello = Hallo, { $name }
member-pending = { $count ->
    [one] Lees en onderteken dit document voordat u verdergaat:
   *[other] Lees en onderteken deze { $count } documenten voordat u verdergaat:
}
member-up-to-date = U heeft alles ondertekend. Dank u wel!
member-signed = Ondertekend. Een medewerker kan een bewijs voor u afdrukken.
member-start = Beginnen met lezen
member-guest = Een gast inchecken

## Medewerkers: de kiosk aan een lid overdragen
staff-members-title = Ondertekenen door leden
staff-members-help = Zoek een lid en geef de kiosk aan dit lid om de reglementen te ondertekenen die het nog niet heeft ondertekend. Uw medewerkerssessie wordt dan beëindigd.
staff-members-search = Naam van het lid
staff-members-handover = Overdragen aan { $name }
error-badge-random-uid = Deze kaart toont bij elke keer een ander nummer (zo werken telefoons en sommige bank- of privacykaarten) en kan dus geen pas zijn. Gebruik een ledenpas.
error-badge-taken = Deze kaart is nu van { $owner }. Bevestig om de kaart in plaats daarvan aan dit lid te geven.
error-badge-already-enrolled = Deze kaart is al de pas van dit lid.
error-badge-group-unknown = Er is hier geen toegangsgroep “{ $group }”.
error-badge-dates-invalid = { $field ->
    [valid_from] De begindatum is geen geldige datum.
   *[valid_to] De einddatum moet een datum zijn op of na de begindatum.
}
error-badge-not-found = Deze pas bestaat niet meer of is al ingetrokken.
error-badge-no-card = Houd eerst de kaart tegen de lezer.
error-wifi-tier-unknown = Er is hier geen Wi-Fi-netwerk met de naam { $tier }.
error-wifi-closed = { $opens ->
    [none] De Wi-Fi voor gasten is gesloten.
   *[other] De Wi-Fi voor gasten is gesloten tot { $opens }.
}
error-wifi-hours-invalid = Een Wi-Fi-toegang geldt 1 tot 168 uur.
error-wifi-pass-not-found = Deze Wi-Fi-toegang is al beëindigd.
error-database-in-use = De kiosk heeft de database nog open. Sluit de kiosk en zet de back-up daarna opnieuw terug. Er is niets gewijzigd.
error-key-missing = De geheimen van het personeel in deze database zijn verzegeld met de locatiesleutel { $fingerprint }, en die staat niet in { $path }. Zet het sleutelbestand daar (de kopie die apart van de back-ups wordt bewaard) en start opnieuw. Er is niets gewijzigd.
error-key-mismatch = Het sleutelbestand { $path } bevat de sleutel { $found }, maar deze database heeft { $expected } nodig. Zet het juiste sleutelbestand daar en start opnieuw. Er is niets gewijzigd.
error-key-unreadable = Het sleutelbestand { $path } kan niet worden gelezen ({ $problem }). Er is niets gewijzigd.
error-secret-unreadable = Een opgeslagen geheim gaat niet open met deze locatiesleutel. Het personeel kan de tweede factor opnieuw instellen met ‘lobby staff reset-totp NAAM’.
error-notification-not-found = Dat bericht aan een gastheer of gastvrouw bestaat niet. Laad de lijst opnieuw.
error-notification-sent = Dit bericht is al afgeleverd en wordt dus niet opnieuw verstuurd.
error-invitation-unknown = We kunnen deze uitnodigingscode niet vinden. Controleer hem of vraag het bij de receptie.
error-invitation-expired = Deze uitnodiging liep af op { $until }. Vraag het bij de receptie.
error-invitation-not-yet = Deze uitnodiging is voor { $from }. Vraag het bij de receptie.
error-invitation-cancelled = Deze uitnodiging is geannuleerd. Vraag het bij de receptie.
error-invitation-used = Met deze uitnodiging is al ingecheckt. Vraag het bij de receptie.
error-invitation-dates = Een uitnodiging begint vandaag of later en geldt 1 tot 30 dagen.
error-profile-not-found = Dat adres vinden we niet. Controleer het of meld u aan als nieuwe bezoeker.
error-approval-needed = Een ogenblik, er komt zo iemand bij u.
error-approval-not-found = Deze aanmelding wacht niet meer op goedkeuring.
error-deny-entry-not-found = Er is geen weigerlijstvermelding { $id }.
error-person-not-found = Lobby bewaart niets over deze persoon.
error-hold-dates-invalid = Een bewaarplicht eindigt op een dag na vandaag.
error-invitation-denied = Deze gast komt overeen met weigerlijstvermelding { $id }: er is geen uitnodiging gemaakt. Vraag het aan de receptie.
error-request-date-invalid = Een verzoek is vandaag of op een eerdere dag ontvangen (JJJJ-MM-DD).
error-storage-full = Deze tablet kan op dit moment niets opslaan: het geheugen is vol. Er is niets opgeslagen. Vraag het bij de receptie.
error-backup-invalid = Deze back-up kan niet worden gebruikt: { $problem }
error-database-unreadable = De database { $path } kan niet worden gelezen ({ $reason }). Er is niets gewijzigd. Zet de laatste goede back-up terug: “lobby backup list”, daarna “lobby backup restore FILE”.
error-wifi-not-shared = Dit netwerk heeft een eigen login per gast, dus er is geen gedeeld wachtwoord om te wijzigen.

## Een pas die op het startscherm tegen de lezer wordt gehouden
badge-refused = { $reason ->
    [unknown] Deze kaart wordt niet herkend. Vraag het aan een medewerker bij de receptie.
    [revoked] Deze pas is niet meer geldig. Vraag het aan een medewerker bij de receptie.
    [outside-dates] Deze pas is vandaag niet geldig. Vraag het aan een medewerker bij de receptie.
    [suspended] Deze kaart is geblokkeerd na een melding dat hij verloren of gestolen is. Vraag het personeel bij de receptie: zij kunnen hem weer vrijgeven.
    [typed] Een getypt nummer wordt nooit ingeleerd: houd de kaart tegen de lezer.
   *[unreadable] De kaart kan niet worden gelezen. Houd de kaart stil tegen de lezer en probeer het opnieuw.
}
member-checked-in = U bent ingecheckt voor vandaag.

## Medewerkers: passen
staff-badges-title = Passen
staff-badges-help = Zoek een lid om passen te registreren, in te trekken of te vervangen.
staff-badges-suspended-title = Geblokkeerd na een verliesmelding
staff-badges-suspended-hint = Iedereen die de naam en het e-mailadres van een lid kent, kan diens kaart als verloren melden. Heeft het lid hem nog, geef hem dan weer vrij: hij werkt bij de volgende keer.
staff-badge-restore = Vrijgeven
staff-badge-restore-person = Kaart van { $name } vrijgeven
staff-badge-restored = De kaart { $uid } van { $name } werkt weer.
staff-badges-search = Lid zoeken
staff-member-add = Niet in de lijst? Voeg een lid toe
staff-member-add-confirm = Dit lid toevoegen
staff-badges-member = Passen van { $name }
staff-badges-none = Nog geen passen.
staff-badge-line = { $uid } · { $type } · { $status ->
    [active] actief
    [not-yet-valid] nog niet geldig
    [expired] verlopen
   *[revoked] ingetrokken
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
    [iso-14443-4] ISO 14443-4-kaart
   *[unknown] onbekende kaart
}
staff-badge-revoke = Intrekken
staff-badge-replace = Verloren kaart vervangen
staff-badge-enroll = Pas registreren
staff-badge-groups = Toegangsgroepen
staff-badge-valid-from = Geldig vanaf
staff-badge-valid-to = Geldig tot (optioneel)
staff-badge-read = Kaart lezen
staff-badge-tap-now = Houd de kaart nu tegen de lezer.
staff-badge-card = Kaart { $uid } ({ $type })
staff-badge-owner = Deze kaart is van { $name }.
staff-badge-reassign = Toewijzen aan { $name }
staff-badge-confirm = Deze kaart registreren
staff-badge-enrolled = Pas { $uid } geregistreerd.
staff-badge-revoked = Pas ingetrokken.
staff-badge-cancel = Stoppen met lezen
staff-badge-self = Een kaart gebruiken als mijn medewerkerspas
staff-badge-self-confirm = Deze kaart instellen als mijn medewerkerspas
staff-badge-self-done = Uw medewerkerspas is ingesteld: houd de pas tegen de lezer en voer uw PIN in om in te loggen.
staff-approvals-title = Aanmeldingen die op personeel wachten
staff-approvals-match = Komt overeen met weigerlijstvermelding { $entry }
staff-approvals-reason = Op de lijst omdat: { $reason }
staff-approvals-since = Wacht sinds { $time }
staff-approvals-approve = Binnenlaten
staff-approvals-deny = Weigeren
staff-approvals-denied = Geweigerd. Er is geen bezoek opgeslagen.
staff-members-today-title = Leden vandaag aanwezig
staff-members-today-none = Vandaag heeft nog geen lid ingecheckt met een pas.

## Veiligheidsinformatie op het startscherm. Elk gegeven van de locatie is een argument: $site, $address, $fire,
## $medical, $police, $security, $assembly_point, $first_aid, $aed, $privacy_contact,
## $camera_retention_days.
signage-label = Veiligheidsinformatie
signage-position = Mededeling { $n } van { $count }
signage-pause = Pauzeren
signage-resume = Hervatten
signage-previous = Vorige mededeling
signage-next = Volgende mededeling
signage-exits-title = Nooduitgangen en verzamelplaats
signage-exits-body = Verlaat bij nood het gebouw via de dichtstbijzijnde gemarkeerde uitgang. Gebruik de liften niet. Ga naar de verzamelplaats: { $assembly_point }.
signage-fire-alarm-title = Als u brand ontdekt
signage-fire-alarm-body = Sla alarm bij de dichtstbijzijnde rode brandmelder en bel { $fire }. Geef het adres door: { $address }. Gebruik alleen een blusmiddel als u daarvoor bent opgeleid en het veilig is.
signage-first-aid-title = Eerste hulp
signage-first-aid-body = EHBO-koffer: { $first_aid }. Bel bij nood { $medical }. Beveiliging van de locatie: { $security }.
signage-after-hours-title = De ruimte is nu gesloten
signage-after-hours-body = Alleen leden met toegang via hun pas mogen naar binnen, en bezoekers alleen samen met degene die ze bezoeken. De nooduitgangen kunnen altijd worden gebruikt.
signage-cctv-title = Camerabewaking voor uw veiligheid
signage-cctv-body = Camera’s bij de ingangen nemen beelden op om mensen en eigendommen te beschermen. Opnamen worden { $camera_retention_days ->
    [one] één dag
   *[other] { $camera_retention_days } dagen
} bewaard en alleen na een incident bekeken. Vragen, of uw gegevens inzien: { $privacy_contact }.
signage-report-title = Iets gezien? Meld het hier
signage-report-body = Een verloren pas, iemand die met anderen mee naar binnen glipt, een vreemde e-mail of een mogelijk datalek: tik op “Beveiligingsprobleem melden”. Melden wordt nooit bestraft; een inbreuk verzwijgen wel.
signage-wifi-safety-title = Veilig op de Wi-Fi
signage-wifi-safety-body = Het gastennetwerk is gescheiden van het netwerk voor leden. Gebruik op elk gedeeld netwerk HTTPS en uw VPN, houd uw apparaten up-to-date en controleer de precieze netwerknaam bij een medewerker.
signage-phishing-title = Phishing: stop, controleer, meld
signage-phishing-body = We vragen nooit om uw wachtwoord via e-mail, chat of pop-up. Controleer de afzender voordat u links of bijlagen opent, en meld alles wat vreemd is bij deze kiosk.

## Startscherm buiten openingstijden
home-closed-title = { $site } is nu gesloten
home-closed-opens = We zijn weer open: { $day } om { $time }.
home-closed-members = Leden: houd uw pas tegen de lezer.
home-closed-visitors = Bezoekers: bel { $security } of vraag degene die u bezoekt om u op te halen.
home-closed-check-in = Inchecken: bezoeken die na sluitingstijd zijn toegestaan
home-report = Beveiligingsprobleem melden

## Een beveiligingsprobleem melden (iedereen, vanaf het startscherm)
report-title = Beveiligingsprobleem melden
report-intro = Melden wordt nooit bestraft. Vertel ons wat u is opgevallen; de medewerkers zien elke melding op hun scherm van deze kiosk.
report-kind-title = Waar gaat het over?
report-kind = { $kind ->
    [lost-badge] Pas verloren of gestolen
    [suspicious-person] Verdacht persoon
    [phishing] Phishing of een vreemd bericht
    [network-breach] Mogelijke inbraak op het netwerk
    [data-exposure] Persoonsgegevens zichtbaar voor anderen
   *[other] Iets anders
}
report-kind-help = { $kind ->
    [lost-badge] We blokkeren de pas, zodat niemand anders hem kan gebruiken.
    [suspicious-person] Iemand die met anderen mee naar binnen glipt, of die ergens is waar die niet hoort te zijn.
    [phishing] Een e-mail, bericht of telefoontje waarin om wachtwoorden of een betaling wordt gevraagd.
    [network-breach] Een apparaat dat vreemd doet, of een link waarop u liever niet had geklikt.
    [data-exposure] Papieren, schermen of bestanden waarop gegevens van anderen te zien zijn.
   *[other] Al het andere waarover u zich zorgen maakt.
}
report-description = Wat is er gebeurd, wanneer en waar?
report-description-optional = Moeten we nog iets anders weten? (optioneel)
report-contact = Hoe kunnen we u bereiken? (optioneel)
report-contact-help = Een e-mailadres of telefoonnummer, als u een reactie wilt.
report-personal-data = Er kunnen persoonsgegevens van anderen bij betrokken zijn
report-member-title = Uw pas
report-member-search = Uw naam
report-member-email = Het e-mailadres dat wij van u hebben
report-member-help = Met uw naam en e-mailadres blokkeren we uw pas meteen. Zonder die gegevens blokkeren de medewerkers de pas nadat ze hebben gecontroleerd wie u bent.
report-send = Melding versturen
report-thanks-title = Bedankt voor uw melding
report-thanks-next = Uw melding is opgeslagen. De medewerkers zien hem zodra ze zich weer aanmelden bij deze kiosk. Is het dringend, zeg het dan bij de receptie of bel het nummer op de veiligheidsinformatie. Als u contactgegevens hebt achtergelaten, nemen de medewerkers contact met u op.
report-thanks-badge = { $count ->
    [0] U heeft geen pas in gebruik, dus er viel niets te blokkeren.
    [one] Uw pas is geblokkeerd: hij opent niets meer. Vraag bij de receptie om een nieuwe.
   *[other] Uw { $count } passen zijn geblokkeerd: ze openen niets meer. Vraag bij de receptie om nieuwe.
}
report-thanks-not-identified = Dat e-mailadres komt niet overeen met onze gegevens. De medewerkers controleren daarom eerst wie u bent en blokkeren daarna de pas.
report-thanks-reference = Meldingsnummer { $id }
report-thanks-danger = Is iemand in gevaar? Bel dan nu { $police }.

## Noodmodus: in elke ingestelde taal tegelijk getoond
emergency-title = { $kind ->
    [fire] Brand: verlaat nu het gebouw
    [shelter] Blijf binnen: verlaat het gebouw niet
    [medical] Medisch noodgeval
   *[custom] Noodsituatie
}
emergency-action = { $kind ->
    [fire] Gebruik de dichtstbijzijnde uitgang, niet de lift. Ga naar de verzamelplaats: { $assembly_point }.
    [shelter] Ga naar de schuilplaats: { $shelter }. Blijf uit de buurt van ramen, sluit de deuren en wacht op instructies van de medewerkers.
    [medical] Bel { $medical }. Eerste hulp: { $first_aid }. Houd de doorgang vrij voor hulpverleners.
   *[custom] Volg de instructies van de medewerkers op.
}
emergency-aed = AED (defibrillator): { $aed }
emergency-assembly = Verzamelplaats: { $assembly_point }
emergency-shelter = Schuilplaats: { $shelter }
emergency-first-aid = EHBO-doos: { $first_aid }
emergency-numbers = Brandweer { $fire } · Ambulance { $medical } · Politie { $police } · Beveiliging { $security }
emergency-address = Adres: { $address }
emergency-since = Sinds { $time }
emergency-staff = Medewerkers: aanwezigheidscontrole en alles veilig
emergency-label = Noodsituatie

## Medewerkers: noodmodus en beveiligingsmeldingen
staff-emergency-title = Noodmodus
staff-emergency-start = { $kind ->
    [fire] Ontruiming bij brand
    [shelter] Binnen blijven
    [medical] Medisch noodgeval
   *[custom] Eigen bericht
}
staff-emergency-message = Bericht voor het scherm
staff-emergency-confirm = Noodmodus nu starten? Elk scherm toont de noodmodus totdat u die beëindigt.
staff-emergency-on = Noodmodus is actief: { $kind }
staff-emergency-end = Alles veilig: noodmodus beëindigen
staff-emergency-end-confirm = Is iedereen veilig en mag iedereen weer naar binnen? Alle schermen worden weer normaal.
staff-emergency-end-yes = Ja, alles veilig
staff-emergency-ended = Noodmodus beëindigd na { $minutes ->
    [one] één minuut
   *[other] { $minutes } minuten
}.
staff-incidents-title = Beveiligingsmeldingen
staff-incidents-none = Geen openstaande meldingen.
staff-incidents-count = { $count ->
    [one] Eén openstaande melding
   *[other] { $count } openstaande meldingen
}
staff-incident-reported = Gemeld op { $at }
staff-incident-status = { $status ->
    [open] Nieuw
    [acknowledged] In behandeling
   *[closed] Afgesloten
}
staff-incident-member = Lid: { $name }
staff-incident-suspended = { $count ->
    [0] Er was geen pas in gebruik.
    [one] Eén pas geblokkeerd.
   *[other] { $count } passen geblokkeerd.
}
staff-incident-contact = Contact: { $contact }
staff-incident-clock = Persoonsgegevens: meld dit indien nodig uiterlijk { $at } bij de toezichthouder ({ $hours ->
    [one] nog één uur
   *[other] nog { $hours } uur
}).
staff-incident-overdue = Persoonsgegevens: de termijn van 72 uur is verstreken op { $at }.
staff-incident-acknowledge = In behandeling nemen
staff-incident-close = Afsluiten met een notitie
staff-incident-note = Wat er is gedaan
staff-plan-incidents = { $open ->
    [0] Geen openstaande beveiligingsmeldingen.
    [one] Eén openstaande beveiligingsmelding.
   *[other] { $open } openstaande beveiligingsmeldingen.
}
staff-plan-incidents-personal = { $count ->
    [one] Eén betreft persoonsgegevens
   *[other] { $count } betreffen persoonsgegevens
}, { $overdue } voorbij de termijn van 72 uur.
error-no-emergency = De noodmodus is niet actief.
error-incident-not-found = Deze melding is al afgesloten of bestaat niet.
pictogram-name = { $code ->
    [E001] Nooduitgang (links)
    [E002] Nooduitgang (rechts)
    [E003] Eerste hulp
    [E004] Noodtelefoon
    [E007] Verzamelplaats
    [E010] Defibrillator (AED)
    [F001] Brandblusser
   *[F005] Brandmelder
}

## The on-screen keyboard (names of its keys, read by screen readers)
keyboard-label = Schermtoetsenbord
keyboard-backspace = Wissen
keyboard-shift = Shift (hoofdletters)
keyboard-space = Spatie
keyboard-close = Toetsenbord verbergen
keyboard-enter = Enter: volgend veld of verder
keyboard-layouts = Toetsenbordindeling wijzigen
keyboard-accents = Letters met accent
keyboard-letters = Letters
keyboard-candidates = Tekens voor { $pinyin }
keyboard-candidates-more = Meer tekens
keyboard-candidates-back = Vorige tekens

## Aanmelden met een uitnodiging
home-invitation = Ik heb een uitnodiging
invite-code-title = Uw uitnodiging
invite-code-field = Uitnodigingscode
invite-code-help = Typ de code van 8 tekens uit uw uitnodiging of houd de QR-code bij de scanner.
invite-confirm-title = Welkom, { $name }!
invite-confirm-host = U bezoekt { $host } vandaag.
invite-confirm-yes = Ja, dat ben ik
invite-confirm-no = Dat ben ik niet

## Personeel: uitnodigingen en berichten aan gastheren
staff-expected-title = Vandaag verwacht
staff-expected-none = Vandaag worden geen uitgenodigde gasten verwacht.
staff-expected-arrived = Aangekomen
staff-expected-waiting = Verwacht
staff-expected-for = voor { $host }
staff-invitation-cancel = Annuleren
staff-invitation-cancel-person = Uitnodiging van { $name } annuleren
staff-outbox-title = Nog niet afgeleverde berichten aan gastheren
staff-outbox-line = { $channel } aan { $host }: { $state ->
    [failed] niet afgeleverd
   *[waiting] wacht op verzending
}
staff-outbox-resend = Opnieuw versturen
staff-outbox-resend-person = Bericht aan { $host } opnieuw versturen
staff-invite-open = Gast uitnodigen
staff-invite-host = Gastheer (typ twee letters)
staff-invite-host-chosen = Gastheer: { $host }
staff-invite-host-change = Wijzigen
staff-invite-date = Eerste dag (JJJJ-MM-DD)
staff-invite-days = Dagen
staff-invite-create = Uitnodiging maken
staff-invite-made = Uitnodiging voor { $name }: { $code }
staff-invite-emailed = De uitnodiging is per e-mail onderweg naar { $email }.
staff-invite-give-code = Geef de gast deze code.
staff-member-notify-title = Hoe leden horen dat hun gast er is
staff-member-notify-how = Hoe laten weten
staff-member-notify-search = Lid (typ twee letters)
staff-member-notify-site = Standaard van de locatie
staff-member-notify-none = Nooit
staff-member-notify-off = Er is geen kanaal ingesteld in lobby.toml ([notifications]): nog niemand hoort iets.
staff-member-notify-no-email = Geen e-mailadres bekend: e-mail bereikt dit lid niet.
staff-member-notify-language = Taal van hun berichten
staff-member-notify-language-site = De eerste taal van de locatie
staff-member-notify-save = Opslaan
staff-member-notify-saved = Opgeslagen voor { $name }.
staff-channel = { $channel ->
    [email] E-mail
    [slack] Slack
    [teams] Microsoft Teams
   *[webhook] Webhook
}

## Staff screen: the fleet card (issue 15); fleet-error-* are also the command line's words
staff-fleet-title = Vloot
staff-fleet-member = Locatie { $site }, tablet { $tablet }
staff-fleet-connected = Verbonden met de server van de locatie
staff-fleet-disconnected = Niet verbonden met de server van de locatie
staff-fleet-waiting = Wijzigingen die wachten op verzending: { $count }
staff-fleet-oldest = Oudste wachtende wijziging: { $at }
staff-fleet-ack = Laatst ontvangen door de server: { $at }
staff-fleet-ack-none = De server heeft nog niets ontvangen
staff-fleet-error = Laatste probleem: { $reason }
staff-fleet-tablets = Tablets van deze locatie
staff-fleet-tablet-this = { $tablet } (deze tablet)
staff-fleet-tablet-connected = verbonden
staff-fleet-tablet-away = niets gehoord
staff-fleet-tablet-contact = laatste contact { $at }
staff-fleet-tablet-waiting = { $count } wachtend
staff-fleet-site-config = Locatieconfiguratie van de hub, verzonden { $at }: opgeslagen, geldt vanaf de volgende start van de kiosk
staff-fleet-site-config-received = Locatieconfiguratie van de hub, verzonden { $at }: ontvangen
staff-fleet-site-config-error = Locatieconfiguratie van de hub, verzonden { $at }, kon niet worden gebruikt: { $reason }
staff-fleet-flags = Vraagt uw aandacht
staff-fleet-flag = { $problem ->
    [badge-conflict] Eén kaart is aan twee leden gegeven: { $detail }
    [badge-unknown-member] Een kaart is gegeven aan een lid dat de hub niet kent: { $detail }
   *[other] { $detail }
}
fleet-error-server = het serveradres of het certificaat ervan is niet bruikbaar
fleet-error-no-stream = de server heeft nog geen stream voor deze locatie
fleet-error-timeout = de server antwoordde niet op tijd
fleet-error-unreachable = de server is niet bereikbaar
fleet-error-refused = de server weigerde de wijziging
fleet-error-database = de database kon niet worden gelezen of geschreven
fleet-error-credentials = de server weigerde de aanmeldingsgegevens (ingetrokken of onjuist)
fleet-error-permission = de server staat deze tablet niet toe hierheen te verzenden
